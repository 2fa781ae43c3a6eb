package tui

import (
	"strings"
	"testing"

	"netvet/model"
)

// richStore has one candidate with a full checklist in progress.
func richStore() *fakeStore {
	st := seededStore()
	n := &st.nets[0]
	n.Promises = []model.Promise{
		{ID: "p1", Category: model.CategoryMentoring, Text: "Monthly mentoring by a senior member", Source: model.SourceWebsite, MustHave: true},
		{ID: "p2", Category: model.CategoryContracts, Text: "Referrals worth €20k a year", Source: model.SourceSalesTalk, MustHave: true},
		{ID: "p3", Category: model.CategoryEvents, Text: "Quarterly workshops", Source: model.SourceBrochure, Documented: true},
	}
	rec := 8
	n.Interviews = []model.Interview{
		{ID: "i1", Member: "Jana Köhler", Business: "Tax adviser", Date: model.NewDate(2026, 11, 2), Channel: model.ChannelCall, SimilarToMe: true,
			Answers:        []model.Answer{{PromiseID: "p1", Answer: model.AnswerYes, Comment: "every month"}, {PromiseID: "p2", Answer: model.AnswerPartly}},
			ContractsCount: 2, ContractsValue: 15000_00, WouldJoinAgain: model.JoinAgainYes, Recommendation: &rec, Notes: "# Call\n\nVery *helpful*."},
		{ID: "i2", Member: "Tom Becker", Business: "Notary", Date: model.NewDate(2026, 11, 9), Channel: model.ChannelInPerson, IntroducedByNetwork: true,
			Answers:        []model.Answer{{PromiseID: "p1", Answer: model.AnswerYes}, {PromiseID: "p2", Answer: model.AnswerNo, Comment: "none so far"}},
			WouldJoinAgain: model.JoinAgainUnsure},
	}
	n.Evidence = []model.Evidence{
		{ID: "e1", Description: "Payroll audit", Beneficiary: "Jana Köhler", SimilarToMe: true, Value: 8000_00, Date: model.NewDate(2026, 6, 1), Level: model.LevelMemberReported, InterviewID: "i1"},
		{ID: "e2", Description: "Estate planning", Value: 3000_00, Level: model.LevelHearsay},
	}
	n.Fit = model.FitRatings{TargetGroupOverlap: 4, ComplementaryStrengths: 3, Positioning: 4}
	n.Factors = model.FactorRatings{Mentors: 4}
	n.Warnings = []model.WarningSign{model.WarnAutoRenewal}
	return st
}

func openWorkspace(t *testing.T, st *fakeStore, w, h int, step string) *driver {
	t.Helper()
	d := newDriver(t, st, w, h)
	d.press("enter")
	if step != "" {
		d.press(step)
	}
	if d.app.top() != screenWorkspace {
		t.Fatal("workspace did not open")
	}
	return d
}

func TestStepNavigation(t *testing.T) {
	d := openWorkspace(t, richStore(), 80, 24, "1")
	for _, tc := range []struct {
		key  string
		want model.Step
	}{{"tab", 2}, {"tab", 3}, {"shift+tab", 2}, {"7", 7}, {"tab", 1}, {"shift+tab", 7}, {"4", 4}} {
		d.press(tc.key)
		if d.app.workspace.step != tc.want {
			t.Fatalf("after %s: step %d, want %d", tc.key, d.app.workspace.step, tc.want)
		}
	}
}

func TestWorkspaceOpensOnTheNextStepAndSaysWhy(t *testing.T) {
	d := openWorkspace(t, richStore(), 120, 40, "")
	if d.app.workspace.step != d.app.workspace.next {
		t.Fatalf("opened on %d, next is %d", d.app.workspace.step, d.app.workspace.next)
	}
	d.mustSee("Next: step", "Checklist")
}

