package tui

import (
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"netvet/model"
)

// v2Store is richStore with every figure of version 2 entered: a user who
// cannot reclaim VAT and has a profit margin; fees with 19 % VAT that are
// not deductible, extra costs, an upkeep, a profit and another benefit;
// a second similar member with red flags.
func v2Store() *fakeStore {
	st := richStore()
	margin := 0.6
	st.profile.CannotReclaimVAT = true
	st.profile.ProfitMargin = &margin
	n := &st.nets[0]
	n.VATRate = 0.19
	n.FeesNotDeductible = true
	n.ExtraCostsPerYear = 720_00
	n.BuildUpkeepHoursPerYear = 50
	n.ExpectedProfitPerYear = 6000_00
	n.OtherBenefitPerYear = 1500_00
	n.Interviews = append(n.Interviews, model.Interview{
		ID: "i3", Member: "Lena Vogt", Business: "Payroll", Date: model.NewDate(2026, 11, 12), SimilarToMe: true,
		ContractsCount: 1, ContractsValue: 5000_00, WouldJoinAgain: model.JoinAgainYes,
		RedFlags: "Pushy renewal calls; the\nfirst year's fee is not refunded",
	})
	return st
}

// fragileStore has one candidate whose verdict is join with the user's
// own figure and don't join with the results of the least successful
// similar member: fragile.
func fragileStore() *fakeStore {
	st := compareStore(0)
	margin := 0.5
	st.profile.ProfitMargin = &margin
	n := joinable("Alpha Circle", 5, 3000)
	for i, v := range []model.Money{1000_00, 5000_00, 50000_00} {
		n.Interviews[i].ContractsValue = v
	}
	if _, err := st.CreateNetwork(n); err != nil {
		panic(err)
	}
	st.writes = 0
	return st
}

// screenAll is every line of the document the workspace's current step
// shows (step 6 or 7), as drawn at the workspace's width, without
// styling; TestDocumentStepsScroll checks that scrolling reaches them all.
func screenAll(d *driver) string {
	w := d.app.workspace
	width, _ := w.contentBox()
	return ansi.Strip(strings.Join(w.docLines(w.step, width), "\n"))
}

// containsWords reports whether text has want, the runs of white space
// of both (line breaks of wrapped text included) taken as one space.
func containsWords(text, want string) bool {
	return strings.Contains(strings.Join(strings.Fields(text), " "), strings.Join(strings.Fields(want), " "))
}

// TestMakeOrBuySpellsOutTheFigures: step 6 shows the cash cost with the
// VAT and tax factors written out, the time cost, join against build, the
// net value, the break-even in months and as an hourly rate, the
// suggestion and the scenarios — the figures of model.ComputeMakeOrBuy.
func TestMakeOrBuySpellsOutTheFigures(t *testing.T) {
	st := v2Store()
	d := openWorkspace(t, st, 120, 40, "6")
	all := screenAll(d)
	// fees 3,000 + (1,200 + 720) × 3 = 8,760; × 1.19 / 0.58 = 17,973.10.
	// time 60 h × 3 × €75 = 13,500; join 31,473.10; build (400 + 50 × 3) ×
	// €75 = 41,250; gain (6,000 + 1,500) × 3 = 22,500; net −8,973.10;
	// break-even 31,473.10 / 625 = 50.36 months; break-even rate
	// 17,973.10 / (550 − 180) = €48.58.
	for _, want := range []string{
		"(3,000 + (1,200 + 720) × 3) × 1.19 VAT × 1/(1 − 0.42) not deductible",
		"Cash cost                 €17,973.10",
		"Join: 60 h × 3 years × €75.00/h",
		"Build: (400 h + 50 h × 3 years) × €75.00/h",
		"€13,500.00        €41,250.00",
		"Total, 3 years            €31,473.10         €41,250.00",
		"(€6,000.00 profit + €1,500.00 other benefit) × 3 years",
		"Net value of joining      -€8,973.10",
		"50.36 months",
		"Break-even hourly rate: €48.58 an hour",
		"Cheaper route: Buy: join the network",
		// The median of 15,000 and 5,000 is 10,000, × 0.6.
		"Suggested: €6,000.00 a year: the median contracts value of 2 similar members (€10,000.00) × your profit margin.",
		"Other benefit per year      €1,500.00",
	} {
		if !containsWords(all, want) {
			t.Errorf("step 6 lacks %q:\n%s", want, all)
		}
	}
	mb := d.app.workspace.verdict.MakeOrBuy
	if mb.CashCost != model.KnownAmount(17973_10) || mb.JoinCost != model.KnownAmount(31473_10) {
		t.Fatalf("the model's figures %v, %v differ from the test's arithmetic", mb.CashCost, mb.JoinCost)
	}
}

