package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"netvet/model"
)

// joinable returns a candidate with a complete checklist whose ratings are
// all r, so its verdict is join when r is high enough.
func joinable(name string, r model.Rating, fee int64) model.Network {
	rec := 9
	n := model.Network{
		Name: name, Kind: model.KindMastermind, Status: model.StatusInterviewing,
		EntryFee: money(fee), AnnualFee: money(fee / 2), MembershipHoursPerYear: 40,
		BuildHours: intPtr(2000), BuildUpkeepHoursPerYear: 200, ExpectedProfitPerYear: 20000_00,
		Fit:      model.FitRatings{TargetGroupOverlap: r, ComplementaryStrengths: r, Positioning: r, MyContribution: r, Chemistry: r},
		Factors:  model.FactorRatings{Mentors: r, Training: r, ContractChances: r},
		Promises: []model.Promise{{ID: "p1", Category: model.CategoryContracts, Text: "Referrals", MustHave: true, Documented: true}},
	}
	for i := 0; i < 3; i++ {
		n.Interviews = append(n.Interviews, model.Interview{
			ID: fmt.Sprintf("i%d", i), Member: fmt.Sprintf("Member %d", i), SimilarToMe: true, IntroducedByNetwork: i == 0,
			Answers:        []model.Answer{{PromiseID: "p1", Answer: model.AnswerYes}},
			ContractsCount: 1, ContractsValue: 5000_00, WouldJoinAgain: model.JoinAgainYes, Recommendation: &rec,
		})
	}
	n.Evidence = []model.Evidence{{ID: "e1", Description: "Audit", SimilarToMe: true, Value: 9000_00, Level: model.LevelDocumented}}
	return n
}

// compareStore has n candidates: the first few complete and joinable with
// different strengths, the rest incomplete.
func compareStore(n int) *fakeStore {
	st := newFakeStore()
	st.hasProfile = true
	st.profile.Name = "Anna Berger"
	st.profile.TargetAnnualIncome = 120000_00
	st.profile.PlannedHoursPerYear = 1600
	st.profile.MarginalTaxRate = 0.42
	for i := 0; i < n; i++ {
		var net model.Network
		switch i % 4 {
		case 0:
			net = joinable(fmt.Sprintf("Alpha Circle %d", i), 5, 3000)
		case 1:
			net = joinable(fmt.Sprintf("Beta Guild %d", i), 4, 1500)
		case 2:
			net = joinable(fmt.Sprintf("Gamma Chapter %d", i), 2, 900)
		default:
			net = model.Network{Name: fmt.Sprintf("Delta Club %d", i), Kind: model.KindAssociation, Status: model.StatusResearching, AnnualFee: money(400)}
		}
		if _, err := st.CreateNetwork(net); err != nil {
			panic(err)
		}
	}
	st.writes = 0
	return st
}

func TestComparisonRecommendsAndHighlights(t *testing.T) {
	d := newDriver(t, compareStore(3), 160, 48)
	d.press("v")
	if d.app.top() != screenCompare {
		t.Fatal("v did not open the comparison")
	}
	cmp := d.app.compare.cmp
	if cmp.Recommended == "" || cmp.Ranked[0].Network.ID != cmp.Recommended {
		t.Fatalf("no recommendation: %+v", cmp.Ranked[0].Verdict)
	}
	d.mustSee("Recommended: Alpha Circle 0", "Alpha Circle 0", "Beta Guild 1", "Gamma Chapter 2", "Join cost", "Break-even")
	// The score row's best is the recommended candidate; the join cost
	// row's best is the cheapest.
	for _, r := range d.app.compare.rows {
		switch r.label {
		case cmpScore:
			if !r.best[0] || r.best[1] {
				t.Fatalf("score best %v", r.best)
			}
		case cmpJoinCost:
			cheapest := 0
			for i := range r.values {
				if r.values[i] < r.values[cheapest] {
					cheapest = i
				}
			}
			if !r.best[cheapest] || len(r.best) != 1 {
				t.Fatalf("join cost best %v, cheapest %d", r.best, cheapest)
			}
		}
	}
	d.press("right")
	d.mustSee("Beta Guild 1: Join")
	d.press("enter")
	if d.app.top() != screenWorkspace || d.app.workspace.net.Name != "Beta Guild 1" {
		t.Fatal("enter did not open the selected candidate")
	}
}

