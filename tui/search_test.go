package tui

import (
	"slices"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"netvet/model"
	"netvet/model/sample"
)

// searchNets are two networks whose interviews put each searchable field
// to use once.
func searchNets() []model.Network {
	return []model.Network{
		{ID: "n1", Name: "Rheinaue Kreis", Promises: []model.Promise{{ID: "p1", Category: model.CategoryTraining, Text: "Workshops"}}, Interviews: []model.Interview{
			{ID: "a", Member: "Katrin Müller", Business: "Industriedesign", Date: model.NewDate(2026, 3, 1), Notes: "Talked about **pricing**."},
			{ID: "b", Member: "Jörg Hämmerle", Business: "Prozessberatung", Date: model.NewDate(2026, 5, 1), RedFlags: "Breakfast costs extra.",
				Answers: []model.Answer{{PromiseID: "p1", Answer: model.AnswerYes, Comment: "Workshops sind großartig"}}},
		}},
		{ID: "n2", Name: "Nordlicht Zirkel", Interviews: []model.Interview{
			{ID: "c", Member: "Tom Becker", Business: "Notary", Date: model.NewDate(2026, 4, 1), Notes: "# Call\n\nHe knows FRAU MÜLLER from the chamber.\n\nİstanbul office 🙂"},
			{ID: "d", Member: "Ines Weiß", Business: "Steuerberatung", Notes: "Undated interview."},
		}},
	}
}

func TestSearchSemantics(t *testing.T) {
	ix := newSearchIndex(searchNets(), "")
	for _, tc := range []struct {
		rule  string
		query string
		want  []string
	}{
		{"an empty query matches everything", "", []string{"b", "c", "a", "d"}},
		{"lower case finds upper case", "müller", []string{"c", "a"}},
		{"upper case finds lower case", "MÜLLER", []string{"c", "a"}},
		{"mixed case finds both", "MüLLer", []string{"c", "a"}},
		{"an umlaut does not match its base letter", "muller", nil},
		{"ß is a letter of its own", "WEIß", []string{"d"}},
		{"dotted capital I folds to i", "istanbul", []string{"c"}},
		{"the business is searched", "prozess", []string{"b"}},
		{"red flags are searched", "breakfast", []string{"b"}},
		{"answer comments are searched", "GROSSARTIG", nil},
		{"answer comments are searched (as written)", "großartig", []string{"b"}},
		{"notes are searched as Markdown source", "**pricing**", []string{"a"}},
		{"every term must occur", "müller chamber", []string{"c"}},
		{"terms may occur in different fields", "tom notary call", []string{"c"}},
		{"the network name is not searched", "rheinaue", nil},
		{"no match gives nothing", "zeppelin", nil},
		{"a control character separates terms", "tom\x1bnotary", []string{"c"}},
	} {
		t.Run(tc.rule, func(t *testing.T) {
			var got []string
			for _, i := range ix.search(searchTerms(tc.query), nil) {
				got = append(got, ix.entries[i].ivID)
			}
			if !slices.Equal(got, tc.want) {
				t.Fatalf("%q found %v, want %v", tc.query, got, tc.want)
			}
		})
	}
}

func TestSearchIndexOrderIsNewestFirst(t *testing.T) {
	nets := searchNets()
	// Same day: the later network and the later interview come first.
	nets[0].Interviews[0].Date = model.NewDate(2026, 5, 1)
	ix := newSearchIndex(nets, "")
	var got []string
	for _, e := range ix.entries {
		got = append(got, e.ivID)
	}
	if want := []string{"b", "a", "c", "d"}; !slices.Equal(got, want) {
		t.Fatalf("order %v, want %v", got, want)
	}
}

