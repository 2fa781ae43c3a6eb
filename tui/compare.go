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

// Layout of the comparison table.
const (
	cmpLabelWidth = 24
	cmpColWidth   = 17
	// cmpDetailLines is the room under the table for the selected
	// candidate's reasons and next steps.
	cmpDetailLines = 6
)

// better says which way a row's values improve.
type better int

const (
	noBest better = iota
	higherBest
	lowerBest
)

// compareRow is one row of the comparison: a figure for each candidate.
type compareRow struct {
	label string
	cells []string
	// values are the figures compared to find the best; has[i] is false
	// where candidate i has none.
	values []float64
	has    []bool
	better better
	best   map[int]bool
}

// compareScreen shows the candidates side by side with the best value of
// each row highlighted, the recommendation on top and the selected
// candidate's reasons below. Everything is computed in Refresh.
type compareScreen struct {
	c       *common
	keys    compareKeyMap
	cmp     model.Comparison
	rows    []compareRow
	sel     int
	offset  int
	rowOff  int
	summary string
	width   int
	height  int
	// data and version are the data the table was built from.
	data    *dataset
	version int
}

func newCompareScreen(c *common) compareScreen {
	s := compareScreen{c: c, keys: newCompareKeyMap(c.keys)}
	s.Refresh()
	return s
}

// reopenCompare opens the comparison afresh, at the first candidate. The
// table of the last opening is kept if the data has not changed since:
// ranking and laying out hundreds of candidates is more than a key press
// should do twice.
func reopenCompare(c *common, last compareScreen) compareScreen {
	if last.c != c || last.data != c.data || last.version != c.data.version {
		return newCompareScreen(c)
	}
	last.sel, last.offset, last.rowOff = 0, 0, 0
	return last
}

// Resume builds the table again if the data has changed since it was
// built: a change saved while the comparison was covered (a new profile
// prices everyone's time anew).
func (s *compareScreen) Resume() {
	if s.data != s.c.data || s.version != s.c.data.version {
		s.Refresh()
	}
}

// Refresh ranks the candidates, by the verdicts the data keeps, and builds
// the table.
func (s *compareScreen) Refresh() {
	d := s.c.data
	s.cmp = model.CompareRanked(model.RankVerdicts(d.nets, d.verdicts), d.profile.ScoreWeights())
	confirmed := make(map[string]int, len(d.rows))
	for _, r := range d.rows {
		confirmed[r.id] = r.confirmed
	}
	s.rows = buildCompareRows(d.profile, s.cmp.Ranked, confirmed)
	s.sel = min(s.sel, max(0, len(s.cmp.Ranked)-1))
	s.summary = compareSummary(s.cmp)
	s.data, s.version = d, d.version
}

// buildCompareRows lays out the table; confirmed holds each network's
// number of confirmed promises by id.
func buildCompareRows(p model.Profile, ranked []model.Ranked, confirmed map[string]int) []compareRow {
	cur := p.Currency
	var rows []compareRow
	add := func(label string, b better, f func(r model.Ranked) (string, float64, bool)) {
		row := compareRow{label: label, better: b, best: map[int]bool{}}
		for _, r := range ranked {
			text, v, ok := f(r)
			row.cells = append(row.cells, text)
			row.values = append(row.values, v)
			row.has = append(row.has, ok)
		}
		row.markBest()
		rows = append(rows, row)
	}
	add(cmpVerdict, noBest, func(r model.Ranked) (string, float64, bool) { return r.Verdict.Word.Label(), 0, false })
	add(cmpScore, higherBest, func(r model.Ranked) (string, float64, bool) {
		return fmt.Sprint(r.Verdict.Score.Total), float64(r.Verdict.Score.Total), true
	})
	add(cmpComplete, higherBest, func(r model.Ranked) (string, float64, bool) {
		return fmt.Sprintf("%d%%", r.Verdict.Completeness), float64(r.Verdict.Completeness), true
	})
	add(cmpPromises, higherBest, func(r model.Ranked) (string, float64, bool) {
		if len(r.Network.Promises) == 0 {
			return wsEmptyValue, 0, false
		}
		c := confirmed[r.Network.ID]
		return fmt.Sprintf(cmpPromiseCell, c, len(r.Network.Promises)), float64(c) / float64(len(r.Network.Promises)), true
	})
	add(cmpInterviews, higherBest, func(r model.Ranked) (string, float64, bool) {
		indep := 0
		for _, iv := range r.Network.Interviews {
			if !iv.IntroducedByNetwork {
				indep++
			}
		}
		return fmt.Sprintf(cmpInterviewCell, len(r.Network.Interviews), indep), float64(indep*100 + len(r.Network.Interviews)), true
	})
	add(cmpEvidence, higherBest, func(r model.Ranked) (string, float64, bool) {
		var proven model.Money
		for _, e := range r.Network.Evidence {
			if e.Level != model.LevelHearsay {
				proven += e.Value
			}
		}
		return proven.Format(cur), float64(proven), true
	})
	add(cmpJoinCost, lowerBest, func(r model.Ranked) (string, float64, bool) {
		c := r.Verdict.MakeOrBuy.JoinCost
		return c.Format(cur), float64(c.Value), c.Known
	})
	add(cmpBuildCost, noBest, func(r model.Ranked) (string, float64, bool) {
		return r.Verdict.MakeOrBuy.BuildCost.Format(cur), 0, false
	})
	add(cmpBreakEven, lowerBest, func(r model.Ranked) (string, float64, bool) {
		mb := r.Verdict.MakeOrBuy
		return mb.BreakEvenMonthsText(), mb.BreakEvenMonths.Float(), mb.BreakEvenMonths.Known
	})
	for _, k := range append(append([]model.RatingKey{}, model.FactorKeys...), model.FitKeys...) {
		add(k.Label(), higherBest, func(r model.Ranked) (string, float64, bool) {
			v := r.Network.Rating(k)
			if !v.IsSet() {
				return wsEmptyValue, 0, false
			}
			return fmt.Sprintf("%s %d", strings.Repeat(wsBarFull, int(v)), v), float64(v), true
		})
	}
	return rows
}

