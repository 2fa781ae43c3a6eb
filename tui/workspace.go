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

// pendingDelete is a deletion in a workspace step waiting for y or n.
type pendingDelete struct {
	step  model.Step
	id    string
	label string
}

// workspaceScreen is one network's due-diligence workspace: the checklist
// steps with their marks beside the current step's content. Everything
// derived from the network (marks, promise statuses, totals, verdict) is
// computed in Refresh, when the network changes, not when it is drawn.
type workspaceScreen struct {
	c      *common
	id     string
	net    model.Network
	marks  [model.NumSteps]model.Mark
	next   model.Step
	why    string
	step   model.Step
	cursor [model.NumSteps + 1]int
	// scroll is the first line shown of steps 6 and 7, which scroll as
	// documents (see decision.go); doc holds the current one's lines,
	// built when the data, the size, the step or the cursor changes, never
	// when the screen is drawn.
	scroll [model.NumSteps + 1]int
	doc    []string
	// Derived from net in Refresh.
	statuses map[string]model.PromiseStatus
	verdict  model.Verdict
	// editor is the open form for a finding, if any; onlyEditor says the
	// workspace was opened for it (from the notes) and closes with it.
	editor     *itemEditor
	onlyEditor bool
	// rating: the rating list of step 5 has the keyboard, and the digits
	// rate instead of jumping to a step.
	rating bool
	// editorNew: the open editor adds a finding, to be selected once
	// saved.
	editorNew bool
	// filters and shown are the filter of each item step (see
	// findings.go) and the positions of the findings it lets through.
	filters [3]listFilter
	shown   [3][]int
	keys    workspaceKeyMap
	confirm pendingDelete
	width   int
	height  int
}

func newWorkspaceScreen(c *common, id string) workspaceScreen {
	w := workspaceScreen{c: c, id: id, keys: newWorkspaceKeyMap(c.keys)}
	for i := range w.filters {
		w.filters[i] = newListFilter(c)
	}
	w.Refresh()
	first := w.next
	if first == 0 {
		first = model.StepBasics
	}
	w.setStep(first)
	return w
}

// Refresh re-reads the network from the shared data and recomputes what is
// derived from it.
func (w *workspaceScreen) Refresh() {
	n, ok := w.c.data.network(w.id)
	if !ok {
		return
	}
	p := w.c.data.profile
	w.net = n
	w.marks = model.StepMarks(p, nil, n)
	w.next, w.why = model.NextStep(p, nil, n)
	w.statuses = n.PromiseStatuses()
	w.verdict = model.ComputeVerdict(p, nil, n)
	for _, s := range []model.Step{model.StepPromises, model.StepInterviews, model.StepContractFlow} {
		w.refilter(s)
	}
	for s := model.StepBasics; s <= model.StepVerdict; s++ {
		w.cursor[s] = min(w.cursor[s], max(0, w.items(s)-1))
	}
	w.rebuildDoc()
}

// rebuildDoc lays out the current step's document anew (nil for a step
// that is not one, or before the screen has a size).
func (w *workspaceScreen) rebuildDoc() {
	w.doc = nil
	if isDocStep(w.step) && w.c != nil && w.width > 0 {
		width, _ := w.contentBox()
		w.doc = w.docLines(w.step, width)
	}
}

// ItemSaved closes the editor whose change was committed; leave says the
// workspace was opened for that editor only.
func (w *workspaceScreen) ItemSaved(id string) (leave bool) {
	if w.editor == nil || !w.editor.saving {
		return false
	}
	w.editor = nil
	w.Refresh()
	if w.editorNew && id != "" && isItemStep(w.step) {
		w.selectItem(w.step, id)
	}
	return w.onlyEditor
}

// SaveFailed lets the editor be submitted again after a failed write.
func (w *workspaceScreen) SaveFailed() {
	if w.editor != nil {
		w.editor.saving = false
	}
}

