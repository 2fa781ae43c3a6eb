package model

// The dates of a membership (SPEC.md 1.6): its term ends, the day by which
// it must be cancelled and the windows in which a review is due. Months
// are added on the calendar with the day clamped to the month's end
// ([Date.AddMonths]).
//
// Every term end is counted from the joining day: the k-th end (k = 0 for
// the first) is joined_on + (minimum term + k × renewal term) months, not
// the previous end plus one renewal term. A contract that began on 31
// January runs to the end of February and then to the end of each
// following term, 31 March, and so on; stepping from the previous end
// would let a clamped day drift (31 January → 28 February → 28 March) and
// end the contract a few days early.

// reviewFirstMonths and reviewFirstEndMonths bound the first review: from
// joined_on + 6 months until the day before joined_on + 7 months.
const (
	reviewFirstMonths    = 6
	reviewFirstEndMonths = 7
)

// reviewBeforeCancelDays is how long before the cancel-by day the second
// review opens.
const reviewBeforeCancelDays = 30

// TermEnd is the k-th term end of m (k = 0 for the end of the minimum
// term): joined_on + (min term + k × renewal term) months. A membership
// that does not renew automatically has only the first; TermEnd ignores
// that and computes the date all the same.
func (m Membership) TermEnd(k int) Date {
	return m.JoinedOn.AddMonths(m.MinTermMonths + k*m.RenewalMonths())
}

// RenewalMonths is the renewal term in months. Validation asks for 1 to
// [MaxTermMonths]; a membership not yet validated with a term below 1
// counts as 1, so that term ends always grow and every search for one
// ends.
func (m Membership) RenewalMonths() int { return max(m.RenewalTermMonths, 1) }

// termIndex is the index of the current term end as of asOf: the first k
// whose term end is on or after asOf, or 0 for a membership that does not
// renew automatically.
func (m Membership) termIndex(asOf Date) int {
	if !m.RenewsAutomatically {
		return 0
	}
	months := m.JoinedOn.MonthsUntil(asOf) - m.MinTermMonths
	// A first guess from whole months, then at most a step or two either
	// way: term ends grow with k, so the first one on or after asOf is
	// found by walking.
	k := max(0, months/m.RenewalMonths())
	for k > 0 && !m.TermEnd(k-1).Before(asOf) {
		k--
	}
	for m.TermEnd(k).Before(asOf) {
		k++
	}
	return k
}

// CurrentTermEnd is the term end that matters as of asOf: the first one on
// or after asOf. For a membership that does not renew automatically it is
// its one term end, even when that has passed.
func (m Membership) CurrentTermEnd(asOf Date) Date {
	return m.TermEnd(m.termIndex(asOf))
}

// CancelBy is the last day to cancel before the current term end as of
// asOf: that end minus the notice period (SPEC.md 1.6). It can lie before
// asOf: after the cancel-by day the current term still runs; then
// [Membership.NextCancelBy] is the day that still can be met.
func (m Membership) CancelBy(asOf Date) Date {
	return m.CurrentTermEnd(asOf).AddDays(-m.NoticeDays)
}

// NextCancelBy is the first cancel-by day on or after asOf and the term
// end it belongs to: the current one, or, when its cancel-by day has
// passed and the membership renews automatically, that of the first later
// term end whose cancel-by day is still ahead. ok is false for a
// membership that does not renew automatically and whose cancel-by day
// has passed: there is nothing left to cancel.
func (m Membership) NextCancelBy(asOf Date) (cancelBy, termEnd Date, ok bool) {
	k := m.termIndex(asOf)
	for {
		end := m.TermEnd(k)
		cancelBy = end.AddDays(-m.NoticeDays)
		if !cancelBy.Before(asOf) {
			return cancelBy, end, true
		}
		if !m.RenewsAutomatically {
			return Date{}, Date{}, false
		}
		k++
	}
}

// DateRange is the days from First to Last, both included.
type DateRange struct {
	First, Last Date
}

// Contains reports whether d lies in r, both ends included.
func (r DateRange) Contains(d Date) bool { return !d.Before(r.First) && !r.Last.Before(d) }

// Overlaps reports whether r shares at least a day with o.
func (r DateRange) Overlaps(o DateRange) bool {
	return !r.Last.Before(o.First) && !o.Last.Before(r.First)
}

// FirstReview is the window of the first review: from joined_on + 6 months
// until the day before joined_on + 7 months.
func (m Membership) FirstReview() DateRange {
	return DateRange{
		First: m.JoinedOn.AddMonths(reviewFirstMonths),
		Last:  m.JoinedOn.AddMonths(reviewFirstEndMonths).AddDays(-1),
	}
}

// RenewalReview is the window of the review before a cancel-by day: from
// 30 days before it until that day.
func RenewalReview(cancelBy Date) DateRange {
	return DateRange{First: cancelBy.AddDays(-reviewBeforeCancelDays), Last: cancelBy}
}

// ReviewDue reports whether a review is due on asOf (SPEC.md 1.6): in the
// first review's window, or from 30 days before the cancel-by day of the
// current term until that day.
func (m Membership) ReviewDue(asOf Date) bool {
	return m.FirstReview().Contains(asOf) || RenewalReview(m.CancelBy(asOf)).Contains(asOf)
}
