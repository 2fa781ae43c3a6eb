package model

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// Text from the user or an import can hold terminal control sequences. Two
// ways to keep them from acting: Clean removes them, for text that is read
// (the interface's screens, the Markdown and CSV exports); EscapeControls
// shows them as escapes, for messages that quote a value, a key or a path,
// where the reader must see exactly what is there.

// Clean removes everything from user text that could act on the terminal
// instead of being shown: escape sequences (colours, cursor moves, OSC title
// changes and hyperlinks), other control characters, and the bidirectional
// overrides that reorder what follows them. Invalid UTF-8 becomes U+FFFD.
// Line breaks are kept; a tab becomes four spaces so widths stay countable.
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
		case unicode.IsControl(r), IsBidiControl(r):
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

// IsBidiControl reports the explicit directional formatting characters
// (embeddings, overrides and isolates, and the marks). Right-to-left text
// itself is not one; only the invisible controls that can reorder the rest
// of a line are.
func IsBidiControl(r rune) bool {
	return r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069 || r == 0x200E || r == 0x200F || r == 0x061C
}

// EscapeControls returns s with everything that could act on a terminal
// written the way Go's %q writes it: C0 controls (line breaks and tabs
// too) and DEL as \x1b or \n, C1 and bidirectional controls as \u009b, and every
// byte that is not UTF-8 as \xff. The rest, letters of every script
// included, stays as it is, so the result is one line that shows exactly
// what s holds. Every error and status line that quotes input passes
// through it on the way to a terminal.
func EscapeControls(s string) string {
	if !needsEscape(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b.WriteString(`\x`)
			b.WriteString(hexByte(s[i]))
		case r < 0x20 || r == 0x7f:
			b.WriteString(escapeC0(byte(r)))
		case unicode.IsControl(r) || IsBidiControl(r):
			b.WriteString(`\u`)
			b.WriteString(hexByte(byte(r >> 8)))
			b.WriteString(hexByte(byte(r)))
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// needsEscape reports whether EscapeControls would change s.
func needsEscape(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x20 || c == 0x7f {
			return true
		}
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || unicode.IsControl(r) || IsBidiControl(r) {
			return true
		}
		i += n
	}
	return false
}

// escapeC0 writes a C0 control character or DEL as %q does.
func escapeC0(c byte) string {
	if i := strings.IndexByte("\a\b\f\n\r\t\v", c); i >= 0 {
		return `\` + "abfnrtv"[i:i+1]
	}
	return `\x` + hexByte(c)
}

// hexByte writes c as two lower-case hex digits.
func hexByte(c byte) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[c>>4], digits[c&0xf]})
}
