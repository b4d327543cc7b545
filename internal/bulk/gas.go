package bulk

import (
	"context"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

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

// total reads the gas of every block noted, a few at a time, and forgets them.
func (g *gasBook) total(b Backend) uint64 {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var (
		mu    sync.Mutex
		sum   uint64
		wg    sync.WaitGroup
		slots = make(chan struct{}, 8)
	)
	for hash, mb := range g.blocks {
		wg.Add(1)
		slots <- struct{}{}
		go func() {
			defer func() { <-slots; wg.Done() }()
			gas := blockGas(ctx, b, hash, mb)
			mu.Lock()
			sum += gas
			mu.Unlock()
		}()
	}
	wg.Wait()
	g.blocks = nil
	return sum
}

func blockGas(ctx context.Context, b Backend, hash common.Hash, mb *minedBlock) uint64 {
	if c, ok := b.(txCounter); ok {
		n, err := c.TransactionCount(ctx, hash)
		if err == nil && int(n) == len(mb.txs) {
			if h, err := b.HeaderByNumber(ctx, new(big.Int).SetUint64(mb.number)); err == nil && h.Hash() == hash {
				return h.GasUsed
			}
		}
	}
	var gas uint64
	for _, tx := range mb.txs {
		if rc, err := b.TransactionReceipt(ctx, tx); err == nil {
			gas += rc.GasUsed
		}
	}
	return gas
}
