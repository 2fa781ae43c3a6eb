package tui

// Hostile text on every screen: escape sequences of every kind, control
// characters, bidirectional overrides, tabs, wide, joined and combining
// characters, right-to-left text, words longer than any terminal, and long
// notes. Every frame must fit the terminal and carry no escape sequence
// but colours and text attributes. The real terminal's view of the same
// is TestE2EHostileTextInARealTerminal in cmd/netvet.

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"netvet/model"
)

// Pieces of hostile text.
const (
	hostileEscapes = "Evil\x1b]0;PWNED\x07 \x1b]2;PWNED\x1b\\\x1b[2J\x1b[3J\x1b[H\x1b[10;10H\x1b[5A\x1bc\x1b[?1049l\x1b[?25l" +
		"\x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\ \x1b]52;c;UFdORUQ=\x07\x1bP+q544e\x1b\\\u009b2J\u009d0;PWNED\u009c\a\b\r\x7f Net"
	hostileBidi = "abc\u202edcba\u202c \u2066isolated\u2069 \u200fRLM"
	hostileTabs = "col1\tcol2\t\tcol3\t"
	hostileWide = "日本語の会議 한국어 中文 ｆｕｌｌｗｉｄｔｈ"
	// hostileEmoji leaves out keycaps ("1️⃣"): x/ansi's Truncate counts
	// them as one cell and its StringWidth as two, so no width can be
	// right by both; TestE2EHostileTextInARealTerminal shows them to tmux.
	hostileEmoji    = "👩‍👩‍👧‍👦 🇩🇪🇫🇷 👍🏽 ❤️ 🧑‍💻"
	hostileRTL      = "שלום עולם مَرْحَبًا بِالْعَالَمِ"
	hostileCombined = "Cafe\u0301 Zoe\u0308 Z\u0335\u0321\u0358a\u0336\u0327l\u0334\u0328g\u0337o\u0338"
	hostileHyphen   = "ab cd- ef gh- ij kl- mn op- qr st- uv wx- yz"
)

// hostileLong is one word longer than any terminal.
func hostileLong() string { return strings.Repeat("Donaudampfschifffahrtsgesellschaft", 60) }

// hostileMix joins every piece.
func hostileMix() string {
	return strings.Join([]string{hostileEscapes, hostileBidi, hostileTabs, hostileWide, hostileEmoji, hostileRTL, hostileCombined, hostileHyphen}, " ")
}

// hostileNotes is about size bytes of Markdown with every piece in it:
// headings, lists, tables, links, code with tabs, and a line of 20,000
// characters. (The 1 MB the format allows is rendered in the real
// terminal by TestE2EHostileTextInARealTerminal; here it would only make
// the test slow.)
func hostileNotes(size int) string {
	var b strings.Builder
	b.WriteString("# Call " + hostileMix() + "\n\n")
	b.WriteString("| " + hostileWide + " | " + hostileEmoji + " |\n|---|---|\n| " + hostileRTL + " | " + hostileTabs + " |\n\n")
	b.WriteString("```\n" + hostileTabs + "\n" + hostileEscapes + "\n```\n\n")
	b.WriteString("[" + hostileEmoji + "](https://evil.example/\x1b]0;PWNED\x07) <https://auto.example> ![img](https://img.example/x.png)\n\n")
	b.WriteString(strings.Repeat("x", 20000) + "\n\n")
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "- Point %d: %s %s %s %s\n", i, hostileCombined, hostileRTL, hostileHyphen, hostileTabs)
	}
	return b.String()
}

// hostileStore has a profile and three networks full of hostile text; the
// values are set directly, past validation, as a file written by some
// other program would hold them.
func hostileStore() *fakeStore {
	st := seededStore()
	st.profile.Name = hostileMix()
	mix, long := hostileMix(), hostileLong()
	rec := 7
	for i := range st.nets {
		n := &st.nets[i]
		n.Name = fmt.Sprintf("%d %s", i, mix)
		n.Website, n.Contact, n.Summary, n.RatingNotes = long, mix, mix+"\n"+long, mix
		n.Status = model.StatusInterviewing
		n.Promises = []model.Promise{
			{ID: "p1", Category: model.CategoryMentoring, Text: mix, Source: model.Source(hostileEscapes), MustHave: true, Notes: mix},
			{ID: "p2", Category: model.CategoryContracts, Text: long},
		}
		n.Interviews = []model.Interview{
			{ID: "i1", Member: mix, Business: long, Date: model.NewDate(2026, 11, 2), Channel: model.ChannelCall, SimilarToMe: true,
				Answers:        []model.Answer{{PromiseID: "p1", Answer: model.AnswerYes, Comment: mix}, {PromiseID: "p2", Answer: model.AnswerNo, Comment: long}},
				WouldJoinAgain: model.JoinAgainYes, Recommendation: &rec, RedFlags: mix + "\n" + long, Notes: "# " + mix + "\n\n" + long},
			{ID: "i2", Member: hostileRTL, Business: hostileEmoji, Date: model.NewDate(2026, 11, 9), Notes: hostileTabs + "\n" + hostileHyphen},
		}
		n.Evidence = []model.Evidence{{ID: "e1", Description: mix, Beneficiary: long, Value: 8000_00, Level: model.LevelMemberReported, InterviewID: "i1"}}
	}
	st.nets[0].Interviews[0].Notes = hostileNotes(48 << 10)
	return st
}

