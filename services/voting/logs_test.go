package voting

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/seoulchain/seoulchain/internal/logpage"
)

// blockTimes is a fake chain whose block n has time 1,000 + 5n.
type blockTimes struct{ reads int }

func (b *blockTimes) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	b.reads++
	return &types.Header{Number: n, Time: 1_000 + 5*n.Uint64()}, nil
}

// TestLastBlockAt: the last block at or before a time, in a read of the head and about
// log2(head) more.
func TestLastBlockAt(t *testing.T) {
	const head = 1_000_000
	tests := []struct {
		name string
		t    uint64
		want uint64
		max  int
	}{
		{"after the head: no search", 1_000 + 5*head + 1, head, 1},
		{"the head's time", 1_000 + 5*head, head, 1},
		{"a block's time", 1_000 + 5*4_321, 4_321, 21},
		{"between two blocks", 1_000 + 5*4_321 + 3, 4_321, 21},
		{"before the genesis", 10, 0, 21},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := &blockTimes{}
			got, err := lastBlockAt(context.Background(), b, tt.t, head)
			if err != nil || got != tt.want || b.reads > tt.max {
				t.Fatalf("lastBlockAt = %d, %v in %d reads; want %d in at most %d", got, err, b.reads, tt.want, tt.max)
			}
		})
	}
}

// prunedNode is a fake node that keeps the logs of blocks keptFrom on: a range starting
// before is refused as go-ethereum 1.16 does after history pruning (error 4444), or, if
// silent, answered with the logs it kept, as a node that drops old logs without saying so.
type prunedNode struct {
	created, keptFrom uint64
	silent            bool
}

func (n *prunedNode) FilterLogs(_ context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	lo, hi := q.FromBlock.Uint64(), q.ToBlock.Uint64()
	if lo < n.keptFrom && !n.silent {
		return nil, prunedHistory{}
	}
	if n.created >= max(lo, n.keptFrom) && n.created <= hi {
		return []types.Log{{BlockNumber: n.created, Topics: q.Topics[0]}}, nil
	}
	return nil, nil
}

type prunedHistory struct{}

func (prunedHistory) Error() string  { return "pruned history unavailable" }
func (prunedHistory) ErrorCode() int { return 4444 }

// TestFindCreationOnAPrunedNode: an election whose creation a node no longer has the logs
// of (pruned, or synced from a later block) is an error naming the problem and the fix,
// whether the node refuses the old blocks or answers them empty; one created in the
// blocks it kept is found on it.
func TestFindCreationOnAPrunedNode(t *testing.T) {
	const upto = 50_000
	tests := []struct {
		name              string
		created, keptFrom uint64
		silent            bool
		want              string // the error's text; "" when found
	}{
		{"a node that keeps every block", 1_234, 0, false, ""},
		{"created after the node's first kept block", 41_000, 40_000, false, ""},
		{"created before it", 1_234, 40_000, false, "election 3 cannot be read from this node: read the election's creation of blocks 0-50000: the node has no logs of the blocks before block 40000 (its history was pruned, or it was synced from a later block): pruned history unavailable; read the election from a node that keeps every block's logs (an archive node, not one whose history was pruned) with --rpc URL"},
		{"silent, created after", 41_000, 40_000, true, ""},
		{"silent, created before", 1_234, 40_000, true, "election 3 exists (MVoting's count says so) but the node answered no ElectionCreated log of it in blocks 0-50000, where it must be: the node has lost its old logs (its history was pruned, or it was synced from a later block); read the election from a node that keeps every block's logs (an archive node, not one whose history was pruned) with --rpc URL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := &prunedNode{created: tt.created, keptFrom: tt.keptFrom, silent: tt.silent}
			got, err := findCreation(context.Background(), logpage.New(n, logpage.Page, nil), common.Address{}, big.NewInt(3), upto)
			switch {
			case tt.want == "" && (err != nil || got != tt.created):
				t.Fatalf("findCreation = %d, %v; want %d", got, err, tt.created)
			case tt.want != "" && (err == nil || err.Error() != tt.want):
				t.Fatalf("findCreation = %d, %v;\nwant the error %s", got, err, tt.want)
			}
		})
	}
}
