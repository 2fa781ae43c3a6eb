package model

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Anonymize returns a copy of nets in which every member's name is replaced
// by "Member 1", "Member 2" and so on; see [AnonymizeExport], which also
// replaces the names of the own-network plan's candidates. nets itself is
// not changed.
func Anonymize(nets []Network) []Network {
	return AnonymizeExport(Export{Networks: nets}).Networks
}

// AnonymizeExport returns a copy of e in which every member's and every
// candidate's name is replaced by "Member 1", "Member 2" and so on, for
// sharing findings without naming the people who gave them. e itself is
// not changed.
//
// The names replaced are the interviews' member fields, the evidence's
// beneficiary fields (a beneficiary is a member who got a contract through
// the network, interviewed or not), the "with" of the membership's ledger
// entries (the member a referral or a deal was with) and the names of the
// plan's candidates. Names are compared ignoring case and the spaces
// around and between their words, so one person gets one alias everywhere; a beneficiary is the same person as an interviewed member
// only when the names are the same in this sense. Aliases are numbered in
// order of first appearance in the export: network by network, each
// network's interviews first, then its evidence, then its ledger; then
// the plan's candidates, seat by seat.
//
// The free text of the networks and the plan is searched for the names too: summary,
// contact and rating notes; promise texts, sources and notes; interview
// businesses, answer comments, red flags and notes; evidence descriptions;
// ledger notes; the plan's goal and target group, its seats' roles and
// what they give and get, and candidate notes.
// Replaced there, as whole words only (not inside a longer word), are:
//
//   - a full name, ignoring case: "anna becker" becomes "Member 1";
//   - a single part of a name, with the capitals as in the name: "Becker"
//     or "Anna" alone become "Member 1". Parts shorter than three letters,
//     parts that start with a small letter ("von") or contain a full stop
//     ("Dr.") and the honorifics of [anonHonorifics] are left alone. A part
//     that the names of two members share becomes "a member".
//
// Longer matches win, so "Anna Becker" is one alias, not two. Network
// names, websites and the profile are the user's own data and are kept,
// and so is any spelling of a name that differs from the recorded one (a
// German genitive "Annas", a nickname).
func AnonymizeExport(e Export) Export {
	a := newAnonymizer(e.Networks, e.OwnNetwork)
	nets := e.Networks
	e.Networks = make([]Network, len(nets))
	for i, n := range nets {
		e.Networks[i] = a.network(n)
	}
	if e.OwnNetwork != nil {
		o := a.plan(*e.OwnNetwork)
		e.OwnNetwork = &o
	}
	return e
}

// anonymizer maps member names to their aliases.
type anonymizer struct {
	// alias maps a folded full name (see foldName) to its alias.
	alias map[string]string
	// patterns are what free text is searched for, longest first.
	patterns []anonPattern
}

// anonPattern is a full name or a part of one, and what replaces it.
type anonPattern struct {
	text []rune
	// foldCase compares ignoring case; parts of names are compared as
	// written, so that "Frank" the name is not "frank" the word.
	foldCase bool
	alias    string
}

func newAnonymizer(nets []Network, plan *OwnNetwork) *anonymizer {
	a := &anonymizer{alias: make(map[string]string)}
	var names []string
	add := func(name string) {
		key := anonFold(name)
		if key == "" || a.alias[key] != "" {
			return
		}
		a.alias[key] = fmt.Sprintf(anonMember, len(a.alias)+1)
		names = append(names, strings.Join(strings.Fields(name), " "))
	}
	for _, n := range nets {
		for _, iv := range n.Interviews {
			add(iv.Member)
		}
		for _, e := range n.Evidence {
			add(e.Beneficiary)
		}
		if n.Membership != nil {
			for _, e := range n.Membership.Ledger {
				add(e.With)
			}
		}
	}
	if plan != nil {
		for _, s := range plan.Seats {
			for _, c := range s.Candidates {
				add(c.Name)
			}
		}
	}
	parts := make(map[string]string)
	var partOrder []string
	for _, name := range names {
		alias := a.alias[anonFold(name)]
		a.patterns = append(a.patterns, anonPattern{text: []rune(name), foldCase: true, alias: alias})
		for _, part := range strings.Fields(name) {
			if !anonUsablePart(part) || a.alias[anonFold(part)] != "" {
				continue
			}
			switch prev, seen := parts[part]; {
			case !seen:
				parts[part] = alias
				partOrder = append(partOrder, part)
			case prev != alias:
				parts[part] = anonSomeMember
			}
		}
	}
	for _, part := range partOrder {
		a.patterns = append(a.patterns, anonPattern{text: []rune(part), alias: parts[part]})
	}
	slices.SortStableFunc(a.patterns, func(x, y anonPattern) int { return len(y.text) - len(x.text) })
	return a
}