// markBest records which candidates hold the best value of the row; with
// fewer than two candidates to compare nothing is "best".
func (r *compareRow) markBest() {
	if r.better == noBest {
		return
	}
	n := 0
	var best float64
	for i, ok := range r.has {
		if !ok {
			continue
		}
		v := r.values[i]
		if n == 0 || (r.better == higherBest && v > best) || (r.better == lowerBest && v < best) {
			best = v
		}
		n++
	}
	if n < 2 {
		return
	}
	for i, ok := range r.has {
		if ok && r.values[i] == best {
			r.best[i] = true
		}
	}
}

// compareSummary is the line on top: the recommendation, or why there is
// none, and whether it is robust.
func compareSummary(c model.Comparison) string {
	if len(c.Ranked) == 0 {
		return cmpNoCandidates
	}
	if c.Recommended == "" {
		return cmpNoJoin
	}
	var name string
	var score int
	for _, r := range c.Ranked {
		if r.Network.ID == c.Recommended {
			name, score = CleanLine(r.Network.Name), r.Verdict.Score.Total
		}
	}
	if c.NoClearWinner {
		return CleanLine(c.Robustness())
	}
	return fmt.Sprintf(cmpRecommend, name, score)
}

// Typing implements [screen].
func (s compareScreen) Typing() bool { return false }

// SetSize gives the screen its box.
func (s *compareScreen) SetSize(w, h int) { s.width, s.height = w, h }

// visibleCols is how many candidate columns fit beside the labels.
func (s compareScreen) visibleCols() int {
	// Leave room for the "more ›" marker after the last column.
	return max(1, (s.width-cmpLabelWidth-len([]rune(cmpMoreRight))-1)/(cmpColWidth+1))
}

// tableRows is how many table rows fit above the details.
func (s compareScreen) tableRows() int {
	return max(1, s.height-3-cmpDetailLines)
}

// Update moves the selection (scrolling columns to keep it in view),
// scrolls the rows and opens a candidate.
func (s compareScreen) Update(msg tea.Msg) (compareScreen, tea.Cmd) {
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return s, nil
	}
	k := s.keys
	switch {
	case key.Matches(km, k.Back):
		return s, send(backMsg{})
	case key.Matches(km, k.Next):
		s.sel = min(max(0, len(s.cmp.Ranked)-1), s.sel+1)
	case key.Matches(km, k.Prev):
		s.sel = max(0, s.sel-1)
	case key.Matches(km, k.Down):
		s.rowOff = min(max(0, len(s.rows)-s.tableRows()), s.rowOff+1)
	case key.Matches(km, k.Up):
		s.rowOff = max(0, s.rowOff-1)
	case key.Matches(km, k.Open) && len(s.cmp.Ranked) > 0:
		return s, send(openNetworkMsg{id: s.cmp.Ranked[s.sel].Network.ID})
	}
	cols := s.visibleCols()
	if s.sel < s.offset {
		s.offset = s.sel
	}
	if s.sel >= s.offset+cols {
		s.offset = s.sel - cols + 1
	}
	return s, nil
}

