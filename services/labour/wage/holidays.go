package wage

import "slices"

// Holiday is a paid holiday of the built-in calendar.
type Holiday struct {
	Day  Day
	Name string
	// Everywhere: a paid holiday at every workplace (Workers' Day, by its own act). The
	// others are public holidays, which the Labor Standards Act (Art. 55(2), in force for
	// every workplace of 5 or more employees since 2022) makes paid holidays only there.
	Everywhere bool
}

// PublicHolidays are the paid holidays of the years in BuiltInYears, in order.
//
// Source: the Regulations on Holidays of Government Offices (관공서의 공휴일에 관한 규정,
// Presidential Decree) Art. 2 and 3 (substitute holidays: a Sunday, or for Children's Day,
// the national days, Buddha's Birthday and Christmas also a Saturday, or another holiday,
// moves the holiday to the next working day; Seollal and Chuseok move only for a Sunday or
// another holiday), with the lunar dates and substitute days as the Korea Astronomy and Space
// Science Institute's almanac (월력요항) for 2025 and 2026 lists them; the temporary holiday
// of 2025-01-27 (Cabinet decision of 2025-01-14) and the election days of 2025-06-03
// (presidential) and 2026-06-03 (local, 공직선거법 Art. 34). Workers' Day (근로자의 날,
// 1 May) by the Act on the Designation of Workers' Day. Not listed: days whose status was
// not settled when the table was made (Constitution Day, 17 July, as a public holiday again;
// temporary holidays designated later): give them with --holiday or a --holidays file.
var PublicHolidays = []Holiday{
	{Date(2025, 1, 1), "New Year's Day (신정)", false},
	{Date(2025, 1, 27), "temporary holiday (임시공휴일)", false},
	{Date(2025, 1, 28), "Seollal (설날 연휴)", false},
	{Date(2025, 1, 29), "Seollal (설날)", false},
	{Date(2025, 1, 30), "Seollal (설날 연휴)", false},
	{Date(2025, 3, 1), "Independence Movement Day (삼일절)", false},
	{Date(2025, 3, 3), "substitute holiday for 삼일절 (대체공휴일)", false},
	{Date(2025, 5, 1), "Workers' Day (근로자의 날)", true},
	{Date(2025, 5, 5), "Children's Day and Buddha's Birthday (어린이날, 부처님오신날)", false},
	{Date(2025, 5, 6), "substitute holiday (대체공휴일)", false},
	{Date(2025, 6, 3), "presidential election day (대통령 선거일)", false},
	{Date(2025, 6, 6), "Memorial Day (현충일)", false},
	{Date(2025, 8, 15), "Liberation Day (광복절)", false},
	{Date(2025, 10, 3), "National Foundation Day (개천절)", false},
	{Date(2025, 10, 5), "Chuseok (추석 연휴)", false},
	{Date(2025, 10, 6), "Chuseok (추석)", false},
	{Date(2025, 10, 7), "Chuseok (추석 연휴)", false},
	{Date(2025, 10, 8), "substitute holiday for Chuseok (대체공휴일)", false},
	{Date(2025, 10, 9), "Hangeul Day (한글날)", false},
	{Date(2025, 12, 25), "Christmas (성탄절)", false},

	{Date(2026, 1, 1), "New Year's Day (신정)", false},
	{Date(2026, 2, 16), "Seollal (설날 연휴)", false},
	{Date(2026, 2, 17), "Seollal (설날)", false},
	{Date(2026, 2, 18), "Seollal (설날 연휴)", false},
	{Date(2026, 3, 1), "Independence Movement Day (삼일절)", false},
	{Date(2026, 3, 2), "substitute holiday for 삼일절 (대체공휴일)", false},
	{Date(2026, 5, 1), "Workers' Day (근로자의 날)", true},
	{Date(2026, 5, 5), "Children's Day (어린이날)", false},
	{Date(2026, 5, 24), "Buddha's Birthday (부처님오신날)", false},
	{Date(2026, 5, 25), "substitute holiday for 부처님오신날 (대체공휴일)", false},
	{Date(2026, 6, 3), "local elections day (전국동시지방선거일)", false},
	{Date(2026, 6, 6), "Memorial Day (현충일)", false},
	{Date(2026, 8, 15), "Liberation Day (광복절)", false},
	{Date(2026, 8, 17), "substitute holiday for 광복절 (대체공휴일)", false},
	{Date(2026, 9, 24), "Chuseok (추석 연휴)", false},
	{Date(2026, 9, 25), "Chuseok (추석)", false},
	{Date(2026, 9, 26), "Chuseok (추석 연휴)", false},
	{Date(2026, 10, 3), "National Foundation Day (개천절)", false},
	{Date(2026, 10, 5), "substitute holiday for 개천절 (대체공휴일)", false},
	{Date(2026, 10, 9), "Hangeul Day (한글날)", false},
	{Date(2026, 12, 25), "Christmas (성탄절)", false},
}

// BuiltInYears are the years PublicHolidays lists in full.
var BuiltInYears = []int{2025, 2026}

// Calendar is the paid holidays a payroll counts: the built-in ones that apply to the
// workplace, plus Added, less Removed (a workplace's own days, a temporary holiday the
// table does not know, a correction).
type Calendar struct {
	Added, Removed map[Day]bool
}

// For is the paid holidays of a contract's workplace.
func (c Calendar) For(t Terms) map[Day]bool {
	out := map[Day]bool{}
	for _, h := range PublicHolidays {
		if (t.FivePlus || h.Everywhere) && !c.Removed[h.Day] {
			out[h.Day] = true
		}
	}
	for d := range c.Added {
		out[d] = true
	}
	return out
}

// Uncovered are the years of from..to whose public holidays are not built in.
func Uncovered(from, to Day) []int {
	var out []int
	for y := from.Time().Year(); y <= to.Time().Year(); y++ {
		if !slices.Contains(BuiltInYears, y) {
			out = append(out, y)
		}
	}
	return out
}
