package tui

import (
	"netvet/model"
	"strings"
)

// Clean is [model.Clean]: every string that came from the user or an
// import passes through it (or [CleanLine]) before it reaches a View.
func Clean(s string) string { return model.Clean(s) }

// CleanLine is [model.CleanLine], for text shown on one line.
func CleanLine(s string) string { return model.CleanLine(s) }

// quotedLine shows a message that may quote a file name, a path or a
// value (the status line, a failure) on one line, with its control
// characters written as escapes (\x1b): there the user must see what a
// name holds. Text that is read rather than quoted, such as notes and
// names in lists, goes through Clean instead, which drops them.
func quotedLine(s string) string {
	return model.EscapeControls(strings.Join(strings.Fields(s), " "))
}

// quotedText is quotedLine for a message of several lines: each line's
// control characters are written as escapes, its line breaks kept.
func quotedText(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = model.EscapeControls(l)
	}
	return strings.Join(lines, "\n")
}
