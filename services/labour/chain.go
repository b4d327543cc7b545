package labour

import (
	"context"
	"fmt"
	"math/big"
	"slices"
	"sort"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/bindings/parttimelabour"
	"github.com/seoulchain/seoulchain/services/labour/wage"
)

// Contract statuses and shift statuses, as the contract numbers them.
var (
	statusNames = []string{"none", "proposed", "active", "ended", "cancelled"}
	shiftNames  = []string{"none", "submitted", "confirmed", "disputed", "paid"}
)

const (
	statusProposed = 1
	statusActive   = 2
	statusEnded    = 3
	shiftConfirmed = 2
	shiftPaid      = 4
)

func name(names []string, i uint8) string {
	if int(i) < len(names) {
		return names[i]
	}
	return fmt.Sprintf("status-%d", i)
}

// Chain reads the labour contract.
type Chain struct {
	c    *parttimelabour.PartTimeLabour
	addr common.Address
}

// NewChain binds the contract at addr on a node.
func NewChain(addr common.Address, b bind.ContractBackend) (*Chain, error) {
	c, err := parttimelabour.NewPartTimeLabour(addr, b)
	if err != nil {
		return nil, err
	}
	return &Chain{c: c, addr: addr}, nil
}

func opts(ctx context.Context) *bind.CallOpts { return &bind.CallOpts{Context: ctx} }

// Rates is the minimum-wage table on chain.
func (ch *Chain) Rates(ctx context.Context) (wage.Rates, error) {
	rs, err := ch.c.MinimumWages(opts(ctx))
	if err != nil {
		return nil, fmt.Errorf("read the minimum-wage table: %w", err)
	}
	out := make(wage.Rates, len(rs))
	for i, r := range rs {
		out[i] = wage.Rate{Effective: wage.Day(r.EffectiveDay), Won: int64(r.Won)}
	}
	return out, nil
}

// Today is the chain's day in Seoul (the head block's).
func (ch *Chain) Today(ctx context.Context) (wage.Day, error) {
	d, err := ch.c.Today(opts(ctx))
	if err != nil {
		return 0, fmt.Errorf("read today: %w", err)
	}
	return wage.Day(d), nil
}

// Contract reads contract id; an id never proposed is an error naming it.
func (ch *Chain) Contract(ctx context.Context, id *big.Int) (parttimelabour.PartTimeLabourContract, error) {
	c, err := ch.c.GetContract(opts(ctx), id)
	if err != nil {
		return c, fmt.Errorf("read contract %s: %w", id, err)
	}
	if c.Status == 0 {
		return c, fmt.Errorf("no labour contract #%s (see 'labour history ADDRESS' for a worker's contracts)", id)
	}
	return c, nil
}

// Terms are a recorded contract's terms as the wage rules take them.
func Terms(c parttimelabour.PartTimeLabourContract) wage.Terms {
	t := wage.Terms{HourlyWage: int64(c.HourlyWage), Days: wage.Weekdays(c.WorkDays), DailyMinutes: int(c.DailyMinutes),
		WeeklyMinutes: int(c.WeeklyMinutes), Start: wage.Day(c.StartDay), End: wage.Day(c.EndDay), Payday: int(c.Payday), FivePlus: c.FivePlus}
	if c.EndDay == 0 {
		t.End = t.Start - 1
	}
	return t
}

// DayShift is one day's recorded shift and its status.
type DayShift struct {
	wage.Shift
	Status string `json:"status"`
}

// Shifts reads the shifts of contract id from `from` to `to`.
func (ch *Chain) Shifts(ctx context.Context, id *big.Int, from, to wage.Day) ([]DayShift, error) {
	var out []DayShift
	for d := from; d <= to; d++ {
		s, err := ch.c.ShiftOf(opts(ctx), id, uint32(d))
		if err != nil {
			return nil, fmt.Errorf("read the shift of contract %s on %s: %w", id, d, err)
		}
		if s.Status != 0 {
			out = append(out, DayShift{Shift: wage.Shift{Day: d, Start: int(s.Start), End: int(s.End)}, Status: name(shiftNames, s.Status)})
		}
	}
	return out, nil
}

