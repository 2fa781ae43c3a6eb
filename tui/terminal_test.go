package tui

// Terminals that misbehave: far too small, resized many times in a row, or
// never answering the question about their background colour. The real
// terminal's side of the first two is in cmd/netvet's
// TestE2ETerminalEdgeCases.

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"
)

func TestTinyTerminalsSayTheyAreTooSmall(t *testing.T) {
	for _, tc := range []struct {
		rule string
		w, h int
		// want is what must show, in order, on the joined lines.
		want []string
	}{
		{"20×5 says so in the lines it has", 20, 5, []string{"terminal is too", "small", "needs at"}},
		{"one column short of the minimum", minWidth - 1, 30, []string{titleTooSmall, "this one is 59×30"}},
		{"one row short of the minimum", 100, minHeight - 1, []string{titleTooSmall, "this one is 100×15"}},
		{"very wide and three rows", 200, 3, []string{titleTooSmall}},
		{"one cell", 1, 1, []string{"T"}},
	} {
		t.Run(tc.rule, func(t *testing.T) {
			d := newDriver(t, seededStore(), tc.w, tc.h)
			d.press("j", "enter", "?")
			checkFrame(t, d, tc.w, tc.h, "too small")
			joined := strings.Join(strings.Fields(d.screen()), " ")
			at := 0
			for _, w := range tc.want {
				i := strings.Index(joined[at:], w)
				if i < 0 {
					t.Fatalf("the screen lacks %q (in order):\n%s", w, d.screen())
				}
				at += i + len(w)
			}
			if d.quit || !d.app.frame.tooSmall {
				t.Fatalf("quit %v, too small %v", d.quit, d.app.frame.tooSmall)
			}
			// Keys other than quit do nothing meanwhile; at a usable size
			// the list is back, on the same network.
			d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
			if d.app.top() != screenHome {
				t.Fatalf("after growing, screen %d, want the list", d.app.top())
			}
			d.mustSee("▸ Circle of Experts")
		})
	}
}

func TestZeroSizedTerminalDrawsNothing(t *testing.T) {
	d := newDriver(t, seededStore(), 0, 0)
	if got := d.app.View().Content; got != "" {
		t.Fatalf("a 0×0 terminal got %q", got)
	}
}

// TestResizeStormEndsInTheRightFrame resizes the terminal 300 times to
// random sizes, tiny and huge, on every screen, and then to 100×30: the
// frame must be exactly what a program that only ever knew 100×30 draws.
func TestResizeStormEndsInTheRightFrame(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	for _, sc := range []struct {
		name string
		keys []string
	}{
		{"list", nil},
		{"workspace", []string{"enter", "3"}},
		{"interview form", []string{"enter", "3", "n"}},
		{"notes", []string{"i", "/", "b", "e", "c", "k", "e", "r", "enter"}},
		{"comparison", []string{"v"}},
		{"help", []string{"?"}},
	} {
		t.Run(sc.name, func(t *testing.T) {
			calm := newDriver(t, notesStore(), 100, 30)
			calm.press(sc.keys...)
			stormy := newDriver(t, notesStore(), 100, 30)
			stormy.press(sc.keys...)
			for range 300 {
				stormy.send(tea.WindowSizeMsg{Width: rng.IntN(260), Height: rng.IntN(90)})
			}
			stormy.send(tea.WindowSizeMsg{Width: 100, Height: 30})
			if stormy.app.top() == screenNotes {
				renderPreview(stormy)
				renderPreview(calm)
			}
			want, got := calm.app.View().Content, stormy.app.View().Content
			if got != want {
				t.Fatalf("after the storm the frame differs.\nwant:\n%s\ngot:\n%s", ansi.Strip(want), ansi.Strip(got))
			}
			checkFrame(t, stormy, 100, 30, "after the storm")
		})
	}
}

// TestSilentTerminalKeepsTheDefaultTheme: a terminal that never answers
// the background colour query leaves the theme netvet was started with,
// and every screen draws all the same.
func TestSilentTerminalKeepsTheDefaultTheme(t *testing.T) {
	for _, dark := range []bool{true, false} {
		d := &driver{t: t, st: notesStore()}
		d.app = New(d.st, Options{Now: func() time.Time { return testNow }, Dark: dark})
		d.send(tea.WindowSizeMsg{Width: 100, Height: 30})
		// Init asks for the background colour; the answer never comes.
		d.run(d.app.Init())
		want := NewStyles(dark)
		if d.app.c.styles.IsDark != dark || d.app.c.styles.Palette != want.Palette {
			t.Fatalf("dark=%v: the theme changed to dark=%v without an answer", dark, d.app.c.styles.IsDark)
		}
		for _, keys := range [][]string{nil, {"enter"}, {"esc", "i"}, {"esc", "v"}} {
			d.press(keys...)
			checkFrame(t, d, 100, 30, "silent terminal")
			if strings.TrimSpace(d.screen()) == "" || !strings.Contains(d.screen(), appName) {
				t.Fatalf("dark=%v after %v: nothing drawn:\n%s", dark, keys, d.screen())
			}
		}
	}
}

// TestSilentTerminalWholeProgram runs the real program against an output
// that is no terminal and never answers: it must draw the list with the
// default theme and quit on q, not wait for an answer.
func TestSilentTerminalWholeProgram(t *testing.T) {
	tm := teatest.NewTestModel(t, New(seededStore(), Options{Now: func() time.Time { return testNow }, Dark: false}),
		teatest.WithInitialTermSize(100, 30),
		teatest.WithProgramOptions(
			tea.WithColorProfile(colorprofile.ASCII),
			tea.WithEnvironment([]string{"TERM=xterm-256color"}),
		),
	)
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("Circle of Experts")) },
		teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
	tm.Type("q")
	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(App)
	if final.c.styles.IsDark {
		t.Fatal("the theme turned dark without an answer from the terminal")
	}
	if final.top() != screenHome {
		t.Fatalf("ended on screen %d", final.top())
	}
}
