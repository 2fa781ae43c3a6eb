package tui

// Fuzz targets for the two paths that turn arbitrary user text into search
// results and terminal output: the notes search and the Markdown preview.
// Their seed corpora are in testdata/fuzz; CI runs each for a short while
// (.ci/run), and go test runs the seeds as ordinary tests.

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"netvet/model"
)

// fuzzNets builds two networks whose interviews put the fuzzed strings in
// every searchable field, and in fields that are not searched.
func fuzzNets(member, business, notes, comment, query string) []model.Network {
	rec := 7
	return []model.Network{
		{ID: "n1", Name: query, Promises: []model.Promise{{ID: "p1", Category: model.CategoryMentoring, Text: comment}},
			Interviews: []model.Interview{
				{ID: "a", Member: member, Business: business, Notes: notes, Date: model.NewDate(2026, 3, 1),
					Answers: []model.Answer{{PromiseID: "p1", Answer: model.AnswerYes, Comment: comment}}, Recommendation: &rec},
				{ID: "b", Member: notes, RedFlags: member + query, Notes: comment},
			}},
		{ID: "n2", Name: member, Interviews: []model.Interview{
			{ID: "c", Member: query, Business: notes, RedFlags: business, Date: model.NewDate(2026, 5, 1)},
			{ID: "d"},
		}},
	}
}

// naiveMatches is the definition of the search: an interview matches when
// each term of the lower-cased query (control characters count as spaces)
// occurs in its lower-cased member, business, red flags, an answer comment
// or its notes.
func naiveMatches(nets []model.Network, query string) map[string]bool {
	q := strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, query)
	terms := strings.Fields(strings.ToLower(q))
	out := map[string]bool{}
	for _, n := range nets {
		for _, iv := range n.Interviews {
			fields := []string{iv.Member, iv.Business, iv.RedFlags, iv.Notes}
			for _, a := range iv.Answers {
				fields = append(fields, a.Comment)
			}
			all := true
			for _, t := range terms {
				found := false
				for _, f := range fields {
					if strings.Contains(strings.ToLower(f), t) {
						found = true
						break
					}
				}
				all = all && found
			}
			if all {
				out[n.ID+"/"+iv.ID] = true
			}
		}
	}
	return out
}

// FuzzSearch: the notes search never panics and finds exactly what the
// naive definition finds, also when a query narrows the previous one's
// matches the way typing does; the match positions, highlights and
// snippets built from it stay inside the text and the width.
func FuzzSearch(f *testing.F) {
	f.Add("Katrin Müller", "Industriedesign", "# Call\n\nHe knows FRAU MÜLLER.", "Workshops sind großartig", "müller", 3)
	f.Add("İnci Öztürk", "ẞ-Studio", "İstanbul office 🙂", "", "istanbul 🙂", 5)
	f.Add("a\x1bb", "\xff\xfe", "x\u202ey", "\t", "a\x1bb", 1)
	f.Add("Ⱥ", "ȺȺ", "ⱥ", "K", "ⱥ k", 1)
	st := NewStyles(true)
	f.Fuzz(func(t *testing.T, member, business, notes, comment, query string, cut int) {
		nets := fuzzNets(member, business, notes, comment, query)
		ix := newSearchIndex(nets, "")
		terms := searchTerms(query)
		full := ix.search(terms, nil)

		want := naiveMatches(nets, query)
		got := map[string]bool{}
		for _, i := range full {
			got[ix.entries[i].netID+"/"+ix.entries[i].ivID] = true
		}
		if len(got) != len(want) || len(got) != len(full) {
			t.Fatalf("query %q: search found %v, the definition %v", query, got, want)
		}
		for k := range want {
			if !got[k] {
				t.Fatalf("query %q: search found %v, the definition %v", query, got, want)
			}
		}

		// Typing: the screen searches only the previous matches when the
		// new query extends the old one (see notesScreen.setQuery).
		prev := query[:max(0, min(len(query), cut))]
		if prevTerms := searchTerms(prev); len(prevTerms) > 0 && strings.HasPrefix(fold(query), fold(prev)) {
			clear(ix.recent)
			within := ix.search(prevTerms, nil)
			clear(ix.recent)
			if narrowed := ix.search(terms, within); !slices.Equal(narrowed, full) {
				t.Fatalf("query %q narrowed from %q found %v, the full search %v", query, prev, narrowed, full)
			}
		}

		for _, text := range []string{member, business, notes, comment, foundText(nets[0].Interviews[0])} {
			checkSpans(t, text, terms)
			line := strings.SplitN(text, "\n", 2)[0]
			plain := CleanLine(line)
			marked, _ := highlightLine(plain, terms, st.Bold, st.Error, 0)
			if (ansi.Strip(marked) != ansi.Strip(plain) || ansi.StringWidth(marked) != ansi.StringWidth(plain)) && cutsCleanly(plain) {
				t.Fatalf("highlighting %q in %q changed the text to %q", terms, plain, ansi.Strip(marked))
			}
			for _, w := range []int{4, 20, 80} {
				if s := snippet(text, terms, w); ansi.StringWidth(s) > w || !utf8.ValidString(s) || Clean(s) != s {
					t.Fatalf("snippet(%q, %q, %d) = %q: too wide or not clean", text, terms, w, s)
				}
			}
		}
	})
}

