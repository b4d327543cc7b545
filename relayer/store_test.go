package relayer

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/internal/forwarder"
	"github.com/seoulchain/seoulchain/internal/journal"
)

// TestRelayStoreRefusesASecondRequestForANonce: two different requests of one signer with
// one nonce that both passed the checks at the same moment; only the first is kept.
func TestRelayStoreRefusesASecondRequestForANonce(t *testing.T) {
	j, err := journal.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	st, err := loadRelays(j)
	if err != nil {
		t.Fatal(err)
	}
	from := common.HexToAddress("0xa11ce")
	rec := func(id byte, nonce int64) *relayRecord {
		return &relayRecord{ID: common.Hash{id}, Status: StatusQueued, Request: forwarder.Request{From: from, Nonce: big.NewInt(nonce)}}
	}
	if ok, err := st.add(rec(1, 0)); !ok || err != nil {
		t.Fatalf("first: %v %v", ok, err)
	}
	if ok, err := st.add(rec(1, 0)); ok || err != nil {
		t.Fatalf("same request again: added %v, %v; want a known ID", ok, err)
	}
	if _, err := st.add(rec(2, 0)); !errors.Is(err, errNonceTaken) {
		t.Fatalf("another request for nonce 0: %v, want errNonceTaken", err)
	}
	if ok, err := st.add(rec(3, 1)); !ok || err != nil {
		t.Fatalf("nonce 1: %v %v", ok, err)
	}
	if n := st.nextNonce(from, big.NewInt(0)); n.Int64() != 2 {
		t.Fatalf("next nonce %s, want 2", n)
	}
	// The journal holds them: a restart sees the same.
	again, _ := loadRelays(j)
	if len(again.All) != 2 {
		t.Fatalf("reloaded %d requests, want 2", len(again.All))
	}
}
