package deploy

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
)

// newChain returns a simulated chain that seals a block every few milliseconds, so that
// Deploy's wait for receipts returns, and a funded deployer.
func newChain(t *testing.T) (simulated.Client, *bind.TransactOpts) {
	t.Helper()
	key, _ := crypto.GenerateKey()
	addr := crypto.PubkeyToAddress(key.PublicKey)
	sim := simulated.NewBackend(types.GenesisAlloc{addr: {Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))}})
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case <-stop:
				return
			case <-time.After(5 * time.Millisecond):
				sim.Commit()
			}
		}
	}()
	t.Cleanup(func() { close(stop); <-done; sim.Close() })
	opts, err := bind.NewKeyedTransactorWithChainID(key, big.NewInt(1337))
	if err != nil {
		t.Fatal(err)
	}
	return sim.Client(), opts
}

func TestDeployRecordsAndSkipsDeployed(t *testing.T) {
	client, opts := newChain(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	var recorded []Addresses
	record := func(a Addresses) error { recorded = append(recorded, a); return nil }
	got, err := Deploy(ctx, client, opts, All(), nil, record, nil)
	if err != nil {
		t.Fatal(err)
	}
	addr, ok := got[CityForwarder]
	if !ok {
		t.Fatalf("no address for %s in %v", CityForwarder, got)
	}
	if code, _ := client.CodeAt(ctx, addr, nil); len(code) == 0 {
		t.Fatalf("no code at %s", addr)
	}
	if len(recorded) != len(All()) {
		t.Fatalf("record called %d times, want once per contract (%d)", len(recorded), len(All()))
	}

	nonce, _ := client.NonceAt(ctx, opts.From, nil)
	again, err := Deploy(ctx, client, opts, All(), got, record, nil)
	if err != nil {
		t.Fatal(err)
	}
	if again[CityForwarder] != addr {
		t.Fatalf("second Deploy moved %s to %s", addr, again[CityForwarder])
	}
	if after, _ := client.NonceAt(ctx, opts.From, nil); after != nonce {
		t.Fatalf("second Deploy sent %d transactions, want none", after-nonce)
	}
}

func TestDeployRefusals(t *testing.T) {
	client, opts := newChain(t)
	ctx := context.Background()
	if _, err := Deploy(ctx, client, opts, []string{"NoSuchContract"}, nil, nil, nil); !errors.Is(err, ErrUnknownContract) {
		t.Fatalf("unknown name: err = %v, want ErrUnknownContract", err)
	}
	stale := Addresses{CityForwarder: common.HexToAddress("0x00000000000000000000000000000000000000aa")}
	if _, err := Deploy(ctx, client, opts, All(), stale, nil, nil); !errors.Is(err, ErrNoCode) {
		t.Fatalf("stale address: err = %v, want ErrNoCode", err)
	}
}
