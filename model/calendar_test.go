package model

import (
	"testing"
	"time"
)

func TestAddMonthsClampsTheDayToTheMonthsEnd(t *testing.T) {
	d := func(y int, m time.Month, day int) Date { return NewDate(y, m, day) }
	cases := []struct {
		name   string
		from   Date
		months int
		want   Date
	}{
		{"31 January + 1 month is 28 February", d(2027, 1, 31), 1, d(2027, 2, 28)},
		{"31 January + 1 month in a leap year is 29 February", d(2028, 1, 31), 1, d(2028, 2, 29)},
		{"31 January + 2 months is 31 March, not 28 March", d(2027, 1, 31), 2, d(2027, 3, 31)},
		{"31 March − 1 month is 28 February (counting back clamps too)", d(2027, 3, 31), -1, d(2027, 2, 28)},
		{"31 May + 1 month is 30 June", d(2027, 5, 31), 1, d(2027, 6, 30)},
		{"15 November + 3 months crosses the year", d(2026, 11, 15), 3, d(2027, 2, 15)},
		{"15 January − 13 months is 15 December two years before", d(2027, 1, 15), -13, d(2025, 12, 15)},
		{"29 February + 12 months is 28 February", d(2028, 2, 29), 12, d(2029, 2, 28)},
		{"0 months is the same day", d(2027, 8, 31), 0, d(2027, 8, 31)},
		{"no date stays no date", Date{}, 5, Date{}},
	}
	for _, c := range cases {
		if got := c.from.AddMonths(c.months); got != c.want {
			t.Errorf("%s: %s + %d months = %s, want %s", c.name, c.from, c.months, got, c.want)
		}
	}
}

func TestAddDays(t *testing.T) {
	if got := NewDate(2027, 3, 31).AddDays(-90); got != NewDate(2026, 12, 31) {
		t.Errorf("31 March 2027 − 90 days = %s, want 2026-12-31", got)
	}
	if got := NewDate(2028, 2, 28).AddDays(1); got != NewDate(2028, 2, 29) {
		t.Errorf("28 February 2028 + 1 day = %s, want 2028-02-29", got)
	}
	if !(Date{}).AddDays(3).IsZero() {
		t.Error("no date + 3 days is a date")
	}
}

func TestMonthsUntilCountsWholeCalendarMonths(t *testing.T) {
	d := func(y int, m time.Month, day int) Date { return NewDate(y, m, day) }
	cases := []struct {
		name     string
		from, to Date
		want     int
	}{
		{"the same day is 0", d(2026, 1, 15), d(2026, 1, 15), 0},
		{"one day short of a month is 0", d(2026, 1, 15), d(2026, 2, 14), 0},
		{"exactly one month is 1", d(2026, 1, 15), d(2026, 2, 15), 1},
		{"31 January to 28 February is 1 (the clamped day counts)", d(2027, 1, 31), d(2027, 2, 28), 1},
		{"31 January to 27 February is 0", d(2027, 1, 31), d(2027, 2, 27), 0},
		{"six months less a day is 5", d(2026, 1, 15), d(2026, 7, 14), 5},
		{"six months is 6", d(2026, 1, 15), d(2026, 7, 15), 6},
		{"30 November to 28 February 15 months on is 15 (the clamped day counts)", d(2025, 11, 30), d(2027, 2, 28), 15},
		{"across years", d(2025, 11, 30), d(2027, 2, 27), 14},
		{"backwards one day is −1", d(2026, 3, 15), d(2026, 3, 14), -1},
		{"backwards exactly a month is −1", d(2026, 3, 15), d(2026, 2, 15), -1},
		{"backwards a month and a day is −2", d(2026, 3, 15), d(2026, 2, 14), -2},
	}
	for _, c := range cases {
		if got := c.from.MonthsUntil(c.to); got != c.want {
			t.Errorf("%s: months from %s to %s = %d, want %d", c.name, c.from, c.to, got, c.want)
		}
	}
	// The definition, checked on every day pair of two years.
	start := d(2027, 1, 1)
	for i := 0; i < 730; i += 7 {
		for j := 0; j < 730; j += 3 {
			a, b := start.AddDays(i), start.AddDays(j)
			m := a.MonthsUntil(b)
			if b.Before(a.AddMonths(m)) || !b.Before(a.AddMonths(m+1)) {
				t.Fatalf("months from %s to %s = %d breaks the definition", a, b, m)
			}
		}
	}
}
