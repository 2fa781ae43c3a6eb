package tui

import (
	"strings"
	"testing"

	"netvet/model"
)

// on reports the screen that has the keyboard.
func on(d *driver) screenID { return d.app.top() }

// TestEscGoesBackWhereTheUserCameFrom walks every way between the screens
// and checks after each key which screen has the keyboard: esc always
// returns to the screen the user came from.
func TestEscGoesBackWhereTheUserCameFrom(t *testing.T) {
	type step struct {
		keys string
		want screenID
	}
	for _, tc := range []struct {
		name  string
		steps []step
	}{
		{"comparison, open a candidate, back", []step{
			{"v", screenCompare}, {"enter", screenWorkspace}, {"esc", screenCompare}, {"esc", screenHome}}},
		{"workspace, comparison, another candidate, back and back", []step{
			{"enter", screenWorkspace}, {"v", screenCompare}, {"l enter", screenWorkspace},
			{"esc", screenCompare}, {"esc", screenWorkspace}, {"esc", screenHome}}},
		{"notes, edit an interview, back", []step{
			{"i", screenNotes}, {"enter", screenWorkspace}, {"esc", screenNotes}, {"esc", screenHome}}},
		{"workspace, notes, edit, back and back", []step{
			{"enter", screenWorkspace}, {"i", screenNotes}, {"enter", screenWorkspace},
			{"esc", screenNotes}, {"esc", screenWorkspace}, {"esc", screenHome}}},
		{"comparison, profile, back", []step{
			{"v", screenCompare}, {"p", screenProfile}, {"esc", screenCompare}, {"esc", screenHome}}},
		{"workspace, profile, back", []step{
			{"enter", screenWorkspace}, {"p", screenProfile}, {"esc", screenWorkspace}}},
		{"workspace, edit the basics, back", []step{
			{"enter 1 e", screenNetForm}, {"esc", screenWorkspace}, {"esc", screenHome}}},
		{"notes, comparison, back", []step{
			{"i", screenNotes}, {"v", screenCompare}, {"esc", screenNotes}, {"esc", screenHome}}},
		{"comparison, notes, back", []step{
			{"v", screenCompare}, {"i", screenNotes}, {"esc", screenCompare}, {"esc", screenHome}}},
		{"comparison, workspace, comparison again is the same one", []step{
			{"v", screenCompare}, {"enter", screenWorkspace}, {"v", screenCompare}, {"esc", screenHome}}},
		{"new candidate, back", []step{
			{"n", screenNetForm}, {"esc", screenHome}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := newDriver(t, notesStore(), 120, 40)
			for _, s := range tc.steps {
				d.press(strings.Fields(s.keys)...)
				if got := on(d); got != s.want {
					t.Fatalf("after %q: screen %d, want %d", s.keys, got, s.want)
				}
			}
		})
	}
}

// TestComparisonOpenedFromAWorkspaceReturnsToIt checks that esc from a
// candidate opened in the comparison returns to the comparison with the
// same candidate selected, and from there to the first workspace.
func TestComparisonOpenedFromAWorkspaceReturnsToIt(t *testing.T) {
	d := newDriver(t, compareStore(3), 120, 40)
	d.press("enter")
	first := d.app.workspace.id
	d.press("v", "l")
	sel := d.app.compare.cmp.Ranked[d.app.compare.sel].Network.ID
	d.press("enter")
	if d.app.workspace.id != sel {
		t.Fatalf("opened %s, want the selected %s", d.app.workspace.id, sel)
	}
	d.press("esc")
	if on(d) != screenCompare || d.app.compare.sel != 1 {
		t.Fatalf("esc: screen %d, selection %d; want the comparison at candidate 1", on(d), d.app.compare.sel)
	}
	d.press("esc")
	if on(d) != screenWorkspace || d.app.workspace.id != first {
		t.Fatalf("esc esc: screen %d, workspace %s; want the workspace of %s", on(d), d.app.workspace.id, first)
	}
}

// TestComparisonFollowsAProfileChangeMadeFromIt is the report of issue 13:
// v, p, a new income, ctrl+s, and the header showed the new hourly rate
// while the table still priced time at the old one.
func TestComparisonFollowsAProfileChangeMadeFromIt(t *testing.T) {
	st := compareStore(3)
	d := newDriver(t, st, 120, 40)
	d.press("v")
	before := joinCostRow(t, d)
	d.press("p")
	d.app.profile.form.focusField(5)
	if d.app.profile.form.fields[d.app.profile.form.focus].key != fIncome {
		t.Fatal("field 5 is not the income")
	}
	d.press("ctrl+u")
	d.typeText("240000")
	d.press("ctrl+s")
	if on(d) != screenCompare {
		t.Fatalf("after saving the profile: screen %d, want the comparison", on(d))
	}
	if st.profile.TargetAnnualIncome != 240000_00 {
		t.Fatalf("saved income %v", st.profile.TargetAnnualIncome)
	}
	after := joinCostRow(t, d)
	for i, r := range d.app.compare.cmp.Ranked {
		v := model.ComputeVerdict(st.profile, nil, r.Network)
		want := v.MakeOrBuy.JoinCost.Format(st.profile.Currency)
		if after.cells[i] != want {
			t.Errorf("%s: join cost %s, want %s at the new rate (was %s)", r.Network.Name, after.cells[i], want, before.cells[i])
		}
	}
	d.mustSee(after.cells[0])
}

func joinCostRow(t *testing.T, d *driver) compareRow {
	t.Helper()
	for _, r := range d.app.compare.rows {
		if r.label == cmpJoinCost {
			return r
		}
	}
	t.Fatal("no join cost row")
	return compareRow{}
}

// TestCoveredWorkspaceFollowsAProfileChange: a workspace under the
// comparison and the profile shows the new hourly rate when it is on top
// again.
func TestCoveredWorkspaceFollowsAProfileChange(t *testing.T) {
	st := compareStore(2)
	d := newDriver(t, st, 120, 40)
	d.press("enter", "6")
	d.mustSee("Time at €75.00/h")
	d.press("v", "p")
	d.app.profile.form.focusField(5)
	d.press("ctrl+u")
	d.typeText("240000")
	d.press("ctrl+s", "esc")
	if on(d) != screenWorkspace {
		t.Fatalf("screen %d, want the workspace", on(d))
	}
	d.mustSee("Time at €150.00/h")
}
