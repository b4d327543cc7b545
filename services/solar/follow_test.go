package solar

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"math/big"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/seoulchain/seoulchain/bindings/solarmarket"
	"github.com/seoulchain/seoulchain/internal/logpage"
)

// fakeChain is a chain of headers (each block's hash depends on its fork) and the market's
// logs by block, which records the ranges of logs read.
type fakeChain struct {
	t      *testing.T
	market common.Address
	fork   map[uint64]byte
	logs   map[uint64][]types.Log
	head   uint64
	reads  [][2]uint64
	onRead func(from, to uint64) // if set, called on every read
	period uint64                // seconds between blocks (block n's time is n·period)
	// maxRange: a read of more blocks is refused, as by a node that caps eth_getLogs ranges
	// (0: none is).
	maxRange uint64
	headers  []uint64 // the numbered headers read
	block0   error    // if set, reading block 0 fails with it (a node's blip)
}

func (c *fakeChain) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	num := c.head
	if n != nil {
		num = n.Uint64()
		c.headers = append(c.headers, num)
		if num == 0 && c.block0 != nil {
			return nil, c.block0
		}
	}
	if num > c.head {
		return nil, ethereum.NotFound
	}
	return c.header(num), nil
}

// header is block num's header.
func (c *fakeChain) header(num uint64) *types.Header {
	return &types.Header{Number: new(big.Int).SetUint64(num), Extra: []byte{c.fork[num]}, Time: num * c.period}
}

func newFakeChain(t *testing.T, head, period uint64) *fakeChain {
	return &fakeChain{t: t, market: common.Address{1}, fork: map[uint64]byte{}, logs: map[uint64][]types.Log{}, head: head, period: period}
}

// filterer reads the market's events through nothing (the follower reads them).
func (c *fakeChain) filterer() *solarmarket.SolarMarketFilterer {
	c.t.Helper()
	f, err := solarmarket.NewSolarMarketFilterer(c.market, nil)
	if err != nil {
		c.t.Fatal(err)
	}
	return f
}

// synced is a follower of the chain's market, logging to log, after its first sync.
func (c *fakeChain) synced(log *strings.Builder) (*follower, *solarmarket.SolarMarketFilterer) {
	c.t.Helper()
	f := c.filterer()
	fl := newFollower(c, c.market, f)
	fl.log = slog.New(slog.NewTextHandler(log, nil))
	if err := fl.sync(context.Background()); err != nil {
		c.t.Fatal(err)
	}
	return fl, f
}

// reorg replaces blocks from to the head with those of another branch (a block's hash
// depends on its parent's: all of them change).
func (c *fakeChain) reorg(from uint64, branch byte) {
	for b := from; b <= c.head; b++ {
		c.fork[b] = branch
	}
}

func (c *fakeChain) FilterLogs(_ context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	from, to := q.FromBlock.Uint64(), q.ToBlock.Uint64()
	c.reads = append(c.reads, [2]uint64{from, to})
	if c.maxRange > 0 && to-from+1 > c.maxRange {
		return nil, fmt.Errorf("exceed maximum block range: %d", c.maxRange)
	}
	if c.onRead != nil {
		c.onRead(from, to)
	}
	var out []types.Log
	for b := from; b <= to; b++ {
		h := c.header(b)
		for _, l := range c.logs[b] {
			if matches(l, q.Topics) {
				l.BlockHash = h.Hash()
				out = append(out, l)
			}
		}
	}
	return out, nil
}

// matches tells whether l has the topics asked for, as a node filters them: each position
// any of its hashes, an empty position any.
func matches(l types.Log, topics [][]common.Hash) bool {
	for i, any := range topics {
		if len(any) > 0 && (i >= len(l.Topics) || !slices.Contains(any, l.Topics[i])) {
			return false
		}
	}
	return true
}

func (c *fakeChain) SubscribeFilterLogs(context.Context, ethereum.FilterQuery, chan<- types.Log) (ethereum.Subscription, error) {
	panic("not used")
}

// order puts an OrderPosted of meter for interval k of area in block b.
func (c *fakeChain) order(b uint64, id int64, meter, area common.Hash, k uint64) {
	c.t.Helper()
	a, _ := solarmarket.SolarMarketMetaData.GetAbi()
	ev := a.Events["OrderPosted"]
	data, err := ev.Inputs.NonIndexed().Pack(meter, true, uint64(100), uint64(150))
	if err != nil {
		c.t.Fatal(err)
	}
	c.logs[b] = append(c.logs[b], types.Log{Address: c.market, BlockNumber: b, Data: data,
		Topics: []common.Hash{ev.ID, common.BigToHash(big.NewInt(id)), area, common.BigToHash(new(big.Int).SetUint64(k))}})
}

// cancel puts the OrderCancelled of order id, of interval k of area, in block b.
func (c *fakeChain) cancel(b uint64, id int64, area common.Hash, k uint64) {
	a, _ := solarmarket.SolarMarketMetaData.GetAbi()
	c.logs[b] = append(c.logs[b], types.Log{Address: c.market, BlockNumber: b,
		Topics: []common.Hash{a.Events["OrderCancelled"].ID, common.BigToHash(big.NewInt(id)), area, common.BigToHash(new(big.Int).SetUint64(k))}})
}

// settled puts the Settled of interval k of area in block b.
func (c *fakeChain) settled(b uint64, area common.Hash, k uint64) {
	a, _ := solarmarket.SolarMarketMetaData.GetAbi()
	c.logs[b] = append(c.logs[b], types.Log{Address: c.market, BlockNumber: b,
		Topics: []common.Hash{a.Events["Settled"].ID, area, common.BigToHash(new(big.Int).SetUint64(k))}})
}

// debt puts a UtilityDebt (paid false) or UtilityDebtPaid of order id in block b.
func (c *fakeChain) debt(b uint64, paid bool, id, won int64) {
	c.t.Helper()
	a, _ := solarmarket.SolarMarketMetaData.GetAbi()
	ev := a.Events["UtilityDebt"]
	if paid {
		ev = a.Events["UtilityDebtPaid"]
	}
	data, err := ev.Inputs.NonIndexed().Pack(big.NewInt(won))
	if err != nil {
		c.t.Fatal(err)
	}
	c.logs[b] = append(c.logs[b], types.Log{Address: c.market, BlockNumber: b, Data: data,
		Topics: []common.Hash{ev.ID, common.BytesToHash([]byte{2}), common.BytesToHash([]byte{3}), common.BigToHash(big.NewInt(id))}})
}

