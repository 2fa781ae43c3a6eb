package model

import (
	"fmt"
	"strings"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// Network names must be unique, and two names that look the same or differ
// only in case are the same name. NameKey is the one definition of that:
// the model's validation of an import, the store's saves and imports, the
// interface's form and `netvet check` all compare names through it, and a
// map keyed by it finds a clash in one look-up instead of comparing every
// pair of names.

// NameKey is the identity of a network name: two names are the same name
// exactly when their keys are equal (see [SameName]). It is the name
// without surrounding white space, in Unicode normalisation form NFKC (so
// that fullwidth "Ａｌｐｈａ" and the ligature "ﬁ" count as "Alpha" and "fi"),
// without zero-width characters (U+200B–U+200D, U+2060, U+FEFF) and
// bidirectional controls, under full Unicode case folding (so that
// "STRASSE" and "straße" are the same), normalised again. A blank name has
// the empty key.
func NameKey(name string) string {
	if key, ok := asciiNameKey(name); ok {
		return key
	}
	s := strings.Map(dropInvisible, name)
	s = norm.NFKC.String(s)
	// Folding can undo the composition NFKC made ("ǰ" folds to j and a
	// combining caron), and NFKC can bring back a character that folding
	// removes; both once more make the key a fixed point.
	s = norm.NFKC.String(cases.Fold().String(s))
	s = strings.Map(dropInvisible, s)
	return strings.TrimSpace(s)
}

// asciiNameKey is NameKey for printable ASCII, the common case: the name
// without surrounding spaces, in lower case. ok is false for any other
// name.
func asciiNameKey(name string) (key string, ok bool) {
	upper := false
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c < 0x20 || c >= 0x7f {
			return "", false
		}
		upper = upper || ('A' <= c && c <= 'Z')
	}
	name = strings.TrimSpace(name)
	if !upper {
		return name, true
	}
	return strings.ToLower(name), true
}

// dropInvisible is a strings.Map function that removes the zero-width
// characters and bidirectional controls, which change nothing a reader
// sees.
func dropInvisible(r rune) rune {
	switch {
	case r >= 0x200B && r <= 0x200D, r == 0x2060, r == 0xFEFF, IsBidiControl(r):
		return -1
	}
	return r
}

// SameName reports whether two network names count as the same name: their
// [NameKey]s are equal. Network names must be unique.
func SameName(a, b string) bool {
	return NameKey(a) == NameKey(b)
}

// NameTakenError is the error for a network name that the existing network
// named existing has already (see [SameName]), shaped like the result of
// [Network.Validate] so that a form shows it beside the name field. When
// the two names differ as written, the message names both.
func NameTakenError(name, existing string) ValidationError {
	return ValidationError{{Field: "name", Msg: NameTakenMessage(name, existing)}}
}

// NameTakenMessage is the message of [NameTakenError]: "a network named …
// exists already", or, for a name that only counts as the same, which
// existing name it clashes with.
func NameTakenMessage(name, existing string) string {
	name, existing = strings.TrimSpace(name), strings.TrimSpace(existing)
	if name == existing {
		return fmt.Sprintf(msgDuplicateName, name)
	}
	return fmt.Sprintf(msgSameNameAs, name, existing)
}

// FindNetworks returns the networks that query names, in their order: a
// network whose id is query, and every network whose name is the same
// name as query ([SameName]). More than one means query is ambiguous
// (an id that is another network's name, or names made the same before
// they had to be unique); none means it names no network.
func FindNetworks(nets []Network, query string) []Network {
	key := NameKey(query)
	var found []Network
	for _, n := range nets {
		if n.ID == query || key != "" && NameKey(n.Name) == key {
			found = append(found, n)
		}
	}
	return found
}
