package tui

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// Clean removes everything from user text that could act on the terminal
// instead of being shown: escape sequences (colours, cursor moves, OSC title
// changes and hyperlinks), other control characters, and the bidirectional
// overrides that reorder what follows them. Invalid UTF-8 becomes U+FFFD.
// Line breaks are kept; a tab becomes four spaces so widths stay countable.
//
// Every string that came from the user or an import passes through Clean
// (or [CleanLine]) before it reaches a View.
func Clean(s string) string {
	if isPlain(s) {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = ansi.Strip(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\n':
			b.WriteRune(r)
		case r == '\t':
			b.WriteString("    ")
		case r == '\r':
			// A lone carriage return would move the cursor to the start of
			// the line; CRLF line ends keep their LF.
		case unicode.IsControl(r), isBidiControl(r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// CleanLine is [Clean] for text shown on one line: line breaks become spaces.
func CleanLine(s string) string {
	s = Clean(s)
	if strings.IndexByte(s, '\n') < 0 {
		return s
	}
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\n", " ")), " ")
}

// isPlain reports whether s is printable ASCII, the common case that needs no
// work.
func isPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 && c != '\n' || c >= 0x7f {
			return false
		}
	}
	return utf8.ValidString(s)
}

// isBidiControl reports the explicit directional formatting characters
// (embeddings, overrides and isolates). Right-to-left text itself is kept;
// only the invisible controls that can reorder the rest of a line go.
func isBidiControl(r rune) bool {
	return r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069 || r == 0x200E || r == 0x200F || r == 0x061C
}
