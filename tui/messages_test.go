package tui

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestStatusAndFailureShowControlCharacters: the status line and the
// failure panel quote file names, paths and values; their control
// characters are shown as escapes (\x1b), so that the user sees what the
// name holds, rather than dropped by the final filter of the frame, and
// no sequence but colours reaches the terminal.
func TestStatusAndFailureShowControlCharacters(t *testing.T) {
	d := newDriver(t, seededStore(), 120, 30)
	d.send(statusMsg{text: "cannot open /tmp/a\x1b]0;PWNED\a.md\nnext line", isErr: true})
	d.mustSee(`cannot open /tmp/a\x1b]0;PWNED\a.md next line`)
	assertOnlySGR(t, d.app.View().Content)

	d.send(failureMsg{
		title: errSaveTitle,
		err:   errors.New("cannot save to /tmp/db\x1b]52;c;UFdORUQ=\a.db: no space left on device"),
		body:  fmt.Sprintf(errEditorKept, "/tmp/notes\u202e\x1b]2;PWNED\x1b\\.md"),
	})
	s := strings.Join(strings.Fields(d.screen()), " ")
	for _, want := range []string{`/tmp/db\x1b]52;c;UFdORUQ=\a.db`, `"/tmp/notes\u202e\x1b]2;PWNED\x1b\\.md"`} {
		if !strings.Contains(s, want) {
			t.Errorf("the failure panel does not show %q:\n%s", want, d.screen())
		}
	}
	assertOnlySGR(t, d.app.View().Content)
}

// assertOnlySGR fails if frame holds an escape sequence other than SGR or
// a control character other than a line feed.
func assertOnlySGR(t *testing.T, frame string) {
	t.Helper()
	for s := frame; s != ""; {
		if s[0] == ansi.ESC {
			n := sgrLen(s)
			if n == 0 {
				t.Fatalf("the frame holds the sequence %q", s[:min(len(s), 20)])
			}
			s = s[n:]
			continue
		}
		if s[0] < 0x20 && s[0] != '\n' || s[0] == 0x7f {
			t.Fatalf("the frame holds the control character %q", s[0])
		}
		s = s[1:]
	}
}
