package logpage

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// capNode is a fake node holding logs by block that refuses, as real nodes do, a getLogs
// range wider than maxRange or an answer of more than maxResults logs (0: no cap).
type capNode struct {
	logs                 []types.Log // in chain order
	maxRange, maxResults uint64
	// keptFrom: the node refuses, as go-ethereum 1.16 does after history pruning, a range
	// that starts before this block with error 4444 (0: keeps every block).
	keptFrom uint64
	// lostBefore: the node has lost the logs of the blocks before this one but tells it, as
	// go-ethereum 1.13 does, only when it reads the block's receipts: when the block's bloom
	// matches the filter, so when a log matching it is there, or for every block if the
	// filter names no address and no topic (0: none lost).
	lostBefore uint64
	fail       error // returned for every request if set (the first failFirst if that is set)
	failFirst  int
	ranges     [][2]uint64
	refused    int
}

func (n *capNode) FilterLogs(_ context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	lo, hi := q.FromBlock.Uint64(), q.ToBlock.Uint64()
	n.ranges = append(n.ranges, [2]uint64{lo, hi})
	if n.fail != nil && (n.failFirst == 0 || len(n.ranges) <= n.failFirst) {
		n.refused++
		return nil, n.fail
	}
	if lo < n.keptFrom {
		n.refused++
		return nil, prunedHistory{}
	}
	if lo < n.lostBefore && len(q.Addresses) == 0 && len(q.Topics) == 0 {
		n.refused++
		return nil, fmt.Errorf("failed to get logs for block #%d (0x1d2c3b..4a5f6e)", lo)
	}
	if n.maxRange > 0 && hi-lo+1 > n.maxRange {
		n.refused++
		return nil, fmt.Errorf("exceed maximum block range: %d", n.maxRange)
	}
	var out []types.Log
	for _, l := range n.logs {
		if l.BlockNumber >= lo && l.BlockNumber <= hi && (len(q.Topics) == 0 || len(q.Topics[0]) == 0 || l.Topics[0] == q.Topics[0][0]) {
			out = append(out, l)
		}
	}
	if len(out) > 0 && out[0].BlockNumber < n.lostBefore {
		n.refused++
		return nil, fmt.Errorf("failed to get logs for block #%d (0x1d2c3b..4a5f6e)", out[0].BlockNumber)
	}
	if n.maxResults > 0 && uint64(len(out)) > n.maxResults {
		n.refused++
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
		maxRefused           int // the halvings to the cap, then a doubling tried after 8, 16, 32... reads
	}{
		{"no cap", 0, 0, 0},
		{"a range cap under the page", 1_000, 0, 1 + 1},
		{"a results cap", 0, 300, 1 + 1},
		{"both", 700, 100, 3 + 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := &capNode{logs: all, maxRange: tt.maxRange, maxResults: tt.maxResults}
			var got []types.Log
			p := New(n, Page, nil)
			err := p.Forward(context.Background(), ethereum.FilterQuery{}, 0, 9_999, "ballots", func(logs []types.Log) error {
				got = append(got, logs...)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, all) {
				t.Fatalf("paged read: %d logs, want the %d of one read", len(got), len(all))
			}
			if n.refused > tt.maxRefused {
				t.Errorf("%d of %d requests refused, want at most %d: %v", n.refused, len(n.ranges), tt.maxRefused, n.ranges)
			}
			for _, r := range n.ranges {
				if r[1]-r[0]+1 > Page {
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
		// 4 refused, 8 of 625, 1 of 1,250 refused, then 625 again.
		{"capped at 1,000 blocks: halved to 625, then back from the head", 1_000, 40, true, 4 + 16 + 1},
		{"capped, recent", 1_000, 9_800, true, 4 + 1},
		{"no such election", 1_000, 0, false, 4 + 16 + 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			logs := chainOf(tt.created, 9_000)
			if !tt.found {
				logs = logs[1:]
			}
			n := &capNode{logs: logs, maxRange: tt.maxRange}
			p := New(n, Page, nil)
			q := ethereum.FilterQuery{Topics: [][]common.Hash{{{1}}}}
			l, found, err := p.Last(context.Background(), q, 0, 9_999, "the creation")
			if err != nil || found != tt.found || (found && l.BlockNumber != tt.created) {
				t.Fatalf("last = block %d, %v, %v; want %d, %v", l.BlockNumber, found, err, tt.created, tt.found)
			}
			if len(n.ranges) != tt.wantCalls {
				t.Errorf("%d requests, want %d: %v", len(n.ranges), tt.wantCalls, n.ranges)
			}
			if p.span > Page {
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
			err := New(n, Page, nil).Forward(context.Background(), ethereum.FilterQuery{}, 10, 5_000, "ballots", func([]types.Log) error { return nil })
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
	for _, msg := range []string{"connection refused", "unknown block", "execution reverted",
		"429 Too Many Requests: {\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32005,\"message\":\"rate limit exceeded\"}}",
		"project ID request rate exceeded",
		"Your app has exceeded its compute units per second capacity",
	} {
		if tooLarge(errors.New(msg)) {
			t.Errorf("tooLarge(%q) = true", msg)
		}
	}
}

// TestLogPagerGrowsBack: a few passing refusals (a busy node's timeouts) halve the span,
// and reads that go through double it back, so the rest of a long read is not in tiny
// ranges (it stayed at 250 blocks: 400 requests for these 100,000 blocks).
func TestLogPagerGrowsBack(t *testing.T) {
	n := &capNode{logs: chainOf(40, 500, 50_000, 99_000), fail: errors.New("query timeout exceeded"), failFirst: 3}
	p := New(n, Page, nil)
	var got int
	err := p.Forward(context.Background(), ethereum.FilterQuery{}, 0, 99_999, "ballots", func(logs []types.Log) error {
		got += len(logs)
		return nil
	})
	if err != nil || got != 4 {
		t.Fatalf("forward = %d logs, %v; want 4", got, err)
	}
	if p.span != Page || len(n.ranges) > 100 {
		t.Errorf("span back to %d (want %d) after %d requests (want at most 100)", p.span, Page, len(n.ranges))
	}
}

// TestLogPagerRateLimited: a rate limit is not a range too large: the same range is asked
// again after 1, 2, 4... seconds, a bounded number of times, then the read fails saying so
// (it halved the range down to one block: more requests, sooner).
func TestLogPagerRateLimited(t *testing.T) {
	limited := errors.New("429 Too Many Requests: rate limit exceeded")
	tests := []struct {
		name      string
		failFirst int
		wantErr   bool
		wantWaits []time.Duration
	}{
		{"passes", 2, false, []time.Duration{time.Second, 2 * time.Second}},
		{"for good", 0, true, []time.Duration{1 * time.Second, 2 * time.Second, 4 * time.Second, 8 * time.Second, 16 * time.Second}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := &capNode{logs: chainOf(40, 3_000), fail: limited, failFirst: tt.failFirst}
			p := New(n, Page, nil)
			var waits []time.Duration
			p.sleep = func(_ context.Context, d time.Duration) error {
				waits = append(waits, d)
				return nil
			}
			var got int
			err := p.Forward(context.Background(), ethereum.FilterQuery{}, 0, 3_999, "ballots", func(logs []types.Log) error {
				got += len(logs)
				return nil
			})
			if tt.wantErr {
				if !errors.Is(err, limited) || !strings.Contains(err.Error(), "read ballots of blocks 0-1999: the node refused it as rate-limited 6 times in a row over 31s; try again later") {
					t.Fatalf("forward = %v", err)
				}
			} else if err != nil || got != 2 {
				t.Fatalf("forward = %d logs, %v; want 2", got, err)
			}
			if !reflect.DeepEqual(waits, tt.wantWaits) {
				t.Errorf("waits %v, want %v", waits, tt.wantWaits)
			}
			for _, r := range n.ranges {
				if r[1]-r[0]+1 != Page {
					t.Fatalf("a request for blocks %d-%d: the range was halved for a rate limit", r[0], r[1])
				}
			}
		})
	}
}

// TestLogPagerPageBoundedByLogs: a range that returns more than pageLogs logs halves the
// next, so a page held in memory is bounded by its ballots, not only by its blocks.
func TestLogPagerPageBoundedByLogs(t *testing.T) {
	var blocks []uint64
	for b := uint64(0); b < 20_000; b++ {
		for range 5 {
			blocks = append(blocks, b) // 5 ballots a block: 10,000 in a page of 2,000 blocks
		}
	}
	n := &capNode{logs: chainOf(0, blocks...)}
	var pages []int
	err := New(n, Page, nil).Forward(context.Background(), ethereum.FilterQuery{}, 0, 19_999, "ballots", func(logs []types.Log) error {
		pages = append(pages, len(logs))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for i, l := range pages[2:] { // the first two: before the pager knows
		if l > 2*pageLogs {
			t.Fatalf("page %d has %d logs, over twice %d: %v", i+2, l, pageLogs, pages)
		}
	}
}

// prunedHistory is go-ethereum's (1.16+) JSON-RPC error for a read before its history
// pruning cutoff, as ethclient returns it (an rpc.Error).
type prunedHistory struct{}

func (prunedHistory) Error() string  { return "pruned history unavailable" }
func (prunedHistory) ErrorCode() int { return 4444 }

// codedError is a JSON-RPC error of the given code and message.
type codedError struct {
	code int
	msg  string
}

func (e codedError) Error() string  { return e.msg }
func (e codedError) ErrorCode() int { return e.code }

func TestPruned(t *testing.T) {
	for _, err := range []error{
		prunedHistory{},
		codedError{4444, "history not available"},
		fmt.Errorf("read: %w", prunedHistory{}),
		errors.New("failed to get logs for block #1234 (0x1d2c3b..4a5f6e)"),
		errors.New("seek with txNum=1962853355 but data before txNum=2662500000 is not available: blockNum=16999999"),
		errors.New("old data not available due to pruning"),
	} {
		if !pruned(err) {
			t.Errorf("pruned(%q) = false", err)
		}
	}
	for _, err := range []error{
		errors.New("the method eth_getLogs does not exist/is not available"),
		errors.New("exceed maximum block range: 5000"),
		errors.New("429 Too Many Requests"),
		codedError{-32000, "connection refused"},
	} {
		if pruned(err) {
			t.Errorf("pruned(%q) = true", err)
		}
	}
}

// TestLastOnAPrunedNode: on a node that lost the logs of its older blocks, the search
// starts at the first block it has logs of (found by halving): a log there is found as on
// any node; a log that may be among the lost blocks is a PrunedError naming that block
// (go-ethereum 1.13's too, which tells a lost block only when the filter matches it), never
// "not found" and never a range halved down to one block.
func TestLastOnAPrunedNode(t *testing.T) {
	tests := []struct {
		name                 string
		keptFrom, lostBefore uint64
		maxRange             uint64
		created              uint64
		found                bool
		before               uint64 // PrunedError.Before; unless found
		maxCalls             int
	}{
		{"created after the cutoff", 5_000, 0, 0, 7_000, true, 0, 1 + 14 + 1},
		{"created after the cutoff, capped at 1,000 blocks", 5_000, 0, 1_000, 7_000, true, 0, 1 + 14 + 10},
		{"created before the cutoff", 5_000, 0, 0, 40, false, 5_000, 1 + 14 + 1},
		{"no logs kept up to the range's end", 20_000, 0, 0, 40, false, 10_000, 1 + 14},
		// The probes for the first kept block ask for every log: go-ethereum 1.13 answers a
		// lost block that has no log matching q as if kept, which made the first block 1.
		{"a lost block told when it matches", 0, 5_000, 0, 40, false, 5_000, 1 + 14 + 1},
		{"a lost block told when it matches, created after", 0, 5_000, 0, 7_000, true, 0, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := &capNode{logs: chainOf(tt.created, 9_000), keptFrom: tt.keptFrom, lostBefore: tt.lostBefore, maxRange: tt.maxRange}
			p := New(n, Page, nil)
			q := ethereum.FilterQuery{Topics: [][]common.Hash{{{1}}}}
			l, found, err := p.Last(context.Background(), q, 0, 9_999, "the creation")
			if tt.found {
				if err != nil || !found || l.BlockNumber != tt.created {
					t.Fatalf("Last = block %d, %v, %v; want %d", l.BlockNumber, found, err, tt.created)
				}
			} else {
				var pe *PrunedError
				if found || !errors.As(err, &pe) || pe.Before != tt.before {
					t.Fatalf("Last = %v, %v; want a PrunedError before block %d", found, err, tt.before)
				}
				want := fmt.Sprintf("read the creation of blocks 0-9999: the node has no logs of the blocks before block %d (its history was pruned, or it was synced from a later block): ", tt.before)
				if tt.before > 9_999 {
					want = "read the creation of blocks 0-9999: the node has no logs of these blocks (its history was pruned, or it was synced from a later block): pruned history unavailable"
				}
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q, want %q", err, want)
				}
			}
			if len(n.ranges) > tt.maxCalls {
				t.Errorf("%d requests, want at most %d: %v", len(n.ranges), tt.maxCalls, n.ranges)
			}
		})
	}
}

// readerFunc is a node answering getLogs with a function.
type readerFunc func(q ethereum.FilterQuery) ([]types.Log, error)

func (f readerFunc) FilterLogs(_ context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	return f(q)
}

// TestFirstKeptProbes: the probes for the first block a node keeps ask for every log of
// one block; a block with more logs than the node answers at once was read, so it is kept;
// a probe that timed out is an error, not taken for a kept block.
func TestFirstKeptProbes(t *testing.T) {
	tests := []struct {
		name, kept string // the answer for a kept block; "" for a list
		first      uint64
		err        string
	}{
		{"kept blocks answered", "", 5_000, ""},
		{"kept blocks have too many logs", "query returned more than 10000 results", 5_000, ""},
		{"a probe timed out", "i/o timeout", 0, "read the creation of blocks 5000-5000: i/o timeout"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := readerFunc(func(q ethereum.FilterQuery) ([]types.Log, error) {
				if len(q.Addresses) > 0 || len(q.Topics) > 0 || q.FromBlock.Cmp(q.ToBlock) != 0 {
					t.Fatalf("probe %+v: want one block, every log", q)
				}
				if q.FromBlock.Uint64() < 5_000 {
					return nil, prunedHistory{}
				}
				if tt.kept != "" {
					return nil, errors.New(tt.kept)
				}
				return []types.Log{}, nil
			})
			first, err := New(n, Page, nil).firstKept(context.Background(), 0, 9_999, "the creation")
			if first != tt.first || (err == nil) != (tt.err == "") || (err != nil && err.Error() != tt.err) {
				t.Fatalf("firstKept = %d, %v; want %d, %q", first, err, tt.first, tt.err)
			}
		})
	}
}

// TestForwardOnAPrunedNode: a read of lost blocks fails at once with a PrunedError: a
// smaller range would not help (it is not halved down to one block).
func TestForwardOnAPrunedNode(t *testing.T) {
	n := &capNode{logs: chainOf(40, 3_000), keptFrom: 5_000}
	err := New(n, Page, nil).Forward(context.Background(), ethereum.FilterQuery{}, 0, 9_999, "ballots", func([]types.Log) error { return nil })
	var pe *PrunedError
	if !errors.As(err, &pe) || !errors.Is(err, prunedHistory{}) || !strings.HasPrefix(err.Error(), "read ballots of blocks 0-1999: the node has lost the logs") {
		t.Fatalf("Forward = %v", err)
	}
	if len(n.ranges) != 1 {
		t.Errorf("%d requests, want 1: %v", len(n.ranges), n.ranges)
	}
}

// TestLogPagerGrowing: a Growing pager starts at its page and grows up to its ceiling after
// reads that went through: a quiet range of 100,000 blocks in far fewer requests than pages
// of Page blocks (50), the first of them Page blocks wide.
func TestLogPagerGrowing(t *testing.T) {
	n := &capNode{logs: chainOf(40, 500, 50_000, 99_000)}
	p := Growing(n, Page, 100_000, nil)
	var got int
	err := p.Forward(context.Background(), ethereum.FilterQuery{}, 0, 99_999, "orders", func(logs []types.Log) error {
		got += len(logs)
		return nil
	})
	if err != nil || got != 4 {
		t.Fatalf("forward = %d logs, %v; want 4", got, err)
	}
	if first := n.ranges[0]; first != [2]uint64{0, Page - 1} || len(n.ranges) > 30 {
		t.Errorf("%d requests, the first of blocks %v; want at most 30, the first of blocks 0-%d", len(n.ranges), first, Page-1)
	}
}