// Typing reports whether a text field (an editor's, a filter) has the
// keyboard.
func (w workspaceScreen) Typing() bool { return w.editor != nil || w.filtering() }

// SetSize gives the screen its box.
func (w *workspaceScreen) SetSize(width, height int) {
	w.width, w.height = width, height
	for i := range w.filters {
		w.filters[i].SetWidth(width)
	}
	if w.editor != nil {
		w.editor.SetSize(width, height)
	}
	w.rebuildDoc()
}

// SetStyles applies a new theme to the filters and an open editor.
func (w *workspaceScreen) SetStyles(s Styles) {
	for i := range w.filters {
		w.filters[i].SetStyles(s)
	}
	if w.editor != nil {
		w.editor.form.SetStyles(s)
	}
	w.rebuildDoc()
}

// items is how many selectable rows step s shows.
func (w workspaceScreen) items(s model.Step) int {
	switch s {
	case model.StepBasics:
		return len(model.WarningSigns)
	case model.StepPromises, model.StepInterviews, model.StepContractFlow:
		return len(w.shown[itemSlot(s)])
	case model.StepFit:
		return len(model.FitKeys) + len(model.FactorKeys) + 1
	case model.StepMakeOrBuy:
		return len(estimates)
	}
	return 0
}

// contentBox is the width and height of the current step's content: beside
// the step list, or under the step bar.
func (w workspaceScreen) contentBox() (width, height int) {
	stepsW, side := workspaceSplit(w.width)
	contentH := max(1, w.height-3)
	if side {
		return w.width - stepsW - 2, contentH
	}
	return w.width, max(1, contentH-1)
}

// docOverflows reports whether the current step is a document taller than
// its box, so that pgup and pgdn scroll it.
func (w workspaceScreen) docOverflows() bool {
	_, height := w.contentBox()
	return len(w.doc) > height
}

// scrollBy scrolls the current document by n lines (up when negative).
func (w *workspaceScreen) scrollBy(n int) {
	_, height := w.contentBox()
	w.scroll[w.step] = clampScroll(w.scroll[w.step]+n, len(w.doc), height)
}

// moveCursor moves the cursor of the current step by n rows; in step 6 the
// document scrolls back up if the estimate under the cursor is above the
// window.
func (w *workspaceScreen) moveCursor(n int) {
	s := w.step
	w.cursor[s] = max(0, min(max(0, w.items(s)-1), w.cursor[s]+n))
	if s == model.StepMakeOrBuy {
		// The estimates follow the heading line.
		w.scroll[s] = min(w.scroll[s], 1+w.cursor[s])
		w.rebuildDoc()
	}
}

// pageLines is how far pgup and pgdn scroll a document: its window less a
// line of overlap.
func (w workspaceScreen) pageLines() int {
	_, height := w.contentBox()
	return max(1, height-2)
}

// Update routes keys to the open editor, the delete question or the step.
func (w workspaceScreen) Update(msg tea.Msg) (workspaceScreen, tea.Cmd) {
	if w.editor != nil {
		cmd, closed := w.editor.Update(msg)
		if closed {
			w.editor = nil
			if w.onlyEditor {
				return w, tea.Batch(cmd, send(backMsg{}))
			}
		}
		return w, cmd
	}
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return w, nil
	}
	switch {
	case w.confirm.id != "":
		return w.handleConfirm(km)
	case w.filtering():
		return w.filterKey(km)
	}
	k := w.keyMap()
	switch {
	case key.Matches(km, k.Fit.Done):
		w.rating = false
	case key.Matches(km, k.Filter):
		return w, w.filter().Start()
	case key.Matches(km, k.Back) && w.filter() != nil && w.filter().Text() != "":
		w.filter().Clear()
		w.refilter(w.step)
		return w, send(statusMsg{text: statusFilterClear})
	case key.Matches(km, k.Back):
		return w, send(backMsg{})
	case key.Matches(km, k.NextStep):
		w.setStep(w.step%model.NumSteps + 1)
	case key.Matches(km, k.PrevStep):
		w.setStep((w.step+model.NumSteps-2)%model.NumSteps + 1)
	case key.Matches(km, k.JumpStep):
		w.setStep(model.Step(km.String()[0] - '0'))
	case key.Matches(km, k.PageDown):
		w.scrollBy(w.pageLines())
	case key.Matches(km, k.PageUp):
		w.scrollBy(-w.pageLines())
	case key.Matches(km, k.Up) && w.step == model.StepVerdict:
		w.scrollBy(-1)
	case key.Matches(km, k.Down) && w.step == model.StepVerdict:
		w.scrollBy(1)
	case key.Matches(km, k.Up):
		w.moveCursor(-1)
	case key.Matches(km, k.Down):
		w.moveCursor(1)
	default:
		return w.stepKey(km, k)
	}
	return w, nil
}

