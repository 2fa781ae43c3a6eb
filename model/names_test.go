package model_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"netvet/model"
)

func TestNameKey(t *testing.T) {
	tests := []struct {
		rule string
		a, b string
		same bool
	}{
		{"identical names are the same", "BNI Süd", "BNI Süd", true},
		{"case is ignored", "BNI Süd", "bni süd", true},
		{"case of non-ASCII letters is ignored", "ÄRZTEKREIS", "ärztekreis", true},
		{"surrounding spaces are ignored", "  BNI Süd\t", "BNI Süd", true},
		{"an ideographic space around the name is ignored", "\u3000Alpha\u3000", "Alpha", true},
		{"inner spaces count", "BNI Süd", "BNISüd", false},
		{"different names differ", "BNI Süd", "BNI Nord", false},
		{"a zero-width space does not count", "Alpha", "Al\u200bpha", true},
		{"zero-width joiners and non-joiners do not count", "Alpha", "A\u200cl\u200dpha", true},
		{"a word joiner does not count", "Alpha", "Al\u2060pha", true},
		{"a byte order mark does not count", "Alpha", "\ufeffAlpha", true},
		{"bidirectional controls do not count", "Alpha", "\u202eAlpha\u202c\u2066\u2069\u200f", true},
		{"sharp s folds to ss", "STRASSE", "straße", true},
		{"fullwidth letters are the letters", "Ａｌｐｈａ", "alpha", true},
		{"a ligature is its letters", "ﬁnance circle", "Finance Circle", true},
		{"a decomposed umlaut is the umlaut", "Mu\u0308ller", "Müller", true},
		{"final sigma folds like sigma", "ΣΟΦΟΣ", "σοφος", true},
		{"accents count", "Muller", "Müller", false},
		{"a letter that only looks alike counts (Cyrillic a)", "Alpha", "Alph\u0430", false},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			ka, kb := model.NameKey(tt.a), model.NameKey(tt.b)
			if (ka == kb) != tt.same {
				t.Errorf("NameKey(%q) = %q, NameKey(%q) = %q; same = %v, want %v", tt.a, ka, tt.b, kb, ka == kb, tt.same)
			}
			if got := model.SameName(tt.a, tt.b); got != tt.same {
				t.Errorf("SameName(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.same)
			}
		})
	}
}

func TestNameKeyOfInvisibleNameIsEmpty(t *testing.T) {
	for _, name := range []string{"", "   ", "\u200b", "\u200b\u200d\ufeff", " \u202e\u2066 "} {
		if k := model.NameKey(name); k != "" {
			t.Errorf("NameKey(%q) = %q, want empty", name, k)
		}
	}
}

func TestNetworkNameOfInvisibleCharactersIsRequired(t *testing.T) {
	n := model.NewNetwork()
	n.Name = "\u200b\u2060"
	if msg, ok := fieldError(n.Validate(), "name"); !ok || msg != "is required" {
		t.Fatalf("Validate: name %q, %v; want is required", msg, ok)
	}
}

// fieldError is the message of err for field.
func fieldError(err error, field string) (string, bool) {
	var v model.ValidationError
	if !errors.As(err, &v) {
		return "", false
	}
	return v.For(field)
}

func TestNameTakenErrorNamesTheExistingName(t *testing.T) {
	tests := []struct {
		name, existing, want string
	}{
		{" BNI Süd ", "BNI Süd", `a network named "BNI Süd" exists already`},
		{"STRASSE", "Straße", `"STRASSE" counts as the same name as the network "Straße", which exists already`},
		{"Al\u200bpha", "Alpha", `"Al\u200bpha" counts as the same name as the network "Alpha", which exists already`},
	}
	for _, tt := range tests {
		msg, ok := model.NameTakenError(tt.name, tt.existing).For("name")
		if !ok || msg != tt.want {
			t.Errorf("NameTakenError(%q, %q) = %q, want %q", tt.name, tt.existing, msg, tt.want)
		}
	}
}

