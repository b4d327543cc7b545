package solar

import (
	"context"
	"fmt"
	"maps"
	"math/big"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/seoulchain/seoulchain/bindings/solarmarket"
)

// followPage bounds one eth_getLogs range.
const followPage = 20_000

// pruneAfter is how long after its settlement (in block time, seconds) an interval's book
// stays in the index: the books are most of what the index holds, and a settled interval's
// is read rarely after a day or two (its statement lines need only the settlements and
// prices, which are kept). An older book is read from the chain's events when asked for.
const pruneAfter = 2 * 24 * 60 * 60

// logReader is what following the market needs of a node.
type logReader interface {
	ethereum.LogFilterer
	headReader
}

// posted is one order as its OrderPosted event told it.
type posted struct {
	id       *big.Int
	area     common.Hash
	interval uint64
	bid      bool
}

// areaInterval names one interval's book.
type areaInterval struct {
	area     common.Hash
	interval uint64
}

// index is what the views need of the market's history, kept from its events: each
// interval's book as posted (what Book reads, for `solar show` and the interval route) and
// the orders cancelled, until pruneAfter past the interval's settlement; for statements each meter's orders (OrderPosted indexes the area,
// not the meter), the clearing prices, the block of each settlement (where its Paid events
// are), and per order what the utility could not pay at settlement (UtilityDebt) and paid
// of it since (UtilityDebtPaid, in any later block).
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
}

// settlement is an interval settled in a block.
type settlement struct {
	k     areaInterval
	block uint64
}

func newIndex() *index {
	return &index{books: map[areaInterval][]Order{}, cancelled: map[uint64]bool{}, orders: map[common.Hash][]posted{},
		prices: map[areaInterval]uint64{}, settledAt: map[areaInterval]uint64{}, owed: map[uint64]*big.Int{}, debtPaid: map[uint64]*big.Int{}}
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

// pruned tells whether interval k's book was dropped from the index (Market.book reads it
// from the chain's events).
func (idx *index) pruned(k areaInterval) bool {
	at, ok := idx.settledAt[k]
	return ok && at <= idx.prunedTo
}

// drop drops the books of the first settlements, and their orders' cancellations (an order
// cannot be cancelled once its interval is settled).
func (idx *index) drop(n int) {
	for _, s := range idx.settlements[:n] {
		for _, o := range idx.books[s.k] {
			delete(idx.cancelled, o.ID)
		}
		delete(idx.books, s.k)
	}
	idx.prunedTo = idx.settlements[n-1].block
	idx.settlements = slices.Clone(idx.settlements[n:]) // a copy: the dropped ones are freed
}

// addTo adds v to m[k].
func addTo(m map[uint64]*big.Int, k uint64, v *big.Int) {
	if m[k] == nil {
		m[k] = new(big.Int)
	}
	m[k].Add(m[k], v)
}

// follower keeps an index of the market's events current by reading only the blocks
// mined since its last sync: the relayer's interval and statement routes read a long chain
// once, then a few blocks per request. A reorganisation is caught by the hash of the last block read
// (the chain no longer has it): the index is then rebuilt from the start into a new index,
// which replaces the old one once complete (readers never see a partial history).
type follower struct {
	chain  logReader
	market common.Address
	f      *solarmarket.SolarMarketFilterer
	topics map[common.Hash]string

	syncMu sync.Mutex // one sync at a time
	mu     sync.RWMutex
	idx    *index
	next   uint64      // the first block not yet read
	last   common.Hash // the hash of block next−1 as read
	// settleTime is the time of the block of the oldest settlement kept, as read last (one
	// header read per settlement block, not per sync); under syncMu.
	settleTime struct{ block, time uint64 }
}

func newFollower(chain logReader, market common.Address, f *solarmarket.SolarMarketFilterer) *follower {
	a, _ := solarmarket.SolarMarketMetaData.GetAbi()
	topics := map[common.Hash]string{}
	for _, name := range []string{"OrderPosted", "OrderCancelled", "Cleared", "Settled", "UtilityDebt", "UtilityDebtPaid"} {
		topics[a.Events[name].ID] = name
	}
	return &follower{chain: chain, market: market, f: f, topics: topics, idx: newIndex()}
}

// sync reads the blocks mined since the last sync into the index.
func (fl *follower) sync(ctx context.Context) error {
	fl.syncMu.Lock()
	defer fl.syncMu.Unlock()
	head, err := fl.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("read the head block: %w", err)
	}
	fl.mu.RLock()
	next, last := fl.next, fl.last
	fl.mu.RUnlock()
	if next > 0 {
		h, err := fl.chain.HeaderByNumber(ctx, new(big.Int).SetUint64(next-1))
		if err != nil {
			return fmt.Errorf("read block %d: %w", next-1, err)
		}
		if h.Hash() != last {
			next = 0 // reorganised away: the index is rebuilt, then replaces the old one
		}
	}
	if next == 0 {
		if err := fl.rebuild(ctx, head); err != nil {
			return err
		}
		return fl.prune(ctx, head)
	}
	top := head.Number.Uint64()
	for from := next; from <= top; from += followPage {
		to := min(from+followPage-1, top)
		end := head
		if to != top {
			if end, err = fl.chain.HeaderByNumber(ctx, new(big.Int).SetUint64(to)); err != nil {
				return fmt.Errorf("read block %d: %w", to, err)
			}
		}
		// A page is read into an index of its own, then merged under the lock: readers see
		// whole pages, and the last block read with them; a page that fails changes nothing.
		page := newIndex()
		if err := fl.read(ctx, page, from, to); err != nil {
			return err
		}
		fl.mu.Lock()
		fl.idx.merge(page)
		fl.next, fl.last = to+1, end.Hash()
		fl.mu.Unlock()
	}
	return fl.prune(ctx, head)
}

