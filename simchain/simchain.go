// Package simchain gives contract and sender tests go-ethereum's simulated backend with
// funded keys and a block sealed within milliseconds of each transaction, so that code
// which waits for receipts (txsend, deploy) runs unchanged against it. Blocks are sealed only
// when transactions are pending: the simulated chain gives each block at least its parent's
// time plus one second, so sealing empty blocks would race chain time ahead of the clock.
// Tests that need time to pass call AdjustTime.
package simchain

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
)

// pollEvery is how often the pool is checked for transactions to seal: short enough that
// a test waiting on a receipt barely notices it.
const pollEvery = 2 * time.Millisecond

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
		tick := time.NewTicker(pollEvery)
		defer tick.Stop()
		client := sim.Client()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				if n, err := client.PendingTransactionCount(context.Background()); err == nil && n > 0 {
					sim.Commit()
				}
			}
		}
	}()
	t.Cleanup(func() { close(stop); <-done; sim.Close() })
	return &Chain{Backend: sim, Keys: keys}
}
