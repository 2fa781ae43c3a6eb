package store

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxLineRunes is how much of a problem is shown: a damaged value of
// megabytes would otherwise make a line of megabytes.
const MaxLineRunes = 200

// ClipLine prepares a message that may quote the file's contents for one
// line of output: white space folded to single spaces, control
// characters, bytes that are not UTF-8 and bidirectional controls escaped
// (\x1b, \u202e), and cut after MaxLineRunes characters with the rest
// counted ("… (3,912,004 more characters)").
func ClipLine(s string) string {
	s = escapeControls(strings.Join(strings.Fields(s), " "))
	if utf8.RuneCountInString(s) <= MaxLineRunes {
		return s
	}
	cut := 0
	for n := 0; n < MaxLineRunes; n++ {
		_, size := utf8.DecodeRuneInString(s[cut:])
		cut += size
	}
	return s[:cut] + fmt.Sprintf(msgClipped, groupThousands(utf8.RuneCountInString(s[cut:])))
}

// escapeControls writes control characters, bytes that are not UTF-8 and
// bidirectional controls as Go escapes, so that quoted input cannot move
// the cursor, change the window title or reorder the line.
func escapeControls(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case unicode.IsControl(r) && r < 0x100:
			fmt.Fprintf(&b, `\x%02x`, r)
		case unicode.Is(unicode.Bidi_Control, r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// groupThousands writes n with commas between groups of three digits.
func groupThousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
