package solar

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/seoulchain/seoulchain/bindings/solarmarket"
)

// Meter kinds as SolarMarket numbers them.
const (
	KindProsumer uint8 = 1
	KindConsumer uint8 = 2
)

// KindName is a meter kind's name in the command line and JSON.
func KindName(k uint8) string {
	switch k {
	case KindProsumer:
		return "prosumer"
	case KindConsumer:
		return "consumer"
	}
	return "none"
}

// ParseKind reads a meter kind: prosumer (sells surplus, posts asks) or consumer (posts bids).
func ParseKind(s string) (uint8, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "prosumer":
		return KindProsumer, nil
	case "consumer":
		return KindConsumer, nil
	}
	return 0, fmt.Errorf("meter kind %q: want prosumer or consumer", s)
}

// AreaCode is an area's (a feeder's) code on chain: its name, ASCII, left-aligned in 32
// bytes, so that the chain shows it as written. Names are lower-case letters, digits and '-'.
func AreaCode(name string) (common.Hash, error) {
	var h common.Hash
	if name == "" || len(name) > 32 {
		return h, fmt.Errorf("area %q: want 1 to 32 characters", name)
	}
	for _, r := range name {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
			return h, fmt.Errorf("area %q: only lower-case letters, digits and '-'", name)
		}
	}
	copy(h[:], name)
	return h, nil
}

// AreaName is the name an area code was made from.
func AreaName(h common.Hash) string { return strings.TrimRight(string(h[:]), "\x00") }

// MeterHash is a meter's ID on chain: the keccak256 of its serial number, so that the chain
// holds no utility customer number; the metering operator and the owner know the serial.
// An ID given as a 0x-prefixed 32-byte hash is taken as the hash already.
func MeterHash(id string) (common.Hash, error) {
	id = strings.TrimSpace(id)
	if id == "" {
		return common.Hash{}, errors.New("empty meter ID")
	}
	if strings.HasPrefix(id, "0x") && len(id) == 66 {
		b := common.FromHex(id)
		if len(b) == 32 {
			return common.BytesToHash(b), nil
		}
	}
	return crypto.Keccak256Hash([]byte("seoulchain/solar/meter:" + id)), nil
}

// Book reads an interval's book of an area from the contract's events: the orders in the
// order they were posted, cancellations marked. It is what Clear takes and what anyone can
// recompute a clearing from.
func Book(ctx context.Context, f *solarmarket.SolarMarketFilterer, area common.Hash, interval uint64) ([]Order, error) {
	return readBook(ctx, f, area, interval, nil)
}

// readBook is Book as of block end (nil: the head).
func readBook(ctx context.Context, f *solarmarket.SolarMarketFilterer, area common.Hash, interval uint64, end *uint64) ([]Order, error) {
	opts := &bind.FilterOpts{Context: ctx, End: end}
	posted, err := f.FilterOrderPosted(opts, nil, [][32]byte{area}, []uint64{interval})
	if err != nil {
		return nil, fmt.Errorf("read orders: %w", err)
	}
	defer posted.Close()
	var book []Order
	index := map[uint64]int{}
	for posted.Next() {
		e := posted.Event
		id := e.OrderId.Uint64()
		index[id] = len(book)
		book = append(book, Order{ID: id, Meter: e.Meter, Bid: e.Bid, Wh: e.Wh, Price: e.Price})
	}
	if err := posted.Error(); err != nil {
		return nil, fmt.Errorf("read orders: %w", err)
	}
	cancelled, err := f.FilterOrderCancelled(opts, nil, [][32]byte{area}, []uint64{interval})
	if err != nil {
		return nil, fmt.Errorf("read cancellations: %w", err)
	}
	defer cancelled.Close()
	for cancelled.Next() {
		if i, ok := index[cancelled.Event.OrderId.Uint64()]; ok {
			book[i].Cancelled = true
		}
	}
	if err := cancelled.Error(); err != nil {
		return nil, fmt.Errorf("read cancellations: %w", err)
	}
	return book, nil
}

// Posted is a clearing as posted on chain, or nil if there is none yet.
func Posted(ctx context.Context, f *solarmarket.SolarMarketFilterer, area common.Hash, interval uint64) (*solarmarket.SolarMarketCleared, error) {
	it, err := f.FilterCleared(&bind.FilterOpts{Context: ctx}, [][32]byte{area}, []uint64{interval})
	if err != nil {
		return nil, fmt.Errorf("read clearing: %w", err)
	}
	defer it.Close()
	var out *solarmarket.SolarMarketCleared
	for it.Next() {
		out = it.Event
	}
	return out, it.Error()
}