// TestFollowerRebuildsAside: a reorganisation deeper than the undo window rebuilds the index
// over several pages into a new index, and says so in the log; a statement read meanwhile
// sees the old index whole, never the pages read so far. The index also keeps per order what
// the utility could not pay and paid of it since.
func TestFollowerRebuildsAside(t *testing.T) {
	area, _ := AreaCode("mapo-1")
	meter, _ := MeterHash("M-1")
	c := newFakeChain(t, 2*followPage+5, 0)
	c.order(3, 1, meter, area, 40)
	c.order(followPage+3, 2, meter, area, 41)
	c.debt(followPage+4, false, 2, 30)
	c.order(2*followPage+3, 3, meter, area, 42)
	c.debt(2*followPage+4, true, 2, 10)
	c.debt(2*followPage+5, true, 2, 5)
	var log strings.Builder
	fl, _ := c.synced(&log)
	ctx := context.Background()
	seen := func() (orders int, owed, paid string) {
		fl.view(func(idx *index) {
			orders, owed, paid = len(idx.orders[meter]), fmt.Sprint(idx.owed[2]), fmt.Sprint(idx.debtPaid[2])
		})
		return
	}
	if o, owed, paid := seen(); o != 3 || owed != "30" || paid != "15" {
		t.Fatalf("after the first sync: %d orders, order 2 owed %s, paid since %s; want 3, 30, 15", o, owed, paid)
	}
	// The blocks from the second page's debt on are replaced (the last block read before the
	// window, the oldest the index could be taken back to, with them): the last no longer
	// holds the 5 won payment.
	c.reorg(followPage+4, 1)
	c.logs[c.head] = nil
	reads := 0
	c.onRead = func(from, to uint64) {
		if reads++; reads > 1 { // pages of the rebuild read already
			if o, owed, paid := seen(); o != 3 || owed != "30" || paid != "15" {
				t.Errorf("during the rebuild (reading %d-%d): %d orders, owed %s, paid %s: a partial index", from, to, o, owed, paid)
			}
		}
	}
	if err := fl.sync(ctx); err != nil {
		t.Fatal(err)
	}
	if reads != 3 {
		t.Fatalf("%d pages read, want the 3 of the rebuild", reads)
	}
	if o, owed, paid := seen(); o != 3 || owed != "30" || paid != "10" {
		t.Fatalf("after the rebuild: %d orders, owed %s, paid %s; want 3, 30, 10", o, owed, paid)
	}
	if !strings.Contains(log.String(), "rebuilding it from block 0") {
		t.Fatalf("log %q: want the rebuild said", log.String())
	}
}

// TestFollowerReadsOnlyNewBlocks: the statement's index reads the chain once, then only the
// blocks mined since; a reorganised last block is taken back and read again from the fork,
// without the events of the block that was replaced.
func TestFollowerReadsOnlyNewBlocks(t *testing.T) {
	area, _ := AreaCode("mapo-1")
	meter, _ := MeterHash("M-1")
	c := newFakeChain(t, 9, 0)
	c.order(3, 1, meter, area, 40)
	c.settled(8, area, 40)
	f := c.filterer()
	fl := newFollower(c, c.market, f)
	ctx := context.Background()
	check := func(name string, reads [][2]uint64, orders int, settledAt map[uint64]uint64) {
		t.Helper()
		if err := fl.sync(ctx); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(c.reads) != len(reads) || (len(reads) > 0 && c.reads[0] != reads[0]) {
			t.Fatalf("%s: read %v, want %v", name, c.reads, reads)
		}
		c.reads = nil
		fl.view(func(idx *index) {
			if len(idx.orders[meter]) != orders {
				t.Fatalf("%s: %d orders of the meter, want %d", name, len(idx.orders[meter]), orders)
			}
			for k, b := range settledAt {
				if got, ok := idx.settledAt[areaInterval{area, k}]; !ok || got != b {
					t.Fatalf("%s: interval %d settled in block %d (%v), want %d", name, k, got, ok, b)
				}
			}
			if len(idx.settledAt) != len(settledAt) {
				t.Fatalf("%s: settlements %v, want %v", name, idx.settledAt, settledAt)
			}
		})
	}
	check("first", [][2]uint64{{0, 9}}, 1, map[uint64]uint64{40: 8})
	check("no new block", nil, 1, map[uint64]uint64{40: 8})
	c.head = 12
	c.order(11, 2, meter, area, 41)
	c.order(12, 3, meter, area, 42)
	check("three new blocks", [][2]uint64{{10, 12}}, 3, map[uint64]uint64{40: 8})
	// Block 12 is replaced by another holding the settlement of 41 and not order 3.
	c.fork[12] = 1
	c.logs[12] = nil
	c.settled(12, area, 41)
	c.head = 13
	check("reorganised", [][2]uint64{{12, 13}}, 2, map[uint64]uint64{40: 8, 41: 12})
}

// TestFollowerKeepsBooks: the index keeps each interval's book as Book reads it, in the
// order posted, with an order cancelled in a later sync marked, from the new blocks only.
func TestFollowerKeepsBooks(t *testing.T) {
	area, _ := AreaCode("mapo-1")
	other, _ := AreaCode("jongno-2")
	m1, _ := MeterHash("M-1")
	m2, _ := MeterHash("M-2")
	c := newFakeChain(t, 5, 0)
	c.order(2, 1, m1, area, 40)
	c.order(3, 2, m2, other, 40)
	c.order(4, 3, m2, area, 40)
	f := c.filterer()
	fl := newFollower(c, c.market, f)
	book := func(step string, want string) {
		t.Helper()
		if err := fl.sync(context.Background()); err != nil {
			t.Fatal(err)
		}
		var got []Order
		fl.view(func(idx *index) { got = idx.book(areaInterval{area, 40}) })
		var s []string
		for _, o := range got {
			s = append(s, fmt.Sprintf("%d %v %d %d %v", o.ID, o.Meter == m1, o.Wh, o.Price, o.Cancelled))
		}
		if fmt.Sprint(s) != want {
			t.Fatalf("%s: book %v, want %s", step, s, want)
		}
	}
	book("first", "[1 true 100 150 false 3 false 100 150 false]")
	c.head = 8
	c.cancel(7, 1, area, 40)
	c.order(8, 4, m1, area, 40)
	book("cancelled", "[1 true 100 150 true 3 false 100 150 false 4 true 100 150 false]")
	if want := [][2]uint64{{0, 5}, {6, 8}}; fmt.Sprint(c.reads) != fmt.Sprint(want) {
		t.Fatalf("read %v, want %v", c.reads, want)
	}
}

// TestBookReadAtFollowedBlock: an interval's book is read from the contract at the block the
// events were followed to, and must hold the events' order IDs, not only as many: a book
// that differs on every try is ErrRetry (the relayer's 503 with Retry-After), never
// returned.
func TestBookReadAtFollowedBlock(t *testing.T) {
	area, _ := AreaCode("mapo-1")
	m1, _ := MeterHash("M-1")
	c := newFakeChain(t, 7, 0)
	c.order(2, 1, m1, area, 40)
	c.order(4, 3, m1, area, 40)
	f := c.filterer()
	var contract []int64 // the contract's order IDs of the book
	var at []string      // the blocks it was read at
	mk := &Market{follow: newFollower(c, c.market, f), readAt: func(opts *bind.CallOpts, _ common.Hash, _ uint64, _ []Order) (atBlock, error) {
		at = append(at, fmt.Sprint(opts.BlockNumber))
		st := bookState{}
		for _, id := range contract {
			st.Orders = append(st.Orders, big.NewInt(id))
		}
		return atBlock{st: st}, nil
	}}
	ctx := context.Background()
	for _, tc := range []struct {
		name     string
		contract []int64
		want     error // nil: the events' book
	}{
		{"the same orders", []int64{1, 3}, nil},
		{"as many orders, others", []int64{1, 2}, ErrRetry},
		{"one more", []int64{1, 3, 4}, ErrRetry},
		{"one fewer", []int64{1}, ErrRetry},
	} {
		t.Run(tc.name, func(t *testing.T) {
			contract, at = tc.contract, nil
			_, book, opts, err := mk.book(ctx, area, 40)
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			want := []string{"7"}
			if tc.want != nil {
				want = []string{"7", "7", "7"} // every try at the followed block
				rec := httptest.NewRecorder()
				answer(rec, nil, err)
				if rec.Code != http.StatusServiceUnavailable || rec.Header().Get("Retry-After") == "" || !strings.Contains(rec.Body.String(), "try again") {
					t.Fatalf("answered %d (Retry-After %q) %s, want 503 asking to try again", rec.Code, rec.Header().Get("Retry-After"), rec.Body)
				}
			} else if len(book) != 2 || opts.BlockNumber.Uint64() != 7 {
				t.Fatalf("book %v read at %v, want orders 1 and 3 at block 7", book, opts.BlockNumber)
			}
			if fmt.Sprint(at) != fmt.Sprint(want) {
				t.Fatalf("the contract read at blocks %v, want %v", at, want)
			}
		})
	}
}

