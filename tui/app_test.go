package tui

import (
	"errors"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"netvet/model"
)

func money(major int64) *model.Money {
	m := model.Money(major * 100)
	return &m
}

func intPtr(i int) *int { return &i }

// seededStore has a profile and three candidates, one of them archived.
func seededStore() *fakeStore {
	st := newFakeStore()
	st.hasProfile = true
	st.profile = model.NewProfile()
	st.profile.Name = "Anna Berger"
	st.profile.TargetAnnualIncome = 120000_00
	st.profile.PlannedHoursPerYear = 1600
	st.profile.MarginalTaxRate = 0.42
	for _, n := range []model.Network{
		{Name: "Circle of Experts", Kind: model.KindExpertNetwork, Status: model.StatusInterviewing, EntryFee: money(3000), AnnualFee: money(1200), MembershipHoursPerYear: 60, BuildHours: intPtr(400)},
		{Name: "Mastermind Nord", Kind: model.KindMastermind, Status: model.StatusResearching, AnnualFee: money(4800)},
		{Name: "Old Guild", Kind: model.KindAssociation, Status: model.StatusArchived, EntryFee: money(0), AnnualFee: money(350)},
	} {
		if _, err := st.CreateNetwork(n); err != nil {
			panic(err)
		}
	}
	st.writes = 0
	return st
}

func TestFirstStartOffersProfileSetup(t *testing.T) {
	st := newFakeStore()
	d := newDriver(t, st, 80, 24)
	d.mustSee(titleSetup, lblIncome, lblHours, lblTaxRate, lblHorizon)
	d.typeText("120.000")
	d.press("tab")
	d.typeText("1600")
	d.press("tab")
	d.typeText("42")
	d.press("tab")
	d.press("ctrl+u")
	d.typeText("4")
	d.mustSee("€75.00")
	d.press("ctrl+s")
	if !st.hasProfile {
		t.Fatal("profile not saved")
	}
	p := st.profile
	if p.TargetAnnualIncome != 120000_00 || p.PlannedHoursPerYear != 1600 || p.MarginalTaxRate != 0.42 || p.HorizonYears != 4 {
		t.Fatalf("saved profile %+v", p)
	}
	d.mustSee("No candidates yet", statusSaved)
	if d.app.top() != screenHome {
		t.Fatalf("active screen %d, want home", d.app.top())
	}
}

func TestSetupCanBeSkipped(t *testing.T) {
	st := newFakeStore()
	d := newDriver(t, st, 80, 24)
	d.press("esc")
	d.mustSee("No candidates yet")
	if st.writes != 0 || st.hasProfile {
		t.Fatalf("skipping wrote something: writes=%d", st.writes)
	}
}

func TestSetupRefusesBadInputAndSavesNothing(t *testing.T) {
	st := newFakeStore()
	d := newDriver(t, st, 80, 24)
	d.typeText("lots")
	d.press("tab")
	d.typeText("1600")
	d.press("tab")
	d.typeText("75")
	d.press("ctrl+s")
	if st.writes != 0 {
		t.Fatal("invalid profile was saved")
	}
	d.mustSee(titleSetup, fieldErrMark, statusFixFields)
	if d.app.profile.form.fields[d.app.profile.form.focus].key != fIncome {
		t.Fatal("focus did not move to the first wrong field")
	}
}

func TestAddNetworkThroughForm(t *testing.T) {
	st := seededStore()
	d := newDriver(t, st, 80, 24)
	d.press("n")
	d.mustSee(titleNewNetwork)
	d.typeText("Referral Club Süd")
	d.press("tab", "right", "right", "tab", "tab", "tab", "tab", "tab")
	d.typeText("2.500,00 €")
	d.press("tab")
	d.typeText("€1,200.50")
	d.press("ctrl+s")
	if st.writes != 1 || len(st.nets) != 4 {
		t.Fatalf("writes=%d nets=%d", st.writes, len(st.nets))
	}
	n := st.nets[3]
	if n.Name != "Referral Club Süd" || n.Kind != model.KindReferralChapter {
		t.Fatalf("saved %q kind %q", n.Name, n.Kind)
	}
	if n.EntryFee == nil || *n.EntryFee != 2500_00 || n.AnnualFee == nil || *n.AnnualFee != 1200_50 {
		t.Fatalf("fees %v %v", n.EntryFee, n.AnnualFee)
	}
	d.mustSee("Referral Club Süd", statusSaved)
	if d.app.home.selID != n.ID {
		t.Fatal("the new network is not selected")
	}
}

