package contracts

import (
	"context"
	"fmt"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/bindings/cityforwarder"
	"github.com/seoulchain/seoulchain/bindings/krwtoken"
	"github.com/seoulchain/seoulchain/bindings/solarmarket"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/forwarder"
	"github.com/seoulchain/seoulchain/internal/txsend"
	"github.com/seoulchain/seoulchain/services/solar"
)

const (
	solarInterval = 900 // seconds
	solarGate     = 300
)

// solarWorld: the market with one area (mapo-1, 15-minute intervals, gate closure 5
// minutes before) and another (jongno-2). The city is admin, both operators, the utility
// and the grid operator. alice has a prosumer meter, bob and carol consumer meters, all in
// mapo-1; dave a consumer meter in jongno-2; the city (the utility) a consumer meter of its
// own building in mapo-1. Everyone has deposited 100,000 won.
type solarWorld struct {
	t                                              *testing.T
	city, alice, bob, carol, dave, stranger, relay *account
	market, token, fwd                             common.Address
	abi, krw, fwdABI                               *abi.ABI
	filt                                           *solarmarket.SolarMarketFilterer
	view                                           *solarmarket.SolarMarketCaller
	dom                                            forwarder.Domain
	area, other                                    common.Hash
	meter                                          map[*account]common.Hash
}

func newSolarWorld(t *testing.T) *solarWorld {
	t.Helper()
	acc := accounts(t, 7)
	w := &solarWorld{t: t, city: acc[0], alice: acc[1], bob: acc[2], carol: acc[3], dave: acc[4], stranger: acc[5], relay: acc[6],
		meter: map[*account]common.Hash{}}
	addrs := w.city.Deploy(deploy.SolarMarket)
	w.market, w.token, w.fwd = addrs[deploy.SolarMarket], addrs[deploy.KRWToken], addrs[deploy.CityForwarder]
	w.abi, _ = solarmarket.SolarMarketMetaData.GetAbi()
	w.krw, _ = krwtoken.KRWTokenMetaData.GetAbi()
	w.fwdABI, _ = cityforwarder.CityForwarderMetaData.GetAbi()
	var err error
	if w.filt, err = solarmarket.NewSolarMarketFilterer(w.market, w.city.s.Backend()); err != nil {
		t.Fatal(err)
	}
	if w.view, err = solarmarket.NewSolarMarketCaller(w.market, w.city.s.Backend()); err != nil {
		t.Fatal(err)
	}
	chainID, err := w.city.s.Backend().ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	w.dom = forwarder.Domain{ChainID: chainID, Forwarder: w.fwd}
	w.area, _ = solar.AreaCode("mapo-1")
	w.other, _ = solar.AreaCode("jongno-2")
	w.city.ok(w.market, w.abi, "addArea", w.area, uint32(solarInterval), uint32(solarGate))
	w.city.ok(w.market, w.abi, "addArea", w.other, uint32(solarInterval), uint32(solarGate))
	for i, m := range []struct {
		a    *account
		kind uint8
		area common.Hash
	}{{w.alice, solar.KindProsumer, w.area}, {w.bob, solar.KindConsumer, w.area}, {w.carol, solar.KindConsumer, w.area}, {w.dave, solar.KindConsumer, w.other},
		{w.city, solar.KindConsumer, w.area}} {
		w.meter[m.a], _ = solar.MeterHash(string(rune('A' + i)))
		w.city.ok(w.market, w.abi, "addMeter", w.meter[m.a], m.a.addr(), m.kind, m.area)
	}
	for i, a := range []*account{w.city, w.alice, w.bob, w.carol, w.dave, w.stranger} {
		w.city.ok(w.token, w.krw, "mint", a.addr(), big.NewInt(1_000_000), "SOLAR-"+string(rune('A'+i)))
		a.ok(w.token, w.krw, "approve", w.market, big.NewInt(1_000_000))
		a.ok(w.market, w.abi, "deposit", big.NewInt(100_000))
	}
	return w
}

// name is the test's name of an address ("alice"), or the address.
func (w *solarWorld) name(addr string) string {
	for n, a := range map[string]*account{"city": w.city, "alice": w.alice, "bob": w.bob, "carol": w.carol, "dave": w.dave, "stranger": w.stranger} {
		if common.HexToAddress(addr) == a.addr() {
			return n
		}
	}
	return addr
}

// next is the first interval whose gate is still open for a while.
func (w *solarWorld) next() uint64 { return w.city.now()/solarInterval + 2 }

// warp moves the chain's clock to at least ts.
func (w *solarWorld) warp(ts uint64) {
	w.t.Helper()
	if now := w.city.now(); now < ts {
		if err := w.city.chain.AdjustTime(time.Duration(ts-now) * time.Second); err != nil {
			w.t.Fatal(err)
		}
	}
}

func (w *solarWorld) afterGate(k uint64) { w.warp(k*solarInterval - solarGate) }
func (w *solarWorld) afterEnd(k uint64)  { w.warp((k + 1) * solarInterval) }

// post sends a's order for interval k of its meter in area: a bid for consumers, an ask for prosumers.
func (w *solarWorld) post(a *account, area common.Hash, k, wh, price uint64) error {
	w.t.Helper()
	_, err := a.send(w.market, w.abi, w.side(a), w.meter[a], area, k, wh, price)
	return err
}

