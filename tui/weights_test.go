package tui

import (
	"errors"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"netvet/model"
)

// twinStore has two join candidates alike but for mentors and training:
// Mentor Circle is strong on mentors, Training Guild on training. With the
// default weights (15 and 15) they score the same, so the name decides.
func twinStore() *fakeStore {
	st := compareStore(0)
	a := joinable("Mentor Circle", 4, 3000)
	a.Factors.Mentors, a.Factors.Training = 5, 3
	b := joinable("Training Guild", 4, 3000)
	b.Factors.Mentors, b.Factors.Training = 3, 5
	for _, n := range []model.Network{a, b} {
		if _, err := st.CreateNetwork(n); err != nil {
			panic(err)
		}
	}
	st.writes = 0
	return st
}

// leader is the name of the candidate ranked first.
func leader(d *driver) string { return d.app.compare.cmp.Ranked[0].Network.Name }

// TestWeightChangeReranksAtOnce: in the comparison w opens the weights; +
// on the training weight puts the training guild first at once, says by
// how much and why the selected candidate's score moved, and saves the
// weight to the profile in one write.
func TestWeightChangeReranksAtOnce(t *testing.T) {
	st := twinStore()
	d := newDriver(t, st, 120, 40)
	d.press("v")
	if leader(d) != "Mentor Circle" {
		t.Fatalf("leader %q before the change", leader(d))
	}
	d.mustSee("No clear winner")
	d.press("w")
	d.mustSee("Score weights (w closes) · total 100")
	d.press("j", "j") // Training and events
	d.press("l", "tab")
	if leader(d) != "Training Guild" {
		t.Fatalf("leader %q after raising the training weight", leader(d))
	}
	if st.writes != 1 || st.profile.Weights.Training != 16 || d.app.c.data.profile.Weights.Training != 16 {
		t.Fatalf("%d writes, stored training weight %v, shown %v; want 1 write of 16", st.writes, st.profile.Weights.Training, d.app.c.data.profile.Weights.Training)
	}
	d.mustSee("▸ Training and events         16")
	// The home list's badges follow the new weights too.
	for i, r := range d.app.c.data.rows {
		if r.verdict != d.app.c.data.verdicts[i].Word {
			t.Fatalf("row %d shows %s, verdict %s", i, r.verdict, d.app.c.data.verdicts[i].Word)
		}
	}
}

// TestWeightChangeSaysHowTheScoreMoved: the status line names the
// selected candidate, its old and new score and the weight that moved it;
// a step that leaves the score where it was says the new weight.
func TestWeightChangeSaysHowTheScoreMoved(t *testing.T) {
	st := twinStore()
	d := newDriver(t, st, 120, 40)
	d.press("v", "w")
	// Raising the weight of contract chances (0.75, below the candidate's
	// average) lowers the unrounded score 80.69, 80.64, … 80.48 at 30.
	for range 5 {
		d.press("+")
	}
	d.mustSee("Saved · Mentor Circle: Score 81 → 80: weight of Real contract chances 29 → 30")
	d.press("+")
	d.mustSee("Saved: the weight of Real contract chances is 31.")
	if st.writes != 6 || st.profile.Weights.ContractChances != 31 {
		t.Fatalf("%d writes, stored weight %v; want 6 writes of 31", st.writes, st.profile.Weights.ContractChances)
	}
}

// TestWeightsResetAndNeverAllZero: r restores the default weights; a
// change that would leave every weight at 0 is refused and nothing is
// written.
func TestWeightsResetAndNeverAllZero(t *testing.T) {
	st := twinStore()
	st.profile.Weights = model.Weights{Fit: 1}
	d := newDriver(t, st, 120, 40)
	d.press("v", "w", "j", "j", "j", "-")
	if st.writes != 0 || d.app.c.data.profile.Weights.Fit != 1 {
		t.Fatalf("%d writes, fit weight %v after lowering the last weight", st.writes, d.app.c.data.profile.Weights.Fit)
	}
	d.mustSee(cmpWeightsAllZero)
	d.press("r")
	if st.writes != 1 || st.profile.Weights != model.DefaultWeights() {
		t.Fatalf("%d writes, weights %+v after r", st.writes, st.profile.Weights)
	}
	d.press("r")
	if st.writes != 1 {
		t.Fatalf("r on the defaults wrote again (%d writes)", st.writes)
	}
	d.mustSee(statusWeightsDefault)
}

