package lang

import (
	"bytes"
	"slices"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// tag is the x/text language of the printer's locale.
func (p *Printer) tag() language.Tag {
	if p.loc.Language == German {
		return language.German
	}
	return language.English
}

// Collator returns a new collator for the printer's language: letters
// first, then accents, then case, so that Ä sorts with A ("Ärztenetz"
// before "Bäckerrunde" before "Zunftkreis") and "ärztenetz" next to
// "Ärztenetz". A collator is not safe for concurrent use: each sort takes
// its own.
func (p *Printer) Collator() *collate.Collator {
	return collate.New(p.tag())
}

// SortByName sorts items in place by name in the printer's language, using
// key to get each item's name; items with equal names keep their order.
// Each name's sort key is computed once.
func SortByName[T any](p *Printer, items []T, key func(T) string) {
	c := p.Collator()
	var buf collate.Buffer
	keys := make([][]byte, len(items))
	for i, it := range items {
		keys[i] = append([]byte(nil), c.KeyFromString(&buf, key(it))...)
		buf.Reset()
	}
	idx := make([]int, len(items))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return bytes.Compare(keys[a], keys[b]) })
	sorted := make([]T, len(items))
	for i, j := range idx {
		sorted[i] = items[j]
	}
	copy(items, sorted)
}
