package wage

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/seoulchain/seoulchain/internal/deploy"
)

func TestRates(t *testing.T) {
	cases := []struct {
		name     string
		day      Day
		want     int64
		wantsErr error
	}{
		{"last day of 2025", Date(2025, 12, 31), 10030, nil},
		{"first day of 2026", Date(2026, 1, 1), 10320, nil},
		{"mid 2026", Date(2026, 7, 15), 10320, nil},
		{"before the table", Date(2024, 12, 31), 0, ErrNoRate},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Statutory.On(c.day)
			if !errors.Is(err, c.wantsErr) || got != c.want {
				t.Fatalf("On(%s) = %d, %v; want %d, %v", c.day, got, err, c.want, c.wantsErr)
			}
		})
	}
}

func TestCheckWage(t *testing.T) {
	cases := []struct {
		name     string
		won      int64
		from, to Day
		wantsErr error
	}{
		{"2025 rate within 2025", 10030, Date(2025, 6, 1), Date(2025, 12, 31), nil},
		{"2025 rate into 2026", 10030, Date(2025, 6, 1), Date(2026, 1, 1), ErrBelowMinimum},
		{"2025 rate with no end", 10030, Date(2025, 6, 1), Date(2025, 5, 31), ErrBelowMinimum},
		{"2026 rate with no end", 10320, Date(2025, 6, 1), 0, nil},
		{"a won short in 2026", 10319, Date(2026, 2, 1), Date(2026, 2, 28), ErrBelowMinimum},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if err := Statutory.CheckWage(c.won, c.from, c.to); !errors.Is(err, c.wantsErr) {
				t.Fatalf("CheckWage = %v; want %v", err, c.wantsErr)
			}
		})
	}
	if err := (Rates{{Date(2026, 1, 1), 1}, {Date(2025, 1, 1), 2}}).Check(); err == nil {
		t.Fatal("a table out of order passed Check")
	}
}

func TestDays(t *testing.T) {
	if got := Date(2026, 3, 2).Weekday(); got != time.Monday {
		t.Fatalf("2026-03-02 is a %s, want Monday", got)
	}
	if got := Date(2026, 3, 8).Monday(); got != Date(2026, 3, 2) {
		t.Fatalf("Monday of 2026-03-08 = %s", got)
	}
	w, err := ParseWeekdays("mon-wed,sat")
	if err != nil || w != 0b0100111 || !w.Has(time.Saturday) || w.Has(time.Sunday) || w.String() != "mon,tue,wed,sat" {
		t.Fatalf("ParseWeekdays = %07b, %v", w, err)
	}
	if _, err := ParseWeekdays("fri-mon"); err == nil {
		t.Fatal("a backwards range passed")
	}
}

// monFri4h is a part-timer Monday to Friday, 4 h a day (20 h a week), paid on the 10th.
func monFri4h(fivePlus bool) Terms {
	return Terms{HourlyWage: 10320, Days: 0b0011111, DailyMinutes: 240, WeeklyMinutes: 1200,
		Start: Date(2026, 3, 1), End: Date(2026, 12, 31), Payday: 10, FivePlus: fivePlus}
}

// week lists a shift from..to (minutes) on each day of Monday 2026-03-02 + offsets.
func week(from, to int, offsets ...int) []Shift {
	var out []Shift
	for _, o := range offsets {
		out = append(out, Shift{Date(2026, 3, 2) + Day(o), from, to})
	}
	return out
}