func (w *solarWorld) side(a *account) string {
	if a == w.alice {
		return "ask"
	}
	return "bid"
}

// gasless sends a's call through the forwarder, the relay account paying the gas.
func (w *solarWorld) gasless(a *account, method string, args ...any) error {
	w.t.Helper()
	data, err := w.abi.Pack(method, args...)
	if err != nil {
		w.t.Fatal(err)
	}
	r := forwarder.Request{From: a.addr(), To: w.market, Gas: big.NewInt(400_000),
		Nonce: w.city.bigCall(w.fwd, w.fwdABI, "nonces", a.addr()), Deadline: w.city.now() + 600, Data: data}
	sig, err := w.dom.Sign(r, a.key)
	if err != nil {
		w.t.Fatal(err)
	}
	_, err = w.relay.send(w.fwd, w.fwdABI, "execute", r.Signed(sig))
	return err
}

// clear computes interval k's clearing of area from the events and posts it.
func (w *solarWorld) clear(area common.Hash, k uint64) (solar.Clearing, error) {
	w.t.Helper()
	book, err := solar.Book(context.Background(), w.filt, area, k)
	if err != nil {
		w.t.Fatal(err)
	}
	tariffs := solar.Tariffs{Buy: deploy.SolarBuyTariff, Sell: deploy.SolarSellTariff, GridFee: deploy.SolarGridFee}
	res, err := solar.Clear(book, tariffs)
	if err != nil {
		w.t.Fatal(err)
	}
	_, err = w.city.send(w.market, w.abi, "postClearing", area, k, res.Price, solar.Digest(book), res.Filled)
	return res, err
}

func (w *solarWorld) readings(k uint64, wh map[*account]uint64) error {
	w.t.Helper()
	var meters [][32]byte
	var vals []uint64
	for _, a := range []*account{w.alice, w.bob, w.carol, w.dave, w.city} {
		if v, ok := wh[a]; ok {
			meters, vals = append(meters, w.meter[a]), append(vals, v)
		}
	}
	_, err := w.city.send(w.market, w.abi, "postReadings", k, meters, vals)
	return err
}

// interval runs TestSolarInterval's book (alice asks 1,000 Wh at 120, bob bids 600 at 160,
// carol 600 at 140: 130 won/kWh) through settlement, with alice's and carol's readings.
func (w *solarWorld) interval(alice, carol uint64) *txsend.Receipt {
	w.t.Helper()
	k := w.next()
	w.must(w.post(w.alice, w.area, k, 1000, 120))
	w.must(w.post(w.bob, w.area, k, 600, 160))
	w.must(w.post(w.carol, w.area, k, 600, 140))
	w.afterGate(k)
	_, err := w.clear(w.area, k)
	w.must(err)
	w.afterEnd(k)
	w.must(w.readings(k, map[*account]uint64{w.alice: alice, w.bob: 600, w.carol: carol}))
	return w.stranger.ok(w.market, w.abi, "settle", w.area, k)
}

// debts lists r's UtilityDebt or UtilityDebtPaid events as "household amount order".
func (w *solarWorld) debts(r *txsend.Receipt, name string) []string {
	var out []string
	for _, ev := range r.Events {
		if ev.Name == name {
			out = append(out, fmt.Sprintf("%s %s %s", w.name(eventField(ev, "household")), eventField(ev, "amount"), eventField(ev, "orderId")))
		}
	}
	return out
}

func (w *solarWorld) balance(a *account) int64 {
	w.t.Helper()
	acc, err := w.view.GetAccount(nil, a.addr())
	if err != nil {
		w.t.Fatal(err)
	}
	return acc.Balance.Int64()
}

func (w *solarWorld) must(err error) {
	w.t.Helper()
	if err != nil {
		w.t.Fatal(err)
	}
}