// TestFollowerPrunesSettledBooks: the book of an interval settled more than pruneAfter ago
// (and before the undo window) leaves the index, with its cancellations; the interval still
// answers the same book, read from the chain's events at the followed block; a reorganisation
// leaves it out, a rebuild prunes it again.
func TestFollowerPrunesSettledBooks(t *testing.T) {
	area, _ := AreaCode("mapo-1")
	m1, _ := MeterHash("M-1")
	const hour = 3600
	c := newFakeChain(t, 10, hour)
	c.order(2, 1, m1, area, 40)
	c.order(3, 2, m1, area, 40)
	c.cancel(4, 2, area, 40)
	c.settled(5, area, 40)
	c.order(6, 3, m1, area, 41)
	c.cancel(7, 3, area, 41)
	f, err := solarmarket.NewSolarMarketFilterer(c.market, c) // the pruned book is read through c
	if err != nil {
		t.Fatal(err)
	}
	contract := map[uint64][]int64{40: {1, 2}, 41: {3}} // the contract's order IDs of each book
	mk := &Market{follow: newFollower(c, c.market, f), readAt: func(_ *bind.CallOpts, _ common.Hash, k uint64, _ []Order) (atBlock, error) {
		st := bookState{}
		for _, id := range contract[k] {
			st.Orders = append(st.Orders, big.NewInt(id))
		}
		return atBlock{st: st}, nil
	}}
	mk.follow.window = 8 // blocks an hour apart: 64 would keep the settlement in the window
	ctx := context.Background()
	check := func(step string, head uint64, kept40 bool) {
		t.Helper()
		c.head, c.reads = head, nil
		for k, want := range map[uint64]string{40: "[1 false 2 true]", 41: "[3 true]"} {
			_, book, opts, err := mk.book(ctx, area, k)
			if err != nil {
				t.Fatalf("%s: interval %d: %v", step, k, err)
			}
			var s []string
			for _, o := range book {
				s = append(s, fmt.Sprintf("%d %v", o.ID, o.Cancelled))
			}
			if fmt.Sprint(s) != want || opts.BlockNumber.Uint64() != head {
				t.Fatalf("%s: interval %d's book %v at block %v, want %s at %d", step, k, s, opts.BlockNumber, want, head)
			}
		}
		mk.follow.view(func(idx *index) {
			_, has := idx.books[areaInterval{area, 40}]
			if has != kept40 || idx.cancelled[2] != kept40 || !idx.cancelled[3] || len(idx.books[areaInterval{area, 41}]) != 1 {
				t.Fatalf("%s: the index keeps interval 40's book %v (cancellation %v), want %v; interval 41's %v",
					step, has, idx.cancelled[2], kept40, idx.books[areaInterval{area, 41}])
			}
		})
		// The pruned book is read from the events up to the followed block, not the head.
		for _, r := range c.reads {
			if r[1] != head {
				t.Fatalf("%s: read blocks %d-%d, want reads up to the followed block %d", step, r[0], r[1], head)
			}
		}
	}
	check("settled 5 hours ago", 10, true)
	check("settled 2 days ago", 5+48, true)
	check("settled 2 days and an hour ago", 5+49, false)
	check("no new block", 5+49, false)
	if len(c.reads) == 0 {
		t.Fatalf("no new block: read %v, want the pruned book read from the events", c.reads)
	}
	c.reorg(5+49, 1) // the head is replaced: taken back
	check("reorganised", 5+49, false)
	c.reorg(9, 2) // from before the oldest block kept: the index is rebuilt, then pruned again
	check("rebuilt", 5+49, false)
}

// cleared puts the Cleared of interval k of area at price in block b.
func (c *fakeChain) cleared(b uint64, area common.Hash, k, price uint64) {
	c.t.Helper()
	a, _ := solarmarket.SolarMarketMetaData.GetAbi()
	ev := a.Events["Cleared"]
	data, err := ev.Inputs.NonIndexed().Pack(price, uint64(100), [32]byte{}, []uint64{})
	if err != nil {
		c.t.Fatal(err)
	}
	c.logs[b] = append(c.logs[b], types.Log{Address: c.market, BlockNumber: b, Data: data,
		Topics: []common.Hash{ev.ID, area, common.BigToHash(new(big.Int).SetUint64(k))}})
}

// dump is everything an index holds, printed in a stable order.
func dump(idx *index) string {
	orders := map[common.Hash][]string{}
	for m, os := range idx.orders {
		for _, o := range os {
			orders[m] = append(orders[m], fmt.Sprint(o.id, o.area, o.interval, o.bid))
		}
	}
	return fmt.Sprint(idx.books, idx.cancelled, orders, idx.prices, idx.settledAt, idx.owed, idx.debtPaid, idx.settlements, idx.prunedTo)
}

// TestFollowerTakesBackReorganisations: a reorganisation within the undo window takes the
// replaced blocks' changes back and reads the new branch from the fork only; one deeper than
// the window rebuilds from block 0 and says so. Each time the index is the one a new
// follower reads from the new branch.
func TestFollowerTakesBackReorganisations(t *testing.T) {
	area, _ := AreaCode("mapo-1")
	m1, _ := MeterHash("M-1")
	m2, _ := MeterHash("M-2")
	c := newFakeChain(t, 100, 0)
	id := int64(0)
	for b := uint64(10); b <= 100; b += 3 { // an order every 3 blocks, each interval settled 6 blocks later
		id++
		c.order(b, id, m1, area, b)
		if b+6 <= 100 {
			c.cleared(b+5, area, b, 120)
			c.settled(b+6, area, b)
		}
	}
	c.debt(95, false, 20, 40)
	var log strings.Builder
	fl, f := c.synced(&log)
	ctx := context.Background()
	for _, tc := range []struct {
		name      string
		fork      uint64 // the first block replaced
		head      uint64
		branch    func() // the new branch's events from fork on
		firstRead uint64 // the first block read again: after the last block with events kept
		rebuilt   bool
	}{
		{"one block", 100, 101, func() {
			c.order(100, 500, m2, area, 100)
			c.debt(101, true, 20, 15)
		}, 100, false},
		{"three blocks", 99, 101, func() {
			c.cancel(99, 30, area, 97) // an order posted before the fork (block 97)
			c.cleared(100, area, 97, 90)
			c.settled(101, area, 97)
			c.debt(101, false, 33, 7)
		}, 98, false}, // after block 97, the last with events before the fork
		{"deeper than the window", 100 - undoWindow, 102, func() {
			c.order(40, 600, m2, area, 40)
		}, 0, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for b := tc.fork; b <= c.head; b++ {
				delete(c.logs, b)
			}
			c.head = tc.head
			c.reorg(tc.fork, byte(tc.fork)) // a branch of its own
			tc.branch()
			c.reads, log = nil, strings.Builder{}
			if err := fl.sync(ctx); err != nil {
				t.Fatal(err)
			}
			if len(c.reads) == 0 || c.reads[0][0] != tc.firstRead {
				t.Fatalf("read %v, want the blocks from %d", c.reads, tc.firstRead)
			}
			if said := strings.Contains(log.String(), "rebuilding it from block 0"); said != tc.rebuilt {
				t.Fatalf("log %q: a rebuild said %v, want %v", log.String(), said, tc.rebuilt)
			}
			fresh := newFollower(c, c.market, f)
			if err := fresh.sync(ctx); err != nil {
				t.Fatal(err)
			}
			var got, want string
			var at, wantAt uint64
			fl.viewAt(func(idx *index, b uint64) { got, at = dump(idx), b })
			fresh.viewAt(func(idx *index, b uint64) { want, wantAt = dump(idx), b })
			if got != want || at != wantAt {
				t.Fatalf("index at block %d:\n%s\nwant the new branch's, at block %d:\n%s", at, got, wantAt, want)
			}
		})
	}
}