func TestCompute(t *testing.T) {
	mon, sun := Date(2026, 3, 2), Date(2026, 3, 8)
	cases := []struct {
		name string
		p    Period
		want Payslip // only the won components and Total are compared, and the minutes set here
	}{
		{
			// 20 h × 10,320 = 206,400; 주휴 (20 ÷ 40) × 8 h = 4 h × 10,320 = 41,280.
			name: "full week, small workplace",
			p:    Period{Terms: monFri4h(false), From: mon, To: sun, Shifts: week(600, 840, 0, 1, 2, 3, 4)},
			want: Payslip{Minutes: 1200, WeeklyHolidayMinutes: 240, Base: 206400, WeeklyHoliday: 41280, Total: 247680},
		},
		{
			// Monday and Tuesday were paid in an earlier payslip (attendance only): 12 h ×
			// 10,320 = 123,840, and the week's holiday 41,280 since every day was worked.
			name: "a week paid in two parts",
			p: Period{Terms: monFri4h(false), From: mon + 2, To: sun, Shifts: week(600, 840, 2, 3, 4),
				Worked: []Day{mon, mon + 1}},
			want: Payslip{Minutes: 720, WeeklyHolidayMinutes: 240, Base: 123840, WeeklyHoliday: 41280, Total: 165120},
		},
		{
			// Wednesday missed: 16 h × 10,320 = 165,120 and no weekly holiday.
			name: "a contracted day missed",
			p:    Period{Terms: monFri4h(false), From: mon, To: sun, Shifts: week(600, 840, 0, 1, 3, 4)},
			want: Payslip{Minutes: 960, Base: 165120, Total: 165120},
		},
		{
			// 14 h a week is under 15: no weekly holiday. 14 h × 10,320 = 144,480.
			name: "14 contracted hours a week",
			p: Period{Terms: Terms{HourlyWage: 10320, Days: 0b11, DailyMinutes: 420, WeeklyMinutes: 840,
				Start: Date(2026, 3, 1), Payday: 10}, From: mon, To: sun, Shifts: week(540, 960, 0, 1)},
			want: Payslip{Minutes: 840, Base: 144480, Total: 144480},
		},
		{
			// Monday 6 h against 4 contracted: 2 h × 5,160 = 10,320 overtime premium.
			// 22 h × 10,320 = 227,040; 주휴 41,280.
			name: "beyond the contracted hours, 5+ employees",
			p:    Period{Terms: monFri4h(true), From: mon, To: sun, Shifts: append(week(600, 960, 0), week(600, 840, 1, 2, 3, 4)...)},
			want: Payslip{Minutes: 1320, OvertimeMinutes: 120, WeeklyHolidayMinutes: 240, Base: 227040, Overtime: 10320, WeeklyHoliday: 41280, Total: 278640},
		},
		{
			// The same week at a workplace under 5 employees: no premium.
			name: "beyond the contracted hours, under 5 employees",
			p:    Period{Terms: monFri4h(false), From: mon, To: sun, Shifts: append(week(600, 960, 0), week(600, 840, 1, 2, 3, 4)...)},
			want: Payslip{Minutes: 1320, WeeklyHolidayMinutes: 240, Base: 227040, WeeklyHoliday: 41280, Total: 268320},
		},
		{
			// Friday 20:00 – Saturday 02:00: night 22–24 and 00–02 = 4 h × 5,160 = 20,640;
			// 6 h × 10,320 = 61,920. 12 h a week: no weekly holiday.
			name: "night shift across midnight",
			p: Period{Terms: Terms{HourlyWage: 10320, Days: 0b110000, DailyMinutes: 360, WeeklyMinutes: 720,
				Start: Date(2026, 3, 1), Payday: 10, FivePlus: true}, From: mon, To: sun, Shifts: week(1200, 1560, 4)},
			want: Payslip{Minutes: 360, NightMinutes: 240, Base: 61920, Night: 20640, Total: 82560},
		},
		{
			// Sunday 2026-03-01 (삼일절), 09:00–19:00: 8 h × 5,160 = 41,280 and 2 h × 10,320
			// = 20,640 holiday premium; 10 h × 10,320 = 103,200. No contracted day yet.
			name: "holiday work beyond 8 hours",
			p: Period{Terms: monFri4h(true), From: Date(2026, 3, 1), To: Date(2026, 3, 1),
				Shifts: []Shift{{Date(2026, 3, 1), 540, 1140}}, Holidays: map[Day]bool{Date(2026, 3, 1): true}},
			want: Payslip{Minutes: 600, HolidayMinutes: 480, HolidayLongMinutes: 120, Base: 103200, Holiday: 61920, Total: 165120},
		},
		{
			// Monday to Saturday 8 h (48 h): 8 h beyond 40 a week × 5,160 = 41,280; the weekly
			// holiday is capped at 8 h = 82,560; 48 h × 10,320 = 495,360.
			name: "48 hours a week, weekly holiday capped at 8 h",
			p: Period{Terms: Terms{HourlyWage: 10320, Days: 0b111111, DailyMinutes: 480, WeeklyMinutes: 2880,
				Start: Date(2026, 3, 1), Payday: 10, FivePlus: true}, From: mon, To: sun, Shifts: week(540, 1020, 0, 1, 2, 3, 4, 5)},
			want: Payslip{Minutes: 2880, OvertimeMinutes: 480, WeeklyHolidayMinutes: 480, Base: 495360, Overtime: 41280, WeeklyHoliday: 82560, Total: 619200},
		},
		{
			// 10 minutes at 10,333 won = 1,722.17 won, rounded up to 1,723.
			name: "rounding up to the won",
			p: Period{Terms: Terms{HourlyWage: 10333, Days: 1, DailyMinutes: 10, WeeklyMinutes: 10,
				Start: Date(2026, 3, 1), Payday: 10}, From: mon, To: mon, Shifts: week(600, 610, 0)},
			want: Payslip{Minutes: 10, Base: 1723, Total: 1723},
		},
		{
			// 2025-12-30, 6 h at 10,030 (the 2025 rate) = 60,180.
			name: "2025 rate in 2025",
			p: Period{Terms: Terms{HourlyWage: 10030, Days: 0x7f, DailyMinutes: 360, WeeklyMinutes: 360,
				Start: Date(2025, 12, 1), Payday: 10}, From: Date(2025, 12, 1), To: Date(2025, 12, 31),
				Shifts: []Shift{{Date(2025, 12, 30), 1080, 1440}}},
			want: Payslip{Minutes: 360, Base: 60180, Total: 60180},
		},
		{
			// A contract at the 2025 rate with no fixed end, 2025-12-31 20:00 – 2026-01-01
			// 02:00: 6 h × 10,030 = 60,180, and the 2 h of 2026 topped up to its rate:
			// 2 h × (10,320 − 10,030) = 580.
			name: "a shift into 2026 at the 2025 rate",
			p: Period{Terms: Terms{HourlyWage: 10030, Days: 0x7f, DailyMinutes: 360, WeeklyMinutes: 360,
				Start: Date(2025, 12, 1), Payday: 10}, From: Date(2025, 12, 1), To: Date(2026, 1, 31),
				Shifts: []Shift{{Date(2025, 12, 31), 1200, 1560}}},
			want: Payslip{Minutes: 360, TopUpMinutes: 120, Base: 60180, MinimumWageTopUp: 580, Total: 60760},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			c.p.Rates = Statutory
			got, err := Compute(c.p)
			if err != nil {
				t.Fatal(err)
			}
			got.From, got.To, got.HourlyWage, got.WeeksPaid = 0, 0, 0, nil
			if !reflect.DeepEqual(got, c.want) {
				t.Fatalf("payslip\n got %+v\nwant %+v", got, c.want)
			}
		})
	}
}

