package bulk

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/seoulchain/seoulchain/internal/txmgr"
)

// reorgChain is a chain whose head moves one block each time it is read, and whose
// receipts appear after a few reads: enough of a node for gasBook.settle.
type reorgChain struct {
	Backend // nil: settle calls only the methods below
	mu      sync.Mutex
	blocks  map[uint64]*types.Header // the canonical chain
	head    uint64
	// receipts appear once their transaction's countdown reaches zero.
	receipts  map[common.Hash]*types.Receipt
	countdown map[common.Hash]int
}

func (c *reorgChain) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if n == nil {
		c.head++
		return &types.Header{Number: new(big.Int).SetUint64(c.head)}, nil
	}
	return c.blocks[n.Uint64()], nil
}

func (c *reorgChain) TransactionReceipt(_ context.Context, tx common.Hash) (*types.Receipt, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.countdown[tx] > 0 {
		c.countdown[tx]--
		return nil, ethereum.NotFound
	}
	if r, ok := c.receipts[tx]; ok {
		return r, nil
	}
	return nil, ethereum.NotFound
}

// TestSettle: a batch counts once in a block, but the run ends only once a block sealed
// out of turn has one on top, and a batch whose block was replaced is followed to its new
// block; a stopped run waits for neither.
func TestSettle(t *testing.T) {
	inTurn := &types.Header{Number: big.NewInt(10), Difficulty: big.NewInt(2), GasUsed: 1}
	noTurn := &types.Header{Number: big.NewInt(10), Difficulty: big.NewInt(1), GasUsed: 2}
	replaced := &types.Header{Number: big.NewInt(10), Difficulty: big.NewInt(1), Extra: []byte("lost")}
	tx := common.HexToHash("0x01")
	for _, tc := range []struct {
		name      string
		mined     *types.Header // the block the manager saw the batch in
		canonical *types.Header // the chain's block at its height
		countdown int           // reads before the receipt is found
		wait      bool
		wantGas   uint64
		wantHead  uint64 // the head reads settle made, at least
		wantErr   string
	}{
		{"in turn: final at once", inTurn, inTurn, 0, true, 300, 0, ""},
		{"out of turn: a block on top first", noTurn, noTurn, 0, true, 300, 10, ""},
		{"replaced: followed to its new block", replaced, noTurn, 3, true, 300, 0, ""},
		{"replaced, run stopped", replaced, noTurn, 3, false, 0, 0, "left the chain in a reorganisation"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &reorgChain{blocks: map[uint64]*types.Header{10: tc.canonical}, head: 9,
				receipts: map[common.Hash]*types.Receipt{tx: {GasUsed: 300}}, countdown: map[common.Hash]int{tx: tc.countdown}}
			var g gasBook
			g.add(txmgrJob(tc.mined, tx))
			gas, err := g.settle(context.Background(), c, time.Millisecond, tc.wait)
			if tc.wantErr == "" && err != nil || tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)) {
				t.Fatalf("err %v, want %q", err, tc.wantErr)
			}
			if gas != tc.wantGas {
				t.Errorf("gas %d, want %d", gas, tc.wantGas)
			}
			if c.head < tc.wantHead {
				t.Errorf("settled before a block on top of block 10 (head %d)", c.head)
			}
			if tc.wantHead == 0 && c.head != 9 {
				t.Errorf("waited for the head (%d) for a block that needed no wait", c.head)
			}
		})
	}
	t.Run("stopped while waiting", func(t *testing.T) {
		c := &reorgChain{blocks: map[uint64]*types.Header{10: noTurn}, head: 9,
			receipts: map[common.Hash]*types.Receipt{}, countdown: map[common.Hash]int{}}
		var g gasBook
		g.add(txmgrJob(replaced, tx))
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		if _, err := g.settle(ctx, c, time.Millisecond, true); !errors.Is(err, context.Canceled) {
			t.Fatalf("err %v, want canceled", err)
		}
	})
}

func txmgrJob(h *types.Header, tx common.Hash) txmgr.Job {
	return txmgr.Job{Block: h.Number.Uint64(), BlockHash: h.Hash(), TxHash: tx}
}
