package model

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// Anonymize returns a copy of nets in which every member's name is replaced
// by "Member 1", "Member 2" and so on, for sharing findings without naming
// the people who gave them. nets itself is not changed.
//
// The names replaced are the interview's member fields and the evidence's
// beneficiary fields (a beneficiary is a member who got a contract through
// the network, interviewed or not). Names are compared ignoring case and
// surrounding spaces, so one person gets one alias everywhere. They are
// numbered in order of first appearance in the export: network by network,
// each network's interviews first, then its evidence.
//
// Every occurrence of such a name as a whole word or phrase (not inside a
// longer word), ignoring case, is also replaced in the free text of the
// networks: summary, contact and rating notes; promise texts, sources and
// notes; interview businesses, answer comments, red flags and notes;
// evidence descriptions. Longer names are replaced before shorter ones, so
// "Anna Becker" wins over "Anna". Parts of a name on their own (a first name
// used alone in the notes) are not recognised, and neither are network
// names, websites or the profile: they are the user's own data, not the
// members'.
func Anonymize(nets []Network) []Network {
	a := newAnonymizer(nets)
	out := make([]Network, len(nets))
	for i, n := range nets {
		out[i] = a.network(n)
	}
	return out
}

// anonymizer maps member names (folded) to their aliases.
type anonymizer struct {
	alias map[string]string
	// names are the original names, longest first, for replacing them in
	// free text.
	names [][]rune
}

func newAnonymizer(nets []Network) *anonymizer {
	a := &anonymizer{alias: make(map[string]string)}
	add := func(name string) {
		key := foldName(name)
		if key == "" || a.alias[key] != "" {
			return
		}
		a.alias[key] = fmt.Sprintf(anonMember, len(a.alias)+1)
		a.names = append(a.names, []rune(strings.Join(strings.Fields(name), " ")))
	}
	for _, n := range nets {
		for _, iv := range n.Interviews {
			add(iv.Member)
		}
		for _, e := range n.Evidence {
			add(e.Beneficiary)
		}
	}
	slices.SortStableFunc(a.names, func(x, y []rune) int { return len(y) - len(x) })
	return a
}

// foldName is the key under which a name gets its alias.
func foldName(name string) string {
	return strings.ToLower(strings.Join(strings.Fields(name), " "))
}

// name returns the alias of a member name, or the name itself when it is
// empty.
func (a *anonymizer) name(s string) string {
	if alias, ok := a.alias[foldName(s)]; ok {
		return alias
	}
	return s
}

func (a *anonymizer) network(n Network) Network {
	n.Summary = a.text(n.Summary)
	n.Contact = a.text(n.Contact)
	n.RatingNotes = a.text(n.RatingNotes)
	n.Warnings = slices.Clone(n.Warnings)
	n.Promises = slices.Clone(n.Promises)
	for i := range n.Promises {
		p := &n.Promises[i]
		p.Text = a.text(p.Text)
		p.Source = Source(a.text(string(p.Source)))
		p.Notes = a.text(p.Notes)
	}
	n.Interviews = slices.Clone(n.Interviews)
	for i := range n.Interviews {
		iv := &n.Interviews[i]
		iv.Member = a.name(iv.Member)
		iv.Business = a.text(iv.Business)
		iv.Answers = slices.Clone(iv.Answers)
		for j := range iv.Answers {
			iv.Answers[j].Comment = a.text(iv.Answers[j].Comment)
		}
		iv.RedFlags = a.text(iv.RedFlags)
		iv.Notes = a.text(iv.Notes)
		iv.Recommendation = copyInt(iv.Recommendation)
	}
	n.Evidence = slices.Clone(n.Evidence)
	for i := range n.Evidence {
		e := &n.Evidence[i]
		e.Beneficiary = a.name(e.Beneficiary)
		e.Description = a.text(e.Description)
	}
	n.EntryFee, n.AnnualFee = copyMoney(n.EntryFee), copyMoney(n.AnnualFee)
	n.BuildHours = copyInt(n.BuildHours)
	return n
}

func copyMoney(m *Money) *Money {
	if m == nil {
		return nil
	}
	v := *m
	return &v
}

// text replaces every member name in s that stands as a whole word.
func (a *anonymizer) text(s string) string {
	if s == "" || len(a.names) == 0 {
		return s
	}
	rs := []rune(s)
	var b strings.Builder
	for i := 0; i < len(rs); {
		if i == 0 || !isWordRune(rs[i-1]) {
			if name, ok := a.nameAt(rs, i); ok {
				b.WriteString(a.name(string(name)))
				i += len(name)
				continue
			}
		}
		b.WriteRune(rs[i])
		i++
	}
	return b.String()
}

// nameAt returns the longest member name that starts at rs[i] and ends at a
// word boundary.
func (a *anonymizer) nameAt(rs []rune, i int) ([]rune, bool) {
	for _, name := range a.names {
		end := i + len(name)
		if end > len(rs) || (end < len(rs) && isWordRune(rs[end])) {
			continue
		}
		if runesEqualFold(rs[i:end], name) {
			return name, true
		}
	}
	return nil, false
}

// isWordRune reports whether r can be part of a word, so that a name next
// to it is part of a longer word.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == '_'
}

// runesEqualFold compares two runes slices of the same length under simple
// Unicode case folding.
func runesEqualFold(a, b []rune) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] && !strings.EqualFold(string(a[i]), string(b[i])) {
			return false
		}
	}
	return true
}