func TestAddPromiseThroughTheForm(t *testing.T) {
	st := seededStore()
	d := openWorkspace(t, st, 80, 24, "2")
	d.press("n")
	d.typeText("Two events a year")
	d.press("tab")
	d.typeText("e") // type-ahead picks "Events"
	d.press("tab", "right", "tab", "right")
	d.press("ctrl+s")
	n := st.nets[0]
	if len(n.Promises) != 1 {
		t.Fatalf("%d promises saved", len(n.Promises))
	}
	p := n.Promises[0]
	if p.Text != "Two events a year" || p.Category != model.CategoryEvents || p.Source != model.SourceWebsite || !p.MustHave {
		t.Fatalf("saved %+v", p)
	}
	d.mustSee("Two events a year", "Unverified", statusSaved)
}

func TestPromiseFormRefusesAnEmptyText(t *testing.T) {
	st := seededStore()
	d := openWorkspace(t, st, 80, 24, "2")
	d.press("n", "ctrl+s")
	if st.writes != 0 {
		t.Fatal("an empty promise was saved")
	}
	d.mustSee(fieldErrMark)
	d.press("esc")
	if d.app.workspace.editor != nil {
		t.Fatal("esc on an unchanged form did not close it")
	}
}

func TestInterviewsConfirmAPromise(t *testing.T) {
	st := seededStore()
	d := openWorkspace(t, st, 100, 30, "2")
	d.press("n")
	d.typeText("Monthly mentoring")
	d.press("tab", "tab", "tab", "right", "ctrl+s")
	for _, member := range []string{"Jana Köhler", "Tom Becker"} {
		d.press("3", "n")
		d.typeText(member)
		// Member, business, since, date, channel, similar, picked, then the
		// answer about the promise.
		for i := 0; i < 7; i++ {
			d.press("tab")
		}
		d.typeText("y")
		d.press("tab")
		d.typeText("really happens")
		d.press("ctrl+s")
		if d.app.workspace.editor != nil {
			t.Fatalf("interview with %s not saved: %s", member, d.screen())
		}
	}
	n := st.nets[0]
	if len(n.Interviews) != 2 {
		t.Fatalf("%d interviews", len(n.Interviews))
	}
	if a, ok := n.Interviews[1].Answer(n.Promises[0].ID); !ok || a.Answer != model.AnswerYes || a.Comment != "really happens" {
		t.Fatalf("answer %+v", n.Interviews[1].Answers)
	}
	if got := d.app.workspace.statuses[n.Promises[0].ID]; got != model.PromiseConfirmed {
		t.Fatalf("status %q, want confirmed", got)
	}
	d.press("2")
	d.mustSee("Confirmed", "Jana Köhler: Yes — really happens")
}

func TestInterviewFormRefusesBadValues(t *testing.T) {
	st := richStore()
	d := openWorkspace(t, st, 100, 30, "3")
	before := len(st.nets[0].Interviews)
	d.press("n")
	d.typeText("Eva")
	d.press("tab", "tab", "tab", "ctrl+u")
	d.typeText("2026-13-40")
	d.press("ctrl+s")
	if len(st.nets[0].Interviews) != before || st.writes != 0 {
		t.Fatal("an interview with a bad date was saved")
	}
	f := d.app.workspace.editor.form
	if f.fields[f.focus].key != fDate {
		t.Fatalf("focus on %q, want the date", f.fields[f.focus].key)
	}
}

func TestInterviewRecommendationOutOfRange(t *testing.T) {
	st := richStore()
	d := openWorkspace(t, st, 100, 30, "3")
	d.press("e")
	f := &d.app.workspace.editor.form
	for f.fields[f.focus].key != fRecommendation {
		d.press("tab")
		f = &d.app.workspace.editor.form
	}
	d.press("ctrl+u")
	d.typeText("11")
	d.press("ctrl+s")
	if st.writes != 0 {
		t.Fatal("recommendation 11 was saved")
	}
	if msg := d.app.workspace.editor.form.fields[d.app.workspace.editor.form.focus].err; !strings.Contains(msg, "11") {
		t.Fatalf("message %q", msg)
	}
}

func TestEditingAnInterviewKeepsItsNotes(t *testing.T) {
	st := richStore()
	d := openWorkspace(t, st, 100, 30, "3")
	d.press("e")
	d.typeText(" (Steuer)")
	d.press("ctrl+s")
	iv := st.nets[0].Interviews[0]
	if iv.Member != "Jana Köhler (Steuer)" || iv.Notes != "# Call\n\nVery *helpful*." || len(iv.Answers) != 2 {
		t.Fatalf("saved %+v", iv)
	}
}

