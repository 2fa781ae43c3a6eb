package model

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	ics "github.com/arran4/golang-ical"
)

func TestWriteICSIsReadByAnICalendarParser(t *testing.T) {
	long := strings.Repeat("Kündigungsfrist beachten, sonst verlängert sich die Mitgliedschaft; ", 4)
	events := []CalendarEvent{
		{UID: CalendarUID("nk3xq7000001", "cancel-by"), Date: NewDate(2027, time.March, 31),
			Summary: "Cancel by: Werkbank Süd, or it renews", Description: long + "\nSecond line \\ with a backslash"},
		{UID: CalendarUID("nk3xq7000001", "review"), Date: NewDate(2027, time.February, 28), Summary: "Review Werkbank Süd"},
		{UID: "no-date", Summary: "left out"},
	}
	stamp := time.Date(2026, time.December, 2, 15, 4, 5, 0, time.FixedZone("CET", 3600))
	var buf bytes.Buffer
	if err := WriteICS(&buf, events, stamp); err != nil {
		t.Fatal(err)
	}
	cal, err := ics.ParseCalendar(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatalf("parse: %v\n%s", err, buf.String())
	}
	got := cal.Events()
	if len(got) != 2 {
		t.Fatalf("%d events, want 2 (the one without a date left out)", len(got))
	}
	for i, e := range got {
		want := events[i]
		if uid := e.GetProperty(ics.ComponentPropertyUniqueId).Value; uid != want.UID {
			t.Errorf("event %d: UID %q, want %q", i, uid, want.UID)
		}
		start, err := e.GetAllDayStartAt()
		if err != nil || start.Format(DateLayout) != want.Date.String() {
			t.Errorf("event %d: start %v (%v), want %s", i, start, err, want.Date)
		}
		end, err := e.GetAllDayEndAt()
		if err != nil || end.Format(DateLayout) != want.Date.Time().AddDate(0, 0, 1).Format(DateLayout) {
			t.Errorf("event %d: end %v (%v), want the day after %s", i, end, err, want.Date)
		}
		if s := ics.FromText(e.GetProperty(ics.ComponentPropertySummary).Value); s != want.Summary {
			t.Errorf("event %d: summary %q, want %q", i, s, want.Summary)
		}
		stampGot, err := e.GetDtStampTime()
		if err != nil || !stampGot.Equal(stamp) {
			t.Errorf("event %d: DTSTAMP %v (%v), want %v", i, stampGot, err, stamp.UTC())
		}
	}
	if d := ics.FromText(got[0].GetProperty(ics.ComponentPropertyDescription).Value); d != events[0].Description {
		t.Errorf("description %q, want %q", d, events[0].Description)
	}
}

func TestWriteICSLinesAreCRLFAndFoldedAt75Octets(t *testing.T) {
	// Umlauts and an emoji put multi-byte sequences across every possible
	// fold position.
	for shift := range 8 {
		summary := strings.Repeat("x", shift) + strings.Repeat("Prüfung ✓ 🎯 ", 20)
		var buf bytes.Buffer
		if err := WriteICS(&buf, []CalendarEvent{{UID: "u", Date: NewDate(2027, 1, 31), Summary: summary}}, time.Unix(0, 0)); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		if !strings.HasSuffix(out, "\r\n") || strings.Count(out, "\n") != strings.Count(out, "\r\n") {
			t.Fatalf("shift %d: a line does not end in CRLF", shift)
		}
		var unfolded strings.Builder
		for _, l := range strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n") {
			if len(l) > 75 { // RFC 5545 3.1, not the constant under test
				t.Errorf("shift %d: line of %d octets: %q", shift, len(l), l)
			}
			if !utf8.ValidString(l) {
				t.Errorf("shift %d: a fold splits a UTF-8 sequence: %q", shift, l)
			}
			if strings.HasPrefix(l, " ") {
				unfolded.WriteString(l[1:])
			} else {
				unfolded.WriteString("\n" + l)
			}
		}
		if !strings.Contains(unfolded.String(), "\nSUMMARY:"+summary+"\n") {
			t.Errorf("shift %d: unfolding does not give the summary back", shift)
		}
	}
}

func TestWriteICSEscapesTextAndDropsControls(t *testing.T) {
	var buf bytes.Buffer
	ev := CalendarEvent{UID: "a,b;c", Date: NewDate(2027, 3, 1), Summary: "a,b;c\\d\ne\x1b]0;title\x07f\r"}
	if err := WriteICS(&buf, []CalendarEvent{ev}, time.Unix(0, 0)); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{"SUMMARY:a\\,b\\;c\\\\d\\nef\r\n", "UID:a\\,b\\;c\r\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.ContainsAny(out, "\x1b\x07") {
		t.Errorf("a control character reached the calendar:\n%q", out)
	}
}

func TestCalendarUIDIsStableAndDistinct(t *testing.T) {
	a := CalendarUID("n1", "cancel-by")
	if a != CalendarUID("n1", "cancel-by") {
		t.Fatal("the same parts give different UIDs")
	}
	for _, other := range [][]string{{"n1", "review"}, {"n2", "cancel-by"}, {"n1/", "cancel-by"}, {"n1", "cancel", "by"}} {
		if CalendarUID(other...) == a {
			t.Errorf("%q gives the UID of [n1 cancel-by]", other)
		}
	}
	if u := CalendarUID("ñ\x1b[31m", strings.Repeat("z", 100)); strings.ContainsAny(u, "\x1b[ñ") || !strings.HasSuffix(u, "@netvet") || len(u) > 60 {
		t.Errorf("UID %q is not a short, plain token", u)
	}
}