// Payslip is a recorded payslip as the views show it.
type Payslip struct {
	ID         uint64         `json:"id"`
	ContractID uint64         `json:"contract"`
	Worker     common.Address `json:"worker"`
	Employer   common.Address `json:"employer"`
	From       string         `json:"from"`
	To         string         `json:"to"`
	Minutes    uint32         `json:"minutes"`
	Amount     string         `json:"amount"`
	Due        string         `json:"due"`
	Paid       bool           `json:"paid"`
	DaysLate   uint32         `json:"daysLate"`
	Hash       common.Hash    `json:"hash"`
}

// Payslips are the recorded payslips, optionally only those of contracts in ids (nil: all),
// read from the PayslipRecorded events and each payslip's current state.
func (ch *Chain) Payslips(ctx context.Context, ids []*big.Int, workers []common.Address) ([]Payslip, error) {
	it, err := ch.c.FilterPayslipRecorded(&bind.FilterOpts{Context: ctx}, nil, ids, workers)
	if err != nil {
		return nil, fmt.Errorf("read payslips: %w", err)
	}
	defer it.Close()
	employers := map[uint64]common.Address{}
	var out []Payslip
	for it.Next() {
		ev := it.Event
		p, err := ch.c.Payslip(opts(ctx), ev.PayslipId)
		if err != nil {
			return nil, fmt.Errorf("read payslip %s: %w", ev.PayslipId, err)
		}
		late, err := ch.c.DaysLate(opts(ctx), ev.PayslipId)
		if err != nil {
			return nil, fmt.Errorf("read payslip %s: %w", ev.PayslipId, err)
		}
		cid := ev.ContractId.Uint64()
		if _, ok := employers[cid]; !ok {
			c, err := ch.Contract(ctx, ev.ContractId)
			if err != nil {
				return nil, err
			}
			employers[cid] = c.Employer
		}
		out = append(out, Payslip{ID: ev.PayslipId.Uint64(), ContractID: cid, Worker: ev.Worker, Employer: employers[cid],
			From: wage.Day(p.FromDay).String(), To: wage.Day(p.ToDay).String(), Minutes: p.WorkedMinutes, Amount: p.Amount.String(),
			Due: wage.Day(p.DueDay).String(), Paid: p.PaidDay != 0, DaysLate: late, Hash: p.PayslipHash})
	}
	return out, it.Error()
}

// ContractIDs are the ids of the contracts proposed by employers (nil: any) to workers (nil: any).
func (ch *Chain) ContractIDs(ctx context.Context, employers, workers []common.Address) ([]*big.Int, error) {
	it, err := ch.c.FilterContractProposed(&bind.FilterOpts{Context: ctx}, nil, employers, workers)
	if err != nil {
		return nil, fmt.Errorf("read contracts: %w", err)
	}
	defer it.Close()
	var out []*big.Int
	for it.Next() {
		out = append(out, it.Event.Id)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Cmp(out[j]) < 0 })
	return out, it.Error()
}

// anyPaid reports whether contract id has a shift paid from `from` to `to`.
func (ch *Chain) anyPaid(ctx context.Context, id *big.Int, from, to wage.Day) (bool, error) {
	shifts, err := ch.Shifts(ctx, id, from, to)
	if err != nil {
		return false, err
	}
	for _, s := range shifts {
		if s.Status == shiftNames[shiftPaid] {
			return true, nil
		}
	}
	return false, nil
}

// Recorded is a contract and its id.
type Recorded struct {
	ID *big.Int
	parttimelabour.PartTimeLabourContract
}

// Contracts reads the contracts proposed by employers (nil: any) to workers (nil: any)
// whose status is one of statuses (none given: any).
func (ch *Chain) Contracts(ctx context.Context, employers, workers []common.Address, statuses ...uint8) ([]Recorded, error) {
	ids, err := ch.ContractIDs(ctx, employers, workers)
	if err != nil {
		return nil, err
	}
	var out []Recorded
	for _, id := range ids {
		k, err := ch.Contract(ctx, id)
		if err != nil {
			return nil, err
		}
		if len(statuses) == 0 || slices.Contains(statuses, k.Status) {
			out = append(out, Recorded{id, k})
		}
	}
	return out, nil
}
