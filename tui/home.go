package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"netvet/model"
)

// confirmKind is what a pending y/n question on the home list is about.
type confirmKind int

const (
	confirmNone confirmKind = iota
	confirmArchive
	confirmDelete
)

// pendingConfirm is a question waiting for y or n.
type pendingConfirm struct {
	kind confirmKind
	id   string
	name string
}

// homeScreen is the list of candidate networks.
type homeScreen struct {
	c *common
	// visible holds indexes into c.data.rows, in list order.
	visible []int
	cursor  int
	// selID is the selected network's id; it survives changes to the data
	// that shift the row indexes.
	selID        string
	filter       listFilter
	showArchived bool
	confirm      pendingConfirm
	width        int
	height       int
}

func newHomeScreen(c *common) homeScreen {
	return homeScreen{c: c, filter: newListFilter(c)}
}

// Typing reports whether the filter field has the keyboard.
func (h homeScreen) Typing() bool { return h.filter.typing }

// SetSize gives the screen its box.
func (h *homeScreen) SetSize(w, ht int) {
	h.width, h.height = w, ht
	h.filter.SetWidth(w)
}

// SetStyles applies a new theme.
func (h *homeScreen) SetStyles(s Styles) { h.filter.SetStyles(s) }

// Refresh recomputes which rows show, keeping the selected network selected.
func (h *homeScreen) Refresh() {
	sel := h.selID
	h.visible = h.visible[:0]
	for i, r := range h.c.data.rows {
		if r.archived && !h.showArchived {
			continue
		}
		if !h.filter.Match(r.haystack) {
			continue
		}
		h.visible = append(h.visible, i)
	}
	h.cursor = min(h.cursor, max(0, len(h.visible)-1))
	if sel != "" {
		h.Select(sel)
	}
	h.syncSelection()
}

// syncSelection records which network the cursor is on.
func (h *homeScreen) syncSelection() {
	h.selID = ""
	if h.cursor >= 0 && h.cursor < len(h.visible) {
		h.selID = h.c.data.rows[h.visible[h.cursor]].id
	}
}

// Select moves the cursor to the network with the given id, if it shows.
func (h *homeScreen) Select(id string) {
	for pos, i := range h.visible {
		if h.c.data.rows[i].id == id {
			h.cursor = pos
			h.selID = id
			return
		}
	}
}

func (h homeScreen) selected() (netRow, bool) {
	if h.cursor < 0 || h.cursor >= len(h.visible) {
		return netRow{}, false
	}
	return h.c.data.rows[h.visible[h.cursor]], true
}

// Update handles keys for the list, the filter and the y/n question.
func (h homeScreen) Update(msg tea.Msg) (homeScreen, tea.Cmd) {
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return h, h.filter.Update(msg)
	}
	switch {
	case h.confirm.kind != confirmNone:
		return h.handleConfirm(km)
	case h.filter.typing:
		return h.handleFilterKey(km)
	}
	return h.handleListKey(km)
}

// update implements [screen].
func (h *homeScreen) update(msg tea.Msg) (cmd tea.Cmd) {
	*h, cmd = h.Update(msg)
	return cmd
}

func (h homeScreen) handleListKey(km tea.KeyPressMsg) (homeScreen, tea.Cmd) {
	h, cmd := h.listKey(km)
	h.syncSelection()
	return h, cmd
}

