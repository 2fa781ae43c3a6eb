package tui

import (
	"bytes"
	"netvet/model"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/teatest/v2"
)

// TestWholeProgram runs the real Bubble Tea program (renderer, command
// goroutines and all) against the fake store: add a candidate and quit.
func TestWholeProgram(t *testing.T) {
	st := seededStore()
	tm := teatest.NewTestModel(t, New(st, Options{Now: func() time.Time { return testNow }, Dark: true}),
		teatest.WithInitialTermSize(100, 30),
		teatest.WithProgramOptions(
			tea.WithColorProfile(colorprofile.ASCII),
			tea.WithEnvironment([]string{"TERM=xterm-256color"}),
		),
	)
	waitFor := func(text string) {
		t.Helper()
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(text)) },
			teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
	}
	waitFor("Candidate networks")
	tm.Type("n")
	waitFor(titleNewNetwork)
	tm.Type("Teatest Circle")
	tm.Send(tea.KeyPressMsg{Code: 's', Mod: tea.ModCtrl})
	waitFor(statusSaved)
	tm.Type("q")
	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(App)
	// The new candidate's workspace opened on its first step.
	if final.top() != screenWorkspace || final.workspace.step != model.StepBasics {
		t.Fatalf("ended on screen %d, step %d", final.top(), final.workspace.step)
	}
	if _, ok := final.c.data.network(final.home.selID); !ok || len(st.nets) != 4 || st.nets[3].Name != "Teatest Circle" || final.workspace.id != final.home.selID {
		t.Fatalf("the candidate was not saved: %d networks", len(st.nets))
	}
}
