package solar

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"math/big"
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/seoulchain/seoulchain/bindings/solarmarket"
	"github.com/seoulchain/seoulchain/internal/logpage"
)

// followPage bounds one eth_getLogs range.
const followPage = 20_000

// pruneAfter is how long after its settlement (in block time, seconds) an interval's book
// stays in the index: the books are most of what the index holds, and a settled interval's
// is read rarely after a day or two (its statement lines need only the settlements and
// prices, which are kept). An older book is read from the chain's events when asked for.
const pruneAfter = 2 * 24 * 60 * 60

// retainFor is how long after its settlement (block time) an interval's orders, price and
// settlement block stay in the index (a follower's retain; 13 months: this month's and last
// year's same month's statements): some 60-110 bytes an order, which at 10,000 meters and
// 96 intervals a day is 50-100 MB a day. An older month's statement reads them back from
// the chain's events, over the blocks those orders were posted and settled in (forgotten).
const retainFor = 396 * 24 * 60 * 60

// forgetEvery: orders past retention are dropped once the oldest is this much past it, all
// at once: one pass over the index's orders a day, not one per interval settled.
const forgetEvery = 24 * 60 * 60

// logReader is what following the market needs of a node.
type logReader interface {
	ethereum.LogFilterer
	headReader
}

// posted is one order as its OrderPosted event told it: kept for the follower's retain (a
// statement of a month since reads its meter's orders from here), so small.
type posted struct {
	id       uint64
	area     common.Hash
	interval uint64
	block    uint64 // where it was posted: an older month's statement reads from there (forgotten)
	bid      bool
}

// areaInterval names one interval's book.
type areaInterval struct {
	area     common.Hash
	interval uint64
}

// index is what the views need of the market's history, kept from its events: each
// interval's book as posted (what Book reads, for `solar show` and the interval route) and
// the orders cancelled, until pruneAfter past the interval's settlement; for statements each
// meter's orders (OrderPosted indexes the area, not the meter), the clearing prices, the
// block of each settlement (where its Paid events are), and per order what the utility could
// not pay at settlement (UtilityDebt) and paid of it since (UtilityDebtPaid, in any later
// block). These are kept for the follower's retain (13 months; the debts for good): some
// 60-110 bytes an order and 150 an interval, against a
// book's orders and the scans of the whole history (every order of the area since block 0:
// the meter is not indexed) a statement would cost without them, on a public route.
type index struct {
	books     map[areaInterval][]Order
	cancelled map[uint64]bool
	orders    map[common.Hash][]posted
	prices    map[areaInterval]uint64
	settledAt map[areaInterval]uint64
	owed      map[uint64]*big.Int
	debtPaid  map[uint64]*big.Int
	// settlements are the settlements whose books are still kept, in block order (the order
	// they are pruned in); prunedTo is the block of the last one pruned: an interval settled
	// at or before it has no book here (pruned tells).
	settlements []settlement
	prunedTo    uint64
	// areaPruned is each area's latest interval whose book was pruned.
	areaPruned map[common.Hash]uint64
	// retained are the settlements whose orders, price and block are still kept, in block
	// order (the order they are forgotten in, past the follower's retain); forgot is, per
	// area, the intervals forgotten and the blocks their events are in, a run per day of the
	// intervals (Seoul time): a month's statement reads its own days' blocks only. The
	// utility's debts stay (only orders it could not pay have any).
	retained []settlement
	forgot   map[common.Hash][]forgotten
	// lengths is each area's interval length in seconds (AreaAdded; an area's is set once):
	// the day an interval starts in.
	lengths map[common.Hash]uint64
}

// forgotten is a run of an area's intervals, [first, last], all starting the same day (Seoul
// time), whose orders were dropped from the index: their OrderPosted, Cleared and Settled
// events are in blocks [from, to].
type forgotten struct {
	first, last uint64
	from, to    uint64
}

// defaultLength is the interval length taken for an area whose AreaAdded the index has not
// seen (none has orders: the market refuses them for an unknown area).
const defaultLength = 15 * 60

// seoulOffset is Seoul's offset from UTC in seconds (KST, no daylight saving time).
const seoulOffset = 9 * 60 * 60

// day is the day, in Seoul time, interval k starts in (days since 1970-01-01 KST).
func (idx *index) day(k areaInterval) uint64 {
	length := idx.lengths[k.area]
	if length == 0 {
		length = defaultLength
	}
	return (k.interval*length + seoulOffset) / (24 * 60 * 60)
}

// settlement is an interval settled in a block.
type settlement struct {
	k     areaInterval
	block uint64
}

func newIndex() *index {
	return &index{books: map[areaInterval][]Order{}, cancelled: map[uint64]bool{}, orders: map[common.Hash][]posted{},
		prices: map[areaInterval]uint64{}, settledAt: map[areaInterval]uint64{}, owed: map[uint64]*big.Int{}, debtPaid: map[uint64]*big.Int{},
		areaPruned: map[common.Hash]uint64{}, forgot: map[common.Hash][]forgotten{}, lengths: map[common.Hash]uint64{}}
}