func TestDeletingAnAnsweredPromiseAsksAndRemovesTheAnswers(t *testing.T) {
	st := richStore()
	d := openWorkspace(t, st, 100, 30, "2")
	d.press("d")
	d.mustSee("2 interview(s) answered it")
	d.press("n")
	if len(st.nets[0].Promises) != 3 {
		t.Fatal("answering no deleted")
	}
	d.press("d", "y")
	n := st.nets[0]
	if len(n.Promises) != 2 {
		t.Fatalf("%d promises", len(n.Promises))
	}
	for _, iv := range n.Interviews {
		if _, ok := iv.Answer("p1"); ok {
			t.Fatal("answers about the deleted promise remain")
		}
	}
	if _, ok := d.app.c.data.network(n.ID); !ok || len(d.app.workspace.net.Interviews[0].Answers) != 1 {
		t.Fatal("the screen still shows the deleted answers")
	}
}

func TestEvidenceTotals(t *testing.T) {
	st := richStore()
	d := openWorkspace(t, st, 100, 30, "4")
	d.mustSee("reported €8,000.00 (1)", "hearsay €3,000.00 (1)", "Proven for members like you: €8,000.00")
	d.press("n")
	d.typeText("Group audit")
	d.press("tab", "tab", "right", "tab")
	d.typeText("12.500")
	d.press("tab", "tab")
	d.typeText("d")
	d.press("ctrl+s")
	e := st.nets[0].Evidence[2]
	if e.Value != 12500_00 || e.Level != model.LevelDocumented || !e.SimilarToMe {
		t.Fatalf("saved %+v", e)
	}
	d.mustSee("Documented €12,500.00 (1)", "like you: €20,500.00")
}

func TestWarningSignsTickAndSave(t *testing.T) {
	st := richStore()
	d := openWorkspace(t, st, 100, 30, "1")
	d.press("space")
	if !st.nets[0].HasWarning(model.WarnPressureToSign) || !st.nets[0].HasWarning(model.WarnAutoRenewal) {
		t.Fatalf("warnings %v", st.nets[0].Warnings)
	}
	d.press("j", "space")
	if st.nets[0].HasWarning(model.WarnAutoRenewal) {
		t.Fatal("unticking did not save")
	}
	if len(st.nets[0].Promises) != 3 {
		t.Fatal("ticking a warning lost the promises")
	}
}

func TestRatingsChangeAndSaveAtOnce(t *testing.T) {
	st := richStore()
	d := openWorkspace(t, st, 100, 30, "5")
	d.press("right")
	if st.nets[0].Fit.TargetGroupOverlap != 5 {
		t.Fatalf("overlap %d", st.nets[0].Fit.TargetGroupOverlap)
	}
	d.press("right")
	if st.writes != 1 {
		t.Fatalf("a rating already at 5 was written again: %d writes", st.writes)
	}
	d.press("j", "j", "j", "x")
	if st.nets[0].Fit.MyContribution != model.Unset {
		t.Fatal("x did not clear")
	}
	d.press("j", "j", "j")
	d.press("right", "right", "right")
	if st.nets[0].Factors.Training != 3 {
		t.Fatalf("training %d", st.nets[0].Factors.Training)
	}
	d.mustSee("3: Average")
}

func TestRatingNotes(t *testing.T) {
	st := richStore()
	d := openWorkspace(t, st, 100, 30, "5")
	d.press("G")
	for i := 0; i < 8; i++ {
		d.press("j")
	}
	d.press("enter")
	d.typeText("Strong in tax, weak in law")
	d.press("ctrl+s")
	if st.nets[0].RatingNotes != "Strong in tax, weak in law" {
		t.Fatalf("notes %q", st.nets[0].RatingNotes)
	}
	d.mustSee("Strong in tax")
}

func TestMakeOrBuyAndVerdictSteps(t *testing.T) {
	d := openWorkspace(t, richStore(), 120, 40, "6")
	// 120,000 / 1,600 = €75.00 an hour; building costs 400 h × €75.
	d.mustSee("€75.00", "€30,000.00", "ask your tax adviser")
	d.press("7")
	d.mustSee("score")
}
