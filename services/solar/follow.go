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
// the orders cancelled; for statements each meter's orders (OrderPosted indexes the area,
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
		return fl.rebuild(ctx, head)
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
				idx.settledAt[areaInterval{e.Area, e.Interval}] = l.BlockNumber
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
