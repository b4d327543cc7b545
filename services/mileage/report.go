package mileage

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/seoulchain/seoulchain/bindings/scoin"
	"github.com/seoulchain/seoulchain/internal/amount"
)

// ErrReportMismatch is returned by Report.Check when the events do not add up to the
// contract's own figures.
var ErrReportMismatch = errors.New("report rebuilt from events does not match the contract")

// Expiry is the contract's expiry rule (SCoin.EPOCH_LENGTH and VALIDITY_PERIOD, seconds).
type Expiry struct {
	EpochLength    uint64
	ValidityPeriod uint64
}

// FirstLiveEpoch is the oldest epoch whose points are still spendable at time t.
func (e Expiry) FirstLiveEpoch(t uint64) uint64 {
	if t < e.ValidityPeriod {
		return 0
	}
	return (t - e.ValidityPeriod) / e.EpochLength
}

// ExpiresAt is when the points credited in epoch expire.
func (e Expiry) ExpiresAt(epoch uint64) uint64 {
	return (epoch+1)*e.EpochLength + e.ValidityPeriod
}

// ProgramTotals is one program's points by where they went. Issued = Spent + Expired +
// Outstanding; Redeemed is the part of Spent that merchants have redeemed.
type ProgramTotals struct {
	ID          uint32   `json:"id"`
	Name        string   `json:"name"`
	Active      bool     `json:"active"`
	Credits     int      `json:"credits"`
	Skipped     int      `json:"skipped"`
	Issued      *big.Int `json:"issued"`
	Spent       *big.Int `json:"spent"`
	Redeemed    *big.Int `json:"redeemed"`
	Expired     *big.Int `json:"expired"`
	Outstanding *big.Int `json:"outstanding"`
}

// MerchantTotals is one merchant's points: Held = Received - Redeemed.
type MerchantTotals struct {
	Address     common.Address `json:"address"`
	Name        string         `json:"name"`
	Active      bool           `json:"active"`
	Received    *big.Int       `json:"received"`
	Redeemed    *big.Int       `json:"redeemed"`
	Held        *big.Int       `json:"held"`
	Redemptions int            `json:"redemptions"`
}

// Report is S-Coin as its events tell it at time At. Points are attributed to programs by
// the contract's own order: a spend takes a citizen's oldest epoch first and, within an epoch
// (where the contract does not tell programs apart), the earliest credit first; a
// redemption takes the merchant's earliest receipts first.
type Report struct {
	At        uint64            `json:"at"`
	Programs  []*ProgramTotals  `json:"programs"`
	Merchants []*MerchantTotals `json:"merchants"`
	// Expired counts every expired point; Swept the part already removed from totalSupply.
	Expired *big.Int `json:"expired"`
	Swept   *big.Int `json:"swept"`
	// Supply is what totalSupply must be: outstanding + merchants' held + expired - swept.
	Supply *big.Int `json:"supply"`

	citizens map[common.Address]map[uint64][]lot
	expiry   Expiry
}

type lot struct {
	program uint32
	amount  uint64
}

// Balance is a citizen's unexpired points at the report's time, or a merchant's held points.
func (r *Report) Balance(a common.Address) *big.Int {
	for _, m := range r.Merchants {
		if m.Address == a {
			return new(big.Int).Set(m.Held)
		}
	}
	sum := new(big.Int)
	first := r.expiry.FirstLiveEpoch(r.At)
	for e, lots := range r.citizens[a] {
		if e >= first {
			for _, l := range lots {
				sum.Add(sum, new(big.Int).SetUint64(l.amount))
			}
		}
	}
	return sum
}

