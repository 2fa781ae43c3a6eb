package tui

import (
	"fmt"
	"os/exec"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"netvet/model"
)

// The interview notes screen (SPEC.md 3): every interview across the
// networks, or one network's, newest first, with filters, a full-text
// search that narrows as you type, and a preview of the whole interview
// whose notes are rendered as Markdown. Rendering runs in a command, off
// the key press, and is cached (previewCache); a key press only slices and
// highlights lines that are ready.

// tri is a three-way filter: any, only, or excluded.
type tri int

const (
	triAny tri = iota
	triOnly
	triNot
)

func (t tri) next() tri { return (t + 1) % 3 }

func (t tri) pass(v bool) bool {
	return t == triAny || (t == triOnly) == v
}

func (t tri) label() string {
	return [...]string{notesAny, notesOnly, notesExcluded}[t]
}

// notesKeyMap is the notes screen's keys: the shared list keys plus its own.
type notesKeyMap struct {
	Up, Down, First, Last                  key.Binding
	LineDown, LineUp, PageDown, PageUp     key.Binding
	HalfDown, HalfUp, Top, Bottom          key.Binding
	Zoom, Search, NextMatch, PrevMatch     key.Binding
	Network, NetworkBack, Similar, Picked  key.Binding
	Editor, Open, Back, KeepSearch, Cancel key.Binding
	// TypeUp and TypeDown move the selection while typing a search.
	TypeUp, TypeDown key.Binding
}