// checkFrame fails unless the frame has at most h lines of at most w cells
// each, and no escape sequence but SGR and no other control character.
func checkFrame(t *testing.T, d *driver, w, h int, where string) {
	t.Helper()
	lines := strings.Split(d.app.View().Content, "\n")
	if len(lines) > h {
		t.Fatalf("%dx%d %s: %d lines:\n%s", w, h, where, len(lines), d.screen())
	}
	for i, l := range lines {
		if bad := unsafeSequence(l); bad != "" {
			t.Fatalf("%dx%d %s: line %d lets %q through", w, h, where, i, bad)
		}
		if lw := ansi.StringWidth(l); lw > w {
			t.Fatalf("%dx%d %s: line %d is %d cells wide:\n%s", w, h, where, i, lw, ansi.Strip(l))
		}
	}
}

// renderPreview renders the selected notes the way the background command
// does, which the driver drops when it takes longer than it waits.
func renderPreview(d *driver) {
	pv := d.app.notes.pv
	if pv.rendered {
		return
	}
	e, ok := d.app.notes.selected()
	if !ok {
		return
	}
	_, iv, _ := d.app.notes.interview(e)
	d.send(previewRenderedMsg{key: pv.key, lines: renderMarkdown(iv.Notes, pv.key.width, pv.key.dark)})
}

func TestHostileTextKeepsEveryFrameInside(t *testing.T) {
	visits := []struct {
		name string
		keys []string
	}{
		{"home", nil},
		{"filter", []string{"/", "e", "v", "i", "l"}},
		{"help", []string{"esc", "?"}},
		{"profile", []string{"esc", "p"}},
		{"step 1", []string{"esc", "esc", "enter", "1"}},
		{"step 2", []string{"2"}},
		{"step 2 editor", []string{"e"}},
		{"step 3", []string{"esc", "3"}},
		{"step 3 editor", []string{"e"}},
		{"step 4", []string{"esc", "4"}},
		{"step 5", []string{"5"}},
		{"step 6", []string{"6"}},
		{"step 7", []string{"7"}},
		{"delete question", []string{"3", "d"}},
		{"comparison", []string{"n", "v"}},
		{"notes", []string{"esc", "i"}},
		{"notes search", []string{"/", "c", "a", "f", "e", "enter"}},
		{"notes next interview", []string{"j"}},
		{"notes zoom", []string{"tab"}},
		{"back home", []string{"esc", "esc", "esc", "esc"}},
		{"form", []string{"e"}},
	}
	st := hostileStore()
	for _, size := range [][2]int{{60, 16}, {80, 24}, {130, 40}} {
		w, h := size[0], size[1]
		d := newDriver(t, st, w, h)
		for _, v := range visits {
			d.press(v.keys...)
			if d.app.top() == screenNotes {
				renderPreview(d)
			}
			checkFrame(t, d, w, h, v.name)
		}
		if d.app.top() != screenNetForm || d.app.netForm.orig.ID != st.nets[0].ID {
			t.Fatalf("%dx%d: the visits ended on screen %d, not the first network's form: a key went astray", w, h, d.app.top())
		}
	}
	if st.writes != 0 {
		t.Fatalf("looking around wrote %d times", st.writes)
	}
}

// TestSnippetCountsTabsAsTheyShow: the search column's snippet is measured
// after tabs become spaces, so the match stays in view.
func TestSnippetCountsTabsAsTheyShow(t *testing.T) {
	for _, tc := range []struct {
		rule, text string
	}{
		{"tabs before the match", "\t\t\t\t\t\tmentoring works"},
		{"tabs between words", "a\tb\tc\td\te mentoring"},
		{"a long run of tabs", "Some text before" + strings.Repeat("\t", 16) + "the mentoring is fine and more text after it"},
	} {
		t.Run(tc.rule, func(t *testing.T) {
			got := snippet(tc.text, []string{"mentoring"}, 20)
			if w := ansi.StringWidth(got); w > 20 {
				t.Fatalf("snippet %q is %d cells wide, more than 20", got, w)
			}
			if !strings.Contains(got, "mentoring") {
				t.Fatalf("snippet %q lost the match", got)
			}
		})
	}
}

