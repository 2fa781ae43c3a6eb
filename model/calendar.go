package model

import "time"

// Calendar arithmetic for memberships (SPEC.md 1.6): months are added on the
// calendar with the day clamped to the end of the month, so 31 January plus
// one month is 28 (or 29) February, and the same when counting back.

// AddMonths returns d moved by months calendar months (back when months is
// negative), with the day clamped to the last day of the month it lands in.
// The zero Date stays zero.
func (d Date) AddMonths(months int) Date {
	if d.IsZero() {
		return d
	}
	y, m, day := d.t.Date()
	// The first of the target month, normalised by time.Date.
	first := time.Date(y, m+time.Month(months), 1, 0, 0, 0, 0, time.UTC)
	if last := daysIn(first.Year(), first.Month()); day > last {
		day = last
	}
	return NewDate(first.Year(), first.Month(), day)
}

// AddDays returns d moved by days days (back when days is negative). The
// zero Date stays zero.
func (d Date) AddDays(days int) Date {
	if d.IsZero() {
		return d
	}
	return Date{d.t.AddDate(0, 0, days)}
}

// MonthsUntil is the number of whole calendar months from d to e: the
// largest m with d.AddMonths(m) not after e, or a negative count when e is
// before d (the largest m ≤ 0 with d.AddMonths(m) not after e).
func (d Date) MonthsUntil(e Date) int {
	y1, m1, _ := d.t.Date()
	y2, m2, _ := e.t.Date()
	m := (y2-y1)*12 + int(m2) - int(m1)
	// The estimate from the months alone is at most one too high.
	if e.Before(d.AddMonths(m)) {
		m--
	}
	return m
}

// daysIn is the number of days of month m of year y.
func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