// cutsCleanly reports whether x/ansi, cutting s by cells at the start of
// any grapheme cluster, leaves exactly the rest of s (give or take text
// without width): what highlightLine relies on. It does not for a few
// rare characters — the Hangul tone marks U+302E and U+302F, the Arabic
// number signs U+0600–U+0605 — whose clusters StringWidth measures one way
// and TruncateLeft cuts another, or measures as no width at all. That is x/ansi's to fix; highlighting is
// checked on all other text.
func cutsCleanly(s string) bool {
	col := 0
	for pos := 0; ; {
		rest := s[pos:]
		cut := ansi.TruncateLeft(s, col, "")
		if !strings.HasSuffix(cut, rest) || ansi.StringWidth(cut) != ansi.StringWidth(rest) {
			return false
		}
		if pos == len(s) {
			return true
		}
		c, w := ansi.FirstGraphemeCluster(rest, ansi.GraphemeWidth)
		if w == 0 && ansi.StringWidthWc(c) > 0 {
			// A visible character in a cluster measured as no width.
			return false
		}
		pos += max(1, len(c))
		col += w
	}
}

// checkSpans fails unless the matches of terms in text are sorted, apart,
// inside text, on rune boundaries, and each holds a term when folded.
func checkSpans(t *testing.T, text string, terms []string) {
	t.Helper()
	spans := findSpans(text, terms)
	// Where runes start, an invalid byte counting as a rune of its own.
	starts := map[int]bool{len(text): true}
	for i := range text {
		starts[i] = true
	}
	end := 0
	for _, s := range spans {
		if s.start < end || s.end <= s.start || s.end > len(text) {
			t.Fatalf("findSpans(%q, %q) = %v: out of order or outside the text", text, terms, spans)
		}
		if !starts[s.start] || !starts[s.end] {
			t.Fatalf("findSpans(%q, %q) = %v: a span cuts a rune", text, terms, spans)
		}
		found := false
		for _, term := range terms {
			found = found || strings.Contains(fold(text[s.start:s.end]), term)
		}
		if !found {
			t.Fatalf("findSpans(%q, %q): span %q holds no term", text, terms, text[s.start:s.end])
		}
		end = s.end
	}
}

// FuzzRenderNotes: the notes preview — glamour's rendering, the plain
// fallback and the interview header above it — never panics, never
// lets a control sequence other than colours and text attributes (SGR)
// through, and never draws a line wider than the preview at any width the
// preview can have.
func FuzzRenderNotes(f *testing.F) {
	f.Add("# Call\n\n- **bold** and *italic*\n\n> quote\n\n```go\nfmt.Println()\n```\n[link](https://example.org)", uint8(60), true)
	f.Add("\x1b]0;PWNED\x07title \x1b[2J\x1b[H clear \x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\", uint8(40), false)
	f.Add("| a | b |\n|---|---|\n| 日本語 | 🙂👩‍👩‍👧 |\n\nשלום עולם مرحبا", uint8(10), true)
	f.Add(strings.Repeat("x", 3000), uint8(0), false)
	f.Fuzz(func(t *testing.T, notes string, width uint8, dark bool) {
		// The widths the preview has in terminals from the smallest netvet
		// draws in to well beyond 200 columns.
		w := max(10, notesLayout(minWidth+int(width), minHeight, false).previewW)
		checkTerminalSafe(t, "renderMarkdown", notes, renderMarkdown(notes, w, dark), w)
		checkTerminalSafe(t, "plainLines", notes, plainLines(notes, w), w)
		n := model.Network{ID: "n", Name: notes, Promises: []model.Promise{{ID: "p", Text: notes}}}
		iv := model.Interview{ID: "i", Member: notes, Business: notes, RedFlags: notes,
			Answers: []model.Answer{{PromiseID: "p", Answer: model.AnswerPartly, Comment: notes}}}
		checkTerminalSafe(t, "interviewHeader", notes, interviewHeader(NewStyles(dark), n, iv, w, "EUR"), w)
	})
}

// checkTerminalSafe fails unless every line is at most width cells wide
// and holds no escape sequence but SGR and no other control character.
func checkTerminalSafe(t *testing.T, what, input string, lines []string, width int) {
	t.Helper()
	for i, line := range lines {
		if bad := unsafeSequence(line); bad != "" {
			t.Fatalf("%s(%q) line %d lets %q through: %q", what, input, i, bad, line)
		}
		if w := ansi.StringWidth(line); w > width {
			t.Fatalf("%s(%q) line %d is %d cells wide, more than %d: %q", what, input, i, w, width, line)
		}
	}
}

// unsafeSequence returns the first escape sequence in s that is not SGR, or
// the first other control character (C0, DEL, C1, a bidirectional
// control), or "" when there is none.
func unsafeSequence(s string) string {
	for len(s) > 0 {
		if s[0] == ansi.ESC {
			seq, _, n, _ := ansi.DecodeSequence(s, ansi.NormalState, nil)
			if n <= 0 {
				n = 1
			}
			if !sgrSequence(seq) {
				return seq
			}
			s = s[n:]
			continue
		}
		r, n := utf8.DecodeRuneInString(s)
		if r == utf8.RuneError && n == 1 {
			return s[:1]
		}
		if unicode.IsControl(r) || model.IsBidiControl(r) {
			return string(r)
		}
		s = s[n:]
	}
	return ""
}

// sgrSequence reports whether seq is exactly ESC [ params m, written here
// apart from the product's isSGR so that the check does not trust it.
func sgrSequence(seq string) bool {
	body, ok := strings.CutPrefix(seq, "\x1b[")
	if !ok {
		return false
	}
	params, ok := strings.CutSuffix(body, "m")
	return ok && strings.Trim(params, "0123456789;:") == ""
}
