package voting

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"
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
