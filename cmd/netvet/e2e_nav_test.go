package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestE2EEscReturnsWhereTheUserCameFrom walks the ways of issue 13 on the
// demo data in a real terminal: a candidate opened from the comparison
// and esc back to the comparison; a profile change made from the
// comparison, whose table then prices time at the new rate; an interview
// edited from the notes and esc back to the notes.
func TestE2EEscReturnsWhereTheUserCameFrom(t *testing.T) {
	t.Parallel()
	db := filepath.Join(t.TempDir(), "demo.db")
	if r := dtRun(t, "", "demo", "--no-open", "--db", db); r.code != exitOK {
		t.Fatalf("demo: exit %d, %s", r.code, r.stderr)
	}
	tm := startTerminal(t, 100, 30, db)
	tm.waitForText(textHome, "€73.33/hour")

	tm.press("v")
	s := tm.waitForText(textCompare, "Join cost")
	joinCost := lineWith(s, "Join cost")
	tm.press("l")
	tm.press("Enter")
	tm.waitForText(textWorkspace)
	tm.press("Escape")
	tm.waitFor("the comparison again, not the list", func(s string) bool {
		return strings.Contains(s, textCompare) && !strings.Contains(s, textHome)
	})

	// The profile, from the comparison: twice the income, twice the rate.
	tm.press("p")
	tm.waitForText("Your profile", "Target annual income")
	// Name → positioning, target groups, strengths, currency, income.
	tm.pressTimes("Tab", 5)
	tm.press("C-u")
	tm.typeText("220000")
	tm.waitForLine("Target annual income", "220000")
	tm.press("C-s")
	s = tm.waitFor("the comparison at the new hourly rate", func(s string) bool {
		return strings.Contains(s, textCompare) && strings.Contains(s, "€146.67/hour") &&
			lineWith(s, "Join cost") != "" && lineWith(s, "Join cost") != joinCost
	})
	if !strings.Contains(s, "€146.67/hour") {
		t.Fatalf("the header lacks the new rate:\n%s", s)
	}
	tm.press("Escape")
	tm.waitForText(textHome)

	// An interview edited from the notes, and esc back to the notes.
	tm.press("i")
	tm.waitForText("Interview notes (16)")
	tm.press("Enter")
	tm.waitForText("Interview with")
	tm.press("Escape")
	tm.waitFor("the notes again", func(s string) bool {
		return strings.Contains(s, "Interview notes (16)") && !strings.Contains(s, "Interview with")
	})
	tm.press("Escape")
	tm.waitForText(textHome)
	tm.quit()
}
