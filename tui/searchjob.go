package tui

import (
	"strings"

	tea "charm.land/bubbletea/v2"
)

// A search whose scan would hold up the key press runs in a command. Most
// scans are quick: a term with a rare byte jumps from one occurrence of it
// to the next, a term of one byte is found by IndexByte, results of recent
// queries are remembered, and a query that extends the last one scans only
// its matches. What is left — a term of common letters over megabytes of
// notes, which must be read to the end wherever the term is not — goes to
// a command, and the list shows the previous matches until the new ones
// arrive (searchDoneMsg).

// asyncScanBytes is how much haystack a slow scan may read in the key
// press; about a millisecond's worth.
const asyncScanBytes = 2 << 20

// searchDoneMsg carries the matches of terms, scanned in a command for the
// search numbered seq of the notes screen.
type searchDoneMsg struct {
	seq     int
	query   string
	terms   []string
	matches []int
}

// slowScan reports whether searching within (nil: every entry) for terms
// would read more than asyncScanBytes with a finder that cannot jump
// between rare bytes.
func (ix *searchIndex) slowScan(terms []string, within []int) bool {
	if _, ok := ix.recent[strings.Join(terms, "\x00")]; ok {
		return false
	}
	slow := false
	for _, t := range terms {
		slow = slow || (len(t) > 1 && ix.finder(t).rare < 0)
	}
	if !slow {
		return false
	}
	size := 0
	if within == nil {
		for i := range ix.entries {
			size += len(ix.entries[i].hay)
		}
	} else {
		for _, i := range within {
			size += len(ix.entries[i].hay)
		}
	}
	return size > asyncScanBytes
}

// searchCmd scans within (nil: every entry) for terms in a command. It
// reads only the entries, which the index never changes in place (update
// makes a new slice), so Update may go on meanwhile.
func (ix *searchIndex) searchCmd(query string, terms []string, within []int, seq int) tea.Cmd {
	snap := &searchIndex{entries: ix.entries}
	finders := make([]termFinder, len(terms))
	for i, t := range terms {
		finders[i] = ix.finder(t)
	}
	return func() tea.Msg {
		if within == nil {
			within = make([]int, len(snap.entries))
			for i := range within {
				within[i] = i
			}
		}
		return searchDoneMsg{seq: seq, query: query, terms: terms, matches: snap.scan(finders, within)}
	}
}

// remember keeps the matches of terms among the recent queries.
func (ix *searchIndex) remember(terms []string, matches []int) {
	if len(ix.recent) >= recentQueries {
		ix.recent = map[string][]int{}
	}
	ix.recent[strings.Join(terms, "\x00")] = matches
}
