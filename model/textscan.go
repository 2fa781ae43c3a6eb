package model

import "unicode/utf8"

// Masks for looking at eight bytes of text at once.
const (
	bytesLow  = 0x0101010101010101
	bytesHigh = 0x8080808080808080
)

// scanText reports whether s is valid UTF-8 and, if it is, whether it
// holds a rune that isForbiddenInText: a C0 control but the tab and line
// feed, DEL, or a C1 control (U+0080–U+009F). Notes run to megabytes, and
// most of them is printable ASCII, so it takes eight such bytes at a time
// and looks at the others one by one.
func scanText(s string) (valid, control bool) {
	for i := 0; i < len(s); {
		if i+8 <= len(s) && printableASCII(load8(s[i:])) {
			i += 8
			continue
		}
		c := s[i]
		if c < utf8.RuneSelf {
			control = control || (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return false, false
		}
		control = control || r < 0xa0
		i += size
	}
	return true, control
}

// load8 reads the first eight bytes of s as a little-endian word.
func load8(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// printableASCII reports whether every byte of w is 0x20–0x7E: none has
// the high bit, none is below 0x20 and none is 0x7F (each test finds a
// byte below a bound in all eight at once; see "Bit Twiddling Hacks",
// hasless and haszero).
func printableASCII(w uint64) bool {
	below := (w - 0x20*bytesLow) &^ w & bytesHigh
	del := w ^ (0x7f * bytesLow)
	isDel := (del - bytesLow) &^ del & bytesHigh
	return w&bytesHigh == 0 && below == 0 && isDel == 0
}
