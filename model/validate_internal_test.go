package model

import (
	"strings"
	"testing"
	"unicode"
)

// TestHasForbiddenControlMatchesIsControl checks the byte-wise scan for
// control characters against the rune-wise rule, for every rune.
func TestHasForbiddenControlMatchesIsControl(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if 0xd800 <= r && r <= 0xdfff {
			continue
		}
		s := "a" + string(r) + "b"
		if got, want := hasForbiddenControl(s), strings.IndexFunc(s, isForbiddenInText) >= 0; got != want {
			t.Fatalf("hasForbiddenControl(%q) = %v, want %v", s, got, want)
		}
	}
}
