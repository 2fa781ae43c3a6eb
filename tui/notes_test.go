package tui

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"netvet/model"
)

// notesStore is richStore with Markdown notes and a second network with
// interviews of its own.
func notesStore() *fakeStore {
	st := richStore()
	st.nets[0].Interviews[0].Notes = "# Call with Jana\n\nShe got **two contracts** through the chapter, both from Herr Müller's firm.\n\n- Mentoring: monthly, reliable\n- Workshops: *good*, a bit long\n\n> Go as a guest first.\n\nMore at [their site](https://circle.example/members)."
	st.nets[0].Interviews[1].Notes = "Short call. Becker was careful; the **network office** listened in."
	rec := 6
	st.nets[1].Promises = []model.Promise{{ID: "p1", Category: model.CategoryMentoring, Text: "Hot seat every month", Source: model.SourceContract, MustHave: true}}
	st.nets[1].Interviews = []model.Interview{
		{ID: "i1", Member: "Sabine MÜLLER", Business: "Finanzcoaching", MemberSince: 2020, Date: model.NewDate(2026, 10, 20), Channel: model.ChannelCall, SimilarToMe: true,
			Answers:        []model.Answer{{PromiseID: "p1", Answer: model.AnswerYes, Comment: "The hot seat is the best part."}},
			WouldJoinAgain: model.JoinAgainYes, Recommendation: &rec,
			Notes: "## Gespräch\n\nDie Gruppe ist klein und verlässlich. Größter Vorteil: ehrliches Feedback.\n\n1. Retreats sind teuer\n2. Der Gastgeber ist sehr präsent"},
		{ID: "i2", Member: "Lars Vogel", Business: "Fotostudio", Date: model.NewDate(2026, 11, 20), Channel: model.ChannelEvent, IntroducedByNetwork: true,
			RedFlags: "Pressure to sign the same day.", Notes: "Met him at the summer party."},
	}
	return st
}

// openNotes starts the app on st at w × h and opens the notes from home.
func openNotes(t *testing.T, st *fakeStore, w, h int) *driver {
	t.Helper()
	d := newDriver(t, st, w, h)
	d.press("i")
	if d.app.top() != screenNotes {
		t.Fatal("the notes did not open")
	}
	return d
}

// listed is the member column of the notes list, top to bottom.
func listed(d *driver) []string {
	var out []string
	for _, i := range d.app.notes.visible {
		out = append(out, d.app.notes.ix.entries[i].member)
	}
	return out
}

// previewText is the whole preview without styling, scrolled or not.
func previewText(d *driver) string {
	return ansi.Strip(strings.Join(d.app.notes.pv.lines, "\n"))
}

func selectedMember(d *driver) string {
	e, _ := d.app.notes.selected()
	return e.member
}

func TestNotesLayout(t *testing.T) {
	for _, tc := range []struct {
		rule string
		w, h int
		zoom bool
		want notesGeom
	}{
		{"80×24 stacks the preview under the list", 80, 20, false, notesGeom{listW: 80, listRows: 5, previewW: 80, previewH: 11}},
		{"the smallest terminal still has a preview", 60, 12, false, notesGeom{listW: 60, listRows: 3, previewW: 60, previewH: 5}},
		{"119 columns still stack", 119, 36, false, notesGeom{listW: 119, listRows: 10, previewW: 119, previewH: 22}},
		{"120 columns put the preview beside the list", 120, 36, false, notesGeom{side: true, listW: 54, listRows: 33, previewW: 63, previewH: 33}},
		{"the list beside the preview has a maximum width", 200, 50, false, notesGeom{side: true, listW: 72, listRows: 47, previewW: 125, previewH: 47}},
		{"zoom gives the preview everything", 80, 20, true, notesGeom{previewW: 80, previewH: 17}},
	} {
		t.Run(tc.rule, func(t *testing.T) {
			g := notesLayout(tc.w, tc.h, tc.zoom)
			if g != tc.want {
				t.Fatalf("got %+v, want %+v", g, tc.want)
			}
			// Title, list with header, rule, preview and bottom line fill
			// the body exactly.
			used := 2 + 1 + g.previewH
			if !g.side && g.listRows > 0 {
				used += g.listRows + 1
			}
			if used != tc.h {
				t.Fatalf("the parts take %d lines of %d", used, tc.h)
			}
		})
	}
}