// book is an interval's book as Book reads it from the events: the orders as posted,
// cancellations marked; a copy.
func (idx *index) book(k areaInterval) []Order {
	out := slices.Clone(idx.books[k])
	for i := range out {
		out[i].Cancelled = idx.cancelled[out[i].ID]
	}
	return out
}

// pruned tells whether interval k's book may have been dropped from the index (Market.book
// reads it from the chain's events): settled at or before prunedTo, or, its settlement
// dropped too, not in the index and not after the area's latest interval pruned (an
// interval there that never had an order is read from the events too: empty).
func (idx *index) pruned(k areaInterval) bool {
	if at, ok := idx.settledAt[k]; ok {
		return at <= idx.prunedTo
	}
	_, held := idx.books[k]
	p, ok := idx.areaPruned[k.area]
	return !held && ok && k.interval <= p
}

// drop drops the books of the first settlements, and their orders' cancellations (an order
// cannot be cancelled once its interval is settled); the meters' orders, prices and
// settlement blocks stay (statements).
func (idx *index) drop(n int) {
	for _, s := range idx.settlements[:n] {
		for _, o := range idx.books[s.k] {
			delete(idx.cancelled, o.ID)
		}
		delete(idx.books, s.k)
		idx.areaPruned[s.k.area] = max(idx.areaPruned[s.k.area], s.k.interval)
	}
	idx.prunedTo = idx.settlements[n-1].block
	idx.settlements = slices.Clone(idx.settlements[n:]) // a copy: the dropped ones are freed
}

// areaDay is an area's intervals starting in one day (Seoul time).
type areaDay struct {
	area common.Hash
	day  uint64
}

// forgetChunk is how many meters' orders a forget pass swaps in at a time: the lock is
// held for a swap only, and the copies made for it are of this many meters' orders at most
// (not a second copy of every order held).
const forgetChunk = 1_024

// forget drops the orders, prices and settlement blocks of the first n retained
// settlements, and records where their events are (forgotten), a run per area and day.
// What changes is made outside swap, which makes it the index's (for the live index, under
// the follower's lock: readers wait for the swaps only, not the walk over every order): the
// runs first, then the kept orders forgetChunk meters at a time, then the prices and
// settlement blocks, so that a reader in between finds each order forgotten still in the
// index with its price and block, or in a run (read back from the chain's events).
func (idx *index) forget(n int, swap func(func())) {
	gone := map[areaInterval]bool{}
	runs := map[areaDay]*forgotten{}
	for _, s := range idx.retained[:n] {
		gone[s.k] = true
		d := areaDay{s.k.area, idx.day(s.k)}
		f := runs[d]
		if f == nil {
			f = &forgotten{first: s.k.interval, last: s.k.interval, from: s.block, to: s.block}
			runs[d] = f
		}
		f.first, f.last = min(f.first, s.k.interval), max(f.last, s.k.interval)
		f.from, f.to = min(f.from, s.block), max(f.to, s.block)
	}
	var meters []common.Hash // those with orders forgotten
	for m, os := range idx.orders {
		hit := false
		for _, o := range os {
			k := areaInterval{o.area, o.interval}
			if !gone[k] {
				continue
			}
			hit = true
			// An order is posted before its interval's clearing: its Cleared event is after it.
			if f := runs[areaDay{o.area, idx.day(k)}]; o.block < f.from {
				f.from = o.block
			}
		}
		if hit {
			meters = append(meters, m)
		}
	}
	swap(func() { idx.addForgotten(runs) })
	for len(meters) > 0 {
		chunk := meters[:min(forgetChunk, len(meters))]
		meters = meters[len(chunk):]
		kept := make([][]posted, len(chunk))
		for i, m := range chunk {
			keep := func(o posted) bool { return !gone[areaInterval{o.area, o.interval}] }
			os := idx.orders[m]
			kept[i] = make([]posted, 0, countFunc(os, keep)) // a new slice, no larger: the dropped ones are freed
			for _, o := range os {
				if keep(o) {
					kept[i] = append(kept[i], o)
				}
			}
		}
		swap(func() {
			for i, m := range chunk {
				if len(kept[i]) == 0 {
					delete(idx.orders, m)
				} else {
					idx.orders[m] = kept[i]
				}
			}
		})
	}
	rest := slices.Clone(idx.retained[n:]) // a copy: the forgotten ones are freed
	swap(func() {
		for _, s := range idx.retained[:n] {
			delete(idx.prices, s.k)
			delete(idx.settledAt, s.k)
		}
		idx.retained = rest
	})
}