// TestSolarInterval: one interval from orders to settlement, computed by hand.
// alice asks 1,000 Wh at 120 won/kWh; bob bids 600 Wh at 160 (gasless, through the
// forwarder); carol bids 600 Wh at 140. Bob is filled first (higher bid), carol gets the
// remaining 400 Wh; the marginal pair is carol's 140 and alice's 120: price 130.
// Readings: alice delivered 900 Wh (100 short), bob used 600, carol 300 (100 unused).
//   - bob pays 600 × 130 = 78 won and a grid fee of 600 × 10 = 6;
//   - carol pays 400 × 130 = 52 and a fee of 4; the utility buys her unused 100 Wh back at
//     100 won/kWh: 10;
//   - alice receives 1,000 × 130 = 130 and buys her 100 Wh shortfall at 200: 20;
//   - the utility nets 20 − 10 = +10; the grid operator (the city too) the fees, 10.
func TestSolarInterval(t *testing.T) {
	w := newSolarWorld(t)
	k := w.next()
	w.must(w.post(w.alice, w.area, k, 1000, 120))
	w.must(w.gasless(w.bob, "bid", w.meter[w.bob], w.area, k, uint64(600), uint64(160)))
	w.must(w.post(w.carol, w.area, k, 600, 140))
	if got := w.balance(w.bob); got != 100_000 {
		t.Fatalf("bob's balance %d: the relayer, not bob, paid for the gasless bid", got)
	}
	acc, _ := w.view.GetAccount(nil, w.bob.addr())
	if acc.Locked.Int64() != 96+6 { // 600 Wh at 160 and the fee, rounded up
		t.Fatalf("bob's lock %d, want 102", acc.Locked)
	}

	w.afterGate(k)
	res, err := w.clear(w.area, k)
	w.must(err)
	if res.Price != 130 || !slices.Equal(res.Filled, []uint64{1000, 600, 400}) {
		t.Fatalf("clearing %+v", res)
	}
	w.afterEnd(k)
	w.must(w.readings(k, map[*account]uint64{w.alice: 900, w.bob: 600, w.carol: 300}))
	r := w.city.ok(w.market, w.abi, "settle", w.area, k)
	event(t, r, "Settled")

	want := map[*account]int64{w.alice: 100_000 + 130 - 20, w.bob: 100_000 - 78 - 6, w.carol: 100_000 - 52 - 4 + 10,
		w.city: 100_000 + 10 + 10}
	for a, v := range want {
		if got := w.balance(a); got != v {
			t.Errorf("balance of %s: %d, want %d", a.addr().Hex(), got, v)
		}
		if acc, _ := w.view.GetAccount(nil, a.addr()); acc.Locked.Sign() != 0 {
			t.Errorf("%s still has %d locked", a.addr().Hex(), acc.Locked)
		}
	}
	// What is left is withdrawn in full.
	w.alice.ok(w.market, w.abi, "withdraw", big.NewInt(w.balance(w.alice)))
}

// TestSolarRecomputeFromEvents: anyone reading the events gets the posted clearing again:
// the same digest, price and fills (the recomputation `solar show` does).
func TestSolarRecomputeFromEvents(t *testing.T) {
	w := newSolarWorld(t)
	k := w.next()
	w.must(w.post(w.alice, w.area, k, 700, 110))
	w.must(w.post(w.bob, w.area, k, 500, 190))
	w.must(w.post(w.carol, w.area, k, 500, 150))
	w.carol.ok(w.market, w.abi, "cancel", w.city.bigCall(w.market, w.abi, "orderCount"))
	w.must(w.post(w.dave, w.other, k, 500, 150)) // another area: not in mapo-1's book
	w.afterGate(k)
	_, err := w.clear(w.area, k)
	w.must(err)

	posted, err := solar.Posted(context.Background(), w.filt, w.area, k)
	w.must(err)
	book, err := solar.Book(context.Background(), w.filt, w.area, k)
	w.must(err)
	again, err := solar.Clear(book, solar.Tariffs{Buy: deploy.SolarBuyTariff, Sell: deploy.SolarSellTariff})
	w.must(err)
	if len(book) != 3 || !book[2].Cancelled {
		t.Fatalf("book from events: %+v", book)
	}
	if posted.Price != again.Price || posted.MatchedWh != again.MatchedWh || !slices.Equal(posted.Filled, again.Filled) ||
		common.Hash(posted.Digest) != solar.Digest(book) {
		t.Fatalf("posted %d %d %v %x, recomputed %+v %x", posted.Price, posted.MatchedWh, posted.Filled, posted.Digest, again, solar.Digest(book))
	}
	if again.Price != 150 || !slices.Equal(again.Filled, []uint64{500, 500, 0}) {
		t.Fatalf("recomputed %+v, want 150 and 500/500/0", again)
	}
}