// Check compares the report with the contract's totalSupply and each program's issued
// total as the contract reports them (issued may be nil to skip that check). Within the
// report, issued = spent + expired + outstanding holds by construction: every credited lot
// is in exactly one of those places.
func (r *Report) Check(totalSupply *big.Int, issued map[uint32]*big.Int) error {
	var bad []string
	if r.Supply.Cmp(totalSupply) != 0 {
		bad = append(bad, fmt.Sprintf("totalSupply is %s, events give %s", amount.Format(totalSupply, 0), amount.Format(r.Supply, 0)))
	}
	for _, p := range r.Programs {
		if want, ok := issued[p.ID]; ok && want.Cmp(p.Issued) != 0 {
			bad = append(bad, fmt.Sprintf("program %d issued %s, events give %s", p.ID, amount.Format(want, 0), amount.Format(p.Issued, 0)))
		}
	}
	if len(bad) > 0 {
		return fmt.Errorf("%w: %v", ErrReportMismatch, bad)
	}
	return nil
}

// Rebuild replays S-Coin's logs, in chain order, to time at. blockTime gives the time of
// each block that holds one of the logs: expiry depends on when points were credited.
func Rebuild(logs []types.Log, blockTime func(block uint64) (uint64, error), exp Expiry, at uint64) (*Report, error) {
	if exp.EpochLength == 0 {
		return nil, errors.New("rebuild S-Coin report: epoch length is 0")
	}
	f, err := scoin.NewSCoinFilterer(common.Address{}, nil)
	if err != nil {
		return nil, err
	}
	a, err := scoin.SCoinMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	r := &Report{At: at, Expired: new(big.Int), Swept: new(big.Int), citizens: map[common.Address]map[uint64][]lot{}, expiry: exp}
	programs := map[uint32]*ProgramTotals{}
	merchants := map[common.Address]*MerchantTotals{}
	merchantLots := map[common.Address][]lot{}
	program := func(id uint32) *ProgramTotals {
		p, ok := programs[id]
		if !ok {
			p = &ProgramTotals{ID: id, Issued: new(big.Int), Spent: new(big.Int), Redeemed: new(big.Int), Expired: new(big.Int), Outstanding: new(big.Int)}
			programs[id] = p
		}
		return p
	}
	add := func(v *big.Int, n uint64) { v.Add(v, new(big.Int).SetUint64(n)) }
	for _, l := range logs {
		if len(l.Topics) == 0 {
			continue
		}
		ev, err := a.EventByID(l.Topics[0])
		if err != nil {
			continue
		}
		t, err := blockTime(l.BlockNumber)
		if err != nil {
			return nil, fmt.Errorf("time of block %d: %w", l.BlockNumber, err)
		}
		switch ev.Name {
		case "ProgramAdded":
			e, err := f.ParseProgramAdded(l)
			if err != nil {
				return nil, err
			}
			p := program(e.ProgramId)
			p.Name, p.Active = e.Name, true
		case "ProgramUpdated":
			e, err := f.ParseProgramUpdated(l)
			if err != nil {
				return nil, err
			}
			p := program(e.ProgramId)
			p.Name, p.Active = e.Name, e.Active
		case "Credited":
			e, err := f.ParseCredited(l)
			if err != nil {
				return nil, err
			}
			if !e.Amount.IsUint64() {
				return nil, fmt.Errorf("credit of %s in block %d is larger than the contract allows", e.Amount, l.BlockNumber)
			}
			p := program(e.ProgramId)
			p.Credits++
			p.Issued.Add(p.Issued, e.Amount)
			c := r.citizen(e.Citizen)
			epoch := t / exp.EpochLength
			c[epoch] = append(c[epoch], lot{e.ProgramId, e.Amount.Uint64()})
		case "CreditSkipped":
			e, err := f.ParseCreditSkipped(l)
			if err != nil {
				return nil, err
			}
			program(e.ProgramId).Skipped++
		case "MerchantAdded":
			e, err := f.ParseMerchantAdded(l)
			if err != nil {
				return nil, err
			}
			m, ok := merchants[e.Merchant]
			if !ok {
				m = &MerchantTotals{Address: e.Merchant, Received: new(big.Int), Redeemed: new(big.Int), Held: new(big.Int)}
				merchants[e.Merchant] = m
			}
			m.Name, m.Active = e.Name, true
		case "MerchantRemoved":
			e, err := f.ParseMerchantRemoved(l)
			if err != nil {
				return nil, err
			}
			if m, ok := merchants[e.Merchant]; ok {
				m.Active = false
			}
		case "Transfer":
			e, err := f.ParseTransfer(l)
			if err != nil {
				return nil, err
			}
			zero := common.Address{}
			switch {
			case e.From == zero:
				// A credit: counted from its Credited event, which names the program.
			case e.To == zero:
				m, ok := merchants[e.From]
				if !ok {
					return nil, fmt.Errorf("redemption by %s in block %d, which is no merchant", e.From.Hex(), l.BlockNumber)
				}
				taken, left := takeFIFO(merchantLots[e.From], e.Value.Uint64())
				if left != 0 {
					return nil, fmt.Errorf("redemption of %s by %s in block %d exceeds what the events gave it", e.Value, e.From.Hex(), l.BlockNumber)
				}
				merchantLots[e.From] = trimLots(merchantLots[e.From])
				for _, x := range taken {
					add(program(x.program).Redeemed, x.amount)
				}
				m.Redeemed.Add(m.Redeemed, e.Value)
				m.Redemptions++
			case merchants[e.To] != nil:
				taken, err := r.spend(e.From, e.Value.Uint64(), t)
				if err != nil {
					return nil, fmt.Errorf("payment in block %d: %w", l.BlockNumber, err)
				}
				merchantLots[e.To] = append(merchantLots[e.To], taken...)
				for _, x := range taken {
					add(program(x.program).Spent, x.amount)
				}
				m := merchants[e.To]
				m.Received.Add(m.Received, e.Value)
			default:
				// A recovery moves every unexpired point, each keeping its epoch.
				moved := r.move(e.From, e.To, t)
				if moved != e.Value.Uint64() {
					return nil, fmt.Errorf("recovery of %s to %s in block %d moved %s, events give %d", e.From.Hex(), e.To.Hex(), l.BlockNumber, e.Value, moved)
				}
			}
		case "Expired":
			e, err := f.ParseExpired(l)
			if err != nil {
				return nil, err
			}
			r.Swept.Add(r.Swept, e.Amount)
		}
	}
	first := exp.FirstLiveEpoch(at)
	held := new(big.Int)
	for _, c := range r.citizens {
		for e, lots := range c {
			for _, x := range lots {
				if e < first {
					add(program(x.program).Expired, x.amount)
					add(r.Expired, x.amount)
				} else {
					add(program(x.program).Outstanding, x.amount)
				}
			}
		}
	}
	for _, m := range merchants {
		m.Held.Sub(m.Received, m.Redeemed)
		held.Add(held, m.Held)
		r.Merchants = append(r.Merchants, m)
	}
	for _, p := range programs {
		r.Programs = append(r.Programs, p)
	}
	slices.SortFunc(r.Programs, func(a, b *ProgramTotals) int { return int(a.ID) - int(b.ID) })
	slices.SortFunc(r.Merchants, func(a, b *MerchantTotals) int { return a.Address.Cmp(b.Address) })
	r.Supply = new(big.Int).Sub(r.Expired, r.Swept)
	r.Supply.Add(r.Supply, held)
	for _, p := range r.Programs {
		r.Supply.Add(r.Supply, p.Outstanding)
	}
	return r, nil
}