func TestComputeRefusals(t *testing.T) {
	dec := Terms{HourlyWage: 10030, Days: 0x7f, DailyMinutes: 360, WeeklyMinutes: 360, Start: Date(2025, 12, 1), Payday: 10}
	cases := []struct {
		name   string
		p      Period
		wanted error
	}{
		{"a day before the minimum-wage table", Period{Terms: func() Terms { t := dec; t.Start = Date(2024, 12, 1); return t }(),
			From: Date(2024, 12, 1), To: Date(2024, 12, 31), Shifts: []Shift{{Date(2024, 12, 31), 600, 840}}}, ErrNoRate},
		{"a shift before the contract", Period{Terms: monFri4h(false), From: Date(2026, 2, 1), To: Date(2026, 3, 31),
			Shifts: []Shift{{Date(2026, 2, 27), 600, 840}}}, ErrOutsideTerm},
		{"a night shift overlapping the next day's", Period{Terms: monFri4h(false), From: Date(2026, 3, 1), To: Date(2026, 3, 31),
			Shifts: []Shift{{Date(2026, 3, 6), 1200, 1560}, {Date(2026, 3, 7), 60, 300}}}, ErrOverlap},
		{"a shift ending before it starts", Period{Terms: monFri4h(false), From: Date(2026, 3, 1), To: Date(2026, 3, 31),
			Shifts: []Shift{{Date(2026, 3, 6), 600, 500}}}, ErrBadShift},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			c.p.Rates = Statutory
			if _, err := Compute(c.p); !errors.Is(err, c.wanted) {
				t.Fatalf("Compute = %v; want %v", err, c.wanted)
			}
		})
	}
}