// fakeNode answers JSON-RPC batches of eth_calls to the market, recording them.
type fakeNode struct {
	t       *testing.T
	batches [][]rpc.BatchElem
	answer  func(method string, args []any) []any // the outputs of a call
	// limit: a larger batch is refused as go-ethereum's --rpc.batch-request-limit does (0:
	// none is).
	limit int
}

func (n *fakeNode) BatchCallContext(_ context.Context, b []rpc.BatchElem) error {
	n.batches = append(n.batches, b)
	if n.limit > 0 && len(b) > n.limit {
		for i := range b {
			b[i].Error = rpc.ErrMissingBatchResponse
		}
		b[0].Error = errors.New("batch too large")
		return nil
	}
	a := marketABI()
	for i, e := range b {
		data := e.Args[0].(map[string]any)["data"].(hexutil.Bytes)
		m, err := a.MethodById(data[:4])
		if err != nil {
			n.t.Fatal(err)
		}
		args, err := m.Inputs.Unpack(data[4:])
		if err != nil {
			n.t.Fatal(err)
		}
		out, err := m.Outputs.Pack(n.answer(m.Name, args)...)
		if err != nil {
			n.t.Fatalf("%s: %v", m.Name, err)
		}
		*b[i].Result.(*hexutil.Bytes) = out
	}
	return nil
}

// TestIntervalReadInOneBatch: an interval's book, its orders and their readings are read from
// the contract in one JSON-RPC batch of eth_calls, all at the followed block.
func TestIntervalReadInOneBatch(t *testing.T) {
	area, _ := AreaCode("mapo-1")
	m1, _ := MeterHash("M-1")
	m2, _ := MeterHash("M-2")
	c := newFakeChain(t, 7, 0)
	c.order(2, 1, m1, area, 40)
	c.order(4, 3, m2, area, 40)
	f := c.filterer()
	node := &fakeNode{t: t, answer: func(method string, args []any) []any {
		switch method {
		case "getBook":
			return []any{[]*big.Int{big.NewInt(1), big.NewInt(3)}, [32]byte{9}, true, false, uint64(135), uint64(700), [3]uint64{100, 200, 10}}
		case "getOrder":
			id := args[0].(*big.Int).Uint64()
			return []any{solarmarket.SolarMarketOrder{Owner: common.Address{byte(id)}, Interval: 40, Wh: 100, Filled: 10 * id, Cancelled: id == 3}}
		case "getReading":
			meter := args[0].([32]byte)
			return []any{uint64(1800), common.Hash(meter) == m1}
		}
		t.Fatalf("unexpected call %s", method)
		return nil
	}}
	mk := &Market{follow: newFollower(c, c.market, f), readAt: readBatch(node, c.market, batchCalls, nil)}
	at, book, _, err := mk.book(context.Background(), area, 40)
	if err != nil {
		t.Fatal(err)
	}
	if len(node.batches) != 1 || len(node.batches[0]) != 5 {
		t.Fatalf("%d batches (%d calls in the first), want 1 of 5: the book, 2 orders, 2 readings", len(node.batches), len(node.batches[0]))
	}
	for _, e := range node.batches[0] {
		if e.Method != "eth_call" || e.Args[1] != "0x7" || e.Args[0].(map[string]any)["to"] != c.market {
			t.Fatalf("call %s %v, want an eth_call to the market at the followed block 0x7", e.Method, e.Args)
		}
	}
	got := fmt.Sprint(len(book), at.st.Price, at.st.Tariffs, at.orders[0].Filled, at.orders[1].Filled, at.orders[1].Cancelled, at.orders[1].Owner == common.Address{3},
		readingOf(at.readings[0]), readingOf(at.readings[1]))
	if want := "2 135 [100 200 10] 10 30 true true 1.8 <nil>"; got != want {
		t.Fatalf("read %s, want %s", got, want)
	}
}

// TestStatementOrdersAfterPruning: with interval books pruned, a meter's orders (with their
// intervals' prices, settlement blocks and the utility's debts) are still the index's, the
// same as a follower that pruned nothing holds: a statement reads no event, not the area's
// whole history. On a node that caps eth_getLogs ranges the follower reads in the ranges it
// gives and holds the same.
func TestStatementOrdersAfterPruning(t *testing.T) {
	area, _ := AreaCode("mapo-1")
	m1, _ := MeterHash("M-1")
	m2, _ := MeterHash("M-2")
	m3, _ := MeterHash("M-3")
	const hour = 3600
	c := newFakeChain(t, 12+49, hour)
	c.order(2, 1, m1, area, 40)
	c.order(3, 2, m2, area, 40)
	c.cleared(4, area, 40, 130)
	c.settled(5, area, 40)
	c.debt(5, false, 2, 30) // the utility could not pay m2's order
	c.debt(9, true, 2, 10)
	c.order(6, 3, m3, area, 41) // open
	c.order(7, 4, m1, area, 42)
	c.cleared(8, area, 42, 140)
	c.order(10, 5, m1, area, 43)
	c.cleared(11, area, 43, 150)
	c.settled(12, area, 43)
	c.settled(13, area, 42) // 48 hours ago: kept
	capped := newFakeChain(t, c.head, hour)
	capped.logs, capped.maxRange = c.logs, 7
	f := c.filterer()
	fl, all, small := newFollower(c, c.market, f), newFollower(c, c.market, f), newFollower(capped, c.market, f)
	fl.window, all.window, small.window = 8, 1000, 8 // all prunes nothing: its settlements never leave the window
	ctx := context.Background()
	for _, x := range []*follower{fl, all, small} {
		if err := x.sync(ctx); err != nil {
			t.Fatal(err)
		}
	}
	fl.view(func(idx *index) {
		if _, has := idx.books[areaInterval{area, 43}]; has || !idx.pruned(areaInterval{area, 40}) || idx.pruned(areaInterval{area, 42}) {
			t.Fatalf("the books of 40 and 43 are kept or 42's pruned: %v", idx.books)
		}
	})
	if len(capped.reads) < 61/7 {
		t.Fatalf("the capped node was read in %v, want ranges of at most 7 blocks", capped.reads)
	}
	orders := func(x *follower, meter common.Hash, first uint64) string {
		t.Helper()
		return meterOrdersOf(t, x, meter, area, first, first+10, false)
	}
	for _, tc := range []struct {
		name  string
		meter common.Hash
		first uint64
		want  string
	}{
		{"pruned books", m1, 38, "61 [1 40 130 5 true 0 0 4 42 140 13 true 0 0 5 43 150 12 true 0 0]"},
		{"after them", m1, 44, "61 []"},
		{"owed on", m2, 38, "61 [2 40 130 5 true 30 10]"},
		{"open", m3, 38, "61 [3 41 0 0 false 0 0]"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c.reads, capped.reads = nil, nil
			for _, x := range []*follower{fl, all, small} {
				if got := orders(x, tc.meter, tc.first); got != tc.want {
					t.Fatalf("orders %s, want %s", got, tc.want)
				}
			}
			if len(c.reads)+len(capped.reads) > 0 {
				t.Fatalf("read the events %v %v, want none", c.reads, capped.reads)
			}
		})
	}
}

