package tui

import (
	"fmt"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/glamour/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"netvet/model"
)

// The interview notes screen (SPEC.md 3): every interview across the
// networks, or one network's, newest first, with filters, a full-text
// search that narrows as you type, and a preview of the whole interview
// whose notes are rendered as Markdown. Rendering runs in a command, off
// the key press, and is cached (previewCache); a key press only slices and
// highlights lines that are ready.

// notesLayout geometry: named breakpoints and shares.
const (
	// notesSideWidth is from where list and preview sit side by side.
	notesSideWidth = 120
	// notesListMax bounds the list column beside the preview.
	notesListMax = 72
	// notesListMinRows is the fewest list rows above the preview.
	notesListMinRows = 3
	// notesSep is what stands between list and preview side by side.
	notesSep = " │ "
	// notesListPercent is the list's share of the width beside the
	// preview; below it the list takes a third of the height.
	notesListPercent = 45
	// notesChrome is the title line above and the filter line below.
	notesChrome = 2
	// notesRuleLines is the rule above the preview and the header above
	// the list.
	notesRuleLines = 1
	// Column widths of the list; notesColGaps is the spaces between its
	// five columns.
	notesColGaps    = 4
	notesColDate    = 10
	notesColSimilar = 4
	notesColRec     = 3
	notesColNetMax  = 28
	notesColMemMax  = 30
	notesColNetFind = 16
	notesColMemFind = 18
	notesColFindMin = 12
)

// notesGeom is the geometry of the notes screen in its body.
type notesGeom struct {
	// side: list and preview side by side.
	side bool
	// listW is the list's width; listRows the rows under its header (0
	// when the list is hidden).
	listW, listRows int
	// previewW and previewH are the preview's width and its lines under
	// its rule.
	previewW, previewH int
}

// notesLayout splits a body of w × h: a title line, the list and the
// preview, and a bottom line for the filters or the search field. Wide
// terminals put the preview beside the list; narrow ones below it; zoom
// gives the preview the whole middle.
func notesLayout(w, h int, zoom bool) notesGeom {
	middle := max(2*notesRuleLines, h-notesChrome)
	switch {
	case zoom:
		return notesGeom{previewW: w, previewH: middle - notesRuleLines}
	case w >= notesSideWidth:
		lw := min(notesListMax, w*notesListPercent/100)
		return notesGeom{side: true, listW: lw, listRows: middle - notesRuleLines,
			previewW: w - lw - ansi.StringWidth(notesSep), previewH: middle - notesRuleLines}
	}
	rows := max(notesListMinRows, (middle-2*notesRuleLines)/3)
	return notesGeom{listW: w, listRows: rows, previewW: w, previewH: max(1, middle-rows-2*notesRuleLines)}
}

// notesColumns are the widths of the list's columns; found is 0 when the
// search column does not show.
type notesColumns struct {
	network, member, found int
}

func notesListColumns(width int, searching bool) notesColumns {
	rest := width - markerWidth - notesColDate - notesColSimilar - notesColRec - notesColGaps
	// The found column needs a gap of its own.
	if searching && rest >= notesColNetFind+notesColMemFind+1+notesColFindMin {
		return notesColumns{network: notesColNetFind, member: notesColMemFind, found: rest - notesColNetFind - notesColMemFind - 1}
	}
	net := min(notesColNetMax, rest*2/5)
	return notesColumns{network: max(4, net), member: max(4, min(notesColMemMax, rest-net))}
}

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
	exec execFunc
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
		c: c, keys: newNotesKeyMap(c.keys), exec: tea.ExecProcess,
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
	case editorReadyMsg:
		return s, s.runEditor(msg)
	case editorDoneMsg:
		return s, finishEditorCmd(s.c.store, msg)
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
	return s, send(closeNotesMsg{})
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
	e, ok := s.selected()
	if !ok {
		return nil
	}
	_, iv, ok := s.interview(e)
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
		date = wsEmptyValue
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
	return append(b, k.Similar, k.Picked, k.Back, s.c.keys.Help)
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

