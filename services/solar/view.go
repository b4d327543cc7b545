package solar

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/seoulchain/seoulchain/bindings/solarmarket"
	"github.com/seoulchain/seoulchain/internal/amount"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/logpage"
	"github.com/seoulchain/seoulchain/services/internal/viewbatch"
)

// ErrNotFound is an area or meter the market does not know: the relayer answers 404.
var ErrNotFound = errors.New("not registered")

// ErrRetry is a read the chain moved under on every try (a reorganisation under way): the
// relayer answers 503, the command exits non-zero; the same request a few seconds later
// usually goes through.
var ErrRetry = errors.New("try again in a few seconds")

// bookTries is how often book reads an interval's book before it gives up with ErrRetry.
const bookTries = 3

// headReader is what the views need of a node besides the contract: the head's time.
type headReader interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Market reads SolarMarket for the views that both the command and the relayer give
// (`solar show`, `solar statement`, GET /v1/energy/...): the same reads, the same JSON.
type Market struct {
	m      *solarmarket.SolarMarket
	head   headReader
	follow *follower // the market's history, for books and statements; kept as long as the Market
	// readAt reads an interval's side of the contract at a block: in JSON-RPC batches
	// when the node's client allows (readBatch), else one call at a time (readEach); a
	// test's own in TestBookReadAtFollowedBlock.
	readAt readFunc
}

// readFunc reads an interval's side of the contract at a block (see Market.readAt).
type readFunc func(opts *bind.CallOpts, area common.Hash, k uint64, book []Order) (atBlock, error)

// batchCalls is the most eth_calls readBatch sends in one batch: a full book is 1 + 2×400
// calls, and nodes cap batches (go-ethereum's --rpc.batch-request-limit is 1,000 by default,
// lower on some nodes and providers) and their answers' size.
const batchCalls = 100

// atBlock is the contract's side of an interval's view at one block: the book's state, and
// for each order of the events' book the order and its meter's reading of the interval.
type atBlock struct {
	st       bookState
	orders   []solarmarket.SolarMarketOrder
	readings []readingState
}

type readingState = struct {
	Wh     uint64
	Posted bool
}

// batchCaller is a node's JSON-RPC client (ethclient's Client()).
type batchCaller interface {
	BatchCallContext(ctx context.Context, b []rpc.BatchElem) error
}

// NewMarket binds the market at addr on a node.
func NewMarket(addr common.Address, backend bind.ContractBackend) (*Market, error) {
	m, err := solarmarket.NewSolarMarket(addr, backend)
	if err != nil {
		return nil, err
	}
	mk := &Market{m: m, head: backend, follow: newFollower(backend, addr, &m.SolarMarketFilterer)}
	mk.readAt = mk.readEach
	if c, ok := backend.(interface{ Client() *rpc.Client }); ok {
		mk.readAt = readBatch(c.Client(), addr, batchCalls, mk.readEach)
	}
	return mk, nil
}

// readEach is readAt one eth_call at a time: the book, then (when its order IDs are the
// events') each order and reading.
func (mk *Market) readEach(opts *bind.CallOpts, code common.Hash, k uint64, book []Order) (atBlock, error) {
	var at atBlock
	var err error
	if at.st, err = mk.m.GetBook(opts, code, k); err != nil || firstDifference(book, at.st.Orders) >= 0 {
		return at, err
	}
	for _, o := range book {
		got, err := mk.m.GetOrder(opts, new(big.Int).SetUint64(o.ID))
		if err != nil {
			return at, fmt.Errorf("read order %d: %w", o.ID, err)
		}
		rd, err := mk.m.GetReading(opts, o.Meter, k)
		if err != nil {
			return at, fmt.Errorf("read reading: %w", err)
		}
		at.orders, at.readings = append(at.orders, got), append(at.readings, rd)
	}
	return at, nil
}