// countFunc is how many of s f is true of.
func countFunc[T any](s []T, f func(T) bool) int {
	n := 0
	for _, v := range s {
		if f(v) {
			n++
		}
	}
	return n
}

// addForgotten records runs, each area's in the order of their days; a run of the day of
// the area's last one (a day forgotten over two passes) is merged into it.
func (idx *index) addForgotten(runs map[areaDay]*forgotten) {
	days := slices.SortedFunc(maps.Keys(runs), func(a, b areaDay) int {
		return cmp.Or(a.area.Cmp(b.area), cmp.Compare(a.day, b.day))
	})
	for _, d := range days {
		f, fs := runs[d], idx.forgot[d.area]
		if n := len(fs); n > 0 && idx.day(areaInterval{d.area, fs[n-1].first}) == d.day {
			l := &fs[n-1]
			l.first, l.last, l.from, l.to = min(l.first, f.first), max(l.last, f.last), min(l.from, f.from), max(l.to, f.to)
			continue
		}
		idx.forgot[d.area] = append(fs, *f)
	}
}

// forgotIn tells whether orders of intervals [first, last) of area were forgotten, and the
// blocks their events are in.
func (idx *index) forgotIn(area common.Hash, first, last uint64) (from, to uint64, ok bool) {
	for _, f := range idx.forgot[area] {
		if f.last < first || f.first >= last {
			continue
		}
		if !ok {
			from, to, ok = f.from, f.to, true
		}
		from, to = min(from, f.from), max(to, f.to)
	}
	return from, to, ok
}

// meterOrder is one order of a meter as a statement needs it: its interval's price and
// settlement block, and the utility's debt for it and paid of it since.
type meterOrder struct {
	posted
	price, settledAt uint64
	settled          bool
	owed, debtPaid   *big.Int
}

// ordersOf is the orders of meter for intervals [first, last) of area.
func (idx *index) ordersOf(meter, area common.Hash, first, last uint64) []meterOrder {
	var mine []meterOrder
	for _, o := range idx.orders[meter] {
		if o.area != area || o.interval < first || o.interval >= last {
			continue
		}
		k := areaInterval{area, o.interval}
		at, settled := idx.settledAt[k]
		mine = append(mine, meterOrder{posted: o, price: idx.prices[k], settledAt: at, settled: settled,
			owed: orZero(idx.owed[o.id]), debtPaid: orZero(idx.debtPaid[o.id])})
	}
	return mine
}

// addTo adds v to m[k].
func addTo(m map[uint64]*big.Int, k uint64, v *big.Int) {
	if m[k] == nil {
		m[k] = new(big.Int)
	}
	m[k].Add(m[k], v)
}

// undoWindow is how many of the last blocks a reorganisation can replace and be taken back
// (the index rolled back to the fork, the new branch read): Clique's are a block or a few
// deep. A deeper one rebuilds the index from block 0.
const undoWindow = 64

// kept is a block the follower read whose hash it keeps, to find where a reorganisation
// forked: the blocks with events of the undo window, what each changed in the index (page:
// its events, merged; taken back by unmerge), and the last block read; the first may be
// older than the window (final: its changes and those before it are never taken back).
type kept struct {
	block uint64
	hash  common.Hash
	page  *index // nil: no events, or final
}

// followed is the index and the blocks it holds the events of: [0, next).
type followed struct {
	idx    *index
	blocks []kept // in block order; the last is next−1
	next   uint64
	// genesis is the hash of the chain's block 0 when the index was built: a node behind the
	// followed block with another genesis serves another chain (a devnet restarted), not a
	// lagging copy of this one.
	genesis common.Hash
}

// pageRead is one range of blocks read, not yet merged: the events of the final blocks (more
// than the window before the head) together, the others per block.
type pageRead struct {
	final  *index
	blocks []kept
	time   uint64 // the time of its last block: its settlements are no later
}

// add merges a page read; blocks more than window before top become final.
func (st *followed) add(p pageRead, top, window uint64) {
	st.idx.merge(p.final)
	for _, b := range p.blocks {
		if b.page != nil {
			st.idx.merge(b.page)
		}
	}
	st.blocks = append(st.blocks, p.blocks...)
	st.next = p.blocks[len(p.blocks)-1].block + 1
	if top < window {
		return
	}
	// The newest block at or before the window's start is kept as the oldest the index can be
	// rolled back to; the ones before it are dropped.
	i := -1
	for j, b := range st.blocks {
		if b.block <= top-window {
			i = j
		}
	}
	if i >= 0 {
		st.blocks = append([]kept{{block: st.blocks[i].block, hash: st.blocks[i].hash}}, st.blocks[i+1:]...)
	}
}

