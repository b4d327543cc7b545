package bench

import (
	"context"
	"fmt"
	"math/big"
	"math/rand"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/bindings/krwtoken"
	"github.com/seoulchain/seoulchain/bindings/solarmarket"
	"github.com/seoulchain/seoulchain/internal/chaintest"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/services/solar"
)

// solarBench is a market with one area (15-minute intervals, gate closure 5 minutes
// before) and n/2 prosumer meters owned by seller and n/2 consumer meters owned by buyer
// (a building's meters: one key may own many), both with large deposits.
type solarBench struct {
	city, seller, buyer *chaintest.Account
	market              common.Address
	abi                 *abi.ABI
	area                common.Hash
	meters              []common.Hash // even: prosumer, odd: consumer
}

func newSolarBench(b *testing.B, n int) *solarBench {
	b.Helper()
	acc := chaintest.Accounts(b, 3)
	s := &solarBench{city: acc[0], seller: acc[1], buyer: acc[2]}
	addrs := s.city.Deploy(deploy.SolarMarket)
	s.market = addrs[deploy.SolarMarket]
	s.abi, _ = solarmarket.SolarMarketMetaData.GetAbi()
	krw, _ := krwtoken.KRWTokenMetaData.GetAbi()
	s.area, _ = solar.AreaCode("bench-1")
	s.city.Must(s.market, s.abi, "addArea", s.area, uint32(900), uint32(300))
	for i, a := range []*chaintest.Account{s.city, s.seller, s.buyer} {
		token := addrs[deploy.KRWToken]
		s.city.Must(token, krw, "mint", a.Addr(), big.NewInt(1e12), fmt.Sprintf("BENCH-%d", i))
		a.Must(token, krw, "approve", s.market, big.NewInt(1e12))
		a.Must(s.market, s.abi, "deposit", big.NewInt(1e12))
	}
	for i := 0; i < n; i++ {
		m, _ := solar.MeterHash(fmt.Sprintf("bench-%d", i))
		owner, kind := s.seller, solar.KindProsumer
		if i%2 == 1 {
			owner, kind = s.buyer, solar.KindConsumer
		}
		s.city.Must(s.market, s.abi, "addMeter", m, owner.Addr(), kind, s.area)
		s.meters = append(s.meters, m)
	}
	return s
}

func (s *solarBench) warp(ts uint64) {
	if now := s.city.Now(); now < ts {
		s.city.Chain.AdjustTime(time.Duration(ts-now) * time.Second)
	}
}

// interval posts one order per meter for the next open interval (asks from 110 to 150,
// bids from 120 to 180 won/kWh, 500 to 2,500 Wh) and returns it and the orders' gas.
func (s *solarBench) interval(rng *rand.Rand) (k uint64, orderGas []uint64) {
	k = s.city.Now()/900 + 2
	for i, m := range s.meters {
		wh := uint64(500 + rng.Intn(2000))
		if i%2 == 0 {
			orderGas = append(orderGas, s.seller.Must(s.market, s.abi, "ask", m, s.area, k, wh, uint64(110+rng.Intn(5)*10)).GasUsed)
		} else {
			orderGas = append(orderGas, s.buyer.Must(s.market, s.abi, "bid", m, s.area, k, wh, uint64(120+rng.Intn(7)*10)).GasUsed)
		}
	}
	return k, orderGas
}

// clear posts interval k's clearing computed from the events; returns its gas.
func (s *solarBench) clear(b *testing.B, k uint64) uint64 {
	f, _ := solarmarket.NewSolarMarketFilterer(s.market, s.city.S.Backend())
	book, err := solar.Book(context.Background(), f, s.area, k)
	if err != nil {
		b.Fatal(err)
	}
	res, err := solar.Clear(book, solar.Tariffs{Buy: deploy.SolarBuyTariff, Sell: deploy.SolarSellTariff, GridFee: deploy.SolarGridFee})
	if err != nil {
		b.Fatal(err)
	}
	s.warp(k*900 - 300)
	return s.city.Must(s.market, s.abi, "postClearing", s.area, k, res.Price, solar.Digest(book), res.Filled).GasUsed
}

// readings posts every meter's reading of interval k in one batch; returns its gas.
func (s *solarBench) readings(k uint64, rng *rand.Rand) uint64 {
	s.warp((k + 1) * 900)
	wh := make([]uint64, len(s.meters))
	ms := make([][32]byte, len(s.meters))
	for i, m := range s.meters {
		ms[i], wh[i] = m, uint64(rng.Intn(3000))
	}
	return s.city.Must(s.market, s.abi, "postReadings", k, ms, wh).GasUsed
}

// BenchmarkSolarInterval reports, for books of 10, 100 and 400 orders (half asks, half
// bids), the gas of an order (the first of a book pays for the book's tariffs), of the
// clearing and of the settlement, each per order, and of the readings per meter in one
// batch: one interval of one area from orders to settlement.
func BenchmarkSolarInterval(b *testing.B) {
	for _, n := range []int{10, 100, 400} {
		b.Run(fmt.Sprintf("orders=%d", n), func(b *testing.B) {
			s := newSolarBench(b, n)
			rng := rand.New(rand.NewSource(1))
			var orderGas []uint64
			var clearGas, readGas, settleGas uint64
			for i := 0; i < b.N; i++ {
				var k uint64
				k, orderGas = s.interval(rng)
				clearGas = s.clear(b, k)
				readGas = s.readings(k, rng)
				settleGas = s.city.Must(s.market, s.abi, "settle", s.area, k).GasUsed
			}
			var sum uint64
			for _, g := range orderGas[1:] {
				sum += g
			}
			b.ReportMetric(float64(orderGas[0]), "gas/first-order")
			b.ReportMetric(float64(sum)/float64(len(orderGas)-1), "gas/order")
			b.ReportMetric(float64(clearGas), "gas/clearing")
			b.ReportMetric(float64(clearGas)/float64(n), "clearing-gas/order")
			b.ReportMetric(float64(readGas)/float64(n), "gas/reading")
			b.ReportMetric(float64(settleGas), "gas/settlement")
			b.ReportMetric(float64(settleGas)/float64(n), "settlement-gas/order")
		})
	}
}

// BenchmarkSolarClear reports the Go clearing's time for one book of 10,000 orders, and
// for a day of 1,000 meters (96 books of 1,000 orders), the operator's daily work.
func BenchmarkSolarClear(b *testing.B) {
	book := func(rng *rand.Rand, n int) []solar.Order {
		out := make([]solar.Order, n)
		for i := range out {
			out[i] = solar.Order{ID: uint64(i + 1), Bid: i%2 == 1, Wh: uint64(100 + rng.Intn(3000)), Price: uint64(100 + rng.Intn(101))}
		}
		return out
	}
	t := solar.Tariffs{Buy: 100, Sell: 200, GridFee: 10}
	b.Run("orders=10000", func(b *testing.B) {
		bk := book(rand.New(rand.NewSource(1)), 10_000)
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			if _, err := solar.Clear(bk, t); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("day=1000meters×96", func(b *testing.B) {
		rng := rand.New(rand.NewSource(2))
		day := make([][]solar.Order, 96)
		for i := range day {
			day[i] = book(rng, 1000)
		}
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			for _, bk := range day {
				if _, err := solar.Clear(bk, t); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}
