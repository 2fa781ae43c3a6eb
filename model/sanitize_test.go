package model

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestClean(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain text is kept", "Circle of Experts", "Circle of Experts"},
		{"umlauts, CJK, emoji and RTL text are kept", "Müller 日本 🚀 שלום", "Müller 日本 🚀 שלום"},
		{"SGR colours are removed", "\x1b[31mred\x1b[0m", "red"},
		{"OSC title change is removed", "\x1b]0;pwned\x07name", "name"},
		{"OSC 8 hyperlink keeps its text", "\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\", "link"},
		{"cursor moves and clear screen are removed", "a\x1b[2J\x1b[H\x1b[10;10Hb", "ab"},
		{"C0 controls are removed", "a\x00b\x07c\x08d", "abcd"},
		{"C1 controls are removed", "a\u009bb\u0085c", "abc"},
		{"DEL is removed", "a\x7fb", "ab"},
		{"bidi overrides are removed", "abc\u202edef\u2066", "abcdef"},
		{"newlines are kept", "line 1\nline 2", "line 1\nline 2"},
		{"CR of CRLF is dropped", "a\r\nb", "a\nb"},
		{"tabs become spaces", "a\tb", "a    b"},
		{"invalid UTF-8 becomes the replacement character", "a\xffb", "a\uFFFDb"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Clean(tt.in); got != tt.want {
				t.Fatalf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCleanLineFoldsLines(t *testing.T) {
	if got := CleanLine("one\ntwo\n\nthree"); got != "one two three" {
		t.Fatalf("got %q", got)
	}
}

func FuzzClean(f *testing.F) {
	for _, s := range []string{"plain", "\x1b]0;t\x07", "\x1b[31mx", "a\u202eb", "\xff\xfe", "日本\t\r\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Clean(s)
		for _, r := range out {
			if r == 0x1b || r == 0x07 || r == '\r' || (r < 0x20 && r != '\n') || (r >= 0x7f && r < 0xa0) || IsBidiControl(r) {
				t.Fatalf("Clean(%q) kept control %U in %q", s, r, out)
			}
		}
		if Clean(out) != out {
			t.Fatalf("Clean is not idempotent on %q", s)
		}
	})
}

func TestEscapeControls(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain text is kept", "cannot read export.json", "cannot read export.json"},
		{"letters of every script are kept", "Müller 日本 🚀 שלום", "Müller 日本 🚀 שלום"},
		{"an OSC title change is shown", "\x1b]0;pwned\x07", `\x1b]0;pwned\a`},
		{"OSC 52 is shown", "\x1b]52;c;aGk=\x1b\\", `\x1b]52;c;aGk=\x1b\`},
		{"line breaks and tabs are shown", "a\nb\tc\r", `a\nb\tc\r`},
		{"DEL is shown", "a\x7fb", `a\x7fb`},
		{"C1 controls are shown", "a\u009bb\u0085c", `a\u009bb\u0085c`},
		{"bidi controls are shown", "abc\u202edef\u2066", `abc\u202edef\u2066`},
		{"invalid UTF-8 is shown byte by byte", "a\xff\xc3b", `a\xff\xc3b`},
		{"a backslash stays", `C:\temp`, `C:\temp`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := EscapeControls(tt.in); got != tt.want {
				t.Fatalf("EscapeControls(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzEscapeControls(f *testing.F) {
	for _, s := range []string{"plain", "\x1b]0;t\x07", "a\u202eb", "\xff\xfe", "日本\t\r\n", "\u0085"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := EscapeControls(s)
		if !utf8.ValidString(out) {
			t.Fatalf("EscapeControls(%q) = %q is not valid UTF-8", s, out)
		}
		for _, r := range out {
			if unicode.IsControl(r) || IsBidiControl(r) {
				t.Fatalf("EscapeControls(%q) kept control %U in %q", s, r, out)
			}
		}
		if EscapeControls(out) != out {
			t.Fatalf("EscapeControls is not idempotent on %q", s)
		}
	})
}
