package txmgr

import (
	"context"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// blockReceipter is what a node offers to read one block's receipts in one call
// (eth_getBlockReceipts, go-ethereum 1.13 and later); ethclient.Client has it. Without it
// the workers read a receipt per transaction.
type blockReceipter interface {
	BlockReceipts(ctx context.Context, blockNrOrHash rpc.BlockNumberOrHash) ([]*types.Receipt, error)
}

// viewKeep is how many blocks behind the head the view keeps: far more than any
// confirmation depth, and few enough to stay small (blocks of a few thousand receipts).
const viewKeep = 64

// view is the manager's one follower of the chain, shared by every key's worker: at each
// new head it reads the new blocks' receipts once (eth_getBlockReceipts, by block hash),
// instead of each worker asking for each transaction's receipt, which at a few hundred
// transactions in flight made following receipts slower than the blocks came (and kept
// keys' windows full of transactions already mined). A reorganisation is found by parent
// hashes: the blocks that changed are read again and the receipts of those that left are
// forgotten.
//
// The view is authoritative only from first, the head when it started: a transaction
// sent before it (found in the journal at a start) is looked up by hash until one lookup
// says it is not mined; from then on any block that could hold it is in the view.
type view struct {
	b  Backend
	br blockReceipter

	mu      sync.Mutex
	first   uint64        // lowest block indexed; valid once head != nil
	head    *types.Header // nil until the first update succeeded
	hashes  map[uint64]common.Hash
	txsAt   map[uint64][]common.Hash
	byTx    map[common.Hash]*types.Receipt
	changed chan struct{} // closed at the next change of head
}

func newView(b Backend) *view {
	br, _ := optional[blockReceipter](b)
	return &view{b: b, br: br, hashes: map[uint64]common.Hash{}, txsAt: map[uint64][]common.Hash{},
		byTx: map[common.Hash]*types.Receipt{}, changed: make(chan struct{})}
}

// optional is b as T, or what b wraps as T (a Backend that adds to another, such as
// fanout.Backend, says so with Unwrap): an interface embedded in a struct hides the
// methods it does not name, so without this a wrapped node lost eth_getBlockReceipts and
// every worker went back to reading a receipt per transaction.
func optional[T any](b Backend) (T, bool) {
	for b != nil {
		if t, ok := b.(T); ok {
			return t, true
		}
		u, ok := b.(interface{ Unwrap() Backend })
		if !ok {
			break
		}
		b = u.Unwrap()
	}
	var zero T
	return zero, false
}

// enabled says whether the node reads blocks' receipts in one call.
func (v *view) enabled() bool { return v != nil && v.br != nil }

// update reads the node's head and the receipts of every block not yet in the view (and
// of those a reorganisation replaced). Errors leave the view as it was; the next update
// tries again.
func (v *view) update(ctx context.Context) error {
	h, err := v.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("read head: %w", err)
	}
	v.mu.Lock()
	cur, first := v.head, v.first
	v.mu.Unlock()
	if cur != nil && cur.Hash() == h.Hash() {
		return nil
	}
	// The new headers, newest first: down to a block the view has with the same hash.
	fresh := []*types.Header{h}
	for {
		top := fresh[len(fresh)-1]
		n := top.Number.Uint64()
		if cur == nil || n == 0 || n-1 < first || n+viewKeep <= h.Number.Uint64() {
			break
		}
		v.mu.Lock()
		known, ok := v.hashes[n-1]
		v.mu.Unlock()
		if ok && known == top.ParentHash {
			break
		}
		p, err := v.b.HeaderByNumber(ctx, new(big.Int).SetUint64(n-1))
		if err != nil {
			return fmt.Errorf("read block %d: %w", n-1, err)
		}
		if p.Hash() != top.ParentHash {
			return fmt.Errorf("block %d changed while read (a reorganisation under way)", n-1)
		}
		fresh = append(fresh, p)
	}
	receipts := make([][]*types.Receipt, len(fresh))
	for i, hd := range fresh {
		rs, err := v.br.BlockReceipts(ctx, rpc.BlockNumberOrHashWithHash(hd.Hash(), false))
		if err != nil {
			return fmt.Errorf("read receipts of block %d: %w", hd.Number, err)
		}
		for _, r := range rs {
			if r.BlockHash != hd.Hash() {
				return fmt.Errorf("receipts of block %d name block %s", hd.Number, r.BlockHash)
			}
		}
		receipts[i] = rs
	}

	v.mu.Lock()
	defer v.mu.Unlock()
	if v.head == nil {
		v.first = h.Number.Uint64()
	}
	for i := len(fresh) - 1; i >= 0; i-- {
		n := fresh[i].Number.Uint64()
		v.forget(n)
		v.hashes[n] = fresh[i].Hash()
		txs := make([]common.Hash, len(receipts[i]))
		for k, r := range receipts[i] {
			txs[k] = r.TxHash
			v.byTx[r.TxHash] = r
		}
		v.txsAt[n] = txs
	}
	// A reorganisation to a shorter chain: blocks above the new head are gone.
	for n := range v.hashes {
		if n > h.Number.Uint64() || n+viewKeep < h.Number.Uint64() {
			v.forget(n)
			delete(v.hashes, n)
			delete(v.txsAt, n)
		}
	}
	if lowest := h.Number.Uint64() - min(h.Number.Uint64(), viewKeep); lowest > v.first {
		v.first = lowest
	}
	v.head = h
	close(v.changed)
	v.changed = make(chan struct{})
	return nil
}

// Head is the view's head, nil before the first update.
func (v *view) Head() *types.Header {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.head
}

// covers says whether block n is in the view.
func (v *view) covers(n uint64) bool {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.head != nil && n >= v.first && n <= v.head.Number.Uint64()
}

// receipt is the transaction's receipt if a block of the view holds it.
func (v *view) receipt(tx common.Hash) *types.Receipt {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.byTx[tx]
}

// hashAt is the hash of the view's block n.
func (v *view) hashAt(n uint64) (common.Hash, bool) {
	v.mu.Lock()
	defer v.mu.Unlock()
	h, ok := v.hashes[n]
	return h, ok
}

// next is closed when the head changes.
func (v *view) next() <-chan struct{} {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.changed
}

// forget drops the receipts of the block the view holds at height n. A receipt that a
// block of the new chain at another height already holds is kept: after a reorganisation a
// transaction of the old block n may be in a new block below it, stored first.
func (v *view) forget(n uint64) {
	for _, tx := range v.txsAt[n] {
		if r, ok := v.byTx[tx]; ok && r.BlockHash == v.hashes[n] {
			delete(v.byTx, tx)
		}
	}
}
