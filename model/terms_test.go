package model

import (
	"testing"
	"time"
)

// tmDay is a calendar day, for the tables below.
func tmDay(y int, m time.Month, d int) Date { return NewDate(y, m, d) }

// tmTerms is a membership that began on joined with the given terms.
func tmTerms(joined Date, minMonths, renewal, notice int, renews bool) Membership {
	return Membership{JoinedOn: joined, MinTermMonths: minMonths, RenewalTermMonths: renewal, NoticeDays: notice, RenewsAutomatically: renews}
}

// TestTermEndsAreCountedFromTheJoiningDay: the k-th term end is joined_on +
// (min term + k × renewal term) months on the calendar, the day clamped to
// the month's end, and never stepped from the previous end, so a clamped
// day does not drift.
func TestTermEndsAreCountedFromTheJoiningDay(t *testing.T) {
	cases := []struct {
		name   string
		m      Membership
		k      int
		want   Date
		reason string
	}{
		{"joined 31 January + 1 month is 28 February", tmTerms(tmDay(2027, 1, 31), 1, 1, 0, true), 0, tmDay(2027, 2, 28), "2027 is no leap year"},
		{"joined 31 January + 1 month in a leap year is 29 February", tmTerms(tmDay(2028, 1, 31), 1, 1, 0, true), 0, tmDay(2028, 2, 29), "2028 is a leap year"},
		{"the next end is 31 March, not 28 March", tmTerms(tmDay(2027, 1, 31), 1, 1, 0, true), 1, tmDay(2027, 3, 31), "31 Jan + (1 + 1) months, not 28 Feb + 1 month"},
		{"then 30 April", tmTerms(tmDay(2027, 1, 31), 1, 1, 0, true), 2, tmDay(2027, 4, 30), "31 Jan + 3 months, clamped"},
		{"thirteen months on is 29 February 2028", tmTerms(tmDay(2027, 1, 31), 1, 1, 0, true), 12, tmDay(2028, 2, 29), "31 Jan 2027 + 13 months"},
		{"a year's minimum term and yearly renewals", tmTerms(tmDay(2026, 1, 15), 12, 12, 90, true), 2, tmDay(2029, 1, 15), "15 Jan 2026 + (12 + 2 × 12) months"},
		{"a two-year minimum term", tmTerms(tmDay(2026, 1, 15), 24, 12, 90, true), 0, tmDay(2028, 1, 15), "15 Jan 2026 + 24 months"},
		{"29 February with yearly renewals", tmTerms(tmDay(2028, 2, 29), 12, 12, 90, true), 3, tmDay(2032, 2, 29), "29 Feb 2028 + 48 months: 2032 is a leap year"},
	}
	for _, c := range cases {
		if got := c.m.TermEnd(c.k); got != c.want {
			t.Errorf("%s: term end %d = %s, want %s (%s)", c.name, c.k, got, c.want, c.reason)
		}
	}
}

// TestCurrentTermEndIsTheFirstOnOrAfterTheDay: the current term end is the
// first term end on or after T.
func TestCurrentTermEndIsTheFirstOnOrAfterTheDay(t *testing.T) {
	yearly := tmTerms(tmDay(2026, 1, 15), 12, 12, 90, true)
	monthly := tmTerms(tmDay(2027, 1, 31), 1, 1, 0, true)
	cases := []struct {
		name string
		m    Membership
		asOf Date
		want Date
	}{
		{"in the minimum term", yearly, tmDay(2026, 6, 1), tmDay(2027, 1, 15)},
		{"on a term end, that end", yearly, tmDay(2027, 1, 15), tmDay(2027, 1, 15)},
		{"the day after, the next", yearly, tmDay(2027, 1, 16), tmDay(2028, 1, 15)},
		{"years on", yearly, tmDay(2031, 5, 1), tmDay(2032, 1, 15)},
		{"on the joining day", yearly, tmDay(2026, 1, 15), tmDay(2027, 1, 15)},
		{"monthly, after a clamped end", monthly, tmDay(2027, 3, 1), tmDay(2027, 3, 31)},
		{"monthly, on 28 February", monthly, tmDay(2027, 2, 28), tmDay(2027, 2, 28)},
	}
	for _, c := range cases {
		if got := c.m.CurrentTermEnd(c.asOf); got != c.want {
			t.Errorf("%s: current term end as of %s = %s, want %s", c.name, c.asOf, got, c.want)
		}
	}
}

// TestAMembershipThatDoesNotRenewHasOneTermEnd: without automatic renewal
// the current term end is the one term end, even when it has passed, and
// no cancel-by day lies ahead once its own has passed.
func TestAMembershipThatDoesNotRenewHasOneTermEnd(t *testing.T) {
	m := tmTerms(tmDay(2026, 1, 15), 12, 12, 90, false)
	for _, asOf := range []Date{tmDay(2026, 3, 1), tmDay(2027, 1, 15), tmDay(2027, 1, 16), tmDay(2030, 8, 1)} {
		if got := m.CurrentTermEnd(asOf); got != tmDay(2027, 1, 15) {
			t.Errorf("as of %s: current term end %s, want its one term end 2027-01-15", asOf, got)
		}
		// 15 January 2027 − 90 days = 17 October 2026.
		if got := m.CancelBy(asOf); got != tmDay(2026, 10, 17) {
			t.Errorf("as of %s: cancel by %s, want 2026-10-17", asOf, got)
		}
	}
	if cb, end, ok := m.NextCancelBy(tmDay(2026, 10, 17)); !ok || cb != tmDay(2026, 10, 17) || end != tmDay(2027, 1, 15) {
		t.Errorf("on the cancel-by day: next cancel by %s for %s (%v), want 2026-10-17 for 2027-01-15", cb, end, ok)
	}
	if cb, _, ok := m.NextCancelBy(tmDay(2026, 10, 18)); ok {
		t.Errorf("after the cancel-by day: next cancel by %s, want none", cb)
	}
}

