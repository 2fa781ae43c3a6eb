package main

import (
	"encoding/base64"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// injection is what a hostile file carries into an error line: a window
// title (OSC 0 and OSC 2), a window name (tmux's ESC k) and a clipboard
// write (OSC 52), all marked with tag.
func injection(tag string) string {
	return "\x1b]0;PWNED-" + tag + "\a\x1b]2;PWNED-" + tag + "\x1b\\\x1bkPWNED-" + tag + "\x1b\\" +
		"\x1b]52;c;" + base64.StdEncoding.EncodeToString([]byte("PWNED-"+tag)) + "\a"
}

// shownInjection is how an error line must show injection(tag): every
// escape written out, as %q writes it.
func shownInjection(tag string) string {
	q := strconv.Quote(injection(tag))
	return q[1 : len(q)-1]
}

// TestE2EErrorLinesCannotReachTheTerminal runs netvet in tmux with the
// clipboard open to programs (set-clipboard on), where piped stderr would
// hide the attack: an import whose unknown key holds escape sequences, an
// import of a file whose name holds them, one of a missing file with such
// a name, and a successful import into a database whose path holds them.
// The window titles, the window names and tmux's paste buffers must stay
// untouched, and each error or status line must show the sequences as
// visible escapes.
func TestE2EErrorLinesCannotReachTheTerminal(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	db := filepath.Join(dir, "netvet.db")
	keyFile := filepath.Join(dir, "key.json")
	key, err := json.Marshal(injection("KEY"))
	if err != nil {
		t.Fatal(err)
	}
	doc := `{"format": "netvet.export", "version": 1, "networks": [{"name": "Alpha", ` + string(key) + `: 1}]}`
	if err := os.WriteFile(keyFile, []byte(doc), 0o600); err != nil {
		t.Fatal(err)
	}
	nameFile := filepath.Join(dir, "export"+injection("NAME")+".json")
	if err := os.WriteFile(nameFile, []byte(`{"format": "netvet.export", "version": 1, "networks": [{"name": 7}]}`), 0o600); err != nil {
		t.Fatal(err)
	}
	goodFile := filepath.Join(dir, "good.json")
	if err := os.WriteFile(goodFile, []byte(`{"format": "netvet.export", "version": 1, "networks": [{"name": "Beta"}]}`), 0o600); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing"+injection("MISSING")+".json")
	hostileDB := filepath.Join(dir, "db"+injection("DB")+".db")

	// The first pane only shows the version: the clipboard is opened to
	// programs before any hostile run starts.
	tm := startTerminal(t, 200, 30, db, "--version")
	tm.tmux("set-option", "-g", "set-clipboard", "on")
	tm.tmux("set-option", "-g", "allow-rename", "on")
	before := tm.tmux("display-message", "-p", "-t", tm.main.pane, "#{pane_title}")

	runs := []struct {
		name string
		args []string
		want []string
		code int
	}{
		{"key", []string{"import", keyFile}, []string{`networks[0]["` + shownInjection("KEY")[:40], `"]: unknown field`}, exitFailure},
		{"name", []string{"import", nameFile}, []string{"export" + shownInjection("NAME") + ".json", "networks[0].name: must be a string"}, exitFailure},
		{"missing", []string{"import", missing}, []string{"missing" + shownInjection("MISSING") + ".json", "no such file"}, exitFailure},
		{"db", []string{"import", "--db", hostileDB, goodFile}, []string{"Imported 1 network", "db" + shownInjection("DB") + ".db"}, exitOK},
	}
	for _, r := range runs {
		run := tm.startWindow(r.name, "", r.args...)
		if code := tm.waitExit(run, waitTimeout); code != r.code {
			t.Errorf("%s: exit %d, want %d", r.name, code, r.code)
		}
		// A new window can start smaller than the session and grow, which
		// pushes the first lines into the history: capture that too.
		screen := tm.tmux("capture-pane", "-p", "-J", "-S", "-", "-t", run.pane)
		for _, want := range r.want {
			if !strings.Contains(screen, want) {
				t.Errorf("%s: the pane does not show %q:\n%s", r.name, want, screen)
			}
		}
		if title := tm.tmux("display-message", "-p", "-t", run.pane, "#{pane_title}"); title != before {
			t.Errorf("%s: the window title is %q, was %q", r.name, title, before)
		}
		if name := tm.tmux("display-message", "-p", "-t", run.pane, "#{window_name}"); strings.Contains(name, "PWNED") {
			t.Errorf("%s: the window was renamed %q", r.name, name)
		}
	}
	if buffers := tm.tmux("list-buffers"); buffers != "" {
		t.Errorf("the clipboard was written: %s", buffers)
	}
}
