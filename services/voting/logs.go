package voting

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/core/types"
)

// An election's events are read in block ranges by internal/logpage's Pager, from the
// block of its creation, which is looked for back from the last block at or before its
// start (found here by halving on block times).

// headerReader is what lastBlockAt needs of a node (*ethclient.Client has it).
type headerReader interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// lastBlockAt is the last block of [0, head] whose time is at or before t (block 0 if
// none is), found by halving: block times never go down. The head is read first: an
// election that has not started needs no search.
func lastBlockAt(ctx context.Context, hr headerReader, t, head uint64) (uint64, error) {
	timeOf := func(n uint64) (uint64, error) {
		h, err := hr.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return 0, fmt.Errorf("read block %d's time: %w", n, err)
		}
		return h.Time, nil
	}
	if at, err := timeOf(head); err != nil {
		return 0, err
	} else if at <= t {
		return head, nil
	}
	lo, hi := uint64(0), head // time(hi) > t; time(lo) <= t unless lo is block 0
	for hi-lo > 1 {
		mid := lo + (hi-lo)/2
		at, err := timeOf(mid)
		if err != nil {
			return 0, err
		}
		if at <= t {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo, nil
}