func (h homeScreen) listKey(km tea.KeyPressMsg) (homeScreen, tea.Cmd) {
	k := h.c.keys
	row, has := h.selected()
	switch {
	case key.Matches(km, k.Up):
		h.cursor = max(0, h.cursor-1)
	case key.Matches(km, k.Down):
		h.cursor = min(max(0, len(h.visible)-1), h.cursor+1)
	case key.Matches(km, k.Top):
		h.cursor = 0
	case key.Matches(km, k.Bottom):
		h.cursor = max(0, len(h.visible)-1)
	case key.Matches(km, k.PageUp):
		h.cursor = max(0, h.cursor-h.rowsHeight())
	case key.Matches(km, k.PageDown):
		h.cursor = min(max(0, len(h.visible)-1), h.cursor+h.rowsHeight())
	case key.Matches(km, k.New):
		return h, send(editNetworkMsg{})
	case key.Matches(km, k.Open) && has:
		return h, send(openNetworkMsg{id: row.id})
	case key.Matches(km, k.Edit) && has:
		return h, send(editNetworkMsg{id: row.id})
	case key.Matches(km, k.Delete) && has:
		h.confirm = pendingConfirm{kind: confirmArchive, id: row.id, name: row.name}
		if row.archived {
			h.confirm.kind = confirmDelete
		}
	case key.Matches(km, k.Restore) && has && row.archived:
		return h, h.changeStatus(row.id, (*model.Network).Restore, fmt.Sprintf(statusRestored, row.name))
	case key.Matches(km, k.Archived):
		h.showArchived = !h.showArchived
		h.Refresh()
	case key.Matches(km, k.Filter):
		return h, h.filter.Start()
	case key.Matches(km, k.Back) && h.filter.Text() != "":
		h.filter.Clear()
		h.Refresh()
		return h, send(statusMsg{text: statusFilterClear})
	}
	return h, nil
}

func (h homeScreen) handleFilterKey(km tea.KeyPressMsg) (homeScreen, tea.Cmd) {
	cmd, ev := h.filter.Key(km)
	switch ev {
	case filterCleared:
		h.Refresh()
		return h, send(statusMsg{text: statusFilterClear})
	case filterChanged:
		h.cursor = 0
		h.selID = ""
		h.Refresh()
	}
	return h, cmd
}

func (h homeScreen) handleConfirm(km tea.KeyPressMsg) (homeScreen, tea.Cmd) {
	k := h.c.keys
	c := h.confirm
	switch {
	case key.Matches(km, k.Yes):
		h.confirm = pendingConfirm{}
		if c.kind == confirmDelete {
			return h, deleteNetworkCmd(h.c.store, c.id, c.name)
		}
		return h, h.changeStatus(c.id, func(n *model.Network) { n.SetStatus(model.StatusArchived) }, fmt.Sprintf(statusArchived, c.name))
	case key.Matches(km, k.No):
		h.confirm = pendingConfirm{}
	}
	return h, nil
}

// changeStatus saves a network with a new status: archived, keeping the
// one it had, or restored to that one (model.Network.Restore).
func (h homeScreen) changeStatus(id string, change func(n *model.Network), done string) tea.Cmd {
	n, ok := h.c.data.network(id)
	if !ok {
		return nil
	}
	change(&n)
	return saveBasicsCmd(h.c.store, n, done)
}

// rowsHeight is how many network rows fit under the title and column
// header, leaving the bottom line for the filter or a question.
func (h homeScreen) rowsHeight() int { return max(1, h.height-2-len(h.bottomLines())) }

// View draws the title, the column header and the rows that fit.
func (h homeScreen) View() string {
	st := h.c.styles
	cols := homeLayout(h.width)
	var b strings.Builder
	b.WriteString(h.titleLine() + "\n")
	b.WriteString(st.Header.Render(h.rowText(cols, colName, colKind, colStatus, colFees, colSteps, colVerdict, "  ")) + "\n")

	rows := h.rowsHeight()
	if len(h.visible) == 0 {
		b.WriteString("\n" + st.Hint.Render(ansi.Wrap(h.emptyText(), max(10, h.width-2), "")) + "\n")
	}
	start := scrollStart(h.cursor, len(h.visible), rows)
	for pos := start; pos < min(len(h.visible), start+rows); pos++ {
		b.WriteString(h.renderRow(cols, h.c.data.rows[h.visible[pos]], pos == h.cursor) + "\n")
	}
	bottom := h.bottomLines()
	body := padLines(strings.TrimRight(b.String(), "\n"), h.height-len(bottom))
	return body + "\n" + strings.Join(bottom, "\n")
}