// FuzzNameKey checks the properties the store relies on: a key is its own
// key (so a stored key can be compared with a fresh one), it has no
// surrounding spaces and no invisible characters, valid text gives valid
// text, and SameName is symmetric.
func FuzzNameKey(f *testing.F) {
	for _, s := range []string{"Alpha", "Al\u200bpha", "STRASSE", "straße", "Ａｌｐｈａ", "ǰ", "ΣΟΦΟΣ", "ﬁ", "\u0345\u0399", "İstanbul", "ᾼ", "\ufb03", "a\xffb"} {
		f.Add(s, strings.ToUpper(s))
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		k := model.NameKey(a)
		if again := model.NameKey(k); again != k {
			t.Fatalf("NameKey is not idempotent: %q → %q → %q", a, k, again)
		}
		if strings.TrimSpace(k) != k || strings.ContainsAny(k, "\u200b\u200c\u200d\u2060\ufeff\u202e") {
			t.Fatalf("NameKey(%q) = %q keeps spaces or invisible characters", a, k)
		}
		if utf8.ValidString(a) && !utf8.ValidString(k) {
			t.Fatalf("NameKey(%q) = %q is not valid UTF-8", a, k)
		}
		if model.SameName(a, b) != model.SameName(b, a) {
			t.Fatalf("SameName(%q, %q) is not symmetric", a, b)
		}
		if !model.SameName(a, " "+a+"\u200b ") {
			t.Fatalf("%q is not the same name as itself with spaces and a zero-width space", a)
		}
	})
}

func TestImportRefusesLookAlikeNames(t *testing.T) {
	tests := []struct {
		rule  string
		names []string
		want  string
	}{
		{"a zero-width space", []string{"Alpha", `Al\u200bpha`},
			`networks[1].name: "Al\u200bpha" counts as the same name as "Alpha" of networks[0]`},
		{"sharp s", []string{"STRASSE", "Other", "straße"},
			`networks[2].name: "straße" counts as the same name as "STRASSE" of networks[0]`},
		{"fullwidth letters", []string{"Ａｌｐｈａ", "alpha"},
			`networks[1].name: "alpha" counts as the same name as "Ａｌｐｈａ" of networks[0]`},
		{"a name of invisible characters only", []string{"Alpha", `\u200b\ufeff`}, `networks[1].name: is required`},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			_, err := model.ParseExport([]byte(tinyExport(tt.names...)))
			if err == nil || err.Error() != tt.want {
				t.Fatalf("ParseExport: %v\nwant %s", err, tt.want)
			}
		})
	}
}

func TestImportConflictsWithLookAlikeStoredNames(t *testing.T) {
	stored := []model.Network{{ID: "a", Name: "Straße"}, {ID: "b", Name: "Alpha"}}
	_, err := model.CheckImportConflicts(stored, []model.Network{{Name: "Gamma"}, {Name: "STRASSE"}, {Name: "Al\u200bpha"}}, false)
	var ie *model.ImportError
	if !errors.As(err, &ie) {
		t.Fatalf("CheckImportConflicts: %v", err)
	}
	want := []string{
		`networks[1].name: "STRASSE" counts as the same name as the network "Straße" in the database; use --replace to replace it`,
		`networks[2].name: "Al\u200bpha" counts as the same name as the network "Alpha" in the database; use --replace to replace it`,
	}
	if got := ie.Lines(); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("problems:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	replaced, err := model.CheckImportConflicts(stored, []model.Network{{Name: "strasse"}}, true)
	if err != nil || replaced != 1 {
		t.Fatalf("with replace: %d, %v; want 1 replaced", replaced, err)
	}
}

// tinyExport is an export of networks with the given names (JSON string
// bodies) and nothing else.
func tinyExport(names ...string) string {
	var b strings.Builder
	b.WriteString(`{"format": "netvet.export", "version": 1, "networks": [`)
	for i, name := range names {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, `{"name": "%s"}`, name)
	}
	b.WriteString("]}")
	return b.String()
}

// manyNames are n distinct network names.
func manyNames(n int, prefix string) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("%s %d", prefix, i)
	}
	return out
}