func TestNetworkFormInlineValidation(t *testing.T) {
	st := seededStore()
	d := newDriver(t, st, 80, 24)
	d.press("n")
	d.press("tab", "tab", "tab", "tab", "tab", "tab")
	d.typeText("-5")
	d.press("ctrl+s")
	if st.writes != 0 {
		t.Fatal("an invalid network was saved")
	}
	// Both the missing name and the negative fee are marked, and the focus
	// is on the first of them.
	if msg := d.app.netForm.form.fields[0].err; msg == "" {
		t.Fatal("missing name not marked")
	}
	if msg := d.app.netForm.form.fields[6].err; msg == "" {
		t.Fatal("negative fee not marked")
	}
	if d.app.netForm.form.focus != 0 {
		t.Fatalf("focus %d, want the name field", d.app.netForm.form.focus)
	}
	d.mustSee(fieldErrMark, titleNewNetwork)
}

func TestDuplicateNameIsRefused(t *testing.T) {
	st := seededStore()
	d := newDriver(t, st, 80, 24)
	d.press("n")
	d.typeText("circle of experts")
	d.press("ctrl+s")
	if st.writes != 0 {
		t.Fatal("duplicate saved")
	}
	if msg := d.app.netForm.form.fields[0].err; !strings.Contains(msg, "exists already") {
		t.Fatalf("name error %q", msg)
	}
	d.mustSee("exists")
}

func TestEditNetwork(t *testing.T) {
	st := seededStore()
	d := newDriver(t, st, 120, 40)
	d.press("j", "e")
	d.mustSee("Edit Mastermind Nord")
	d.typeText(" II")
	d.press("ctrl+s")
	if st.nets[1].Name != "Mastermind Nord II" || st.writes != 1 {
		t.Fatalf("name %q writes %d", st.nets[1].Name, st.writes)
	}
	d.mustSee("Mastermind Nord II", statusSaved)
}

func TestUnchangedEditWritesNothing(t *testing.T) {
	st := seededStore()
	d := newDriver(t, st, 80, 24)
	d.press("e", "ctrl+s")
	if st.writes != 0 {
		t.Fatal("an unchanged form was written")
	}
	d.mustSee(statusNoChanges)
}

func TestEscOnChangedFormAsksBeforeDiscarding(t *testing.T) {
	st := seededStore()
	d := newDriver(t, st, 80, 24)
	d.press("n")
	d.typeText("Half typed")
	d.press("esc")
	d.mustSee(askDiscard)
	d.press("n")
	if d.app.top() != screenNetForm || d.app.netForm.form.Value(fName) != "Half typed" {
		t.Fatal("answering no left the form or lost the text")
	}
	d.press("esc", "y")
	if d.app.top() != screenHome || st.writes != 0 {
		t.Fatalf("discard: active %d writes %d", d.app.top(), st.writes)
	}
	d.mustSee(statusDiscarded)
}

func TestEscOnUntouchedFormLeavesAtOnce(t *testing.T) {
	st := seededStore()
	d := newDriver(t, st, 80, 24)
	d.press("n", "esc")
	if d.app.top() != screenHome {
		t.Fatal("untouched form did not close on esc")
	}
}

func TestQTypesIntoFormsInsteadOfQuitting(t *testing.T) {
	st := seededStore()
	d := newDriver(t, st, 80, 24)
	d.press("n")
	d.typeText("q?p")
	if d.quit || d.app.netForm.form.Value(fName) != "q?p" || d.app.showHelp {
		t.Fatalf("quit=%v value=%q", d.quit, d.app.netForm.form.Value(fName))
	}
	d.press("ctrl+c")
	if !d.quit {
		t.Fatal("ctrl+c did not quit from a form")
	}
}

func TestQQuitsFromTheList(t *testing.T) {
	d := newDriver(t, seededStore(), 80, 24)
	d.press("q")
	if !d.quit {
		t.Fatal("q did not quit")
	}
}

