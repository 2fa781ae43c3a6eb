package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// The notes of every network are indexed in a command, off the key press
// (App.openNotes). These tests hold the command back to look at the screen
// while it runs.

// startIndexing opens the notes of every network on a loaded app and
// returns the app, still indexing, and the index command.
func startIndexing(t *testing.T, d *driver) (App, tea.Cmd) {
	t.Helper()
	m, cmd := d.app.Update(openNotesMsg{})
	a := m.(App)
	if a.top() != screenNotes || !a.notes.indexing || cmd == nil {
		t.Fatal("the notes did not start indexing")
	}
	return a, cmd
}

// update applies msg and returns the app and the command.
func update(a App, msg tea.Msg) (App, tea.Cmd) {
	m, cmd := a.Update(msg)
	return m.(App), cmd
}

func TestNotesSayTheyIndexUntilTheIndexIsThere(t *testing.T) {
	d := newDriver(t, notesStore(), 100, 30)
	a, build := startIndexing(t, d)
	if v := ansi.Strip(a.View().Content); !strings.Contains(v, "Indexing 4 interviews…") {
		t.Fatalf("while indexing the screen shows:\n%s", v)
	}
	a, _ = update(a, build())
	if a.notes.indexing || !a.notes.open() || len(a.notes.visible) != 4 {
		t.Fatalf("after the index: indexing %v, open %v, %d listed", a.notes.indexing, a.notes.open(), len(a.notes.visible))
	}
}

func TestNotesKeysPressedWhileIndexingAreHandledInOrder(t *testing.T) {
	d := newDriver(t, notesStore(), 100, 30)
	a, build := startIndexing(t, d)
	for _, k := range []string{"/", "b", "e", "c", "k", "e", "r", "enter", "q"} {
		var cmd tea.Cmd
		if a, cmd = update(a, keyMsg(k)); cmd != nil {
			t.Fatalf("%s while indexing sent a command", k)
		}
	}
	if !a.notes.indexing || len(a.pendingKeys) != 9 {
		t.Fatalf("indexing %v with %d keys waiting, want 9", a.notes.indexing, len(a.pendingKeys))
	}
	a, cmd := update(a, build())
	if a.notes.query != "becker" || a.notes.Typing() {
		t.Errorf("query %q, typing %v; want the search for becker, kept", a.notes.query, a.notes.Typing())
	}
	if len(a.pendingKeys) != 0 {
		t.Errorf("%d keys still waiting", len(a.pendingKeys))
	}
	// q after the search (kept with enter) quits, as it would have.
	d.app = a
	d.run(cmd)
	if !d.quit {
		t.Error("q, pressed last while indexing, did not quit")
	}
}

func TestNotesIndexOfChangedDataIsBuiltAgain(t *testing.T) {
	d := newDriver(t, notesStore(), 100, 30)
	a, build := startIndexing(t, d)
	n, _ := a.c.data.network(a.c.data.nets[0].ID)
	n.Interviews = append(n.Interviews[:0:0], n.Interviews...)
	n.Interviews[0].Member = "Renamed Member"
	a, _ = update(a, networkSavedMsg{net: n, status: statusSaved})
	a, again := update(a, build())
	if !a.notes.indexing || again == nil {
		t.Fatal("an index of the data before the change was taken")
	}
	a, _ = update(a, again())
	if a.notes.indexing {
		t.Fatal("the second index was not taken")
	}
	found := false
	for _, e := range a.notes.ix.entries {
		found = found || e.member == "Renamed Member"
	}
	if !found {
		t.Error("the index lacks the change made while it was built")
	}
}

func TestNotesIndexForAnEarlierOpeningIsDropped(t *testing.T) {
	d := newDriver(t, notesStore(), 100, 30)
	a, first := startIndexing(t, d)
	// Closed before its index was there, and opened again.
	a, _ = update(a, backMsg{})
	a, second := update(a, openNotesMsg{})
	a, _ = update(a, first())
	if !a.notes.indexing {
		t.Fatal("the index of an earlier opening was taken")
	}
	a, _ = update(a, second())
	if a.notes.indexing {
		t.Fatal("the index of the current opening was not taken")
	}
}

// TestNotesIndexReadsDataThatSavesDoNotChange runs the index command while
// Update applies saves, as the program does; under the race detector a
// shared write shows. The dataset makes new slices instead of changing
// the ones the command reads.
func TestNotesIndexReadsDataThatSavesDoNotChange(t *testing.T) {
	d := newDriver(t, notesStore(), 100, 30)
	a, build := startIndexing(t, d)
	done := make(chan tea.Msg)
	go func() { done <- build() }()
	for i := range 20 {
		n := a.c.data.nets[i%len(a.c.data.nets)]
		n.Summary = strings.Repeat("x", i)
		a, _ = update(a, networkSavedMsg{net: n, status: statusSaved})
		a, _ = update(a, networkDeletedMsg{id: "no-such-network"})
	}
	msg := <-done
	if built := msg.(indexBuiltMsg); len(built.ix.entries) != 4 {
		t.Fatalf("the index holds %d interviews, want 4", len(built.ix.entries))
	}
}

// TestNotesIndexingSurvivesResizeAndTheme changes the size and the theme
// while the index is built; the notes then open at the new size.
func TestNotesIndexingSurvivesResizeAndTheme(t *testing.T) {
	d := newDriver(t, notesStore(), 100, 30)
	a, build := startIndexing(t, d)
	a, _ = update(a, tea.WindowSizeMsg{Width: 130, Height: 40})
	a, _ = update(a, tea.BackgroundColorMsg{})
	_ = a.View()
	a, _ = update(a, build())
	if a.notes.indexing || a.notes.width != 130 || !a.notes.geom.side {
		t.Fatalf("after the index: indexing %v, width %d, side by side %v", a.notes.indexing, a.notes.width, a.notes.geom.side)
	}
}
