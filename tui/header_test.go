package tui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// TestHeaderSaysWhenTheDemoIsOpen: with Options.Demo the header's first
// line says DEMO beside the name, at the smallest size and a wide one, and
// still has room for the profile; without it, it does not.
func TestHeaderSaysWhenTheDemoIsOpen(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {160, 48}} {
		for _, demo := range []bool{true, false} {
			st := seededStore()
			d := &driver{t: t, st: st, app: New(st, Options{Now: func() time.Time { return testNow }, Dark: true, Demo: demo})}
			d.send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
			d.run(d.app.Init())
			header, _, _ := strings.Cut(d.screen(), "\n")
			hasMark := strings.HasPrefix(header, appName+" "+headerDemo+" · ")
			if hasMark != demo {
				t.Errorf("%dx%d, demo %v: header %q", size[0], size[1], demo, header)
			}
			if !strings.Contains(header, "Anna Berger · €75.00/hour") {
				t.Errorf("%dx%d, demo %v: the header lost the profile: %q", size[0], size[1], demo, header)
			}
		}
	}
}

// TestHeaderSaysDemoAndReadOnly: a demo opened read-only says both.
func TestHeaderSaysDemoAndReadOnly(t *testing.T) {
	st := seededStore()
	d := &driver{t: t, st: st, app: New(st, Options{Now: func() time.Time { return testNow }, Dark: true, Demo: true, ReadOnly: true})}
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	d.run(d.app.Init())
	header, _, _ := strings.Cut(d.screen(), "\n")
	if !strings.HasPrefix(header, appName+" "+headerDemo+" · "+readOnlyBadge) {
		t.Errorf("header %q", header)
	}
}
