package tui

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"netvet/model"
)

// profileForm is the open profile form.
func profileForm(d *driver) func() *form { return func() *form { return &d.app.profile.form } }

// TestProfileFieldsOfVersion2AreSaved: cannot reclaim VAT, the margin, the
// language and the weights reach the store in one write.
func TestProfileFieldsOfVersion2AreSaved(t *testing.T) {
	st := seededStore()
	d := newDriver(t, st, 100, 30)
	openForm(t, d, "profile")
	f := profileForm(d)
	focusKey(t, f(), fNoVAT)
	d.press("y")
	typeInto(t, d, f, fMargin, "0,6")
	d.mustSee("taken as 60 %")
	focusKey(t, f(), fLanguage)
	d.press("g")
	typeInto(t, d, f, weightKey(model.ScoreFit), "12,5")
	d.mustSee("Score weights add up to 92.5")
	d.press("ctrl+s")
	p := st.profile
	if st.writes != 1 || !p.CannotReclaimVAT || p.ProfitMargin == nil || *p.ProfitMargin != 0.6 ||
		p.Language != model.LanguageGerman || p.Weights.Fit != 12.5 || p.Weights.Mentors != 15 {
		t.Fatalf("%d writes, profile %+v", st.writes, p)
	}
	// An empty margin is not entered, not 0.
	openForm(t, d, "profile")
	typeInto(t, d, f, fMargin, "")
	d.press("ctrl+s")
	if st.writes != 2 || st.profile.ProfitMargin != nil {
		t.Fatalf("%d writes, margin %v after emptying it", st.writes, st.profile.ProfitMargin)
	}
}

// TestProfileSaysTheWeightsTotalAsTyped: the total follows the weights
// being typed, and says when they are all 0 or one is not a number.
func TestProfileSaysTheWeightsTotalAsTyped(t *testing.T) {
	d := newDriver(t, seededStore(), 100, 30)
	openForm(t, d, "profile")
	f := profileForm(d)
	d.mustSee("Score weights add up to 100;")
	typeInto(t, d, f, weightKey(model.ScoreContractChances), "75")
	d.mustSee("Score weights add up to 150;")
	typeInto(t, d, f, weightKey(model.ScoreMentors), "x")
	d.mustSee(weightsTotalUnknown)
	for _, k := range model.ScoreKeys() {
		typeInto(t, d, f, weightKey(k), "0")
	}
	d.mustSee(weightsAllZero)
}

// TestChangingTheCurrencyWarnsThatAmountsStay: a new currency is said not
// to convert the amounts, before and after saving.
func TestChangingTheCurrencyWarnsThatAmountsStay(t *testing.T) {
	st := seededStore()
	d := newDriver(t, st, 120, 30)
	openForm(t, d, "profile")
	d.mustNotSee("Amounts are not converted")
	typeInto(t, d, profileForm(d), fCurrency, "chf")
	d.mustSee("Amounts are not converted: what you entered in EUR will read as CHF.")
	d.press("ctrl+s")
	if st.profile.Currency != "CHF" || st.profile.TargetAnnualIncome != 120000_00 {
		t.Fatalf("currency %q, income %v", st.profile.Currency, st.profile.TargetAnnualIncome)
	}
	d.mustSee("Saved. Amounts were not converted: they now read as CHF.")
}

// TestProfileChangeSaysHowTheScoreMoved: a profile saved from a workspace
// names the network whose score moved, by how much and why.
func TestProfileChangeSaysHowTheScoreMoved(t *testing.T) {
	st := richStore()
	d := openWorkspace(t, st, 120, 40, "7")
	before := d.app.workspace.verdict.Score.Total
	openForm(t, d, "profile")
	typeInto(t, d, profileForm(d), weightKey(model.ScoreContractChances), "100")
	d.press("ctrl+s")
	if d.app.top() != screenWorkspace || d.app.workspace.verdict.Score.Total == before {
		t.Fatalf("screen %d, score %d (was %d)", d.app.top(), d.app.workspace.verdict.Score.Total, before)
	}
	d.mustSee("Saved · Circle of Experts: Score", "weight of Real contract chances 25 → 100")
}

// sgrColour matches a colour in a select graphic rendition sequence.
var sgrColour = regexp.MustCompile(`\x1b\[[0-9;:]*(3[0-9]|4[0-9]|9[0-7]|10[0-7])[;m]`)

// TestNewScreensReadWithoutColour: drawn for NO_COLOR (no colours at all),
// the selected weight, the selected estimate and the step are still marked.
func TestNewScreensReadWithoutColour(t *testing.T) {
	for _, tc := range []struct {
		name  string
		st    func() *fakeStore
		keys  []string
		marks []string
	}{
		{"weights", twinStore, []string{"v", "w", "j"}, []string{"▸ Mentors and coaches"}},
		{"step 6", v2Store, []string{"enter", "6", "j"}, []string{"▸ " + wsInBuild, "[6✓Make or buy]"}},
		{"step 7", v2Store, []string{"enter", "7"}, []string{"[7○Verdict]", wsColPoints}},
		{"profile", v2Store, append([]string{"p"}, repeat("tab", 12)...), []string{"▸ " + lblMargin}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := newDriver(t, tc.st(), 80, 24)
			d.press(tc.keys...)
			if !sgrColour.MatchString(d.app.View().Content) {
				t.Fatal("the coloured frame has no colour: the check below would say nothing")
			}
			var b bytes.Buffer
			w := &colorprofile.Writer{Forward: &b, Profile: colorprofile.Ascii}
			if _, err := w.WriteString(d.app.View().Content); err != nil {
				t.Fatal(err)
			}
			if sgrColour.MatchString(b.String()) {
				t.Fatalf("colour left in the NO_COLOR frame: %q", sgrColour.FindString(b.String()))
			}
			// Bold and underline are no colour; the marks are text.
			out := ansi.Strip(b.String())
			for _, m := range tc.marks {
				if !strings.Contains(out, m) {
					t.Errorf("without colour the frame lacks %q:\n%s", m, out)
				}
			}
		})
	}
}
