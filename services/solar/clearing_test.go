package solar

import (
	"errors"
	"math/rand"
	"slices"
	"testing"
)

var testTariffs = Tariffs{Buy: 80, Sell: 200, GridFee: 10}

func bid(id, wh, price uint64) Order { return Order{ID: id, Bid: true, Wh: wh, Price: price} }
func ask(id, wh, price uint64) Order { return Order{ID: id, Wh: wh, Price: price} }

// TestClear: order books computed by hand.
func TestClear(t *testing.T) {
	tests := []struct {
		name   string
		book   []Order
		price  uint64
		filled []uint64
	}{
		{"empty book", nil, 0, []uint64{}},
		{"only bids", []Order{bid(1, 500, 150)}, 0, []uint64{0}},
		{"no overlap: best bid below best ask",
			[]Order{ask(1, 1000, 160), bid(2, 800, 150), bid(3, 300, 120)}, 0, []uint64{0, 0, 0}},
		{"one pair, same size: midpoint",
			[]Order{ask(1, 1000, 100), bid(2, 1000, 150)}, 125, []uint64{1000, 1000}},
		{"equal limits: the price is the limit",
			[]Order{ask(1, 400, 130), bid(2, 400, 130)}, 130, []uint64{400, 400}},
		{"midpoint rounds down to the won",
			[]Order{ask(1, 100, 100), bid(2, 100, 101)}, 100, []uint64{100, 100}},
		{"partial fill of the marginal ask",
			// bids 150 (600) then 140 (300) buy 900 Wh; the 100 ask sells all 500, the
			// 120 ask 400 of 1000; marginal pair bid 140 / ask 120 -> 130.
			[]Order{ask(1, 1000, 120), ask(2, 500, 100), bid(3, 600, 150), bid(4, 300, 140), bid(5, 700, 110)},
			130, []uint64{400, 500, 600, 300, 0}},
		{"partial fill of the marginal bid",
			// 700 Wh offered, 1000 bid at 160: the bid gets 700; marginal 160 / 90 -> 125.
			[]Order{bid(1, 1000, 160), ask(2, 300, 80), ask(3, 400, 90)}, 125, []uint64{700, 300, 400}},
		{"tie among bids: the earlier order first",
			[]Order{ask(1, 500, 100), bid(2, 400, 150), bid(3, 400, 150)}, 125, []uint64{500, 400, 100}},
		{"tie among asks: the earlier order first",
			[]Order{ask(5, 300, 90), ask(2, 300, 90), bid(9, 400, 110)}, 100, []uint64{100, 300, 400}},
		{"cancelled orders take no part",
			[]Order{ask(1, 500, 90), {ID: 2, Bid: true, Wh: 500, Price: 200, Cancelled: true}, bid(3, 200, 100)},
			95, []uint64{200, 0, 200}},
		{"matching stops at the first bid below the ask",
			// 150x300 vs 80x200 -> 200; 150 rest 100 vs 120x500 -> 100; next bid 110 < 120? no:
			// 110 >= 120 is false, stop. Marginal 150 / 120 -> 135.
			[]Order{bid(1, 300, 150), bid(2, 500, 110), ask(3, 200, 80), ask(4, 500, 120)},
			135, []uint64{300, 0, 200, 100}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Clear(tt.book, testTariffs)
			if err != nil {
				t.Fatal(err)
			}
			if got.Price != tt.price || !slices.Equal(got.Filled, tt.filled) {
				t.Fatalf("price %d filled %v, want %d %v", got.Price, got.Filled, tt.price, tt.filled)
			}
		})
	}
}

func TestClearRefusesOrdersOutsideTheRules(t *testing.T) {
	for _, o := range []Order{bid(1, 0, 100), bid(1, 100, 79), ask(1, 100, 201)} {
		if _, err := Clear([]Order{o}, testTariffs); !errors.Is(err, ErrBadOrder) {
			t.Errorf("%+v: got %v, want ErrBadOrder", o, err)
		}
	}
}

// randomBook is n orders with random sides, sizes and prices within the tariffs, some
// cancelled, prices drawn from few values so that ties are frequent.
func randomBook(r *rand.Rand, n int) []Order {
	book := make([]Order, n)
	for i := range book {
		book[i] = Order{ID: uint64(i + 1), Bid: r.Intn(2) == 0, Wh: uint64(1 + r.Intn(3000)),
			Price: testTariffs.Buy + uint64(r.Intn(13))*10, Cancelled: r.Intn(10) == 0}
	}
	return book
}

// TestClearProperties: on random books, no buyer pays above its bid, no seller receives
// below its ask, bought = sold, the price is within the tariffs, nothing more could match.
func TestClearProperties(t *testing.T) {
	r := rand.New(rand.NewSource(23))
	for round := 0; round < 2000; round++ {
		book := randomBook(r, r.Intn(40))
		res, err := Clear(book, testTariffs)
		if err != nil {
			t.Fatal(err)
		}
		var bought, sold uint64
		var bestLeftBid, worstLeftAsk uint64 = 0, ^uint64(0)
		for i, o := range book {
			f := res.Filled[i]
			switch {
			case f > o.Wh, o.Cancelled && f > 0:
				t.Fatalf("round %d: order %+v filled %d", round, o, f)
			case f > 0 && o.Bid && o.Price < res.Price:
				t.Fatalf("round %d: bid %+v pays %d", round, o, res.Price)
			case f > 0 && !o.Bid && o.Price > res.Price:
				t.Fatalf("round %d: ask %+v receives %d", round, o, res.Price)
			}
			if o.Bid {
				bought += f
			} else {
				sold += f
			}
			if !o.Cancelled && f < o.Wh && o.Bid {
				bestLeftBid = max(bestLeftBid, o.Price)
			}
			if !o.Cancelled && f < o.Wh && !o.Bid {
				worstLeftAsk = min(worstLeftAsk, o.Price)
			}
		}
		if bought != sold || bought != res.MatchedWh {
			t.Fatalf("round %d: bought %d sold %d matched %d", round, bought, sold, res.MatchedWh)
		}
		if res.MatchedWh > 0 && (res.Price < testTariffs.Buy || res.Price > testTariffs.Sell) {
			t.Fatalf("round %d: price %d outside the tariffs", round, res.Price)
		}
		if bestLeftBid >= worstLeftAsk {
			t.Fatalf("round %d: a bid at %d and an ask at %d are left unmatched", round, bestLeftBid, worstLeftAsk)
		}
	}
}