func TestNotesListColumns(t *testing.T) {
	for _, tc := range []struct {
		rule      string
		width     int
		searching bool
		want      notesColumns
	}{
		{"full width without a search", 80, false, notesColumns{network: 22, member: 30}},
		{"a search at 80 columns adds the found column", 80, true, notesColumns{network: 16, member: 18, found: 22}},
		{"too narrow for the found column", 54, true, notesColumns{network: 12, member: 19}},
	} {
		t.Run(tc.rule, func(t *testing.T) {
			got := notesListColumns(tc.width, tc.searching)
			if got != tc.want {
				t.Fatalf("got %+v, want %+v", got, tc.want)
			}
			used := markerWidth + got.network + got.member + notesColDate + notesColSimilar + notesColRec + 4
			if got.found > 0 {
				used += got.found + 1
			}
			if used > tc.width {
				t.Fatalf("columns take %d of %d cells", used, tc.width)
			}
		})
	}
}

func TestNotesOpenAndReturn(t *testing.T) {
	t.Run("from home: every interview, newest first; esc returns home", func(t *testing.T) {
		d := openNotes(t, notesStore(), 100, 30)
		want := []string{"Lars Vogel", "Tom Becker", "Jana Köhler", "Sabine MÜLLER"}
		if got := listed(d); strings.Join(got, ",") != strings.Join(want, ",") {
			t.Fatalf("list %v, want %v", got, want)
		}
		d.mustSee(titleNotes, "(4)", "Lars Vogel — Fotostudio")
		d.press("esc")
		if d.app.top() != screenHome {
			t.Fatalf("esc went to screen %d", d.app.top())
		}
	})
	t.Run("from a workspace: that network's interviews; esc returns there", func(t *testing.T) {
		d := openWorkspace(t, notesStore(), 100, 30, "2")
		d.press("i")
		if d.app.top() != screenNotes {
			t.Fatal("i did not open the notes")
		}
		if got := listed(d); strings.Join(got, ",") != "Tom Becker,Jana Köhler" {
			t.Fatalf("list %v", got)
		}
		d.mustSee(fmt.Sprintf(titleNotesScoped, "Circle of Experts"))
		d.press("f")
		if len(d.app.notes.visible) != 2 {
			t.Fatal("f changed the network of a scoped list")
		}
		d.press("esc")
		if d.app.top() != screenWorkspace || d.app.workspace.step != model.StepPromises {
			t.Fatalf("esc went to screen %d step %d", d.app.top(), d.app.workspace.step)
		}
	})
	t.Run("i in a text field types an i", func(t *testing.T) {
		d := newDriver(t, notesStore(), 100, 30)
		d.press("/", "i")
		if d.app.top() != screenHome || d.app.home.filter.Text() != "i" {
			t.Fatalf("screen %d, filter %q", d.app.top(), d.app.home.filter.Text())
		}
	})
	t.Run("the help lists the key", func(t *testing.T) {
		d := newDriver(t, notesStore(), 100, 30)
		d.press("?")
		d.mustSee("i", helpNotes)
	})
}