// interviewWorkspace opens network netID's workspace at the interviews
// step, with interview ivID selected and its editor open.
func interviewWorkspace(c *common, netID, ivID string, w, h int) workspaceScreen {
	ws := newWorkspaceScreen(c, netID)
	ws.SetSize(w, h)
	ws.step = model.StepInterviews
	for i, iv := range ws.net.Interviews {
		if iv.ID == ivID {
			ws.cursor[model.StepInterviews] = i
			ws.openEditor(ws.editEditor(i))
			break
		}
	}
	return ws
}

// The preview: a header drawn from the interview (cheap, rebuilt when the
// selection changes) above the notes, which glamour renders in a command
// and the cache keeps per interview, width and theme. Until the rendering
// arrives the notes show as wrapped plain text. Search matches are marked
// on top of the ready lines, so typing never waits for glamour.

const (
	// previewDelay is how long the selection must rest on an interview
	// before its notes are rendered, so holding j starts no render per row.
	previewDelay = 40 * time.Millisecond
	// previewCacheSize is how many renderings the cache keeps.
	previewCacheSize = 48
	// fallbackMax is how much of long notes shows before the rendering.
	fallbackMax = 32 << 10
)

// previewKey names one rendering of an interview's notes.
type previewKey struct {
	serial int
	width  int
	dark   bool
}

// previewDueMsg says the selection rested on an interview long enough.
type previewDueMsg struct{ key previewKey }

// previewRenderedMsg carries rendered notes back from their command.
type previewRenderedMsg struct {
	key   previewKey
	lines []string
}

// previewCache keeps the latest renderings, least recently used first, and
// which ones are being rendered. It is shared by the copies of the screen
// that Update makes and changed only in Update.
type previewCache struct {
	order   []previewKey
	lines   map[previewKey][]string
	pending map[previewKey]bool
}

func newPreviewCache() *previewCache {
	return &previewCache{lines: map[previewKey][]string{}, pending: map[previewKey]bool{}}
}

func (c *previewCache) get(k previewKey) ([]string, bool) {
	l, ok := c.lines[k]
	if ok {
		c.touch(k)
	}
	return l, ok
}

func (c *previewCache) touch(k previewKey) {
	for i, o := range c.order {
		if o == k {
			c.order = append(c.order[:i], c.order[i+1:]...)
			break
		}
	}
	c.order = append(c.order, k)
}

func (c *previewCache) put(k previewKey, lines []string) {
	c.lines[k] = lines
	c.touch(k)
	for len(c.order) > previewCacheSize {
		delete(c.lines, c.order[0])
		c.order = c.order[1:]
	}
}

// preview is what the preview pane shows of the selected interview.
type preview struct {
	key previewKey
	// rendered: the notes lines come from glamour, not the fallback.
	rendered bool
	// base is the header and notes; lines the same with matches marked.
	base  []string
	lines []string
	// hits are the matches in reading order; cur the current one.
	hits   []hit
	cur    int
	offset int
}

// hit is the nth match on a line of the preview.
type hit struct{ line, nth int }

// rebuildPreview draws the selected interview's header and notes lines for
// the current width and theme, and marks the matches. It keeps the scroll
// position and current match where they still fit.
func (s *notesScreen) rebuildPreview() {
	e, ok := s.selected()
	if !ok {
		s.pv = preview{}
		return
	}
	n, iv, ok := s.interview(e)
	if !ok {
		s.pv = preview{}
		return
	}
	k := previewKey{serial: e.serial, width: max(10, s.geom.previewW), dark: s.c.styles.IsDark}
	notes, rendered := s.notesLines(k, iv)
	head := interviewHeader(s.c.styles, n, iv, k.width, s.c.data.profile.Currency)
	s.pv.key, s.pv.rendered = k, rendered
	s.pv.base = append(head, notes...)
	s.highlight()
}

