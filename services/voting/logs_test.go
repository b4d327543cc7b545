package voting

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// capNode is a fake node holding logs by block that refuses, as real nodes do, a getLogs
// range wider than maxRange or an answer of more than maxResults logs (0: no cap).
type capNode struct {
	logs                 []types.Log // in chain order
	maxRange, maxResults uint64
	fail                 error // returned for every request if set
	ranges               [][2]uint64
}

func (n *capNode) FilterLogs(_ context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	lo, hi := q.FromBlock.Uint64(), q.ToBlock.Uint64()
	n.ranges = append(n.ranges, [2]uint64{lo, hi})
	if n.fail != nil {
		return nil, n.fail
	}
	if n.maxRange > 0 && hi-lo+1 > n.maxRange {
		return nil, fmt.Errorf("exceed maximum block range: %d", n.maxRange)
	}
	var out []types.Log
	for _, l := range n.logs {
		if l.BlockNumber >= lo && l.BlockNumber <= hi && (len(q.Topics) == 0 || len(q.Topics[0]) == 0 || l.Topics[0] == q.Topics[0][0]) {
			out = append(out, l)
		}
	}
	if n.maxResults > 0 && uint64(len(out)) > n.maxResults {
		return nil, fmt.Errorf("query returned more than %d results. Try with this block range [0x%x, 0x%x].", n.maxResults, lo, hi)
	}
	return out, nil
}

// chainOf is a chain of head+1 blocks with a log of topic {1} in block created and logs
// of topic {2} in the blocks listed (several per block when listed again).
func chainOf(created uint64, blocks ...uint64) []types.Log {
	out := []types.Log{{BlockNumber: created, Topics: []common.Hash{{1}}}}
	for i, b := range blocks {
		out = append(out, types.Log{BlockNumber: b, Index: uint(i), Topics: []common.Hash{{2}}})
	}
	return out
}

func TestLogPagerReadsWhatOneReadReturns(t *testing.T) {
	var blocks []uint64
	for b := uint64(100); b < 9_000; b += 7 {
		blocks = append(blocks, b, b) // two ballots a block: a busy stretch
	}
	all := chainOf(40, blocks...)
	tests := []struct {
		name                 string
		maxRange, maxResults uint64
		wantSpan             uint64
	}{
		{"no cap", 0, 0, logPage},
		{"a range cap under the page", 1_000, 0, 1_000},
		{"a results cap", 0, 300, 1_000},
		{"both", 700, 100, 250},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := &capNode{logs: all, maxRange: tt.maxRange, maxResults: tt.maxResults}
			var got []types.Log
			p := newLogPager(n, nil)
			err := p.forward(context.Background(), ethereum.FilterQuery{}, 0, 9_999, "ballots", func(logs []types.Log) error {
				got = append(got, logs...)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, all) {
				t.Fatalf("paged read: %d logs, want the %d of one read", len(got), len(all))
			}
			if p.span != tt.wantSpan {
				t.Errorf("span after the read = %d, want %d", p.span, tt.wantSpan)
			}
			for _, r := range n.ranges {
				if r[1]-r[0]+1 > logPage {
					t.Fatalf("a request for blocks %d-%d: wider than a page", r[0], r[1])
				}
			}
		})
	}
}

// TestLogPagerFindsTheCreation: the creation is looked for from the head back, in one
// request when the node allows it, else in the ranges it allows.
func TestLogPagerFindsTheCreation(t *testing.T) {
	tests := []struct {
		name      string
		maxRange  uint64
		created   uint64
		found     bool
		wantCalls int
	}{
		{"one request", 0, 40, true, 1},
		{"capped at 1,000 blocks: halved to 625, then back from the head", 1_000, 40, true, 4 + 16},
		{"capped, recent", 1_000, 9_800, true, 4 + 1},
		{"no such election", 1_000, 0, false, 4 + 16},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			logs := chainOf(tt.created, 9_000)
			if !tt.found {
				logs = logs[1:]
			}
			n := &capNode{logs: logs, maxRange: tt.maxRange}
			p := newLogPager(n, nil)
			q := ethereum.FilterQuery{Topics: [][]common.Hash{{{1}}}}
			l, found, err := p.last(context.Background(), q, 0, 9_999, "the creation")
			if err != nil || found != tt.found || (found && l.BlockNumber != tt.created) {
				t.Fatalf("last = block %d, %v, %v; want %d, %v", l.BlockNumber, found, err, tt.created, tt.found)
			}
			if len(n.ranges) != tt.wantCalls {
				t.Errorf("%d requests, want %d: %v", len(n.ranges), tt.wantCalls, n.ranges)
			}
			if p.span > logPage {
				t.Errorf("the span after the search is %d: a later forward read would ask for more than a page", p.span)
			}
		})
	}
}

// TestLogPagerErrors: a refusal at a single block, and any other error, end the read with
// the blocks named; nothing is retried for ever.
func TestLogPagerErrors(t *testing.T) {
	tests := []struct {
		name      string
		fail      error
		wantCalls int
	}{
		{"refused down to one block", errors.New("Log response size exceeded"), 11}, // 2000, 1000, 500 ... 3, 1
		{"another error", errors.New("connection refused"), 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := &capNode{fail: tt.fail}
			err := newLogPager(n, nil).forward(context.Background(), ethereum.FilterQuery{}, 10, 5_000, "ballots", func([]types.Log) error { return nil })
			if !errors.Is(err, tt.fail) || !strings.Contains(err.Error(), "read ballots of blocks 10-") {
				t.Fatalf("forward = %v", err)
			}
			if len(n.ranges) != tt.wantCalls {
				t.Errorf("%d requests, want %d", len(n.ranges), tt.wantCalls)
			}
		})
	}
}

func TestTooLarge(t *testing.T) {
	for _, msg := range []string{
		"query returned more than 10000 results",
		"exceed maximum block range: 5000",
		"Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range",
		"413 Request Entity Too Large",
		"websocket: read limit exceeded",
		"query timeout exceeded",
	} {
		if !tooLarge(errors.New(msg)) {
			t.Errorf("tooLarge(%q) = false", msg)
		}
	}
	for _, msg := range []string{"connection refused", "unknown block", "execution reverted"} {
		if tooLarge(errors.New(msg)) {
			t.Errorf("tooLarge(%q) = true", msg)
		}
	}
}