func TestNotesFilters(t *testing.T) {
	d := openNotes(t, notesStore(), 100, 30)
	steps := []struct {
		key  string
		want string
		line string
	}{
		{"f", "Tom Becker,Jana Köhler", "network: Circle of Experts"},
		{"f", "Lars Vogel,Sabine MÜLLER", "network: Mastermind Nord"},
		{"f", "Lars Vogel,Tom Becker,Jana Köhler,Sabine MÜLLER", "network: all"},
		{"F", "Lars Vogel,Sabine MÜLLER", "network: Mastermind Nord"},
		{"F", "Tom Becker,Jana Köhler", "network: Circle of Experts"},
		{"F", "Lars Vogel,Tom Becker,Jana Köhler,Sabine MÜLLER", "network: all"},
		{"s", "Jana Köhler,Sabine MÜLLER", "≈ me: only"},
		{"s", "Lars Vogel,Tom Becker", "≈ me: no"},
		{"s", "Lars Vogel,Tom Becker,Jana Köhler,Sabine MÜLLER", "≈ me: any"},
		{"r", "Lars Vogel,Tom Becker", "picked: only"},
		{"s", "", "≈ me: only"},
		{"s", "Lars Vogel,Tom Becker", "≈ me: no"},
		{"r", "", "picked: no"},
		{"r", "Lars Vogel,Tom Becker", "picked: any"},
	}
	for _, s := range steps {
		d.press(s.key)
		if got := strings.Join(listed(d), ","); got != s.want {
			t.Fatalf("after %s: list %q, want %q", s.key, got, s.want)
		}
		d.mustSee(s.line)
	}
	d.mustSee("(2 of 4)")
	d.press("s")
	d.mustSee("(4)")
	d.press("r", "s")
	d.mustSee(notesNoFilter)
	if _, ok := d.app.notes.selected(); ok {
		t.Fatal("an empty list has a selection")
	}
	d.mustSee(notesNoSelection)
}

func TestNotesSelectionSurvivesFilters(t *testing.T) {
	d := openNotes(t, notesStore(), 100, 30)
	d.press("j", "j")
	if selectedMember(d) != "Jana Köhler" {
		t.Fatalf("selected %q", selectedMember(d))
	}
	d.press("s")
	if selectedMember(d) != "Jana Köhler" {
		t.Fatalf("a filter that keeps the selection moved it to %q", selectedMember(d))
	}
	d.press("s")
	if selectedMember(d) != "Lars Vogel" {
		t.Fatalf("a filter that hides the selection left %q selected", selectedMember(d))
	}
}

// TestNotesFindByWordInNotes is what the end-to-end test does through a
// terminal: i, /, a word from one interview's notes; the list shows that
// interview alone and the preview the word, highlighted.
func TestNotesFindByWordInNotes(t *testing.T) {
	d := openNotes(t, notesStore(), 80, 24)
	d.press("/")
	d.typeText("verläss")
	if got := listed(d); len(got) != 1 || got[0] != "Sabine MÜLLER" {
		t.Fatalf("list %v", got)
	}
	d.mustSee("(1 of 4)", "verlässlich", "1 found")
	current := d.app.c.styles.CurrentMatch.Render("verläss")
	if !strings.Contains(d.app.View().Content, current) {
		t.Fatal("the word is not highlighted in the preview")
	}
	if !d.app.notes.pv.rendered {
		t.Fatal("the preview shows the unrendered notes")
	}
}

func TestNotesSearch(t *testing.T) {
	d := openNotes(t, notesStore(), 100, 30)
	d.press("/")
	if !d.app.current().Typing() {
		t.Fatal("the search field does not have the keyboard")
	}
	d.typeText("m")
	if got := len(listed(d)); got != 4 {
		t.Fatalf("m matches %d", got)
	}
	d.typeText("üller")
	if got := strings.Join(listed(d), ","); got != "Jana Köhler,Sabine MÜLLER" {
		t.Fatalf("müller lists %q", got)
	}
	// Matches are marked in the list (the member column) as you type.
	if !strings.Contains(d.app.View().Content, d.app.c.styles.Match.Render("MÜLLER")) {
		t.Fatal("the member's name is not highlighted in the list")
	}
	d.press("q", "backspace")
	if d.app.top() != screenNotes {
		t.Fatal("q quit while typing")
	}
	d.press("down")
	if selectedMember(d) != "Sabine MÜLLER" || !d.app.notes.typing {
		t.Fatalf("down while typing: selected %q, typing %v", selectedMember(d), d.app.notes.typing)
	}
	d.press("enter")
	if d.app.notes.typing || d.app.notes.query != "müller" {
		t.Fatalf("enter: typing %v, query %q", d.app.notes.typing, d.app.notes.query)
	}
	d.mustSee("search: müller")
	d.press("esc")
	if d.app.notes.query != "" || len(listed(d)) != 4 || d.app.top() != screenNotes {
		t.Fatalf("esc: query %q, %d listed, screen %d", d.app.notes.query, len(listed(d)), d.app.top())
	}
	if selectedMember(d) != "Sabine MÜLLER" {
		t.Fatal("clearing the search lost the selection")
	}
	d.press("/")
	d.typeText("zeppelin")
	d.mustSee(fmt.Sprintf(notesNoMatch, "zeppelin"), "0 found")
	d.press("esc")
	if d.app.notes.typing || len(listed(d)) != 4 {
		t.Fatal("esc while typing did not clear the search")
	}
}