func TestSearchIndexScopeAndUpdate(t *testing.T) {
	nets := searchNets()
	ix := newSearchIndex(nets, "n2")
	if len(ix.entries) != 2 || ix.entries[0].netID != "n2" {
		t.Fatalf("scoped index has %d entries", len(ix.entries))
	}
	old := ix.entries[0].serial
	nets[1].Interviews[0].Notes = "Now about zeppelins."
	ix.update(nets, "n2")
	if got := ix.search(searchTerms("zeppelin"), nil); len(got) != 1 || ix.entries[got[0]].ivID != "c" {
		t.Fatalf("updated notes not found: %v", got)
	}
	if ix.entries[ix.find("n2", "c")].serial == old {
		t.Fatal("a changed entry kept its serial")
	}
	ix.update(nets, "n1")
	if len(ix.entries) != 2 {
		t.Fatalf("an update of another network changed the scoped index: %d entries", len(ix.entries))
	}
	nets = nets[:1]
	ix.update(nets, "n2")
	if len(ix.entries) != 0 {
		t.Fatal("a deleted network's interviews stayed")
	}
}

// TestSearchStrategiesAgree checks the shortcuts of the search against the
// plain definition on the large sample: narrowing within the previous
// matches, and the rare-byte scan, give what strings.Contains over every
// haystack gives.
func TestSearchStrategiesAgree(t *testing.T) {
	_, nets := sample.Generate(2, sample.Config{Networks: 20, Interviews: 1500, NotesBytes: 2 << 20})
	ix := newSearchIndex(nets, "")
	plain := func(terms []string) []int {
		var out []int
		for i, e := range ix.entries {
			ok := true
			for _, t := range terms {
				ok = ok && strings.Contains(e.hay, t)
			}
			if ok {
				out = append(out, i)
			}
		}
		return out
	}
	for _, q := range []string{"m", "mü", "mül", "müll", "müller", "zahnarzt", "ttee", "wichtig mentor", "öztürk", "🙂", "q"} {
		terms := searchTerms(q)
		clear(ix.recent)
		full := ix.search(terms, nil)
		if want := plain(terms); !slices.Equal(full, want) && !(len(full) == 0 && len(want) == 0) {
			t.Fatalf("%q: search found %d, plain %d", q, len(full), len(want))
		}
		prefix := searchTerms(q[:len(q)/2])
		clear(ix.recent)
		within := ix.search(prefix, nil)
		clear(ix.recent)
		if narrowed := ix.search(terms, within); !slices.Equal(narrowed, full) {
			t.Fatalf("%q narrowed from %q: %d, full: %d", q, q[:len(q)/2], len(narrowed), len(full))
		}
	}
	if f := ix.finder("ü"); f.rare < 0 {
		t.Error("an umlaut byte is not treated as rare")
	}
	if f := ix.finder("e"); f.rare >= 0 {
		t.Error("e is treated as rare")
	}
}

func TestSearchRemembersRecentQueries(t *testing.T) {
	ix := newSearchIndex(searchNets(), "")
	first := ix.search(searchTerms("müller"), nil)
	ix.entries[0].hay = "" // a fresh scan would now find less
	again := ix.search(searchTerms("MÜLLER"), nil)
	if !slices.Equal(first, again) {
		t.Fatalf("a repeated query was scanned again: %v, then %v", first, again)
	}
}

func TestFindSpans(t *testing.T) {
	for _, tc := range []struct {
		rule  string
		text  string
		terms []string
		want  []span
	}{
		{"ASCII offsets", "Mentor and mentoring", []string{"mentor"}, []span{{0, 6}, {11, 17}}},
		{"offsets after umlauts are byte offsets of the original", "Grüße an Frau MÜLLER", []string{"müller"}, []span{{16, 23}}},
		{"a capital umlaut matches", "ÄRGER", []string{"ärger"}, []span{{0, 6}}},
		{"overlapping terms merge", "Workshop", []string{"work", "kshop"}, []span{{0, 8}}},
		{"adjacent matches stay apart", "aaaa", []string{"aa"}, []span{{0, 2}, {2, 4}}},
		{"after an emoji", "🙂 müller", []string{"müller"}, []span{{5, 12}}},
		{"no match", "nothing here", []string{"zeppelin"}, nil},
		{"no terms", "text", nil, nil},
	} {
		t.Run(tc.rule, func(t *testing.T) {
			got := findSpans(tc.text, tc.terms)
			if !slices.Equal(got, tc.want) {
				t.Fatalf("spans %v, want %v", got, tc.want)
			}
			for _, s := range got {
				if seg := tc.text[s.start:s.end]; !strings.Contains(fold(seg), tc.terms[0]) && len(tc.terms) == 1 {
					t.Errorf("span %v is %q", s, seg)
				}
			}
		})
	}
}