// takeBack undoes the changes of the blocks after blocks[fork] (the newest first): the
// index is as it was after that block.
func (st *followed) takeBack(fork int) {
	for i := len(st.blocks) - 1; i > fork; i-- {
		if st.blocks[i].page != nil {
			st.idx.unmerge(st.blocks[i].page)
		}
	}
	st.blocks = st.blocks[: fork+1 : fork+1] // appending copies: the pages taken back are freed
	st.next = st.blocks[fork].block + 1
}

// follower keeps an index of the market's events current by reading only the blocks
// mined since its last sync: the relayer's interval and statement routes read a long chain
// once, then a few blocks per request. A reorganisation is caught by the hash of the last
// block read (the chain no longer has it); within the undo window the index is rolled back
// to the fork and the new branch read, in one change (readers see the old branch's index,
// then the new one); deeper, the index is rebuilt from the start into a new index, which
// replaces the old one once complete (readers never see a partial history).
type follower struct {
	chain  logReader
	market common.Address
	f      *solarmarket.SolarMarketFilterer
	topics map[common.Hash]string
	window uint64 // undoWindow (a test's own)
	retain uint64 // retainFor (a test's own)
	page   uint64 // followPage (a test's own)
	// rebuilding, if set, sees the index being rebuilt after each page (a test's, to check
	// what it holds meanwhile).
	rebuilding func(*index)
	log        *slog.Logger
	// pages reads the events in the ranges the node gives (one that caps them halves the
	// range); under syncMu.
	pages *logpage.Pager

	syncMu sync.Mutex // one sync at a time
	mu     sync.RWMutex
	st     followed // changed under syncMu and mu
	// settleTime and retainTime are the times of the blocks of the oldest settlement whose
	// book is kept and of the oldest whose orders are, as read last (one header read per
	// settlement block, not per sync); under syncMu.
	settleTime, retainTime timeCache
}

// timeCache is a block's time as read last.
type timeCache struct{ block, time uint64 }

// blockTime is block b's time, from c when c holds b's (a settlement is never in block 0),
// else read and kept in c.
func (fl *follower) blockTime(ctx context.Context, b uint64, c *timeCache) (uint64, error) {
	if b != c.block {
		h, err := fl.chain.HeaderByNumber(ctx, new(big.Int).SetUint64(b))
		if err != nil {
			return 0, fmt.Errorf("read block %d: %w", b, err)
		}
		*c = timeCache{b, h.Time}
	}
	return c.time, nil
}

func newFollower(chain logReader, market common.Address, f *solarmarket.SolarMarketFilterer) *follower {
	a, _ := solarmarket.SolarMarketMetaData.GetAbi()
	topics := map[common.Hash]string{}
	for _, name := range []string{"AreaAdded", "OrderPosted", "OrderCancelled", "Cleared", "Settled", "UtilityDebt", "UtilityDebtPaid"} {
		topics[a.Events[name].ID] = name
	}
	return &follower{chain: chain, market: market, f: f, topics: topics, window: undoWindow, retain: retainFor, page: followPage, log: slog.Default(),
		pages: logpage.New(chain, followPage, nil), st: followed{idx: newIndex()}}
}

// sync reads the blocks mined since the last sync into the index.
func (fl *follower) sync(ctx context.Context) error {
	fl.syncMu.Lock()
	defer fl.syncMu.Unlock()
	head, err := fl.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("read the head block: %w", err)
	}
	blocks := fl.st.blocks // only sync changes it, and syncMu is held
	fork, err := fl.forkPoint(ctx, blocks, head.Number.Uint64())
	if err != nil {
		return err
	}
	if fork < 0 {
		if fork == otherChain {
			fl.log.Warn("The node serves another chain than the solar market's index was read from (its block 0 differs): rebuilding it from block 0",
				"followed", blocks[len(blocks)-1].block, "head", head.Number)
		} else if len(blocks) > 0 {
			fl.log.Warn("The chain reorganised deeper than the solar market's index can take back: rebuilding it from block 0",
				"followed", blocks[len(blocks)-1].block, "window", fl.window, "oldest", blocks[0].block)
		}
		if err := fl.rebuild(ctx, head); err != nil {
			return err
		}
		return fl.prune(ctx, head)
	}
	top, from := head.Number.Uint64(), blocks[fork].block+1
	undo := fork < len(blocks)-1 // blocks replaced
	if undo {
		fl.log.Info("The chain reorganised: the solar market's index is taken back to the fork", "fork", blocks[fork].block, "followed", blocks[len(blocks)-1].block)
	}
	if from > top { // nothing new, or a shorter branch: taken back only
		if undo {
			fl.mu.Lock()
			fl.st.takeBack(fork)
			fl.mu.Unlock()
		}
		return fl.prune(ctx, head)
	}
	// Each page is merged under the lock (the first with the blocks replaced taken back):
	// readers see whole pages, and the last block read with them; a page that fails changes
	// nothing.
	err = fl.follow(ctx, from, head, func(p pageRead) {
		fl.mu.Lock()
		defer fl.mu.Unlock()
		if undo {
			fl.st.takeBack(fork)
			undo = false
		}
		fl.st.add(p, top, fl.window)
	})
	if err != nil {
		return err
	}
	return fl.prune(ctx, head)
}

