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
	if cols := d.app.compare.visibleCols(); cols >= 8 {
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
