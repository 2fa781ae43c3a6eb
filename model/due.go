package model

import (
	"io"
	"slices"
	"strings"

	"netvet/model/lang"
)

// Reviewed reports whether n is under review as of asOf: it is joined,
// has a membership, and the membership began on or before asOf. A
// membership that begins later has nothing to review yet.
func (n Network) Reviewed(asOf Date) bool {
	return n.Status == StatusJoined && n.Membership != nil && !asOf.Before(n.Membership.JoinedOn)
}

// CheckReviewDay refuses a day chosen for the reviews (an --as-of) that is
// before the joining day of a joined network: the first such network, in
// order, gives the [*BeforeJoiningError]. Archived networks are left out.
func CheckReviewDay(nets []Network, asOf Date) error {
	for _, n := range nets {
		if n.Status == StatusJoined && n.Membership != nil && !n.Reviewed(asOf) {
			return &BeforeJoiningError{AsOf: asOf, JoinedOn: n.Membership.JoinedOn, Network: n.Name}
		}
	}
	return nil
}

// DueKind is what a [DueItem] asks the user to do.
type DueKind string

// Due kinds.
const (
	// DueCancelBy: a cancel-by day lies within the days asked about.
	DueCancelBy DueKind = "cancel_by"
	// DueReview: a review window is open, or opens within the days asked
	// about.
	DueReview DueKind = "review"
)

// DueItem is one membership with something due: the line `netvet due`
// prints for it.
type DueItem struct {
	NetworkID, Network string
	Kind               DueKind
	// Date is the cancel-by day; for a review, the window's last day when
	// it is open on the day asked about (Open), else its first day.
	Date Date
	Open bool
	// TermEnd is the term end the cancel-by day belongs to.
	TermEnd Date
	// Review is the membership's review as of the day asked about.
	Review Review
}

// What says what to do by or from Date.
func (d DueItem) What() lang.Msg {
	switch {
	case d.Kind == DueCancelBy && d.Review.RenewsAutomatically:
		return lang.M(rvDueCancel, d.Review.RenewalTermMonths)
	case d.Kind == DueCancelBy:
		return lang.M(rvDueNotice, day(d.TermEnd))
	case d.Open:
		return lang.M(rvDueReviewBy)
	}
	return lang.M(rvDueReviewFrom)
}

// Verdict names the review's verdict.
func (d DueItem) Verdict() lang.Msg { return lang.M(rvDueVerdict, d.Review.Word.Label()) }

// DueWithin lists the memberships with something due within the days
// from asOf to asOf + within days, both included — one item per
// membership, sorted by date and then by name:
//
//   - a cancel-by day in that span (the first one on or after asOf, see
//     [Membership.NextCancelBy]) comes first, being the deadline that
//     cannot be moved;
//   - else a review window that is open on asOf or opens in that span:
//     the first review (joined_on + 6 months until the day before + 7
//     months) or the one before the next cancel-by day (30 days until
//     it).
//
// Only networks under review as of asOf count ([Network.Reviewed]).
func DueWithin(p Profile, nets []Network, asOf Date, within int) []DueItem {
	span := DateRange{First: asOf, Last: asOf.AddDays(within)}
	var out []DueItem
	for _, n := range nets {
		if !n.Reviewed(asOf) {
			continue
		}
		if d, ok := dueItem(n, span); ok {
			d.Review, _ = ComputeReview(p, n, asOf)
			out = append(out, d)
		}
	}
	slices.SortStableFunc(out, func(a, b DueItem) int {
		if c := a.Date.Time().Compare(b.Date.Time()); c != 0 {
			return c
		}
		return strings.Compare(NameKey(a.Network), NameKey(b.Network))
	})
	return out
}

// dueItem is what of n's membership is due in span, if anything.
func dueItem(n Network, span DateRange) (DueItem, bool) {
	m := *n.Membership
	d := DueItem{NetworkID: n.ID, Network: n.Name}
	cancelBy, end, ok := m.NextCancelBy(span.First)
	if ok && span.Contains(cancelBy) {
		d.Kind, d.Date, d.TermEnd = DueCancelBy, cancelBy, end
		return d, true
	}
	windows := []DateRange{m.FirstReview()}
	if ok {
		windows = append(windows, RenewalReview(cancelBy))
	}
	for _, w := range windows {
		if !w.Overlaps(span) {
			continue
		}
		d.Kind, d.Open, d.Date = DueReview, w.Contains(span.First), w.First
		if d.Open {
			d.Date = w.Last
		}
		return d, true
	}
	return DueItem{}, false
}

// Calendar event kinds, part of each event's UID with the network's id.
const (
	eventFirstReview   = "review-first"
	eventRenewalReview = "review-renewal"
	eventCancelBy      = "cancel-by"
)

// MembershipEvents are the calendar events of the memberships under review
// as of asOf, network by network: the first review's first day, and, while
// a cancel-by day lies ahead, the first day of the review before it and
// the cancel-by day itself. Texts are in pr's language. Each event's UID
// is [CalendarUID] of the network's id and what the event is for, so a
// newer export moves an event (the next term's cancel-by day) instead of
// adding one. A renewal review on the first review's day is left out:
// one event per day and kind of reminder is enough.
func MembershipEvents(pr *lang.Printer, nets []Network, asOf Date) []CalendarEvent {
	var out []CalendarEvent
	for _, n := range nets {
		if !n.Reviewed(asOf) {
			continue
		}
		m := *n.Membership
		first := m.FirstReview()
		out = append(out, CalendarEvent{
			UID: CalendarUID(n.ID, eventFirstReview), Date: first.First,
			Summary:     pr.T(rvEventReview, n.Name),
			Description: pr.T(rvEventFirstDesc, n.Name, day(first.Last)),
		})
		cancelBy, end, ok := m.NextCancelBy(asOf)
		if !ok {
			continue
		}
		if rr := RenewalReview(cancelBy); rr.First != first.First {
			out = append(out, CalendarEvent{
				UID: CalendarUID(n.ID, eventRenewalReview), Date: rr.First,
				Summary:     pr.T(rvEventReview, n.Name),
				Description: pr.T(rvEventRenewDesc, n.Name, day(cancelBy)),
			})
		}
		summary := pr.T(rvEventCancel, n.Name, m.RenewalMonths())
		if !m.RenewsAutomatically {
			summary = pr.T(rvEventNotice, n.Name, day(end))
		}
		out = append(out, CalendarEvent{
			UID: CalendarUID(n.ID, eventCancelBy), Date: cancelBy, Summary: summary,
			Description: pr.T(rvEventCancelDesc, day(end), m.NoticeDays),
		})
	}
	return out
}

// WriteCalendar writes the membership deadlines of e as an iCalendar file
// (RFC 5545, [WriteICS]): the events of [MembershipEvents] as of e's
// review day ([Export.ReviewDay]), stamped with e's export time, in pr's
// language.
func WriteCalendar(w io.Writer, pr *lang.Printer, e Export) error {
	return WriteICS(w, MembershipEvents(pr, e.Networks, e.ReviewDay()), e.ExportedAt)
}
