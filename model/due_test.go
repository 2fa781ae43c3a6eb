package model

import (
	"bytes"
	"reflect"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"

	"netvet/model/lang"
)

// dwNetwork is rwNetwork with another id, name and joining day.
func dwNetwork(id, name string, joined Date) Network {
	n := rwNetwork(rwYear()...)
	n.ID, n.Name, n.Membership.JoinedOn = id, name, joined
	return n
}

// TestDueWithinListsOneLinePerMembershipWithSomethingDue: a cancel-by day
// within [T, T + days], else a review window open on T or opening within
// the days; nothing for the rest.
func TestDueWithinListsOneLinePerMembershipWithSomethingDue(t *testing.T) {
	// Joined 15 Jan 2026, yearly with 90 days' notice: first review 15 Jul
	// to 14 Aug 2026; cancel by 17 Oct 2026, its review from 17 Sep.
	cases := []struct {
		name   string
		asOf   Date
		within int
		kind   DueKind
		date   Date
		open   bool
		what   string
	}{
		{"nothing within 60 days of 1 March", tmDay(2026, 3, 1), 60, "", Date{}, false, ""},
		{"the first review opens within 60 days of 16 May", tmDay(2026, 5, 16), 60, DueReview, tmDay(2026, 7, 15), false, "Review the membership from this date"},
		{"not within 59 days of 16 May (16 May + 59 = 14 July)", tmDay(2026, 5, 16), 59, "", Date{}, false, ""},
		{"the first review is open on 1 August, until 14 August", tmDay(2026, 8, 1), 0, DueReview, tmDay(2026, 8, 14), true, "Review the membership by this date"},
		{"the cancel-by day within 60 days of 18 August", tmDay(2026, 8, 18), 60, DueCancelBy, tmDay(2026, 10, 17), false, "Cancel by this date, or it renews for 12 months"},
		{"the cancel-by day itself, with 0 days", tmDay(2026, 10, 17), 0, DueCancelBy, tmDay(2026, 10, 17), false, "Cancel by this date, or it renews for 12 months"},
		{"the renewal review open, the cancel-by day beyond the days", tmDay(2026, 9, 20), 10, DueReview, tmDay(2026, 10, 17), true, "Review the membership by this date"},
		{"after the cancel-by day, nothing for months", tmDay(2026, 10, 18), 60, "", Date{}, false, ""},
		{"the next year's cancel-by day", tmDay(2027, 9, 1), 60, DueCancelBy, tmDay(2027, 10, 17), false, "Cancel by this date, or it renews for 12 months"},
	}
	for _, c := range cases {
		got := DueWithin(rwProfile(), []Network{dwNetwork("w1", "Werkstatt Nord", tmDay(2026, 1, 15))}, c.asOf, c.within)
		if c.kind == "" {
			if len(got) != 0 {
				t.Errorf("%s: %+v, want nothing", c.name, got)
			}
			continue
		}
		if len(got) != 1 {
			t.Errorf("%s: %d items, want 1", c.name, len(got))
			continue
		}
		d := got[0]
		if d.Kind != c.kind || d.Date != c.date || d.Open != c.open || d.What().String() != c.what || d.NetworkID != "w1" {
			t.Errorf("%s: %s %s open %v %q, want %s %s open %v %q", c.name, d.Kind, d.Date, d.Open, d.What().String(), c.kind, c.date, c.open, c.what)
		}
		if d.Review.AsOf != c.asOf || d.Verdict().String() != "Review: "+lang.NewPrinter(lang.Default).Render(d.Review.Word.Label()) {
			t.Errorf("%s: review as of %s, verdict %q", c.name, d.Review.AsOf, d.Verdict().String())
		}
	}
}

// TestDueWithinSortsByDateAndSkipsWhatIsNotUnderReview.
func TestDueWithinSortsByDateAndSkipsWhatIsNotUnderReview(t *testing.T) {
	asOf := tmDay(2026, 8, 18)
	later := dwNetwork("b", "Bergkreis", tmDay(2026, 2, 1))    // first review 1 Aug to 31 Aug: open
	sooner := dwNetwork("a", "Alpenrunde", tmDay(2026, 1, 15)) // cancel by 17 Oct 2026
	notRenewing := dwNetwork("c", "Chorgemeinschaft", tmDay(2025, 10, 20))
	notRenewing.Membership.RenewsAutomatically = false // ends 20 Oct 2026, notice day 22 Jul: passed
	declined := dwNetwork("d", "Donaukreis", tmDay(2026, 1, 15))
	declined.Status = StatusDeclined
	future := dwNetwork("e", "Eifelrunde", tmDay(2026, 9, 1))
	noMembership := fxNetwork()
	got := DueWithin(rwProfile(), []Network{sooner, notRenewing, declined, future, noMembership, later}, asOf, 60)
	var names []string
	for _, d := range got {
		names = append(names, d.Network+" "+d.Date.String())
	}
	if want := []string{"Bergkreis 2026-08-31", "Alpenrunde 2026-10-17"}; !reflect.DeepEqual(names, want) {
		t.Errorf("due %q, want %q", names, want)
	}
	// A notice day of a membership that does not renew says when it ends.
	notRenewing.Membership.JoinedOn = tmDay(2025, 12, 1) // ends 1 Dec 2026, notice day 2 Sep 2026
	got = DueWithin(rwProfile(), []Network{notRenewing}, asOf, 60)
	if len(got) != 1 || got[0].Date != tmDay(2026, 9, 2) || got[0].What().String() != "Notice date; the membership ends on 2026-12-01 without renewing" {
		t.Errorf("not renewing: %+v", got)
	}
}

