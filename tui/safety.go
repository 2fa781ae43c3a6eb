package tui

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"netvet/model"
)

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

// quotedLine shows a message that may quote a file name, a path or a
// value (the status line, a failure) on one line, with its control
// characters written as escapes (\x1b): there the user must see what a
// name holds. Text that is read rather than quoted, such as notes and
// names in lists, goes through Clean instead, which drops them.
func quotedLine(s string) string {
	return model.EscapeControls(strings.Join(strings.Fields(s), " "))
}

// quotedText is quotedLine for a message of several lines: each line's
// control characters are written as escapes, its line breaks kept.
func quotedText(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = model.EscapeControls(l)
	}
	return strings.Join(lines, "\n")
}

// terminalSafe removes from a frame every escape sequence but SGR (colours
// and text attributes) and every control character but the line feed, and
// the bidirectional controls. Screens clean the user's text themselves;
// this is the last guard before the terminal, so that a value a screen
// forgot to clean (a label of an unknown value in a file some other
// program wrote) still cannot move the cursor, clear the screen or change
// the window title.
func terminalSafe(frame string) string {
	if isSafe(frame) {
		return frame
	}
	var b strings.Builder
	b.Grow(len(frame))
	for s := frame; len(s) > 0; {
		if s[0] == ansi.ESC {
			seq, _, n, _ := ansi.DecodeSequence(s, ansi.NormalState, nil)
			if isSGR(seq) {
				b.WriteString(seq)
			}
			s = s[max(1, n):]
			continue
		}
		r, n := utf8.DecodeRuneInString(s)
		if r == '\n' || !(unicode.IsControl(r) || model.IsBidiControl(r)) {
			b.WriteString(s[:n])
		}
		s = s[n:]
	}
	return b.String()
}

// isSafe reports whether frame has only SGR sequences and no other control
// character but line feeds: the common case, checked without copying.
func isSafe(frame string) bool {
	for i := 0; i < len(frame); {
		c := frame[i]
		switch {
		case c == ansi.ESC:
			n := sgrLen(frame[i:])
			if n == 0 {
				return false
			}
			i += n
		case c == '\n' || (c >= 0x20 && c < 0x7f):
			i++
		case c < 0x80:
			return false
		default:
			r, n := utf8.DecodeRuneInString(frame[i:])
			if unicode.IsControl(r) || model.IsBidiControl(r) {
				return false
			}
			i += n
		}
	}
	return true
}

// sgrLen is the length of the SGR sequence (ESC [ digits, ";" and ":" m)
// that s starts with, or 0.
func sgrLen(s string) int {
	if len(s) < 3 || s[0] != ansi.ESC || s[1] != '[' {
		return 0
	}
	for i := 2; i < len(s); i++ {
		switch c := s[i]; {
		case c == 'm':
			return i + 1
		case (c < '0' || c > '9') && c != ';' && c != ':':
			return 0
		}
	}
	return 0
}
