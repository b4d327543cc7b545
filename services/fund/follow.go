package fund

import (
	"context"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// logPage bounds one eth_getLogs range, as the relayer's other readers do.
const logPage = 5_000

// ChainReader is what a Follower reads: headers and logs.
type ChainReader interface {
	ethereum.LogFilterer
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Follower keeps the books of every fund current by applying only the ledger's logs since
// its last Sync, so a reader (the relayer's public routes) does not rebuild them from the
// ledger's first block on every request. The books are read under Read.
//
// A reorganisation is caught by the hash of the last block read: when the chain no longer
// has it, the books are rebuilt from the start (Clique's reorganisations are a block or
// two deep and rare; a rebuild of 100,000 donations takes well under a second).
type Follower struct {
	chain  ChainReader
	ledger common.Address

	syncMu sync.Mutex // one Sync at a time
	mu     sync.RWMutex
	books  *Books
	next   uint64      // the first block not yet read
	last   common.Hash // the hash of block next−1 as read
}

// NewFollower follows ledger's events on chain; its books are empty until the first Sync.
func NewFollower(chain ChainReader, ledger common.Address) *Follower {
	return &Follower{chain: chain, ledger: ledger, books: NewBooks()}
}

// Sync applies the logs of the blocks mined since the last Sync, in pages of logPage
// blocks, and returns the head block it read to. Each page's last header is read before
// its logs: a reorganisation between the two changes that hash, which the next Sync sees.
func (f *Follower) Sync(ctx context.Context) (uint64, error) {
	f.syncMu.Lock()
	defer f.syncMu.Unlock()
	head, err := f.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("read the head: %w", err)
	}
	f.mu.RLock()
	books, next, last := f.books, f.next, f.last
	f.mu.RUnlock()
	if next > 0 {
		h, err := f.header(ctx, next-1)
		if err != nil {
			return 0, err
		}
		if h.Hash() != last {
			// The blocks read were reorganised away: rebuild on fresh books, which
			// replace the old ones once complete.
			books, next = NewBooks(), 0
		}
	}
	shared := books == f.books // applied under the lock, readers see it grow
	top := head.Number.Uint64()
	for from := next; from <= top; from += logPage {
		to := min(from+logPage-1, top)
		h := head
		if to != top {
			if h, err = f.header(ctx, to); err != nil {
				return 0, err
			}
		}
		logs, err := f.chain.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from),
			ToBlock: new(big.Int).SetUint64(to), Addresses: []common.Address{f.ledger}})
		if err != nil {
			return 0, fmt.Errorf("read the ledger's events of blocks %d-%d: %w", from, to, err)
		}
		if shared {
			f.mu.Lock()
		}
		if err := books.ApplyLogs(logs); err != nil {
			// Books half applied cannot be trusted: the next Sync starts again.
			books, next = NewBooks(), 0
			if shared {
				f.books, f.next, f.last = books, 0, common.Hash{}
				f.mu.Unlock()
			}
			return 0, err
		}
		if shared {
			f.next, f.last = to+1, h.Hash()
			f.mu.Unlock()
		}
	}
	if !shared {
		f.mu.Lock()
		f.books, f.next, f.last = books, top+1, head.Hash()
		f.mu.Unlock()
	}
	return top, nil
}

func (f *Follower) header(ctx context.Context, n uint64) (*types.Header, error) {
	h, err := f.chain.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		return nil, fmt.Errorf("read block %d: %w", n, err)
	}
	return h, nil
}

// Read runs fn on the books as of the last Sync; fn must not keep them.
func (f *Follower) Read(fn func(*Books)) {
	f.mu.RLock()
	defer f.mu.RUnlock()
	fn(f.books)
}
