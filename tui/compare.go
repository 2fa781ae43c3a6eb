package tui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"netvet/model"
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
// candidate's reasons below. Everything is computed in Refresh, and what
// depends on the size or the selection in relayout.
type compareScreen struct {
	c      *common
	keys   compareKeyMap
	cmp    model.Comparison
	rows   []compareRow
	filter listFilter
	// shown are the positions in cmp.Ranked of the candidates the filter
	// lets through; sel is a position in shown, offset the first column.
	shown  []int
	sel    int
	offset int
	rowOff int
	width  int
	height int
	// cols and colW are how many candidate columns show and how wide;
	// head is the summary, robust the line on whether the recommendation
	// is robust, and detail the selected candidate's lines, wrapped to the
	// width.
	cols, colW int
	head       []string
	robust     []string
	detail     []string
	// weighting says the weights panel is open (see weights.go); wsel is
	// the weight it has selected, panel its lines.
	weighting bool
	wsel      int
	panel     []string
	// data and version are the data the table was built from; cache
	// keeps what a weight change does not change.
	data    *dataset
	version int
	cache   compareCache
}

func newCompareScreen(c *common) compareScreen {
	s := compareScreen{c: c, keys: newCompareKeyMap(c.keys), filter: newListFilter(c)}
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
	if last.filter.Text() != "" {
		last.filter.Clear()
		last.refilter()
	}
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
// the table. The selected candidate stays selected.
func (s *compareScreen) Refresh() {
	d := s.c.data
	selID, _ := s.selected()
	s.cmp = model.CompareRanked(model.RankVerdicts(d.nets, d.verdicts), d.profile.ScoreWeights())
	s.cache = s.cache.cacheFor(d)
	confirmed := make(map[string]int, len(d.rows))
	for _, r := range d.rows {
		confirmed[r.id] = r.confirmed
	}
	s.rows = s.buildRows(compareRowSpecs(d.profile, confirmed), s.cmp.Ranked)
	s.data, s.version = d, d.version
	s.refilter()
	for pos, i := range s.shown {
		if s.cmp.Ranked[i].Network.ID == selID.Network.ID {
			s.sel = pos
		}
	}
	s.relayout()
}

// refilter applies the filter to the candidates.
func (s *compareScreen) refilter() {
	s.shown = s.shown[:0]
	for i, r := range s.cmp.Ranked {
		if s.filter.Match(s.cache.name(r.Network)) {
			s.shown = append(s.shown, i)
		}
	}
	s.sel = min(s.sel, max(0, len(s.shown)-1))
	s.relayout()
}

// selected is the selected candidate.
func (s compareScreen) selected() (model.Ranked, bool) {
	if s.sel < 0 || s.sel >= len(s.shown) {
		return model.Ranked{}, false
	}
	return s.cmp.Ranked[s.shown[s.sel]], true
}

// relayout fits the columns to the width and wraps the summary and the
// selected candidate's details; it keeps the selected column in view.
func (s *compareScreen) relayout() {
	s.cols, s.colW = compareLayout(s.width, len(s.shown))
	if s.sel < s.offset {
		s.offset = s.sel
	}
	if s.sel >= s.offset+s.cols {
		s.offset = s.sel - s.cols + 1
	}
	s.offset = max(0, min(s.offset, len(s.shown)-s.cols))
	s.head = wrapLines(s.summary(), max(10, s.width), cmpHeadLines)
	s.robust = nil
	if line := s.robustness(); line != "" {
		s.robust = wrapLines(line, max(10, s.width), cmpRobustLines)
	}
	s.detail = s.detailLines()
	s.panel = s.weightLines()
	s.rowOff = max(0, min(s.rowOff, len(s.rows)-s.tableRows()))
}

// robustness says whether the recommended candidate's verdict is robust
// (SPEC.md 1.5): it stays with the results of the least successful
// member like the user, or it does not and what it would be, or what is
// missing to know. "" without a recommendation.
func (s compareScreen) robustness() string {
	c := s.cmp
	if c.Recommended == "" {
		return ""
	}
	for _, r := range c.Ranked {
		if r.Network.ID != c.Recommended {
			continue
		}
		sc := r.Verdict.Scenarios
		switch {
		case !sc.Available && len(sc.Missing) > 0:
			return fmt.Sprintf(cmpRobustUnknown, sc.Missing[0])
		case sc.Robust:
			return cmpRobust
		}
		return fmt.Sprintf(cmpFragile, CleanLine(sc.Fragile))
	}
	return ""
}

// summary is the line on top: the recommendation, or why there is none,
// and whether it is robust.
func (s compareScreen) summary() string {
	c := s.cmp
	switch {
	case len(c.Ranked) == 0:
		return cmpNoCandidates
	case c.Recommended == "":
		if r, ok := s.selected(); ok && len(r.Verdict.NextSteps) > 0 {
			return cmpNoJoin
		}
		return cmpNoJoinWhy
	case c.NoClearWinner:
		return CleanLine(c.Robustness())
	}
	for _, r := range c.Ranked {
		if r.Network.ID == c.Recommended {
			return fmt.Sprintf(cmpRecommend, CleanLine(r.Network.Name), r.Verdict.Score.Total)
		}
	}
	return ""
}

// Typing implements [screen]: the filter has the keyboard.
func (s compareScreen) Typing() bool { return s.filter.typing }

// SetSize gives the screen its box.
func (s *compareScreen) SetSize(w, h int) {
	s.width, s.height = w, h
	s.filter.SetWidth(w)
	s.relayout()
}

// SetStyles applies a new theme.
func (s *compareScreen) SetStyles(st Styles) { s.filter.SetStyles(st) }

// tableRows is how many table rows fit: the body less the title, the
// summary and the robustness line, the names, the blank line and the
// details or the weights panel under the table, and the bottom line for
// the filter.
func (s compareScreen) tableRows() int {
	below := cmpDetailLines
	if s.weighting {
		below = cmpWeightsLines
	}
	return max(1, s.height-1-len(s.head)-len(s.robust)-1-1-below-1)
}

// Update moves the selection (scrolling columns to keep it in view),
// scrolls the rows, filters and opens a candidate.
func (s compareScreen) Update(msg tea.Msg) (compareScreen, tea.Cmd) {
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return s, s.filter.Update(msg)
	}
	if s.filter.typing {
		cmd, ev := s.filter.Key(km)
		if ev != filterKept {
			s.sel, s.offset = 0, 0
			s.refilter()
		}
		return s, cmd
	}
	if s.weighting {
		return s.weightKey(km)
	}
	k := s.keyMap()
	switch {
	case key.Matches(km, k.Weights):
		s.weighting = true
	case key.Matches(km, k.Back) && s.filter.Text() != "":
		s.filter.Clear()
		s.refilter()
		return s, send(statusMsg{text: statusFilterClear})
	case key.Matches(km, k.Back):
		return s, send(backMsg{})
	case key.Matches(km, k.Filter):
		return s, s.filter.Start()
	case key.Matches(km, k.Next):
		s.sel = min(max(0, len(s.shown)-1), s.sel+1)
	case key.Matches(km, k.Prev):
		s.sel = max(0, s.sel-1)
	case key.Matches(km, k.Down):
		s.rowOff = min(max(0, len(s.rows)-s.tableRows()), s.rowOff+1)
	case key.Matches(km, k.Up):
		s.rowOff = max(0, s.rowOff-1)
	case key.Matches(km, k.Open):
		if r, ok := s.selected(); ok {
			return s, send(openNetworkMsg{id: r.Network.ID})
		}
	}
	s.relayout()
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
	b.WriteString(st.Title.Render(titleCompare) + s.filterNote() + "\n")
	style := st.Success
	if s.cmp.Recommended == "" || s.cmp.NoClearWinner {
		style = st.Warning
	}
	for _, l := range s.head {
		b.WriteString(style.Render(l) + "\n")
	}
	for _, l := range s.robust {
		b.WriteString(s.robustStyle().Render(l) + "\n")
	}
	if len(s.shown) == 0 {
		if s.filter.Text() != "" {
			b.WriteString(st.Hint.Render(ansi.Wrap(fmt.Sprintf(emptyFilter, CleanLine(s.filter.Text())), max(10, s.width), " ")) + "\n")
		}
		return padLines(strings.TrimRight(b.String(), "\n"), s.height-1) + "\n" + s.bottomLine()
	}
	end := min(len(s.shown), s.offset+s.cols)
	b.WriteString(s.namesLine(end) + "\n")
	last := min(len(s.rows), s.rowOff+s.tableRows())
	for _, r := range s.rows[s.rowOff:last] {
		line := st.Label.Render(cell(r.label, cmpLabelWidth))
		for _, i := range s.shown[s.offset:end] {
			c := cell(r.cells[i], s.colW)
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
	below := s.detail
	if s.weighting {
		below = s.panel
	}
	b.WriteString("\n" + strings.Join(below, "\n"))
	return padLines(b.String(), s.height-1) + "\n" + s.bottomLine()
}

// robustStyle is the style of the robustness line: success when the
// recommendation is robust, a warning when it is not or nobody knows.
func (s compareScreen) robustStyle() lipgloss.Style {
	if c := s.cmp; c.Robust != nil && *c.Robust {
		return s.c.styles.Success
	}
	return s.c.styles.Warning
}

// namesLine is the candidates' names over their columns, with the marks
// of columns scrolled out of view.
func (s compareScreen) namesLine(end int) string {
	st := s.c.styles
	head := cell("", cmpLabelWidth)
	if s.offset > 0 {
		head = cell(cmpMoreLeft, cmpLabelWidth)
	}
	for pos := s.offset; pos < end; pos++ {
		name := cell(CleanLine(s.cmp.Ranked[s.shown[pos]].Network.Name), s.colW)
		if pos == s.sel {
			name = st.Candidate.Render(name)
		} else {
			name = st.Bold.Render(name)
		}
		head += " " + name
	}
	if end < len(s.shown) {
		head += " " + st.Subtle.Render(cmpMoreRight)
	}
	return head
}

// filterNote says which filter narrows the candidates.
func (s compareScreen) filterNote() string {
	if s.filter.Text() == "" || s.filter.typing {
		return ""
	}
	return s.c.styles.Subtle.Render("  " + fmt.Sprintf(filterLabel, CleanLine(s.filter.Text())) + " " +
		fmt.Sprintf(countShown, len(s.shown), len(s.cmp.Ranked)))
}

// bottomLine is the filter while it has the keyboard.
func (s compareScreen) bottomLine() string {
	if s.filter.typing {
		return s.filter.View()
	}
	return ""
}

// detailLines are the selected candidate's deal-breakers, next steps, the
// gap to the threshold, else its reasons, wrapped: as many whole items as
// fit under the table, and how many more there are.
func (s compareScreen) detailLines() []string {
	st := s.c.styles
	r, ok := s.selected()
	if !ok {
		return nil
	}
	width := max(10, s.width)
	v := r.Verdict
	lines := wrapLines(fmt.Sprintf(cmpWhy, CleanLine(r.Network.Name), v.Word.Label()), width, 1)
	lines[0] = st.Bold.Render(lines[0])
	var items []string
	items = append(items, v.DealBreakers...)
	items = append(items, v.NextSteps...)
	if gap := s.c.data.profile.JoinThreshold - v.Score.Total; gap > 0 {
		items = append(items, fmt.Sprintf(cmpGap, gap, s.c.data.profile.JoinThreshold))
	}
	if len(items) == 0 {
		items = v.Reasons
	}
	if sc := v.Scenarios; sc.Available && !sc.Robust {
		items = append(slices.Clip(items), sc.Fragile)
	}
	for i, it := range items {
		item := bulletLines(CleanLine(it), width)
		room := cmpDetailLines - len(lines)
		if i < len(items)-1 {
			// Keep a line for saying that more follow.
			room--
		}
		if len(item) > room {
			lines = append(lines, st.Subtle.Render(fmt.Sprintf(cmpMoreItems, len(items)-i)))
			break
		}
		lines = append(lines, item...)
	}
	return lines
}

// compareCell is one candidate's figure in one row: the text shown, and
// the value compared to find the best, if it has one.
type compareCell struct {
	text  string
	value float64
	has   bool
}

// rowSpec is one row of the comparison: its label, which way its values
// improve, and the figure of a candidate. weighted rows (the verdict, the
// score, the scenarios) depend on the score weights; the others are kept
// from one build to the next while only the weights change.
type rowSpec struct {
	label    string
	better   better
	weighted bool
	cell     func(r model.Ranked) compareCell
}

// compareCache keeps, for the data of one generation of figures (see
// dataset.figures), each candidate's cells of the rows that do not depend
// on the weights and its name as the filter matches it: a weight change
// ranks and draws the table again without formatting them anew.
type compareCache struct {
	data  *dataset
	gen   int
	cells map[string][]compareCell
	names map[string]string
}

// cacheFor is the cache for the data d as it is now: c itself, or an
// empty one when the figures have changed since.
func (c compareCache) cacheFor(d *dataset) compareCache {
	if c.data == d && c.gen == d.figures && c.cells != nil {
		return c
	}
	return compareCache{data: d, gen: d.figures, cells: map[string][]compareCell{}, names: map[string]string{}}
}

// name is the candidate's name as the filter matches it.
func (c compareCache) name(n model.Network) string {
	name, ok := c.names[n.ID]
	if !ok {
		name = strings.ToLower(CleanLine(n.Name))
		c.names[n.ID] = name
	}
	return name
}

// buildRows lays out the table for the ranking, the weighted rows anew and
// the others from the cache.
func (s *compareScreen) buildRows(specs []rowSpec, ranked []model.Ranked) []compareRow {
	rows := make([]compareRow, len(specs))
	for k, spec := range specs {
		rows[k] = compareRow{label: spec.label, better: spec.better, best: map[int]bool{},
			cells: make([]string, len(ranked)), values: make([]float64, len(ranked)), has: make([]bool, len(ranked))}
	}
	for i, r := range ranked {
		static, ok := s.cache.cells[r.Network.ID]
		if !ok {
			static = make([]compareCell, len(specs))
			for k, spec := range specs {
				if !spec.weighted {
					static[k] = spec.cell(r)
				}
			}
			s.cache.cells[r.Network.ID] = static
		}
		for k, spec := range specs {
			c := static[k]
			if spec.weighted {
				c = spec.cell(r)
			}
			rows[k].cells[i], rows[k].values[i], rows[k].has[i] = c.text, c.value, c.has
		}
	}
	for k := range rows {
		rows[k].markBest()
	}
	return rows
}

// compareRowSpecs are the rows of the table; confirmed holds each
// network's number of confirmed promises by id.
func compareRowSpecs(p model.Profile, confirmed map[string]int) []rowSpec {
	cur := p.Currency
	specs := []rowSpec{
		{cmpVerdict, noBest, true, func(r model.Ranked) compareCell { return compareCell{text: r.Verdict.Word.Label()} }},
		{cmpScore, higherBest, true, func(r model.Ranked) compareCell {
			return compareCell{fmt.Sprint(r.Verdict.Score.Total), float64(r.Verdict.Score.Total), true}
		}},
		{cmpComplete, higherBest, false, func(r model.Ranked) compareCell {
			return compareCell{fmt.Sprintf("%d%%", r.Verdict.Completeness), float64(r.Verdict.Completeness), true}
		}},
		{cmpPromises, higherBest, false, func(r model.Ranked) compareCell {
			if len(r.Network.Promises) == 0 {
				return compareCell{text: wsEmptyValue}
			}
			c := confirmed[r.Network.ID]
			return compareCell{fmt.Sprintf(cmpPromiseCell, c, len(r.Network.Promises)), float64(c) / float64(len(r.Network.Promises)), true}
		}},
		{cmpInterviews, higherBest, false, func(r model.Ranked) compareCell {
			indep := 0
			for _, iv := range r.Network.Interviews {
				if !iv.IntroducedByNetwork {
					indep++
				}
			}
			return compareCell{fmt.Sprintf(cmpInterviewCell, len(r.Network.Interviews), indep), float64(indep*100 + len(r.Network.Interviews)), true}
		}},
		{cmpEvidence, higherBest, false, func(r model.Ranked) compareCell {
			var proven model.Money
			for _, e := range r.Network.Evidence {
				if e.Level != model.LevelHearsay {
					proven += e.Value
				}
			}
			return compareCell{proven.Format(cur), float64(proven), true}
		}},
		{cmpJoinCost, lowerBest, false, func(r model.Ranked) compareCell {
			c := r.Verdict.MakeOrBuy.JoinCost
			return compareCell{c.Format(cur), float64(c.Value), c.Known}
		}},
		{cmpBuildCost, noBest, false, func(r model.Ranked) compareCell {
			return compareCell{text: r.Verdict.MakeOrBuy.BuildCost.Format(cur)}
		}},
		{cmpBreakEven, lowerBest, false, func(r model.Ranked) compareCell {
			mb := r.Verdict.MakeOrBuy
			return compareCell{mb.BreakEvenMonthsText(), mb.BreakEvenMonths.Float(), mb.BreakEvenMonths.Known}
		}},
		{cmpScenarios, noBest, true, func(r model.Ranked) compareCell {
			switch sc := r.Verdict.Scenarios; {
			case !sc.Available:
				return compareCell{text: notEnteredCell}
			case sc.Robust:
				return compareCell{text: cmpScenarioRobust}
			}
			return compareCell{text: cmpScenarioFragile}
		}},
	}
	for _, k := range append(append([]model.RatingKey{}, model.FactorKeys...), model.FitKeys...) {
		specs = append(specs, rowSpec{k.Label(), higherBest, false, func(r model.Ranked) compareCell {
			v := r.Network.Rating(k)
			if !v.IsSet() {
				return compareCell{text: notEnteredCell}
			}
			return compareCell{fmt.Sprintf("%s %d", strings.Repeat(wsBarFull, int(v)), v), float64(v), true}
		}})
	}
	return specs
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

// keyMap is the comparison's keys as they apply now: the weights
// panel's while it is open, the table's otherwise.
func (s compareScreen) keyMap() compareKeyMap {
	k := s.keys
	for _, b := range []*key.Binding{&k.Next, &k.Prev, &k.Down, &k.Up, &k.Filter, &k.Back, &k.Weights} {
		b.SetEnabled(!s.weighting)
	}
	for _, b := range []*key.Binding{&k.TabNext, &k.TabPrev, &k.WeightDown, &k.WeightUp, &k.Raise, &k.Lower, &k.Reset, &k.CloseWeights} {
		b.SetEnabled(s.weighting)
	}
	return k
}

// ShortHelp is the one-line key help of the comparison.
func (s compareScreen) ShortHelp() []key.Binding {
	k := s.keyMap()
	if s.filter.typing {
		return s.filter.ShortHelp()
	}
	// Terse, so that they fit 80 columns; the help screen says more.
	if s.weighting {
		return []key.Binding{
			withHelp(k.Raise, "+/→", helpRaise), withHelp(k.Lower, "-/←", helpLower),
			withHelp(k.WeightDown, "↑/↓", helpChoose), withHelp(k.Reset, "r", helpDefaults),
			withHelp(k.CloseWeights, "w/esc", helpClose), k.TabNext,
		}
	}
	return []key.Binding{
		withHelp(k.Open, "enter", helpOpen), withHelp(k.Weights, "w", helpWeightsShort), withHelp(k.Next, "→/l", helpNext),
		withHelp(k.Prev, "←/h", helpPrevious), k.Down, k.Filter, k.Back,
	}
}

// FullHelp lists every key of the comparison.
func (s compareScreen) FullHelp() [][]key.Binding {
	k := s.keyMap()
	if s.weighting {
		return [][]key.Binding{{k.Raise, k.Lower, k.WeightDown, k.WeightUp, k.Reset, k.CloseWeights}, {k.TabNext, k.TabPrev, k.Open}}
	}
	return [][]key.Binding{{k.Next, k.Prev, k.Down, k.Up, k.Open, k.Filter, k.Weights, k.Back}}
}