func (h homeScreen) titleLine() string {
	st := h.c.styles
	total := 0
	archived := 0
	for _, r := range h.c.data.rows {
		total++
		if r.archived {
			archived++
		}
	}
	count := fmt.Sprintf(countAll, total-archived)
	if len(h.visible) != total-archived || h.filter.Text() != "" {
		count = fmt.Sprintf(countShown, len(h.visible), total)
	}
	left := st.Title.Render(titleCandidates) + st.Subtle.Render(" ("+count+")")
	var right string
	switch {
	case h.showArchived:
		right = showingArch
	case archived > 0:
		right = fmt.Sprintf(archivedNote, archived)
	}
	if v := h.filter.Text(); v != "" && !h.filter.typing {
		right = fmt.Sprintf(filterLabel, CleanLine(v)) + "  " + right
	}
	right = st.Subtle.Render(strings.TrimSpace(right))
	gap := h.width - lipgloss.Width(left) - lipgloss.Width(right)
	if gap < 1 {
		return ansi.Truncate(left, h.width, "…")
	}
	return left + strings.Repeat(" ", gap) + right
}

func (h homeScreen) emptyText() string {
	switch {
	case len(h.c.data.rows) == 0:
		return emptyFirst
	case h.filter.Text() != "":
		return fmt.Sprintf(emptyFilter, CleanLine(h.filter.Text()))
	default:
		return emptyAllArch
	}
}

// bottomLines are the question waiting for y or n, wrapped, or the
// filter field; one empty line otherwise.
func (h homeScreen) bottomLines() []string {
	st := h.c.styles
	var q string
	style := st.Warning
	switch {
	case h.confirm.kind == confirmArchive:
		q = fmt.Sprintf(askArchive, h.confirm.name)
	case h.confirm.kind == confirmDelete:
		q, style = fmt.Sprintf(askDelete, h.confirm.name), st.Error
	case h.filter.typing:
		return []string{h.filter.View()}
	default:
		return []string{""}
	}
	return questionLines(st, style, q, h.width, questionMaxLines)
}

func (h homeScreen) renderRow(cols homeColumns, r netRow, selected bool) string {
	st := h.c.styles
	marker := "  "
	style := st.Normal
	switch {
	case selected:
		marker = selectMark
		style = st.Selected
	case r.archived:
		style = st.Archived
	}
	line := h.rowText(cols, r.name, r.kind, r.status, r.fees, r.steps, "", marker)
	return style.Render(line) + " " + h.badge(r.verdict, cols.verdict)
}

// rowText lays out the text columns of one row (all but the verdict badge,
// whose text is added by the caller when it is a header).
func (h homeScreen) rowText(cols homeColumns, name, kind, status, fees, steps, verdict, marker string) string {
	var b strings.Builder
	b.WriteString(marker)
	b.WriteString(cell(name, cols.name))
	for _, c := range []struct {
		text  string
		width int
	}{{kind, cols.kind}, {status, cols.status}, {fees, cols.fees}, {steps, cols.steps}} {
		if c.width > 0 {
			b.WriteString(" " + cell(c.text, c.width))
		}
	}
	if verdict != "" {
		b.WriteString(" " + cell(verdict, cols.verdict))
	}
	return b.String()
}

func (h homeScreen) badge(v model.VerdictWord, width int) string {
	text := map[model.VerdictWord]string{
		model.VerdictJoin:     badgeJoin,
		model.VerdictBuildOwn: badgeBuildOwn,
		model.VerdictDontJoin: badgeDontJoin,
	}[v]
	if text == "" {
		text = badgeInvestigate
	}
	return verdictStyle(h.c.styles, v).Render(cell(text, width))
}

// ShortHelp is the one-line key help of the home screen.
func (h homeScreen) ShortHelp() []key.Binding {
	k := h.c.keys
	switch {
	case h.confirm.kind != confirmNone:
		return []key.Binding{k.Yes, k.No}
	case h.filter.typing:
		return h.filter.ShortHelp()
	}
	return []key.Binding{k.New, k.Open, k.Edit, k.Delete, k.Filter, k.Verdict, k.Profile, k.Quit}
}

// FullHelp lists every key of the home screen for the help screen.
func (h homeScreen) FullHelp() [][]key.Binding {
	k := h.c.keys
	archived := k.Archived
	if h.showArchived {
		archived.SetHelp("a", helpHideArchived)
	}
	clear := h.filter.keys.Clear
	clear.SetEnabled(h.filter.Text() != "")
	return [][]key.Binding{
		{k.Up, k.Down, k.Top, k.Bottom, k.PageUp, k.PageDown},
		{k.Open, k.New, k.Edit, k.Delete, k.Restore, archived, k.Filter, clear},
	}
}
