package txmgr

import (
	"context"
	"fmt"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
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
