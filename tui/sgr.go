package tui

// The escape sequences netvet lets reach the terminal: only Select Graphic
// Rendition (colours, bold, underline…). One scanner (sgrLen) decides what
// is SGR; terminalSafe drops everything else from a frame, and plainText
// tells joinFrame whether a text's width is the sum of its parts.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"netvet/model"
)

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

// isSGR reports whether seq is one whole SGR sequence.
func isSGR(seq string) bool {
	n := sgrLen(seq)
	return n > 0 && n == len(seq)
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

// plainText reports whether s is valid UTF-8 whose only control
// characters are line breaks and complete CSI sequences (ESC [ … final
// byte), such as the colours of the styles: then a line's width is the
// sum of its parts, and spaces appended to it add their own width.
func plainText(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\n':
		case c == ansi.ESC:
			if i+1 >= len(s) || s[i+1] != '[' {
				return false
			}
			i += 2
			for i < len(s) && 0x20 <= s[i] && s[i] <= 0x3f {
				i++
			}
			if i >= len(s) || s[i] < 0x40 || s[i] > 0x7e {
				return false
			}
		case c < 0x20, c == 0x7f:
			return false
		case c == 0xc2 && i+1 < len(s) && s[i+1] < 0xa0:
			// A C1 control character, U+0080–U+009F.
			return false
		}
	}
	return true
}
