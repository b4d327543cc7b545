package wage

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/shopspring/decimal"
)

// Shift is one day's confirmed work: minutes from the midnight of Day, End after Start; a
// shift crossing midnight ends after 1440 (23:00–02:00 is 1380–1560).
type Shift struct {
	Day   Day `json:"day"`
	Start int `json:"start"`
	End   int `json:"end"`
}

// Minutes is the shift's length.
func (s Shift) Minutes() int { return s.End - s.Start }

func (s Shift) String() string {
	hm := func(m int) string { return fmt.Sprintf("%02d:%02d", m/60%24, m%60) }
	return fmt.Sprintf("%s %s–%s", s.Day, hm(s.Start), hm(s.End))
}

// Errors of a pay period's shifts.
var (
	ErrBadShift    = errors.New("bad shift")
	ErrOutsideTerm = errors.New("shift outside the contract's period")
	ErrOverlap     = errors.New("overlapping shifts")
)

// CheckShift refuses a shift that is empty, starts outside its day or lasts over 24 h.
func CheckShift(s Shift) error {
	if s.Start < 0 || s.Start >= 24*60 || s.End <= s.Start || s.End-s.Start > 24*60 {
		return fmt.Errorf("%w %s: start within the day, end after the start, at most 24 h", ErrBadShift, s)
	}
	return nil
}

// Period is one pay period's input: the contract's terms, its confirmed shifts (shifts of
// the weeks around the period may be included: they count for the weekly holiday's
// attendance, and are not paid), the days worked that this period does not pay (paid
// already, or outside it: attendance only), the holidays (paid public holidays and the
// weekly rest day a shift fell on), and the minimum-wage table.
type Period struct {
	Terms    Terms
	From, To Day
	Shifts   []Shift
	Worked   []Day
	Holidays map[Day]bool
	Rates    Rates
}

// Payslip is a period's pay, each component apart. Amounts are won, rounded up (see the
// package comment).
type Payslip struct {
	// Contract is the contract's ID, set by the caller: it makes two workers' otherwise equal
	// payslips two hashes.
	Contract             uint64 `json:"contract"`
	From, To             Day    `json:"-"`
	HourlyWage           int64  `json:"hourlyWage"`
	Minutes              int    `json:"minutes"`              // confirmed minutes worked in the period
	OvertimeMinutes      int    `json:"overtimeMinutes"`      // beyond the contract, 8 h a day or 40 h a week (5+ employees)
	NightMinutes         int    `json:"nightMinutes"`         // 22:00–06:00 (5+ employees)
	HolidayMinutes       int    `json:"holidayMinutes"`       // on holidays, up to 8 h a day (5+ employees)
	HolidayLongMinutes   int    `json:"holidayLongMinutes"`   // on holidays beyond 8 h a day (5+ employees)
	WeeklyHolidayMinutes int    `json:"weeklyHolidayMinutes"` // paid weekly holiday (주휴)
	// TopUpMinutes are the minutes worked on days whose minimum wage is above the contract's
	// (a rise set after the contract was signed); empty, the payslip's hash is as before.
	TopUpMinutes  int   `json:"topUpMinutes,omitempty"`
	Base          int64 `json:"base"`
	Overtime      int64 `json:"overtime"`
	Night         int64 `json:"night"`
	Holiday       int64 `json:"holiday"`
	WeeklyHoliday int64 `json:"weeklyHoliday"`
	// MinimumWageTopUp is what the other components, computed at the contract's wage, fall
	// short of at the minimum in force on each day: the law pays a wage under the minimum
	// at the minimum (최저임금법 제6조③).
	MinimumWageTopUp int64 `json:"minimumWageTopUp,omitempty"`
	Total            int64 `json:"total"`
	// WeeksPaid are the Mondays of the weeks whose paid holiday is in this payslip.
	WeeksPaid []Day `json:"-"`
}

// Hash is keccak256 of the payslip's canonical JSON (its period, then its fields in
// order, the contract's ID first): what the contract records and the worker checks the payslip they were given by.
func (p Payslip) Hash() common.Hash {
	b, err := json.Marshal(struct {
		From, To string
		Payslip
	}{p.From.String(), p.To.String(), p})
	if err != nil {
		panic(err) // plain numbers and strings always marshal
	}
	return crypto.Keccak256Hash(b)
}

