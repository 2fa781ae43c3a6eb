package main

// Terminals that misbehave, for real: a storm of resizes, and a terminal
// of 20×5. A terminal that never answers the background colour query is
// tui's TestSilentTerminalKeepsTheDefaultTheme: tmux always answers.

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestE2ETerminalEdgeCases resizes the terminal a hundred times in quick
// succession, down to 20×5 and up to 250×70, and then back: netvet keeps
// running and shows exactly what it showed before. At 20×5 it says the
// terminal is too small.
func TestE2ETerminalEdgeCases(t *testing.T) {
	t.Parallel()
	db := filepath.Join(t.TempDir(), "netvet.db")
	tm := startTerminal(t, 100, 30, db)
	tm.skipSetup()
	tm.addNetwork("Alpha Kreis")
	tm.addNetwork("Beta Runde")
	tm.press("Enter")
	tm.waitForText("Due diligence: Beta Runde")
	tm.press("5")
	tm.waitForText("[5")
	// The screen is steady once the status message has gone.
	tm.waitLong("the status message to go", func(s string) bool { return !hasLine(s, textSaved) })
	resize := func(w, h int) {
		t.Helper()
		tm.tmux("resize-window", "-t", "e2e:0", "-x", fmt.Sprint(w), "-y", fmt.Sprint(h))
	}
	for _, size := range [][2]int{{100, 30}, {80, 24}} {
		w, h := size[0], size[1]
		resize(w, h)
		// Until netvet redraws, tmux shows the old frame cut to the new
		// size: wait for a whole frame first.
		tm.checkScreenEventually(fmt.Sprintf("the workspace at %d×%d", w, h), w, h)
		before := tm.waitFor(fmt.Sprintf("the workspace at %d×%d", w, h), func(s string) bool {
			return len(strings.Split(s, "\n")) == h && strings.Contains(s, "Due diligence: Beta Runde")
		})

		rng := rand.New(rand.NewPCG(uint64(w), uint64(h)))
		for range 100 {
			resize(20+rng.IntN(231), 5+rng.IntN(66))
		}
		resize(w, h)
		tm.waitFor(fmt.Sprintf("the same screen at %d×%d after the storm", w, h), func(s string) bool { return s == before })
		tm.checkScreen(fmt.Sprintf("the workspace at %d×%d after the storm", w, h), w, h)
		tm.assertRunning()
	}

	resize(20, 5)
	s := tm.waitFor("the too-small message at 20×5", func(s string) bool {
		return strings.Contains(strings.Join(strings.Fields(s), " "), "The terminal is too small")
	})
	if lines := strings.Split(s, "\n"); len(lines) != 5 {
		t.Errorf("at 20×5 the screen has %d lines:\n%s", len(lines), s)
	}
	tm.press("j")
	time.Sleep(200 * time.Millisecond)
	tm.assertRunning()
	resize(100, 30)
	tm.waitForText("Due diligence: Beta Runde")
	tm.checkScreenEventually("the workspace after 20×5", 100, 30)
	tm.quit()
}