// TestSolarRefusals: every rule, broken once, with the custom error it reverts with. The
// passing side of each is in TestSolarInterval (or the line before the refusal).
func TestSolarRefusals(t *testing.T) {
	w := newSolarWorld(t)
	k := w.next()
	unknown, _ := solar.MeterHash("no-such-meter")
	nowhere, _ := solar.AreaCode("nowhere")
	send := func(a *account, method string, args ...any) error {
		_, err := a.send(w.market, w.abi, method, args...)
		return err
	}
	cases := []struct {
		name string
		err  error
		want string
		args map[string]string
	}{
		{"unregistered meter", send(w.alice, "ask", unknown, w.area, k, uint64(100), uint64(120)), "SolarUnknownMeter", nil},
		{"someone else's meter", send(w.bob, "ask", w.meter[w.alice], w.area, k, uint64(100), uint64(120)),
			"SolarNotMeterOwner", map[string]string{"caller": w.bob.addr().Hex()}},
		{"another area", w.post(w.dave, w.area, k, 100, 150), "SolarWrongArea", nil},
		{"a prosumer bidding", send(w.alice, "bid", w.meter[w.alice], w.area, k, uint64(100), uint64(120)), "SolarWrongSide", nil},
		{"zero quantity", w.post(w.bob, w.area, k, 0, 150), "SolarBadQuantity", map[string]string{"wh": "0"}},
		{"absurd quantity", w.post(w.bob, w.area, k, 1_000_001, 150), "SolarBadQuantity", nil},
		{"price below the utility's buy tariff", w.post(w.bob, w.area, k, 100, 99), "SolarPriceOutOfRange", nil},
		{"price above the utility's sell tariff", w.post(w.alice, w.area, k, 100, 201), "SolarPriceOutOfRange", nil},
		{"more than the deposit covers", w.post(w.bob, w.area, k, 1_000_000, 200), "SolarInsufficientDeposit",
			map[string]string{"needed": "210000", "available": "100000"}},
		{"unknown area", send(w.city, "addMeter", unknown, w.bob.addr(), solar.KindConsumer, nowhere), "SolarUnknownArea", nil},
		{"meter registered twice", send(w.city, "addMeter", w.meter[w.bob], w.bob.addr(), solar.KindConsumer, w.area), "SolarMeterExists", nil},
		{"meter registered by a non-operator", send(w.stranger, "addMeter", unknown, w.bob.addr(), solar.KindConsumer, w.area),
			"AccessControlUnauthorizedAccount", nil},
		{"area registered twice", send(w.city, "addArea", w.area, uint32(900), uint32(300)), "SolarAreaExists", nil},
		{"interval too short", send(w.city, "addArea", nowhere, uint32(9), uint32(0)), "SolarBadSchedule", nil},
		{"sell tariff below buy tariff", send(w.city, "setTariffs", uint64(200), uint64(100), uint64(0)), "SolarBadTariffs", nil},
		{"withdraw more than deposited", send(w.bob, "withdraw", big.NewInt(100_001)), "SolarInsufficientDeposit", nil},
		{"clearing before gate closure", send(w.city, "postClearing", w.area, k, uint64(0), common.Hash{}, []uint64{}),
			"SolarGateOpen", nil},
		{"settlement before clearing", send(w.city, "settle", w.area, k), "SolarNotCleared", nil},
		{"readings before the interval's end", w.readings(k, map[*account]uint64{w.bob: 1}), "SolarIntervalNotOver", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { reverts(t, c.err, c.want, c.args) })
	}

	// A book: alice asks 1,000 at 120, bob bids 600 at 160, carol 600 at 140 (clears at 130).
	w.must(w.post(w.alice, w.area, k, 1000, 120))
	w.must(w.post(w.bob, w.area, k, 600, 160))
	w.must(w.post(w.carol, w.area, k, 600, 140))
	t.Run("a second order of a meter in an interval", func(t *testing.T) {
		reverts(t, w.post(w.bob, w.area, k, 100, 150), "SolarOrderExists", nil)
	})
	t.Run("withdrawing locked money", func(t *testing.T) {
		reverts(t, send(w.bob, "withdraw", big.NewInt(100_000)), "SolarInsufficientDeposit",
			map[string]string{"available": "99898"})
	})
	t.Run("cancel of someone else's order", func(t *testing.T) {
		reverts(t, send(w.carol, "cancel", big.NewInt(2)), "SolarNotMeterOwner", nil)
	})
	digest, _ := w.view.GetBook(nil, w.area, k)
	w.afterGate(k)
	refusals := []struct {
		name string
		err  error
		want string
	}{
		{"another area, after gate closure", w.post(w.bob, w.other, k, 100, 150), "SolarWrongArea"},
		{"an order after gate closure", w.post(w.dave, w.other, k, 100, 150), "SolarGateClosed"},
		{"a cancel after gate closure", send(w.bob, "cancel", big.NewInt(2)), "SolarGateClosed"},
		{"clearing by a non-operator", send(w.stranger, "postClearing", w.area, k, uint64(130), digest.Digest, []uint64{1000, 600, 400}),
			"AccessControlUnauthorizedAccount"},
		{"clearing of another book", send(w.city, "postClearing", w.area, k, uint64(130), common.Hash{1}, []uint64{1000, 600, 400}),
			"SolarBookMismatch"},
		{"fills missing", send(w.city, "postClearing", w.area, k, uint64(130), digest.Digest, []uint64{1000, 600}), "SolarFillsLength"},
		{"more than ordered", send(w.city, "postClearing", w.area, k, uint64(130), digest.Digest, []uint64{1000, 700, 300}), "SolarOverfilled"},
		{"a seller below its ask", send(w.city, "postClearing", w.area, k, uint64(119), digest.Digest, []uint64{1000, 600, 400}),
			"SolarPriceViolatesLimit"},
		{"a buyer above its bid", send(w.city, "postClearing", w.area, k, uint64(145), digest.Digest, []uint64{1000, 600, 400}),
			"SolarPriceViolatesLimit"},
		{"energy bought ≠ sold", send(w.city, "postClearing", w.area, k, uint64(130), digest.Digest, []uint64{1000, 600, 300}), "SolarUnbalanced"},
	}
	for _, c := range refusals {
		t.Run(c.name, func(t *testing.T) { reverts(t, c.err, c.want, nil) })
	}
	_, err := w.clear(w.area, k)
	w.must(err)
	t.Run("clearing posted twice", func(t *testing.T) {
		_, err := w.clear(w.area, k)
		reverts(t, err, "SolarAlreadyCleared", nil)
	})
	w.afterEnd(k)
	t.Run("readings by a non-operator", func(t *testing.T) {
		_, err := w.stranger.send(w.market, w.abi, "postReadings", k, [][32]byte{w.meter[w.bob]}, []uint64{1})
		reverts(t, err, "AccessControlUnauthorizedAccount", nil)
	})
	t.Run("a reading of an unregistered meter", func(t *testing.T) {
		_, err := w.city.send(w.market, w.abi, "postReadings", k, [][32]byte{unknown}, []uint64{1})
		reverts(t, err, "SolarUnknownMeter", nil)
	})
	t.Run("an absurd reading", func(t *testing.T) {
		reverts(t, w.readings(k, map[*account]uint64{w.bob: 10_000_001}), "SolarBadReading", nil)
	})
	w.must(w.readings(k, map[*account]uint64{w.alice: 1000, w.bob: 600}))
	t.Run("readings posted twice", func(t *testing.T) {
		reverts(t, w.readings(k, map[*account]uint64{w.bob: 601}), "SolarReadingExists", map[string]string{"posted": "600", "given": "601"})
		w.must(w.readings(k, map[*account]uint64{w.bob: 600})) // the same again: skipped
	})
	t.Run("settlement before every reading", func(t *testing.T) {
		_, err := w.stranger.send(w.market, w.abi, "settle", w.area, k)
		reverts(t, err, "SolarReadingMissing", map[string]string{"meter": common.Hash(w.meter[w.carol]).Hex()})
	})
	w.must(w.readings(k, map[*account]uint64{w.carol: 400}))
	w.stranger.ok(w.market, w.abi, "settle", w.area, k) // anyone settles
	t.Run("settlement twice", func(t *testing.T) {
		reverts(t, send(w.stranger, "settle", w.area, k), "SolarAlreadySettled", nil)
	})
}

