package model

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// wantScan is scanText by the rune-wise rule.
func wantScan(s string) (valid, control bool) {
	if !utf8.ValidString(s) {
		return false, false
	}
	return true, strings.IndexFunc(s, isForbiddenInText) >= 0
}

// TestScanTextMatchesIsControl checks the word-wise scan against the
// rune-wise rule for every rune, at every place in an eight-byte word,
// and for random bytes, most of them printable ASCII.
func TestScanTextMatchesIsControl(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if 0xd800 <= r && r <= 0xdfff {
			continue
		}
		pad := 1
		if r < 0x800 {
			// Few enough to try at every place in a word.
			pad = 8
		}
		for p := range pad {
			s := strings.Repeat("a", p) + string(r) + strings.Repeat("b", 17)
			if gv, gc := scanText(s); gv != true || gc != isForbiddenInText(r) {
				t.Fatalf("scanText(%q) = %v, %v; want true, %v", s, gv, gc, isForbiddenInText(r))
			}
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 200000 {
		b := make([]byte, rng.IntN(40))
		for i := range b {
			if rng.IntN(10) == 0 {
				b[i] = byte(rng.Uint32())
			} else {
				b[i] = byte(0x20 + rng.IntN(0x5f))
			}
		}
		gv, gc := scanText(string(b))
		if wv, wc := wantScan(string(b)); gv != wv || gc != wc {
			t.Fatalf("scanText(%q) = %v, %v; want %v, %v", b, gv, gc, wv, wc)
		}
	}
}
