package tui

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// joinFrame stacks the parts of a frame: the header, the body cut or
// filled to exactly height lines and cut to width, the status line and
// the help line, each line padded with spaces to the widest. It gives
// exactly what lipgloss gives for
//
//	body = lipgloss.NewStyle().Height(height).MaxHeight(height).MaxWidth(width).Render(body)
//	lipgloss.JoinVertical(lipgloss.Left, header, body, status, help)
//
// but measures each line once where lipgloss measures it about six times,
// which is most of the work of a frame. Whatever lipgloss treats specially
// — a tab or carriage return, a body line wider than width — and text
// whose width could change when spaces follow it (see plainText) go the
// lipgloss way (frameByLipgloss).
func joinFrame(width, height int, header, body, status, help string) string {
	if height <= 0 || width <= 0 {
		return frameByLipgloss(width, height, header, body, status, help)
	}
	for _, p := range [...]string{header, body, status, help} {
		if !plainText(p) {
			return frameByLipgloss(width, height, header, body, status, help)
		}
	}
	bodyLines := strings.Split(body, "\n")
	// The body's lines are padded to its widest, even one below the cut.
	bodyWidths := make([]int, len(bodyLines))
	widestBody := 0
	for i, l := range bodyLines {
		bodyWidths[i] = ansi.StringWidth(l)
		if bodyWidths[i] > width {
			return frameByLipgloss(width, height, header, body, status, help)
		}
		widestBody = max(widestBody, bodyWidths[i])
	}
	var lines []string
	var widths []int
	add := func(block string) {
		for l := range strings.SplitSeq(block, "\n") {
			lines = append(lines, l)
			widths = append(widths, ansi.StringWidth(l))
		}
	}
	add(header)
	for i := range height {
		if i < len(bodyLines) {
			lines = append(lines, bodyLines[i])
			widths = append(widths, bodyWidths[i])
		} else {
			lines = append(lines, "")
			widths = append(widths, 0)
		}
	}
	add(status)
	add(help)
	widest := widestBody
	for _, w := range widths {
		widest = max(widest, w)
	}
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l)
		b.WriteString(strings.Repeat(" ", widest-widths[i]))
	}
	return b.String()
}

// frameByLipgloss is joinFrame done by lipgloss.
func frameByLipgloss(width, height int, header, body, status, help string) string {
	body = lipgloss.NewStyle().Height(height).MaxHeight(height).MaxWidth(width).Render(body)
	return lipgloss.JoinVertical(lipgloss.Left, header, body, status, help)
}