// Compute is the period's payslip, or the reason the period cannot be paid: a shift
// outside the contract, overlapping shifts, a day before the minimum-wage table.
//
// A day whose minimum wage is above the contract's wage (a rise the contract predates) is
// paid at the minimum: every component is computed at the contract's wage, and the
// difference is the MinimumWageTopUp, each minute at its own day's gap (minutes past
// midnight at the next day's; the weekly holiday at its Sunday's; overtime at the largest gap
// of the days that made it).
func Compute(p Period) (Payslip, error) {
	t := p.Terms
	out := Payslip{From: p.From, To: p.To, HourlyWage: t.HourlyWage}
	if p.To < p.From {
		return out, fmt.Errorf("pay period %s to %s ends before it starts", p.From, p.To)
	}
	shifts := append([]Shift(nil), p.Shifts...)
	sort.Slice(shifts, func(i, j int) bool { return shifts[i].Day < shifts[j].Day })
	worked := map[Day]bool{}
	for i, s := range shifts {
		if err := CheckShift(s); err != nil {
			return out, err
		}
		if !t.Covers(s.Day) {
			return out, fmt.Errorf("%w: %s (the contract runs %s)", ErrOutsideTerm, s, span(t))
		}
		if i > 0 && abs(shifts[i-1], shifts[i-1].End) > abs(s, s.Start) {
			return out, fmt.Errorf("%w: %s and %s", ErrOverlap, shifts[i-1], s)
		}
		worked[s.Day] = true
	}
	for _, d := range p.Worked {
		worked[d] = true
	}

	var base, weekly minuteSum
	// gap is the top-up's won × minutes of each component: minutes × (day's minimum − wage).
	var gap struct{ base, night, holiday, holidayLong, daily, weekly, weeklyHoliday int64 }
	dailyExcess := 0
	weekMinutes, weekGap := map[Day]int{}, map[Day]int64{}
	for _, s := range shifts {
		if s.Day < p.From || s.Day > p.To {
			continue
		}
		out.Minutes += s.Minutes()
		nonHoliday := 0
		var shiftGap int64
		for _, seg := range split(s) {
			g, err := p.gap(seg.day)
			if err != nil {
				return out, err
			}
			n := seg.end - seg.start
			night := overlap(seg.start, seg.end, 0, Night0) + overlap(seg.start, seg.end, Night1, 24*60)
			out.NightMinutes += night
			gap.base += int64(n) * g
			gap.night += int64(night) * g
			if g > 0 {
				out.TopUpMinutes += n
			}
			shiftGap = max(shiftGap, g)
			if p.Holidays[seg.day] {
				short := min(n, HolidayLimit)
				out.HolidayMinutes += short
				out.HolidayLongMinutes += n - short
				gap.holiday += int64(short) * g
				gap.holidayLong += int64(n-short) * g
			} else {
				nonHoliday += n
			}
		}
		contracted := 0
		if t.Days.Has(s.Day.Weekday()) && !p.Holidays[s.Day] {
			contracted = min(t.DailyMinutes, DayLimit)
		}
		dailyExcess += max(0, nonHoliday-contracted)
		gap.daily += int64(max(0, nonHoliday-contracted)) * shiftGap
		weekMinutes[s.Day.Monday()] += nonHoliday
		weekGap[s.Day.Monday()] = max(weekGap[s.Day.Monday()], shiftGap)
	}
	weeklyExcess := 0
	for mon, m := range weekMinutes {
		excess := max(0, m-min(t.WeeklyMinutes, WeekLimit))
		weeklyExcess += excess
		gap.weekly += int64(excess) * weekGap[mon]
	}
	base = minuteSum(out.Minutes)

	// The weekly paid holiday of each week ending (Sunday) in the period.
	if t.WeeklyMinutes >= WeeklyHoliday {
		hours := min(t.WeeklyMinutes/5, 8*60) // (weekly ÷ 40) × 8 h
		for mon := p.From.Monday(); mon+6 <= p.To; mon += 7 {
			if mon+6 < p.From || !t.Covers(mon+6) || !attended(t, mon, worked, p.Holidays) {
				continue
			}
			g, err := p.gap(mon + 6)
			if err != nil {
				return out, err
			}
			out.WeeklyHolidayMinutes += hours
			gap.weeklyHoliday += int64(hours) * g
			out.WeeksPaid = append(out.WeeksPaid, mon)
		}
	}
	weekly = minuteSum(out.WeeklyHolidayMinutes)

	w := decimal.NewFromInt(t.HourlyWage)
	half := w.Div(decimal.NewFromInt(2))
	out.Base = base.pay(w)
	out.WeeklyHoliday = weekly.pay(w)
	topUp := gap.base + gap.weeklyHoliday // won × minutes, doubled below for the half premiums
	if t.FivePlus {
		out.OvertimeMinutes = max(dailyExcess, weeklyExcess)
		out.Overtime = minuteSum(out.OvertimeMinutes).pay(half)
		out.Night = minuteSum(out.NightMinutes).pay(half)
		out.Holiday = minuteSum(out.HolidayMinutes).pay(half) + minuteSum(out.HolidayLongMinutes).pay(w)
		overtimeGap := gap.daily
		if weeklyExcess > dailyExcess {
			overtimeGap = gap.weekly
		}
		topUp = 2*topUp + overtimeGap + gap.night + gap.holiday + 2*gap.holidayLong
	} else {
		out.OvertimeMinutes, out.NightMinutes, out.HolidayMinutes, out.HolidayLongMinutes = 0, 0, 0, 0
		topUp *= 2
	}
	out.MinimumWageTopUp = decimal.NewFromInt(topUp).Div(decimal.NewFromInt(120)).Ceil().IntPart()
	out.Total = out.Base + out.Overtime + out.Night + out.Holiday + out.WeeklyHoliday + out.MinimumWageTopUp
	return out, nil
}

