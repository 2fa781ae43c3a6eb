package model

import "testing"

// TestLanguageLabel: every language a profile may choose, and unset, has a
// name for people; an unknown value is shown as it is.
func TestLanguageLabel(t *testing.T) {
	for l, want := range map[Language]string{
		LanguageUnset: "Not chosen", LanguageEnglish: "English", LanguageGerman: "German", "fr": "fr",
	} {
		if got := l.Label(); got != want {
			t.Errorf("%q.Label() = %q, want %q", l, got, want)
		}
	}
}