// readBatch is readAt in JSON-RPC batches of eth_calls to the market at addr, chunk calls
// each (London has no multicall without a contract): the book, each order of the events'
// book and its meter's reading, all at the block asked. A node that refuses a batch as too
// large (or its answer; viewbatch.Refused, a revert never is) is read by each, one call at a
// time.
func readBatch(rc batchCaller, addr common.Address, chunk int, each readFunc) readFunc {
	a := marketABI()
	return func(opts *bind.CallOpts, code common.Hash, k uint64, book []Order) (atBlock, error) {
		type call struct {
			what   string
			data   []byte
			unpack func([]byte) error
		}
		at := atBlock{orders: make([]solarmarket.SolarMarketOrder, len(book)), readings: make([]readingState, len(book))}
		calls := []call{{"book", cmdkit.MustPack(a, "getBook", code, k), func(b []byte) error { return a.UnpackIntoInterface(&at.st, "getBook", b) }}}
		for i, o := range book {
			id := new(big.Int).SetUint64(o.ID)
			calls = append(calls, call{fmt.Sprintf("order %d", o.ID), cmdkit.MustPack(a, "getOrder", id), func(b []byte) error {
				vals, err := a.Unpack("getOrder", b) // one tuple: UnpackIntoInterface would fill the first field only
				if err == nil {
					at.orders[i] = *abi.ConvertType(vals[0], new(solarmarket.SolarMarketOrder)).(*solarmarket.SolarMarketOrder)
				}
				return err
			}}, call{fmt.Sprintf("order %d's reading", o.ID), cmdkit.MustPack(a, "getReading", o.Meter, k), func(b []byte) error {
				return a.UnpackIntoInterface(&at.readings[i], "getReading", b)
			}})
		}
		block := hexutil.EncodeBig(opts.BlockNumber)
		elems := make([]rpc.BatchElem, len(calls))
		results := make([]hexutil.Bytes, len(calls))
		for i, c := range calls {
			elems[i] = rpc.BatchElem{Method: "eth_call", Result: &results[i],
				Args: []any{map[string]any{"to": addr, "data": hexutil.Bytes(c.data)}, block}}
		}
		for lo := 0; lo < len(elems); lo += chunk {
			part := elems[lo:min(lo+chunk, len(elems))]
			err := rc.BatchCallContext(opts.Context, part)
			if viewbatch.Refused(err) || slices.ContainsFunc(part, func(e rpc.BatchElem) bool { return viewbatch.Refused(e.Error) }) {
				return each(opts, code, k, book)
			}
			if err != nil {
				return atBlock{}, fmt.Errorf("read interval %d at block %s: %w", k, opts.BlockNumber, err)
			}
		}
		for i, c := range calls {
			if elems[i].Error != nil {
				return atBlock{}, fmt.Errorf("read %s at block %s: %w", c.what, opts.BlockNumber, elems[i].Error)
			}
			if err := c.unpack(results[i]); err != nil {
				return atBlock{}, fmt.Errorf("read %s at block %s: %w", c.what, opts.BlockNumber, err)
			}
		}
		return at, nil
	}
}

func (mk *Market) now(ctx context.Context) (uint64, error) {
	h, err := mk.head.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("read the head block: %w", err)
	}
	return h.Time, nil
}

// schedule reads an area's intervals; an unknown area wraps ErrNotFound.
func (mk *Market) schedule(ctx context.Context, code common.Hash, name string) (schedule, error) {
	a, err := mk.m.GetArea(&bind.CallOpts{Context: ctx}, code)
	if err != nil {
		return schedule{}, fmt.Errorf("read area %s: %w", name, err)
	}
	if a.IntervalSeconds == 0 {
		return schedule{}, fmt.Errorf("area %s is %w (the market operator adds it: solar area add %s)", name, ErrNotFound, name)
	}
	return schedule{uint64(a.IntervalSeconds), uint64(a.GateClosureSeconds)}, nil
}