// Floor is the least a payslip of these shifts may be, as the contract checks it: each
// calendar day's minutes (past midnight: the next day's) at the contract's wage or, where
// higher, the minimum in force that day, rounded up to the won.
func Floor(t Terms, r Rates, shifts []Shift) (int64, error) {
	p := Period{Terms: t, Rates: r}
	var owed int64
	for _, s := range shifts {
		for _, seg := range split(s) {
			g, err := p.gap(seg.day)
			if err != nil {
				return 0, err
			}
			owed += int64(seg.end-seg.start) * (t.HourlyWage + g)
		}
	}
	return (owed + 59) / 60, nil
}

// gap is how many won an hour the minimum in force on day d is above the contract's wage (0
// when it is not).
func (p Period) gap(d Day) (int64, error) {
	won, err := p.Rates.On(d)
	if err != nil {
		return 0, err
	}
	return max(0, won-p.Terms.HourlyWage), nil
}

// attended reports whether every contracted working day of the week from mon that lies in
// the contract's period (and is no holiday) has a shift.
func attended(t Terms, mon Day, worked, holidays map[Day]bool) bool {
	some := false
	for d := mon; d < mon+7; d++ {
		if !t.Days.Has(d.Weekday()) || !t.Covers(d) || holidays[d] {
			continue
		}
		if !worked[d] {
			return false
		}
		some = true
	}
	return some
}

type minuteSum int

// pay is minutes × perHour ÷ 60, rounded up to the won.
func (m minuteSum) pay(perHour decimal.Decimal) int64 {
	return decimal.NewFromInt(int64(m)).Mul(perHour).Div(decimal.NewFromInt(60)).Ceil().IntPart()
}

type segment struct {
	day        Day
	start, end int
}

// split cuts a shift at midnight: each part on its calendar day, in minutes of that day.
func split(s Shift) []segment {
	if s.End <= 24*60 {
		return []segment{{s.Day, s.Start, s.End}}
	}
	return []segment{{s.Day, s.Start, 24 * 60}, {s.Day + 1, 0, s.End - 24*60}}
}

func overlap(a0, a1, b0, b1 int) int { return max(0, min(a1, b1)-max(a0, b0)) }

// abs is minute m of shift s's day counted from the epoch.
func abs(s Shift, m int) int { return int(s.Day)*24*60 + m }

func span(t Terms) string {
	if t.Open() {
		return "from " + t.Start.String()
	}
	return t.Start.String() + " to " + t.End.String()
}
