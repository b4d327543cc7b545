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

// TestRelayStoreSignerIndex: the nonce checks read the signer's open requests only, a
// finished request stops counting, and a signer with none left leaves the index; a
// restart rebuilds it from the journal.
func TestRelayStoreSignerIndex(t *testing.T) {
	dir := t.TempDir()
	j, err := journal.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	st, err := loadRelays(j)
	if err != nil {
		t.Fatal(err)
	}
	alice, bob := common.HexToAddress("0xa11ce"), common.HexToAddress("0xb0b")
	rec := func(id byte, from common.Address, nonce int64) *relayRecord {
		return &relayRecord{ID: common.Hash{id}, Status: StatusQueued, Request: forwarder.Request{From: from, Nonce: big.NewInt(nonce)}}
	}
	a0 := rec(1, alice, 0)
	for _, r := range []*relayRecord{a0, rec(2, alice, 1), rec(3, bob, 5)} {
		if ok, err := st.add(r); !ok || err != nil {
			t.Fatalf("add %x: %v %v", r.ID, ok, err)
		}
	}
	if n := st.nextNonce(alice, big.NewInt(0)); n.Int64() != 2 {
		t.Fatalf("alice's next nonce %s, want 2", n)
	}
	if n := st.nextNonce(bob, big.NewInt(0)); n.Int64() != 6 {
		t.Fatalf("bob's next nonce %s, want 6 (alice's requests must not count)", n)
	}
	// Alice's second request mined, then sent back by a reorganisation: it counts again.
	st.Mu.Lock()
	st.bySigner[alice][1].Status = StatusMined
	st.Mu.Unlock()
	if n := st.nextNonce(alice, big.NewInt(0)); n.Int64() != 1 {
		t.Fatalf("alice's next nonce with her nonce-1 request mined: %s, want 1", n)
	}
	st.Mu.Lock()
	st.bySigner[alice][1].Status = StatusSent
	st.Mu.Unlock()
	if n := st.nextNonce(alice, big.NewInt(0)); n.Int64() != 2 {
		t.Fatalf("alice's next nonce after a reorganisation sent her request back: %s, want 2", n)
	}
	// Bob's request confirmed: it leaves the open set, and bob the index.
	st.Mu.Lock()
	bobs := st.bySigner[bob][0]
	bobs.Status = StatusConfirmed
	st.Mu.Unlock()
	if err := st.Save([]*relayRecord{bobs}); err != nil {
		t.Fatal(err)
	}
	if n := st.nextNonce(bob, big.NewInt(6)); n.Int64() != 6 {
		t.Fatalf("bob's next nonce after his request was mined: %s, want the chain's 6", n)
	}
	st.evictLimiters()
	if _, ok := st.bySigner[bob]; ok {
		t.Fatal("bob, with nothing open, is still in the index")
	}
	j.Close()

	j, err = journal.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	st, err = loadRelays(j)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.add(rec(4, alice, 1)); !errors.Is(err, errNonceTaken) {
		t.Fatalf("after a restart, another request for alice's nonce 1: %v, want errNonceTaken", err)
	}
	if n := st.nextNonce(alice, big.NewInt(0)); n.Int64() != 2 {
		t.Fatalf("after a restart, alice's next nonce %s, want 2", n)
	}
}
