package tui

import "testing"

func TestTerminalSafeKeepsOnlySGR(t *testing.T) {
	for _, tc := range []struct {
		rule string
		in   string
		want string
	}{
		{"colours stay", "\x1b[1;38;5;252mbold\x1b[0m", "\x1b[1;38;5;252mbold\x1b[0m"},
		{"hyperlinks go, their text stays", "\x1b]8;;https://x.example\x1b\\link\x1b]8;;\x1b\\", "link"},
		{"window titles go", "a\x1b]0;pwned\x07b", "ab"},
		{"screen clearing goes", "a\x1b[2Jb", "ab"},
		{"cursor movement goes", "a\x1b[10;10Hb\x1b[Ac", "abc"},
		{"private modes go", "a\x1b[?1049hb", "ab"},
		{"plain text is unchanged", "plain ü 🙂", "plain ü 🙂"},
	} {
		t.Run(tc.rule, func(t *testing.T) {
			if got := terminalSafe(tc.in); got != tc.want {
				t.Fatalf("terminalSafe(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
