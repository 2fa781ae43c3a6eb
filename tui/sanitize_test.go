package tui

import "testing"

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
			if r == 0x1b || r == 0x07 || r == '\r' || (r < 0x20 && r != '\n') || (r >= 0x7f && r < 0xa0) || isBidiControl(r) {
				t.Fatalf("Clean(%q) kept control %U in %q", s, r, out)
			}
		}
		if Clean(out) != out {
			t.Fatalf("Clean is not idempotent on %q", s)
		}
	})
}