func TestHighlightLine(t *testing.T) {
	match := lipgloss.NewStyle().Underline(true)
	current := lipgloss.NewStyle().Reverse(true)
	styled := lipgloss.NewStyle().Bold(true).Render("Frau Müller") + " und " + lipgloss.NewStyle().Italic(true).Render("🙂 MÜLLER") + " Ende"
	for _, tc := range []struct {
		rule  string
		line  string
		terms []string
		cur   int
		count int
		marks []string
	}{
		{"plain text", "Herr Müller und müller", []string{"müller"}, -1, 2, []string{match.Render("Müller"), match.Render("müller")}},
		{"styled text keeps its words", styled, []string{"müller"}, -1, 2, []string{match.Render("Müller"), match.Render("MÜLLER")}},
		{"the current match is marked apart", styled, []string{"müller"}, 1, 2, []string{match.Render("Müller"), current.Render("MÜLLER")}},
		{"no match leaves the line alone", styled, []string{"zeppelin"}, -1, 0, nil},
	} {
		t.Run(tc.rule, func(t *testing.T) {
			got, n := highlightLine(tc.line, tc.terms, match, current, tc.cur)
			if n != tc.count {
				t.Fatalf("%d matches, want %d", n, tc.count)
			}
			if ansi.Strip(got) != ansi.Strip(tc.line) {
				t.Fatalf("text changed: %q", ansi.Strip(got))
			}
			if ansi.StringWidth(got) != ansi.StringWidth(tc.line) {
				t.Fatalf("width %d, want %d", ansi.StringWidth(got), ansi.StringWidth(tc.line))
			}
			for _, m := range tc.marks {
				if !strings.Contains(got, m) {
					t.Errorf("%q lacks %q", got, m)
				}
			}
			if tc.count == 0 && got != tc.line {
				t.Errorf("line changed without a match")
			}
		})
	}
	// After a match, the line's own style resumes.
	got, _ := highlightLine(styled, []string{"frau"}, match, current, -1)
	after := got[strings.Index(got, match.Render("Frau"))+len(match.Render("Frau")):]
	if !strings.HasPrefix(after, "\x1b[1m") {
		t.Errorf("bold did not resume after the match: %q", after)
	}
}

func TestMarkPlain(t *testing.T) {
	base, match := lipgloss.NewStyle().Bold(true), lipgloss.NewStyle().Underline(true)
	got := markPlain("Katrin Müller", []string{"mül"}, base, match)
	want := base.Render("Katrin ") + match.Render("Mül") + base.Render("ler")
	if got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
	if got := markPlain("Tom", []string{"x"}, base, match); got != base.Render("Tom") {
		t.Fatalf("unmatched text: %q", got)
	}
}

func TestSnippet(t *testing.T) {
	long := strings.Repeat("lorem ipsum ", 10) + "the Zeppelin landed\nnext line"
	for _, tc := range []struct {
		rule  string
		text  string
		terms []string
		width int
		want  string
	}{
		{"a short line shows whole", "Breakfast costs extra", []string{"costs"}, 30, "Breakfast costs extra"},
		{"only the line with the match shows", "first line\nsecond line has it\nthird", []string{"has"}, 30, "second line has it"},
		{"text before a far match is cut", long, []string{"zeppelin"}, 24, "…um the Zeppelin landed"},
		{"no match, no snippet", "text", []string{"zeppelin"}, 20, ""},
		{"control characters are removed", "bad \x1b]0;x\x07title", []string{"title"}, 20, "bad title"},
	} {
		t.Run(tc.rule, func(t *testing.T) {
			got := snippet(tc.text, tc.terms, tc.width)
			if got != tc.want {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
			if ansi.StringWidth(got) > tc.width {
				t.Fatalf("%q is wider than %d", got, tc.width)
			}
		})
	}
}