// TestSolarOperatorDeadline: a day after an interval's end, an owner takes back an order
// the market operator never cleared, and settlement takes a reading the metering operator
// never posted as the matched quantity; before that day, both are refused.
func TestSolarOperatorDeadline(t *testing.T) {
	w := newSolarWorld(t)
	const day = 86400
	k := w.next()
	w.must(w.post(w.alice, w.area, k, 1000, 120))
	w.must(w.post(w.bob, w.area, k, 1000, 160))
	k2 := k + 1
	w.must(w.post(w.alice, w.area, k2, 1000, 120))
	w.must(w.post(w.bob, w.area, k2, 1000, 160))
	w.afterGate(k2)
	_, err := w.clear(w.area, k2) // 1,000 Wh at 140
	w.must(err)
	w.afterEnd(k2)
	w.must(w.readings(k2, map[*account]uint64{w.bob: 1000})) // alice's never comes

	_, err = w.bob.send(w.market, w.abi, "cancel", big.NewInt(2))
	reverts(t, err, "SolarGateClosed", nil)
	_, err = w.stranger.send(w.market, w.abi, "settle", w.area, k2)
	reverts(t, err, "SolarReadingMissing", nil)

	w.warp((k2+1)*solarInterval + day)
	// Interval k was never cleared: bob takes his order (and its lock) back.
	r := w.bob.ok(w.market, w.abi, "cancel", big.NewInt(2))
	event(t, r, "OrderCancelled")
	// Interval k2 was cleared: its orders stay.
	_, err = w.bob.send(w.market, w.abi, "cancel", big.NewInt(4))
	reverts(t, err, "SolarGateClosed", nil)
	r = w.stranger.ok(w.market, w.abi, "settle", w.area, k2)
	event(t, r, "ReadingTakenAsMatched")
	// alice is paid 1,000 Wh at 140 and owes no shortfall; bob pays 140 and a fee of 10.
	for a, want := range map[*account]int64{w.alice: 100_000 + 140, w.bob: 100_000 - 140 - 10} {
		if got := w.balance(a); got != want {
			t.Errorf("balance %d, want %d", got, want)
		}
	}
	if acc, _ := w.view.GetAccount(nil, w.bob.addr()); acc.Locked.Sign() != 0 {
		t.Errorf("bob still has %s locked", acc.Locked)
	}
	// Alice's order of interval k is still hers to cancel; a late clearing cannot fill bob's.
	_, err = w.city.send(w.market, w.abi, "postClearing", w.area, k, uint64(140), bookDigest(t, w, k), []uint64{1000, 1000})
	reverts(t, err, "SolarOverfilled", nil)
}

func bookDigest(t *testing.T, w *solarWorld, k uint64) common.Hash {
	t.Helper()
	b, err := w.view.GetBook(nil, w.area, k)
	if err != nil {
		t.Fatal(err)
	}
	return b.Digest
}