func TestTermsCheck(t *testing.T) {
	cases := []struct {
		name   string
		change func(*Terms)
		wanted error
	}{
		{"valid", func(*Terms) {}, nil},
		{"no working days", func(t *Terms) { t.Days = 0 }, ErrBadTerms},
		{"more weekly hours than days × daily", func(t *Terms) { t.WeeklyMinutes = 1201 }, ErrBadTerms},
		{"payday 31", func(t *Terms) { t.Payday = 31 }, ErrBadTerms},
		{"under the 2026 minimum", func(t *Terms) { t.HourlyWage = 10319 }, ErrBelowMinimum},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			terms := monFri4h(false)
			c.change(&terms)
			if err := terms.Check(Statutory); !errors.Is(err, c.wanted) {
				t.Fatalf("Check = %v; want %v", err, c.wanted)
			}
		})
	}
}

func TestInsurance(t *testing.T) {
	cases := []struct {
		name       string
		weeklyMins int
		want       int // schemes
	}{
		// 13 h a week × 365 ÷ 84 = 56.5 h a month: industrial accident only.
		{"13 h a week", 780, 1},
		// 14 h a week × 365 ÷ 84 = 60.8 h a month: all four.
		{"14 h a week", 840, 4},
		{"20 h a week", 1200, 4},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			terms := Terms{WeeklyMinutes: c.weeklyMins}
			if got := terms.Eligible(); len(got) != c.want || got[0] != IndustrialAccident {
				t.Fatalf("Eligible = %v; want %d schemes", got, c.want)
			}
		})
	}
	for _, c := range []struct{ start, want Day }{
		{Date(2026, 3, 2), Date(2026, 4, 15)},
		{Date(2026, 12, 20), Date(2027, 1, 15)},
	} {
		if got := (Terms{Start: c.start}).EnrolmentDeadline(); got != c.want {
			t.Errorf("deadline of a start on %s = %s; want %s", c.start, got, c.want)
		}
	}
	if got := (Terms{Payday: 10}).DueDay(Date(2026, 3, 31)); got != Date(2026, 4, 10) {
		t.Errorf("due day of March = %s", got)
	}
}

// TestDeployedTableIsStatutory: the table the labour contract is deployed with is this one.
func TestDeployedTableIsStatutory(t *testing.T) {
	d := deploy.LabourMinimumWages
	if len(d.Days) != len(Statutory) || len(d.Won) != len(Statutory) {
		t.Fatalf("deploy has %d rates, Statutory %d", len(d.Days), len(Statutory))
	}
	for i, r := range Statutory {
		if Day(d.Days[i]) != r.Effective || int64(d.Won[i]) != r.Won {
			t.Errorf("rate %d: deploy %s %d won, Statutory %s %d won", i, Day(d.Days[i]), d.Won[i], r.Effective, r.Won)
		}
	}
}

func TestDayJSON(t *testing.T) {
	b, err := json.Marshal(Shift{Day: Date(2026, 3, 2), Start: 600, End: 840})
	if err != nil || string(b) != `{"day":"2026-03-02","start":600,"end":840}` {
		t.Fatalf("%s %v", b, err)
	}
	var s Shift
	if err := json.Unmarshal(b, &s); err != nil || s.Day != Date(2026, 3, 2) {
		t.Fatalf("%+v %v", s, err)
	}
}

