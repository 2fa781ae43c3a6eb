package model

import "unicode/utf8"

// Masks for looking at the eight bytes of a word at once.
const (
	bytes01 = 0x0101010101010101
	bytes7F = 0x7F7F7F7F7F7F7F7F
	bytes80 = 0x8080808080808080
)

// scanText reports whether s is valid UTF-8 and, if it is, whether it
// holds a rune that isForbiddenInText: a C0 control but the tab and line
// feed, DEL, or a C1 control (U+0080–U+009F). Notes run to megabytes,
// nearly all of it ASCII, so it looks at eight ASCII bytes at a time and
// decodes the rest rune by rune.
func scanText(s string) (valid, control bool) {
	for len(s) > 0 {
		if len(s) >= 8 {
			w := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
				uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
			if w&bytes80 == 0 {
				control = control || asciiControls(w) != 0
				s = s[8:]
				continue
			}
		}
		if c := s[0]; c < utf8.RuneSelf {
			control = control || (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f
			s = s[1:]
			continue
		}
		r, size := utf8.DecodeRuneInString(s)
		if r == utf8.RuneError && size == 1 {
			return false, false
		}
		control = control || r < 0xa0
		s = s[size:]
	}
	return true, control
}

// asciiControls marks, in a word of eight ASCII bytes, each byte that
// isForbiddenInText with its high bit: the bytes below 0x20 but the tab
// and the line feed, and DEL. Each mask is exact for ASCII: adding to a
// byte below 0x80 never carries into the next.
func asciiControls(w uint64) uint64 {
	below20 := ^(w + 0x60*bytes01) & bytes80
	del := (w + bytes01) & bytes80
	return below20&^(isByte(w, '\n')|isByte(w, '\t')) | del
}

// isByte marks each byte of the ASCII word w that equals c.
func isByte(w uint64, c byte) uint64 {
	v := w ^ (uint64(c) * bytes01)
	return ^(v + bytes7F) & bytes80
}
