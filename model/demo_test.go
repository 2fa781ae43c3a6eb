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

func TestDemoVerdicts(t *testing.T) {
	p, nets := Demo(dmToday)
	want := map[string]VerdictWord{
		"Werkbank Süd Expertennetz":   VerdictJoin,
		"Gipfelrunde Mastermind":      VerdictBuildOwn,
		"Lindenhof Empfehlungsrunde":  VerdictKeepInvestigating,
		"Goldfeder Business Club":     VerdictDontJoin,
		"Ideenschmiede Rheinaue e.V.": VerdictDontJoin,
	}
	seen := make(map[VerdictWord]bool)
	for _, n := range nets {
		v := ComputeVerdict(p, n, DefaultWeights())
		seen[v.Word] = true
		if v.Word != want[n.Name] {
			t.Errorf("%s: verdict %s, want %s (reasons %q)", n.Name, v.Word, want[n.Name], v.Reasons)
		}
	}
	for _, w := range VerdictWords {
		if !seen[w] {
			t.Errorf("no demo network gets the verdict %s", w)
		}
	}
	// The two dont_join networks show the two ways to get there.
	gold := ComputeVerdict(p, nets[3], DefaultWeights())
	low := ComputeVerdict(p, nets[4], DefaultWeights())
	if len(gold.DealBreakers) < 3 || len(low.DealBreakers) != 0 || !strings.Contains(low.Reasons[0], "below your threshold") {
		t.Errorf("deal-breakers %q and %q; want several, then none with a score below the threshold (%q)", gold.DealBreakers, low.DealBreakers, low.Reasons)
	}
	keep := ComputeVerdict(p, nets[2], DefaultWeights())
	if len(keep.NextSteps) < 5 {
		t.Errorf("the incomplete network has next steps %q, want many", keep.NextSteps)
	}
}

func TestDemoIsValid(t *testing.T) {
	p, nets := Demo(dmToday)
	if err := p.Validate(); err != nil {
		t.Errorf("demo profile: %v", err)
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
	if err := (Export{ExportedAt: xpTime, Profile: &p, Networks: nets}).WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	if _, err := ParseExport(b.Bytes()); err != nil {
		t.Errorf("the demo does not import: %v", err)
	}
}

// TestDemoCoversTheChecklist makes sure the demo shows every value a user
// can meet: each kind, category, source, channel, answer, would-join-again
// answer, evidence level and warning sign.
func TestDemoCoversTheChecklist(t *testing.T) {
	_, nets := Demo(dmToday)
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
	_, nets := Demo(dmToday)
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
	p1, n1 := Demo(dmToday)
	p2, n2 := Demo(dmToday)
	if !reflect.DeepEqual(p1, p2) || !reflect.DeepEqual(n1, n2) {
		t.Error("two demos of the same day differ")
	}
	_, later := Demo(NewDate(2027, time.March, 1))
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