// notesLines returns the rendered notes from the cache, or the plain
// fallback and false.
func (s *notesScreen) notesLines(k previewKey, iv model.Interview) ([]string, bool) {
	st := s.c.styles
	if strings.TrimSpace(iv.Notes) == "" {
		return []string{st.Hint.Render(pvNoNotes)}, true
	}
	if l, ok := s.cache.get(k); ok {
		return l, true
	}
	notes := iv.Notes
	if len(notes) > fallbackMax {
		// Wrapping megabytes would hold up the key press; the rendering
		// brings the rest.
		cut := strings.LastIndexByte(notes[:fallbackMax], '\n')
		notes = notes[:max(cut, 0)] + "\n\n…"
	}
	return plainLines(notes, k.width), false
}

// highlight marks the search matches in the preview lines, the current
// one distinctly.
func (s *notesScreen) highlight() {
	pv := &s.pv
	pv.hits = nil
	if len(s.terms) == 0 {
		pv.lines = pv.base
		pv.cur = 0
		s.clampOffset()
		return
	}
	match := s.c.styles.Match
	pv.lines = make([]string, len(pv.base))
	for i, l := range pv.base {
		var n int
		pv.lines[i], n = highlightLine(l, s.terms, match, match, -1)
		for k := range n {
			pv.hits = append(pv.hits, hit{i, k})
		}
	}
	pv.cur = max(0, min(pv.cur, len(pv.hits)-1))
	s.markCurrent(true)
	s.clampOffset()
}

func (s *notesScreen) currentMatchStyle() lipgloss.Style {
	return s.c.styles.Match.Reverse(true).Bold(true)
}

// markCurrent draws the current match's line with (on) or without the
// current-match style.
func (s *notesScreen) markCurrent(on bool) {
	pv := &s.pv
	if pv.cur >= len(pv.hits) {
		return
	}
	h := pv.hits[pv.cur]
	nth := -1
	if on {
		nth = h.nth
	}
	pv.lines[h.line], _ = highlightLine(pv.base[h.line], s.terms, s.c.styles.Match, s.currentMatchStyle(), nth)
}

// jump moves the current match by d and scrolls it into view.
func (s *notesScreen) jump(d int) {
	pv := &s.pv
	if len(pv.hits) == 0 {
		return
	}
	s.markCurrent(false)
	pv.cur = (pv.cur + d + len(pv.hits)) % len(pv.hits)
	s.markCurrent(true)
	s.showHit()
}

// showHit scrolls so that the current match is in view, a third down.
func (s *notesScreen) showHit() {
	pv := &s.pv
	if pv.cur >= len(pv.hits) {
		return
	}
	line := pv.hits[pv.cur].line
	if line < pv.offset || line >= pv.offset+s.geom.previewH {
		pv.offset = line - s.geom.previewH/3
	}
	s.clampOffset()
}

func (s *notesScreen) scroll(d int) {
	s.pv.offset += d
	s.clampOffset()
}

func (s *notesScreen) clampOffset() {
	s.pv.offset = max(0, min(s.pv.offset, len(s.pv.lines)-s.geom.previewH))
}

// renderCmd returns the command that renders the selected notes if they
// are not rendered or being rendered; with delay it first waits whether
// the selection stays.
func (s *notesScreen) renderCmd(delay bool) tea.Cmd {
	k := s.pv.key
	if s.pv.rendered || len(s.pv.base) == 0 || s.cache.pending[k] {
		return nil
	}
	if delay {
		return tea.Tick(previewDelay, func(time.Time) tea.Msg { return previewDueMsg{key: k} })
	}
	e, ok := s.selected()
	if !ok {
		return nil
	}
	_, iv, ok := s.interview(e)
	if !ok {
		return nil
	}
	s.cache.pending[k] = true
	src := iv.Notes
	return func() tea.Msg { return previewRenderedMsg{key: k, lines: renderMarkdown(src, k.width, k.dark)} }
}

