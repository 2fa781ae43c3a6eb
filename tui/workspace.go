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

// workspaceScreen is one network's due-diligence workspace: the checklist
// steps with their marks beside the network's basics and fees.
type workspaceScreen struct {
	c      *common
	id     string
	net    model.Network
	marks  [7]model.Mark
	next   model.Step
	why    string
	step   model.Step
	width  int
	height int
}

func newWorkspaceScreen(c *common, id string) workspaceScreen {
	w := workspaceScreen{c: c, id: id, step: 1}
	w.Refresh()
	return w
}

// Refresh re-reads the network from the shared data and recomputes the
// checklist marks; it runs when the data changes, not on every frame.
func (w *workspaceScreen) Refresh() {
	n, ok := w.c.data.network(w.id)
	if !ok {
		return
	}
	w.net = n
	w.marks = model.StepMarks(w.c.data.profile, n)
	w.next, w.why = model.NextStep(w.c.data.profile, n)
}

// SetSize gives the screen its box.
func (w *workspaceScreen) SetSize(width, height int) { w.width, w.height = width, height }

// Update handles step movement, editing and leaving.
func (w workspaceScreen) Update(msg tea.Msg) (workspaceScreen, tea.Cmd) {
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return w, nil
	}
	k := w.c.keys
	switch {
	case key.Matches(km, k.Back):
		return w, send(closeWorkspaceMsg{})
	case key.Matches(km, k.Edit):
		return w, send(editNetworkMsg{id: w.id})
	case key.Matches(km, k.NextStep), key.Matches(km, k.Down):
		w.step = w.step%7 + 1
	case key.Matches(km, k.PrevStep), key.Matches(km, k.Up):
		w.step = (w.step+5)%7 + 1
	case key.Matches(km, k.JumpStep):
		w.step = model.Step(km.String()[0] - '0')
	}
	return w, nil
}

// View draws the step list beside the network's basics.
func (w workspaceScreen) View() string {
	st := w.c.styles
	title := st.Title.Render(ansi.Truncate(fmt.Sprintf(titleWorkspace, CleanLine(w.net.Name)), w.width, "…"))
	next := ""
	if w.next != 0 {
		next = st.Warning.Render(ansi.Truncate(fmt.Sprintf(nextStepLine, w.why), w.width, "…"))
	}
	stepsW, side := workspaceSplit(w.width)
	steps := w.stepsView()
	basics := w.basicsView(w.width - stepsW - 2)
	var body string
	if side {
		body = lipgloss.JoinHorizontal(lipgloss.Top, lipgloss.NewStyle().Width(stepsW).Render(steps), "  ", basics)
	} else {
		body = steps + "\n\n" + w.basicsView(w.width)
	}
	return title + "\n" + next + "\n\n" + body
}

func (w workspaceScreen) stepsView() string {
	st := w.c.styles
	var b strings.Builder
	b.WriteString(st.Header.Render(wsSteps) + "\n")
	for i := 1; i <= 7; i++ {
		s := model.Step(i)
		mark := wsMarkOpen
		style := st.Subtle
		switch w.marks[i-1] {
		case model.MarkDone:
			mark, style = wsMarkDone, st.Success
		case model.MarkPartly:
			mark, style = wsMarkPartly, st.Warning
		}
		label := fmt.Sprintf("%d %s", i, s.Label())
		marker := "  "
		if s == w.step {
			marker = selectMark
			label = st.Selected.Render(label)
		}
		b.WriteString(marker + style.Render(mark) + " " + label + "\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

func (w workspaceScreen) basicsView(width int) string {
	st := w.c.styles
	n := w.net
	cur := w.c.data.profile.Currency
	money := func(m *model.Money) string {
		if m == nil {
			return st.Subtle.Render(wsNotEntered)
		}
		return m.Format(cur)
	}
	orDash := func(s string) string {
		if s = CleanLine(s); s == "" {
			return st.Subtle.Render(wsEmptyValue)
		}
		return s
	}
	build := st.Subtle.Render(wsNotEntered)
	if n.BuildHours != nil {
		build = fmt.Sprintf(wsBuildLine, fmt.Sprint(*n.BuildHours), n.BuildUpkeepHoursPerYear)
	}
	rows := [][2]string{
		{wsKind, n.Kind.Label()},
		{wsStatus, n.Status.Label()},
		{wsWebsite, orDash(n.Website)},
		{wsContact, orDash(n.Contact)},
		{"", ""},
		{wsEntry, money(n.EntryFee)},
		{wsAnnual, money(n.AnnualFee)},
		{wsTerm, fmt.Sprintf(wsYears, n.MinTermYears)},
		{wsMemberHours, fmt.Sprintf(wsHoursYear, n.MembershipHoursPerYear)},
		{wsBuild, build},
		{wsProfit, n.ExpectedProfitPerYear.Format(cur)},
	}
	var b strings.Builder
	b.WriteString(st.Header.Render(wsBasics) + "\n")
	for _, r := range rows {
		if r[0] == "" {
			b.WriteString("\n")
			continue
		}
		b.WriteString(ansi.Truncate(st.Label.Width(18).Render(r[0])+r[1], width, "…") + "\n")
	}
	if s := CleanLine(n.Summary); s != "" {
		b.WriteString("\n" + ansi.Wrap(s, max(10, width), " ") + "\n")
	}
	b.WriteString("\n" + st.Subtle.Render(fmt.Sprintf(wsCounts, len(n.Promises), len(n.Interviews), len(n.Evidence))))
	return b.String()
}

// ShortHelp is the one-line key help of the workspace.
func (w workspaceScreen) ShortHelp() []key.Binding {
	k := w.c.keys
	return []key.Binding{k.Edit, k.NextStep, k.JumpStep, k.Back, k.Help, k.Quit}
}

// FullHelp lists every key of the workspace.
func (w workspaceScreen) FullHelp() [][]key.Binding {
	k := w.c.keys
	return [][]key.Binding{{k.NextStep, k.PrevStep, k.JumpStep}, {k.Edit, k.Back}}
}
