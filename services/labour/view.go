package labour

import (
	"context"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/bindings/parttimelabour"
	"github.com/seoulchain/seoulchain/services/labour/wage"
)

// ContractView is one contract as a worker, an employer or an inspector reads it.
type ContractView struct {
	ID            uint64         `json:"id"`
	Employer      common.Address `json:"employer"`
	Worker        common.Address `json:"worker"`
	Status        string         `json:"status"`
	Start         string         `json:"start"`
	End           string         `json:"end,omitempty"` // the last day; empty while open-ended
	HourlyWage    int64          `json:"hourlyWage"`
	WorkDays      string         `json:"workDays"`
	DailyMinutes  int            `json:"dailyMinutes"`
	WeeklyMinutes int            `json:"weeklyMinutes"`
	Payday        int            `json:"payday"`
	FivePlus      bool           `json:"fivePlus"`
	Document      common.Hash    `json:"document"`
	// Minutes by the shifts' status: submitted (awaiting the worker), confirmed (unpaid),
	// disputed, paid.
	Minutes  map[string]int `json:"minutes"`
	Shifts   []DayShift     `json:"shifts"`
	Payslips []Payslip      `json:"payslips"`
	// Arrears is the won of payslips past their payday and unpaid.
	Arrears    int64       `json:"arrears"`
	PaidInFull bool        `json:"paidInFull"` // every payslip paid and no confirmed minutes unpaid
	Insurance  []Enrolment `json:"insurance"`
}

// Enrolment is one social-insurance scheme the worker is eligible for.
type Enrolment struct {
	Scheme   string       `json:"scheme"`
	Evidence *common.Hash `json:"evidence,omitempty"`
	Recorded string       `json:"recorded,omitempty"`
	Deadline string       `json:"deadline"`
	Missing  bool         `json:"missing"` // not recorded and past the deadline
}

// WorkerView is a worker's record of work: every contract, its hours, payslips and arrears.
type WorkerView struct {
	Worker    common.Address `json:"worker"`
	Contracts []ContractView `json:"contracts"`
}

// View reads contract id in full.
func (ch *Chain) View(ctx context.Context, id *big.Int) (*ContractView, error) {
	c, err := ch.Contract(ctx, id)
	if err != nil {
		return nil, err
	}
	today, err := ch.Today(ctx)
	if err != nil {
		return nil, err
	}
	t := Terms(c)
	v := &ContractView{ID: id.Uint64(), Employer: c.Employer, Worker: c.Worker, Status: name(statusNames, c.Status),
		Start: t.Start.String(), HourlyWage: t.HourlyWage, WorkDays: t.Days.String(), DailyMinutes: t.DailyMinutes,
		WeeklyMinutes: t.WeeklyMinutes, Payday: t.Payday, FivePlus: t.FivePlus, Document: c.DocumentHash, Minutes: map[string]int{}}
	if !t.Open() {
		v.End = t.End.String()
	}
	if v.Shifts, err = ch.shiftsOf(ctx, id); err != nil {
		return nil, err
	}
	for _, s := range v.Shifts {
		v.Minutes[s.Status] += s.Minutes()
	}
	if v.Payslips, err = ch.Payslips(ctx, []*big.Int{id}, nil); err != nil {
		return nil, err
	}
	v.PaidInFull = v.Minutes["confirmed"] == 0
	for _, p := range v.Payslips {
		if !p.Paid {
			v.PaidInFull = false
		}
		if p.DaysLate > 0 {
			a, _ := new(big.Int).SetString(p.Amount, 10)
			v.Arrears += a.Int64()
		}
	}
	if c.Status == statusActive || c.Status == statusEnded {
		if v.Insurance, err = ch.insurance(ctx, id, t, today); err != nil {
			return nil, err
		}
	}
	return v, nil
}

// shiftsOf reads every day contract id has a shift on, as its ShiftSubmitted events list them.
func (ch *Chain) shiftsOf(ctx context.Context, id *big.Int) ([]DayShift, error) {
	it, err := ch.c.FilterShiftSubmitted(&bind.FilterOpts{Context: ctx}, []*big.Int{id}, nil)
	if err != nil {
		return nil, fmt.Errorf("read the shifts of contract %s: %w", id, err)
	}
	defer it.Close()
	days := map[wage.Day]bool{}
	for it.Next() {
		days[wage.Day(it.Event.Day)] = true
	}
	if err := it.Error(); err != nil {
		return nil, err
	}
	sorted := make([]wage.Day, 0, len(days))
	for d := range days {
		sorted = append(sorted, d)
	}
	sort.Slice(sorted, func(i, j int) bool { return sorted[i] < sorted[j] })
	var out []DayShift
	for _, d := range sorted {
		s, err := ch.Shifts(ctx, id, d, d)
		if err != nil {
			return nil, err
		}
		out = append(out, s...) // a day the labour office struck out has no shift left
	}
	return out, nil
}

