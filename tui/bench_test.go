package tui

import (
	"fmt"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"netvet/model/sample"
)

// Benchmarks of the interview notes screen on the large sample data set
// (200 networks, 6,000 interviews, about 12 MB of notes), each measuring
// what one key press costs the event loop: Update and the View that
// follows. Rendering Markdown happens in a command, off the event loop;
// the preview rendering benchmark measures it separately.
//
//	go test ./tui -run '^$' -bench Notes -benchmem

// benchApp is the root model with the large data set loaded, at w × h.
func benchApp(b *testing.B, w, h int) App {
	b.Helper()
	p, nets := sample.Large()
	st := newFakeStore()
	st.profile, st.hasProfile, st.nets = p, true, nets
	a := New(st, Options{Now: func() time.Time { return testNow }, Dark: true})
	a = benchStep(a, tea.WindowSizeMsg{Width: w, Height: h})
	return benchStep(a, loadedMsg{profile: p, hasProfile: true, nets: nets})
}

// benchStep applies one message and drops the command: in the program it
// would run on another goroutine.
func benchStep(a App, msg tea.Msg) App {
	m, _ := a.Update(msg)
	return m.(App)
}

// benchOpenNotes presses i and delivers the message it sends.
func benchOpenNotes(b *testing.B, a App) App {
	b.Helper()
	m, cmd := a.Update(keyMsg("i"))
	a = m.(App)
	if cmd == nil {
		b.Fatal("i sent nothing")
	}
	a = benchStep(a, cmd())
	if a.active != screenNotes {
		b.Fatal("the notes did not open")
	}
	return a
}

// BenchmarkNotesOpen measures opening the screen on every interview:
// building the search index (folding 12 MB), sorting, the first View.
func BenchmarkNotesOpen(b *testing.B) {
	a := benchApp(b, 120, 40)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		o := benchOpenNotes(b, a)
		_ = o.View()
	}
}

// BenchmarkNotesMoveSelection measures j and k through the list: each press
// moves the selection to an interview whose preview is not rendered yet.
func BenchmarkNotesMoveSelection(b *testing.B) {
	for _, size := range []struct {
		name string
		w, h int
	}{{"80x24", 80, 24}, {"120x40", 120, 40}} {
		b.Run(size.name, func(b *testing.B) {
			a := benchOpenNotes(b, benchApp(b, size.w, size.h))
			down, up := keyMsg("j"), keyMsg("k")
			b.ReportAllocs()
			b.ResetTimer()
			for i := range b.N {
				k := down
				if (i/1000)%2 == 1 {
					k = up
				}
				a = benchStep(a, k)
				_ = a.View()
			}
		})
	}
}

// BenchmarkNotesSearchKeystroke measures one key typed into the search.
// Every case but "backspace" searches afresh (the memory of recent queries
// is emptied first):
//
//   - first: "m", a scan of all 6,000 haystacks that stops early in each;
//   - umlaut: "mü" + "l", a scan of the matches of "mü" (nearly all);
//   - common: "tte" + "e", a term of common letters found almost nowhere,
//     the slowest kind of scan;
//   - rare: "zahnarz" + "t", a scan of few matches;
//   - backspace: "müll" − "l", answered from the recent queries.
func BenchmarkNotesSearchKeystroke(b *testing.B) {
	open := benchOpenNotes(b, benchApp(b, 120, 40))
	open = benchStep(open, keyMsg("/"))
	typed := func(s string) App {
		a := open
		for _, r := range s {
			a = benchStep(a, tea.KeyPressMsg{Code: r, Text: string(r)})
		}
		return a
	}
	for _, c := range []struct {
		name  string
		start App
		key   tea.KeyPressMsg
		fresh bool
	}{
		{"first", open, keyMsg("m"), true},
		{"umlaut", typed("mü"), keyMsg("l"), true},
		{"common", typed("tte"), keyMsg("e"), true},
		{"rare", typed("zahnarz"), keyMsg("t"), true},
		{"backspace", typed("müll"), keyMsg("backspace"), false},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				if c.fresh {
					clear(c.start.notes.ix.recent)
				}
				a := benchStep(c.start, c.key)
				_ = a.View()
			}
		})
	}
}

// BenchmarkNotesPreviewRender measures what the render command does off
// the event loop: glamour on notes of about 2, 8 and 32 KB of the sample
// (the median note is about 1.4 KB, the longest about 31 KB).
func BenchmarkNotesPreviewRender(b *testing.B) {
	_, nets := sample.Large()
	for _, size := range []int{2 << 10, 8 << 10, 32 << 10} {
		notes := ""
		for _, n := range nets {
			for _, iv := range n.Interviews {
				if abs(len(iv.Notes)-size) < abs(len(notes)-size) {
					notes = iv.Notes
				}
			}
		}
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(notes)))
			b.ReportAllocs()
			for range b.N {
				_ = renderMarkdown(notes, 63, true)
			}
		})
	}
}

func abs(i int) int { return max(i, -i) }
