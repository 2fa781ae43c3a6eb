package tui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"netvet/model"
)

// bulkyNotesStore is richStore with 40 more interviews of 64 KB of notes
// each, in common letters: enough for a scan to go to a command.
func bulkyNotesStore() *fakeStore {
	st := richStore()
	n := &st.nets[0]
	text := strings.Repeat("the tree sees the sea and eats a tea ", 64<<10/37)
	for i := range 40 {
		n.Interviews = append(n.Interviews, model.Interview{
			ID: fmt.Sprintf("bulk%02d", i), Member: fmt.Sprintf("Member %d", i),
			Date: model.NewDate(2026, 10, 1+i%28), Notes: text,
		})
	}
	n.Interviews[len(n.Interviews)-1].Notes += " tteeth"
	return st
}

// openBulkyNotes opens the notes of bulkyNotesStore and the search field.
// It builds the index itself: the driver gives up on a command that takes
// longer than a moment, as this one may on a busy machine.
func openBulkyNotes(t *testing.T) *driver {
	t.Helper()
	d := newDriver(t, bulkyNotesStore(), 120, 40)
	m, build := d.app.Update(openNotesMsg{})
	d.app = m.(App)
	if build == nil {
		t.Fatal("opening the notes built no index")
	}
	d.send(build())
	if !d.app.notes.open() {
		t.Fatal("the notes did not open")
	}
	d.press("/")
	return d
}

// typeKey types one character into the app and returns its command,
// without running it.
func typeKey(d *driver, r rune) tea.Cmd {
	m, cmd := d.app.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	d.app = m.(App)
	return cmd
}

// searchDone runs cmd and returns the search result among its messages.
func searchDone(t *testing.T, cmd tea.Cmd) searchDoneMsg {
	t.Helper()
	done, ok := searchResult(cmd)
	if !ok {
		t.Fatal("the key started no search in a command")
	}
	return done
}

func TestSlowSearchRunsInACommand(t *testing.T) {
	d := openBulkyNotes(t)
	d.typeText("t")
	if got := d.app.notes.terms; !slices.Equal(got, []string{"t"}) {
		t.Fatalf("a one-letter search is not done at once: terms %q", got)
	}
	before := slices.Clone(d.app.notes.matches)
	cmd := typeKey(d, 't')
	if d.app.notes.query != "tt" || !slices.Equal(d.app.notes.terms, []string{"t"}) || !slices.Equal(d.app.notes.matches, before) {
		t.Fatalf("while the scan runs: query %q, terms %q; want the query typed and the old matches", d.app.notes.query, d.app.notes.terms)
	}
	d.send(searchDone(t, cmd))
	if !slices.Equal(d.app.notes.terms, []string{"tt"}) {
		t.Fatalf("after the scan: terms %q, want [tt]", d.app.notes.terms)
	}
	if want := d.app.notes.ix.search([]string{"tt"}, nil); !slices.Equal(d.app.notes.matches, want) {
		t.Errorf("the scan in a command found %v, the search at once %v", d.app.notes.matches, want)
	}
}

func TestSlowSearchResultForAnOlderQueryIsDropped(t *testing.T) {
	d := openBulkyNotes(t)
	d.typeText("t")
	first := typeKey(d, 't')
	second := typeKey(d, 'e')
	d.send(searchDone(t, first))
	if !slices.Equal(d.app.notes.terms, []string{"t"}) {
		t.Fatalf("the result for tt was taken after tte was typed: terms %q", d.app.notes.terms)
	}
	d.send(searchDone(t, second))
	if !slices.Equal(d.app.notes.terms, []string{"tte"}) || d.app.notes.matched != "tte" {
		t.Fatalf("terms %q for %q, want [tte]", d.app.notes.terms, d.app.notes.matched)
	}
	// A query that narrows a small result is searched at once.
	typeKey(d, 'e')
	if !slices.Equal(d.app.notes.terms, []string{"ttee"}) {
		t.Errorf("terms %q after typing on a narrow result, want [ttee] at once", d.app.notes.terms)
	}
}

// TestSlowSearchReadsEntriesThatSavesDoNotChange runs a scan in a command
// while Update applies a save that re-indexes the network, as the program
// does; under the race detector a shared write shows. The result, for
// positions of the entries before the save, is dropped.
func TestSlowSearchReadsEntriesThatSavesDoNotChange(t *testing.T) {
	d := openBulkyNotes(t)
	d.typeText("t")
	cmd := typeKey(d, 't')
	done := make(chan tea.Msg)
	go func() {
		msg, _ := searchResult(cmd)
		done <- msg
	}()
	n := d.app.c.data.nets[0]
	n.Interviews = slices.Clone(n.Interviews)
	n.Interviews[0].Member = "Renamed"
	d.send(networkSavedMsg{net: n, status: statusSaved})
	msg := <-done
	if _, ok := msg.(searchDoneMsg); !ok {
		t.Fatal("the key started no search in a command")
	}
	d.send(msg)
	if want := d.app.notes.ix.search(searchTerms("tt"), nil); !slices.Equal(d.app.notes.matches, want) {
		t.Errorf("after the save the matches are %v, want %v", d.app.notes.matches, want)
	}
}