// otherChain is forkPoint's answer for a node serving another chain: rebuild at once.
const otherChain = -2

// forkPoint is the position in blocks of the newest one still on the chain (the index up to
// it stands), −1 if none is. A node whose head is before the last block followed, with no
// block kept replaced (a lagging or resyncing node, or one behind a balancer), is an error
// wrapping ErrRetry: taking the index back to its head would take the market back in time
// (and rebuild it from block 0 when it is behind by more than the window); the index waits.
// Unless its block 0 is not the one the index was built on (otherChain): a chain replaced
// whole, as a devnet restarted under a running relayer, is rebuilt at once, not waited for
// until it passes the old height (hours of 503s).
func (fl *follower) forkPoint(ctx context.Context, blocks []kept, head uint64) (int, error) {
	replaced := false // a block kept has another hash on the chain
	for i := len(blocks) - 1; i >= 0; i-- {
		if blocks[i].block > head {
			continue // not on the node (yet)
		}
		h, err := fl.chain.HeaderByNumber(ctx, new(big.Int).SetUint64(blocks[i].block))
		if errors.Is(err, ethereum.NotFound) {
			continue // the head moved back since it was read
		}
		if err != nil {
			return 0, fmt.Errorf("read block %d: %w", blocks[i].block, err)
		}
		if h.Hash() == blocks[i].hash {
			if i < len(blocks)-1 && !replaced {
				break // the newer ones are past the node's head
			}
			return i, nil
		}
		replaced = true
	}
	if replaced || len(blocks) == 0 {
		return -1, nil
	}
	g, err := fl.chain.HeaderByNumber(ctx, new(big.Int))
	if err != nil {
		return 0, fmt.Errorf("read block 0: %w (%w)", err, ErrRetry) // a node's blip: 503, not 502
	}
	if g.Hash() != fl.st.genesis {
		return otherChain, nil
	}
	return 0, fmt.Errorf("the node is behind the followed block %d of the solar market (its head is block %d); waiting for it: %w",
		blocks[len(blocks)-1].block, head, ErrRetry)
}

// follow reads blocks [from, head] page by page, handing each to merge.
func (fl *follower) follow(ctx context.Context, from uint64, head *types.Header, merge func(pageRead)) error {
	top := head.Number.Uint64()
	for ; from <= top; from += fl.page {
		to := min(from+fl.page-1, top)
		end := head
		if to != top {
			var err error
			if end, err = fl.chain.HeaderByNumber(ctx, new(big.Int).SetUint64(to)); err != nil {
				return fmt.Errorf("read block %d: %w", to, err)
			}
		}
		// The header is read before the events: a reorganisation between the two leaves a
		// hash the chain no longer has, caught by the next sync.
		p, err := fl.read(ctx, from, to, end.Hash(), top)
		if err != nil {
			return err
		}
		p.time = end.Time
		merge(p)
	}
	return nil
}

// prune drops from the index the books of the intervals settled more than pruneAfter
// before head and before the undo window (in the order they were settled, up to the first
// that is not that old).
func (fl *follower) prune(ctx context.Context, head *types.Header) error {
	settled := fl.st.idx.settlements // only sync changes the index, and syncMu is held
	top := head.Number.Uint64()
	n := 0
	for ; n < len(settled) && top >= fl.window && settled[n].block <= top-fl.window; n++ {
		at, err := fl.blockTime(ctx, settled[n].block, &fl.settleTime)
		if err != nil {
			return err
		}
		if head.Time-min(head.Time, at) <= pruneAfter { // not more than pruneAfter ago
			break
		}
	}
	if n > 0 {
		fl.mu.Lock()
		fl.st.idx.drop(n)
		fl.mu.Unlock()
	}
	return fl.forget(ctx, head)
}

// forget drops from the index the orders of the intervals settled more than retain before
// head and before the undo window, once the oldest is forgetEvery past that (its time is
// kept: a header read per oldest settlement, not per sync; settlement times grow with their
// blocks: the last one that old is found by halving, a header read a step). The pass walks
// the orders without the lock (only sync changes the index, and syncMu is held) and takes it
// for each swap only (index.forget): statements and intervals are not held up for it.
func (fl *follower) forget(ctx context.Context, head *types.Header) error {
	retained := fl.st.idx.retained // only sync changes the index, and syncMu is held
	top := head.Number.Uint64()
	if len(retained) == 0 || top < fl.window || head.Time < fl.retain+forgetEvery {
		return nil
	}
	var err error
	old := func(i int, age uint64) bool {
		if retained[i].block > top-fl.window {
			return false
		}
		c := &timeCache{}
		if i == 0 {
			c = &fl.retainTime
		}
		at, terr := fl.blockTime(ctx, retained[i].block, c)
		if terr != nil {
			err = terr
			return false
		}
		return at < head.Time-age
	}
	if !old(0, fl.retain+forgetEvery) {
		return err
	}
	n := sort.Search(len(retained), func(i int) bool { return !old(i, fl.retain) })
	if err != nil {
		return err
	}
	fl.st.idx.forget(n, func(swap func()) {
		fl.mu.Lock()
		defer fl.mu.Unlock()
		swap()
	})
	fl.log.Info("Orders of the solar market settled over the retention dropped from memory (read back from the chain for their months' statements)",
		"intervals", n, "retain", time.Duration(fl.retain)*time.Second)
	return nil
}