// TestMakeOrBuyUnknownsAndWords: a fee not entered reads "?" in the
// formula and every figure it makes unknown; a membership that takes more
// hours than building says in words that building is cheaper at any
// hourly rate; a profit of 0 reads "€0.00 (none entered)".
func TestMakeOrBuyUnknownsAndWords(t *testing.T) {
	st := seededStore()
	st.nets[0].EntryFee = nil
	d := openWorkspace(t, st, 120, 40, "6")
	all := screenAll(d)
	for _, want := range []string{"(? + (1,200 + 0) × 3)", "Cash cost                 ?", "Total, 3 years            ?", "Expected profit per year    €0.00 (none entered)"} {
		if !containsWords(all, want) {
			t.Errorf("step 6 lacks %q:\n%s", want, all)
		}
	}
	if containsWords(all, "Cash cost €0.00") {
		t.Errorf("an unknown cash cost reads €0.00:\n%s", all)
	}

	st = seededStore()
	st.nets[0].MembershipHoursPerYear = 200 // 600 h over 3 years, building 400 h
	d = openWorkspace(t, st, 120, 40, "6")
	if all := screenAll(d); !containsWords(all, "Building is cheaper at any hourly rate") {
		t.Errorf("step 6 does not say that building is cheaper at any rate:\n%s", all)
	}
}

// TestMakeOrBuyScenarios: with a margin and similar members step 6 shows
// the three scenarios' profits and verdicts and says fragile when the
// least successful member's results would not join; without a margin it
// says what is missing.
func TestMakeOrBuyScenarios(t *testing.T) {
	d := openWorkspace(t, fragileStore(), 120, 40, "6")
	all := screenAll(d)
	// 1,000 × 0.5 = 500 a year: 1,500 over 3 years does not pay for 16,500.
	for _, want := range []string{
		"Pessimistic: least successful like you  €500.00        Don't join",
		"Base: your own figure                   €20,000.00     Join",
		"Optimistic: most successful like you    €25,000.00     Join",
		"Fragile: With the results of the least successful member like you (€500.00 a year), the verdict would be: Don't join.",
	} {
		if !containsWords(all, want) {
			t.Errorf("step 6 lacks %q:\n%s", want, all)
		}
	}
	d = openWorkspace(t, richStore(), 120, 40, "6")
	if all := screenAll(d); !containsWords(all, "No scenarios yet:") || !containsWords(all, "• Enter your profit margin in the profile to see the scenarios") {
		t.Errorf("step 6 does not say what the scenarios need:\n%s", all)
	}
}

// TestVerdictStepShowsTheBreakdownAndEveryWarning: step 7 shows the score
// breakdown as a table (value, weight, points of each part, the score) and
// every warning — ticked signs, each interview's red flags with the member,
// mixed must-haves — wrapped, not cut, at 80 columns.
func TestVerdictStepShowsTheBreakdownAndEveryWarning(t *testing.T) {
	st := v2Store()
	d := openWorkspace(t, st, 80, 24, "7")
	v := d.app.workspace.verdict
	all := screenAll(d)
	for _, want := range []string{
		"Part Value Weight Points",
		// Mentors 4 of 5: (4 − 1) / 4 = 0.75 × 15 = 11.25 points.
		"Mentors and coaches 0.75 15 11.25",
		"Real contract chances 0.00 25 0.00",
		"Automatic renewal",
		"Red flags from Lena Vogt: Pushy renewal calls; the first year's fee is not refunded",
		"The must-have promise 'Referrals worth €20k a year' is only mixed",
	} {
		if !containsWords(all, want) {
			t.Errorf("step 7 lacks %q:\n%s", want, all)
		}
	}
	if !containsWords(all, "Score 100 "+strconv.Itoa(v.Score.Total)) {
		t.Errorf("step 7 lacks the score row with the weights' total 100 and the score %d:\n%s", v.Score.Total, all)
	}
	for _, l := range strings.Split(all, "\n") {
		if strings.HasSuffix(l, "…") {
			t.Errorf("a line is cut: %q", l)
		}
	}
}

// TestDocumentStepsScroll: pgdn and pgup scroll steps 6 and 7, j and k
// scroll step 7, the last line says how much more there is, and in step 6
// moving the cursor up brings the estimates back into view.
func TestDocumentStepsScroll(t *testing.T) {
	d := openWorkspace(t, v2Store(), 80, 24, "7")
	d.mustSee("↓", "more lines: pgdn")
	d.press("j", "j")
	if d.app.workspace.scroll[model.StepVerdict] != 2 {
		t.Fatalf("j j scrolled to %d, want 2", d.app.workspace.scroll[model.StepVerdict])
	}
	d.press("pgdown", "pgdown", "pgdown")
	d.mustSee("lines above: pgup")
	// At the end the document's last line shows.
	doc := strings.Split(screenAll(d), "\n")
	d.mustSee(strings.TrimSpace(doc[len(doc)-1]))
	d.press("pgup", "pgup", "pgup", "pgup")
	if d.app.workspace.scroll[model.StepVerdict] != 0 {
		t.Fatalf("pgup did not scroll back to the top: %d", d.app.workspace.scroll[model.StepVerdict])
	}
	d.press("6", "j", "j", "pgdown", "pgdown")
	d.mustNotSee(wsInputs)
	d.press("k")
	d.mustSee("▸ " + wsInBuild)
	if d.app.workspace.cursor[model.StepMakeOrBuy] != 1 {
		t.Fatalf("cursor %d, want 1", d.app.workspace.cursor[model.StepMakeOrBuy])
	}
	d.press("e")
	if d.app.workspace.editor == nil || d.app.workspace.editor.form.fields[d.app.workspace.editor.form.focus].key != fBuildHours {
		t.Fatal("e did not open the estimates on the build hours")
	}
}
