package tui

import (
	"cmp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"netvet/model"
)

// The full-text search of the interview notes screen. The index holds one
// entry per interview with its list columns ready to draw and a folded
// (lower-cased) haystack of the searchable text, built once when the screen
// opens and patched per network when one changes. A query is split into
// terms at white space; an interview matches when its haystack contains
// every term. Folding is Unicode-aware and maps each rune to one rune, so
// "MÜLLER" and "müller" both find "Müller", and positions in folded text
// map back to the original rune by rune.
//
// Speed: the haystacks of a build share one folded string (one allocation
// for megabytes of notes). A term whose rarest byte is rare in the corpus
// (an umlaut, a "z") is found by jumping from one occurrence of that byte to
// the next; others by strings.Contains. Long scans are split over the
// processors. A query that extends the previous one searches only its
// matches, and the results of recent queries are kept, so backspace costs
// nothing.

// noteEntry is one interview as the notes list shows and searches it.
type noteEntry struct {
	netID, ivID string
	// serial changes whenever the entry is rebuilt, so a preview rendered
	// from older notes is never taken for the current one.
	serial  int
	network string
	member  string
	date    model.Date
	similar bool
	picked  bool
	rec     string
	// netCreated, netPos and ivPos order entries of the same date by
	// creation: networks by creation time and position, interviews by
	// position within their network.
	netCreated int64
	netPos     int
	ivPos      int
	// hay is the folded searchable text: member, business, red flags,
	// answer comments and notes, one per line.
	hay string
}

// Tuning of the search.
const (
	// rareShare: a byte is rare when fewer than one sampled byte in
	// rareShare is that byte.
	rareShare = 200
	// sampleStep is the stride of the bytes sampled for their frequency.
	sampleStep = 16
	// parallelMin is the fewest haystacks worth splitting over processors.
	parallelMin = 512
	// recentQueries bounds the results kept for queries typed before.
	recentQueries = 64
)

// searchIndex is every interview in scope, newest first.
type searchIndex struct {
	// scope is a network id, or "" for every network.
	scope   string
	entries []noteEntry
	serial  int
	// freq counts sampled bytes of the haystacks; sampled is their number.
	freq    [256]int
	sampled int
	// recent maps the terms of recent queries (joined by NUL) to their
	// matches.
	recent map[string][]int
}

// newSearchIndex indexes the interviews of nets (only those of the network
// scope, unless scope is "").
func newSearchIndex(nets []model.Network, scope string) *searchIndex {
	ix := &searchIndex{scope: scope, recent: map[string][]int{}}
	size, count := 0, 0
	for _, n := range nets {
		if scope != "" && n.ID != scope {
			continue
		}
		for _, iv := range n.Interviews {
			size += haystackSize(iv) + 1
			count++
		}
	}
	// Fold every haystack into one buffer, then cut the string made of it.
	buf := make([]byte, 0, size+size/16)
	ends := make([]int, 0, count)
	ix.entries = make([]noteEntry, 0, count)
	for pos, n := range nets {
		if scope != "" && n.ID != scope {
			continue
		}
		for i, iv := range n.Interviews {
			buf = appendHaystack(buf, iv)
			ends = append(ends, len(buf))
			ix.entries = append(ix.entries, ix.entry(n, pos, i))
		}
	}
	corpus := string(buf)
	start := 0
	for i, end := range ends {
		ix.entries[i].hay = corpus[start:end]
		start = end
	}
	ix.sample(corpus)
	ix.sort()
	return ix
}

// entry is the list row of interview i of network n at position pos; its
// haystack is filled in by the caller.
func (ix *searchIndex) entry(n model.Network, pos, i int) noteEntry {
	iv := n.Interviews[i]
	ix.serial++
	rec := notEnteredCell
	if iv.Recommendation != nil {
		rec = strconv.Itoa(*iv.Recommendation)
	}
	return noteEntry{
		netID: n.ID, ivID: iv.ID, serial: ix.serial,
		network: CleanLine(n.Name), member: CleanLine(iv.Member), date: iv.Date,
		similar: iv.SimilarToMe, picked: iv.IntroducedByNetwork, rec: rec,
		netCreated: n.Created.UnixNano(), netPos: pos, ivPos: i,
	}
}

// sample counts every sampleStep-th byte of the corpus.
func (ix *searchIndex) sample(corpus string) {
	for i := 0; i < len(corpus); i += sampleStep {
		ix.freq[corpus[i]]++
		ix.sampled++
	}
}

// update replaces the entries of network id with those of its current
// version in nets (none if it is gone) and restores the order, in a new
// slice: a search running in a command reads the old one.
func (ix *searchIndex) update(nets []model.Network, id string) {
	ix.entries = slices.DeleteFunc(slices.Clone(ix.entries), func(e noteEntry) bool { return e.netID == id })
	for pos, n := range nets {
		if n.ID != id || (ix.scope != "" && n.ID != ix.scope) {
			continue
		}
		for i, iv := range n.Interviews {
			e := ix.entry(n, pos, i)
			e.hay = string(appendHaystack(nil, iv))
			ix.entries = append(ix.entries, e)
		}
	}
	ix.recent = map[string][]int{}
	ix.sort()
}

