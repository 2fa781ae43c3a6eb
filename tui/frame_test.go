package tui

import (
	"strings"
	"testing"
)

// TestJoinFrameIsWhatLipglossGives compares joinFrame with the lipgloss
// calls it stands for, on frames of every shape.
func TestJoinFrameIsWhatLipglossGives(t *testing.T) {
	st := NewStyles(true)
	styled := st.Title.Render("Candidate networks") + " " + st.Subtle.Render("(200)")
	header := st.AppTitle.Render("netvet") + "\n" + st.Subtle.Render(strings.Repeat("─", 40))
	tests := []struct {
		name                 string
		width, height        int
		header, body, status string
	}{
		{"a plain body shorter than the frame", 40, 6, header, "one\ntwo", ""},
		{"a styled body", 40, 4, header, styled + "\n" + st.Selected.Render("▸ row"), "Saved"},
		{"wide characters", 40, 3, header, "Müller 👍 東京\n✅ done", ""},
		{"more lines than the frame, a long one below the cut", 40, 2, header, "a\nb\n" + strings.Repeat("x", 38), ""},
		{"an empty body", 40, 3, header, "", ""},
		{"a header wider than the body", 20, 2, header, "short", "status"},
		{"a status line wider than everything", 10, 2, "h", "b", strings.Repeat("s", 30)},
		{"a body line wider than the frame", 10, 2, header, strings.Repeat("y", 25), ""},
		{"a tab", 40, 2, header, "a\tb", ""},
		{"a carriage return", 40, 2, header, "a\r\nb", ""},
		{"no room", 0, 0, header, "body", ""},
		{"an escape cut short at the end of a line", 40, 2, header, "a\x1b[1", ""},
		{"an escape that is not CSI", 40, 2, header, "\x1b]8;;x\x07link", ""},
		{"a C1 control character", 40, 2, header, "a\u009db", ""},
		{"a byte that is not UTF-8", 40, 2, header, "a\x9d\n0", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			help := st.Subtle.Render("? help")
			got := joinFrame(tt.width, tt.height, tt.header, tt.body, tt.status, help)
			want := frameByLipgloss(tt.width, tt.height, tt.header, tt.body, tt.status, help)
			if got != want {
				t.Errorf("joinFrame gives\n%q\nlipgloss gives\n%q", got, want)
			}
		})
	}
}

// FuzzJoinFrame compares joinFrame with lipgloss on arbitrary parts.
func FuzzJoinFrame(f *testing.F) {
	f.Add(uint8(40), uint8(5), "header\n────", "one\n\x1b[1mtwo\x1b[m\nthree", "", "help")
	f.Add(uint8(8), uint8(2), "h", "Müller 👍 東京 and more", "status", "")
	f.Fuzz(func(t *testing.T, width, height uint8, header, body, status, help string) {
		got := joinFrame(int(width), int(height), header, body, status, help)
		if want := frameByLipgloss(int(width), int(height), header, body, status, help); got != want {
			t.Fatalf("joinFrame gives\n%q\nlipgloss gives\n%q", got, want)
		}
	})
}