func TestNotesFoundColumn(t *testing.T) {
	d := openNotes(t, notesStore(), 80, 24)
	d.press("/")
	d.typeText("guest")
	d.mustSee(colFound, "Go as a guest first.")
	d.press("esc")
	d.mustNotSee(colFound)
}

func TestNotesJumpBetweenMatches(t *testing.T) {
	st := notesStore()
	var b strings.Builder
	for i := range 40 {
		fmt.Fprintf(&b, "Paragraph %d.\n\n", i)
		if i%10 == 9 {
			b.WriteString("Here the word marker appears.\n\n")
		}
	}
	st.nets[1].Interviews[1].Notes = b.String()
	d := openNotes(t, st, 80, 24)
	d.press("/")
	d.typeText("marker")
	d.press("enter")
	pv := &d.app.notes.pv
	if len(pv.hits) != 4 || pv.cur != 0 {
		t.Fatalf("%d hits, current %d", len(pv.hits), pv.cur)
	}
	visible := func() {
		t.Helper()
		line := d.app.notes.pv.hits[d.app.notes.pv.cur].line
		if off := d.app.notes.pv.offset; line < off || line >= off+d.app.notes.geom.previewH {
			t.Fatalf("match on line %d is outside the view at %d", line, off)
		}
	}
	visible()
	for _, step := range []struct {
		key string
		cur int
	}{{"n", 1}, {"n", 2}, {"n", 3}, {"n", 0}, {"N", 3}, {"N", 2}} {
		d.press(step.key)
		if got := d.app.notes.pv.cur; got != step.cur {
			t.Fatalf("after %s: match %d, want %d", step.key, got, step.cur)
		}
		visible()
		d.mustSee(fmt.Sprintf(notesHitOf, step.cur+1, 4))
	}
	if strings.Count(d.app.View().Content, d.app.c.styles.CurrentMatch.Render("marker")) != 1 {
		t.Fatal("not exactly one match is marked as the current one")
	}
}

func TestNotesPreviewScrolling(t *testing.T) {
	st := notesStore()
	st.nets[1].Interviews[1].Notes = strings.Repeat("A line of notes.\n\n", 60)
	d := openNotes(t, st, 80, 24)
	pv := func() *preview { return &d.app.notes.pv }
	last := len(pv().lines) - d.app.notes.geom.previewH
	page := d.app.notes.geom.previewH - 1
	for _, step := range []struct {
		key  string
		want int
	}{
		{"J", 1}, {"J", 2}, {"K", 1}, {"pgdown", 1 + page}, {"pgup", 1}, {"K", 0}, {"K", 0},
		{"G", last}, {"J", last}, {"g", 0}, {"ctrl+d", page / 2}, {"ctrl+u", 0},
	} {
		d.press(step.key)
		if got := pv().offset; got != step.want {
			t.Fatalf("after %s: offset %d, want %d", step.key, got, step.want)
		}
	}
	if selectedMember(d) != "Lars Vogel" {
		t.Fatal("scrolling moved the selection")
	}
	// Full-screen notes: j and k scroll; tab goes back to the list.
	d.press("tab")
	if d.app.notes.geom.listRows != 0 {
		t.Fatal("tab did not give the preview the whole screen")
	}
	d.mustNotSee(colNetwork)
	d.press("j", "j")
	if pv().offset != 2 || selectedMember(d) != "Lars Vogel" {
		t.Fatalf("j in full screen: offset %d, selected %q", pv().offset, selectedMember(d))
	}
	d.press("k")
	if pv().offset != 1 {
		t.Fatalf("k in full screen: offset %d", pv().offset)
	}
	d.press("esc")
	if d.app.notes.zoom || d.app.top() != screenNotes {
		t.Fatal("esc did not leave full screen first")
	}
	d.press("j")
	if selectedMember(d) != "Tom Becker" || pv().offset != 0 {
		t.Fatalf("j in the list: selected %q, offset %d", selectedMember(d), pv().offset)
	}
}

