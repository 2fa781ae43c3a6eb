package tui

import (
	"fmt"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"
)

// TestGoldenScreens pins every screen at 80×24 and 120×40 on dark and light
// backgrounds. Refresh with: go test ./tui -run TestGoldenScreens -update
func TestGoldenScreens(t *testing.T) {
	screens := []struct {
		name  string
		store func() *fakeStore
		keys  []string
	}{
		{"home", seededStore, nil},
		{"home-archived", seededStore, []string{"a"}},
		{"home-filter", seededStore, []string{"/", "c", "i", "r"}},
		{"home-confirm-archive", seededStore, []string{"d"}},
		{"home-empty", func() *fakeStore { st := newFakeStore(); st.hasProfile = true; return st }, nil},
		{"setup", newFakeStore, nil},
		{"network-form", seededStore, []string{"e"}},
		{"network-form-errors", seededStore, []string{"n", "tab", "tab", "tab", "tab", "tab", "tab", "x", "ctrl+s"}},
		{"profile", seededStore, []string{"p"}},
		{"workspace", seededStore, []string{"enter"}},
		{"step1-basics", richStore, []string{"enter", "1"}},
		{"step2-promises", richStore, []string{"enter", "2"}},
		{"step2-confirm-delete", richStore, []string{"enter", "2", "d"}},
		{"step3-interviews", richStore, []string{"enter", "3"}},
		{"step4-contract-flow", richStore, []string{"enter", "4"}},
		{"step5-fit", richStore, []string{"enter", "5"}},
		{"step6-make-or-buy", richStore, []string{"enter", "6"}},
		{"step7-verdict", richStore, []string{"enter", "7"}},
		{"promise-form", richStore, []string{"enter", "2", "e"}},
		{"interview-form", richStore, []string{"enter", "3", "e"}},
		{"interview-form-notes", richStore, []string{"enter", "3", "e", "G", "shift+tab"}},
		{"evidence-form", richStore, []string{"enter", "4", "n"}},
		{"help", seededStore, []string{"?"}},
		{"v2-step1-basics", v2Store, []string{"enter", "1"}},
		{"v2-step6-make-or-buy", v2Store, []string{"enter", "6"}},
		{"v2-step6-scrolled", v2Store, []string{"enter", "6", "pgdown"}},
		{"v2-step6-fragile", fragileStore, []string{"enter", "6", "pgdown"}},
		{"v2-step7-verdict", v2Store, []string{"enter", "7"}},
		{"v2-step7-scrolled", v2Store, []string{"enter", "7", "pgdown"}},
		{"v2-network-form-fees", v2Store, append([]string{"e"}, repeat("tab", 8)...)},
		{"v2-profile-margin", v2Store, append([]string{"p"}, repeat("tab", 12)...)},
		{"v2-profile-weights", v2Store, append([]string{"p"}, repeat("tab", 16)...)},
		{"v2-compare-weights", twinStore, []string{"v", "w", "j", "j", "+"}},
		{"v2-compare-fragile", fragileStore, []string{"v"}},
	}
	for _, sc := range screens {
		for _, size := range [][2]int{{80, 24}, {120, 40}} {
			for _, theme := range []string{"dark", "light"} {
				t.Run(fmt.Sprintf("%s/%dx%d/%s", sc.name, size[0], size[1], theme), func(t *testing.T) {
					d := newDriver(t, sc.store(), size[0], size[1])
					if theme == "light" {
						d.send(tea.BackgroundColorMsg{Color: lightBackground{}})
					}
					d.press(sc.keys...)
					// The status line clears itself after a few seconds;
					// goldens show the steady state.
					d.send(clearStatusMsg{seq: d.app.statusSeq})
					golden.RequireEqual(t, d.app.View().Content)
				})
			}
		}
	}
}

// repeat is n times key.
func repeat(key string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = key
	}
	return out
}
