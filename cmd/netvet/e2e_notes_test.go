package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestE2EFindInterviewByAWordInItsNotes opens the interview notes on the
// demo data and finds one interview by words from its notes.
func TestE2EFindInterviewByAWordInItsNotes(t *testing.T) {
	t.Parallel()
	db := filepath.Join(t.TempDir(), "demo.db")
	if r := dtRun(t, "", "demo", "--no-open", "--db", db); r.code != exitOK {
		t.Fatalf("demo: exit %d, %s", r.code, r.stderr)
	}
	tm := startTerminal(t, 100, 30, db)
	tm.waitForText(textHome)
	tm.press("i")
	tm.waitForText("Interview notes (16)")
	tm.press("/")
	tm.typeText("TAX Seminars")
	s := tm.waitFor("exactly one interview found", func(s string) bool {
		return strings.Contains(s, "1 found") && lineWith(s, "Lena Schröder") != ""
	})
	for _, other := range []string{"Georg Pfister", "David Clarke"} {
		if lineWith(s, other) != "" {
			t.Fatalf("%s is listed for a search that only Lena Schröder's notes match:\n%s", other, s)
		}
	}
	// Keep the search and jump to the match in the preview.
	// The words also occur in a promise the member answered about, so the
	// notes hold the last matches.
	tm.press("Enter")
	tm.waitForText("match 1 of 4")
	tm.pressTimes("n", 3)
	tm.waitFor("the last match, in the notes, in view", func(s string) bool {
		return strings.Contains(s, "match 4 of 4") && strings.Contains(s, "tax seminars") && strings.Contains(s, "manufacturing clients")
	})
	tm.press("Escape")
	tm.waitForText("Interview notes (16)")
	tm.press("Escape")
	tm.waitForText(textHome)
}