// TestFollowerWaitsForLaggingNode: a node whose head falls behind the followed block (a
// lagging or resyncing node), its blocks the same, leaves the index as it is (no block
// taken back, no rebuild from block 0 against its stale head) and says it waits, as a
// retry; once the node is past the followed block again only the new blocks are read.
func TestFollowerWaitsForLaggingNode(t *testing.T) {
	area, _ := AreaCode("mapo-1")
	m1, _ := MeterHash("M-1")
	c := newFakeChain(t, 100, 0)
	for b := uint64(10); b <= 100; b += 3 {
		c.order(b, int64(b), m1, area, b)
	}
	var log strings.Builder
	fl, _ := c.synced(&log)
	ctx := context.Background()
	var before string
	fl.viewAt(func(idx *index, b uint64) { before = fmt.Sprint(b, dump(idx)) })
	for _, head := range []uint64{99, 90, 100 - undoWindow - 10, 0} {
		c.head, c.reads = head, nil
		err := fl.sync(ctx)
		if !errors.Is(err, ErrRetry) || !strings.Contains(err.Error(), "behind the followed block 100") {
			t.Fatalf("head %d: err = %v, want the node behind block 100, a retry", head, err)
		}
		var got string
		fl.viewAt(func(idx *index, b uint64) { got = fmt.Sprint(b, dump(idx)) })
		if got != before || len(c.reads) > 0 || strings.Contains(log.String(), "reorganised") {
			t.Fatalf("head %d: index %s (read %v, log %q), want it unchanged, nothing read", head, got, c.reads, log.String())
		}
	}
	c.head, c.reads = 103, nil
	c.order(102, 102, m1, area, 102)
	if err := fl.sync(ctx); err != nil {
		t.Fatal(err)
	}
	var n int
	fl.view(func(idx *index) { n = len(idx.orders[m1]) })
	if fmt.Sprint(c.reads) != "[[101 103]]" || n != 32 {
		t.Fatalf("caught up: read %v, %d orders, want blocks 101-103 and 32 orders", c.reads, n)
	}
}

// TestIntervalReadInBatchesOfAtMost: a full book's calls (1 + 2 per order) go in batches of
// at most batchCalls; a node that refuses a batch as too large has the interval read one
// call at a time (readEach), the same view.
func TestIntervalReadInBatchesOfAtMost(t *testing.T) {
	area, _ := AreaCode("mapo-1")
	m1, _ := MeterHash("M-1")
	c := newFakeChain(t, 7, 0)
	var ids []*big.Int
	for id := int64(1); id <= 120; id++ {
		c.order(2, id, m1, area, 40)
		ids = append(ids, big.NewInt(id))
	}
	f := c.filterer()
	answer := func(method string, args []any) []any {
		switch method {
		case "getBook":
			return []any{ids, [32]byte{9}, true, false, uint64(135), uint64(700), [3]uint64{100, 200, 10}}
		case "getOrder":
			return []any{solarmarket.SolarMarketOrder{Interval: 40, Wh: 100, Filled: args[0].(*big.Int).Uint64()}}
		}
		return []any{uint64(1800), true}
	}
	for _, tc := range []struct {
		name    string
		limit   int // the node's batch limit
		batches string
		each    bool
	}{
		{"the node takes 1000", 1000, "[100 100 41]", false},
		{"the node takes 50", 50, "[100]", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			node := &fakeNode{t: t, answer: answer, limit: tc.limit}
			each := false
			mk := &Market{follow: newFollower(c, c.market, f)}
			mk.readAt = readBatch(node, c.market, batchCalls, func(opts *bind.CallOpts, code common.Hash, k uint64, book []Order) (atBlock, error) {
				each = true
				return readBatch(&fakeNode{t: t, answer: answer}, c.market, 1, nil)(opts, code, k, book) // as one call at a time
			})
			at, book, _, err := mk.book(context.Background(), area, 40)
			if err != nil {
				t.Fatal(err)
			}
			var sizes []int
			for _, b := range node.batches {
				sizes = append(sizes, len(b))
			}
			if fmt.Sprint(sizes) != tc.batches || each != tc.each {
				t.Fatalf("batches of %v, one at a time %v; want %s, %v", sizes, each, tc.batches, tc.each)
			}
			if len(book) != 120 || at.st.Price != 135 || at.orders[119].Filled != 120 || readingOf(at.readings[119]).String() != "1.8" {
				t.Fatalf("read %d orders, price %d, the last filled %d, reading %v", len(book), at.st.Price, at.orders[119].Filled, readingOf(at.readings[119]))
			}
		})
	}
}

