package tui

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Helpers every screen uses to lay text out in cells: cut or pad to a
// width, to a height, scroll a list to its cursor, wrap, and the short
// words of a list cell.

// cell truncates or pads s to exactly w cells.
func cell(s string, w int) string {
	if w <= 0 {
		return ""
	}
	s = ansi.Truncate(s, w, "…")
	if pad := w - lipgloss.Width(s); pad > 0 {
		s += strings.Repeat(" ", pad)
	}
	return s
}

// scrollStart returns the first of n rows to show in a window of h rows so
// that the cursor row is visible, keeping it near the middle.
func scrollStart(cursor, n, h int) int {
	if n <= h {
		return 0
	}
	return max(0, min(cursor-h/2, n-h))
}

// padLines pads or cuts s to exactly h lines.
func padLines(s string, h int) string {
	if h <= 0 {
		return ""
	}
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}

// wrapText is ansi.Wrap that keeps to width as ansi.StringWidth (and so
// lipgloss) counts it: x/ansi v0.11 can leave a line one cell too wide
// when a hyphen falls on the limit ("ab cd-" at 5), and counts a keycap
// ("1️⃣") as one cell while wrapping but two when measuring. A line that is
// still too wide is broken again, cluster by cluster. s is plain text,
// without escape sequences.
func wrapText(s string, width int, breakpoints string) string {
	out := ansi.Wrap(s, width, breakpoints)
	if width < 1 {
		return out
	}
	lines := strings.Split(out, "\n")
	changed := false
	for i, l := range lines {
		if ansi.StringWidth(l) > width {
			lines[i] = breakLine(l, width)
			changed = true
		}
	}
	if !changed {
		return out
	}
	return strings.Join(lines, "\n")
}

// breakLine breaks plain text into lines of at most width cells, between
// grapheme clusters, each measured with ansi.StringWidth.
func breakLine(line string, width int) string {
	var b strings.Builder
	used := 0
	for rest := line; rest != ""; {
		c, _ := ansi.FirstGraphemeCluster(rest, ansi.GraphemeWidth)
		if c == "" {
			c = rest[:1]
		}
		w := ansi.StringWidth(c)
		if used > 0 && used+w > width {
			b.WriteByte('\n')
			used = 0
		}
		b.WriteString(c)
		used += w
		rest = rest[len(c):]
	}
	return b.String()
}

func flag(b bool) string {
	if b {
		return choiceYes
	}
	return "–"
}

func lenCells(s string) int { return ansi.StringWidth(s) }

// joinBlocks lays blocks out in as many columns as fit in width, gap cells
// apart, in rows of columns.
func joinBlocks(blocks []string, width, gap int) string {
	var rows []string
	var row []string
	used := 0
	for _, b := range blocks {
		w := lipgloss.Width(b)
		if len(row) > 0 && used+gap+w > width {
			rows = append(rows, lipgloss.JoinHorizontal(lipgloss.Top, row...))
			row, used = nil, 0
		}
		if len(row) > 0 {
			row = append(row, strings.Repeat(" ", gap))
			used += gap
		}
		row = append(row, b)
		used += w
	}
	if len(row) > 0 {
		rows = append(rows, lipgloss.JoinHorizontal(lipgloss.Top, row...))
	}
	return strings.Join(rows, "\n\n")
}

// padCells pads or cuts every line of s to exactly w cells.
func padCells(s string, w int) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = cell(l, w)
	}
	return strings.Join(lines, "\n")
}

// flow lays items out one after the other, sep between them, in lines of
// at most width cells, breaking only between items; an item wider than
// width is cut.
func flow(items []string, sep string, width int) []string {
	var lines []string
	line, used := "", 0
	sw := ansi.StringWidth(sep)
	for _, it := range items {
		w := ansi.StringWidth(it)
		if w > width {
			it, w = ansi.Truncate(it, width, "…"), width
		}
		switch {
		case used == 0:
			line, used = it, w
		case used+sw+w <= width:
			line, used = line+sep+it, used+sw+w
		default:
			lines = append(lines, line)
			line, used = it, w
		}
	}
	return append(lines, line)
}

// wrapLines wraps plain text to width and keeps at most maxLines lines
// (0: all).
func wrapLines(s string, width, maxLines int) []string {
	lines := strings.Split(wrapText(s, width, " "), "\n")
	if maxLines > 0 && len(lines) > maxLines {
		lines = lines[:maxLines]
	}
	return lines
}

// bulletLines is plain text as a bullet point wrapped to width, the lines
// after the first indented under the text.
func bulletLines(s string, width int) []string {
	lines := wrapLines(s, max(1, width-len([]rune(bullet))), 0)
	for i := range lines {
		if i == 0 {
			lines[i] = bullet + lines[i]
		} else {
			lines[i] = strings.Repeat(" ", len([]rune(bullet))) + lines[i]
		}
	}
	return lines
}

// questionLines are a question waiting for y or n, wrapped to width in at
// most maxLines lines, with the keys that answer it after it.
func questionLines(st Styles, style lipgloss.Style, q string, width, maxLines int) []string {
	width = max(10, width)
	lines := wrapLines(q, width, maxLines)
	for i, l := range lines {
		lines[i] = style.Render(l)
	}
	last := len(lines) - 1
	if ansi.StringWidth(lines[last])+2+ansi.StringWidth(askYesNo) <= width {
		lines[last] += "  " + st.Bold.Render(askYesNo)
		return lines
	}
	return append(lines, st.Bold.Render(askYesNo))
}
