package solar

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Order is one order of an interval's book, as SolarMarket recorded it.
type Order struct {
	// ID is the contract's order number: posting order, which breaks ties.
	ID    uint64      `json:"id"`
	Meter common.Hash `json:"meter"`
	// Bid is a consumer meter's buy order; false is a prosumer's ask.
	Bid bool `json:"bid"`
	// Wh is the quantity, Price the limit in won per kWh (most a buyer pays, least a seller takes).
	Wh        uint64 `json:"wh"`
	Price     uint64 `json:"price"`
	Cancelled bool   `json:"cancelled,omitempty"`
}

// Tariffs are the utility's prices (won per kWh) that bound the market: it buys surplus at
// Buy (feed-in) and sells at Sell (retail); GridFee is charged per kWh bought in the market.
type Tariffs struct {
	Buy     uint64 `json:"buy"`
	Sell    uint64 `json:"sell"`
	GridFee uint64 `json:"gridFee"`
}

// Clearing is the result of one interval's auction in one area.
type Clearing struct {
	// Price is the uniform price in won per kWh; 0 when nothing matched.
	Price     uint64 `json:"price"`
	MatchedWh uint64 `json:"matchedWh"`
	// Filled is each order's matched Wh, in the order of the book given to Clear.
	Filled []uint64 `json:"filled"`
}

// ErrBadOrder is an order the contract would not have taken; Clear refuses the book.
var ErrBadOrder = errors.New("order outside the market's rules")

// Clear runs the uniform-price double auction of one interval's book of one area. The rule
// (the contract checks its result against every order's limit and the energy balance;
// anyone recomputes it from the events):
//
//  1. Cancelled orders take no part. Bids are ranked by price, highest first; asks by
//     price, lowest first; at equal prices the earlier order (lower ID) comes first.
//  2. The best remaining bid is matched with the best remaining ask while the bid's price
//     is at least the ask's, each match the smaller of their remaining quantities; so at
//     most one bid and one ask (the marginal ones, last matched) are filled partially.
//  3. The price is the midpoint of the marginal bid's and ask's prices, rounded down to
//     the won, and kept within the utility's buy and sell tariffs. Every matched bid is at
//     or above the marginal bid and every matched ask at or below the marginal ask, so no
//     buyer pays more than its limit and no seller gets less than its limit.
//  4. When no bid reaches any ask nothing is filled and the price is 0.
func Clear(book []Order, t Tariffs) (Clearing, error) {
	res := Clearing{Filled: make([]uint64, len(book))}
	var bids, asks []int
	for i, o := range book {
		if o.Cancelled {
			continue
		}
		if o.Wh == 0 || o.Price < t.Buy || o.Price > t.Sell {
			return Clearing{}, fmt.Errorf("%w: order %d of %d Wh at %d won/kWh (tariffs %d..%d)", ErrBadOrder, o.ID, o.Wh, o.Price, t.Buy, t.Sell)
		}
		if o.Bid {
			bids = append(bids, i)
		} else {
			asks = append(asks, i)
		}
	}
	rank := func(better func(a, b uint64) bool) func(a, b int) int {
		return func(a, b int) int {
			pa, pb := book[a].Price, book[b].Price
			switch {
			case pa != pb && better(pa, pb):
				return -1
			case pa != pb:
				return 1
			case book[a].ID < book[b].ID:
				return -1
			case book[a].ID > book[b].ID:
				return 1
			}
			return 0
		}
	}
	slices.SortStableFunc(bids, rank(func(a, b uint64) bool { return a > b }))
	slices.SortStableFunc(asks, rank(func(a, b uint64) bool { return a < b }))

	var bi, ai int
	var lastBid, lastAsk uint64
	for bi < len(bids) && ai < len(asks) {
		b, a := bids[bi], asks[ai]
		if book[b].Price < book[a].Price {
			break
		}
		q := min(book[b].Wh-res.Filled[b], book[a].Wh-res.Filled[a])
		res.Filled[b] += q
		res.Filled[a] += q
		res.MatchedWh += q
		lastBid, lastAsk = book[b].Price, book[a].Price
		if res.Filled[b] == book[b].Wh {
			bi++
		}
		if res.Filled[a] == book[a].Wh {
			ai++
		}
	}
	if res.MatchedWh > 0 {
		res.Price = min(max((lastBid+lastAsk)/2, t.Buy), t.Sell)
	}
	return res, nil
}

// Digest is the book's commitment as SolarMarket chains it when each order is posted:
// d = keccak256(abi.encode(d, id, meter, bid, wh, price)), from zero, cancelled orders
// included. The clearing names it, so the contract knows the operator cleared the book it holds.
func Digest(book []Order) common.Hash {
	var d common.Hash
	buf := make([]byte, 6*32)
	for _, o := range book {
		clear(buf)
		copy(buf[0:32], d[:])
		binary.BigEndian.PutUint64(buf[56:64], o.ID)
		copy(buf[64:96], o.Meter[:])
		if o.Bid {
			buf[127] = 1
		}
		binary.BigEndian.PutUint64(buf[152:160], o.Wh)
		binary.BigEndian.PutUint64(buf[184:192], o.Price)
		d = crypto.Keccak256Hash(buf)
	}
	return d
}