// sort orders the entries newest first: by date (undated last), then by
// creation, later first.
func (ix *searchIndex) sort() {
	slices.SortStableFunc(ix.entries, func(a, b noteEntry) int {
		switch {
		case a.date.IsZero() != b.date.IsZero():
			if a.date.IsZero() {
				return 1
			}
			return -1
		case b.date.Before(a.date):
			return -1
		case a.date.Before(b.date):
			return 1
		}
		return cmp.Or(cmp.Compare(b.netCreated, a.netCreated), cmp.Compare(b.netPos, a.netPos), cmp.Compare(b.ivPos, a.ivPos))
	})
}

// find returns the position of the entry for interview ivID of network
// netID, or -1.
func (ix *searchIndex) find(netID, ivID string) int {
	for i := range ix.entries {
		if ix.entries[i].ivID == ivID && ix.entries[i].netID == netID {
			return i
		}
	}
	return -1
}

// haystackSize is the length of an interview's haystack before folding.
func haystackSize(iv model.Interview) int {
	n := len(iv.Member) + len(iv.Business) + len(iv.RedFlags) + len(iv.Notes) + 3
	for _, a := range iv.Answers {
		n += len(a.Comment) + 1
	}
	return n
}

// appendHaystack appends the folded searchable text of an interview.
func appendHaystack(buf []byte, iv model.Interview) []byte {
	for _, s := range []string{iv.Member, iv.Business, iv.RedFlags} {
		buf = append(appendFold(buf, s), '\n')
	}
	for _, a := range iv.Answers {
		if a.Comment != "" {
			buf = append(appendFold(buf, a.Comment), '\n')
		}
	}
	return appendFold(buf, iv.Notes)
}

// appendFold appends s lower-cased rune by rune with unicode.ToLower (an
// invalid byte becomes U+FFFD), like strings.ToLower. Runs of ASCII are
// copied in one go and lowered in place.
func appendFold(buf []byte, s string) []byte {
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] < utf8.RuneSelf {
			j++
		}
		start := len(buf)
		buf = append(buf, s[i:j]...)
		run := buf[start:]
		for k, c := range run {
			if 'A' <= c && c <= 'Z' {
				run[k] = c + 'a' - 'A'
			}
		}
		if i = j; i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
			i += n
		}
	}
	return buf
}

// fold lower-cases s for matching (see [appendFold]).
func fold(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	return string(appendFold(make([]byte, 0, len(s)+4), s))
}

// searchTerms splits a query into folded terms, leaving out control
// characters (which a haystack never holds).
func searchTerms(q string) []string {
	q = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, q)
	return strings.Fields(fold(q))
}

// termFinder finds one term in haystacks.
type termFinder struct {
	term string
	// rare is the position of a rare byte of the term to jump between, or
	// -1 to use strings.Contains.
	rare int
}

func (ix *searchIndex) finder(t string) termFinder {
	p := 0
	for i := 1; i < len(t); i++ {
		if ix.freq[t[i]] < ix.freq[t[p]] {
			p = i
		}
	}
	if ix.freq[t[p]]*rareShare >= ix.sampled {
		p = -1
	}
	return termFinder{term: t, rare: p}
}

// in reports whether the term occurs in hay.
func (f termFinder) in(hay string) bool {
	if f.rare < 0 {
		return strings.Contains(hay, f.term)
	}
	t, p := f.term, f.rare
	c := t[p]
	for from := p; from < len(hay); {
		i := strings.IndexByte(hay[from:], c)
		if i < 0 {
			return false
		}
		at := from + i - p
		if at+len(t) <= len(hay) && hay[at:at+len(t)] == t {
			return true
		}
		from += i + 1
	}
	return false
}

// search returns the positions of the entries that contain every term, in
// order. It looks only at the positions in within when within is not nil (a
// query that extends the previous one can only narrow its result), and
// answers a query seen recently from memory.
func (ix *searchIndex) search(terms []string, within []int) []int {
	key := strings.Join(terms, "\x00")
	if m, ok := ix.recent[key]; ok {
		return m
	}
	if within == nil {
		within = make([]int, len(ix.entries))
		for i := range within {
			within[i] = i
		}
	}
	finders := make([]termFinder, len(terms))
	for i, t := range terms {
		finders[i] = ix.finder(t)
	}
	out := ix.scan(finders, within)
	if len(ix.recent) >= recentQueries {
		ix.recent = map[string][]int{}
	}
	ix.recent[key] = out
	return out
}

// scan filters positions by the finders, split over the processors when
// there are many.
func (ix *searchIndex) scan(finders []termFinder, within []int) []int {
	parts := min(runtime.GOMAXPROCS(0), len(within)/parallelMin)
	if parts <= 1 {
		return ix.scanPart(finders, within)
	}
	results := make([][]int, parts)
	var wg sync.WaitGroup
	for p := range parts {
		lo, hi := len(within)*p/parts, len(within)*(p+1)/parts
		wg.Go(func() { results[p] = ix.scanPart(finders, within[lo:hi]) })
	}
	wg.Wait()
	return slices.Concat(results...)
}

func (ix *searchIndex) scanPart(finders []termFinder, within []int) []int {
	out := make([]int, 0, len(within))
outer:
	for _, i := range within {
		for _, f := range finders {
			if !f.in(ix.entries[i].hay) {
				continue outer
			}
		}
		out = append(out, i)
	}
	return out
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