func (s *notesScreen) handleDue(msg previewDueMsg) tea.Cmd {
	if msg.key != s.pv.key {
		return nil
	}
	return s.renderCmd(false)
}

func (s *notesScreen) handleRendered(msg previewRenderedMsg) tea.Cmd {
	delete(s.cache.pending, msg.key)
	s.cache.put(msg.key, msg.lines)
	if msg.key == s.pv.key && !s.pv.rendered {
		s.rebuildPreview()
		if len(s.terms) > 0 {
			s.showHit()
		}
	}
	return nil
}

// previewLines is the preview's rule and exactly geom.previewH lines.
func (s notesScreen) previewLines() []string {
	st := s.c.styles
	g := s.geom
	out := make([]string, 0, g.previewH+1)
	out = append(out, s.previewRule())
	if len(s.pv.lines) == 0 {
		out = append(out, st.Hint.Render(ansi.Truncate(notesNoSelection, g.previewW, "…")))
	} else {
		end := min(len(s.pv.lines), s.pv.offset+g.previewH)
		out = append(out, s.pv.lines[s.pv.offset:end]...)
	}
	for len(out) < g.previewH+1 {
		out = append(out, "")
	}
	return out
}

// previewRule is the line above the preview: whose interview it is and
// which of its lines show.
func (s notesScreen) previewRule() string {
	st := s.c.styles
	w := s.geom.previewW
	label := ""
	if e, ok := s.selected(); ok {
		label = " " + e.member + " · " + e.network + " "
	}
	pos := ""
	if n := len(s.pv.lines); n > 0 {
		pos = " " + fmt.Sprintf(notesLines, s.pv.offset+1, min(n, s.pv.offset+s.geom.previewH), n) + " "
	}
	label = ansi.Truncate(label, max(0, w-ansi.StringWidth(pos)-4), "… ")
	fill := max(0, w-2-ansi.StringWidth(label)-ansi.StringWidth(pos)-1)
	return st.Subtle.Render("──") + st.Bold.Render(label) + st.Subtle.Render(strings.Repeat("─", fill)+pos+"─")
}

// interviewHeader draws the interview above its notes: who, when, the
// answers per promise, the decisive answers and the red flags.
func interviewHeader(st Styles, n model.Network, iv model.Interview, width int, currency string) []string {
	var lines []string
	add := func(style lipgloss.Style, text string, indent int) {
		pad := strings.Repeat(" ", indent)
		for _, l := range strings.Split(wrapText(text, max(4, width-indent), " "), "\n") {
			lines = append(lines, pad+style.Render(l))
		}
	}
	who := CleanLine(iv.Member)
	if b := CleanLine(iv.Business); b != "" {
		who += " — " + b
	}
	add(st.Title, who, 0)
	meta := []string{CleanLine(n.Name)}
	if !iv.Date.IsZero() {
		meta = append(meta, iv.Date.String())
	}
	if iv.Channel != "" {
		meta = append(meta, iv.Channel.Label())
	}
	if iv.MemberSince != 0 {
		meta = append(meta, fmt.Sprintf(pvMemberSince, iv.MemberSince))
	}
	add(st.Subtle, strings.Join(meta, " · "), 0)
	add(st.Subtle, fmt.Sprintf(pvSimilar, yesNoWord(iv.SimilarToMe))+" · "+fmt.Sprintf(pvPicked, yesNoWord(iv.IntroducedByNetwork)), 0)

	lines = append(lines, "", st.Header.Render(pvPromises))
	if len(n.Promises) == 0 {
		add(st.Hint, pvNoPromises, 0)
	}
	for _, p := range n.Promises {
		add(st.Normal, "• "+CleanLine(p.Text), 0)
		a, ok := iv.Answer(p.ID)
		answer, style := pvNotAsked, st.Subtle
		if ok {
			answer, style = a.Answer.Label(), answerStyle(st, a.Answer)
		}
		if c := CleanLine(a.Comment); c != "" {
			answer += " — " + c
		}
		add(style, answer, 2)
	}

	lines = append(lines, "", st.Header.Render(pvDecisive))
	add(st.Normal, fmt.Sprintf(pvContracts, iv.ContractsCount, iv.ContractsValue.Format(currency)), 0)
	add(st.Normal, fmt.Sprintf(pvJoinAgain, iv.WouldJoinAgain.Label()), 0)
	if iv.Recommendation != nil {
		add(st.Normal, fmt.Sprintf(pvRec, strconv.Itoa(*iv.Recommendation)), 0)
	} else {
		add(st.Subtle, pvRecNone, 0)
	}
	if flags := strings.TrimSpace(Clean(iv.RedFlags)); flags != "" {
		lines = append(lines, "", st.Header.Render(pvRedFlags))
		for _, l := range strings.Split(flags, "\n") {
			add(st.Warning, l, 0)
		}
	}
	return append(lines, "", st.Header.Render(pvNotes))
}