func TestFilterNarrowsAndEscClears(t *testing.T) {
	d := newDriver(t, seededStore(), 80, 24)
	d.press("/")
	d.typeText("MASTER")
	d.mustSee("Mastermind Nord")
	d.mustNotSee("Circle of Experts")
	d.press("enter")
	d.mustSee("filter: MASTER")
	d.press("esc")
	d.mustSee("Circle of Experts", "Mastermind Nord", statusFilterClear)
}

func TestFilterWithoutMatchSaysSo(t *testing.T) {
	d := newDriver(t, seededStore(), 80, 24)
	d.press("/")
	d.typeText("zzz")
	d.mustSee(`No candidate matches "zzz"`)
}

func TestArchiveAsksThenHides(t *testing.T) {
	st := seededStore()
	d := newDriver(t, st, 80, 24)
	d.mustNotSee("Old Guild")
	d.press("d")
	d.mustSee(`Archive "Circle of Experts"?`)
	d.press("n")
	if st.writes != 0 {
		t.Fatal("answering no archived")
	}
	d.press("d", "y")
	if st.nets[0].Status != model.StatusArchived {
		t.Fatalf("status %q", st.nets[0].Status)
	}
	d.mustSee(`Archived "Circle of Experts"`)
	if len(d.app.home.visible) != 1 || d.app.home.selID != st.nets[1].ID {
		t.Fatalf("after archiving: %d rows shown, selected %q", len(d.app.home.visible), d.app.home.selID)
	}
	d.press("a")
	d.mustSee("Circle of Experts", "Old Guild")
	if len(d.app.home.visible) != 3 {
		t.Fatal("a did not show archived candidates")
	}
}

func TestDeletingAnArchivedNetworkAsksAndRemovesIt(t *testing.T) {
	st := seededStore()
	d := newDriver(t, st, 80, 24)
	d.press("a", "G")
	d.press("d")
	d.mustSee(`Delete "Old Guild" for good`)
	d.press("y")
	if len(st.nets) != 2 {
		t.Fatalf("%d networks left", len(st.nets))
	}
	if len(d.app.home.visible) != 2 {
		t.Fatalf("%d rows shown after delete", len(d.app.home.visible))
	}
}

// TestRestoreArchived: a network archived before netvet kept its status
// is restored as researching.
func TestRestoreArchived(t *testing.T) {
	st := seededStore()
	d := newDriver(t, st, 80, 24)
	d.press("a", "G", "u")
	if st.nets[2].Status != model.StatusResearching {
		t.Fatalf("status %q", st.nets[2].Status)
	}
	d.press("a")
	d.mustSee("Old Guild")
}

// TestRestoreKeepsTheStatus: archiving keeps the status a network had,
// and restoring brings it back (issue 13).
func TestRestoreKeepsTheStatus(t *testing.T) {
	st := seededStore()
	d := newDriver(t, st, 80, 24)
	d.press("d", "y")
	if n := st.nets[0]; n.Status != model.StatusArchived || n.StatusBeforeArchive != model.StatusInterviewing {
		t.Fatalf("archived: status %q, before %q", n.Status, n.StatusBeforeArchive)
	}
	d.press("a", "g", "u")
	if n := st.nets[0]; n.Status != model.StatusInterviewing || n.StatusBeforeArchive != "" {
		t.Fatalf("restored: status %q, before %q; want interviewing", n.Status, n.StatusBeforeArchive)
	}
	d.mustSee(`Restored "Circle of Experts"`)
}

func TestWriteFailureKeepsTheEdit(t *testing.T) {
	st := seededStore()
	d := newDriver(t, st, 80, 24)
	st.failWrites = errors.New("write /data/netvet.db: no space left on device")
	d.press("n")
	d.typeText("Precious Network")
	d.press("ctrl+s")
	d.mustSee(errSaveTitle, "no space left on device")
	d.press("esc")
	if d.app.top() != screenNetForm || d.app.netForm.form.Value(fName) != "Precious Network" {
		t.Fatal("the edit was lost after a failed save")
	}
	st.failWrites = nil
	d.press("ctrl+s")
	if len(st.nets) != 4 || st.nets[3].Name != "Precious Network" {
		t.Fatal("retry did not save")
	}
}