// TestSolarBounds: amounts are bounded by named errors, never truncated: a deposit beyond an
// account's 128 bits (SolarAmountTooLarge; exactly up to the bound it is taken), a grid fee
// above MAX_TARIFF (SolarBadGridFee; MAX_TARIFF itself is taken, and the largest order's lock
// at that fee is released whole by its cancel).
func TestSolarBounds(t *testing.T) {
	w := newSolarWorld(t)
	room := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 128), big.NewInt(1))
	room.Sub(room, big.NewInt(100_000)) // the stranger's deposit so far
	huge := new(big.Int).Add(room, big.NewInt(1))
	w.city.ok(w.token, w.krw, "mint", w.stranger.addr(), huge, "SOLAR-HUGE")
	w.stranger.ok(w.token, w.krw, "approve", w.market, huge)
	t.Run("a deposit past the account's 128 bits", func(t *testing.T) {
		_, err := w.stranger.send(w.market, w.abi, "deposit", huge)
		reverts(t, err, "SolarAmountTooLarge", map[string]string{"amount": huge.String(), "room": room.String()})
	})
	w.stranger.ok(w.market, w.abi, "deposit", room) // exactly to the bound
	if acc, _ := w.view.GetAccount(nil, w.stranger.addr()); acc.Balance.BitLen() != 128 || acc.Balance.Cmp(new(big.Int).Add(room, big.NewInt(100_000))) != 0 {
		t.Fatalf("balance %s, want 2^128 − 1", acc.Balance)
	}
	t.Run("one won more", func(t *testing.T) {
		_, err := w.stranger.send(w.market, w.abi, "deposit", big.NewInt(1))
		reverts(t, err, "SolarAmountTooLarge", map[string]string{"room": "0"})
	})

	t.Run("a grid fee above MAX_TARIFF", func(t *testing.T) {
		_, err := w.city.send(w.market, w.abi, "setTariffs", uint64(100), uint64(200), uint64(100_001))
		reverts(t, err, "SolarBadGridFee", map[string]string{"gridFee": "100001", "max": "100000"})
		_, err = w.city.send(w.market, w.abi, "setTariffs", uint64(100), uint64(200), ^uint64(0))
		reverts(t, err, "SolarBadGridFee", nil)
	})
	// At the bound: bob's largest bid at the highest price locks 1 MWh × (200 + 100,000) won/kWh.
	w.city.ok(w.market, w.abi, "setTariffs", uint64(100), uint64(200), uint64(100_000))
	w.city.ok(w.token, w.krw, "mint", w.bob.addr(), big.NewInt(100_200_000), "SOLAR-BOB")
	w.bob.ok(w.token, w.krw, "approve", w.market, big.NewInt(100_200_000))
	w.bob.ok(w.market, w.abi, "deposit", big.NewInt(100_200_000))
	k := w.next()
	w.must(w.post(w.bob, w.area, k, 1_000_000, 200))
	if acc, _ := w.view.GetAccount(nil, w.bob.addr()); acc.Locked.Int64() != 100_200_000 {
		t.Fatalf("locked %s, want 100,200,000", acc.Locked)
	}
	order := w.city.bigCall(w.market, w.abi, "orderCount")
	w.bob.ok(w.market, w.abi, "cancel", order)
	if acc, _ := w.view.GetAccount(nil, w.bob.addr()); acc.Locked.Sign() != 0 {
		t.Fatalf("locked %s after the cancel, want 0", acc.Locked)
	}
}

