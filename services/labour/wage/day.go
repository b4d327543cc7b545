package wage

import (
	"fmt"
	"strings"
	"time"
)

// Day is a calendar day in Seoul, counted from 1970-01-01: the contract stores days so.
type Day int32

// Date is the Day of year-month-day.
func Date(y int, m time.Month, d int) Day {
	return Day(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// DayOf is the Seoul day of t.
func DayOf(t time.Time) Day {
	y, m, d := t.In(Seoul).Date()
	return Date(y, m, d)
}

// ParseDay reads YYYY-MM-DD.
func ParseDay(s string) (Day, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return 0, fmt.Errorf("date %q: want YYYY-MM-DD", s)
	}
	return Date(t.Date()), nil
}

// Time is the day's midnight in Seoul.
func (d Day) Time() time.Time {
	u := time.Unix(int64(d)*86400, 0).UTC()
	return time.Date(u.Year(), u.Month(), u.Day(), 0, 0, 0, 0, Seoul)
}

// Weekday is the day's day of the week.
func (d Day) Weekday() time.Weekday { return time.Weekday((int(d) + 4) % 7) } // 1970-01-01 was a Thursday

// Monday is the Monday of the day's week (weeks run Monday to Sunday).
func (d Day) Monday() Day { return d - Day((int(d.Weekday())+6)%7) }

func (d Day) String() string { return d.Time().Format(time.DateOnly) }

// Weekdays is a set of working days, bit 0 Monday … bit 6 Sunday (as on chain).
type Weekdays uint8

// Has reports whether w is a working day.
func (s Weekdays) Has(w time.Weekday) bool { return s&(1<<((uint(w)+6)%7)) != 0 }

// Count is the number of working days a week.
func (s Weekdays) Count() int {
	n := 0
	for b := s & 0x7f; b != 0; b &= b - 1 {
		n++
	}
	return n
}

// ParseWeekdays reads "mon,tue,fri" (or "mon-fri").
func ParseWeekdays(s string) (Weekdays, error) {
	names := []string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
	idx := func(n string) int {
		for i, x := range names {
			if x == n {
				return i
			}
		}
		return -1
	}
	var out Weekdays
	for _, part := range strings.Split(strings.ToLower(strings.ReplaceAll(s, " ", "")), ",") {
		a, b, isRange := strings.Cut(part, "-")
		i, j := idx(a), idx(a)
		if isRange {
			j = idx(b)
		}
		if i < 0 || j < 0 || j < i {
			return 0, fmt.Errorf("working days %q: want names like mon,tue,fri or a range mon-fri", s)
		}
		for k := i; k <= j; k++ {
			out |= 1 << k
		}
	}
	if out == 0 {
		return 0, fmt.Errorf("working days %q: name at least one day (e.g. mon-fri)", s)
	}
	return out, nil
}

func (s Weekdays) String() string {
	names := []string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
	out := ""
	for i, n := range names {
		if s&(1<<i) != 0 {
			if out != "" {
				out += ","
			}
			out += n
		}
	}
	return out
}

// MarshalText writes the day as YYYY-MM-DD (JSON shows dates, not day numbers).
func (d Day) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads YYYY-MM-DD.
func (d *Day) UnmarshalText(b []byte) error {
	v, err := ParseDay(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