func yesNoWord(b bool) string {
	if b {
		return choiceYes
	}
	return choiceNo
}

func answerStyle(st Styles, a model.AnswerValue) lipgloss.Style {
	switch a {
	case model.AnswerYes:
		return st.Success
	case model.AnswerPartly:
		return st.Warning
	case model.AnswerNo:
		return st.Error
	}
	return st.Subtle
}

// plainLines is notes as wrapped plain text: the preview until glamour's
// rendering arrives, and if glamour fails.
func plainLines(notes string, width int) []string {
	return strings.Split(wrapText(strings.Trim(Clean(notes), "\n"), width, " "), "\n")
}

// renderMarkdown renders sanitised notes with glamour in the light or dark
// standard style, wrapped to width, and keeps only colour and text
// attributes of its output: no hyperlinks or other sequences reach the
// screen, whatever the notes contained.
func renderMarkdown(notes string, width int, dark bool) []string {
	style := "light"
	if dark {
		style = "dark"
	}
	r, err := glamour.NewTermRenderer(glamour.WithStandardStyle(style), glamour.WithWordWrap(width))
	if err != nil {
		return plainLines(notes, width)
	}
	out, err := r.Render(Clean(notes))
	if err != nil {
		return plainLines(notes, width)
	}
	lines := strings.Split(strings.Trim(keepSGR(out), "\n"), "\n")
	for i, l := range lines {
		lines[i] = ansi.Truncate(l, width, "")
	}
	for len(lines) > 0 && strings.TrimSpace(ansi.Strip(lines[0])) == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && strings.TrimSpace(ansi.Strip(lines[len(lines)-1])) == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// keepSGR drops every escape sequence from s except Select Graphic
// Rendition (colours, bold, underline…): no OSC (titles, hyperlinks,
// clipboard), no cursor movement, no screen clearing.
func keepSGR(s string) string {
	if strings.IndexByte(s, ansi.ESC) < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for len(s) > 0 {
		i := strings.IndexByte(s, ansi.ESC)
		if i < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		s = s[i:]
		seq, _, n, _ := ansi.DecodeSequence(s, ansi.NormalState, nil)
		if n <= 0 {
			n = 1
		}
		if isSGR(seq) {
			b.WriteString(seq)
		}
		s = s[n:]
	}
	return b.String()
}

// isSGR reports whether seq is ESC [ params m with numeric parameters.
func isSGR(seq string) bool {
	if len(seq) < 3 || seq[0] != ansi.ESC || seq[1] != '[' || seq[len(seq)-1] != 'm' {
		return false
	}
	for i := 2; i < len(seq)-1; i++ {
		if c := seq[i]; (c < '0' || c > '9') && c != ';' && c != ':' {
			return false
		}
	}
	return true
}