// TestSolarUtilityShort: a utility whose deposit cannot pay its buy-backs does not hold the
// interval's settlement: the households' locks are released and what it cannot pay is its
// debt to each (UtilityDebt), queued. Its deposit up to its debt pays only debts, oldest
// first: a new buy-back is paid from what it holds beyond its debt (the rest queued behind),
// payUtilityDebt (anyone calls it) pays at most maxDebts of the queue, the last in part when
// the deposit holds less, and the utility withdraws only what it holds beyond its debt.
// The book of TestSolarInterval, the utility (the city, the grid operator too) holding
// nothing: alice delivers 1,100 Wh (100 over: the utility owes her 10 won, and has nothing
// yet); carol uses 300 of her 400 (10 won back: the 10 won of grid fees the city received
// in the meantime are alice's, so carol's is a debt too).
func TestSolarUtilityShort(t *testing.T) {
	w := newSolarWorld(t)
	w.city.ok(w.market, w.abi, "withdraw", big.NewInt(100_000))
	interval, debts := w.interval, w.debts
	same := func(what string, got []string, want ...string) {
		t.Helper()
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("%s: %v, want %v", what, got, want)
		}
	}
	r := interval(1100, 300) // orders 1 (alice), 2 (bob), 3 (carol)
	same("settlement's debts", debts(r, "UtilityDebt"), "alice 10 1", "carol 10 3")
	want := map[*account]int64{w.alice: 100_000 + 130, w.bob: 100_000 - 78 - 6, w.carol: 100_000 - 52 - 4, w.city: 10}
	for a, v := range want {
		if acc, _ := w.view.GetAccount(nil, a.addr()); acc.Balance.Int64() != v || acc.Locked.Sign() != 0 {
			t.Errorf("%s: balance %s locked %s, want %d and nothing locked", a.addr().Hex(), acc.Balance, acc.Locked, v)
		}
	}
	owed := func(who *account) (int64, int64) {
		out := w.city.call(w.market, w.abi, "utilityDebt", w.city.addr(), who.addr())
		return out[0].(*big.Int).Int64(), out[1].(*big.Int).Int64()
	}
	check := func(step string, alice, carol, total int64) {
		t.Helper()
		a, tot := owed(w.alice)
		c, _ := owed(w.carol)
		if a != alice || c != carol || tot != total {
			t.Fatalf("%s: owed alice %d, carol %d, in all %d; want %d, %d, %d", step, a, c, tot, alice, carol, total)
		}
	}
	check("settled", 10, 10, 20)
	send := func(a *account, method string, args ...any) error {
		_, err := a.send(w.market, w.abi, method, args...)
		return err
	}
	t.Run("the utility withdrawing while in debt", func(t *testing.T) {
		reverts(t, send(w.city, "withdraw", big.NewInt(1)), "SolarUtilityInDebt", map[string]string{"debt": "20", "available": "0"})
	})
	t.Run("paying no debt", func(t *testing.T) {
		reverts(t, send(w.stranger, "payUtilityDebt", w.city.addr(), big.NewInt(0)), "SolarZeroDebts", nil)
	})
	// The oldest first: the 10 won pay alice in whole, carol waits.
	r = w.stranger.ok(w.market, w.abi, "payUtilityDebt", w.city.addr(), big.NewInt(5))
	same("paid", debts(r, "UtilityDebtPaid"), "alice 10 1")
	check("10 won paid", 0, 10, 10)
	t.Run("a debt the utility's deposit cannot pay yet", func(t *testing.T) {
		reverts(t, send(w.carol, "payUtilityDebt", w.city.addr(), big.NewInt(5)), "SolarInsufficientDeposit",
			map[string]string{"needed": "10", "available": "0"})
	})
	w.city.ok(w.market, w.abi, "deposit", big.NewInt(4))
	r = w.carol.ok(w.market, w.abi, "payUtilityDebt", w.city.addr(), big.NewInt(5)) // in part: 4
	same("paid in part", debts(r, "UtilityDebtPaid"), "carol 4 3")
	check("4 won more", 0, 6, 6)

	// A top-up of 10 with 6 owed: alice's next buy-back (10 won) gets the 4 beyond the debt
	// and queues the rest behind carol's; the 6 stay carol's.
	w.city.ok(w.market, w.abi, "deposit", big.NewInt(10))
	r = interval(1100, 400) // orders 4 (alice), 5, 6
	same("second settlement's debts", debts(r, "UtilityDebt"), "alice 6 4")
	for _, ev := range r.Events {
		if ev.Name == "Paid" && eventField(ev, "why") == "3" && eventField(ev, "orderId") == "4" && eventField(ev, "amount") != "4" {
			t.Fatalf("alice's buy-back paid at settlement: %s won, want the 4 beyond the debt", eventField(ev, "amount"))
		}
	}
	check("second settlement", 6, 6, 12)
	if q := w.city.call(w.market, w.abi, "debtQueue", w.city.addr()); q[0].(*big.Int).Int64() != 1 || q[1].(*big.Int).Int64() != 2 {
		t.Fatalf("debt queue from %s, %s debts; want from 1, 2 debts", q[0], q[1])
	}
	t.Run("the utility withdrawing beyond its debt", func(t *testing.T) {
		// 10 − 4 + 10 of fees = 16 held, 12 owed.
		reverts(t, send(w.city, "withdraw", big.NewInt(5)), "SolarUtilityInDebt", map[string]string{"debt": "12", "available": "4"})
	})
	r = w.alice.ok(w.market, w.abi, "payUtilityDebt", w.city.addr(), big.NewInt(1)) // one debt: carol's, older
	same("one debt paid", debts(r, "UtilityDebtPaid"), "carol 6 3")
	check("carol paid", 6, 0, 6)
	r = w.alice.ok(w.market, w.abi, "payUtilityDebt", w.city.addr(), big.NewInt(1))
	same("the next", debts(r, "UtilityDebtPaid"), "alice 6 4")
	check("all paid", 0, 0, 0)
	t.Run("nothing owed", func(t *testing.T) {
		reverts(t, send(w.stranger, "payUtilityDebt", w.city.addr(), big.NewInt(1)), "SolarNoDebt", nil)
	})
	w.city.ok(w.market, w.abi, "withdraw", big.NewInt(4)) // what it holds beyond its debts
	want = map[*account]int64{w.alice: 100_000 + 130 + 10 + 130 + 4 + 6, w.carol: 100_000 - 52 - 4 + 10 - 52 - 4, w.city: 0}
	for a, v := range want {
		if got := w.balance(a); got != v {
			t.Errorf("%s: balance %d, want %d", w.name(a.addr().Hex()), got, v)
		}
	}
}

