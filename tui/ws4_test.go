package tui

import (
	"strings"
	"testing"

	"netvet/model"
)

// TestDeletingAnInterviewSaysWhatGoesWithIt: the question names the
// evidence recorded from the interview, which stays but loses the link.
func TestDeletingAnInterviewSaysWhatGoesWithIt(t *testing.T) {
	st := richStore()
	d := openWorkspace(t, st, 100, 30, "3")
	d.press("d")
	d.mustSee("Jana Köhler", "1 piece of evidence")
	d.press("y")
	n := st.nets[0]
	if len(n.Interviews) != 1 || n.Evidence[0].InterviewID != "" {
		t.Fatalf("%d interviews, evidence linked to %q", len(n.Interviews), n.Evidence[0].InterviewID)
	}
	d.press("d")
	d.mustNotSee("evidence")
}

// TestNewItemIsSelectedAfterSaving: n adds a promise (an interview, a
// piece of evidence) and the list selects it.
func TestNewItemIsSelectedAfterSaving(t *testing.T) {
	for _, tc := range []struct {
		step  string
		typed string
		name  func(model.Network, int) string
	}{
		{"2", "Yearly retreat", func(n model.Network, i int) string { return n.Promises[i].Text }},
		{"3", "Zoe Neu", func(n model.Network, i int) string { return n.Interviews[i].Member }},
		{"4", "Website relaunch", func(n model.Network, i int) string { return n.Evidence[i].Description }},
	} {
		d := openWorkspace(t, richStore(), 120, 40, tc.step)
		d.press("n")
		d.typeText(tc.typed)
		d.press("ctrl+s")
		w := d.app.workspace
		if w.editor != nil {
			t.Fatalf("step %s: the form did not save:\n%s", tc.step, d.screen())
		}
		if got := tc.name(w.net, w.itemAt(w.step, w.cursor[w.step])); got != tc.typed {
			t.Errorf("step %s: selected %q, want the new %q", tc.step, got, tc.typed)
		}
	}
}

// TestWorkspaceListsFilter: / narrows the list of steps 2, 3 and 4; what
// is selected is what the filtered list shows.
func TestWorkspaceListsFilter(t *testing.T) {
	d := openWorkspace(t, richStore(), 120, 40, "2")
	d.press("/")
	d.typeText("workshop")
	d.press("enter")
	d.mustSee("Quarterly workshops")
	d.mustNotSee("Referrals worth")
	d.press("e")
	if d.app.workspace.editor == nil || !strings.Contains(d.screen(), "Quarterly workshops") {
		t.Fatal("e did not edit the filtered promise")
	}
	d.press("esc", "esc")
	d.mustSee("Referrals worth")
	if d.app.top() != screenWorkspace {
		t.Fatal("esc with a filter left the workspace")
	}
	d.press("3", "/")
	d.typeText("becker")
	d.press("enter")
	d.mustNotSee("Jana Köhler")
	d.mustSee("Tom Becker")
	d.press("4", "/")
	d.typeText("estate")
	d.press("enter")
	d.mustNotSee("Payroll audit")
}

// TestStepBarNamesEveryStep: from 80 columns on the workspace names all
// seven steps.
func TestStepBarNamesEveryStep(t *testing.T) {
	for _, w := range []int{80, 100, 109, 140} {
		d := openWorkspace(t, richStore(), w, 30, "5")
		for _, s := range model.Steps() {
			name := stepShortName(s)
			if _, side := workspaceSplit(w); side {
				name = s.Label()
			}
			if !strings.Contains(d.screen(), name) {
				t.Errorf("at %d columns the screen lacks step %d %q:\n%s", w, s, name, d.screen())
			}
		}
	}
}

// TestInterviewsStepPreviewsTheSelectedInterview: step 3 shows the answers,
// the decisive answers, the red flags and the start of the notes of the
// interview under the cursor.
func TestInterviewsStepPreviewsTheSelectedInterview(t *testing.T) {
	st := notesStore()
	st.nets[0].Interviews[1].RedFlags = "Pressure to sign at once"
	d := openWorkspace(t, st, 100, 40, "3")
	d.mustSee("Answers:", "every month", "Decisive:", "Call with Jana")
	d.press("j")
	d.mustSee("none so far", "Pressure to sign at once", "Short call.")
}

// TestInterviewsStepEditsNotesInTheEditor: E in step 3 runs the $EDITOR
// round trip for the selected interview.
func TestInterviewsStepEditsNotesInTheEditor(t *testing.T) {
	scriptEditor(t, "printf 'Rewritten in the editor' > \"$1\"")
	st := notesStore()
	d := openWorkspace(t, st, 100, 30, "3")
	d.app.c.exec = runNow
	d.press("j", "E")
	if got := st.nets[0].Interviews[1].Notes; got != "Rewritten in the editor" {
		t.Fatalf("notes %q", got)
	}
	if d.app.top() != screenWorkspace {
		t.Fatal("the workspace closed")
	}
	d.mustSee("Rewritten in the editor")
}