// TestMembershipCalendarIsReadByAnICalendarParser: one all-day event per
// review date and per cancel-by date, with UIDs that stay the same across
// exports, in the printer's language.
func TestMembershipCalendarIsReadByAnICalendarParser(t *testing.T) {
	nets := []Network{dwNetwork("w1", "Werkstatt Nord", tmDay(2026, 1, 15)), dwNetwork("w2", "Bergkreis", tmDay(2026, 2, 28)), fxNetwork()}
	export := func(at time.Time) []*ics.VEvent {
		var b bytes.Buffer
		e := Export{ExportedAt: at, Networks: nets, AsOf: tmDay(2026, 11, 1)}
		if err := WriteCalendar(&b, lang.NewPrinter(lang.Default), e); err != nil {
			t.Fatal(err)
		}
		cal, err := ics.ParseCalendar(bytes.NewReader(b.Bytes()))
		if err != nil {
			t.Fatalf("parse: %v\n%s", err, b.String())
		}
		return cal.Events()
	}
	first := export(time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC))
	second := export(time.Date(2026, 11, 2, 18, 30, 0, 0, time.UTC))
	type event struct{ uid, date, summary string }
	read := func(evs []*ics.VEvent) []event {
		var out []event
		for _, e := range evs {
			start, err := e.GetAllDayStartAt()
			if err != nil {
				t.Fatalf("not an all-day event: %v", err)
			}
			out = append(out, event{e.Id(), start.Format(DateLayout), ics.FromText(e.GetProperty(ics.ComponentPropertySummary).Value)})
		}
		return out
	}
	// Werkstatt Nord, as of 1 Nov 2026: the first review 15 Jul 2026; the
	// cancel-by day of 17 Oct 2026 has passed, so the next is 15 Jan 2028
	// − 90 days = 17 Oct 2027, its review from 17 Sep 2027. Bergkreis
	// (28 Feb 2026): first review 28 Aug 2026; 28 Feb 2027 − 90 days =
	// 30 Nov 2026, its review from 31 Oct 2026.
	want := []event{
		{CalendarUID("w1", "review-first"), "2026-07-15", "Review the membership of Werkstatt Nord"},
		{CalendarUID("w1", "review-renewal"), "2027-09-17", "Review the membership of Werkstatt Nord"},
		{CalendarUID("w1", "cancel-by"), "2027-10-17", "Last day to cancel Werkstatt Nord, or it renews for 12 months"},
		{CalendarUID("w2", "review-first"), "2026-08-28", "Review the membership of Bergkreis"},
		{CalendarUID("w2", "review-renewal"), "2026-10-31", "Review the membership of Bergkreis"},
		{CalendarUID("w2", "cancel-by"), "2026-11-30", "Last day to cancel Bergkreis, or it renews for 12 months"},
	}
	if got := read(first); !reflect.DeepEqual(got, want) {
		t.Errorf("events\n%q\nwant\n%q", got, want)
	}
	if !reflect.DeepEqual(read(first), read(second)) {
		t.Errorf("a second export changed the events:\n%q\n%q", read(first), read(second))
	}
	desc := ics.FromText(first[2].GetProperty(ics.ComponentPropertyDescription).Value)
	if desc != "The term ends on 2028-01-15; the notice period is 90 days." {
		t.Errorf("description %q", desc)
	}
	// In German.
	var b bytes.Buffer
	if err := WriteCalendar(&b, lang.NewPrinter(lang.Locale{Language: lang.German}), Export{ExportedAt: time.Unix(0, 0), Networks: nets[:1], AsOf: tmDay(2026, 11, 1)}); err != nil {
		t.Fatal(err)
	}
	cal, err := ics.ParseCalendar(&b)
	if err != nil {
		t.Fatal(err)
	}
	if evs := cal.Events(); len(evs) != 3 || ics.FromText(evs[2].GetProperty(ics.ComponentPropertySummary).Value) != "Letzter Tag, um Werkstatt Nord zu kündigen, sonst verlängert sich die Mitgliedschaft um 12 Monate" {
		t.Errorf("the German calendar lacks the cancel-by summary: %d events", len(evs))
	}
}
