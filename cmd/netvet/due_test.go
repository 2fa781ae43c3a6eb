package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"
)

// dueDemoDay is the day the demo of these tests is made. As of that day
// (see model.Demo and model/demo_membership.go):
//
//	Werkbank Süd Expertennetz, joined 2025-10-17 (27 Nov 2026 − 13 months
//	− 10 days): first review 2026-04-17; term ends 2026-10-17,
//	2027-10-17; cancel by 2027-10-17 − 90 days = 2027-07-19; review
//	renew.
//	Ideenschmiede Rheinaue e.V., joined 2025-04-06 (27 Nov 2026 + 130
//	days − 24 months): first review 2025-10-06; term ends 2026-04-06,
//	2027-04-06; cancel by 2027-04-06 − 90 days = 2027-01-06, 40 days
//	on; review quit.
var dueDemoDay = time.Date(2026, time.November, 27, 12, 0, 0, 0, time.UTC)

// dtDemoOf writes the demo of the day now to a fresh file and returns its
// path.
func dtDemoOf(t *testing.T, dir string, now time.Time) string {
	t.Helper()
	path := filepath.Join(dir, "demo-of-day.db")
	if err := writeDemo(path, false, now); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestDueOnTheDemo runs `netvet due` with fixed days on the demo: a known
// line when something is due, nothing at all (and exit 0) when nothing is.
func TestDueOnTheDemo(t *testing.T) {
	db := dtDemoOf(t, dtEnv(t), dueDemoDay)
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"the Ideenschmiede's cancel-by day, 40 days on", []string{"--as-of", "2026-11-27"},
			"Ideenschmiede Rheinaue e.V.  2027-01-06  Cancel by this date, or it renews for 12 months  Review: Quit\n"},
		// Its review opens 30 days before, on 7 December: 10 days on.
		{"within 39 days, the review that opens", []string{"--as-of", "2026-11-27", "--within", "39"},
			"Ideenschmiede Rheinaue e.V.  2026-12-07  Review the membership from this date  Review: Quit\n"},
		{"nothing within 9 days", []string{"--as-of", "2026-11-27", "--within", "9"}, ""},
		{"on the day itself with --within 0", []string{"--as-of", "2027-01-06", "--within", "0"},
			"Ideenschmiede Rheinaue e.V.  2027-01-06  Cancel by this date, or it renews for 12 months  Review: Quit\n"},
		{"nothing due after it", []string{"--as-of", "2027-02-05"}, ""},
		// 7 January to 19 July 2027 is 193 days.
		{"the Werkbank's within 200 days", []string{"--as-of", "2027-01-07", "--within", "200"},
			"Werkbank Süd Expertennetz  2027-07-19  Cancel by this date, or it renews for 12 months  Review: Renew\n"},
		{"both, sorted by date", []string{"--as-of", "2026-11-27", "--within", "250"},
			"Ideenschmiede Rheinaue e.V.  2027-01-06  Cancel by this date, or it renews for 12 months  Review: Quit\n" +
				"Werkbank Süd Expertennetz    2027-07-19  Cancel by this date, or it renews for 12 months  Review: Renew\n"},
		// The Ideenschmiede's review opens 30 days before its cancel-by
		// day, on 7 December.
		{"an open review window", []string{"--as-of", "2026-12-10", "--within", "0"},
			"Ideenschmiede Rheinaue e.V.  2027-01-06  Review the membership by this date  Review: Quit\n"},
	}
	for _, c := range cases {
		r := dtRun(t, "", append([]string{"due", "--db", db}, c.args...)...)
		if r.code != exitOK || r.stderr != "" || r.stdout != c.want {
			t.Errorf("%s: exit %d, stderr %q, stdout\n%q\nwant\n%q", c.name, r.code, r.stderr, r.stdout, c.want)
		}
	}
}

func TestDueRefusesBadFlagsWithAUsageError(t *testing.T) {
	db := dtDemoOf(t, dtEnv(t), dueDemoDay)
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"--within", "x"}, `netvet: --within: "x" is not a number of days from 0 to 3660`},
		{[]string{"--within", "-1"}, `netvet: --within: "-1" is not a number of days from 0 to 3660`},
		{[]string{"--within", "3661"}, `netvet: --within: "3661" is not a number of days from 0 to 3660`},
		{[]string{"--as-of", "27.11.2026"}, `netvet: --as-of: "27.11.2026" is not a date of the form YYYY-MM-DD`},
		{[]string{"--as-of", "2025-01-01"}, `netvet: --as-of: 2025-01-01 is before the membership of "Werkbank Süd Expertennetz" began (2025-10-17); a review needs a day on or after it`},
		{[]string{"extra"}, `netvet: unexpected argument "extra"`},
	}
	for _, c := range cases {
		r := dtRun(t, "", append([]string{"due", "--db", db}, c.args...)...)
		if want := c.want + "\n" + hintUsage + "\n"; r.code != exitUsage || r.stderr != want || r.stdout != "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 2 and %q", c.args, r.code, r.stdout, r.stderr, want)
		}
	}
	for _, cmd := range [][]string{{"verdict"}, {"export", "--format", "ics"}} {
		r := dtRun(t, "", append(cmd, "--db", db, "--as-of", "2025-01-01")...)
		if r.code != exitUsage || !strings.Contains(r.stderr, "is before the membership of") {
			t.Errorf("%v before joining: exit %d, stderr %q", cmd, r.code, r.stderr)
		}
	}
}

