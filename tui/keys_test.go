package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"netvet/model"
)

// footer is the last line of the screen: the key help.
func footer(d *driver) string {
	lines := strings.Split(d.screen(), "\n")
	return lines[len(lines)-1]
}

// TestHelpKeyIsAlwaysInTheFooter opens every kind of screen at widths from
// the smallest to a wide one: the footer always ends with the key that
// opens the help (f1 while a text field has the keyboard, where ? is
// text), the other hints shortened first.
func TestHelpKeyIsAlwaysInTheFooter(t *testing.T) {
	for _, keys := range []string{
		"", "/", "d", "n", "n tab", "p", "?", "enter 1", "enter 2", "enter 3", "enter 4", "enter 5",
		"enter 5 enter", "enter 6", "enter 7", "enter 2 e", "enter 3 e", "enter 2 d", "v", "v w", "i", "i /", "enter 6 e",
	} {
		for _, w := range []int{60, 70, 80, 100, 120, 160} {
			d := newDriver(t, notesStore(), w, 30)
			d.press(strings.Fields(keys)...)
			want := "? help"
			switch {
			case d.app.showHelp:
				want = "?/esc close help"
			case d.app.current().Typing():
				want = "f1 help"
			}
			if f := strings.TrimRight(footer(d), " "); !strings.HasSuffix(f, want) {
				t.Errorf("%q at %d columns: footer %q does not end with %q", keys, w, f, want)
			}
		}
	}
}

// TestF1OpensTheHelpInAForm checks the help's key where ? is text.
func TestF1OpensTheHelpInAForm(t *testing.T) {
	d := newDriver(t, seededStore(), 100, 30)
	d.press("n", "?")
	if d.app.showHelp {
		t.Fatal("? opened the help in a text field")
	}
	d.send(tea.KeyPressMsg{Code: tea.KeyF1})
	if !d.app.showHelp {
		t.Fatal("f1 did not open the help")
	}
	d.mustSee(titleHelp, helpNextField, helpSave)
	d.press("esc")
	if d.app.showHelp || d.app.top() != screenNetForm {
		t.Fatal("esc did not return to the form")
	}
}

// TestComparisonKeysAreInItsHelp: every key that moves between candidates
// is in the help, and works.
func TestComparisonKeysAreInItsHelp(t *testing.T) {
	d := newDriver(t, compareStore(4), 120, 40)
	d.press("v", "?")
	d.mustSee("→/l/tab", helpNextCandidate, "←/h/shift+tab", helpPrevCandidate, helpOpenCandidate)
	d.press("esc")
	for _, tc := range []struct {
		key  string
		want int
	}{{"tab", 1}, {"l", 2}, {"right", 3}, {"shift+tab", 2}, {"h", 1}, {"left", 0}} {
		d.press(tc.key)
		if d.app.compare.sel != tc.want {
			t.Fatalf("%s: candidate %d, want %d", tc.key, d.app.compare.sel, tc.want)
		}
	}
}

// TestRatingKeysAreInTheHelp: +, -, backspace rate as the help says, and
// the help lists them.
func TestRatingKeysAreInTheHelp(t *testing.T) {
	st := richStore()
	d := openWorkspace(t, st, 120, 40, "5")
	d.press("?")
	d.mustSee("→/l/+", helpRateUp, "←/h/-", helpRateDown, "x/⌫", helpUnrate, "enter", helpRateFocus)
	d.press("esc")
	d.press("-")
	if st.nets[0].Fit.TargetGroupOverlap != 3 {
		t.Fatalf("- made %d of 4", st.nets[0].Fit.TargetGroupOverlap)
	}
	d.press("+")
	if st.nets[0].Fit.TargetGroupOverlap != 4 {
		t.Fatalf("+ made %d of 3", st.nets[0].Fit.TargetGroupOverlap)
	}
	d.press("backspace")
	if st.nets[0].Fit.TargetGroupOverlap != model.Unset {
		t.Fatalf("backspace left %d", st.nets[0].Fit.TargetGroupOverlap)
	}
}