func TestOpenWorkspaceShowsBasics(t *testing.T) {
	d := newDriver(t, seededStore(), 80, 24)
	d.press("enter")
	if d.app.workspace.step != model.StepPromises {
		t.Fatalf("workspace opened on step %d, want the next step to do (2)", d.app.workspace.step)
	}
	d.press("1")
	d.mustSee("Due diligence: Circle of Experts", "€3,000.00", "€1,200.00", "[1✓Basics]", "2○Promises")
	d.press("3")
	if d.app.workspace.step != 3 {
		t.Fatalf("step %d", d.app.workspace.step)
	}
	d.press("1", "e")
	d.mustSee("Edit Circle of Experts")
	d.press("esc")
	if d.app.top() != screenWorkspace {
		t.Fatal("closing the form did not return to the workspace")
	}
	d.press("esc")
	if d.app.top() != screenHome || d.app.home.selID != st0(d).ID {
		t.Fatal("esc did not return to the list with the network selected")
	}
}

func st0(d *driver) model.Network { return d.st.nets[0] }

func TestProfileScreenEditsEverything(t *testing.T) {
	st := seededStore()
	d := newDriver(t, st, 100, 30)
	d.press("p")
	d.mustSee(titleProfile, "Anna Berger", "€75.00")
	d.press("tab", "tab")
	d.typeText("Tax advisers, notaries")
	d.press("ctrl+s")
	if got := st.profile.TargetGroups; len(got) != 2 || got[1] != "notaries" {
		t.Fatalf("target groups %q", got)
	}
}

func TestHelpIsGeneratedFromTheKeyMap(t *testing.T) {
	d := newDriver(t, seededStore(), 100, 40)
	d.press("?")
	d.mustSee(titleHelp, helpNew, helpArchive, helpFilter, helpShowArchived, "/tmp/netvet-test.db")
	d.press("?")
	d.mustNotSee(titleHelp)
	d.press("n", "?")
	// In a form ? is text, not help.
	if d.app.showHelp {
		t.Fatal("? opened help inside a text field")
	}
}

func TestTooSmallTerminalSaysSo(t *testing.T) {
	d := newDriver(t, seededStore(), 40, 10)
	d.mustSee(titleTooSmall)
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	d.mustSee("Circle of Experts")
}

func TestEveryFrameFitsTheTerminal(t *testing.T) {
	for _, size := range [][2]int{{60, 16}, {80, 24}, {120, 40}, {200, 60}, {30, 8}} {
		d := newDriver(t, seededStore(), size[0], size[1])
		for _, keys := range [][]string{nil, {"?"}, {"?", "n"}, {"esc", "enter"}, {"esc", "p"}} {
			d.press(keys...)
			lines := strings.Split(d.screen(), "\n")
			if len(lines) > size[1] {
				t.Fatalf("%v after %v: %d lines", size, keys, len(lines))
			}
			for _, l := range lines {
				if w := len([]rune(l)); w > size[0] {
					t.Fatalf("%v after %v: line of %d cells: %q", size, keys, w, l)
				}
			}
		}
	}
}

func TestControlSequencesInUserTextNeverReachTheTerminal(t *testing.T) {
	st := seededStore()
	st.nets[0].Name = "Evil\x1b]0;pwned\x07 Net\x1b[2J\x1b[H\u202e"
	st.nets[0].Website = "\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\"
	d := newDriver(t, st, 100, 30)
	raw := d.app.View().Content
	for _, bad := range []string{"\x1b]", "\x1b[2J", "\x1b[H", "\a", "\u202e"} {
		if strings.Contains(raw, bad) {
			t.Fatalf("frame contains %q", bad)
		}
	}
	d.mustSee("Evil Net")
	d.press("enter")
	raw = d.app.View().Content
	if strings.Contains(raw, "\x1b]8") {
		t.Fatal("hyperlink reached the workspace")
	}
}

func TestThemeFollowsTheBackground(t *testing.T) {
	d := newDriver(t, seededStore(), 80, 24)
	dark := d.app.View().Content
	d.send(tea.BackgroundColorMsg{Color: lightBackground{}})
	if d.app.c.styles.IsDark {
		t.Fatal("light background not applied")
	}
	if d.app.View().Content == dark {
		t.Fatal("light and dark frames are the same")
	}
}

// lightBackground is a white terminal background.
type lightBackground struct{}

func (lightBackground) RGBA() (r, g, b, a uint32) { return 0xffff, 0xffff, 0xffff, 0xffff }