// TestExportICSOfTheDemo: one all-day event per review date and per
// cancel-by date, read by golang-ical, with the same UIDs in two exports.
func TestExportICSOfTheDemo(t *testing.T) {
	db := dtDemoOf(t, dtEnv(t), dueDemoDay)
	export := func() []string {
		out := dtMust(t, "export", "--db", db, "--format", "ics", "--as-of", "2026-11-27")
		cal, err := ics.ParseCalendar(bytes.NewReader([]byte(out)))
		if err != nil {
			t.Fatalf("parse: %v\n%s", err, out)
		}
		var events []string
		for _, e := range cal.Events() {
			start, err := e.GetAllDayStartAt()
			if err != nil {
				t.Fatalf("not all-day: %v", err)
			}
			events = append(events, e.Id()+" "+start.Format("2006-01-02")+" "+ics.FromText(e.GetProperty(ics.ComponentPropertySummary).Value))
		}
		return events
	}
	first := export()
	time.Sleep(1100 * time.Millisecond) // another DTSTAMP second
	second := export()
	if !reflect.DeepEqual(first, second) {
		t.Errorf("two exports differ:\n%q\n%q", first, second)
	}
	var dates []string
	for _, e := range first {
		f := strings.Fields(e)
		dates = append(dates, f[1]+" "+strings.Join(f[2:], " "))
	}
	want := []string{
		"2026-04-17 Review the membership of Werkbank Süd Expertennetz",
		"2027-06-19 Review the membership of Werkbank Süd Expertennetz",
		"2027-07-19 Last day to cancel Werkbank Süd Expertennetz, or it renews for 12 months",
		"2025-10-06 Review the membership of Ideenschmiede Rheinaue e.V.",
		"2026-12-07 Review the membership of Ideenschmiede Rheinaue e.V.",
		"2027-01-06 Last day to cancel Ideenschmiede Rheinaue e.V., or it renews for 12 months",
	}
	if !reflect.DeepEqual(dates, want) {
		t.Errorf("events\n%q\nwant\n%q", dates, want)
	}
	uids := map[string]bool{}
	for _, e := range first {
		uids[strings.Fields(e)[0]] = true
	}
	if len(uids) != len(want) {
		t.Errorf("%d distinct UIDs for %d events", len(uids), len(want))
	}
}

// TestVerdictShowsTheReviewsOfTheDemo: the JSON's review per SPEC.md 4.2,
// and the text's review lines.
func TestVerdictShowsTheReviewsOfTheDemo(t *testing.T) {
	db := dtDemoOf(t, dtEnv(t), dueDemoDay)
	var report struct {
		Networks []struct {
			Name   string
			Review *struct {
				Verdict  string   `json:"verdict"`
				CancelBy string   `json:"cancel_by"`
				Due      bool     `json:"due"`
				Reasons  []string `json:"reasons"`
			} `json:"review"`
		} `json:"networks"`
	}
	// 10 December 2026 is in the Ideenschmiede's review window (from 7
	// December), not in the Werkbank's.
	out := dtMust(t, "verdict", "--format", "json", "--as-of", "2026-12-10", "--db", db)
	if err := json.Unmarshal([]byte(out), &report); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, n := range report.Networks {
		if n.Review == nil {
			got[n.Name] = "null"
			continue
		}
		got[n.Name] = n.Review.Verdict + " " + n.Review.CancelBy
		if n.Review.Due {
			got[n.Name] += " due"
		}
		if len(n.Review.Reasons) < 4 {
			t.Errorf("%s: reasons %q", n.Name, n.Review.Reasons)
		}
	}
	want := map[string]string{
		"Werkbank Süd Expertennetz": "renew 2027-07-19", "Ideenschmiede Rheinaue e.V.": "quit 2027-01-06 due",
		"Gipfelrunde Mastermind": "null", "Lindenhof Empfehlungsrunde": "null", "Goldfeder Business Club": "null",
		"Mentorenkreis Neckar": "null",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("reviews %v, want %v", got, want)
	}
	text := dtMust(t, "verdict", "--as-of", "2026-12-10", "--db", db)
	for _, s := range []string{
		"\nIdeenschmiede Rheinaue e.V.: Membership review as of 2026-12-10: Quit\n  - You answered no to the must-have promise 'Free seminars on contracts and taxes for freelancers' on ",
		"  - Cancel by 2027-01-06, or it renews for 12 months\n",
		"\nWerkbank Süd Expertennetz: Membership review as of 2026-12-10: Renew\n",
	} {
		if !strings.Contains(text, s) {
			t.Errorf("the text lacks %q:\n%s", s, text)
		}
	}
}
