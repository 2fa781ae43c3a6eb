package tui

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Search matches in what the interview notes screen shows: the spans of a
// query's terms in a text, marked on plain cells (the list) and on lines
// that carry styles already (the preview), the current match distinctly,
// and the snippet of the FOUND column.

// highlight marks the search matches in the preview lines, the current
// one distinctly.
func (s *notesScreen) highlight() {
	pv := &s.pv
	pv.hits = nil
	if len(s.terms) == 0 {
		pv.lines = pv.base
		pv.cur = 0
		s.clampOffset()
		return
	}
	match := s.c.styles.Match
	pv.lines = make([]string, len(pv.base))
	for i, l := range pv.base {
		var n int
		pv.lines[i], n = highlightLine(l, s.terms, match, match, -1)
		for k := range n {
			pv.hits = append(pv.hits, hit{i, k})
		}
	}
	pv.cur = max(0, min(pv.cur, len(pv.hits)-1))
	s.markCurrent(true)
	s.clampOffset()
}

// markCurrent draws the current match's line with (on) or without the
// current-match style.
func (s *notesScreen) markCurrent(on bool) {
	pv := &s.pv
	if pv.cur >= len(pv.hits) {
		return
	}
	h := pv.hits[pv.cur]
	nth := -1
	if on {
		nth = h.nth
	}
	pv.lines[h.line], _ = highlightLine(pv.base[h.line], s.terms, s.c.styles.Match, s.c.styles.CurrentMatch, nth)
}

// jump moves the current match by d and scrolls it into view.
func (s *notesScreen) jump(d int) {
	pv := &s.pv
	if len(pv.hits) == 0 {
		return
	}
	s.markCurrent(false)
	pv.cur = (pv.cur + d + len(pv.hits)) % len(pv.hits)
	s.markCurrent(true)
	s.showHit()
}

// showHit scrolls so that the current match is in view, a third down.
func (s *notesScreen) showHit() {
	pv := &s.pv
	if pv.cur >= len(pv.hits) {
		return
	}
	line := pv.hits[pv.cur].line
	if line < pv.offset || line >= pv.offset+s.geom.previewH {
		pv.offset = line - s.geom.previewH/3
	}
	s.clampOffset()
}

// span is a match in a string: the byte offsets [start, end).
type span struct{ start, end int }

// findSpans returns where the terms occur in text, ignoring case, as byte
// offsets into text: sorted, with overlapping matches merged.
func findSpans(text string, terms []string) []span {
	if len(terms) == 0 || text == "" {
		return nil
	}
	folded, orig := foldMap(text)
	var spans []span
	for _, t := range terms {
		for from := 0; from < len(folded); {
			i := strings.Index(folded[from:], t)
			if i < 0 {
				break
			}
			start := from + i
			end := start + len(t)
			spans = append(spans, span{origAt(orig, start), origAt(orig, end)})
			from = end
		}
	}
	if len(spans) < 2 {
		return spans
	}
	slices.SortFunc(spans, func(a, b span) int { return cmp.Compare(a.start, b.start) })
	merged := spans[:1]
	for _, s := range spans[1:] {
		last := &merged[len(merged)-1]
		if s.start < last.end {
			last.end = max(last.end, s.end)
			continue
		}
		merged = append(merged, s)
	}
	return merged
}

// foldMap folds text like [fold] and, unless text is ASCII (where offsets
// agree), returns for each byte offset of the folded text the offset of the
// same rune in text, plus one entry for the end.
func foldMap(text string) (string, []int) {
	if isASCII(text) {
		return fold(text), nil
	}
	var b strings.Builder
	b.Grow(len(text) + 8)
	orig := make([]int, 0, len(text)+9)
	for ti, r := range text {
		n, _ := b.WriteRune(unicode.ToLower(r))
		for range n {
			orig = append(orig, ti)
		}
	}
	return b.String(), append(orig, len(text))
}

func origAt(orig []int, i int) int {
	if orig == nil {
		return i
	}
	return orig[i]
}

