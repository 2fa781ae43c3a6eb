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