// Interval is interval k of an area as `solar show --json` prints it: its book, clearing
// (and the clearing recomputed from the events), readings and settlement state.
func (mk *Market) Interval(ctx context.Context, name string, k uint64) (intervalView, error) {
	code, err := AreaCode(name)
	if err != nil {
		return intervalView{}, err
	}
	s, err := mk.schedule(ctx, code, name)
	if err != nil {
		return intervalView{}, err
	}
	at, book, _, err := mk.book(ctx, code, k)
	if err != nil {
		return intervalView{}, err
	}
	st := at.st
	v := intervalView{Area: name, Interval: k, Start: s.start(k), End: s.end(k), GateClosure: s.closure(k), Tariffs: tariffsOf(st),
		Price: st.Price, MatchedKWh: kwh(st.MatchedWh), Digest: st.Digest, Orders: []orderRow{}, sched: s}
	now, err := mk.now(ctx)
	if err != nil {
		return intervalView{}, err
	}
	switch {
	case st.Settled:
		v.State = "settled"
	case st.Cleared:
		v.State = "cleared"
	case now < uint64(v.GateClosure.Unix()):
		v.State = "open"
	default:
		v.State = "gate closed"
	}
	// The orders, their readings and the book were read at the block the events were
	// followed to: one state of the market.
	for i, o := range book {
		got := at.orders[i]
		book[i].Cancelled = got.Cancelled // the contract's flag, as GetOrder's other fields
		v.Orders = append(v.Orders, orderRow{ID: o.ID, Meter: o.Meter, Owner: got.Owner, Side: sideName(o.Bid), KWh: kwh(o.Wh),
			Price: o.Price, Cancelled: got.Cancelled, Filled: kwh(got.Filled), Locked: won(got.Locked), Reading: readingOf(at.readings[i])})
	}
	if v.Recomputed, err = Clear(book, v.Tariffs); err != nil {
		return intervalView{}, err
	}
	if st.Cleared {
		same := v.Recomputed.Price == st.Price && v.Recomputed.MatchedWh == st.MatchedWh
		for i, row := range v.Orders {
			same = same && row.Filled.Units.Uint64() == v.Recomputed.Filled[i]
		}
		v.RecomputedSame = &same
	}
	return v, nil
}

// book reads interval k's book of an area: its orders from the followed events (read once,
// then only the blocks mined since; a book pruned from the index, from the chain's events)
// and its state, each order and its meter's reading from the contract at the block the
// events were followed to (readAt: one JSON-RPC batch); opts reads the rest of the view at
// that block. The contract's order IDs must be the events' (a
// reorganisation between the two reads makes them differ): they are read again, bookTries
// times, then ErrRetry.
func (mk *Market) book(ctx context.Context, code common.Hash, k uint64) (atBlock, []Order, *bind.CallOpts, error) {
	for try := 1; ; try++ {
		if err := mk.follow.sync(ctx); err != nil {
			return atBlock{}, nil, nil, err
		}
		var book []Order
		var block uint64
		var pruned bool
		mk.follow.viewAt(func(idx *index, at uint64) {
			if block, pruned = at, idx.pruned(areaInterval{code, k}); !pruned {
				book = idx.book(areaInterval{code, k})
			}
		})
		if pruned { // settled long ago: its book is no longer in the index, the events have it
			var err error
			if book, err = readBook(ctx, mk.follow.f, code, k, &block); err != nil {
				return atBlock{}, nil, nil, fmt.Errorf("interval %d's book at block %d: %w", k, block, err)
			}
		}
		opts := &bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(block)}
		at, err := mk.readAt(opts, code, k, book)
		if err != nil {
			return atBlock{}, nil, nil, fmt.Errorf("read book at block %d: %w", block, err)
		}
		st := at.st
		diff := firstDifference(book, st.Orders)
		if diff < 0 {
			return at, book, opts, nil
		}
		if try == bookTries {
			return atBlock{}, nil, nil, fmt.Errorf("interval %d's book at block %d: the contract holds %d orders, the market's events %d, "+
				"first differing at position %d (read %d times: the chain is reorganising): %w", k, block, len(st.Orders), len(book), diff+1, bookTries, ErrRetry)
		}
	}
}

// firstDifference is the first position where the events' book and the contract's order IDs
// differ, or −1 when they are the same.
func firstDifference(book []Order, ids []*big.Int) int {
	for i := range max(len(book), len(ids)) {
		if i >= len(book) || i >= len(ids) || !ids[i].IsUint64() || ids[i].Uint64() != book[i].ID {
			return i
		}
	}
	return -1
}

