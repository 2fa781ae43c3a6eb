package tui

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"

	"netvet/model"
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

// benchOpenNotes presses i, delivers the message it sends and the index
// its command builds.
func benchOpenNotes(b *testing.B, a App) App {
	b.Helper()
	m, cmd := a.Update(keyMsg("i"))
	a = m.(App)
	if cmd == nil {
		b.Fatal("i sent nothing")
	}
	m, cmd = a.Update(cmd())
	a = m.(App)
	if a.top() != screenNotes || cmd == nil {
		b.Fatal("the notes did not open")
	}
	a = benchStep(a, cmd())
	if !a.notes.open() {
		b.Fatal("the notes were not indexed")
	}
	return a
}

// BenchmarkNotesOpen measures opening the screen on every interview in
// its three parts: "key" is what the event loop does for i (the screen
// opens, saying it indexes); "index" is the command that builds the search
// index off the event loop (folding 12 MB, sorting); "ready" is the event
// loop taking the index: the list, the first preview, the View.
func BenchmarkNotesOpen(b *testing.B) {
	a := benchApp(b, 120, 40)
	b.Run("key", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			m, cmd := a.Update(keyMsg("i"))
			m, _ = m.Update(cmd())
			_ = m.View()
		}
	})
	b.Run("index", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = newSearchIndex(a.c.data.nets, "")
		}
	})
	m, cmd := a.Update(keyMsg("i"))
	indexing, build := m.Update(cmd())
	built := build()
	b.Run("ready", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			m, _ := indexing.Update(built)
			_ = m.View()
		}
	})
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
//     the slowest kind of scan, which runs in a command: the key press
//     only starts it, and common/result is the rest until the matches are
//     on the screen (the scan, then Update and View);
//   - rare: "überrasch" + "e", a scan of the matches so far;
//   - backspace: "müll" − "l", answered from the recent queries.
func BenchmarkNotesSearchKeystroke(b *testing.B) {
	open := benchOpenNotes(b, benchApp(b, 120, 40))
	open = benchStep(open, keyMsg("/"))
	typed := func(s string) App {
		a := open
		for _, r := range s {
			m, cmd := a.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
			a = m.(App)
			if done, ok := searchResult(cmd); ok {
				a = benchStep(a, done)
			}
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
		{"rare", typed("überrasch"), keyMsg("e"), true},
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
		m, cmd := c.start.Update(c.key)
		if _, ok := searchResult(cmd); !ok {
			continue
		}
		b.Run(c.name+"/result", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				done, _ := searchResult(cmd)
				a := benchStep(m.(App), done)
				_ = a.View()
			}
		})
	}
}

