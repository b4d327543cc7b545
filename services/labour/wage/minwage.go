package wage

import (
	"errors"
	"fmt"
	"sort"
	"time"
)

// Seoul is Korea Standard Time: the law's days and nights are Seoul's.
var Seoul = time.FixedZone("KST", 9*60*60)

// Rate is the statutory minimum hourly wage in won from the day Effective on (Seoul time).
type Rate struct {
	Effective Day
	Won       int64
}

// Rates is a minimum-wage table, ordered by effective day.
type Rates []Rate

// Statutory is the table as announced by the Minister of Employment and Labor (고시).
var Statutory = Rates{
	{Effective: Date(2025, 1, 1), Won: 10030},
	{Effective: Date(2026, 1, 1), Won: 10320},
}

// ErrNoRate is returned for a day before the table's first entry.
var ErrNoRate = errors.New("no minimum wage in force")

// ErrBelowMinimum is returned for an hourly wage under the minimum in force on a day.
var ErrBelowMinimum = errors.New("hourly wage below the minimum wage")

// Check refuses a table that is empty, out of order or holds a non-positive rate.
func (r Rates) Check() error {
	if len(r) == 0 {
		return errors.New("minimum-wage table is empty")
	}
	for i, x := range r {
		if x.Won <= 0 {
			return fmt.Errorf("minimum wage from %s is %d won: must be positive", x.Effective, x.Won)
		}
		if i > 0 && x.Effective <= r[i-1].Effective {
			return fmt.Errorf("minimum wage from %s is not after the one from %s: list dates in order", x.Effective, r[i-1].Effective)
		}
	}
	return nil
}

// On returns the rate in force on day d.
func (r Rates) On(d Day) (int64, error) {
	i := sort.Search(len(r), func(i int) bool { return r[i].Effective > d })
	if i == 0 {
		return 0, fmt.Errorf("%w on %s (the table starts %s)", ErrNoRate, d, r.first())
	}
	return r[i-1].Won, nil
}

func (r Rates) first() string {
	if len(r) == 0 {
		return "nowhere: it is empty"
	}
	return r[0].Effective.String()
}

// CheckWage refuses `won` an hour if it is under the rate in force on any day of [from, to]
// (to < from: no end, so every later entry of the table counts too).
func (r Rates) CheckWage(won int64, from, to Day) error {
	min, err := r.On(from)
	if err != nil {
		return err
	}
	if won < min {
		return belowMinimum(won, min, from)
	}
	for _, x := range r {
		if x.Effective > from && (to < from || x.Effective <= to) && won < x.Won {
			return belowMinimum(won, x.Won, x.Effective)
		}
	}
	return nil
}

func belowMinimum(won, min int64, d Day) error {
	return fmt.Errorf("%w: %d won an hour is under %d won in force on %s; raise the wage to at least %d", ErrBelowMinimum, won, min, d, min)
}