// read reads the market's events of blocks [from, to] (to's hash end) into a page: the blocks
// more than the window before top together, the others each on its own.
func (fl *follower) read(ctx context.Context, from, to uint64, end common.Hash, top uint64) (pageRead, error) {
	// Only the events the index keeps: settlements' Paid events are most of the market's.
	var logs []types.Log
	q := ethereum.FilterQuery{Addresses: []common.Address{fl.market}, Topics: [][]common.Hash{slices.Collect(maps.Keys(fl.topics))}}
	err := fl.pages.Forward(ctx, q, from, to, "the market's events", func(l []types.Log) error {
		logs = append(logs, l...)
		return nil
	})
	if err != nil {
		return pageRead{}, err
	}
	final := func(b uint64) bool { return top >= fl.window && b <= top-fl.window }
	p := pageRead{final: newIndex()}
	var last *kept // the newest final block with events
	for len(logs) > 0 {
		n := 1 // the logs of one block
		for n < len(logs) && logs[n].BlockNumber == logs[0].BlockNumber {
			n++
		}
		b := kept{block: logs[0].BlockNumber, hash: logs[0].BlockHash}
		if final(b.block) {
			err = fl.apply(p.final, logs[:n])
			last = &b
		} else {
			b.page = newIndex()
			err = fl.apply(b.page, logs[:n])
			p.blocks = append(p.blocks, b)
		}
		if err != nil {
			return pageRead{}, err
		}
		logs = logs[n:]
	}
	switch {
	case final(to):
		p.blocks = []kept{{block: to, hash: end}}
	case last != nil:
		p.blocks = append([]kept{*last}, p.blocks...)
	}
	if len(p.blocks) == 0 || p.blocks[len(p.blocks)-1].block != to {
		p.blocks = append(p.blocks, kept{block: to, hash: end})
	}
	return p, nil
}

// merge adds what page holds (the events of later blocks) to idx.
func (idx *index) merge(page *index) {
	for k, os := range page.books {
		idx.books[k] = append(idx.books[k], os...)
	}
	maps.Copy(idx.cancelled, page.cancelled)
	for m, os := range page.orders {
		idx.orders[m] = append(idx.orders[m], os...)
	}
	maps.Copy(idx.prices, page.prices)
	maps.Copy(idx.settledAt, page.settledAt)
	maps.Copy(idx.lengths, page.lengths)
	for id, v := range page.owed {
		addTo(idx.owed, id, v)
	}
	for id, v := range page.debtPaid {
		addTo(idx.debtPaid, id, v)
	}
	idx.settlements = append(idx.settlements, page.settlements...)
	idx.retained = append(idx.retained, page.settlements...)
}

// unmerge takes back merge(page), page being the last merged. An order is cancelled, an
// interval cleared and settled once (the contract refuses a second time): the entries the
// page set were not there before.
func (idx *index) unmerge(page *index) {
	for k, os := range page.books {
		if idx.books[k] = idx.books[k][:len(idx.books[k])-len(os)]; len(idx.books[k]) == 0 {
			delete(idx.books, k)
		}
	}
	for id := range page.cancelled {
		delete(idx.cancelled, id)
	}
	for m, os := range page.orders {
		if idx.orders[m] = idx.orders[m][:len(idx.orders[m])-len(os)]; len(idx.orders[m]) == 0 {
			delete(idx.orders, m)
		}
	}
	for k := range page.prices {
		delete(idx.prices, k)
	}
	for k := range page.settledAt {
		delete(idx.settledAt, k)
	}
	for a := range page.lengths {
		delete(idx.lengths, a)
	}
	for _, m := range []struct{ in, page map[uint64]*big.Int }{{idx.owed, page.owed}, {idx.debtPaid, page.debtPaid}} {
		for id, v := range m.page {
			if m.in[id].Sub(m.in[id], v).Sign() == 0 {
				delete(m.in, id)
			}
		}
	}
	idx.settlements = idx.settlements[:len(idx.settlements)-len(page.settlements)]
	idx.retained = idx.retained[:len(idx.retained)-len(page.settlements)]
}