// reading is a meter's reading of interval k in kWh, nil if none is posted.
func (mk *Market) reading(opts *bind.CallOpts, meter common.Hash, k uint64) (*amount.Value, error) {
	rd, err := mk.m.GetReading(opts, meter, k)
	if err != nil {
		return nil, fmt.Errorf("read reading: %w", err)
	}
	return readingOf(rd), nil
}

// readingOf is a reading in kWh, nil if none is posted.
func readingOf(rd readingState) *amount.Value {
	if !rd.Posted {
		return nil
	}
	x := kwh(rd.Wh)
	return &x
}

func sideName(bid bool) string {
	if bid {
		return "bid"
	}
	return "ask"
}

func won(w uint64) amount.Value { return amount.Value{Units: new(big.Int).SetUint64(w)} }

// paidEvent is the Paid event's topic.
var paidEvent = marketABI().Events["Paid"].ID

// Why a Paid event moved money (SolarMarket's numbering).
const (
	paidEnergy  = 1
	paidGridFee = 2
	paidUtility = 3
)

// statementLine is one settled order of a meter in `solar statement`: the energy it
// bought or sold, at which clearing price, and the money each party moved for it. Won
// amounts are what the owner paid (paidWon, gridFeeWon) or received (receivedWon); utilityWon
// is signed: positive when the utility bought excess back, negative for a shortfall the
// owner bought at the sell tariff. A buy-back the utility could not pay at settlement is
// its debt: utilityDebtPaidWon is what it paid of it since (payUtilityDebt, in any later
// block), owedByUtilityWon what it still owes; net counts what was paid.
type statementLine struct {
	Interval   uint64        `json:"interval"`
	Start      time.Time     `json:"start"`
	Order      uint64        `json:"order"`
	Side       string        `json:"side"`
	BoughtKWh  amount.Value  `json:"boughtKwh"`
	SoldKWh    amount.Value  `json:"soldKwh"`
	ReadingKWh *amount.Value `json:"readingKwh"`
	Price      uint64        `json:"priceWonPerKwh"`
	Paid       amount.Value  `json:"paidWon"`
	Received   amount.Value  `json:"receivedWon"`
	Utility    amount.Value  `json:"utilityWon"`
	DebtPaid   amount.Value  `json:"utilityDebtPaidWon"`
	Owed       amount.Value  `json:"owedByUtilityWon"`
	GridFee    amount.Value  `json:"gridFeeWon"`
	Net        amount.Value  `json:"netWon"`
}

// statementTotal is a statement's sums; the prices are the average per kWh of what was
// bought and sold in the market (rounded down; 0 when nothing was).
type statementTotal struct {
	BoughtKWh amount.Value `json:"boughtKwh"`
	SoldKWh   amount.Value `json:"soldKwh"`
	BuyPrice  uint64       `json:"averageBuyPriceWonPerKwh"`
	SellPrice uint64       `json:"averageSellPriceWonPerKwh"`
	Paid      amount.Value `json:"paidWon"`
	Received  amount.Value `json:"receivedWon"`
	Utility   amount.Value `json:"utilityWon"`
	DebtPaid  amount.Value `json:"utilityDebtPaidWon"`
	Owed      amount.Value `json:"owedByUtilityWon"`
	GridFee   amount.Value `json:"gridFeeWon"`
	Net       amount.Value `json:"netWon"`
	Intervals int          `json:"intervals"`
	Unsettled int          `json:"unsettledOrders"`
	TimeZone  string       `json:"timeZone"`
}

// statement is what `solar statement --json` prints.
type statement struct {
	Meter common.Hash     `json:"meter"`
	Owner common.Address  `json:"owner"`
	Kind  string          `json:"kind"`
	Area  string          `json:"area"`
	Month string          `json:"month"`
	Lines []statementLine `json:"intervals"`
	Total statementTotal  `json:"total"`
}

// ParseMonth reads YYYY-MM: the month's first instant in Seoul.
func ParseMonth(s string) (time.Time, error) {
	t, err := time.ParseInLocation("2006-01", s, seoul)
	if err != nil {
		return time.Time{}, fmt.Errorf("month %q: want YYYY-MM (e.g. 2026-12)", s)
	}
	return t, nil
}

