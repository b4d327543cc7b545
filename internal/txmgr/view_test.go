package txmgr

import (
	"context"
	"fmt"
	"math/big"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/rpc"
)

// countingReceipts counts receipt reads by transaction and by block.
type countingReceipts struct {
	Backend
	perTx, perBlock atomic.Int64
}

func (c *countingReceipts) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	c.perTx.Add(1)
	return c.Backend.TransactionReceipt(ctx, h)
}

func (c *countingReceipts) BlockReceipts(ctx context.Context, b rpc.BlockNumberOrHash) ([]*types.Receipt, error) {
	c.perBlock.Add(1)
	return c.Backend.(blockReceipter).BlockReceipts(ctx, b)
}

// TestReceiptsReadPerBlock: jobs sent by this process are followed to confirmation
// through the shared view of the chain, which reads each block's receipts once, never a
// receipt per transaction; each confirmed job still carries its logs.
func TestReceiptsReadPerBlock(t *testing.T) {
	w := newWorld(t, 2)
	c := &countingReceipts{Backend: w.chain.Client()}
	if _, ok := c.Backend.(blockReceipter); !ok {
		t.Fatal("the simulated chain's client cannot read a block's receipts")
	}
	m, _ := w.start(c, w.chain.Keys[1:])
	var ids []string
	for i := 0; i < 20; i++ {
		id := fmt.Sprintf("job-%d", i)
		m.Submit(w.contract, w.credit(i, uint64(i+1)), id)
		ids = append(ids, id)
	}
	for _, j := range wait(t, m, ids...) {
		if j.State != Confirmed || len(j.Logs) == 0 {
			t.Fatalf("job %s %s with %d logs; want confirmed with its logs", j.ID, j.State, len(j.Logs))
		}
	}
	if n := c.perTx.Load(); n != 0 {
		t.Errorf("%d receipts read by transaction, want none (the view reads blocks)", n)
	}
	if c.perBlock.Load() == 0 {
		t.Error("no block's receipts read")
	}
	if s := w.supply(); s != 200 {
		t.Fatalf("supply %d, want 200", s)
	}
}

// holding is a node that takes broadcasts and loses them while hold is set: the jobs stay
// sent and unmined, block after block.
type holding struct {
	Backend
	hold    atomic.Bool
	nonceAt atomic.Int64
}

func (h *holding) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if h.hold.Load() {
		return nil
	}
	return h.Backend.SendTransaction(ctx, tx)
}

func (h *holding) NonceAt(ctx context.Context, a common.Address, n *big.Int) (uint64, error) {
	h.nonceAt.Add(1)
	return h.Backend.NonceAt(ctx, a, n)
}

func (h *holding) BlockReceipts(ctx context.Context, b rpc.BlockNumberOrHash) ([]*types.Receipt, error) {
	return h.Backend.(blockReceipter).BlockReceipts(ctx, b)
}

// TestKeyNonceReadOncePerBlock: while a key's window is full of transactions not yet
// mined, each new block asks the node for the key's nonce at the confirmation depth (to
// see whether another sender used a nonce) once for the key, not once per transaction.
// Then the jobs go out and confirm once each.
func TestKeyNonceReadOncePerBlock(t *testing.T) {
	w := newWorld(t, 1)
	h := &holding{Backend: w.chain.Client()}
	h.hold.Store(true)
	m, _ := w.startWith(Config{ResubmitAfter: 400 * time.Millisecond}, h, w.chain.Keys[1:])
	var ids []string
	for i := 0; i < 12; i++ {
		id := fmt.Sprintf("job-%d", i)
		m.Submit(w.contract, w.credit(i, uint64(i+1)), id)
		ids = append(ids, id)
	}
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(5 * time.Millisecond) {
		if j, _ := m.Get(ids[len(ids)-1]); j.State == Sent {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("jobs never sent")
		}
	}
	ctx := context.Background()
	from, _ := w.chain.Client().BlockNumber(ctx)
	reads := h.nonceAt.Load()
	for i := 0; i < 10; i++ {
		if err := w.chain.AdjustTime(time.Second); err != nil {
			t.Fatal(err)
		}
		time.Sleep(30 * time.Millisecond) // the view and the worker see the block
	}
	to, _ := w.chain.Client().BlockNumber(ctx)
	if n, blocks := h.nonceAt.Load()-reads, int64(to-from); n > blocks+1 {
		t.Errorf("%d reads of the key's nonce over %d blocks with %d jobs unmined; want at most one a block", n, blocks, len(ids))
	} else {
		t.Logf("%d reads of the key's nonce over %d blocks with %d jobs unmined", n, blocks, len(ids))
	}
	h.hold.Store(false)
	for _, j := range wait(t, m, ids...) {
		if j.State != Confirmed {
			t.Fatalf("job %s %s (%s)", j.ID, j.State, j.Err)
		}
	}
	if s := w.supply(); s != 120 {
		t.Fatalf("supply %d, want 120", s)
	}
}

// wrapped adds to a node as fanout.Backend does: its embedded interface hides the node's
// other methods, and Unwrap gives them back.
type wrapped struct{ Backend }

func (w wrapped) Unwrap() Backend { return w.Backend }

// TestViewThroughAWrapper: a node handed over wrapped (the relayer's, which also hands each
// transaction to the other signers) still gives the view eth_getBlockReceipts; without
// Unwrap every worker read a receipt per transaction.
func TestViewThroughAWrapper(t *testing.T) {
	sim := simulated.NewBackend(types.GenesisAlloc{})
	t.Cleanup(func() { sim.Close() })
	if !newView(sim.Client()).enabled() {
		t.Fatal("the view is off for the node itself")
	}
	if !newView(wrapped{sim.Client()}).enabled() {
		t.Error("the view is off for the node wrapped")
	}
	if newView(struct{ Backend }{sim.Client()}).enabled() {
		t.Error("the view is on for a wrapper that cannot be unwrapped")
	}
}