// searchResult runs the commands in cmd and returns the search result one
// of them sends, if any; commands that do not answer at once (the cursor's
// blink) are left.
func searchResult(cmd tea.Cmd) (searchDoneMsg, bool) {
	if cmd == nil {
		return searchDoneMsg{}, false
	}
	ch := make(chan tea.Msg, 1)
	go func() { ch <- cmd() }()
	select {
	case msg := <-ch:
		switch msg := msg.(type) {
		case searchDoneMsg:
			return msg, true
		case tea.BatchMsg:
			for _, c := range msg {
				if done, ok := searchResult(c); ok {
					return done, true
				}
			}
		}
	case <-time.After(time.Second):
	}
	return searchDoneMsg{}, false
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

// Key press latency on every screen of the large data set. Each
// sub-benchmark presses a fixed sequence of keys over and over; one
// operation is one key press: Update, the messages its command sends at
// once (a navigation), and the View that follows, as the event loop does
// them. Besides the mean (ns/op) it reports the 50th and 99th percentile
// and the slowest press, in microseconds; the target is a 99th percentile
// under 5 ms.
//
//	go test ./tui -run '^$' -bench KeyPress -benchmem

// keyTiming runs one key press and returns the App after it and how long
// the event loop spent on it.
func keyTiming(a App, k tea.KeyPressMsg) (App, time.Duration) {
	start := time.Now()
	m, cmd := a.Update(k)
	a = m.(App)
	spent := time.Since(start)
	a, more := deliverNow(a, cmd)
	start = time.Now()
	_ = a.View()
	return a, spent + more + time.Since(start)
}

// deliverNow runs cmd and applies the messages it sends at once (within a
// millisecond, outside the timing), timing only their Update; timers and
// other slow commands are dropped, as they would arrive later, each as an
// event of its own.
func deliverNow(a App, cmd tea.Cmd) (App, time.Duration) {
	if cmd == nil {
		return a, 0
	}
	ch := make(chan tea.Msg, 1)
	go func() { ch <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-ch:
	case <-time.After(time.Millisecond):
		return a, 0
	}
	var spent time.Duration
	switch msg := msg.(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range msg {
			var d time.Duration
			a, d = deliverNow(a, c)
			spent += d
		}
	default:
		start := time.Now()
		m, next := a.Update(msg)
		a = m.(App)
		spent = time.Since(start)
		var d time.Duration
		a, d = deliverNow(a, next)
		spent += d
	}
	return a, spent
}

// keys turns key names (see keyMsg) into key presses, n times each.
func keys(n int, names ...string) []tea.KeyPressMsg {
	var out []tea.KeyPressMsg
	for _, k := range names {
		for range n {
			out = append(out, keyMsg(k))
		}
	}
	return out
}

// reportKeys presses seq over and over, one press per operation, and
// reports the percentiles of the presses.
func reportKeys(b *testing.B, a App, seq []tea.KeyPressMsg) {
	b.Helper()
	var times []time.Duration
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		var d time.Duration
		a, d = keyTiming(a, seq[i%len(seq)])
		times = append(times, d)
	}
	b.StopTimer()
	slices.Sort(times)
	at := func(p int) float64 {
		return float64(times[max(0, (len(times)*p+99)/100-1)].Nanoseconds()) / 1e3
	}
	b.ReportMetric(at(50), "p50-µs")
	b.ReportMetric(at(99), "p99-µs")
	b.ReportMetric(at(100), "max-µs")
}

// busiest is the id of the network with the most interviews.
func busiest(a App) string {
	best := a.c.data.nets[0]
	for _, n := range a.c.data.nets {
		if len(n.Interviews) > len(best.Interviews) {
			best = n
		}
	}
	return best.ID
}

// benchWorkspace opens the workspace of network id.
func benchWorkspace(b *testing.B, a App, id string) App {
	b.Helper()
	a = benchStep(a, openNetworkMsg{id: id})
	if a.top() != screenWorkspace {
		b.Fatal("the workspace did not open")
	}
	return a
}

// BenchmarkKeyPress measures key presses on each screen: moving in every
// list (the home list, the list of each workspace step, the comparison,
// the interview notes), switching steps, typing into the home filter and
// the notes search, and the keys that open and close screens.
func BenchmarkKeyPress(b *testing.B) {
	for _, size := range []struct {
		name string
		w, h int
	}{{"80x24", 80, 24}, {"120x40", 120, 40}} {
		base := benchApp(b, size.w, size.h)
		id := busiest(base)
		ws := benchWorkspace(b, base, id)
		var steps []tea.KeyPressMsg
		for s := range model.NumSteps {
			steps = append(steps, keyMsg(fmt.Sprint(s+1)))
			steps = append(steps, keys(15, "j")...)
			steps = append(steps, keys(15, "k")...)
		}
		notes := benchOpenNotes(b, base)
		cases := []struct {
			name  string
			start App
			seq   []tea.KeyPressMsg
		}{
			{"home-move", base, append(keys(1, "G", "g", "pgdown", "pgup"), keys(sample.LargeNetworks, "j", "k")...)},
			{"home-filter", base, append(keys(1, "/", "k", "r", "e", "i", "s"), keys(5, "backspace")...)},
			{"open-workspace", base, keys(1, "enter", "esc")},
			{"workspace-steps", ws, append(keys(7, "tab"), keys(7, "shift+tab")...)},
			{"workspace-lists", ws, steps},
			{"open-compare", base, keys(1, "v", "esc")},
			{"compare-move", benchStep(base, openCompareMsg{}), append(keys(20, "l", "h"), keys(10, "j", "k")...)},
			{"notes-move", notes, append(keys(100, "j", "k"), keys(20, "J", "K")...)},
			{"notes-search", benchStep(notes, keyMsg("/")), append(keys(1, "v", "e", "r", "t", "r", "a", "g"), keys(7, "backspace")...)},
		}
		for _, c := range cases {
			b.Run(size.name+"/"+c.name, func(b *testing.B) { reportKeys(b, c.start, c.seq) })
		}
	}
}