func (r *Report) citizen(a common.Address) map[uint64][]lot {
	c, ok := r.citizens[a]
	if !ok {
		c = map[uint64][]lot{}
		r.citizens[a] = c
	}
	return c
}

// spend takes amount from the citizen's oldest unexpired epochs at time t.
func (r *Report) spend(from common.Address, amt uint64, t uint64) ([]lot, error) {
	c := r.citizen(from)
	var out []lot
	left := amt
	for _, e := range sortedEpochs(c) {
		if e < r.expiry.FirstLiveEpoch(t) || left == 0 {
			continue
		}
		var taken []lot
		taken, left = takeFIFO(c[e], left)
		out = append(out, taken...)
		if c[e] = trimLots(c[e]); len(c[e]) == 0 {
			delete(c, e)
		}
	}
	if left != 0 {
		return nil, fmt.Errorf("%s spent %d with %d unexpired", from.Hex(), amt, amt-left)
	}
	return out, nil
}

// move hands every unexpired lot of from to to, keeping epochs; expired lots stay behind.
func (r *Report) move(from, to common.Address, t uint64) uint64 {
	src, dst := r.citizen(from), r.citizen(to)
	var moved uint64
	for _, e := range sortedEpochs(src) {
		if e < r.expiry.FirstLiveEpoch(t) {
			continue
		}
		for _, x := range src[e] {
			moved += x.amount
		}
		dst[e] = append(dst[e], src[e]...)
		delete(src, e)
	}
	return moved
}

