// Package simchain gives contract and sender tests go-ethereum's simulated backend with
// funded keys and a block sealed every few milliseconds, so that code which waits for
// receipts (txsend, deploy) runs unchanged against it. Tests that need to control block
// by block use simulated.Backend directly.
package simchain

import (
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
)

// sealEvery is short enough that a test waiting on a receipt barely notices it.
const sealEvery = 5 * time.Millisecond

// Chain is a simulated chain with funded keys.
type Chain struct {
	*simulated.Backend
	Keys []*ecdsa.PrivateKey
}

// New starts a chain with n keys holding 1,000 ether each; it stops when the test ends.
func New(t testing.TB, n int) *Chain {
	t.Helper()
	alloc := types.GenesisAlloc{}
	keys := make([]*ecdsa.PrivateKey, n)
	for i := range keys {
		k, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		keys[i] = k
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))}
	}
	sim := simulated.NewBackend(alloc)
	stop, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		tick := time.NewTicker(sealEvery)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				sim.Commit()
			}
		}
	}()
	t.Cleanup(func() { close(stop); <-done; sim.Close() })
	return &Chain{Backend: sim, Keys: keys}
}