// update implements [screen].
func (s *compareScreen) update(msg tea.Msg) (cmd tea.Cmd) {
	*s, cmd = s.Update(msg)
	return cmd
}

// View draws the summary, the table and the selected candidate's details.
func (s compareScreen) View() string {
	st := s.c.styles
	var b strings.Builder
	b.WriteString(st.Title.Render(titleCompare) + "\n")
	style := st.Success
	if s.cmp.Recommended == "" || s.cmp.NoClearWinner {
		style = st.Warning
	}
	b.WriteString(style.Render(ansi.Truncate(s.summary, s.width, "…")) + "\n")
	if len(s.cmp.Ranked) == 0 {
		return b.String()
	}
	cols := s.visibleCols()
	end := min(len(s.cmp.Ranked), s.offset+cols)
	// Candidate names.
	head := cell("", cmpLabelWidth)
	if s.offset > 0 {
		head = cell(cmpMoreLeft, cmpLabelWidth)
	}
	for i := s.offset; i < end; i++ {
		name := cell(CleanLine(s.cmp.Ranked[i].Network.Name), cmpColWidth)
		if i == s.sel {
			name = st.Candidate.Render(name)
		} else {
			name = st.Bold.Render(name)
		}
		head += " " + name
	}
	if end < len(s.cmp.Ranked) {
		head += " " + st.Subtle.Render(cmpMoreRight)
	}
	b.WriteString(head + "\n")
	last := min(len(s.rows), s.rowOff+s.tableRows())
	for _, r := range s.rows[s.rowOff:last] {
		line := st.Label.Render(cell(r.label, cmpLabelWidth))
		for i := s.offset; i < end; i++ {
			c := cell(r.cells[i], cmpColWidth)
			switch {
			case r.best[i]:
				c = st.Best.Render(c)
			case r.label == cmpVerdict:
				c = verdictStyle(st, s.cmp.Ranked[i].Verdict.Word).Render(c)
			}
			line += " " + c
		}
		b.WriteString(line + "\n")
	}
	b.WriteString(s.detail())
	return b.String()
}

// detail lists the selected candidate's deal-breakers, next steps, the gap
// to the threshold and reasons, as much as fits.
func (s compareScreen) detail() string {
	st := s.c.styles
	r := s.cmp.Ranked[s.sel]
	v := r.Verdict
	var lines []string
	lines = append(lines, st.Bold.Render(ansi.Truncate(fmt.Sprintf(cmpWhy, CleanLine(r.Network.Name), v.Word.Label()), s.width, "…")))
	var items []string
	items = append(items, v.DealBreakers...)
	items = append(items, v.NextSteps...)
	if gap := s.c.data.profile.JoinThreshold - v.Score.Total; gap > 0 {
		items = append(items, fmt.Sprintf(cmpGap, gap, s.c.data.profile.JoinThreshold))
	}
	if len(items) == 0 {
		items = v.Reasons
	}
	for _, it := range items {
		lines = append(lines, ansi.Truncate("• "+CleanLine(it), s.width, "…"))
	}
	if len(lines) > cmpDetailLines {
		lines = lines[:cmpDetailLines]
	}
	return "\n" + strings.Join(lines, "\n")
}

func verdictStyle(st Styles, v model.VerdictWord) lipgloss.Style {
	switch v {
	case model.VerdictJoin:
		return st.Success
	case model.VerdictDontJoin:
		return st.Error
	case model.VerdictBuildOwn:
		return st.Focused
	}
	return st.Warning
}

// ShortHelp is the one-line key help of the comparison.
func (s compareScreen) ShortHelp() []key.Binding {
	k := s.keys
	// Terse, so that they fit 80 columns; the help screen says more.
	return []key.Binding{
		withHelp(k.Open, "enter", helpOpen), withHelp(k.Next, "→/l/tab", helpNext),
		withHelp(k.Prev, "←/h/shift+tab", helpPrevious), k.Down, k.Back,
	}
}

// FullHelp lists every key of the comparison.
func (s compareScreen) FullHelp() [][]key.Binding {
	k := s.keys
	return [][]key.Binding{{k.Next, k.Prev, k.Down, k.Up, k.Open, k.Back}}
}