func newNotesKeyMap(k KeyMap) notesKeyMap {
	nk := func(help, desc string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	up, down := k.Up, k.Down
	up.SetHelp("↑/k", helpSelectUp)
	down.SetHelp("↓/j", helpSelectDown)
	open := key.NewBinding(key.WithKeys(append(k.Open.Keys(), k.Edit.Keys()...)...), key.WithHelp("enter/e", helpOpenIv))
	search := k.Filter
	search.SetHelp("/", helpSearch)
	return notesKeyMap{
		Up: up, Down: down,
		First:       nk("home", helpFirstIv, "home"),
		Last:        nk("end", helpLastIv, "end"),
		LineDown:    nk("J", helpLineDown, "J"),
		LineUp:      nk("K", helpLineUp, "K"),
		PageDown:    nk("pgdn", helpNotesPgDown, "pgdown", "space"),
		PageUp:      nk("pgup", helpNotesPgUp, "pgup"),
		HalfDown:    nk("ctrl+d", helpHalfDown, "ctrl+d"),
		HalfUp:      nk("ctrl+u", helpHalfUp, "ctrl+u"),
		Top:         nk("g", helpNotesTop, "g"),
		Bottom:      nk("G", helpNotesBottom, "G"),
		Zoom:        nk("tab", helpZoom, "tab"),
		Search:      search,
		NextMatch:   nk("n", helpNextMatch, "n"),
		PrevMatch:   nk("N", helpPrevMatch, "N"),
		Network:     nk("f", helpNetFilter, "f"),
		NetworkBack: nk("F", helpNetFilterBk, "F"),
		Similar:     nk("s", helpSimilar, "s"),
		Picked:      nk("r", helpPicked, "r"),
		Editor:      nk("E", helpExtEditor, "E"),
		Open:        open,
		Back:        k.Back,
		KeepSearch:  nk("enter", helpKeepSearch, "enter"),
		Cancel:      nk("esc", helpClearSearch, "esc"),
		TypeUp:      nk("↑", helpSelectUp, "up"),
		TypeDown:    nk("↓", helpSelectDown, "down"),
	}
}

// execFunc runs an external program with the terminal handed over to it;
// tea.ExecProcess in the program, a direct run in tests.
type execFunc func(*exec.Cmd, tea.ExecCallback) tea.Cmd

// notesScreen is the interview notes screen.
type notesScreen struct {
	c    *common
	keys notesKeyMap
	ix   *searchIndex
	// input is the search field; typing says it has the keyboard.
	input  textinput.Model
	typing bool
	// query is the search as typed; terms are the folded words of matched,
	// the query the matches are for, which lags behind query while a slow
	// search runs in a command (searchjob.go) numbered searchSeq.
	query     string
	terms     []string
	matched   string
	searchSeq int
	// matches are the positions (in ix.entries) that contain the terms;
	// visible those of them that pass the filters, in list order.
	matches []int
	visible []int
	cursor  int
	// sel is the serial of the selected entry, or 0.
	sel int
	// nets are the networks the network filter cycles through; netID is
	// the chosen one, "" for all.
	nets    []filterNet
	netID   string
	similar tri
	picked  tri
	zoom    bool
	width   int
	height  int
	geom    notesGeom
	pv      preview
	cache   *previewCache
	// snippets are the FOUND cells of the current query by entry position.
	snippets map[int]string
	// indexing: the index is being built (see notesIndexing); indexed is
	// how many interviews it will hold.
	indexing bool
	indexed  int
}

// filterNet is one choice of the network filter.
type filterNet struct{ id, name string }

// newNotesScreen opens the screen on every interview, or on those of the
// network scope when it is not "". It builds the search index once.
func newNotesScreen(c *common, scope string, w, h int) notesScreen {
	return notesWithIndex(c, newSearchIndex(c.data.nets, scope), w, h)
}

// notesIndexing is the screen while the index of every interview is built
// in a command (indexCmd), which on a large data set takes longer than a
// key press may: it says so until notesWithIndex replaces it.
func notesIndexing(c *common, w, h int) notesScreen {
	s := notesScreen{c: c, keys: newNotesKeyMap(c.keys), indexing: true}
	for _, n := range c.data.nets {
		s.indexed += len(n.Interviews)
	}
	s.SetSize(w, h)
	return s
}

// notesWithIndex opens the screen on the interviews of ix.
func notesWithIndex(c *common, ix *searchIndex, w, h int) notesScreen {
	in := textinput.New()
	in.Prompt = filterPrompt
	in.Placeholder = notesSearchHint
	in.CharLimit = 200
	in.SetStyles(c.styles.Input)
	s := notesScreen{
		c: c, keys: newNotesKeyMap(c.keys),
		ix: ix, input: in,
		cache: newPreviewCache(), snippets: map[int]string{},
	}
	s.collectNets()
	s.SetSize(w, h)
	s.matches = s.ix.search(nil, nil)
	s.refilter()
	// The first rendering is started by Refresh without delay.
	_ = s.selectionChanged(false)
	return s
}

func (s *notesScreen) collectNets() {
	s.nets = nil
	if s.ix.scope != "" {
		return
	}
	for _, n := range s.c.data.nets {
		if len(n.Interviews) > 0 {
			s.nets = append(s.nets, filterNet{n.ID, CleanLine(n.Name)})
		}
	}
	if s.netPos() < 0 {
		s.netID = ""
	}
}

// netPos is the position of the chosen network in nets, -1 for all.
func (s *notesScreen) netPos() int {
	for i, n := range s.nets {
		if n.id == s.netID {
			return i
		}
	}
	return -1
}

// open reports whether the screen has been opened (the zero value has not).
func (s notesScreen) open() bool { return s.ix != nil }

// Typing reports whether the search field has the keyboard.
func (s notesScreen) Typing() bool { return s.typing }

// SetSize gives the screen its box and lays it out again; the preview is
// rebuilt for the new width (see [notesScreen.Refresh] for the rendering).
func (s *notesScreen) SetSize(w, h int) {
	s.width, s.height = w, h
	s.input.SetWidth(max(10, w-20))
	s.relayout()
}

func (s *notesScreen) relayout() {
	s.geom = notesLayout(s.width, s.height, s.zoom)
	if s.open() {
		s.rebuildPreview()
		s.fillSnippets()
	}
}

// SetStyles applies a new theme.
func (s *notesScreen) SetStyles(st Styles) {
	s.input.SetStyles(st.Input)
	if s.open() {
		s.rebuildPreview()
	}
}

// Refresh returns the command that renders the selected interview's notes
// for the current width and theme, if they are not rendered yet. The root
// calls it after a resize, a theme change or a return to this screen.
func (s *notesScreen) Refresh() tea.Cmd {
	if !s.open() {
		return nil
	}
	return s.renderCmd(false)
}

// Resume draws the preview again for the data as it is now, when the
// screen is on top again, and returns the command that renders its notes.
func (s *notesScreen) Resume() tea.Cmd {
	if !s.open() {
		return nil
	}
	s.rebuildPreview()
	return s.Refresh()
}

// NetworkChanged re-indexes one network's interviews after a change was
// committed (or the network was deleted), keeping the selection and the
// search, and returns the command that renders a changed preview.
func (s *notesScreen) NetworkChanged(id string) tea.Cmd {
	if !s.open() {
		return nil
	}
	selNet, selIv := "", ""
	if e, ok := s.selected(); ok {
		selNet, selIv = e.netID, e.ivID
	}
	s.ix.update(s.c.data.nets, id)
	s.collectNets()
	// Search again for the query as typed, here and now: positions have
	// changed, so a search still running is dropped.
	s.searchSeq++
	terms := searchTerms(s.query)
	s.matched, s.terms, s.matches = s.query, terms, s.ix.search(terms, nil)
	s.snippets = map[int]string{}
	s.sel = 0
	if i := s.ix.find(selNet, selIv); i >= 0 {
		s.sel = s.ix.entries[i].serial
	}
	s.refilter()
	// The selected entry is new even if it is the same interview: draw it
	// again, where the user was reading.
	e, _ := s.selected()
	s.sel = e.serial
	s.fillSnippets()
	s.rebuildPreview()
	return s.renderCmd(false)
}

// refilter applies the filters to the matches and keeps the selected
// interview selected if it still shows, else selects the first.
func (s *notesScreen) refilter() {
	vis := make([]int, 0, len(s.matches))
	netID := s.netID
	for _, i := range s.matches {
		e := &s.ix.entries[i]
		if (netID == "" || e.netID == netID) && s.similar.pass(e.similar) && s.picked.pass(e.picked) {
			vis = append(vis, i)
		}
	}
	s.visible = vis
	s.cursor = 0
	for pos, i := range vis {
		if s.ix.entries[i].serial == s.sel {
			s.cursor = pos
			break
		}
	}
}

// selected returns the entry under the cursor.
func (s notesScreen) selected() (noteEntry, bool) {
	if s.cursor < 0 || s.cursor >= len(s.visible) {
		return noteEntry{}, false
	}
	return s.ix.entries[s.visible[s.cursor]], true
}

// selectedInterview returns the entry under the cursor with its network
// and interview from the data.
func (s notesScreen) selectedInterview() (noteEntry, model.Network, model.Interview, bool) {
	e, ok := s.selected()
	if !ok {
		return e, model.Network{}, model.Interview{}, false
	}
	n, iv, ok := s.interview(e)
	return e, n, iv, ok
}

// interview returns the network and interview of an entry from the data.
func (s notesScreen) interview(e noteEntry) (model.Network, model.Interview, bool) {
	n, ok := s.c.data.network(e.netID)
	if !ok {
		return n, model.Interview{}, false
	}
	for _, iv := range n.Interviews {
		if iv.ID == e.ivID {
			return n, iv, true
		}
	}
	return n, model.Interview{}, false
}

// Update handles keys, the search field, and the results of the preview
// and editor commands.
func (s notesScreen) Update(msg tea.Msg) (notesScreen, tea.Cmd) {
	switch msg := msg.(type) {
	case previewDueMsg, previewRenderedMsg:
		if !s.open() {
			// The screen closed while a rendering was on its way.
			return s, nil
		}
		if due, ok := msg.(previewDueMsg); ok {
			return s, s.handleDue(due)
		}
		return s, s.handleRendered(msg.(previewRenderedMsg))
	case searchDoneMsg:
		if !s.open() {
			return s, nil
		}
		return s, s.searchDone(msg)
	case tea.KeyPressMsg:
		if s.typing {
			return s.handleSearchKey(msg)
		}
		return s.handleKey(msg)
	}
	if s.typing {
		return s.updateInput(msg)
	}
	return s, nil
}

// update implements [screen].
func (s *notesScreen) update(msg tea.Msg) (cmd tea.Cmd) {
	*s, cmd = s.Update(msg)
	return cmd
}

func (s notesScreen) handleKey(km tea.KeyPressMsg) (notesScreen, tea.Cmd) {
	k := s.keys
	if s.zoom && key.Matches(km, k.Up, k.Down) {
		// With the preview full-screen, j/k scroll it.
		if key.Matches(km, k.Up) {
			s.scroll(-1)
		} else {
			s.scroll(1)
		}
		return s, nil
	}
	switch {
	case key.Matches(km, k.Up):
		return s, s.moveTo(s.cursor - 1)
	case key.Matches(km, k.Down):
		return s, s.moveTo(s.cursor + 1)
	case key.Matches(km, k.First):
		return s, s.moveTo(0)
	case key.Matches(km, k.Last):
		return s, s.moveTo(len(s.visible) - 1)
	case key.Matches(km, k.Back):
		return s.back()
	case key.Matches(km, k.Open):
		if e, ok := s.selected(); ok {
			return s, send(openInterviewMsg{netID: e.netID, ivID: e.ivID})
		}
	case key.Matches(km, k.Editor):
		return s, s.editSelected()
	case key.Matches(km, k.Search):
		s.typing = true
		s.input.SetValue(s.query)
		s.input.CursorEnd()
		return s, s.input.Focus()
	case key.Matches(km, k.Zoom):
		s.zoom = !s.zoom
		s.relayout()
		return s, s.renderCmd(false)
	case key.Matches(km, k.Network, k.NetworkBack, k.Similar, k.Picked):
		return s, s.changeFilter(km)
	default:
		s.previewKey(km)
	}
	return s, nil
}

// previewKey scrolls the preview or moves between matches.
func (s *notesScreen) previewKey(km tea.KeyPressMsg) {
	k := s.keys
	page := max(1, s.geom.previewH-1)
	switch {
	case key.Matches(km, k.LineDown):
		s.scroll(1)
	case key.Matches(km, k.LineUp):
		s.scroll(-1)
	case key.Matches(km, k.PageDown):
		s.scroll(page)
	case key.Matches(km, k.PageUp):
		s.scroll(-page)
	case key.Matches(km, k.HalfDown):
		s.scroll(max(1, page/2))
	case key.Matches(km, k.HalfUp):
		s.scroll(-max(1, page/2))
	case key.Matches(km, k.Top):
		s.pv.offset = 0
	case key.Matches(km, k.Bottom):
		s.scroll(len(s.pv.lines))
	case key.Matches(km, k.NextMatch):
		s.jump(1)
	case key.Matches(km, k.PrevMatch):
		s.jump(-1)
	}
}

// back clears the search, then leaves full-screen notes, then the screen.
func (s notesScreen) back() (notesScreen, tea.Cmd) {
	switch {
	case s.query != "":
		return s, s.setQuery("")
	case s.zoom:
		s.zoom = false
		s.relayout()
		return s, s.renderCmd(false)
	}
	return s, send(backMsg{})
}

func (s *notesScreen) changeFilter(km tea.KeyPressMsg) tea.Cmd {
	k := s.keys
	switch {
	case key.Matches(km, k.Network, k.NetworkBack) && len(s.nets) > 0:
		// Cycle through all (-1) and each network.
		step := 1
		if key.Matches(km, k.NetworkBack) {
			step = len(s.nets)
		}
		pos := (s.netPos()+1+step)%(len(s.nets)+1) - 1
		s.netID = ""
		if pos >= 0 {
			s.netID = s.nets[pos].id
		}
	case key.Matches(km, k.Similar):
		s.similar = s.similar.next()
	case key.Matches(km, k.Picked):
		s.picked = s.picked.next()
	default:
		return nil
	}
	s.refilter()
	return s.selectionChanged(true)
}

func (s notesScreen) handleSearchKey(km tea.KeyPressMsg) (notesScreen, tea.Cmd) {
	k := s.keys
	switch {
	case key.Matches(km, k.Cancel):
		s.typing = false
		s.input.Blur()
		return s, s.setQuery("")
	case key.Matches(km, k.KeepSearch):
		s.typing = false
		s.input.Blur()
		return s, nil
	case key.Matches(km, k.TypeUp):
		return s, s.moveTo(s.cursor - 1)
	case key.Matches(km, k.TypeDown):
		return s, s.moveTo(s.cursor + 1)
	}
	return s.updateInput(km)
}

// updateInput passes a message to the search field and searches again if
// its text changed.
func (s notesScreen) updateInput(msg tea.Msg) (notesScreen, tea.Cmd) {
	var cmd tea.Cmd
	s.input, cmd = s.input.Update(msg)
	if v := s.input.Value(); v != s.query {
		return s, tea.Batch(cmd, s.setQuery(v))
	}
	return s, cmd
}

// setQuery searches for q. A query that extends the one matched searches
// only its matches. A scan too slow for a key press runs in a command; the
// list keeps the matches it has until the new ones arrive.
func (s *notesScreen) setQuery(q string) tea.Cmd {
	s.query = q
	if q == "" {
		s.input.SetValue("")
	}
	// A result on its way is for an older query now.
	s.searchSeq++
	terms := searchTerms(q)
	if slices.Equal(terms, s.terms) {
		s.matched = q
		return nil
	}
	within := []int(nil)
	if len(s.terms) > 0 && strings.HasPrefix(fold(q), fold(s.matched)) {
		within = s.matches
	}
	if s.ix.slowScan(terms, within) {
		return s.ix.searchCmd(q, terms, within, s.searchSeq)
	}
	s.setMatches(q, terms, s.ix.search(terms, within))
	return s.selectionChanged(true)
}

// setMatches shows the matches of query, whose terms are terms.
func (s *notesScreen) setMatches(query string, terms []string, matches []int) {
	s.matched, s.terms, s.matches = query, terms, matches
	s.snippets = map[int]string{}
	s.refilter()
}

// searchDone takes the matches of a search that ran in a command, unless
// the query has changed since.
func (s *notesScreen) searchDone(msg searchDoneMsg) tea.Cmd {
	if msg.seq != s.searchSeq {
		return nil
	}
	s.ix.remember(msg.terms, msg.matches)
	s.setMatches(msg.query, msg.terms, msg.matches)
	return s.selectionChanged(true)
}

// moveTo selects the interview at list position pos (clamped).
func (s *notesScreen) moveTo(pos int) tea.Cmd {
	if len(s.visible) == 0 {
		return nil
	}
	s.cursor = max(0, min(pos, len(s.visible)-1))
	return s.selectionChanged(false)
}

// selectionChanged brings the preview up to date after the list changed
// under the cursor or the cursor moved. If the selected interview is the
// same and only the query changed (requery), it re-highlights; otherwise
// it shows the new interview from the top, or from its first match.
func (s *notesScreen) selectionChanged(requery bool) tea.Cmd {
	e, ok := s.selected()
	newSel := 0
	if ok {
		newSel = e.serial
	}
	moved := newSel != s.sel
	s.sel = newSel
	s.fillSnippets()
	if !moved && !requery {
		return nil
	}
	s.pv.cur = 0
	if moved {
		s.pv.offset = 0
		s.rebuildPreview()
	} else {
		s.highlight()
	}
	if len(s.terms) > 0 {
		s.showHit()
	}
	return s.renderCmd(moved)
}

// fillSnippets computes the FOUND cells of the rows that show.
func (s *notesScreen) fillSnippets() {
	cols := notesListColumns(s.geom.listW, len(s.terms) > 0)
	if cols.found == 0 || s.geom.listRows == 0 {
		return
	}
	start := scrollStart(s.cursor, len(s.visible), s.geom.listRows)
	for pos := start; pos < min(len(s.visible), start+s.geom.listRows); pos++ {
		i := s.visible[pos]
		if _, done := s.snippets[i]; done {
			continue
		}
		_, iv, ok := s.interview(s.ix.entries[i])
		if !ok {
			continue
		}
		s.snippets[i] = snippet(foundText(iv), s.terms, cols.found)
	}
}

// foundText is the searchable text other than the member's name, which
// has a column of its own.
func foundText(iv model.Interview) string {
	parts := []string{iv.Business, iv.RedFlags}
	for _, a := range iv.Answers {
		parts = append(parts, a.Comment)
	}
	return strings.Join(append(parts, iv.Notes), "\n")
}

// editSelected starts the $EDITOR round trip for the selected interview.
func (s notesScreen) editSelected() tea.Cmd {
	e, _, iv, ok := s.selectedInterview()
	if !ok {
		return nil
	}
	return prepareEditorCmd(e.netID, iv)
}

// View draws the title, the list and the preview, and the filter line or
// the search field.
func (s notesScreen) View() string {
	if s.indexing {
		st := s.c.styles
		return st.Title.Render(titleNotes) + "\n\n" + st.Hint.Render(ansi.Truncate(fmt.Sprintf(notesIndexingText, s.indexed), s.width, "…"))
	}
	g := s.geom
	var middle []string
	switch {
	case g.listRows == 0:
		middle = s.previewLines()
	case g.side:
		list, pv := s.listLines(), s.previewLines()
		middle = make([]string, len(list))
		sep := s.c.styles.Subtle.Render(notesSep)
		for i := range list {
			p := ""
			if i < len(pv) {
				p = pv[i]
			}
			middle[i] = list[i] + strings.Repeat(" ", max(0, g.listW-ansi.StringWidth(list[i]))) + sep + p
		}
	default:
		middle = append(s.listLines(), s.previewLines()...)
	}
	return s.titleLine() + "\n" + strings.Join(middle, "\n") + "\n" + s.bottomLine()
}

func (s notesScreen) titleLine() string {
	st := s.c.styles
	title := titleNotes
	if s.ix.scope != "" {
		if n, ok := s.c.data.network(s.ix.scope); ok {
			title = fmt.Sprintf(titleNotesScoped, CleanLine(n.Name))
		}
	}
	count := fmt.Sprintf(notesCount, len(s.ix.entries))
	if len(s.visible) != len(s.ix.entries) {
		count = fmt.Sprintf(notesCountOf, len(s.visible), len(s.ix.entries))
	}
	return ansi.Truncate(st.Title.Render(title)+" "+st.Subtle.Render(count), s.width, "…")
}

// listLines is the column header and exactly geom.listRows rows.
func (s notesScreen) listLines() []string {
	st := s.c.styles
	g := s.geom
	cols := notesListColumns(g.listW, len(s.terms) > 0)
	lines := make([]string, 0, g.listRows+1)
	lines = append(lines, st.Header.Render(s.rowText(cols, colNetwork, colMember, colDate, colSimilar, colRec, colFound, "  ")))
	if len(s.visible) == 0 {
		for _, l := range strings.Split(ansi.Wrap(s.emptyText(), max(10, g.listW-2), " "), "\n") {
			lines = append(lines, st.Hint.Render(l))
		}
	}
	start := scrollStart(s.cursor, len(s.visible), g.listRows)
	for pos := start; pos < min(len(s.visible), start+g.listRows); pos++ {
		lines = append(lines, s.renderRow(cols, s.visible[pos], pos == s.cursor))
	}
	for len(lines) < g.listRows+1 {
		lines = append(lines, "")
	}
	return lines[:g.listRows+1]
}

func (s notesScreen) emptyText() string {
	switch {
	case len(s.ix.entries) == 0:
		return notesEmpty
	case len(s.terms) > 0 && len(s.matches) == 0:
		return fmt.Sprintf(notesNoMatch, CleanLine(s.query))
	}
	return notesNoFilter
}

func (s notesScreen) rowText(cols notesColumns, network, member, date, similar, rec, found, marker string) string {
	t := marker + cell(network, cols.network) + " " + cell(member, cols.member) + " " +
		cell(date, notesColDate) + " " + cell(similar, notesColSimilar) + " " + cell(rec, notesColRec)
	if cols.found > 0 {
		t += " " + cell(found, cols.found)
	}
	return t
}

func (s notesScreen) renderRow(cols notesColumns, i int, selected bool) string {
	st := s.c.styles
	e := &s.ix.entries[i]
	marker, base := "  ", st.Normal
	if selected {
		marker, base = selectMark, st.Selected
	}
	date := e.date.String()
	if date == "" {
		date = notEnteredCell
	}
	var b strings.Builder
	b.WriteString(base.Render(marker + cell(e.network, cols.network) + " "))
	b.WriteString(markPlain(cell(e.member, cols.member), s.terms, base, st.Match))
	b.WriteString(base.Render(" " + cell(date, notesColDate) + " " + cell(flag(e.similar), notesColSimilar) + " " + cell(e.rec, notesColRec)))
	if cols.found > 0 {
		b.WriteString(base.Render(" "))
		b.WriteString(markPlain(cell(s.snippets[i], cols.found), s.terms, st.Subtle, st.Match))
	}
	return b.String()
}

// bottomLine is the search field while typing, else the filters and the
// search with its matches.
func (s notesScreen) bottomLine() string {
	st := s.c.styles
	if s.typing {
		right := st.Subtle.Render(fmt.Sprintf(notesFound, len(s.visible)))
		return ansi.Truncate(s.input.View(), max(1, s.width-ansi.StringWidth(right)-1), "…") + " " + right
	}
	netName := notesAll
	if s.ix.scope != "" {
		if n, ok := s.c.data.network(s.ix.scope); ok {
			netName = CleanLine(n.Name)
		}
	} else if pos := s.netPos(); pos >= 0 {
		netName = s.nets[pos].name
	}
	parts := []string{
		fmt.Sprintf(notesFilterNet, netName),
		fmt.Sprintf(notesFilterSim, s.similar.label()),
		fmt.Sprintf(notesFilterPick, s.picked.label()),
	}
	line := st.Subtle.Render(strings.Join(parts, " · "))
	if len(s.terms) > 0 {
		hits := notesNoHit
		if len(s.pv.hits) > 0 {
			hits = fmt.Sprintf(notesHitOf, s.pv.cur+1, len(s.pv.hits))
		}
		line = st.Match.Render(fmt.Sprintf(notesSearchLabel, CleanLine(s.query))) + st.Subtle.Render(" · "+hits+" · ") + line
	}
	return ansi.Truncate(line, s.width, "…")
}

// ShortHelp is the one-line key help of the notes screen.
func (s notesScreen) ShortHelp() []key.Binding {
	k := s.keys
	if s.typing {
		return []key.Binding{k.KeepSearch, k.Cancel, k.TypeUp, k.TypeDown}
	}
	if s.zoom {
		up, down, zoom := k.Up, k.Down, k.Zoom
		up.SetHelp("↑/k", helpLineUp)
		down.SetHelp("↓/j", helpLineDown)
		zoom.SetHelp("tab", helpUnzoom)
		return []key.Binding{down, up, k.PageDown, k.NextMatch, k.Editor, zoom, k.Back}
	}
	b := []key.Binding{k.Down, k.Open, k.Editor, k.Search, k.NextMatch, k.Zoom}
	if s.ix == nil || s.ix.scope == "" {
		b = append(b, k.Network)
	}
	return append(b, k.Similar, k.Picked, k.Back)
}

// FullHelp lists every key of the notes screen.
func (s notesScreen) FullHelp() [][]key.Binding {
	k := s.keys
	net, netBack := k.Network, k.NetworkBack
	net.SetEnabled(s.ix == nil || s.ix.scope == "")
	netBack.SetEnabled(net.Enabled())
	return [][]key.Binding{
		{k.Up, k.Down, k.First, k.Last, k.Open, k.Editor, k.Back},
		{k.LineDown, k.LineUp, k.PageDown, k.PageUp, k.HalfDown, k.HalfUp, k.Top, k.Bottom, k.Zoom},
		{k.Search, k.NextMatch, k.PrevMatch, net, netBack, k.Similar, k.Picked},
	}
}