func (ch *Chain) insurance(ctx context.Context, id *big.Int, t wage.Terms, today wage.Day) ([]Enrolment, error) {
	var out []Enrolment
	deadline := t.EnrolmentDeadline()
	for _, s := range t.Eligible() {
		e, err := ch.c.Enrolment(opts(ctx), id, uint8(s))
		if err != nil {
			return nil, fmt.Errorf("read the %s enrolment of contract %s: %w", s, id, err)
		}
		row := Enrolment{Scheme: s.String(), Deadline: deadline.String()}
		if e.Evidence != ([32]byte{}) {
			h := common.Hash(e.Evidence)
			row.Evidence, row.Recorded = &h, wage.Day(e.Day).String()
		} else {
			row.Missing = today > deadline
		}
		out = append(out, row)
	}
	return out, nil
}

// Worker reads a worker's record of work.
func (ch *Chain) Worker(ctx context.Context, worker common.Address) (*WorkerView, error) {
	ids, err := ch.ContractIDs(ctx, nil, []common.Address{worker})
	if err != nil {
		return nil, err
	}
	out := &WorkerView{Worker: worker, Contracts: []ContractView{}}
	for _, id := range ids {
		v, err := ch.View(ctx, id)
		if err != nil {
			return nil, err
		}
		out.Contracts = append(out.Contracts, *v)
	}
	return out, nil
}

// Period reads what a pay period's payslip is computed from: the contract's terms, the
// minimum-wage table, the confirmed shifts of the period and, for the weekly holiday's
// attendance, those of the period's first week before it; the paid holidays are those of
// the calendar that apply to the contract's workplace.
func (ch *Chain) Period(ctx context.Context, id *big.Int, from, to wage.Day, holidays wage.Calendar) (wage.Period, parttimelabour.PartTimeLabourContract, error) {
	c, err := ch.Contract(ctx, id)
	if err != nil {
		return wage.Period{}, c, err
	}
	if c.Status != statusActive && c.Status != statusEnded {
		return wage.Period{}, c, fmt.Errorf("contract #%s is %s: only a contract the worker signed is paid", id, name(statusNames, c.Status))
	}
	rates, err := ch.Rates(ctx)
	if err != nil {
		return wage.Period{}, c, err
	}
	shifts, err := ch.Shifts(ctx, id, from.Monday(), to)
	if err != nil {
		return wage.Period{}, c, err
	}
	p := wage.Period{Terms: Terms(c), From: from, To: to, Holidays: holidays.For(Terms(c)), Rates: rates}
	for _, s := range shifts {
		switch {
		case s.Day >= from && s.Status == shiftNames[shiftConfirmed]:
			p.Shifts = append(p.Shifts, s.Shift)
		case s.Status == shiftNames[shiftConfirmed] || s.Status == shiftNames[shiftPaid]:
			p.Worked = append(p.Worked, s.Day) // before the period, or paid already
		}
	}
	return p, c, nil
}

// UnpaidHours are a month's confirmed hours with no payslip after that month's payday:
// arrears even though the employer recorded nothing. AtLeast is the base pay of those
// minutes at each day's wage (the contract's, or the minimum in force if higher), rounded
// up: what the contract would check a payslip against (premiums and weekly holiday on top).
type UnpaidHours struct {
	Contract uint64         `json:"contract"`
	Employer common.Address `json:"employer"`
	Worker   common.Address `json:"worker"`
	Month    string         `json:"month"`
	Minutes  int            `json:"minutes"`
	AtLeast  int64          `json:"atLeast"`
	Due      string         `json:"due"`
	DaysLate int            `json:"daysLate"`
}

func (ch *Chain) unpaidHours(ctx context.Context, id *big.Int, k parttimelabour.PartTimeLabourContract, today wage.Day) ([]UnpaidHours, error) {
	shifts, err := ch.shiftsOf(ctx, id)
	if err != nil {
		return nil, err
	}
	t := Terms(k)
	byMonth := map[string]*UnpaidHours{}
	monthShifts := map[string][]wage.Shift{}
	var order []string
	for _, s := range shifts {
		if s.Status != shiftNames[shiftConfirmed] {
			continue
		}
		due := t.DueDay(s.Day)
		if today <= due {
			continue
		}
		m := s.Day.String()[:7]
		u, ok := byMonth[m]
		if !ok {
			u = &UnpaidHours{Contract: id.Uint64(), Employer: k.Employer, Worker: k.Worker, Month: m, Due: due.String(), DaysLate: int(today - due)}
			byMonth[m] = u
			order = append(order, m)
		}
		u.Minutes += s.Minutes()
		monthShifts[m] = append(monthShifts[m], s.Shift)
	}
	rates, err := ch.Rates(ctx)
	if err != nil {
		return nil, err
	}
	var out []UnpaidHours
	for _, m := range order {
		u := byMonth[m]
		if u.AtLeast, err = wage.Floor(t, rates, monthShifts[m]); err != nil {
			return nil, fmt.Errorf("contract #%s: %w", id, err)
		}
		out = append(out, *u)
	}
	return out, nil
}