// TestFollowerPrunesWithinTheUndoWindow: blocks 7 hours apart (the window of 8 blocks is 56
// hours, past pruneAfter): an interval settled in the block just before the window is
// pruned, one settled just inside it is not, though older than pruneAfter; a reorganisation
// from that block on (just inside the window) is taken back to the fork, not rebuilt, and
// the index, pruned again as the head moves on, is the one a new follower of the new branch
// holds.
func TestFollowerPrunesWithinTheUndoWindow(t *testing.T) {
	area, _ := AreaCode("mapo-1")
	m1, _ := MeterHash("M-1")
	const hour = 3600
	c := newFakeChain(t, 30, 7*hour)
	c.order(5, 1, m1, area, 40)
	c.order(6, 2, m1, area, 41)
	c.cleared(20, area, 41, 120)
	c.settled(22, area, 40) // 30 − 8: before the window, 56 hours ago
	c.settled(23, area, 41) // inside it, 49 hours ago
	c.order(24, 3, m1, area, 42)
	c.settled(26, area, 42)
	var log strings.Builder
	f := c.filterer()
	fl := newFollower(c, c.market, f)
	fl.window, fl.log = 8, slog.New(slog.NewTextHandler(&log, nil))
	if err := fl.sync(context.Background()); err != nil {
		t.Fatal(err)
	}
	pruned := func(k uint64) (p bool) {
		fl.view(func(idx *index) { p = idx.pruned(areaInterval{area, k}) })
		return p
	}
	if !pruned(40) || pruned(41) || pruned(42) {
		t.Fatalf("pruned 40 %v, 41 %v, 42 %v; want 40 only", pruned(40), pruned(41), pruned(42))
	}
	same := func(step string) {
		t.Helper()
		fresh := newFollower(c, c.market, f)
		fresh.window = 8
		if err := fresh.sync(context.Background()); err != nil {
			t.Fatal(err)
		}
		var got, want string
		fl.viewAt(func(idx *index, b uint64) { got = fmt.Sprint(b, dump(idx), idx.areaPruned) })
		fresh.viewAt(func(idx *index, b uint64) { want = fmt.Sprint(b, dump(idx), idx.areaPruned) })
		if got != want {
			t.Fatalf("%s: index\n%s\nwant the new branch's\n%s", step, got, want)
		}
	}
	// From block 23 on, another branch: 41 settled a block later, order 3 cancelled, 42
	// settled later, a new order.
	for b := uint64(23); b <= c.head; b++ {
		delete(c.logs, b)
	}
	c.head = 31
	c.reorg(23, 1)
	c.settled(24, area, 41)
	c.order(24, 3, m1, area, 42)
	c.cancel(25, 3, area, 42)
	c.settled(27, area, 42)
	c.order(31, 4, m1, area, 43)
	c.reads = nil
	if err := fl.sync(context.Background()); err != nil {
		t.Fatal(err)
	}
	if len(c.reads) == 0 || c.reads[0][0] != 23 || strings.Contains(log.String(), "rebuilding") {
		t.Fatalf("read %v (log %q), want the blocks from the fork, 23, and no rebuild", c.reads, log.String())
	}
	same("reorganised")
	if !pruned(40) || pruned(41) {
		t.Fatalf("reorganised: pruned 40 %v, 41 %v; want 40 only", pruned(40), pruned(41))
	}
	c.head = 40 // 41 and 42 now settled long before the window
	if err := fl.sync(context.Background()); err != nil {
		t.Fatal(err)
	}
	same("pruned again")
	if !pruned(41) || !pruned(42) {
		t.Fatalf("head 40: pruned 41 %v, 42 %v; want both", pruned(41), pruned(42))
	}
}

// TestStatementPaymentsInFewReads: a month's payments are read over the blocks of its
// settlements in one eth_getLogs when the node allows it (a month on a 1 s chain is some 2.6M
// blocks: in pages of logpage.Page blocks, 1,300 reads on a public route); a node capping the
// range has it halved down to what it gives, then read in ranges that wide.
func TestStatementPaymentsInFewReads(t *testing.T) {
	a, _ := solarmarket.SolarMarketMetaData.GetAbi()
	ev := a.Events["Paid"]
	const from, to = 1_000, 101_000
	for _, tc := range []struct {
		name     string
		maxRange uint64
		maxReads int
	}{
		{"uncapped", 0, 1},
		// 100,001 → 50,000 → 25,000 → 12,500 refused, then 6,250 at a time (16 reads), a
		// doubling tried after 8 of them.
		{"capped at 10,000 blocks", 10_000, 4 + 16 + 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newFakeChain(t, to+10, 1)
			c.maxRange = tc.maxRange
			var ids []common.Hash
			for i, b := range []uint64{from, 50_000, to} {
				data, err := ev.Inputs.NonIndexed().Pack(big.NewInt(100), uint8(paidEnergy))
				if err != nil {
					t.Fatal(err)
				}
				id := common.BigToHash(big.NewInt(int64(i + 1)))
				ids = append(ids, id)
				c.logs[b] = append(c.logs[b], types.Log{Address: c.market, BlockNumber: b, Data: data,
					Topics: []common.Hash{ev.ID, common.BytesToHash([]byte{2}), common.BytesToHash([]byte{3}), id}})
			}
			q := ethereum.FilterQuery{Addresses: []common.Address{c.market}, Topics: [][]common.Hash{{paidEvent}, nil, nil, ids}}
			var got []uint64
			err := readPayments(context.Background(), c, q, from, to, func(logs []types.Log) error {
				for _, l := range logs {
					got = append(got, l.BlockNumber)
				}
				return nil
			})
			if err != nil || fmt.Sprint(got) != "[1000 50000 101000]" {
				t.Fatalf("payments in blocks %v, %v; want blocks 1000, 50000, 101000", got, err)
			}
			if len(c.reads) > tc.maxReads {
				t.Fatalf("%d reads, want at most %d: %v", len(c.reads), tc.maxReads, c.reads)
			}
		})
	}
}

// TestFollowerRebuildsAnotherChain: a node behind the followed block whose block 0 is not the
// index's serves another chain (a devnet restarted under a running relayer): the index is
// rebuilt from it at once, said in the log, not waited for until the new chain passes the
// old height; a node behind on the same chain is still waited for.
func TestFollowerRebuildsAnotherChain(t *testing.T) {
	area, _ := AreaCode("mapo-1")
	m1, m2 := common.Hash{1}, common.Hash{2}
	c := newFakeChain(t, 100, 0)
	for b := uint64(10); b <= 100; b += 3 {
		c.order(b, int64(b), m1, area, b)
	}
	var log strings.Builder
	fl, _ := c.synced(&log)
	ctx := context.Background()
	c.head = 20 // the same chain, lagging
	if err := fl.sync(ctx); !errors.Is(err, ErrRetry) {
		t.Fatalf("lagging node: err = %v, want a retry", err)
	}
	// Another chain: every block another hash, block 0 too, and other events.
	c.logs = map[uint64][]types.Log{}
	c.order(5, 1, m2, area, 7)
	c.reorg(0, 9)
	c.reads = nil
	if err := fl.sync(ctx); err != nil {
		t.Fatalf("another chain: err = %v, want it rebuilt", err)
	}
	var got string
	fl.viewAt(func(idx *index, b uint64) { got = fmt.Sprint(b, " ", len(idx.orders[m1]), " ", len(idx.orders[m2])) })
	if got != "20 0 1" || fmt.Sprint(c.reads) != "[[0 20]]" || !strings.Contains(log.String(), "another chain") {
		t.Fatalf("index at block, orders of m1, m2: %s (read %v, log %q); want 20 0 1, blocks 0-20 read, the rebuild logged", got, c.reads, log.String())
	}
	// Then followed as any chain: the new blocks only.
	c.head, c.reads = 25, nil
	if err := fl.sync(ctx); err != nil || fmt.Sprint(c.reads) != "[[21 25]]" {
		t.Fatalf("after the rebuild: read %v, %v; want blocks 21-25", c.reads, err)
	}
}