// Statement is one meter's month, rebuilt from the market's events (followed: a Market
// reads the chain's history once, then only the blocks mined since; the payments are read
// from the blocks of the month's settlements only): every settled interval
// that started in the month (Seoul time) in which the meter had an order, what it bought or
// sold, at what price, and the KRW moved for it (the Paid events of its orders, and the
// utility's later payments of what it could not pay then, UtilityDebtPaid, with what it
// still owes). Orders of intervals not yet settled are counted in Unsettled only.
func (mk *Market) Statement(ctx context.Context, meter common.Hash, month time.Time) (statement, error) {
	mt, err := mk.m.GetMeter(&bind.CallOpts{Context: ctx}, meter)
	if err != nil {
		return statement{}, fmt.Errorf("read meter: %w", err)
	}
	if mt.Owner == (common.Address{}) {
		return statement{}, fmt.Errorf("meter %s is %w (the metering operator adds it: solar meter add)", meter.Hex(), ErrNotFound)
	}
	area := common.Hash(mt.Area)
	st := statement{Meter: meter, Owner: mt.Owner, Kind: KindName(mt.Kind), Area: AreaName(area), Month: month.Format("2006-01"),
		Lines: []statementLine{}}
	s, err := mk.schedule(ctx, area, st.Area)
	if err != nil {
		return statement{}, err
	}
	// The month's intervals are those starting in it: [first, last).
	first := (uint64(month.Unix()) + s.length - 1) / s.length
	last := (uint64(month.AddDate(0, 1, 0).Unix()) + s.length - 1) / s.length
	// The history from the market's events, read once and then only the new blocks.
	if err := mk.follow.sync(ctx); err != nil {
		return statement{}, err
	}
	// The orders and readings are read at the block the events were followed to.
	mine, block, err := mk.follow.meterOrders(ctx, meter, area, first, last)
	if err != nil {
		return statement{}, fmt.Errorf("read the meter's orders of %s: %w", st.Month, err)
	}
	opts := &bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(block)}
	byID := map[uint64]int{}
	var ids []common.Hash // the orders' IDs, as the Paid events' topic
	var from, to uint64   // the blocks of the settlements: where their Paid events are
	for _, o := range mine {
		ord, err := mk.m.GetOrder(opts, new(big.Int).SetUint64(o.id))
		if err != nil {
			return statement{}, fmt.Errorf("read order %d: %w", o.id, err)
		}
		if ord.Cancelled {
			continue
		}
		if !o.settled {
			st.Total.Unsettled++
			continue
		}
		l := statementLine{Interval: o.interval, Start: s.start(o.interval), Order: o.id, Side: sideName(o.bid),
			BoughtKWh: kwh(0), SoldKWh: kwh(0), Price: o.price}
		if o.bid {
			l.BoughtKWh = kwh(ord.Filled)
		} else {
			l.SoldKWh = kwh(ord.Filled)
		}
		if l.ReadingKWh, err = mk.reading(opts, meter, o.interval); err != nil {
			return statement{}, err
		}
		byID[l.Order] = len(st.Lines)
		ids = append(ids, common.BigToHash(new(big.Int).SetUint64(o.id)))
		st.Lines = append(st.Lines, l)
		if len(ids) == 1 || o.settledAt < from {
			from = o.settledAt
		}
		to = max(to, o.settledAt)
	}

	sums := make([][sumCols]*big.Int, len(st.Lines)) // paid, received, utility, fee, debt paid since, owed
	for i := range sums {
		for j := range sums[i] {
			sums[i][j] = new(big.Int)
		}
	}
	for _, o := range mine {
		if i, ok := byID[o.id]; ok {
			sums[i][4].Set(o.debtPaid)
			sums[i][5].Sub(o.owed, o.debtPaid)
		}
	}
	if len(ids) > 0 { // no order ID would read every order's payments
		q := ethereum.FilterQuery{Addresses: []common.Address{mk.follow.market}, Topics: [][]common.Hash{{paidEvent}, nil, nil, ids}}
		err := readPayments(ctx, mk.follow.chain, q, from, to, func(logs []types.Log) error {
			for _, l := range logs {
				e, err := mk.follow.f.ParsePaid(l)
				if err != nil {
					return fmt.Errorf("decode the payment in block %d: %w", l.BlockNumber, err)
				}
				i, ok := byID[e.OrderId.Uint64()]
				if !ok {
					continue
				}
				out := e.From == mt.Owner // money leaving the owner's balance
				switch {
				case e.Why == paidEnergy && out:
					sums[i][0].Add(sums[i][0], e.Amount)
				case e.Why == paidEnergy:
					sums[i][1].Add(sums[i][1], e.Amount)
				case e.Why == paidUtility && out:
					sums[i][2].Sub(sums[i][2], e.Amount)
				case e.Why == paidUtility:
					sums[i][2].Add(sums[i][2], e.Amount)
				case e.Why == paidGridFee:
					sums[i][3].Add(sums[i][3], e.Amount)
				}
			}
			return nil
		})
		if err != nil {
			return statement{}, fmt.Errorf("read payments: %w", err)
		}
	}

	var total [sumCols]*big.Int
	for j := range total {
		total[j] = new(big.Int)
	}
	var bought, sold uint64
	for i := range st.Lines {
		l := &st.Lines[i]
		l.Paid, l.Received, l.Utility, l.GridFee = amount.Value{Units: sums[i][0]}, amount.Value{Units: sums[i][1]},
			amount.Value{Units: sums[i][2]}, amount.Value{Units: sums[i][3]}
		l.DebtPaid, l.Owed = amount.Value{Units: sums[i][4]}, amount.Value{Units: sums[i][5]}
		l.Net = amount.Value{Units: net(sums[i])}
		for j := range total {
			total[j].Add(total[j], sums[i][j])
		}
		bought += l.BoughtKWh.Units.Uint64()
		sold += l.SoldKWh.Units.Uint64()
	}
	st.Total.BoughtKWh, st.Total.SoldKWh = kwh(bought), kwh(sold)
	st.Total.Paid, st.Total.Received, st.Total.Utility, st.Total.GridFee = amount.Value{Units: total[0]}, amount.Value{Units: total[1]},
		amount.Value{Units: total[2]}, amount.Value{Units: total[3]}
	st.Total.DebtPaid, st.Total.Owed = amount.Value{Units: total[4]}, amount.Value{Units: total[5]}
	st.Total.Net = amount.Value{Units: net(total)}
	st.Total.BuyPrice, st.Total.SellPrice = perKWh(total[0], bought), perKWh(total[1], sold)
	st.Total.Intervals = len(st.Lines)
	st.Total.TimeZone = "Asia/Seoul (KST, UTC+9)"
	return st, nil
}