// rebuild reads the whole history into a new index, then swaps it in with the block it ends
// at: until then readers keep the old index (stale, never partial); an error keeps it too.
// The books and orders settled past pruneAfter and the retention are dropped as the pages
// are read (retainRebuilt), not after: a chain's whole history is never held.
func (fl *follower) rebuild(ctx context.Context, head *types.Header) error {
	g, err := fl.chain.HeaderByNumber(ctx, new(big.Int))
	if err != nil {
		return fmt.Errorf("read block 0: %w (%w)", err, ErrRetry)
	}
	st := followed{idx: newIndex(), genesis: g.Hash()}
	top := head.Number.Uint64()
	var forgotAt uint64 // the time of the page of the last forget pass
	forgot := 0         // intervals whose orders were forgotten
	err = fl.follow(ctx, 0, head, func(p pageRead) {
		st.add(p, top, fl.window)
		forgot += fl.retainRebuilt(st.idx, p, head, &forgotAt)
		if fl.rebuilding != nil {
			fl.rebuilding(st.idx)
		}
	})
	if err != nil {
		return err
	}
	if forgot > 0 {
		fl.log.Info("Orders of the solar market settled over the retention not kept in memory as the index was rebuilt (read back from the chain for their months' statements)",
			"intervals", forgot, "retain", time.Duration(fl.retain)*time.Second)
	}
	fl.mu.Lock()
	fl.st = st
	fl.mu.Unlock()
	fl.settleTime, fl.retainTime = timeCache{}, timeCache{} // the blocks may have other times now
	return nil
}

// retainRebuilt applies pruneAfter and the retention to idx, an index being rebuilt (not
// live), after page p is merged: the page's settlements are no later than its last block,
// whose time follow read, so once that time is past pruneAfter (the retention) before the
// head, every settlement read so far is: their books (orders) are dropped. Those the pages'
// times do not tell old enough are left to the sync's prune that follows the rebuild, as are
// those of the undo window. Orders are forgotten at most once per forgetEvery of the pages'
// time (*forgotAt: a pass walks the orders held), so at most that much more than the
// retention is held. It returns the number of intervals whose orders were forgotten.
func (fl *follower) retainRebuilt(idx *index, p pageRead, head *types.Header, forgotAt *uint64) int {
	top, to := head.Number.Uint64(), p.blocks[len(p.blocks)-1].block
	if top < fl.window || to > top-fl.window {
		return 0
	}
	if n := len(idx.settlements); n > 0 && p.time+pruneAfter < head.Time {
		idx.drop(n)
	}
	n := len(idx.retained)
	if n == 0 || p.time+fl.retain >= head.Time || p.time < *forgotAt+forgetEvery {
		return 0
	}
	idx.forget(n, func(swap func()) { swap() }) // not live: no reader
	*forgotAt = p.time
	return n
}

// apply adds logs to idx, never the live index. A log that cannot be decoded leaves the
// follower where it was (the same page is read again next time).
func (fl *follower) apply(idx *index, logs []types.Log) error {
	for _, l := range logs {
		if l.Removed || len(l.Topics) == 0 {
			continue
		}
		var err error
		switch fl.topics[l.Topics[0]] {
		case "AreaAdded":
			var e *solarmarket.SolarMarketAreaAdded
			if e, err = fl.f.ParseAreaAdded(l); err == nil {
				idx.lengths[e.Area] = uint64(e.IntervalSeconds)
			}
		case "OrderPosted":
			var e *solarmarket.SolarMarketOrderPosted
			if e, err = fl.f.ParseOrderPosted(l); err == nil {
				idx.orders[e.Meter] = append(idx.orders[e.Meter], posted{id: e.OrderId.Uint64(), area: e.Area, interval: e.Interval, block: l.BlockNumber, bid: e.Bid})
				k := areaInterval{e.Area, e.Interval}
				idx.books[k] = append(idx.books[k], Order{ID: e.OrderId.Uint64(), Meter: e.Meter, Bid: e.Bid, Wh: e.Wh, Price: e.Price})
			}
		case "OrderCancelled":
			var e *solarmarket.SolarMarketOrderCancelled
			if e, err = fl.f.ParseOrderCancelled(l); err == nil {
				idx.cancelled[e.OrderId.Uint64()] = true
			}
		case "Cleared":
			var e *solarmarket.SolarMarketCleared
			if e, err = fl.f.ParseCleared(l); err == nil {
				idx.prices[areaInterval{e.Area, e.Interval}] = e.Price
			}
		case "Settled":
			var e *solarmarket.SolarMarketSettled
			if e, err = fl.f.ParseSettled(l); err == nil {
				k := areaInterval{e.Area, e.Interval}
				idx.settledAt[k] = l.BlockNumber
				idx.settlements = append(idx.settlements, settlement{k, l.BlockNumber})
			}
		case "UtilityDebt":
			var e *solarmarket.SolarMarketUtilityDebt
			if e, err = fl.f.ParseUtilityDebt(l); err == nil {
				addTo(idx.owed, e.OrderId.Uint64(), e.Amount)
			}
		case "UtilityDebtPaid":
			var e *solarmarket.SolarMarketUtilityDebtPaid
			if e, err = fl.f.ParseUtilityDebtPaid(l); err == nil {
				addTo(idx.debtPaid, e.OrderId.Uint64(), e.Amount)
			}
		}
		if err != nil {
			return fmt.Errorf("decode the market's event in block %d: %w", l.BlockNumber, err)
		}
	}
	return nil
}

