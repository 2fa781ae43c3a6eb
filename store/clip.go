package store

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"netvet/model"
)

// MaxLineRunes is how much of a problem is shown: a damaged value of
// megabytes would otherwise make a line of megabytes.
const MaxLineRunes = 200

// ClipLine prepares a message that may quote the file's contents for one
// line of output: white space folded to single spaces, control
// characters, bytes that are not UTF-8 and bidirectional controls escaped
// (model.EscapeControls), and cut after MaxLineRunes characters with the
// rest counted ("… (3,912,004 more characters)").
func ClipLine(s string) string {
	s = model.EscapeControls(strings.Join(strings.Fields(s), " "))
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

// groupThousands writes n with commas between groups of three digits.
func groupThousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
