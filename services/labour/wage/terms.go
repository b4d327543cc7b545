package wage

import (
	"errors"
	"fmt"
)

// Minutes in the law's limits.
const (
	DayLimit       = 8 * 60          // beyond 8 h a day is overtime
	WeekLimit      = 40 * 60         // beyond 40 h a week is overtime
	HolidayLimit   = 8 * 60          // holiday work beyond 8 h earns +100 % instead of +50 %
	WeeklyHoliday  = 15 * 60         // from 15 contracted hours a week, a paid weekly holiday
	Night0, Night1 = 6 * 60, 22 * 60 // night is before 06:00 and from 22:00
)

// Terms are a part-timer's written terms (근로조건) as the contract records them.
type Terms struct {
	HourlyWage    int64    // won an hour
	Days          Weekdays // contracted working days
	DailyMinutes  int      // contracted minutes on each working day
	WeeklyMinutes int      // contracted minutes a week
	Start         Day      // first day
	End           Day      // last day; End < Start: no fixed end
	Payday        int      // day of the month wages are due, for the month before (1-28)
	FivePlus      bool     // the workplace has 5 or more employees: the premiums apply
}

// ErrBadTerms is returned for terms that cannot be a contract.
var ErrBadTerms = errors.New("bad contract terms")

// Open reports whether the contract has no fixed end.
func (t Terms) Open() bool { return t.End < t.Start }

// Covers reports whether day d is within the contract's period.
func (t Terms) Covers(d Day) bool { return d >= t.Start && (t.Open() || d <= t.End) }

// Check refuses terms that are incomplete or inconsistent, and a wage under the minimum in
// force on any day of the contract's period.
func (t Terms) Check(r Rates) error {
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%w: %s", ErrBadTerms, fmt.Sprintf(format, a...))
	}
	switch {
	case t.Days&0x7f == 0 || t.Days&^0x7f != 0:
		return bad("no working days: name them (e.g. --days mon-fri)")
	case t.DailyMinutes <= 0 || t.DailyMinutes > 24*60:
		return bad("%d minutes a day: give the contracted hours a day, more than 0 and at most 24", t.DailyMinutes)
	case t.WeeklyMinutes <= 0 || t.WeeklyMinutes > t.Days.Count()*t.DailyMinutes:
		return bad("%d minutes a week: at most %d days × %d minutes a day", t.WeeklyMinutes, t.Days.Count(), t.DailyMinutes)
	case t.Payday < 1 || t.Payday > 28:
		return bad("payday %d: a day of the month from 1 to 28", t.Payday)
	case t.HourlyWage <= 0:
		return bad("hourly wage %d: give the wage in won", t.HourlyWage)
	}
	return r.CheckWage(t.HourlyWage, t.Start, t.End)
}

// Scheme is one of the four social insurances (4대보험), numbered as on chain.
type Scheme uint8

const (
	IndustrialAccident Scheme = iota // 산재보험: every worker, from the first hour
	Pension                          // 국민연금
	Health                           // 건강보험
	Employment                       // 고용보험
)

// Schemes are every scheme, in order.
var Schemes = []Scheme{IndustrialAccident, Pension, Health, Employment}

func (s Scheme) String() string {
	switch s {
	case IndustrialAccident:
		return "industrial-accident"
	case Pension:
		return "pension"
	case Health:
		return "health"
	case Employment:
		return "employment"
	}
	return fmt.Sprintf("scheme-%d", uint8(s))
}

// ParseScheme reads a scheme's name.
func ParseScheme(s string) (Scheme, error) {
	for _, x := range Schemes {
		if x.String() == s {
			return x, nil
		}
	}
	return 0, fmt.Errorf("insurance scheme %q: want industrial-accident, pension, health or employment", s)
}

// MonthlyMinutes is the contracted minutes a month: a week's × 365 ÷ 7 ÷ 12 (the average
// month of 4.345 weeks), rounded down.
func (t Terms) MonthlyMinutes() int { return t.WeeklyMinutes * 365 / 84 }

// ShortHoursLimit is the monthly contracted hours (60) from which pension, health and
// employment insurance apply; below it only industrial-accident insurance does.
const ShortHoursLimit = 60 * 60

// Eligible are the schemes the worker must be enrolled in.
func (t Terms) Eligible() []Scheme {
	if t.MonthlyMinutes() >= ShortHoursLimit {
		return Schemes
	}
	return []Scheme{IndustrialAccident}
}

// EnrolmentDeadline is the last day to report the worker's enrolment: the 15th of the
// month after the contract's start (취득신고 기한).
func (t Terms) EnrolmentDeadline() Day {
	y, m, _ := t.Start.Time().Date()
	return Date(y, m+1, 15)
}

// DueDay is the payday of a pay period ending on `to`: the contract's payday of the month
// after the period's month.
func (t Terms) DueDay(to Day) Day {
	y, m, _ := to.Time().Date()
	return Date(y, m+1, t.Payday)
}
