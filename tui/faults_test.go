package tui

// A write that fails — a full disk, a read-only file system — on every
// path that writes. The user must see what happened in the failure panel,
// the program must keep running, nothing stored may change, a form must
// keep what was typed so it can be retried or copied, and the retry must
// save it. The same against the real store and a real full disk is
// TestE2EFullDiskKeepsTheEdit in cmd/netvet.

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"netvet/model"
)

// errDiskFull is the error the failing store returns, as the store words
// a full disk.
var errDiskFull = errors.New("cannot save to /data/netvet.db: write /data/netvet.db: no space left on device")

func TestEveryWriteFailureKeepsTheEdit(t *testing.T) {
	for _, tc := range []struct {
		rule string
		// open reaches the edit; edit makes it; save submits it.
		open, edit, save []string
		// typed is text the edit types, which must stay on screen.
		typed string
		// form says the edit is in a form, which must stay open after
		// the panel is dismissed; otherwise the retry repeats edit and
		// save.
		form  bool
		saved func(st *fakeStore) bool
		// status is what the status line says after the retry.
		status string
	}{
		{"a new network", []string{"n"}, nil, []string{"ctrl+s"}, "Precious Network", true,
			func(st *fakeStore) bool { return netNamed(st, "Precious Network") != nil }, statusSaved},
		{"an edited network", []string{"e"}, nil, []string{"ctrl+s"}, " Nord", true,
			func(st *fakeStore) bool { return netNamed(st, "Circle of Experts Nord") != nil }, statusSaved},
		{"the profile", []string{"p"}, []string{"ctrl+u"}, []string{"ctrl+s"}, "Greta Precious", true,
			func(st *fakeStore) bool { return st.profile.Name == "Greta Precious" }, statusSaved},
		{"a new promise", []string{"enter", "2", "n"}, nil, []string{"ctrl+s"}, "Two events a year", true,
			func(st *fakeStore) bool {
				return len(st.nets[0].Promises) == 4 && st.nets[0].Promises[3].Text == "Two events a year"
			}, statusSaved},
		{"a new interview", []string{"enter", "3", "n"}, nil, []string{"ctrl+s"}, "Grete Fuchs", true,
			func(st *fakeStore) bool {
				return len(st.nets[0].Interviews) == 3 && st.nets[0].Interviews[2].Member == "Grete Fuchs"
			}, statusSaved},
		{"new evidence", []string{"enter", "4", "n"}, nil, []string{"ctrl+s"}, "Group audit", true,
			func(st *fakeStore) bool {
				return len(st.nets[0].Evidence) == 3 && st.nets[0].Evidence[2].Description == "Group audit"
			}, statusSaved},
		{"the notes on the ratings", []string{"enter", "5", "G", "j", "j", "j", "j", "j", "j", "j", "j", "enter"}, nil, []string{"ctrl+s"}, "Strong in tax", true,
			func(st *fakeStore) bool { return st.nets[0].RatingNotes == "Strong in tax" }, statusSaved},
		{"the make-or-buy estimates", []string{"enter", "6", "e"}, []string{"ctrl+u"}, []string{"ctrl+s"}, "75", true,
			func(st *fakeStore) bool { return st.nets[0].MembershipHoursPerYear == 75 }, statusSaved},
		{"a rating", []string{"enter", "5"}, []string{"right"}, nil, "", false,
			func(st *fakeStore) bool { return st.nets[0].Fit.TargetGroupOverlap == 5 }, statusSaved},
		{"a warning sign", []string{"enter", "1"}, []string{"space"}, nil, "", false,
			func(st *fakeStore) bool { return st.nets[0].HasWarning(model.WarnPressureToSign) }, statusSaved},
		{"a deleted promise", []string{"enter", "2"}, []string{"d", "y"}, nil, "", false,
			func(st *fakeStore) bool { return len(st.nets[0].Promises) == 2 }, statusDeletedItem},
		{"an archived network", nil, []string{"d", "y"}, nil, "", false,
			func(st *fakeStore) bool { return st.nets[0].Status == model.StatusArchived }, `Archived "Circle of Experts"`},
	} {
		t.Run(tc.rule, func(t *testing.T) {
			t.Parallel()
			st := richStore()
			d := newDriver(t, st, 100, 30)
			d.press(tc.open...)
			before := snapshot(st)
			st.failWrites = errDiskFull
			d.press(tc.edit...)
			d.typeText(tc.typed)
			d.press(tc.save...)

			if d.app.failure == nil {
				t.Fatalf("no failure panel:\n%s", d.screen())
			}
			d.mustSee(errSaveTitle, "no space", "nothing you typed is lost")
			if !errors.Is(d.app.failure.err, errDiskFull) {
				t.Fatalf("the panel shows %v, not the store's error", d.app.failure.err)
			}
			if d.quit {
				t.Fatal("the program quit after the failure")
			}
			if after := snapshot(st); !reflect.DeepEqual(before, after) || st.writes != 0 {
				t.Fatalf("the failed write changed the store (%d writes)", st.writes)
			}
			// Keys other than esc leave the panel up; esc dismisses it.
			d.press("q", "j")
			if d.quit || d.app.failure == nil {
				t.Fatal("a key other than esc dismissed the panel or quit")
			}
			d.press("esc")
			if d.app.failure != nil {
				t.Fatal("esc did not dismiss the panel")
			}
			if tc.typed != "" {
				d.mustSee(strings.TrimSpace(tc.typed))
			}

			st.failWrites = nil
			if tc.form {
				d.press(tc.save...)
			} else {
				d.press(tc.edit...)
			}
			if !tc.saved(st) || d.app.failure != nil {
				t.Fatalf("the retry did not save:\n%s", d.screen())
			}
			d.mustSee(tc.status)
		})
	}
}