// update implements [screen].
func (w *workspaceScreen) update(msg tea.Msg) (cmd tea.Cmd) {
	*w, cmd = w.Update(msg)
	return cmd
}

func (w *workspaceScreen) setStep(s model.Step) {
	w.step = s
	w.rating = false
	w.rebuildDoc()
}

// keyMap is the workspace's keys as they apply now: those that do nothing
// in the current step are disabled, so that they neither match nor show
// in the help.
func (w workspaceScreen) keyMap() workspaceKeyMap {
	k := w.keys
	s := w.step
	items := s == model.StepPromises || s == model.StepInterviews || s == model.StepContractFlow
	has := w.items(s) > 0
	onRating := s == model.StepFit && w.cursor[s] < len(ratingKeys)
	k.EditBasics.SetEnabled(s == model.StepBasics)
	k.Tick.SetEnabled(s == model.StepBasics)
	k.NewPromise.SetEnabled(s == model.StepPromises)
	k.NewInterview.SetEnabled(s == model.StepInterviews)
	k.NewEvidence.SetEnabled(s == model.StepContractFlow)
	k.Edit.SetEnabled(items && has)
	k.Delete.SetEnabled(items && has)
	k.NotesEditor.SetEnabled(s == model.StepInterviews && has)
	k.Estimates.SetEnabled(s == model.StepMakeOrBuy)
	overflows := w.docOverflows()
	k.PageDown.SetEnabled(overflows)
	k.PageUp.SetEnabled(overflows)
	k.Filter.SetEnabled(items)
	for _, b := range []*key.Binding{&k.Fit.Raise, &k.Fit.Lower, &k.Fit.Clear} {
		b.SetEnabled(onRating)
	}
	k.Fit.Rate.SetEnabled(onRating && w.rating)
	k.Fit.Focus.SetEnabled(onRating && !w.rating)
	k.Fit.Done.SetEnabled(w.rating)
	k.Fit.Notes.SetEnabled(s == model.StepFit && !onRating)
	k.JumpStep.SetEnabled(!w.rating)
	k.Back.SetEnabled(!w.rating)
	return k
}

// ratingKeys are the ratings of step 5 in the order it lists them.
var ratingKeys = append(append([]model.RatingKey{}, model.FitKeys...), model.FactorKeys...)