// takeFIFO takes up to amt from the front of lots, zeroing what it takes, and returns what
// it took and what is still to take.
func takeFIFO(lots []lot, amt uint64) ([]lot, uint64) {
	var out []lot
	for i := range lots {
		if amt == 0 {
			break
		}
		n := min(lots[i].amount, amt)
		if n == 0 {
			continue
		}
		out = append(out, lot{lots[i].program, n})
		lots[i].amount -= n
		amt -= n
	}
	return out, amt
}

func trimLots(lots []lot) []lot {
	for len(lots) > 0 && lots[0].amount == 0 {
		lots = lots[1:]
	}
	return lots
}

func sortedEpochs(c map[uint64][]lot) []uint64 {
	out := make([]uint64, 0, len(c))
	for e := range c {
		out = append(out, e)
	}
	slices.Sort(out)
	return out
}

// points is an amount of S-Coin as JSON gives it: a plain decimal string.
func points(x *big.Int) amount.Value { return amount.Value{Units: x} }

// MarshalJSON gives the amounts as plain decimal strings with the unit, as every command's
// JSON does (big.Int alone would be a JSON number).
func (p *ProgramTotals) MarshalJSON() ([]byte, error) {
	type plain ProgramTotals
	return json.Marshal(struct {
		*plain
		Unit        string       `json:"unit"`
		Issued      amount.Value `json:"issued"`
		Spent       amount.Value `json:"spent"`
		Redeemed    amount.Value `json:"redeemed"`
		Expired     amount.Value `json:"expired"`
		Outstanding amount.Value `json:"outstanding"`
	}{(*plain)(p), Unit, points(p.Issued), points(p.Spent), points(p.Redeemed), points(p.Expired), points(p.Outstanding)})
}

// MarshalJSON: see ProgramTotals.MarshalJSON.
func (m *MerchantTotals) MarshalJSON() ([]byte, error) {
	type plain MerchantTotals
	return json.Marshal(struct {
		*plain
		Unit     string       `json:"unit"`
		Received amount.Value `json:"received"`
		Redeemed amount.Value `json:"redeemed"`
		Held     amount.Value `json:"held"`
	}{(*plain)(m), Unit, points(m.Received), points(m.Redeemed), points(m.Held)})
}

// MarshalJSON: see ProgramTotals.MarshalJSON.
func (r *Report) MarshalJSON() ([]byte, error) {
	type plain Report
	return json.Marshal(struct {
		*plain
		Unit    string       `json:"unit"`
		Expired amount.Value `json:"expired"`
		Swept   amount.Value `json:"swept"`
		Supply  amount.Value `json:"supply"`
	}{(*plain)(r), Unit, points(r.Expired), points(r.Swept), points(r.Supply)})
}