func TestComparisonLeavesArchivedOut(t *testing.T) {
	st := compareStore(3)
	st.nets[0].Status = model.StatusArchived
	d := newDriver(t, st, 120, 40)
	d.press("v")
	if len(d.app.compare.cmp.Ranked) != 2 {
		t.Fatalf("%d ranked", len(d.app.compare.cmp.Ranked))
	}
	d.mustNotSee("Alpha Circle 0")
}

func TestComparisonScrollsColumns(t *testing.T) {
	d := newDriver(t, compareStore(8), 80, 24)
	d.press("v")
	if cols := d.app.compare.cols; cols >= 8 {
		t.Fatalf("%d columns fit at 80", cols)
	}
	for i := 0; i < 7; i++ {
		d.press("right")
	}
	last := d.app.compare.cmp.Ranked[7].Network.Name
	d.mustSee(last, cmpMoreLeft)
	d.press("esc")
	if d.app.top() != screenHome {
		t.Fatal("esc did not go back")
	}
}

func TestComparisonGolden(t *testing.T) {
	for _, n := range []int{1, 3, 8} {
		for _, size := range [][2]int{{80, 24}, {160, 48}} {
			t.Run(fmt.Sprintf("%d-candidates/%dx%d", n, size[0], size[1]), func(t *testing.T) {
				d := newDriver(t, compareStore(n), size[0], size[1])
				d.press("v")
				d.send(tea.BackgroundColorMsg{Color: lightBackground{}})
				out := d.app.View().Content
				for _, l := range strings.Split(d.screen(), "\n") {
					if len([]rune(l)) > size[0] {
						t.Fatalf("line wider than %d: %q", size[0], l)
					}
				}
				golden.RequireEqual(t, out)
			})
		}
	}
}

// screenText is the screen's lines joined by spaces, trimmed, so that a
// wrapped sentence reads as one.
func screenText(d *driver) string {
	var parts []string
	for _, l := range strings.Split(d.screen(), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			parts = append(parts, l)
		}
	}
	return strings.Join(parts, " ")
}

// TestComparisonSaysWhatIsMissingOnlyWhenSomethingIs: "see what is still
// missing below" when the candidate below has open questions, not when its
// checklist is complete and it simply scores too low.
func TestComparisonSaysWhatIsMissingOnlyWhenSomethingIs(t *testing.T) {
	st := newFakeStore()
	st.hasProfile = true
	low := joinable("Low Circle", 1, 900)
	if _, err := st.CreateNetwork(low); err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, st, 100, 30)
	d.press("v")
	r := d.app.compare.cmp.Ranked[0]
	if d.app.compare.cmp.Recommended != "" || len(r.Verdict.NextSteps) != 0 {
		t.Fatalf("the fixture should be complete and not joinable: %s, next steps %q", r.Verdict.Word, r.Verdict.NextSteps)
	}
	d.mustNotSee(cmpNoJoin)
	d.mustSee(cmpNoJoinWhy)

	st = newFakeStore()
	st.hasProfile = true
	if _, err := st.CreateNetwork(model.Network{Name: "Delta Club", Kind: model.KindAssociation, Status: model.StatusResearching}); err != nil {
		t.Fatal(err)
	}
	d = newDriver(t, st, 100, 30)
	d.press("v")
	if len(d.app.compare.cmp.Ranked[0].Verdict.NextSteps) == 0 {
		t.Fatal("the fixture should have open questions")
	}
	d.mustSee(cmpNoJoin)
}