// readPayments reads the Paid events q asks for in blocks [from, to] (the month's first and
// last settlement): the whole range in one eth_getLogs, as q names the orders; a node that
// refuses it as too wide has it halved until it gives it (a month on a 1 s chain is some 2.6M
// blocks: at a fixed page of logpage.Page blocks, some 1,300 requests on a public route).
func readPayments(ctx context.Context, r logpage.Reader, q ethereum.FilterQuery, from, to uint64, each func([]types.Log) error) error {
	return logpage.New(r, to-from+1, nil).Forward(ctx, q, from, to, "the payments", each)
}

// sumCols is a statement line's sums: paid, received, utility at settlement, grid fee, the
// utility's debt paid since, and what it still owes.
const sumCols = 6

// net is received + utility + debt paid since − paid − fee (what is still owed is not in it).
func net(s [sumCols]*big.Int) *big.Int {
	n := new(big.Int).Add(s[1], s[2])
	n.Add(n, s[4])
	return n.Sub(n.Sub(n, s[0]), s[3])
}

// orZero is v, or a new 0.
func orZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return new(big.Int).Set(v)
}

// perKWh is won for wh Wh as won per kWh, rounded down.
func perKWh(w *big.Int, wh uint64) uint64 {
	if wh == 0 {
		return 0
	}
	return new(big.Int).Div(new(big.Int).Mul(w, big.NewInt(1000)), new(big.Int).SetUint64(wh)).Uint64()
}
