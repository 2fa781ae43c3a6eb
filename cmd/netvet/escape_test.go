package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"charm.land/fang/v2"
)

// TestPrintErrorEscapesControlCharacters: whatever an error quotes, the
// line on stderr is one line of printable text.
func TestPrintErrorEscapesControlCharacters(t *testing.T) {
	var b bytes.Buffer
	printError(&b, fang.Styles{}, errors.New("cannot read x\x1b]0;PWNED\x07\n\ty\u202ez\u009b\xff"))
	want := `netvet: cannot read x\x1b]0;PWNED\a y\u202ez\u009b\xff` + "\n"
	if b.String() != want {
		t.Fatalf("printError wrote %q, want %q", b.String(), want)
	}
}

// TestMessagesQuoteHostileInput runs the commands in process: every line
// they write that names the hostile file, key or database shows its
// control characters escaped, on stdout as on stderr.
func TestMessagesQuoteHostileInput(t *testing.T) {
	dir := dtEnv(t)
	hostile := injection("T")
	bad := filepath.Join(dir, "bad"+hostile+".json")
	good := filepath.Join(dir, "good.json")
	for path, doc := range map[string]string{
		bad:  `{"format": "netvet.export", "version": 1, "networks": [{"name": "A", "\u001b]0;KEY\u0007": 1}]}`,
		good: `{"format": "netvet.export", "version": 1, "networks": [{"name": "A"}]}`,
	} {
		if err := os.WriteFile(path, []byte(doc), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(dir, "db"+hostile+".db")
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"import", bad}, `["\x1b]0;KEY\a"]: unknown field`},
		{[]string{"import", bad}, "bad" + shownInjection("T") + ".json"},
		{[]string{"import", filepath.Join(dir, "missing"+hostile)}, "missing" + shownInjection("T")},
		{[]string{"import", "--db", db, good}, "db" + shownInjection("T") + ".db"},
		{[]string{"export", "--db", db, "-o", filepath.Join(dir, "out"+hostile)}, "out" + shownInjection("T")},
		{[]string{"backup", "--db", db, filepath.Join(dir, "copy"+hostile)}, "copy" + shownInjection("T")},
		{[]string{"backup", "--db", db, filepath.Join(dir, "copy"+hostile)}, "copy" + shownInjection("T")},
		{[]string{"check", "--db", db}, "db" + shownInjection("T") + ".db"},
	}
	for _, tt := range tests {
		r := dtRun(t, "", tt.args...)
		out := r.stdout + r.stderr
		if !strings.Contains(out, tt.want) {
			t.Errorf("netvet %q: the output does not show %q:\n%q", tt.args, tt.want, out)
		}
		if strings.ContainsAny(strings.ReplaceAll(out, "\n", ""), "\x1b\x07") {
			t.Errorf("netvet %q wrote control characters: %q", tt.args, out)
		}
	}
}
