package solar

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/bindings/solarmarket"
	"github.com/seoulchain/seoulchain/internal/amount"
)

// funds is a participant's market account as SolarMarket counts it for a withdrawal or an
// order's lock: Free is the balance less what open orders lock; a utility (the current
// one or a previous one) that owes households takes only what it holds beyond that debt
// (Available), so that what it owes them is not spent through its own orders.
type funds struct {
	Who                                    common.Address
	Balance, Locked, Free, Debt, Available *big.Int
}

// readFunds reads who's account and what who owes households as a utility.
func readFunds(opts *bind.CallOpts, m *solarmarket.SolarMarketCaller, who common.Address) (funds, error) {
	a, err := m.GetAccount(opts, who)
	if err != nil {
		return funds{}, fmt.Errorf("read account: %w", err)
	}
	d, err := m.UtilityDebt(opts, who, who)
	if err != nil {
		return funds{}, fmt.Errorf("read what %s owes households: %w", who.Hex(), err)
	}
	free := new(big.Int).Sub(a.Balance, a.Locked)
	avail := new(big.Int).Sub(free, d.Total)
	if avail.Sign() < 0 {
		avail.SetInt64(0)
	}
	return funds{Who: who, Balance: a.Balance, Locked: a.Locked, Free: free, Debt: d.Total, Available: avail}, nil
}

// take refuses, before anything is sent, what the contract would refuse: need won of the
// deposit (an order's lock, a withdrawal: what) beyond what is free, or for a utility in
// debt beyond what it holds beyond its debt.
func (f funds) take(what string, need *big.Int) error {
	won := func(v *big.Int) string { return amount.Format(v, 0) + " won" }
	if need.Cmp(f.Free) > 0 {
		return fmt.Errorf("%s needs %s of %s's market deposit, which has %s free (balance %s, %s locked by open orders) (SolarInsufficientDeposit). Nothing sent; deposit more first: solar deposit AMOUNT",
			what, won(need), f.Who.Hex(), won(f.Free), won(f.Balance), won(f.Locked))
	}
	if need.Cmp(f.Available) > 0 {
		return fmt.Errorf("%s needs %s of %s's market deposit, but %s owes households %s as the utility and takes only what it holds beyond that: %s of its %s free (SolarUtilityInDebt). Nothing sent; deposit more, and have its debts paid (solar collect)",
			what, won(need), f.Who.Hex(), f.Who.Hex(), won(f.Debt), won(f.Available), won(f.Free))
	}
	return nil
}

// OrderLock is what an order locks of its owner's deposit when posted, as SolarMarket
// computes it: a bid its limit × Wh plus the grid fee, an ask its whole quantity at the
// sell tariff (the shortfall it may have to buy), each rounded up to the won.
func OrderLock(bid bool, wh, price uint64, t Tariffs) *big.Int {
	if bid {
		return new(big.Int).Add(ceilWon(wh, price), ceilWon(wh, t.GridFee))
	}
	return ceilWon(wh, t.Sell)
}

// ceilWon is won for wh Wh at price won per kWh, rounded up.
func ceilWon(wh, price uint64) *big.Int {
	v := new(big.Int).Mul(new(big.Int).SetUint64(wh), new(big.Int).SetUint64(price))
	v.Add(v, big.NewInt(999))
	return v.Div(v, big.NewInt(1000))
}
