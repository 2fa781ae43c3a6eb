package tui

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// TestLoadedIsCalledOnceTheDataIsThere checks Options.Loaded: not called
// before the load, called once when the data has been applied.
func TestLoadedIsCalledOnceTheDataIsThere(t *testing.T) {
	calls, networks := 0, -1
	var a App
	a = New(seededStore(), Options{Now: func() time.Time { return testNow }, Loaded: func() {
		calls++
		networks = len(a.c.data.nets)
	}})
	m, _ := a.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	a = m.(App)
	if calls != 0 {
		t.Fatalf("Loaded called %d times before the load", calls)
	}
	msg := loadCmd(a.c.store)()
	m, _ = a.Update(msg)
	a = m.(App)
	if calls != 1 {
		t.Fatalf("Loaded called %d times after the load, want 1", calls)
	}
	if want := len(seededStore().nets); networks != want {
		t.Errorf("when Loaded was called the data held %d networks, want %d", networks, want)
	}
}

// TestOptionsLoadReplacesTheLoadAtStart gives the app a store with no
// networks and, as Options.Load, a load started early from another: the
// app shows what that load found.
func TestOptionsLoadReplacesTheLoadAtStart(t *testing.T) {
	early := seededStore()
	st := newFakeStore()
	st.hasProfile = true
	d := &driver{t: t, st: st, app: New(st, Options{Now: func() time.Time { return testNow }, Load: StartLoad(early)})}
	d.send(tea.WindowSizeMsg{Width: 100, Height: 30})
	d.run(d.app.Init())
	if got, want := len(d.app.c.data.nets), len(early.nets); got != want || want == 0 {
		t.Fatalf("the app shows %d networks, want the %d of the early load", got, want)
	}
	d.mustSee(early.nets[0].Name)
}