// TestFollowerForgetsOldOrders: the orders, prices and settlement blocks of intervals settled
// more than the retention ago are dropped from the index (its memory does not grow for
// good); an old month's orders are then read back from the market's events, over only the
// blocks they were posted and settled in, the same as a follower that kept them holds (the
// utility's debts are kept); a recent month's are still the index's, no event read.
func TestFollowerForgetsOldOrders(t *testing.T) {
	area, _ := AreaCode("mapo-1")
	other, _ := AreaCode("gangnam-1")
	m1, m2 := common.Hash{1}, common.Hash{2}
	const day = 24 * 3600
	c := newFakeChain(t, 40, day)
	c.order(2, 1, m1, area, 100)
	c.order(2, 3, m2, area, 100)
	c.order(2, 9, m1, other, 100) // another area's
	c.cleared(3, area, 100, 130)
	c.order(3, 2, m1, area, 101)
	c.settled(4, area, 100)
	c.debt(4, false, 1, 30) // the utility could not pay order 1
	c.cleared(5, area, 101, 140)
	c.settled(6, area, 101)
	c.debt(30, true, 1, 10)
	c.order(34, 4, m1, area, 200) // recent: kept
	c.cleared(35, area, 200, 150)
	c.settled(36, area, 200)
	f := c.filterer()
	var log strings.Builder
	fl, all := newFollower(c, c.market, f), newFollower(c, c.market, f)
	fl.log = slog.New(slog.NewTextHandler(&log, nil))
	fl.window, all.window = 8, 8
	fl.retain = 5 * day // settled at block 4 and 6: 36 and 34 days before the head
	ctx := context.Background()
	for _, x := range []*follower{fl, all} {
		if err := x.sync(ctx); err != nil {
			t.Fatal(err)
		}
	}
	fl.view(func(idx *index) {
		got := fmt.Sprint(len(idx.orders[m1]), len(idx.orders[m2]), len(idx.prices), len(idx.settledAt), idx.forgot[area], len(idx.retained))
		if want := "2 0 1 1 [{100 101 2 6}] 1"; got != want { // m1's order of the other area and of 200
			t.Fatalf("index after forgetting: %s, want %s", got, want)
		}
	})
	if !strings.Contains(log.String(), "intervals=2") {
		t.Fatalf("log %q, want the 2 intervals dropped said", log.String())
	}
	for _, tc := range []struct {
		name  string
		meter common.Hash
		first uint64
		reads string
	}{
		{"forgotten", m1, 95, "[[2 6] [2 6]]"},
		{"forgotten, another meter", m2, 95, "[[2 6] [2 6]]"},
		{"kept", m1, 150, "[]"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want := meterOrdersOf(t, all, tc.meter, area, tc.first, tc.first+110, true)
			c.reads = nil
			if got := meterOrdersOf(t, fl, tc.meter, area, tc.first, tc.first+110, true); got != want {
				t.Fatalf("orders %s, want %s (as a follower that kept them)", got, want)
			}
			if fmt.Sprint(c.reads) != tc.reads && !(tc.reads == "[]" && len(c.reads) == 0) {
				t.Fatalf("read the events of blocks %v, want %s", c.reads, tc.reads)
			}
		})
	}
}

// meterOrdersOf is x's orders of meter for intervals [first, last) of area, as text with the
// followed block (and each order's block if withBlock).
func meterOrdersOf(t *testing.T, x *follower, meter, area common.Hash, first, last uint64, withBlock bool) string {
	t.Helper()
	mine, block, err := x.meterOrders(context.Background(), meter, area, first, last)
	if err != nil {
		t.Fatal(err)
	}
	var s []string
	for _, o := range mine {
		if withBlock {
			s = append(s, fmt.Sprint(o.id, o.interval, o.block, o.price, o.settledAt, o.settled, o.owed, o.debtPaid))
		} else {
			s = append(s, fmt.Sprint(o.id, o.interval, o.price, o.settledAt, o.settled, o.owed, o.debtPaid))
		}
	}
	return fmt.Sprint(block, s)
}

// areaAdded puts the AreaAdded of area, intervals of length seconds, in block b.
func (c *fakeChain) areaAdded(b uint64, area common.Hash, length uint32) {
	c.t.Helper()
	a, _ := solarmarket.SolarMarketMetaData.GetAbi()
	ev := a.Events["AreaAdded"]
	data, err := ev.Inputs.NonIndexed().Pack(length, uint32(60))
	if err != nil {
		c.t.Fatal(err)
	}
	c.logs[b] = append(c.logs[b], types.Log{Address: c.market, BlockNumber: b, Data: data, Topics: []common.Hash{ev.ID, area}})
}

// tradingChain is a chain of a block every 15 minutes up to head, area added in block 1 with
// 15-minute intervals, where from block 10 every 4th block b has an order of m1 and one of
// m2 for interval b+2 (IDs b and b+1), cleared at b+3 and settled at b+4 (interval k starts
// at block k's time).
func tradingChain(t *testing.T, head uint64, area, m1, m2 common.Hash) *fakeChain {
	t.Helper()
	c := newFakeChain(t, head, 15*60)
	c.areaAdded(1, area, 15*60)
	for b := uint64(10); b+4 <= head; b += 4 {
		c.order(b, int64(b), m1, area, b+2)
		c.order(b, int64(b+1), m2, area, b+2)
		c.cleared(b+3, area, b+2, 100+b%50)
		c.settled(b+4, area, b+2)
	}
	return c
}

// TestStatementReadsItsMonthOnly: the orders forgotten in one pass (the first after a
// start, over more than two months) are recorded a run per day of their intervals (Seoul
// time), so an old month's orders are read back from that month's blocks only, in pages of
// logpage.Page blocks at first (not the whole range forgotten in one eth_getLogs: every
// order of every meter of the area), the same orders as a follower that kept them holds.
func TestStatementReadsItsMonthOnly(t *testing.T) {
	area, _ := AreaCode("mapo-1")
	m1, m2 := common.Hash{1}, common.Hash{2}
	const day = 24 * 3600
	const head = 100 * 96 // 100 days
	c := tradingChain(t, head, area, m1, m2)
	f := c.filterer()
	fl, all := newFollower(c, c.market, f), newFollower(c, c.market, f)
	fl.log = slog.New(slog.NewTextHandler(&strings.Builder{}, nil))
	fl.retain = 30 * day
	ctx := context.Background()
	for _, x := range []*follower{fl, all} {
		if err := x.sync(ctx); err != nil {
			t.Fatal(err)
		}
	}
	fl.view(func(idx *index) {
		runs := idx.forgot[area]
		if len(runs) < 69 || len(runs) > 72 {
			t.Fatalf("%d runs forgotten, want one per day of some 70 days", len(runs))
		}
		for i, r := range runs {
			if d := idx.day(areaInterval{area, r.first}); d != idx.day(areaInterval{area, r.last}) || i > 0 && d <= idx.day(areaInterval{area, runs[i-1].first}) {
				t.Fatalf("run %d: intervals %d-%d, want one day's, after the run before's day", i, r.first, r.last)
			}
		}
	})
	month, _ := ParseMonth("1970-02")
	first, last := (uint64(month.Unix())+899)/900, (uint64(month.AddDate(0, 1, 0).Unix())+899)/900
	for _, m := range []common.Hash{m1, m2} {
		want := meterOrdersOf(t, all, m, area, first, last, true)
		c.reads = nil
		if got := meterOrdersOf(t, fl, m, area, first, last, true); got != want {
			t.Fatalf("orders %s, want %s (as a follower that kept them)", got, want)
		}
		// Orders for interval k are in block k-2, its settlement in k+2.
		if len(c.reads) == 0 || c.reads[0][1]-c.reads[0][0]+1 > logpage.Page {
			t.Fatalf("read blocks %v, want pages of at most %d blocks first", c.reads, logpage.Page)
		}
		for _, r := range c.reads {
			if r[0] < first-2 || r[1] > last+2 {
				t.Fatalf("read blocks %v, want only the month's: %d-%d", c.reads, first-2, last+2)
			}
		}
	}
}