// TestHighlightKeepsClustersWhole: marking a match never drops the
// combining marks or joined emoji that belong to it or follow it.
func TestHighlightKeepsClustersWhole(t *testing.T) {
	st := NewStyles(true)
	for _, tc := range []struct {
		rule, line, term string
	}{
		{"a decomposed accent after the match", "Cafe\u0301 and cafe\u0301", "cafe"},
		{"Arabic vowel marks", "مَرْحَبًا مَرْحَبًا", "م"},
		{"Hebrew points", "שָׁלוֹם", "ש"},
		{"a joined emoji sequence", "team 👩‍👩‍👧‍👦 here 👩‍👩‍👧‍👦", "👩"},
		{"a mark that starts the line", "\u0301x and x", "x"},
		{"a zero-width space before the match", "a\u200bmentor", "mentor"},
	} {
		t.Run(tc.rule, func(t *testing.T) {
			got, n := highlightLine(tc.line, []string{fold(tc.term)}, st.Bold, st.Error, 0)
			if n == 0 {
				t.Fatal("no match")
			}
			if ansi.Strip(got) != tc.line {
				t.Fatalf("highlighting changed %q to %q", tc.line, ansi.Strip(got))
			}
		})
	}
}

// TestWrapTextKeepsToTheWidth: ansi.Wrap leaves a hyphen at the limit, and
// keycaps, a cell too wide; wrapText does not.
func TestWrapTextKeepsToTheWidth(t *testing.T) {
	for _, tc := range []struct {
		text  string
		width int
	}{
		{"ab cd-", 5},
		{"a — aaaa-", 8},
		{hostileHyphen, 6},
		{Clean(hostileMix()), 20},
		{"plain words that wrap", 7},
		{"keycaps 1️⃣ 2️⃣ 3️⃣ 4️⃣ 5️⃣ 6️⃣ 7️⃣ 8️⃣ 9️⃣", 5},
	} {
		got := wrapText(tc.text, tc.width, " ")
		for _, l := range strings.Split(got, "\n") {
			if ansi.StringWidth(l) > tc.width {
				t.Errorf("wrapText(%q, %d) has the line %q, wider than %d", tc.text, tc.width, l, tc.width)
			}
		}
		if strings.Join(strings.Fields(got), "") != strings.Join(strings.Fields(tc.text), "") {
			t.Errorf("wrapText(%q, %d) lost text: %q", tc.text, tc.width, got)
		}
	}
}

// TestTerminalSafe: the last guard before the terminal keeps text, line
// breaks and SGR, and drops every other sequence and control character.
func TestTerminalSafe(t *testing.T) {
	for _, tc := range []struct {
		rule, in, want string
	}{
		{"plain text and line breaks stay", "netvet · Grüße 日本 🙂\nline 2", "netvet · Grüße 日本 🙂\nline 2"},
		{"colours and attributes stay", "\x1b[1;38;2;1;2;3mbold\x1b[m \x1b[4:3mcurly\x1b[0m", "\x1b[1;38;2;1;2;3mbold\x1b[m \x1b[4:3mcurly\x1b[0m"},
		{"a title change goes", "a\x1b]0;PWNED\x07b\x1b]2;PWNED\x1b\\c", "abc"},
		{"cursor moves and clearing go", "a\x1b[10;10Hb\x1b[2Jc\x1b[5Ad\x1bce", "abcde"},
		{"mode changes go", "a\x1b[?1049lb\x1b[?25lc", "abc"},
		{"a hyperlink goes, its text stays", "\x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\", "link"},
		{"device control strings go", "a\x1bP+q544e\x1b\\b", "ab"},
		{"C0 and C1 controls go", "a\a\b\r\t\x7fb\u009b2Jc\u0085d", "ab2Jcd"},
		{"bidirectional controls go", "abc\u202edef\u2066g\u2069\u200f", "abcdefg"},
	} {
		t.Run(tc.rule, func(t *testing.T) {
			if got := terminalSafe(tc.in); got != tc.want {
				t.Fatalf("terminalSafe(%q) = %q, want %q", tc.in, got, tc.want)
			}
			if got := terminalSafe(tc.want); got != tc.want {
				t.Fatalf("terminalSafe changed the safe %q to %q", tc.want, got)
			}
		})
	}
}