// meterOrders is a meter's orders of intervals [first, last) of area (see index.ordersOf),
// from the index, and the block the events were followed to. Orders forgotten (past the
// retention) are read back from the market's events, in the blocks they were posted and
// settled in only, by area.
func (fl *follower) meterOrders(ctx context.Context, meter, area common.Hash, first, last uint64) ([]meterOrder, uint64, error) {
	var mine []meterOrder
	var block, from, to uint64
	var forgot bool
	fl.viewAt(func(idx *index, at uint64) {
		mine, block = idx.ordersOf(meter, area, first, last), at
		from, to, forgot = idx.forgotIn(area, first, last)
	})
	if !forgot {
		return mine, block, nil
	}
	old, err := fl.readOrders(ctx, meter, area, first, last, from, min(to, block))
	if err != nil {
		return nil, 0, err
	}
	held := map[uint64]bool{}
	for _, o := range mine {
		held[o.id] = true
	}
	fl.view(func(idx *index) { // the debts are kept
		for _, o := range old {
			if !held[o.id] {
				o.owed, o.debtPaid = orZero(idx.owed[o.id]), orZero(idx.debtPaid[o.id])
				mine = append(mine, o)
			}
		}
	})
	slices.SortFunc(mine, func(a, b meterOrder) int { return cmp.Compare(a.id, b.id) })
	return mine, block, nil
}

// readOrders reads meter's orders of intervals [first, last) of area, their prices and
// settlement blocks, from the market's events in blocks [from, to] (the blocks of the days
// forgotten of the month asked): the area's orders, then its clearings and settlements; each
// page is cut down to the meter's and the month's at once. OrderPosted indexes the order,
// the area and the interval (three topics, the most an event has), not the meter: every
// order of the area in those blocks is read (a month of 1,000 meters trading every 15
// minutes is some 2.9M), so in pages: logpage.Page blocks first, halved past a page's logs
// or on a refusal, grown up to the whole range after reads that went through (a quiet
// area's month in a few requests).
func (fl *follower) readOrders(ctx context.Context, meter, area common.Hash, first, last, from, to uint64) ([]meterOrder, error) {
	a, _ := solarmarket.SolarMarketMetaData.GetAbi()
	idx := newIndex()
	keep := func(logs []types.Log) error {
		if err := fl.apply(idx, logs); err != nil {
			return err
		}
		clear(idx.books)
		clear(idx.cancelled)
		idx.settlements = nil
		idx.orders[meter] = slices.DeleteFunc(idx.orders[meter], func(o posted) bool { return o.area != area || o.interval < first || o.interval >= last })
		for m := range idx.orders {
			if m != meter {
				delete(idx.orders, m)
			}
		}
		out := func(k areaInterval) bool { return k.area != area || k.interval < first || k.interval >= last }
		maps.DeleteFunc(idx.prices, func(k areaInterval, _ uint64) bool { return out(k) })
		maps.DeleteFunc(idx.settledAt, func(k areaInterval, _ uint64) bool { return out(k) })
		return nil
	}
	pages := logpage.Growing(fl.chain, logpage.Page, to-from+1, nil)
	market := []common.Address{fl.market}
	for _, q := range []ethereum.FilterQuery{
		{Addresses: market, Topics: [][]common.Hash{{a.Events["OrderPosted"].ID}, nil, {area}}},
		{Addresses: market, Topics: [][]common.Hash{{a.Events["Cleared"].ID, a.Events["Settled"].ID}, {area}}},
	} {
		if err := pages.Forward(ctx, q, from, to, "the market's past orders", keep); err != nil {
			return nil, err
		}
	}
	return idx.ordersOf(meter, area, first, last), nil
}

// view runs fn on the index as of the last sync; fn must not keep it.
func (fl *follower) view(fn func(*index)) {
	fl.viewAt(func(idx *index, _ uint64) { fn(idx) })
}

// viewAt runs fn on the index as of the last sync and the last block it holds the events
// of (read the contract's state there to see the same market); fn must not keep the index.
func (fl *follower) viewAt(fn func(idx *index, block uint64)) {
	fl.mu.RLock()
	defer fl.mu.RUnlock()
	fn(fl.st.idx, max(fl.st.next, 1)-1)
}