// stepKey handles the keys whose meaning depends on the step.
func (w workspaceScreen) stepKey(km tea.KeyPressMsg, k workspaceKeyMap) (workspaceScreen, tea.Cmd) {
	cur := w.cursor[w.step]
	item := -1
	if isItemStep(w.step) {
		item = w.itemAt(w.step, cur)
	}
	switch {
	case key.Matches(km, k.EditBasics):
		return w, send(editNetworkMsg{id: w.id})
	case key.Matches(km, k.Tick):
		return w, w.toggleWarning(model.WarningSigns[cur])
	case key.Matches(km, k.NewPromise, k.NewInterview, k.NewEvidence):
		w.openEditor(w.newEditor())
		w.editorNew = true
	case key.Matches(km, k.Edit):
		w.openEditor(w.editEditor(item))
	case key.Matches(km, k.Delete):
		w.confirm = w.deleteQuestion(item)
	case key.Matches(km, k.NotesEditor):
		return w, prepareEditorCmd(w.id, w.net.Interviews[item])
	case key.Matches(km, k.Estimates):
		w.openEditor(makeOrBuyEditor(w.c, w.net, cur))
	case key.Matches(km, k.Fit.Notes):
		w.openEditor(ratingNotesEditor(w.c, w.net))
	case key.Matches(km, k.Fit.Focus):
		w.rating = true
	default:
		return w, w.rate(km, k.Fit, cur)
	}
	return w, nil
}

func (w *workspaceScreen) openEditor(e *itemEditor) {
	e.SetSize(w.width, w.height)
	w.editor, w.editorNew = e, false
}

func (w workspaceScreen) newEditor() *itemEditor {
	switch w.step {
	case model.StepPromises:
		return promiseEditor(w.c, w.net, model.Promise{})
	case model.StepInterviews:
		return interviewEditor(w.c, w.net, model.Interview{})
	}
	return evidenceEditor(w.c, w.net, model.Evidence{})
}

func (w workspaceScreen) editEditor(i int) *itemEditor {
	switch w.step {
	case model.StepPromises:
		return promiseEditor(w.c, w.net, w.net.Promises[i])
	case model.StepInterviews:
		return interviewEditor(w.c, w.net, w.net.Interviews[i])
	}
	return evidenceEditor(w.c, w.net, w.net.Evidence[i])
}

func (w workspaceScreen) deleteQuestion(i int) pendingDelete {
	n := w.net
	switch w.step {
	case model.StepPromises:
		p := n.Promises[i]
		q := fmt.Sprintf(askDeletePromise, CleanLine(p.Text))
		if a := n.AnswersAbout(p.ID); a > 0 {
			q = fmt.Sprintf(askDeleteAnswered, CleanLine(p.Text), a)
		}
		return pendingDelete{step: w.step, id: p.ID, label: q}
	case model.StepInterviews:
		iv := n.Interviews[i]
		q := fmt.Sprintf(askDeleteInterview, interviewLabel(iv))
		switch linked := evidenceFrom(n, iv.ID); {
		case linked == 1:
			q = fmt.Sprintf(askDeleteInterviewOne, interviewLabel(iv))
		case linked > 1:
			q = fmt.Sprintf(askDeleteInterviewMany, interviewLabel(iv), linked)
		}
		return pendingDelete{step: w.step, id: iv.ID, label: q}
	}
	e := n.Evidence[i]
	return pendingDelete{step: w.step, id: e.ID, label: fmt.Sprintf(askDeleteEvidence, CleanLine(e.Description))}
}

func (w workspaceScreen) handleConfirm(km tea.KeyPressMsg) (workspaceScreen, tea.Cmd) {
	k := w.c.keys
	c := w.confirm
	switch {
	case key.Matches(km, k.Yes):
		w.confirm = pendingDelete{}
		st := w.c.store
		switch c.step {
		case model.StepPromises:
			return w, deletePromiseCmd(st, w.id, c.id)
		case model.StepInterviews:
			return w, deleteInterviewCmd(st, w.id, c.id)
		default:
			return w, deleteEvidenceCmd(st, w.id, c.id)
		}
	case key.Matches(km, k.No):
		w.confirm = pendingDelete{}
	}
	return w, nil
}

// toggleWarning ticks or unticks a warning sign and saves at once.
func (w workspaceScreen) toggleWarning(s model.WarningSign) tea.Cmd {
	n := w.net
	n.Warnings = nil
	for _, x := range w.net.Warnings {
		if x != s {
			n.Warnings = append(n.Warnings, x)
		}
	}
	if !w.net.HasWarning(s) {
		n.Warnings = append(n.Warnings, s)
	}
	return saveBasicsCmd(w.c.store, n, statusSaved)
}

