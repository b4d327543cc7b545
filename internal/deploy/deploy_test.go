package deploy

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/internal/simchain"
	"github.com/seoulchain/seoulchain/internal/txsend"
)

// newSender returns a sender on a simulated chain that seals continuously.
func newSender(t *testing.T) *txsend.Sender {
	t.Helper()
	chain := simchain.New(t, 1)
	abis, err := ABIs()
	if err != nil {
		t.Fatal(err)
	}
	s, err := txsend.New(context.Background(), chain.Client(), chain.Keys[0], nil, abis...)
	if err != nil {
		t.Fatal(err)
	}
	s.SetPollInterval(2 * time.Millisecond)
	return s
}

func TestDeployRecordsAndSkipsDeployed(t *testing.T) {
	s := newSender(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	planned, err := Simulate(ctx, s, All(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(planned) != len(All()) {
		t.Fatalf("Simulate planned %d deployments, want %d", len(planned), len(All()))
	}

	var recorded []Addresses
	record := func(a Addresses) error { recorded = append(recorded, a); return nil }
	got, sent, err := Deploy(ctx, s, All(), nil, record, nil)
	if err != nil {
		t.Fatal(err)
	}
	addr, ok := got[CityForwarder]
	if !ok {
		t.Fatalf("no address for %s in %v", CityForwarder, got)
	}
	if addr != planned[0].Address {
		t.Fatalf("deployed at %s, Simulate predicted %s", addr, planned[0].Address)
	}
	if code, _ := s.Backend().CodeAt(ctx, addr, nil); len(code) == 0 {
		t.Fatalf("no code at %s", addr)
	}
	if len(recorded) != len(All()) || len(sent) != len(All()) || sent[0].Receipt.GasUsed == 0 {
		t.Fatalf("record called %d times, %d sent; want one per contract (%d)", len(recorded), len(sent), len(All()))
	}

	nonce, _ := s.Backend().PendingNonceAt(ctx, s.From())
	again, sent, err := Deploy(ctx, s, All(), got, record, nil)
	if err != nil {
		t.Fatal(err)
	}
	if again[CityForwarder] != addr || len(sent) != 0 {
		t.Fatalf("second Deploy moved %s to %s or sent %d", addr, again[CityForwarder], len(sent))
	}
	if after, _ := s.Backend().PendingNonceAt(ctx, s.From()); after != nonce {
		t.Fatalf("second Deploy sent %d transactions, want none", after-nonce)
	}
}

func TestDeployRefusals(t *testing.T) {
	s := newSender(t)
	ctx := context.Background()
	if _, _, err := Deploy(ctx, s, []string{"NoSuchContract"}, nil, nil, nil); !errors.Is(err, ErrUnknownContract) {
		t.Fatalf("unknown name: err = %v, want ErrUnknownContract", err)
	}
	stale := Addresses{CityForwarder: common.HexToAddress("0x00000000000000000000000000000000000000aa")}
	if _, _, err := Deploy(ctx, s, All(), stale, nil, nil); !errors.Is(err, ErrNoCode) {
		t.Fatalf("stale address: err = %v, want ErrNoCode", err)
	}
	if _, err := Simulate(ctx, s, All(), stale); !errors.Is(err, ErrNoCode) {
		t.Fatalf("Simulate with a stale address: err = %v, want ErrNoCode", err)
	}
}