// listItem is one interview of the notes list as an item of the stock
// Bubbles list: the same text netvet's row shows.
type listItem struct{ title, filter string }

func (i listItem) Title() string       { return i.title }
func (i listItem) Description() string { return "" }
func (i listItem) FilterValue() string { return i.filter }

// BenchmarkInterviewList compares netvet's own interview list (the notes
// screen's, 6,000 rows) with the stock Bubbles list holding the same rows,
// both 40 rows high and as wide as the list beside the preview at 120×40.
// One operation moves the selection one row (down, then up at the ends)
// and draws the list. netvet draws only the rows that show; the Bubbles
// list pages through its items. Both are given one line per item, no
// title, filter, status bar or help.
func BenchmarkInterviewList(b *testing.B) {
	a := benchOpenNotes(b, benchApp(b, 120, 40))
	s := a.notes
	n := len(s.visible)
	b.Run("netvet", func(b *testing.B) {
		b.ReportAllocs()
		dir := 1
		for b.Loop() {
			if s.cursor+dir < 0 || s.cursor+dir >= n {
				dir = -dir
			}
			s.cursor += dir
			s.fillSnippets()
			_ = s.listLines()
		}
	})
	cols := notesListColumns(s.geom.listW, false)
	items := make([]list.Item, n)
	for pos, i := range s.visible {
		e := s.ix.entries[i]
		items[pos] = listItem{
			title:  s.rowText(cols, e.network, e.member, e.date.String(), flag(e.similar), e.rec, "", ""),
			filter: e.member,
		}
	}
	d := list.NewDefaultDelegate()
	d.ShowDescription = false
	d.SetSpacing(0)
	l := list.New(items, d, s.geom.listW, s.geom.listRows+1)
	l.SetShowTitle(false)
	l.SetShowFilter(false)
	l.SetShowStatusBar(false)
	l.SetShowHelp(false)
	l.SetFilteringEnabled(false)
	b.Run("bubbles", func(b *testing.B) {
		b.ReportAllocs()
		dir := 1
		for b.Loop() {
			if i := l.Index() + dir; i < 0 || i >= n {
				dir = -dir
			}
			if dir > 0 {
				l.CursorDown()
			} else {
				l.CursorUp()
			}
			_ = l.View()
		}
	})
}