// rate changes the rating under the cursor (row cur of step 5) by the
// keys of fk and saves it at once.
func (w workspaceScreen) rate(km tea.KeyPressMsg, fk fitKeyMap, cur int) tea.Cmd {
	if cur >= len(ratingKeys) {
		return nil
	}
	rk := ratingKeys[cur]
	r := w.net.Rating(rk)
	switch {
	case key.Matches(km, fk.Raise):
		r = min(5, r+1)
	case key.Matches(km, fk.Lower):
		if r > 1 {
			r--
		}
	case key.Matches(km, fk.Clear):
		r = model.Unset
	case key.Matches(km, fk.Rate):
		r = model.Rating(km.String()[0] - '0')
	default:
		return nil
	}
	if r == w.net.Rating(rk) {
		return nil
	}
	n := w.net
	n.SetRating(rk, r)
	return saveBasicsCmd(w.c.store, n, statusSaved)
}

// View draws the step list beside the current step, or the open editor.
func (w workspaceScreen) View() string {
	if w.editor != nil {
		return w.editor.View()
	}
	st := w.c.styles
	title := st.Title.Render(ansi.Truncate(fmt.Sprintf(titleWorkspace, CleanLine(w.net.Name)), w.width, "…"))
	next := ""
	if w.next != 0 {
		next = st.Warning.Render(ansi.Truncate(fmt.Sprintf(nextStepLine, w.next, w.why), w.width, "…"))
	}
	stepsW, side := workspaceSplit(w.width)
	contentW, contentH := w.contentBox()
	var body string
	if side {
		content := padLines(w.stepView(contentW, contentH), contentH)
		body = lipgloss.JoinHorizontal(lipgloss.Top, padCells(w.stepsView(), stepsW), "  ", content)
	} else {
		body = w.stepBar() + "\n" + padLines(w.stepView(contentW, contentH), contentH)
	}
	return title + "\n" + next + "\n\n" + body
}

// stepsView is the sidebar: each step with its mark.
func (w workspaceScreen) stepsView() string {
	st := w.c.styles
	var b strings.Builder
	b.WriteString(st.Header.Render(wsSteps) + "\n")
	for _, s := range model.Steps() {
		mark, style := w.mark(s)
		label := fmt.Sprintf("%d %s", s, s.Label())
		marker := "  "
		if s == w.step {
			marker = selectMark
			label = st.Selected.Render(label)
		}
		b.WriteString(marker + style.Render(mark) + " " + label + "\n")
	}
	b.WriteString("\n" + st.Subtle.Render(fmt.Sprintf(wsCompleteness, w.verdict.Completeness)))
	return b.String()
}

// stepBar is the one-line step list when there is no room for the
// sidebar: from stepNamesWidth on every step with its short name, below
// it the numbers and the current step's name.
func (w workspaceScreen) stepBar() string {
	st := w.c.styles
	names := w.width >= stepNamesWidth
	var parts []string
	for _, s := range model.Steps() {
		mark, style := w.mark(s)
		label := fmt.Sprintf("%d%s", s, mark)
		if names {
			label += stepShortName(s)
		}
		p := style.Render(label)
		if s == w.step {
			p = st.Selected.Render("[" + label + "]")
		}
		parts = append(parts, p)
	}
	bar := strings.Join(parts, " ")
	if !names {
		bar += "  " + st.Selected.Render(w.step.Label())
	}
	return ansi.Truncate(bar, w.width, "…")
}

// stepShortName is the name of step s in the step bar.
func stepShortName(s model.Step) string {
	if !s.Valid() {
		return ""
	}
	return wsStepNames[s-1]
}