// TestPromisesStepShowsTheNotes: step 2 shows the selected promise's
// notes.
func TestPromisesStepShowsTheNotes(t *testing.T) {
	st := richStore()
	st.nets[0].Promises[0].Notes = "Asked Jana: she meets her mentor every second Tuesday."
	d := openWorkspace(t, st, 100, 30, "2")
	d.mustSee("every second Tuesday")
}

// TestBasicsShowTheWholeSummary: the summary wraps in step 1.
func TestBasicsShowTheWholeSummary(t *testing.T) {
	st := richStore()
	st.nets[0].Summary = "A national network of tax advisers, notaries and lawyers who pass clients to each other; the chapter in Hamburg meets monthly."
	d := openWorkspace(t, st, 80, 30, "1")
	if !strings.Contains(screenText(d), st.nets[0].Summary) {
		t.Fatalf("the summary is not shown whole:\n%s", d.screen())
	}
}

// TestInterviewGuideQuestionsWrap: a promise's question in the interview
// form is shown whole, wrapped, however long the promise.
func TestInterviewGuideQuestionsWrap(t *testing.T) {
	st := richStore()
	st.nets[0].Promises[0].Text = "Monthly mentoring by a senior member of the chapter, in person or by video call"
	d := openWorkspace(t, st, 80, 30, "3")
	d.press("e")
	for range 8 {
		d.press("tab")
	}
	want := "Is \"Monthly mentoring by a senior member of the chapter, in person or by video call\" really delivered?"
	if !strings.Contains(screenText(d), want) {
		t.Fatalf("the question is not shown whole:\n%s", d.screen())
	}
}

// TestLongFieldShowsItsStartAfterLeavingIt: a single-line field holding
// more than fits shows its beginning when it does not have the focus.
func TestLongFieldShowsItsStartAfterLeavingIt(t *testing.T) {
	d := openWorkspace(t, richStore(), 80, 30, "1")
	d.press("e")
	for range 5 {
		d.press("tab")
	}
	text := "Where tax advisers meet: " + strings.Repeat("a long summary ", 8) + "the end"
	d.typeText(text)
	d.press("tab")
	if !strings.Contains(d.screen(), "Where tax advisers meet") {
		t.Fatalf("after leaving it the field does not show its start:\n%s", d.screen())
	}
	d.press("ctrl+s")
	if !strings.HasPrefix(d.st.nets[0].Summary, "Where tax advisers meet") {
		t.Fatalf("saved summary %q", d.st.nets[0].Summary)
	}
	// Opened again, the stored value shows its start too.
	d.press("e")
	if !strings.Contains(d.screen(), "Where tax advisers meet") {
		t.Fatalf("a long stored value does not show its start:\n%s", d.screen())
	}
}

// TestValuesNotEnteredReadTheSame: a value not entered that makes a
// figure unknown (a fee, the build hours) reads "not entered", or "?" in a
// list cell; one that the verdict counts as 0 (the expected profit, the
// other benefit, the extra costs) reads "€0.00 (none entered)", the figure
// the verdict uses — never "not entered", which would hide that 0.
func TestValuesNotEnteredReadTheSame(t *testing.T) {
	st := seededStore()
	n := &st.nets[0]
	n.EntryFee = nil
	n.ExpectedProfitPerYear = 0
	n.MinTermYears = 0
	n.Interviews = []model.Interview{{ID: "i1", Member: "Jana Köhler"}}
	d := openWorkspace(t, st, 120, 40, "1")
	if strings.Contains(d.screen(), "0 years") {
		t.Fatalf("step 1 shows a zero for a value not entered:\n%s", d.screen())
	}
	for label, want := range map[string]string{
		wsEntry: wsNotEntered, wsProfit: "€0.00 (none entered)", wsOtherBenefit: "€0.00 (none entered)",
		wsExtraCosts: "€0.00 (none entered)",
	} {
		if l := lineWith(d, label); !strings.Contains(l, want) {
			t.Errorf("step 1: %q, want %q", l, want)
		}
	}
	d.press("3")
	if strings.Contains(d.screen(), "€0.00") {
		t.Fatalf("step 3 shows a zero for contracts not entered:\n%s", d.screen())
	}
	d.press("6")
	for label, want := range map[string]string{
		wsInProfit: "€0.00 (none entered)", wsInOther: "€0.00 (none entered)", wsCashCost: notEnteredCell,
	} {
		if l := lineWith(d, label); !strings.Contains(l, want) {
			t.Errorf("step 6: %q, want %q", l, want)
		}
	}
}

// lineWith is the first line of the screen that contains s, or "".
func lineWith(d *driver, s string) string {
	for _, l := range strings.Split(d.screen(), "\n") {
		if strings.Contains(l, s) {
			return l
		}
	}
	return ""
}