// markPlain draws plain one-line text with base, and the matches of terms
// in it with match.
func markPlain(text string, terms []string, base, match lipgloss.Style) string {
	spans := findSpans(text, terms)
	if len(spans) == 0 {
		return base.Render(text)
	}
	var b strings.Builder
	prev := 0
	for _, s := range spans {
		if s.start > prev {
			b.WriteString(base.Render(text[prev:s.start]))
		}
		b.WriteString(match.Render(text[s.start:s.end]))
		prev = s.end
	}
	if prev < len(text) {
		b.WriteString(base.Render(text[prev:]))
	}
	return b.String()
}

// highlightLine marks the matches of terms in a line that may already carry
// styles (SGR sequences): each match is drawn with match, the cur-th (if
// cur ≥ 0) with current, and the line's own styling resumes after it. It
// returns the line and the number of matches in it.
func highlightLine(line string, terms []string, match, current lipgloss.Style, cur int) (string, int) {
	plain := line
	if strings.IndexByte(line, ansi.ESC) >= 0 {
		plain = ansi.Strip(line)
	}
	spans := findSpans(plain, terms)
	if len(spans) == 0 {
		return line, 0
	}
	if !isASCII(plain) {
		spans = clusterSpans(plain, spans)
	}
	var b strings.Builder
	col := 0
	for k, s := range spans {
		c0 := col + ansi.StringWidth(plain[prevEnd(spans, k):s.start])
		c1 := c0 + ansi.StringWidth(plain[s.start:s.end])
		if c0 > col {
			b.WriteString(ansi.Cut(line, col, c0))
		} else {
			// No cells to cut, but maybe text without width: a combining
			// mark that starts the line, a zero-width space.
			b.WriteString(plain[prevEnd(spans, k):s.start])
		}
		style := match
		if k == cur {
			style = current
		}
		b.WriteString(style.Render(plain[s.start:s.end]))
		col = c1
	}
	b.WriteString(ansi.TruncateLeft(line, col, ""))
	return b.String(), len(spans)
}

// clusterSpans widens sorted spans of text to whole grapheme clusters,
// merging those that then overlap. highlightLine cuts the styled line by
// cells, and a match that ends inside a cluster (a letter before its
// combining accent, one emoji of a joined sequence) would otherwise drop
// the rest of the cluster from the screen.
func clusterSpans(text string, spans []span) []span {
	bounds := []int{0}
	for pos := 0; pos < len(text); {
		c, _ := ansi.FirstGraphemeCluster(text[pos:], ansi.GraphemeWidth)
		pos += max(1, len(c))
		bounds = append(bounds, pos)
	}
	out := make([]span, 0, len(spans))
	for _, s := range spans {
		i, found := slices.BinarySearch(bounds, s.start)
		if !found {
			i--
		}
		j, _ := slices.BinarySearch(bounds, s.end)
		s = span{bounds[i], bounds[min(j, len(bounds)-1)]}
		if n := len(out); n > 0 && s.start < out[n-1].end {
			out[n-1].end = max(out[n-1].end, s.end)
			continue
		}
		out = append(out, s)
	}
	return out
}

func prevEnd(spans []span, k int) int {
	if k == 0 {
		return 0
	}
	return spans[k-1].end
}

// snippet returns up to width cells of text around the first match of
// terms, on one line, with "…" where it was cut, or "" without a match.
func snippet(text string, terms []string, width int) string {
	spans := findSpans(text, terms)
	if len(spans) == 0 || width < 4 {
		return ""
	}
	s := spans[0]
	lineStart := strings.LastIndexByte(text[:s.start], '\n') + 1
	lineEnd := len(text)
	if i := strings.IndexByte(text[s.end:], '\n'); i >= 0 {
		lineEnd = s.end + i
	}
	// Widths are measured on cleaned text: a tab is four cells there.
	if line := CleanLine(text[lineStart:lineEnd]); ansi.StringWidth(line) <= width {
		return line
	}
	before := CleanLine(text[lineStart:s.start])
	// Keep about a third of the room for what precedes the match.
	lead := width / 3
	prefix := ""
	if ansi.StringWidth(before) > lead {
		before = ansi.TruncateLeft(before, ansi.StringWidth(before)-lead+1, "")
		prefix = "…"
	}
	out := prefix + strings.TrimLeft(before, " ") + CleanLine(text[s.start:lineEnd])
	return ansi.Truncate(out, width, "…")
}