// TestNotesRenderingIsCachedAndOffTheKeyPress checks that glamour never runs
// inside a key press: keys return at most a timer, renderings arrive as
// messages, and an interview seen before shows at once.
func TestNotesRenderingIsCachedAndOffTheKeyPress(t *testing.T) {
	d := openNotes(t, notesStore(), 100, 30)
	if !d.app.notes.pv.rendered {
		t.Fatal("the first preview was not rendered on open")
	}
	press := func(k string) tea.Cmd {
		t.Helper()
		m, cmd := d.app.Update(keyMsg(k))
		d.app = m.(App)
		return cmd
	}
	if cmd := press("J"); cmd != nil {
		t.Fatal("scrolling returned a command")
	}
	cmd := press("j")
	if cmd == nil || d.app.notes.pv.rendered {
		t.Fatal("moving to a new interview did not wait for a rendering")
	}
	if _, ok := cmd().(previewDueMsg); !ok {
		t.Fatal("moving returned something other than the delay timer")
	}
	d.press("k") // back to the first: cached
	if !d.app.notes.pv.rendered {
		t.Fatal("a cached rendering was not used")
	}
	if cmd := press("j"); cmd == nil {
		t.Fatal("no timer for the still unrendered interview")
	}
	// The timer fires after the selection moved on: nothing is rendered.
	stale := d.app.notes.pv.key
	press("j")
	if _, cmd := d.app.notes.Update(previewDueMsg{key: stale}); cmd != nil {
		t.Fatal("a stale timer started a rendering")
	}
	// A rendering that arrives shows if it is the selected one.
	k := d.app.notes.pv.key
	d.send(previewRenderedMsg{key: k, lines: []string{"RENDERED NOTES"}})
	if !strings.Contains(previewText(d), "RENDERED NOTES") || !d.app.notes.pv.rendered {
		t.Fatal("the rendering that arrived does not show")
	}
}

func TestPreviewCacheEvictsLeastRecentlyUsed(t *testing.T) {
	c := newPreviewCache()
	for i := range previewCacheSize {
		c.put(previewKey{serial: i}, []string{fmt.Sprint(i)})
	}
	c.get(previewKey{serial: 0})
	c.put(previewKey{serial: previewCacheSize}, nil)
	if _, ok := c.lines[previewKey{serial: 1}]; ok {
		t.Fatal("the least recently used entry stayed")
	}
	if _, ok := c.get(previewKey{serial: 0}); !ok {
		t.Fatal("a recently used entry was evicted")
	}
	if len(c.lines) != previewCacheSize || len(c.order) != previewCacheSize {
		t.Fatalf("cache holds %d (%d in order)", len(c.lines), len(c.order))
	}
}