// TestCancelByIsTheCurrentTermEndLessTheNoticePeriod, and the next one
// that can still be met when it has passed.
func TestCancelByIsTheCurrentTermEndLessTheNoticePeriod(t *testing.T) {
	yearly := tmTerms(tmDay(2026, 1, 15), 12, 12, 90, true)
	// 15 Jan 2027 − 90 days: 14 days of January, 31 of December, 30 of
	// November leave 15, so 17 October.
	if got := yearly.CancelBy(tmDay(2026, 6, 1)); got != tmDay(2026, 10, 17) {
		t.Errorf("cancel by %s, want 2026-10-17", got)
	}
	// Between the cancel-by day and the term end, the current term end is
	// still 2027-01-15, so cancel_by lies behind; the next one that can be
	// met is 2028-01-15 − 90 days = 17 October 2027.
	asOf := tmDay(2026, 12, 1)
	if got := yearly.CancelBy(asOf); got != tmDay(2026, 10, 17) {
		t.Errorf("after the cancel-by day: cancel by %s, want 2026-10-17 (the current term's)", got)
	}
	if cb, end, ok := yearly.NextCancelBy(asOf); !ok || cb != tmDay(2027, 10, 17) || end != tmDay(2028, 1, 15) {
		t.Errorf("next cancel by %s for %s, want 2027-10-17 for 2028-01-15", cb, end)
	}
	// Monthly renewals with 90 days' notice: the first term end whose
	// cancel-by day is still ahead is more than three months away. As of 1
	// March 2027: 31 Mar − 90 = 31 Dec, 30 Apr − 90 = 30 Jan, 31 May − 90
	// = 2 Mar 2027, on or after 1 March.
	monthly := tmTerms(tmDay(2027, 1, 31), 1, 1, 90, true)
	if cb, end, ok := monthly.NextCancelBy(tmDay(2027, 3, 1)); !ok || cb != tmDay(2027, 3, 2) || end != tmDay(2027, 5, 31) {
		t.Errorf("monthly: next cancel by %s for %s, want 2027-03-02 for 2027-05-31", cb, end)
	}
}

// TestAReviewIsDueInItsTwoWindows: from joined_on + 6 months until the day
// before joined_on + 7 months, and from cancel_by − 30 days until
// cancel_by, both days included.
func TestAReviewIsDueInItsTwoWindows(t *testing.T) {
	yearly := tmTerms(tmDay(2026, 1, 15), 12, 12, 90, true)
	endOfMonth := tmTerms(tmDay(2026, 7, 31), 12, 12, 90, true)
	cases := []struct {
		name string
		m    Membership
		asOf Date
		want bool
	}{
		{"the day before joined + 6 months", yearly, tmDay(2026, 7, 14), false},
		{"joined + 6 months", yearly, tmDay(2026, 7, 15), true},
		{"the day before joined + 7 months", yearly, tmDay(2026, 8, 14), true},
		{"joined + 7 months", yearly, tmDay(2026, 8, 15), false},
		{"cancel_by − 31 days", yearly, tmDay(2026, 9, 16), false},
		{"cancel_by − 30 days", yearly, tmDay(2026, 9, 17), true},
		{"cancel_by (17 October)", yearly, tmDay(2026, 10, 17), true},
		{"the day after cancel_by", yearly, tmDay(2026, 10, 18), false},
		{"a year later, cancel_by − 30 days", yearly, tmDay(2027, 9, 17), true},
		{"31 July + 6 months is 31 January", endOfMonth, tmDay(2027, 1, 31), true},
		{"31 July + 7 months is 28 February: the window ends on the 27th", endOfMonth, tmDay(2027, 2, 27), true},
		{"28 February is out", endOfMonth, tmDay(2027, 2, 28), false},
	}
	for _, c := range cases {
		if got := c.m.ReviewDue(c.asOf); got != c.want {
			t.Errorf("%s (%s): due %v, want %v", c.name, c.asOf, got, c.want)
		}
	}
	if w := endOfMonth.FirstReview(); w.First != tmDay(2027, 1, 31) || w.Last != tmDay(2027, 2, 27) {
		t.Errorf("first review %s to %s, want 2027-01-31 to 2027-02-27", w.First, w.Last)
	}
}

// TestARenewalTermBelowOneMonthCountsAsOne: a membership not yet
// validated still has term ends that grow, so every search ends.
func TestARenewalTermBelowOneMonthCountsAsOne(t *testing.T) {
	m := tmTerms(tmDay(2026, 1, 15), 12, 0, 90, true)
	if got := m.CurrentTermEnd(tmDay(2027, 3, 1)); got != tmDay(2027, 3, 15) {
		t.Errorf("current term end %s, want 2027-03-15 (15 Jan 2027 + 2 × 1 month)", got)
	}
	// 15 Jun 2027 − 90 days = 17 March 2027, the first on or after 1 March.
	if cb, end, ok := m.NextCancelBy(tmDay(2027, 3, 1)); !ok || cb != tmDay(2027, 3, 17) || end != tmDay(2027, 6, 15) {
		t.Errorf("next cancel by %s for %s (%v), want 2027-03-17 for 2027-06-15", cb, end, ok)
	}
}