// TestComputeAcrossRise: a minimum wage rising to 10,700 on Wednesday 2026-07-01 under a
// contract at 10,320 signed before: each day is paid at the higher of the two, the
// difference apart as the top-up.
func TestComputeAcrossRise(t *testing.T) {
	rates := append(append(Rates{}, Statutory...), Rate{Effective: Date(2026, 7, 1), Won: 10700})
	mon := Date(2026, 6, 29)
	days := func(from, to int, offsets ...int) []Shift {
		var out []Shift
		for _, o := range offsets {
			out = append(out, Shift{mon + Day(o), from, to})
		}
		return out
	}
	open := func(wage int64, fivePlus bool) Terms {
		return Terms{HourlyWage: wage, Days: 0b11111, DailyMinutes: 240, WeeklyMinutes: 1200, Start: Date(2026, 3, 1), End: 0, Payday: 10, FivePlus: fivePlus}
	}
	cases := []struct {
		name string
		p    Period
		want Payslip
	}{
		{
			// 20 h × 10,320 = 206,400; 주휴 4 h × 10,320 = 41,280. Wednesday to Friday, 12 h,
			// and the week's Sunday holiday, 4 h, fall under 10,700: 16 h × 380 = 6,080.
			// (8 h × 10,320 + 12 h × 10,700 + 4 h × 10,700 = 253,760.)
			name: "a week across the rise, small workplace",
			p:    Period{Terms: open(10320, false), From: mon, To: mon + 6, Shifts: days(600, 840, 0, 1, 2, 3, 4)},
			want: Payslip{Minutes: 1200, WeeklyHolidayMinutes: 240, TopUpMinutes: 720, Base: 206400, WeeklyHoliday: 41280, MinimumWageTopUp: 6080, Total: 253760},
		},
		{
			// Thursday 10:00–16:00 and Friday 20:00–02:00 (2 h over 4 each: 4 h overtime;
			// night 22–02, 4 h). At 10,320: base 24 h = 247,680, overtime 4 h × 5,160 =
			// 20,640, night 20,640, 주휴 41,280. Top-up at 380 an hour: Wednesday to Saturday
			// 16 h = 6,080, 주휴 4 h = 1,520, and the half premiums at 190: overtime 760,
			// night 760; 9,120 in all.
			name: "a week across the rise, 5+ employees, overtime and night",
			p: Period{Terms: open(10320, true), From: mon, To: mon + 6,
				Shifts: append(days(600, 840, 0, 1, 2), append(days(600, 960, 3), days(1200, 1560, 4)...)...)},
			want: Payslip{Minutes: 1440, OvertimeMinutes: 240, NightMinutes: 240, WeeklyHolidayMinutes: 240, TopUpMinutes: 960,
				Base: 247680, Overtime: 20640, Night: 20640, WeeklyHoliday: 41280, MinimumWageTopUp: 9120, Total: 339360},
		},
		{
			// Tuesday 22:00 – Wednesday 01:00, 3 h × 10,320 = 30,960; the hour after midnight
			// is on the rise's day: 380.
			name: "a night shift into the rise",
			p: Period{Terms: Terms{HourlyWage: 10320, Days: 0b10, DailyMinutes: 180, WeeklyMinutes: 180, Start: Date(2026, 3, 1), Payday: 10},
				From: mon + 1, To: mon + 1, Shifts: days(1320, 1500, 1)},
			want: Payslip{Minutes: 180, TopUpMinutes: 60, Base: 30960, MinimumWageTopUp: 380, Total: 31340},
		},
		{
			// A wage of 11,000, above both: no top-up. 20 h = 220,000, 주휴 4 h = 44,000.
			name: "a wage above the new minimum",
			p:    Period{Terms: open(11000, false), From: mon, To: mon + 6, Shifts: days(600, 840, 0, 1, 2, 3, 4)},
			want: Payslip{Minutes: 1200, WeeklyHolidayMinutes: 240, Base: 220000, WeeklyHoliday: 44000, Total: 264000},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			c.p.Rates = rates
			got, err := Compute(c.p)
			if err != nil {
				t.Fatal(err)
			}
			got.From, got.To, got.HourlyWage, got.WeeksPaid = 0, 0, 0, nil
			if !reflect.DeepEqual(got, c.want) {
				t.Fatalf("payslip\n got %+v\nwant %+v", got, c.want)
			}
		})
	}
}