func TestNotesPreviewFollowsWidthAndTheme(t *testing.T) {
	d := openNotes(t, notesStore(), 80, 24)
	if k := d.app.notes.pv.key; k.width != 80 || !k.dark {
		t.Fatalf("key %+v", k)
	}
	d.send(tea.WindowSizeMsg{Width: 130, Height: 40})
	if k := d.app.notes.pv.key; k.width != notesLayout(130, 36, false).previewW || !d.app.notes.pv.rendered {
		t.Fatalf("after resize: key %+v, rendered %v", k, d.app.notes.pv.rendered)
	}
	d.send(tea.BackgroundColorMsg{Color: lightBackground{}})
	if k := d.app.notes.pv.key; k.dark || !d.app.notes.pv.rendered {
		t.Fatalf("after the theme change: key %+v, rendered %v", k, d.app.notes.pv.rendered)
	}
	for _, l := range strings.Split(d.screen(), "\n") {
		if w := len([]rune(l)); w > 130 {
			t.Fatalf("a line is %d wide: %q", w, l)
		}
	}
}

func TestNotesEnterOpensInterviewAndEscReturns(t *testing.T) {
	st := notesStore()
	d := openNotes(t, st, 100, 30)
	d.press("/")
	d.typeText("köhler")
	d.press("enter", "enter")
	if d.app.top() != screenWorkspace || d.app.workspace.step != model.StepInterviews || d.app.workspace.editor == nil {
		t.Fatalf("screen %d, step %d, editor open %v", d.app.top(), d.app.workspace.step, d.app.workspace.editor != nil)
	}
	d.mustSee(fmt.Sprintf(titleEditInterview, "Jana Köhler", "Circle of Experts"))
	// Change the member's name and save.
	d.press("ctrl+u")
	d.typeText("Jana Köhler-Brandt")
	d.press("ctrl+s")
	if st.nets[0].Interviews[0].Member != "Jana Köhler-Brandt" {
		t.Fatalf("saved member %q", st.nets[0].Interviews[0].Member)
	}
	// Saved, the form closes and the notes are back.
	if d.app.top() != screenNotes {
		t.Fatalf("after saving: screen %d, want the notes", d.app.top())
	}
	// Same place: the search and the selection, with the change.
	if d.app.notes.query != "köhler" || selectedMember(d) != "Jana Köhler-Brandt" {
		t.Fatalf("query %q, selected %q", d.app.notes.query, selectedMember(d))
	}
	d.mustSee("Jana Köhler-Brandt")
	d.press("esc", "esc")
	if d.app.top() != screenHome {
		t.Fatalf("esc esc went to screen %d", d.app.top())
	}
}

func TestNotesFromWorkspaceEnterAndBack(t *testing.T) {
	d := openWorkspace(t, notesStore(), 100, 30, "1")
	d.press("i", "enter")
	if d.app.top() != screenWorkspace || d.app.workspace.editor == nil {
		t.Fatal("enter did not open the interview's form")
	}
	d.press("esc")
	if d.app.top() != screenNotes {
		t.Fatalf("esc from the form went to screen %d, not the notes", d.app.top())
	}
	d.press("esc")
	if d.app.top() != screenWorkspace {
		t.Fatalf("esc from the notes went to screen %d, not the workspace", d.app.top())
	}
	d.press("esc")
	if d.app.top() != screenHome {
		t.Fatalf("esc from the workspace went to screen %d, not home", d.app.top())
	}
}

func TestNotesEmpty(t *testing.T) {
	d := openNotes(t, seededStore(), 80, 24)
	d.mustSee(titleNotes, "(0)", "No interviews yet.", notesNoSelection)
	d.press("j", "E", "enter", "n", "G")
	if d.app.top() != screenNotes || d.app.failure != nil {
		t.Fatal("keys on an empty list did something")
	}
}

// csiOrOSC finds escape sequences other than SGR: OSC, DCS, APC, PM, cursor
// movement and screen or mode changes; and lone BEL and C1 controls.
var csiOrOSC = regexp.MustCompile("\x1b[\\]PX^_]|\x1b\\[[0-9;:?]*[A-Za-ln-z@`]|\x07|[\u0080-\u009f]")

