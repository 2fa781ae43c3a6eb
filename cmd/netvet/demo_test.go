package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDemoKeepsOnlyANetvetDatabase: a second demo keeps the file that is
// there only if it is a netvet database; anything else is refused in one
// line and left as it is.
func TestDemoKeepsOnlyANetvetDatabase(t *testing.T) {
	dir := dtEnv(t)
	notes := dtWrite(t, filepath.Join(dir, "notes.db"), "my notes, not a database\n")
	hash := dtHash(t, notes)
	r := dtRun(t, "", "demo", "--no-open", "--db", notes)
	if r.code != exitFailure || !strings.Contains(r.stderr, "is not a netvet database") || strings.Count(r.stderr, "\n") != 1 || r.stdout != "" {
		t.Errorf("demo over a text file: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	if dtHash(t, notes) != hash {
		t.Error("the demo changed the text file")
	}
}

// TestTheDefaultDemoIsMarkedWhereverItIsOpened: the interface marks the
// demo also when demo.db next to the default database is opened with
// --db, or through a link, and marks no other file.
func TestTheDefaultDemoIsMarkedWhereverItIsOpened(t *testing.T) {
	dir := dtEnv(t)
	demo := dtDemo(t, dir)
	link := filepath.Join(t.TempDir(), "link.db")
	if err := os.Symlink(demo, link); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		path string
		want bool
	}{
		{demo, true},
		{link, true},
		{filepath.Join(dir, "netvet.db"), false},
		{filepath.Join(t.TempDir(), "demo.db"), false},
	}
	for _, c := range cases {
		if got := isDefaultDemo(c.path); got != c.want {
			t.Errorf("isDefaultDemo(%q) = %v, want %v", c.path, got, c.want)
		}
	}
}