// TestPublicHolidays checks the built-in table against the rules that made it: in order,
// every built-in year present, and each fixed-date holiday that the decree moves (Children's
// Day, the national days, Christmas) followed, when it falls on a weekend or on another
// holiday, by its substitute on the next working day.
func TestPublicHolidays(t *testing.T) {
	in, substitute := map[Day]bool{}, map[Day]bool{}
	years := map[int]int{}
	for i, h := range PublicHolidays {
		if i > 0 && h.Day <= PublicHolidays[i-1].Day {
			t.Fatalf("%s (%s) is not after %s", h.Day, h.Name, PublicHolidays[i-1].Day)
		}
		in[h.Day] = true
		substitute[h.Day] = strings.HasPrefix(h.Name, "substitute")
		years[h.Day.Time().Year()]++
	}
	for _, y := range BuiltInYears {
		if years[y] < 15 {
			t.Errorf("%d has %d holidays built in", y, years[y])
		}
	}
	// Buddha's Birthday of 2025 fell on Children's Day; 2026's on a Sunday.
	coincide := map[Day]bool{Date(2025, 5, 5): true}
	for _, y := range BuiltInYears {
		for _, md := range [][2]int{{3, 1}, {5, 5}, {8, 15}, {10, 3}, {10, 9}, {12, 25}} {
			d := Date(y, time.Month(md[0]), md[1])
			if !in[d] {
				t.Errorf("%s is not in the table", d)
			}
			if wd := d.Weekday(); wd != time.Saturday && wd != time.Sunday && !coincide[d] {
				continue
			}
			// The next day that is neither a weekend nor a holiday of its own.
			sub := d + 1
			for sub.Weekday() == time.Saturday || sub.Weekday() == time.Sunday || in[sub] && !substitute[sub] {
				sub++
			}
			if !substitute[sub] {
				t.Errorf("%s (a %s) has no substitute holiday on %s", d, d.Weekday(), sub)
			}
		}
	}
	if got := Uncovered(Date(2026, 12, 20), Date(2027, 1, 10)); !reflect.DeepEqual(got, []int{2027}) {
		t.Errorf("Uncovered = %v", got)
	}
}

// TestCalendarHolidayPremium: the built-in public holidays are paid holidays at a workplace
// of 5 or more (holiday premium), not at a smaller one; Workers' Day at both; a --holidays
// file adds and removes days.
func TestCalendarHolidayPremium(t *testing.T) {
	sub := Date(2026, 3, 2) // Monday, the substitute for 삼일절
	workersDay := Date(2026, 5, 1)
	cases := []struct {
		name     string
		fivePlus bool
		day      Day
		cal      Calendar
		holiday  int64 // the holiday premium
		total    int64
	}{
		// 4 h × 10,320 = 41,280; on a holiday at 5+, 4 h × 5,160 = 20,640 on top.
		{"substitute holiday, 5+", true, sub, Calendar{}, 20640, 61920},
		{"substitute holiday, under 5", false, sub, Calendar{}, 0, 41280},
		{"removed by the file", true, sub, Calendar{Removed: map[Day]bool{sub: true}}, 0, 41280},
		{"a workplace's own holiday added", true, sub + 1, Calendar{Added: map[Day]bool{sub + 1: true}}, 20640, 61920},
		{"an ordinary day", true, sub + 1, Calendar{}, 0, 41280},
		{"Workers' Day, 5+", true, workersDay, Calendar{}, 20640, 61920},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			terms := monFri4h(c.fivePlus)
			terms.WeeklyMinutes = 240 // under 15 h: no weekly holiday to reckon with
			got, err := Compute(Period{Terms: terms, From: c.day, To: c.day, Shifts: []Shift{{c.day, 600, 840}},
				Holidays: c.cal.For(terms), Rates: Statutory})
			if err != nil || got.Holiday != c.holiday || got.Total != c.total {
				t.Fatalf("holiday %d total %d, %v; want %d, %d", got.Holiday, got.Total, err, c.holiday, c.total)
			}
		})
	}
	if (Calendar{}).For(monFri4h(false))[workersDay] != true {
		t.Fatal("Workers' Day is not a paid holiday at a small workplace")
	}
}
