package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestE2EDemoTwiceOpensTheSameDemo: `netvet demo` writes the demo and opens
// it with DEMO in the header; a change made there is still there when
// `netvet demo` runs again, which opens the same file instead of failing.
func TestE2EDemoTwiceOpensTheSameDemo(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	demo := filepath.Join(dir, "demo.db")
	tm := startTerminal(t, 80, 24, filepath.Join(dir, "netvet.db"), "demo")
	header := func(s string) bool {
		first, _, _ := strings.Cut(s, "\n")
		return strings.HasPrefix(first, "netvet DEMO · ")
	}
	tm.waitFor("the demo with DEMO in the header", func(s string) bool {
		return header(s) && listRow(s, "Werkbank Süd Expertennetz") != ""
	})
	// Archive the first candidate, Werkbank Süd: it leaves the list.
	tm.press("d")
	tm.waitForText("Archive")
	tm.press("y")
	tm.waitFor("Werkbank Süd archived", func(s string) bool {
		return listRow(s, "Werkbank Süd Expertennetz") == "" && listRow(s, "Gipfelrunde Mastermind") != ""
	})
	tm.press("q")
	if code := tm.waitExit(tm.main, waitTimeout); code != exitOK {
		t.Fatalf("the first demo: exit %d", code)
	}

	tm.restart()
	tm.waitFor("the same demo, DEMO in the header, Werkbank Süd still archived", func(s string) bool {
		return header(s) && listRow(s, "Gipfelrunde Mastermind") != "" && listRow(s, "Werkbank Süd Expertennetz") == ""
	})
	tm.press("q")
	if code := tm.waitExit(tm.main, waitTimeout); code != exitOK {
		t.Fatalf("the second demo: exit %d", code)
	}
	if out := dtMust(t, "export", "--db", demo); !strings.Contains(out, `"status": "archived"`) {
		t.Error("the archived candidate is not in the demo file")
	}
}