// TestWeightSaveFailureRestoresTheWeights: a weight that cannot be
// written goes back to the stored one, and the ranking with it.
func TestWeightSaveFailureRestoresTheWeights(t *testing.T) {
	st := twinStore()
	d := newDriver(t, st, 120, 40)
	d.press("v", "w", "j", "j")
	st.failWrites = errors.New("disk full")
	d.press("+")
	if d.app.failure == nil || !strings.Contains(d.app.failure.body, "as they were") {
		t.Fatalf("failure %+v", d.app.failure)
	}
	if d.app.c.data.profile.Weights != model.DefaultWeights() || leader(d) != "Mentor Circle" {
		t.Fatalf("weights %+v, leader %q after a failed write", d.app.c.data.profile.Weights, leader(d))
	}
}

// TestProfileWritesOneAtATime: weight changes made while a write is under
// way wait for it, and only the newest is written next, so the file never
// ends with an older profile than the screen.
func TestProfileWritesOneAtATime(t *testing.T) {
	st := twinStore()
	d := newDriver(t, st, 120, 40)
	a := &d.app
	p := a.c.data.profile
	first, second, third := p, p, p
	first.Weights.Fit, second.Weights.Fit, third.Weights.Fit = 21, 22, 23
	cmd := a.update(weightsChangedMsg{profile: first, status: statusSaved})
	if cmd == nil {
		t.Fatal("the first change started no write")
	}
	if a.update(weightsChangedMsg{profile: second}) != nil || a.update(weightsChangedMsg{profile: third}) != nil {
		t.Fatal("a change started a write while one was under way")
	}
	if a.c.data.profile.Weights.Fit != 23 {
		t.Fatalf("the screens score with fit %v, want the newest, 23", a.c.data.profile.Weights.Fit)
	}
	next := a.update(cmd())
	if st.profile.Weights.Fit != 21 || next == nil {
		t.Fatalf("stored fit %v, next write %v", st.profile.Weights.Fit, next)
	}
	var saved profileSavedMsg
	for _, m := range collect(next) {
		if s, ok := m.(profileSavedMsg); ok {
			saved = s
		}
	}
	if st.profile.Weights.Fit != 23 || saved.profile.Weights.Fit != 23 || st.writes != 2 {
		t.Fatalf("stored fit %v after %d writes, want 23 after 2", st.profile.Weights.Fit, st.writes)
	}
}

// collect runs cmd and the batches it returns, without waiting for
// timers, and returns the messages.
func collect(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	select {
	case m := <-done:
		if b, ok := m.(tea.BatchMsg); ok {
			var out []tea.Msg
			for _, c := range b {
				out = append(out, collect(c)...)
			}
			return out
		}
		return []tea.Msg{m}
	case <-time.After(100 * time.Millisecond):
		return nil
	}
}

// TestComparisonSaysWhetherTheRecommendationIsRobust: a fragile
// recommendation says so on top, and the scenarios row marks it.
func TestComparisonSaysWhetherTheRecommendationIsRobust(t *testing.T) {
	d := newDriver(t, fragileStore(), 120, 40)
	d.press("v")
	d.mustSee("Recommended: Alpha Circle", "Fragile: With the results of the least successful member like you (€500.00 a year), the verdict would be: Don't join.")
	for _, r := range d.app.compare.rows {
		if r.label == cmpScenarios && r.cells[0] != cmpScenarioFragile {
			t.Fatalf("scenarios cell %q", r.cells[0])
		}
	}
	d = newDriver(t, twinStore(), 120, 40)
	d.press("v")
	d.mustSee("Robust or fragile is not known yet: Enter your profit margin in the profile to see the scenarios.")
}

// TestScoreChangeOnTheStatusLine: a saved rating that moves the score says
// by how much and why.
func TestScoreChangeOnTheStatusLine(t *testing.T) {
	st := richStore()
	d := openWorkspace(t, st, 120, 40, "5")
	before := d.app.workspace.verdict.Score.Total
	d.press("j", "j", "j", "+") // what I can offer them: unset → 1
	after := d.app.workspace.verdict.Score.Total
	if before == after {
		t.Fatalf("the rating left the score at %d", after)
	}
	d.mustSee("Saved · Score", "Fit")
}