// TestFollowerRebuildRetains: a rebuild from block 0 (a start) of a chain far longer than the
// retention drops, as it reads the pages, the books settled more than pruneAfter and the
// orders settled more than the retention before the head (by the time of the pages' last
// blocks), recording where the orders' events are: it never holds more than the retention's
// orders and a few days (a page, a forget pass a day), nor more than a few days' books.
// After it, an old month's orders are read back from the chain and a recent month's are the
// index's, the same as a follower that kept them all holds.
func TestFollowerRebuildRetains(t *testing.T) {
	area, _ := AreaCode("mapo-1")
	m1, m2 := common.Hash{1}, common.Hash{2}
	const day = 24 * 3600
	const perDay = 96 / 4 * 2 // orders: 2 every 4th 15-minute block
	const head = 425 * 96     // 425 days: 1971-02 (Seoul) is within the retention
	c := tradingChain(t, head, area, m1, m2)
	f := c.filterer()
	var log strings.Builder
	fl, all := newFollower(c, c.market, f), newFollower(c, c.market, f)
	fl.log = slog.New(slog.NewTextHandler(&log, nil))
	fl.retain, all.retain = 30*day, 1000*day
	fl.page, all.page = 5*96, 5*96 // 5 days a page
	var orders, books, pages int   // the most held after a page
	fl.rebuilding = func(idx *index) {
		pages++
		n := 0
		for _, os := range idx.orders {
			n += len(os)
		}
		orders, books = max(orders, n), max(books, len(idx.books))
	}
	ctx := context.Background()
	for _, x := range []*follower{fl, all} {
		if err := x.sync(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if pages < 80 || orders > perDay*(30+1+5+1) || books > perDay/2*(2+5+1) {
		t.Fatalf("held up to %d orders and %d books over %d pages; want at most %d orders (30 days, a page and a day), %d books (2 days and a page)",
			orders, books, pages, perDay*(30+1+5+1), perDay/2*(2+5+1))
	}
	if !strings.Contains(log.String(), "as the index was rebuilt") {
		t.Fatalf("log %q, want the orders not kept said", log.String())
	}
	fl.view(func(idx *index) {
		if runs := idx.forgot[area]; len(runs) < 360 {
			t.Fatalf("%d runs forgotten, want one a day of some 394 days", len(runs))
		}
	})
	for _, month := range []string{"1970-02", "1971-02"} { // forgotten, kept
		m, _ := ParseMonth(month)
		first, last := (uint64(m.Unix())+899)/900, (uint64(m.AddDate(0, 1, 0).Unix())+899)/900
		want := meterOrdersOf(t, all, m1, area, first, last, true)
		c.reads = nil
		if got := meterOrdersOf(t, fl, m1, area, first, last, true); got != want || len(want) < 1000 {
			t.Fatalf("%s: orders %.200s, want %.200s (as a follower that kept them)", month, got, want)
		}
		if month == "1971-02" && len(c.reads) > 0 {
			t.Fatalf("%s: read blocks %v, want the index's orders", month, c.reads)
		}
	}
}

// TestForgetSwapsInChunks: a forget pass changes the index in swaps (under the follower's
// lock when live): the runs, then the kept orders of at most forgetChunk meters at a time,
// then the prices and settlement blocks; between any two, every order forgotten is still in
// the index with its interval's price and settlement block, or in a run.
func TestForgetSwapsInChunks(t *testing.T) {
	area, _ := AreaCode("mapo-1")
	idx := newIndex()
	const meters = 2*forgetChunk + 5
	for k := uint64(1); k <= 4; k++ {
		for m := range meters {
			meter := common.BigToHash(big.NewInt(int64(m)))
			idx.orders[meter] = append(idx.orders[meter], posted{id: k*meters + uint64(m), area: area, interval: k, block: 10 * k})
		}
		ak := areaInterval{area, k}
		idx.prices[ak], idx.settledAt[ak] = 100+k, 10*k+5
		idx.retained = append(idx.retained, settlement{ak, 10*k + 5})
	}
	found := func(step string) {
		t.Helper()
		for m := range meters {
			meter := common.BigToHash(big.NewInt(int64(m)))
			for k := uint64(1); k <= 3; k++ { // forgotten
				held := slices.ContainsFunc(idx.orders[meter], func(o posted) bool { return o.interval == k })
				from, to, run := idx.forgotIn(area, k, k+1)
				_, priced := idx.prices[areaInterval{area, k}]
				_, settled := idx.settledAt[areaInterval{area, k}]
				if !(held && priced && settled) && !(run && from <= 10*k && to >= 10*k+5) {
					t.Fatalf("%s: meter %d's order of interval %d: in the index %v (price %v, settlement %v), in a run %v (blocks %d-%d)",
						step, m, k, held, priced, settled, run, from, to)
				}
			}
		}
	}
	var swaps []int // meters whose orders each swap changed
	idx.forget(3, func(swap func()) {
		found(fmt.Sprintf("before swap %d", len(swaps)+1))
		before := maps.Clone(idx.orders)
		swap()
		n := 0
		for m, os := range before {
			if len(idx.orders[m]) != len(os) {
				n++
			}
		}
		swaps = append(swaps, n)
		found(fmt.Sprintf("after swap %d", len(swaps)))
	})
	if want := fmt.Sprint([]int{0, forgetChunk, forgetChunk, 5, 0}); fmt.Sprint(swaps) != want {
		t.Fatalf("swaps changed the orders of %v meters, want %s", swaps, want)
	}
	if got := fmt.Sprint(len(idx.orders), len(idx.prices), len(idx.settledAt), len(idx.retained), idx.forgot[area]); got != "2053 1 1 1 [{1 3 10 35}]" {
		t.Fatalf("index after forgetting: %s", got)
	}
}

// TestFollowerSyncHeaders: a sync with nothing to prune or forget reads the header of the
// block followed last only (the oldest settlements' times are kept, not read again each
// sync); a node failing to give block 0 is a retry (the relayer's 503), not a failure.
func TestFollowerSyncHeaders(t *testing.T) {
	area, _ := AreaCode("mapo-1")
	m1, m2 := common.Hash{1}, common.Hash{2}
	const day = 24 * 3600
	c := tradingChain(t, 100*96, area, m1, m2)
	c.head += 10 * 96 // 10 quiet days: every book pruned, the orders kept (13 months)
	var log strings.Builder
	fl, _ := c.synced(&log)
	ctx := context.Background()
	syncs := func(step string) {
		t.Helper()
		for i := range 3 {
			c.head++
			c.headers = nil
			if err := fl.sync(ctx); err != nil {
				t.Fatal(err)
			}
			if i == 2 && fmt.Sprint(c.headers) != fmt.Sprint([]uint64{c.head - 1}) { // the first reads the oldest settlement kept after a forget pass
				t.Fatalf("%s: sync %d: read headers %v, want block %d's only", step, i+1, c.headers, c.head-1)
			}
		}
	}
	syncs("kept")
	fl.retain = 30 * day
	syncs("forgotten")
	if !strings.Contains(log.String(), "dropped from memory") {
		t.Fatalf("log %q; want orders dropped", log.String())
	}

	blip := newFakeChain(t, 10, 0)
	blip.block0 = errors.New("connection reset by peer")
	x := newFollower(blip, blip.market, blip.filterer())
	if err := x.sync(ctx); !errors.Is(err, ErrRetry) || !strings.Contains(err.Error(), "connection reset") {
		t.Fatalf("block 0 not read: %v, want a retry saying why", err)
	}
}
