package store

import (
	"strings"
	"testing"
)

func TestClipLine(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"short\nline", "short line"},
		{"title \x1b]0;x\x07 bidi \u202e raw \xff", `title \x1b]0;x\a bidi \u202e raw \xff`},
		{strings.Repeat("ä", MaxLineRunes) + strings.Repeat("b", 3_912_004), strings.Repeat("ä", MaxLineRunes) + "… (3,912,004 more characters)"},
		{strings.Repeat("c", MaxLineRunes), strings.Repeat("c", MaxLineRunes)},
	} {
		if got := ClipLine(tc.in); got != tc.want {
			t.Errorf("ClipLine(%.40q) = %.80q, want %.80q", tc.in, got, tc.want)
		}
	}
}