// BenchmarkSearchVsGrep compares netvet's full-text search over every
// interview with grep over the same notes written to files, one file per
// interview, in the same run: "netvet" is the search of the notes screen
// (a scan of the folded index, without drawing), "grep-l" runs
// `grep -ril TERM DIR` (the files that match, like netvet's result),
// "grep" runs `grep -ri TERM DIR` (every matching line). grep runs with
// LC_ALL=C.UTF-8 so that -i folds umlauts as netvet does. netvet's
// haystack also holds the member, business, red flags and answer
// comments, so it searches somewhat more text than grep. The terms: a
// word in few interviews, a word with an umlaut, a word in most of them,
// and a string of common letters found nowhere, the slowest kind of scan.
func BenchmarkSearchVsGrep(b *testing.B) {
	grep, err := exec.LookPath("grep")
	if err != nil {
		b.Fatalf("grep is not installed: %v", err)
	}
	_, nets := sample.Large()
	dir := b.TempDir()
	for _, n := range nets {
		for _, iv := range n.Interviews {
			if err := os.WriteFile(filepath.Join(dir, iv.ID+".md"), []byte(iv.Notes), 0o600); err != nil {
				b.Fatal(err)
			}
		}
	}
	ix := newSearchIndex(nets, "")
	for _, term := range []string{"eindruck", "überraschend", "breakfast", "ttee"} {
		b.Run(term+"/netvet", func(b *testing.B) {
			terms := searchTerms(term)
			var found int
			b.ReportAllocs()
			for b.Loop() {
				clear(ix.recent)
				found = len(ix.search(terms, nil))
			}
			b.ReportMetric(float64(found), "interviews")
		})
		for _, mode := range []struct{ name, flags string }{{"grep-l", "-ril"}, {"grep", "-ri"}} {
			b.Run(term+"/"+mode.name, func(b *testing.B) {
				var out []byte
				for b.Loop() {
					cmd := exec.Command(grep, mode.flags, term, dir)
					cmd.Env = append(os.Environ(), "LC_ALL=C.UTF-8")
					out, err = cmd.Output()
					// Status 1 is "nothing found".
					if ee, ok := err.(*exec.ExitError); err != nil && (!ok || ee.ExitCode() != 1) {
						b.Fatalf("grep: %v", err)
					}
				}
				b.ReportMetric(float64(bytes.Count(out, []byte("\n"))), "lines")
			})
		}
	}
}

// BenchmarkSaveApplied measures the event loop's part of a saved edit:
// the store has written the interview (in a command, off the loop) and
// the result arrives; the data, the home row, the verdict, the open
// workspace and the View are brought up to date.
func BenchmarkSaveApplied(b *testing.B) {
	a := benchApp(b, 120, 40)
	id := busiest(a)
	a = benchWorkspace(b, a, id)
	n, _ := a.c.data.network(id)
	iv := n.Interviews[0]
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		iv.ContractsCount = i % 3
		saved := iv
		m, _ := a.Update(itemSavedMsg{netID: id, apply: func(n *model.Network) { n.PutInterview(saved) }, status: statusSaved})
		a = m.(App)
		_ = a.View()
	}
}

// BenchmarkCompareOpenAfterChange measures v when the data changed since
// the comparison was last open, so its table is built anew (the key press
// cases reopen it unchanged, which keeps the table): Update, the message
// v sends, the View.
func BenchmarkCompareOpenAfterChange(b *testing.B) {
	a := benchApp(b, 120, 40)
	b.ReportAllocs()
	for b.Loop() {
		a.c.data.version++
		a = benchStep(a, openCompareMsg{})
		_ = a.View()
		a = benchStep(a, backMsg{})
	}
}

// BenchmarkCompareWeightChange measures a weight changed in the
// comparison's weights panel on the large data set: one operation is one
// press of + or - (or of j to the next weight), its Update, the re-scoring
// of all 200 networks and the ranking it sends, the profile's write to the
// fake store and its result, and the View — as the event loop does them.
// The target is a 99th percentile under 5 ms.
//
//	go test ./tui -run '^$' -bench CompareWeightChange -benchmem
func BenchmarkCompareWeightChange(b *testing.B) {
	for _, size := range []struct {
		name string
		w, h int
	}{{"80x24", 80, 24}, {"120x40", 120, 40}} {
		a := benchStep(benchApp(b, size.w, size.h), openCompareMsg{})
		a = benchStep(a, keyMsg("w"))
		if !a.compare.weighting {
			b.Fatal("the weights panel did not open")
		}
		// Up and down again on each weight, then the next weight.
		var seq []tea.KeyPressMsg
		for range model.ScoreKeys() {
			seq = append(seq, keys(1, "+", "+", "-", "-", "j")...)
		}
		b.Run(size.name, func(b *testing.B) { reportKeys(b, a, seq) })
	}
}