// prune drops from the index the books of the intervals settled more than pruneAfter
// before head (in the order they were settled, up to the first that is not that old).
func (fl *follower) prune(ctx context.Context, head *types.Header) error {
	fl.mu.RLock()
	kept := fl.idx.settlements // only sync changes the index, and syncMu is held
	fl.mu.RUnlock()
	n := 0
	for ; n < len(kept); n++ {
		if b := kept[n].block; b != fl.settleTime.block {
			h, err := fl.chain.HeaderByNumber(ctx, new(big.Int).SetUint64(b))
			if err != nil {
				return fmt.Errorf("read block %d: %w", b, err)
			}
			fl.settleTime.block, fl.settleTime.time = b, h.Time
		}
		if head.Time-min(head.Time, fl.settleTime.time) <= pruneAfter { // not more than pruneAfter ago
			break
		}
	}
	if n > 0 {
		fl.mu.Lock()
		fl.idx.drop(n)
		fl.mu.Unlock()
	}
	return nil
}

// read adds the market's events of blocks [from, to] to idx.
func (fl *follower) read(ctx context.Context, idx *index, from, to uint64) error {
	// Only the events the index keeps: settlements' Paid events are most of the market's.
	logs, err := fl.chain.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from),
		ToBlock: new(big.Int).SetUint64(to), Addresses: []common.Address{fl.market}, Topics: [][]common.Hash{slices.Collect(maps.Keys(fl.topics))}})
	if err != nil {
		return fmt.Errorf("read the market's events of blocks %d-%d: %w", from, to, err)
	}
	return fl.apply(idx, logs)
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
	for id, v := range page.owed {
		addTo(idx.owed, id, v)
	}
	for id, v := range page.debtPaid {
		addTo(idx.debtPaid, id, v)
	}
	idx.settlements = append(idx.settlements, page.settlements...)
}

// rebuild reads the whole history into a new index, then swaps it in with the block it ends
// at: until then readers keep the old index (stale, never partial); an error keeps it too.
func (fl *follower) rebuild(ctx context.Context, head *types.Header) error {
	idx := newIndex()
	top := head.Number.Uint64()
	for from := uint64(0); from <= top; from += followPage {
		if err := fl.read(ctx, idx, from, min(from+followPage-1, top)); err != nil {
			return err
		}
	}
	fl.mu.Lock()
	fl.idx, fl.next, fl.last = idx, top+1, head.Hash()
	fl.mu.Unlock()
	fl.settleTime.block, fl.settleTime.time = 0, 0 // the blocks may have other times now
	return nil
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
		case "OrderPosted":
			var e *solarmarket.SolarMarketOrderPosted
			if e, err = fl.f.ParseOrderPosted(l); err == nil {
				idx.orders[e.Meter] = append(idx.orders[e.Meter], posted{id: e.OrderId, area: e.Area, interval: e.Interval, bid: e.Bid})
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

// view runs fn on the index as of the last sync; fn must not keep it.
func (fl *follower) view(fn func(*index)) {
	fl.viewAt(func(idx *index, _ uint64) { fn(idx) })
}

// viewAt runs fn on the index as of the last sync and the last block it holds the events
// of (read the contract's state there to see the same market); fn must not keep the index.
func (fl *follower) viewAt(fn func(idx *index, block uint64)) {
	fl.mu.RLock()
	defer fl.mu.RUnlock()
	fn(fl.idx, max(fl.next, 1)-1)
}