// TestDigitsRateWhenTheRatingListHasFocus: in step 5 the digits jump to
// a step until enter gives the rating list the keyboard; then 1–5 rate
// the selected line, and esc gives the digits back to the steps.
func TestDigitsRateWhenTheRatingListHasFocus(t *testing.T) {
	st := richStore()
	d := openWorkspace(t, st, 100, 30, "5")
	d.press("2")
	if d.app.workspace.step != model.StepPromises {
		t.Fatalf("2 without focus: step %d, want 2", d.app.workspace.step)
	}
	d.press("5", "j", "enter")
	d.mustSee(wsRatingFocused)
	if f := footer(d); !strings.Contains(f, "1–5") {
		t.Fatalf("footer while rating: %q", f)
	}
	d.press("2")
	if d.app.workspace.step != model.StepFit || st.nets[0].Fit.ComplementaryStrengths != 2 {
		t.Fatalf("2 with focus: step %d, strengths %d; want step 5, 2", d.app.workspace.step, st.nets[0].Fit.ComplementaryStrengths)
	}
	d.press("j", "5")
	if st.nets[0].Fit.Positioning != 5 {
		t.Fatalf("5 with focus: positioning %d", st.nets[0].Fit.Positioning)
	}
	d.press("esc")
	if d.app.top() != screenWorkspace {
		t.Fatal("esc while rating left the workspace")
	}
	d.mustNotSee(wsRatingFocused)
	d.press("3")
	if d.app.workspace.step != model.StepInterviews || st.nets[0].Fit.Positioning != 5 {
		t.Fatalf("3 after esc: step %d, positioning %d", d.app.workspace.step, st.nets[0].Fit.Positioning)
	}
}

// TestEnterWorksWhereTheHelpSaysSo: the steps whose help says e/enter
// open their form on enter too.
func TestEnterWorksWhereTheHelpSaysSo(t *testing.T) {
	for _, step := range []string{"2", "3", "4", "6"} {
		d := openWorkspace(t, richStore(), 120, 40, step)
		if f := footer(d); !strings.Contains(f, "e/enter") {
			t.Fatalf("step %s: footer %q lacks e/enter", step, f)
		}
		d.press("enter")
		if d.app.workspace.editor == nil {
			t.Fatalf("step %s: enter opened no form", step)
		}
	}
}

// TestChoiceFieldsShowTheirOptionsWithTheirLetters: a focused choice field
// lists every option with the letter that picks it, and the letter picks
// it.
func TestChoiceFieldsShowTheirOptionsWithTheirLetters(t *testing.T) {
	st := richStore()
	d := openWorkspace(t, st, 100, 30, "2")
	d.press("e", "tab")
	d.mustSee("m Mentoring", "t Training", "e Events", "c Contracts")
	d.press("c")
	d.press("tab", "tab")
	d.mustSee("n no", "y yes")
	d.press("y", "ctrl+s")
	p := st.nets[0].Promises[0]
	if p.Category != model.CategoryContracts || !p.MustHave {
		t.Fatalf("saved category %q, must-have %v", p.Category, p.MustHave)
	}
}

func TestAssignLettersKeepsThemUnique(t *testing.T) {
	cs := []choice{{label: "Mentoring"}, {label: "Marketing"}, {label: "mm"}, {label: "Joint marketing"}, {label: "–"}}
	assignLetters(cs)
	got := []string{cs[0].letter, cs[1].letter, cs[2].letter, cs[3].letter, cs[4].letter}
	want := []string{"m", "a", "", "j", ""}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("letters %q, want %q", got, want)
		}
	}
}

// TestWeightKeysAreInTheHelp: the comparison's help lists the key that
// opens the weights, and with the weights open every key that changes
// them; the step 6 and 7 help lists the scrolling keys.
func TestWeightKeysAreInTheHelp(t *testing.T) {
	d := newDriver(t, compareStore(4), 120, 40)
	d.press("v", "?")
	d.mustSee("w", helpWeights)
	d.press("esc", "w", "?")
	d.mustSee("+/→", helpRaiseWeight, "-/←", helpLowerWeight, helpNextWeight, helpPrevWeight, "r", helpResetWeights, "w/esc", helpCloseWeights)
	d.mustNotSee(helpFilterCandidates)
	d = openWorkspace(t, richStore(), 80, 24, "7")
	d.press("?")
	d.mustSee("pgdn", helpScrollDown, "pgup", helpScrollUp)
}