// storeState is what the fake store holds.
type storeState struct {
	profile    model.Profile
	hasProfile bool
	nets       []model.Network
}

// snapshot copies what st holds now.
func snapshot(st *fakeStore) storeState {
	st.mu.Lock()
	defer st.mu.Unlock()
	return storeState{st.profile, st.hasProfile, append([]model.Network(nil), st.nets...)}
}

// netNamed is the stored network with the name, or nil.
func netNamed(st *fakeStore, name string) *model.Network {
	for i := range st.nets {
		if st.nets[i].Name == name {
			return &st.nets[i]
		}
	}
	return nil
}

// TestFormsKeepWhatTheyCannotShow: a one-line field cannot show line
// breaks and tabs, and a field has a length limit that an import may
// exceed. Saving an unrelated change must leave such values exactly as
// stored, and a form nobody typed in closes without asking.
func TestFormsKeepWhatTheyCannotShow(t *testing.T) {
	st := richStore()
	n := &st.nets[0]
	n.Summary = "First paragraph.\n\nSecond paragraph,\tafter a tab."
	n.Website = "https://example.org/" + strings.Repeat("a", 300)
	n.Interviews[0].RedFlags = "Pressure to sign.\nExtra costs for meals."
	n.Interviews[0].Answers[0].Comment = strings.Repeat("Long comment. ", 200) + "End."
	n.Interviews[0].Notes = "Notes\n\n\tindented code\n"
	want := *n
	want.Interviews = append([]model.Interview(nil), n.Interviews...)

	d := newDriver(t, st, 100, 30)
	d.press("e", "esc")
	if d.app.top() != screenHome {
		t.Fatal("esc on a form nobody typed in asked before leaving")
	}
	// Change the entry fee only.
	d.press("e", "tab", "tab", "tab", "tab", "tab", "tab", "ctrl+u")
	d.typeText("3500")
	d.press("ctrl+s")
	got := st.nets[0]
	if *got.EntryFee != 3500_00 {
		t.Fatalf("the entry fee was not saved: %v", got.EntryFee)
	}
	if got.Summary != want.Summary || got.Website != want.Website {
		t.Fatalf("saving the fee changed the summary to %q and the website to %d characters", got.Summary, len(got.Website))
	}

	// Change the recommendation of the interview only.
	d.press("enter", "3", "e")
	for i := 0; i < 40 && d.app.workspace.editor.form.fields[d.app.workspace.editor.form.focus].key != fRecommendation; i++ {
		d.press("tab")
	}
	d.press("ctrl+u")
	d.typeText("9")
	d.press("ctrl+s")
	iv := st.nets[0].Interviews[0]
	if *iv.Recommendation != 9 {
		t.Fatalf("the recommendation was not saved: %v", *iv.Recommendation)
	}
	w := want.Interviews[0]
	if iv.RedFlags != w.RedFlags || iv.Answers[0].Comment != w.Answers[0].Comment || iv.Notes != w.Notes {
		t.Fatalf("saving the recommendation changed other fields:\nred flags %q\nnotes %q\ncomment of %d characters", iv.RedFlags, iv.Notes, len(iv.Answers[0].Comment))
	}
}

// TestADamagedFileOpenedReadOnly: the header says that the file is open
// read-only because it is damaged, and a save, which the store refuses,
// explains that instead of asking to fix the cause; nothing is stored.
func TestADamagedFileOpenedReadOnly(t *testing.T) {
	st := richStore()
	d := &driver{t: t, st: st, app: New(st, Options{Now: func() time.Time { return testNow }, Dark: true, ReadOnly: true})}
	d.send(tea.WindowSizeMsg{Width: 100, Height: 30})
	d.run(d.app.Init())
	d.mustSee("netvet · " + readOnlyBadge)
	before := snapshot(st)
	st.failWrites = errors.New("/data/netvet.db is open read-only: nothing was saved")
	d.press("n")
	d.typeText("Precious Network")
	d.press("ctrl+s")
	if d.app.failure == nil {
		t.Fatalf("no failure panel:\n%s", d.screen())
	}
	d.mustSee(errSaveTitle, "open read-only: nothing was saved", "netvet opened it read-only", "run netvet check")
	if after := snapshot(st); !reflect.DeepEqual(before, after) {
		t.Error("the refused save changed the store")
	}
	d.press("esc")
	d.mustSee("Precious Network", readOnlyBadge)
}