// anonUsablePart reports whether a part of a name is distinctive enough to be
// replaced on its own.
func anonUsablePart(part string) bool {
	first, _ := utf8.DecodeRuneInString(part)
	return utf8.RuneCountInString(part) >= 3 && unicode.IsUpper(first) &&
		!strings.Contains(part, ".") && !slices.Contains(anonHonorifics, part)
}

// anonFold is the key under which a name gets its alias.
func anonFold(name string) string {
	return strings.ToLower(strings.Join(strings.Fields(name), " "))
}

// name returns the alias of a member name, or the name itself when it is
// empty.
func (a *anonymizer) name(s string) string {
	if alias, ok := a.alias[anonFold(s)]; ok {
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
		iv.Recommendation = cloneIntPtr(iv.Recommendation)
	}
	n.Evidence = slices.Clone(n.Evidence)
	for i := range n.Evidence {
		e := &n.Evidence[i]
		e.Beneficiary = a.name(e.Beneficiary)
		e.Description = a.text(e.Description)
	}
	n.EntryFee, n.AnnualFee = cloneMoneyPtr(n.EntryFee), cloneMoneyPtr(n.AnnualFee)
	n.BuildHours = cloneIntPtr(n.BuildHours)
	if n.Membership != nil {
		m := *n.Membership
		m.Expectations.Promises = slices.Clone(m.Expectations.Promises)
		m.Expectations.CashCostPerYear = cloneMoneyPtr(m.Expectations.CashCostPerYear)
		m.Ledger = slices.Clone(m.Ledger)
		for i := range m.Ledger {
			e := &m.Ledger[i]
			e.With = a.name(e.With)
			e.Note = a.text(e.Note)
		}
		n.Membership = &m
	}
	return n
}

// plan anonymizes the plan's candidates and its text.
func (a *anonymizer) plan(o OwnNetwork) OwnNetwork {
	o.Goal, o.TargetGroup = a.text(o.Goal), a.text(o.TargetGroup)
	o.Seats = slices.Clone(o.Seats)
	for i := range o.Seats {
		s := &o.Seats[i]
		s.Role, s.GivesMe, s.IGive = a.text(s.Role), a.text(s.GivesMe), a.text(s.IGive)
		s.Covers = slices.Clone(s.Covers)
		s.Candidates = slices.Clone(s.Candidates)
		for j := range s.Candidates {
			c := &s.Candidates[j]
			c.Name = a.name(c.Name)
			c.Notes = a.text(c.Notes)
		}
	}
	return o
}

func cloneMoneyPtr(m *Money) *Money {
	if m == nil {
		return nil
	}
	v := *m
	return &v
}

// text replaces every full name and usable part of a name in s that stands
// as a whole word.
func (a *anonymizer) text(s string) string {
	if s == "" || len(a.patterns) == 0 {
		return s
	}
	rs := []rune(s)
	var b strings.Builder
	for i := 0; i < len(rs); {
		if i == 0 || !anonWordRune(rs[i-1]) {
			if p, ok := a.match(rs, i); ok {
				b.WriteString(p.alias)
				i += len(p.text)
				continue
			}
		}
		b.WriteRune(rs[i])
		i++
	}
	return b.String()
}

// match returns the longest pattern that starts at rs[i] and ends at a word
// boundary.
func (a *anonymizer) match(rs []rune, i int) (anonPattern, bool) {
	for _, p := range a.patterns {
		end := i + len(p.text)
		if end > len(rs) || (end < len(rs) && anonWordRune(rs[end])) {
			continue
		}
		if (p.foldCase && anonEqualFold(rs[i:end], p.text)) || (!p.foldCase && slices.Equal(rs[i:end], p.text)) {
			return p, true
		}
	}
	return anonPattern{}, false
}

// anonWordRune reports whether r can be part of a word, so that a name next
// to it is part of a longer word.
func anonWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == '_'
}

// anonEqualFold compares two runes slices of the same length under simple
// Unicode case folding.
func anonEqualFold(a, b []rune) bool {
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