func TestNotesControlSequencesNeverReachTheView(t *testing.T) {
	st := notesStore()
	iv := &st.nets[1].Interviews[1]
	iv.Member = "Evil\x1b[2J Guy"
	iv.Business = "Title\x1b]0;pwned\x07 Inc"
	iv.RedFlags = "flag\x1b[31mred\x9b2J"
	iv.Notes = "# Heading \x1b]0;title\x07\n\nA [link](https://evil.example/\x1b]8;;x\x1b\\) and \x1b[10;10Hmove \x1b[?1049h " +
		"\x1bP+q\x1b\\ dcs \x9d0;c1\x9c and **bold**.\n\n<https://plain.example/autolink>\n\n![img](https://img.example/x.png)"
	d := newDriver(t, st, 100, 30)
	d.press("i")
	for _, keys := range [][]string{nil, {"/", "l", "i", "n", "k"}, {"enter", "tab"}} {
		d.press(keys...)
		if !d.app.notes.pv.rendered {
			t.Fatal("the preview is not rendered")
		}
		out := d.app.View().Content
		if m := csiOrOSC.FindString(out); m != "" {
			t.Fatalf("the view contains %q", m)
		}
		d.mustSee("Evil Guy")
		if text := previewText(d); !strings.Contains(text, "link") || !strings.Contains(text, "Title Inc") {
			t.Fatalf("the preview lost the text around the sequences:\n%s", text)
		}
	}
}

// TestNotesGolden pins the notes screen at 80×24 and 120×40, dark and light,
// with and without a search. Refresh with:
// go test ./tui -run TestNotesGolden -update
func TestNotesGolden(t *testing.T) {
	for _, sc := range []struct {
		name string
		keys []string
	}{
		{"list", nil},
		{"search", []string{"/", "m", "ü", "l", "l", "e", "r", "enter", "j"}},
		{"search-typing", []string{"/", "g", "u", "e", "s", "t"}},
		{"zoom", []string{"j", "j", "tab"}},
	} {
		for _, size := range [][2]int{{80, 24}, {120, 40}} {
			for _, theme := range []string{"dark", "light"} {
				t.Run(fmt.Sprintf("%s/%dx%d/%s", sc.name, size[0], size[1], theme), func(t *testing.T) {
					d := newDriver(t, notesStore(), size[0], size[1])
					if theme == "light" {
						d.send(tea.BackgroundColorMsg{Color: lightBackground{}})
					}
					d.press("i")
					d.press(sc.keys...)
					d.send(clearStatusMsg{seq: d.app.statusSeq})
					if !d.app.notes.pv.rendered {
						t.Fatal("the preview is not rendered")
					}
					golden.RequireEqual(t, d.app.View().Content)
				})
			}
		}
	}
}

func TestNotesLateMessagesAfterClosing(t *testing.T) {
	d := openNotes(t, notesStore(), 100, 30)
	m, _ := d.app.Update(keyMsg("j"))
	d.app = m.(App)
	k := d.app.notes.pv.key
	d.press("esc")
	d.send(previewDueMsg{key: k})
	d.send(previewRenderedMsg{key: k, lines: []string{"late"}})
	if d.app.top() != screenHome || d.app.notes.open() {
		t.Fatalf("screen %d, notes open %v", d.app.top(), d.app.notes.open())
	}
}

func TestNotesLongNotesShowAPartBeforeRendering(t *testing.T) {
	st := notesStore()
	st.nets[1].Interviews[1].Notes = strings.Repeat("A paragraph of notes that goes on.\n\n", 6000)
	d := openNotes(t, st, 100, 30)
	_, iv, _ := d.app.notes.interview(d.app.notes.ix.entries[d.app.notes.visible[0]])
	lines, rendered := d.app.notes.notesLines(previewKey{serial: -1, width: 80}, iv)
	if size := len(strings.Join(lines, "\n")); rendered || size > fallbackMax+8 || lines[len(lines)-1] != "…" {
		t.Fatalf("%d bytes of fallback ending %q", size, lines[len(lines)-1])
	}
}