func (w workspaceScreen) mark(s model.Step) (string, lipgloss.Style) {
	st := w.c.styles
	switch w.marks[s-1] {
	case model.MarkDone:
		return wsMarkDone, st.Success
	case model.MarkPartly:
		return wsMarkPartly, st.Warning
	}
	return wsMarkOpen, st.Subtle
}

// stepView draws the content of the current step in a width × height box.
func (w workspaceScreen) stepView(width, height int) string {
	if f := w.filter(); f != nil && (f.typing || f.Text() != "") {
		line := f.View()
		if !f.typing {
			line = w.c.styles.Subtle.Render(ansi.Truncate(fmt.Sprintf(filterLabel, CleanLine(f.Text()))+"  "+
				fmt.Sprintf(countShown, w.items(w.step), w.itemCount(w.step)), width, "…"))
		}
		return padLines(w.stepContent(width, height-1), height-1) + "\n" + line
	}
	return w.stepContent(width, height)
}

// stepContent is the current step in a width × height box, with the
// question waiting for y or n under it.
func (w workspaceScreen) stepContent(width, height int) string {
	var s string
	switch w.step {
	case model.StepBasics:
		s = w.basicsView(width, height)
	case model.StepPromises:
		s = w.promisesView(width, height)
	case model.StepInterviews:
		s = w.interviewsView(width, height)
	case model.StepContractFlow:
		s = w.evidenceView(width, height)
	case model.StepFit:
		s = w.fitView(width)
	case model.StepMakeOrBuy, model.StepVerdict:
		s = w.docWindow(w.doc, w.scroll[w.step], height)
	}
	if w.confirm.id != "" {
		st := w.c.styles
		q := questionLines(st, st.Error, w.confirm.label, width, questionMaxLines)
		s = padLines(s, height-len(q)-1) + "\n\n" + strings.Join(q, "\n")
	}
	return s
}

// ShortHelp is the one-line key help of the workspace and its step.
func (w workspaceScreen) ShortHelp() []key.Binding {
	switch {
	case w.editor != nil:
		return w.editor.ShortHelp()
	case w.confirm.id != "":
		return []key.Binding{w.c.keys.Yes, w.c.keys.No}
	case w.filtering():
		return w.filter().ShortHelp()
	}
	k := w.keyMap()
	// One hint for both scrolling keys, so that the step keys still fit.
	scroll := withHelp(k.PageDown, "pgdn/pgup", helpScroll)
	return append(w.stepBindings(k), scroll, k.NextStep, k.JumpStep, k.Back)
}

// FullHelp lists every key of the workspace.
func (w workspaceScreen) FullHelp() [][]key.Binding {
	if w.editor != nil {
		return w.editor.FullHelp()
	}
	k := w.keyMap()
	return [][]key.Binding{{k.NextStep, k.PrevStep, k.JumpStep, k.Up, k.Down, k.PageDown, k.PageUp, k.Back}, w.stepBindings(k)}
}

// stepBindings are the keys of the current step; those that do not apply
// are disabled in k.
func (w workspaceScreen) stepBindings(k workspaceKeyMap) []key.Binding {
	f := k.Fit
	return []key.Binding{
		k.EditBasics, k.Tick, k.NewPromise, k.NewInterview, k.NewEvidence, k.Edit, k.Delete,
		k.NotesEditor, k.Estimates, f.Rate, f.Focus, f.Raise, f.Lower, f.Clear, f.Done, f.Notes, k.Filter,
	}
}

// interviewWorkspace opens network netID's workspace at the interviews
// step, with interview ivID selected and its editor open.
func interviewWorkspace(c *common, netID, ivID string, w, h int) workspaceScreen {
	ws := newWorkspaceScreen(c, netID)
	ws.SetSize(w, h)
	ws.setStep(model.StepInterviews)
	for i, iv := range ws.net.Interviews {
		if iv.ID == ivID {
			ws.cursor[model.StepInterviews] = i
			ws.openEditor(ws.editEditor(i))
			ws.onlyEditor = true
			break
		}
	}
	return ws
}