// TestComparisonWrapsTheLinesThatMatter: the no-clear-winner sentence
// (whom the change would put ahead) and the reasons below the table are
// wrapped at 80 columns, not cut.
func TestComparisonWrapsTheLinesThatMatter(t *testing.T) {
	st := newFakeStore()
	st.hasProfile = true
	st.profile.TargetAnnualIncome = 120000_00
	st.profile.PlannedHoursPerYear = 1600
	a := joinable("Alpha Circle with a Long Name", 5, 3000)
	a.Factors.Mentors = 4
	b := joinable("Beta Guild with a Long Name", 5, 2900)
	b.Fit.Chemistry = 4
	for _, n := range []model.Network{a, b} {
		if _, err := st.CreateNetwork(n); err != nil {
			t.Fatal(err)
		}
	}
	d := newDriver(t, st, 80, 24)
	d.press("v")
	c := d.app.compare.cmp
	if !c.NoClearWinner {
		t.Fatalf("the fixture should have no clear winner: %+v", c.Ranked)
	}
	want := CleanLine(c.Robustness())
	if !strings.Contains(screenText(d), want) {
		t.Fatalf("the screen lacks %q:\n%s", want, d.screen())
	}
	for _, it := range d.app.compare.cmp.Ranked[0].Verdict.Reasons {
		if len(it) > 70 && !strings.Contains(screenText(d), CleanLine(it)) && !strings.Contains(d.screen(), cmpMoreItems[:10]) {
			t.Errorf("reason %q is neither shown whole nor counted as more", it)
		}
	}
}

// TestComparisonColumnsGrowWithTheTerminal: a long name is cut at 80
// columns and shown whole at 160.
func TestComparisonColumnsGrowWithTheTerminal(t *testing.T) {
	st := compareStore(3)
	st.nets[1].Name = "Beta Guild of Freelance Tax Advisers"
	for _, tc := range []struct {
		width int
		whole bool
	}{{80, false}, {160, true}} {
		d := newDriver(t, st, tc.width, 30)
		d.press("v")
		if got := strings.Contains(d.screen(), st.nets[1].Name); got != tc.whole {
			t.Errorf("at %d columns the whole name shows: %v, want %v\n%s", tc.width, got, tc.whole, d.screen())
		}
	}
}

func TestCompareLayout(t *testing.T) {
	for _, tc := range []struct {
		width, candidates int
		cols, colW        int
	}{
		{80, 8, 2, 23},
		{80, 1, 1, cmpColMax},
		{120, 3, 3, 31},
		{160, 3, 3, cmpColMax},
		{160, 8, 7, cmpColWidth},
		{60, 2, 2, cmpColWidth},
	} {
		cols, colW := compareLayout(tc.width, tc.candidates)
		if cols != tc.cols || colW != tc.colW {
			t.Errorf("compareLayout(%d, %d) = %d, %d; want %d, %d", tc.width, tc.candidates, cols, colW, tc.cols, tc.colW)
		}
		used := cmpLabelWidth + cols*(colW+1)
		if cols < tc.candidates {
			used += 1 + len([]rune(cmpMoreRight))
		}
		if used > tc.width {
			t.Errorf("compareLayout(%d, %d) uses %d columns", tc.width, tc.candidates, used)
		}
	}
}

// TestComparisonFilter: / narrows the candidates shown to those whose name
// matches; esc shows all again.
func TestComparisonFilter(t *testing.T) {
	d := newDriver(t, compareStore(8), 120, 40)
	d.press("v", "/")
	if !d.app.current().Typing() {
		t.Fatal("/ did not start the filter")
	}
	d.typeText("beta")
	d.press("enter")
	d.mustSee("Beta Guild 1", "Beta Guild 5")
	d.mustNotSee("Alpha Circle 0", "Gamma Chapter 2")
	d.press("l", "enter")
	if d.app.workspace.net.Name != "Beta Guild 5" {
		t.Fatalf("opened %q, want the second match", d.app.workspace.net.Name)
	}
	d.press("esc", "esc")
	d.mustSee("Alpha Circle 0")
	if d.app.top() != screenCompare {
		t.Fatal("esc with a filter left the comparison")
	}
}
