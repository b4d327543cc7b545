package bulk

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/seoulchain/seoulchain/internal/txmgr"
)

// gasBook adds up the gas a run's batches used (Result.GasUsed). A batch's receipt
// carries its logs, a thousand records' worth: a megabyte of JSON for the node to encode
// and for the sender to decode, on the cores that also seal the blocks, and the manager
// has read every block's receipts once already. So a block that holds only the run's
// transactions is counted by its header (its gas used), and receipts are read only for
// the batches of blocks shared with other senders.
type gasBook struct {
	blocks map[common.Hash]*minedBlock
}

type minedBlock struct {
	number uint64
	txs    []common.Hash
}

// txCounter is what counts a block's transactions (ethclient.Client does).
type txCounter interface {
	TransactionCount(ctx context.Context, blockHash common.Hash) (uint, error)
}

func (g *gasBook) add(job txmgr.Job) {
	if g.blocks == nil {
		g.blocks = map[common.Hash]*minedBlock{}
	}
	mb := g.blocks[job.BlockHash]
	if mb == nil {
		mb = &minedBlock{number: job.Block}
		g.blocks[job.BlockHash] = mb
	}
	mb.txs = append(mb.txs, job.TxHash)
}

// settle checks that the blocks holding the run's batches are still the chain's, and adds
// up the gas the batches used. A batch counts once it is in a block (Config.Confirmations
// 1), and on Clique a block sealed in turn (difficulty 2) outweighs any other at its
// height; one sealed out of turn (difficulty 1, when the in-turn signer was late) can
// still be replaced by the in-turn signer's. So for a block sealed out of turn settle waits
// for a block on top of it, and a batch whose block was replaced is followed until it is
// in a block again (the node puts its transaction back in the pool). With wait false
// (a run stopped) it waits for nothing and counts what it finds.
func (g *gasBook) settle(ctx context.Context, b Backend, poll time.Duration, wait bool) (uint64, error) {
	var (
		mu    sync.Mutex
		sum   uint64
		errs  []error
		wg    sync.WaitGroup
		slots = make(chan struct{}, 8)
	)
	for hash, mb := range g.blocks {
		wg.Add(1)
		slots <- struct{}{}
		go func() {
			defer func() { <-slots; wg.Done() }()
			gas, err := blockGas(ctx, b, hash, mb, poll, wait)
			mu.Lock()
			sum += gas
			if err != nil {
				errs = append(errs, err)
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	g.blocks = nil
	return sum, errors.Join(errs...)
}

// outOfTurn is Clique's difficulty of a block sealed by a signer out of turn.
var outOfTurn = big.NewInt(1)

func blockGas(ctx context.Context, b Backend, hash common.Hash, mb *minedBlock, poll time.Duration, wait bool) (uint64, error) {
	num := new(big.Int).SetUint64(mb.number)
	covered := false // a block on top of it was seen
	for {
		h, err := b.HeaderByNumber(ctx, num)
		if err != nil {
			return 0, fmt.Errorf("read block %d: %w", mb.number, err)
		}
		if h.Hash() != hash {
			return remined(ctx, b, mb, poll, wait)
		}
		if !wait || covered || h.Difficulty == nil || h.Difficulty.Cmp(outOfTurn) != 0 {
			return headerGas(ctx, b, h, mb)
		}
		if head, err := b.HeaderByNumber(ctx, nil); err == nil && head.Number.Uint64() > mb.number {
			covered = true
			continue // look once more: the block on top may be another branch's
		}
		select {
		case <-ctx.Done():
			return 0, ctx.Err()
		case <-time.After(poll):
		}
	}
}

// headerGas is the gas of the run's batches in block h: its gas used when it holds
// nothing else, else their receipts'.
func headerGas(ctx context.Context, b Backend, h *types.Header, mb *minedBlock) (uint64, error) {
	if c, ok := b.(txCounter); ok {
		if n, err := c.TransactionCount(ctx, h.Hash()); err == nil && int(n) == len(mb.txs) {
			return h.GasUsed, nil
		}
	}
	var gas uint64
	for _, tx := range mb.txs {
		rc, err := b.TransactionReceipt(ctx, tx)
		if err != nil {
			return gas, fmt.Errorf("read the receipt of %s: %w", tx.Hex(), err)
		}
		gas += rc.GasUsed
	}
	return gas, nil
}

// reminedWait bounds how long a batch a reorganisation took out of the chain is awaited:
// the node puts it back in its pool and the next block usually takes it.
const reminedWait = 2 * time.Minute

// remined follows the batches of a block a reorganisation replaced until each is in a
// block again, for at most reminedWait.
func remined(ctx context.Context, b Backend, mb *minedBlock, poll time.Duration, wait bool) (uint64, error) {
	var gas uint64
	deadline := time.Now().Add(reminedWait)
	for _, tx := range mb.txs {
		for {
			rc, err := b.TransactionReceipt(ctx, tx)
			if err == nil {
				gas += rc.GasUsed
				break
			}
			if wait && time.Now().Before(deadline) {
				select {
				case <-ctx.Done():
					err = ctx.Err()
				case <-time.After(poll):
					continue
				}
			}
			return gas, fmt.Errorf("transaction %s left the chain in a reorganisation of block %d and is not in a block again: %w", tx.Hex(), mb.number, err)
		}
	}
	return gas, nil
}
