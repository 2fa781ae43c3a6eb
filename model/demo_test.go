package model

import (
	"bytes"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

var dmToday = NewDate(2026, time.November, 27)

// dmDemo is the demo of dmToday: its profile, plan and networks.
func dmDemo() (Profile, *OwnNetwork, []Network) {
	e := Demo(dmToday)
	return *e.Profile, e.OwnNetwork, e.Networks
}

func TestDemoVerdicts(t *testing.T) {
	p, plan, nets := dmDemo()
	want := map[string]VerdictWord{
		"Werkbank Süd Expertennetz":   VerdictJoin,
		"Gipfelrunde Mastermind":      VerdictBuildOwn,
		"Lindenhof Empfehlungsrunde":  VerdictKeepInvestigating,
		"Goldfeder Business Club":     VerdictDontJoin,
		"Ideenschmiede Rheinaue e.V.": VerdictDontJoin,
		"Mentorenkreis Neckar":        VerdictKeepInvestigating,
	}
	seen := make(map[VerdictWord]bool)
	fragile := 0
	for _, n := range nets {
		v := ComputeVerdict(p, plan, n)
		seen[v.Word] = true
		if v.Word != want[n.Name] {
			t.Errorf("%s: verdict %s, want %s (reasons %q, next %q)", n.Name, v.Word, want[n.Name], v.Reasons, v.NextSteps)
		}
		if v.Scenarios.Available && !v.Scenarios.Robust {
			fragile++
		}
	}
	for _, w := range VerdictWords {
		if !seen[w] {
			t.Errorf("no demo network gets the verdict %s", w)
		}
	}
	// The two dont_join networks show the two ways to get there.
	gold := ComputeVerdict(p, plan, nets[3])
	low := ComputeVerdict(p, plan, nets[4])
	if len(gold.DealBreakers) < 3 || len(low.DealBreakers) != 0 || !strings.Contains(low.Reasons[0], "below your threshold") {
		t.Errorf("deal-breakers %q and %q; want several, then none with a score below the threshold (%q)", gold.DealBreakers, low.DealBreakers, low.Reasons)
	}
	keep := ComputeVerdict(p, plan, nets[2])
	if len(keep.NextSteps) < 5 || !keep.MakeOrBuy.BuildFromPlan {
		t.Errorf("the incomplete network has next steps %q (want many) and build hours from the plan %v", keep.NextSteps, keep.MakeOrBuy.BuildFromPlan)
	}
	// The join is fragile: 6,000 × 0.6 = 3,600 a year plus 1,500 other
	// benefit over 3 years is 15,300, less than the join cost.
	join := ComputeVerdict(p, plan, nets[0])
	if fragile != 1 || join.Scenarios.Robust || join.Scenarios.Pessimistic.Word != VerdictDontJoin {
		t.Errorf("%d fragile networks, the join's scenarios %+v; want exactly the join fragile", fragile, join.Scenarios)
	}
	// Building is cheaper than the Mentorenkreis too, but the plan's
	// mentors (4 of 5) fall short of its 5: the one next step says so.
	// Joining: 3,500 + (3,000 + 400) × 3 = 13,700 in cash and 90 × 3 h ×
	// 110,000 / 1,500 = 19,800 of time, 33,500; building: (4 seats × 6 h
	// + 10 × (3 + 1) h × 3) × 110,000 / 1,500 = 144 h = 10,560.
	mentors := ComputeVerdict(p, plan, nets[5])
	if m := mentors.MakeOrBuy; m.JoinCost != KnownAmount(33_500_00) || m.BuildCost != KnownAmount(10_560_00) || !m.BuildFromPlan ||
		!slices.Equal(mentors.NextSteps, []string{"Plan your own network: it must offer mentors at least 5 of 5"}) {
		t.Errorf("the Mentorenkreis: join %v, build %v (from the plan %v), next steps %q", m.JoinCost, m.BuildCost, m.BuildFromPlan, mentors.NextSteps)
	}
	// Without the plan, building is still cheaper for the Gipfelrunde, but
	// nothing shows that an own network would serve as well.
	if v := ComputeVerdict(p, nil, nets[1]); v.Word != VerdictKeepInvestigating || !strings.HasPrefix(v.NextSteps[0], "Plan your own network") {
		t.Errorf("without a plan: %s, next %q", v.Word, v.NextSteps)
	}
}

func TestDemoIsValid(t *testing.T) {
	p, plan, nets := dmDemo()
	if err := p.Validate(); err != nil {
		t.Errorf("demo profile: %v", err)
	}
	if err := plan.Validate(); err != nil {
		t.Errorf("demo plan: %v", err)
	}
	for i, n := range nets {
		if err := n.Validate(); err != nil {
			t.Errorf("demo network %d: %v", i, err)
		}
	}
	if len(nets) < 4 || len(nets) > 6 {
		t.Errorf("the demo has %d networks, want 4–6", len(nets))
	}
	// It reads back through the import unchanged.
	var b bytes.Buffer
	e := Demo(dmToday)
	if err := e.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	back, err := ParseExport(b.Bytes())
	if err != nil {
		t.Fatalf("the demo does not import: %v", err)
	}
	if !reflect.DeepEqual(back.OwnNetwork, e.OwnNetwork) || !reflect.DeepEqual(back.Profile, e.Profile) {
		t.Errorf("the demo's plan or profile changed through the export")
	}
}

// TestDemoCoversTheChecklist makes sure the demo shows every value a user
// can meet: each kind, category, source, channel, answer, would-join-again
// answer, evidence level and warning sign.
func TestDemoCoversTheChecklist(t *testing.T) {
	_, _, nets := dmDemo()
	var kinds []Kind
	var cats []Category
	var sources []Source
	var channels []Channel
	var answers []AnswerValue
	var again []JoinAgain
	var levels []Level
	var warnings []WarningSign
	var statuses []PromiseStatus
	for _, n := range nets {
		kinds = append(kinds, n.Kind)
		warnings = append(warnings, n.Warnings...)
		for _, p := range n.Promises {
			cats, sources = append(cats, p.Category), append(sources, p.Source)
			statuses = append(statuses, n.PromiseStatus(p.ID))
		}
		for _, iv := range n.Interviews {
			channels, again = append(channels, iv.Channel), append(again, iv.WouldJoinAgain)
			for _, a := range iv.Answers {
				answers = append(answers, a.Answer)
			}
		}
		for _, e := range n.Evidence {
			levels = append(levels, e.Level)
		}
	}
	dmCovers(t, "kinds", kinds, Kinds)
	dmCovers(t, "categories", cats, Categories)
	dmCovers(t, "sources", sources, Sources)
	dmCovers(t, "channels", channels, Channels)
	dmCovers(t, "answers", answers, AnswerValues)
	dmCovers(t, "would-join-again answers", again, JoinAgainValues)
	dmCovers(t, "evidence levels", levels, Levels)
	dmCovers(t, "warning signs", warnings, WarningSigns)
	dmCovers(t, "promise statuses", statuses, PromiseStatusValues)
}

func dmCovers[T comparable](t *testing.T, what string, got, all []T) {
	t.Helper()
	for _, v := range all {
		if !slices.Contains(got, v) {
			t.Errorf("the demo has no %s %v", what, v)
		}
	}
}

func TestDemoNotesAreRealisticMarkdown(t *testing.T) {
	_, _, nets := dmDemo()
	var notes []string
	var members []string
	for _, n := range nets {
		for _, iv := range n.Interviews {
			notes = append(notes, iv.Notes)
			members = append(members, iv.Member)
		}
	}
	all := strings.Join(notes, "\n")
	for _, c := range []struct{ rule, want string }{
		{"several paragraphs", "\n\n"},
		{"bulleted lists", "\n- "},
		{"numbered lists", "\n1. "},
		{"strong emphasis", "**"},
		{"headings", "## "},
		{"umlauts", "ü"},
	} {
		if !strings.Contains(all, c.want) {
			t.Errorf("the notes lack %s (%q)", c.rule, c.want)
		}
	}
	names := strings.Join(members, ",")
	for _, want := range []string{"Weißmüller", "Krüger", "O'Brien", "Emily", "David Clarke"} {
		if !strings.Contains(names, want) {
			t.Errorf("the members lack %q (German and English names)", want)
		}
	}
}

func TestDemoDependsOnlyOnTheDate(t *testing.T) {
	if !reflect.DeepEqual(Demo(dmToday), Demo(dmToday)) {
		t.Error("two demos of the same day differ")
	}
	n1 := Demo(dmToday).Networks
	later := Demo(NewDate(2027, time.March, 1)).Networks
	if later[0].Interviews[0].Date == n1[0].Interviews[0].Date {
		t.Error("the demo's dates must move with today")
	}
	for _, n := range n1 {
		for _, iv := range n.Interviews {
			if iv.Date.IsZero() || !iv.Date.Before(dmToday) {
				t.Errorf("%s: interview date %s is not before today", n.Name, iv.Date)
			}
		}
	}
}

// TestDemoMembershipsRenewAndQuit: the Werkbank's review says renew, the
// Ideenschmiede's quit, and only the Ideenschmiede's cancel-by day, 40
// days ahead, is due within 60 days (see demo_membership.go for the
// figures).
func TestDemoMembershipsRenewAndQuit(t *testing.T) {
	p, _, nets := dmDemo()
	want := map[string]ReviewWord{"Werkbank Süd Expertennetz": ReviewRenew, "Ideenschmiede Rheinaue e.V.": ReviewQuit}
	joined := 0
	for _, n := range nets {
		if n.Status != StatusJoined {
			if n.Membership != nil {
				t.Errorf("%s has a membership but is %s", n.Name, n.Status)
			}
			continue
		}
		joined++
		r, err := ComputeReview(p, n, dmToday)
		if err != nil || r.Word != want[n.Name] {
			t.Errorf("%s: review %s (%v), want %s; reasons %q", n.Name, r.Word, err, want[n.Name], rwTexts(r.Reasons))
			continue
		}
		for _, e := range n.Membership.Ledger {
			if dmToday.Before(e.Date) {
				t.Errorf("%s: ledger entry %s dated %s, after today", n.Name, e.ID, e.Date)
			}
		}
		if r.Months < 12 {
			t.Errorf("%s: joined %d months ago, want at least a year of entries", n.Name, r.Months)
		}
	}
	if joined != 2 {
		t.Errorf("%d joined networks, want 2", joined)
	}
	werkbank, _ := ComputeReview(p, nets[0], dmToday)
	if f := werkbank.Figures; f.ProfitPerYear != KnownAmount(7700_00) || f.HoursPerYear != HoursOf(44) || f.ExtraCashPerYear != 370_00 || f.ForwardCost != KnownAmount(5396_67) || f.ForwardBenefit != KnownAmount(9200_00) {
		t.Errorf("Werkbank figures %+v", f)
	}
	ideen, _ := ComputeReview(p, nets[4], dmToday)
	if f := ideen.Figures; f.ProfitPerYear != KnownAmount(720_00) || f.HoursPerYear != HoursOf(38) || f.ExtraCashPerYear != 210_00 || f.ForwardCost != KnownAmount(3236_67) || f.ForwardBenefit != KnownAmount(1520_00) {
		t.Errorf("Ideenschmiede figures %+v", f)
	}
	if got := rwTexts(ideen.Reasons)[0]; !strings.HasPrefix(got, "You answered no to the must-have promise 'Free seminars") {
		t.Errorf("the Ideenschmiede's first reason %q", got)
	}
	due := DueWithin(p, nets, dmToday, 60)
	if len(due) != 1 || due[0].Network != "Ideenschmiede Rheinaue e.V." || due[0].Kind != DueCancelBy || due[0].Date != dmToday.AddDays(40) {
		t.Errorf("due %+v, want the Ideenschmiede's cancel-by day in 40 days", due)
	}
}
