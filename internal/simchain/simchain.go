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
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/rpc"
)

// pollEvery is how often the pool is checked for transactions to seal: short enough that
// a test waiting on a receipt barely notices it.
const pollEvery = 2 * time.Millisecond

// Chain is a simulated chain with funded keys.
type Chain struct {
	*simulated.Backend
	Keys []*ecdsa.PrivateKey
	// seal serialises block sealing: go-ethereum's simulated beacon is not safe for two
	// blocks sealed at once (the background Commit and a test's AdjustTime).
	seal *sync.Mutex
}

// AdjustTime seals an empty block d later than the head. go-ethereum v1.13.15's simulated
// beacon adds its Duration argument to the block time as a bare number of seconds (later
// releases divide by time.Second); this takes a real Duration. The beacon refuses while
// the transaction pool lists pending transactions, and the pool forgets a just-mined
// transaction only when its reset (a goroutine) runs after the new head: so a refusal is
// retried for a moment, while the pool catches up.
func (c *Chain) AdjustTime(d time.Duration) error {
	deadline := time.Now().Add(2 * time.Second)
	for {
		c.seal.Lock()
		err := c.Backend.AdjustTime(time.Duration(d / time.Second))
		c.seal.Unlock()
		if err == nil || !strings.Contains(err.Error(), "non-empty block") || time.Now().After(deadline) {
			return err
		}
		time.Sleep(5 * time.Millisecond)
	}
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
	seal := new(sync.Mutex)
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
					seal.Lock()
					sim.Commit()
					seal.Unlock()
				}
			}
		}
	}()
	t.Cleanup(func() { close(stop); <-done; sim.Close() })
	return &Chain{Backend: sim, Keys: keys, seal: seal}
}

// Heartbeat seals a block every d, pending transactions or not, until the test ends: work
// that waits for a confirmation (a block after its own) gets one without other traffic.
func (c *Chain) Heartbeat(tb testing.TB, d time.Duration) {
	stop, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		tick := time.NewTicker(d)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				c.seal.Lock()
				c.Backend.Commit()
				c.seal.Unlock()
			}
		}
	}()
	tb.Cleanup(func() { close(stop); <-done })
}

// RPC is the JSON-RPC client under the chain's client, for calls ethclient does not make
// (eth_call with a state override). go-ethereum 1.13's simulated client embeds
// *ethclient.Client, whose field name hides its Client method.
func (c *Chain) RPC() *rpc.Client {
	return reflect.ValueOf(c.Backend.Client()).Field(0).Interface().(*ethclient.Client).Client()
}