// TestSolarUtilityOrderInDebt: a utility that owns a meter locks for its orders only what it
// holds beyond what it owes households, as it withdraws: its debts are the households'
// money. The check is made when an order is posted, a bid or an ask.
// TestSolarUtilityShort's first interval leaves the city (the utility) 10 won of fees and
// 20 owed; it deposits 30: 40 held, 20 beyond its debt. A bid of 0.2 kWh at 100
// won/kWh locks 20 + 2 of fee, 2 more than that: refused (before, it locked 22 of the 40
// and its orders could spend money owed); 0.15 kWh at 120 locks 18 + 2 = 20 and is taken,
// and the 20 still pay the debts in whole.
func TestSolarUtilityOrderInDebt(t *testing.T) {
	w := newSolarWorld(t)
	w.city.ok(w.market, w.abi, "withdraw", big.NewInt(100_000))
	w.interval(1100, 300)
	w.city.ok(w.market, w.abi, "deposit", big.NewInt(30))

	k2 := w.next()
	t.Run("an order beyond the utility's debt", func(t *testing.T) {
		reverts(t, w.post(w.city, w.area, k2, 200, 100), "SolarUtilityInDebt", map[string]string{"debt": "20", "available": "20"})
	})
	t.Run("an ask beyond the utility's debt", func(t *testing.T) {
		// A prosumer meter of the utility's: 101 Wh lock 101 × 200 (the sell tariff) = 21 won.
		roof, _ := solar.MeterHash("U")
		w.city.ok(w.market, w.abi, "addMeter", roof, w.city.addr(), solar.KindProsumer, w.area)
		_, err := w.city.send(w.market, w.abi, "ask", roof, w.area, k2, uint64(101), uint64(150))
		reverts(t, err, "SolarUtilityInDebt", map[string]string{"debt": "20", "available": "20"})
	})
	t.Run("an order beyond its deposit", func(t *testing.T) {
		reverts(t, w.post(w.city, w.area, k2, 1000, 200), "SolarInsufficientDeposit", map[string]string{"needed": "210", "available": "40"})
	})
	w.must(w.post(w.city, w.area, k2, 150, 120)) // exactly what it holds beyond its debt
	if acc, _ := w.view.GetAccount(nil, w.city.addr()); acc.Balance.Int64() != 40 || acc.Locked.Int64() != 20 {
		t.Fatalf("the utility's account: balance %s, locked %s; want 40, 20", acc.Balance, acc.Locked)
	}
	t.Run("a withdrawal of the rest", func(t *testing.T) {
		_, err := w.city.send(w.market, w.abi, "withdraw", big.NewInt(1))
		reverts(t, err, "SolarUtilityInDebt", map[string]string{"debt": "20", "available": "0"})
	})
	r := w.stranger.ok(w.market, w.abi, "payUtilityDebt", w.city.addr(), big.NewInt(5))
	if got := w.city.call(w.market, w.abi, "utilityDebt", w.city.addr(), w.carol.addr()); got[1].(*big.Int).Sign() != 0 {
		t.Fatalf("the utility still owes %s after paying its debts (%d events): its order took what was owed", got[1], len(r.Events))
	}
	// Out of debt, a household's rules only: its order locks from its whole free deposit.
	w.city.ok(w.market, w.abi, "deposit", big.NewInt(30))
	w.city.ok(w.market, w.abi, "cancel", w.city.bigCall(w.market, w.abi, "orderCount"))
	w.must(w.post(w.city, w.area, k2, 200, 100))
}

// TestSolarUtilityOwnBuyBack: the utility's own meter, in debt, uses less than its bid
// bought: a buy-back from itself moves nothing and is no debt (before, it was queued as a
// debt to itself, which then blocked its orders and withdrawals, made the next household's
// buy-back a debt though the money was there, and took payUtilityDebt's budget).
// TestSolarUtilityShort's first interval leaves the city 10 won and 20 owed (alice 10,
// carol 10); it deposits 40: 50 held, 30 beyond its debt. Book: alice asks 400 Wh at 120,
// the city bids 200 at 130 (locks 26 + 2), carol 200 at 130: all filled at 125. The city
// pays 25 (the fee of 2 to itself): 25 held, 5 beyond its debt; it reads 0 Wh, a buy-back
// of 20 from itself: nothing. Carol pays 25 and 2 of fee (27 held, 7 beyond the debt) and
// reads 130 Wh: her buy-back of 7 is paid in whole.
func TestSolarUtilityOwnBuyBack(t *testing.T) {
	w := newSolarWorld(t)
	w.city.ok(w.market, w.abi, "withdraw", big.NewInt(100_000))
	w.interval(1100, 300) // orders 1 (alice), 2 (bob), 3 (carol)
	w.city.ok(w.market, w.abi, "deposit", big.NewInt(40))
	carol := w.balance(w.carol)

	k := w.next()
	w.must(w.post(w.alice, w.area, k, 400, 120)) // order 4
	w.must(w.post(w.city, w.area, k, 200, 130))  // order 5
	w.must(w.post(w.carol, w.area, k, 200, 130)) // order 6
	w.afterGate(k)
	c, err := w.clear(w.area, k)
	w.must(err)
	if c.Price != 125 || fmt.Sprint(c.Filled) != "[400 200 200]" {
		t.Fatalf("clearing %d won/kWh, filled %v; want 125, [400 200 200]", c.Price, c.Filled)
	}
	w.afterEnd(k)
	w.must(w.readings(k, map[*account]uint64{w.alice: 400, w.city: 0, w.carol: 130}))
	r := w.stranger.ok(w.market, w.abi, "settle", w.area, k)
	if got := w.debts(r, "UtilityDebt"); len(got) != 0 {
		t.Fatalf("settlement queued debts %v, want none: the utility owes itself nothing and had 7 won for carol", got)
	}
	if out := w.city.call(w.market, w.abi, "utilityDebt", w.city.addr(), w.city.addr()); out[0].(*big.Int).Sign() != 0 || out[1].(*big.Int).Int64() != 20 {
		t.Fatalf("the utility owes itself %s, %s in all; want 0, 20", out[0], out[1])
	}
	if got, want := w.balance(w.carol), carol-25-2+7; got != want {
		t.Fatalf("carol has %d, want %d (her buy-back of 7 paid)", got, want)
	}
	if got := w.balance(w.city); got != 20 {
		t.Fatalf("the utility has %d, want 20", got)
	}
	r = w.stranger.ok(w.market, w.abi, "payUtilityDebt", w.city.addr(), big.NewInt(5))
	if got := fmt.Sprint(w.debts(r, "UtilityDebtPaid")); got != "[alice 10 1 carol 10 3]" {
		t.Fatalf("debts paid %s, want the households' only: [alice 10 1 carol 10 3]", got)
	}
}
