package tui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"netvet/model"
)

// The lists of a network's findings in the workspace — promises (step 2),
// interviews (step 3) and contract evidence (step 4) — each with a /
// filter of its own. The cursor of such a step is a position in the
// filtered list; itemAt turns it into the finding's position in the
// network.

// isItemStep reports whether step s lists findings.
func isItemStep(s model.Step) bool {
	return s == model.StepPromises || s == model.StepInterviews || s == model.StepContractFlow
}

// itemSlot is the index of an item step in the workspace's filters.
func itemSlot(s model.Step) int { return int(s - model.StepPromises) }

// itemCount is how many findings step s has, filtered or not.
func (w workspaceScreen) itemCount(s model.Step) int {
	switch s {
	case model.StepPromises:
		return len(w.net.Promises)
	case model.StepInterviews:
		return len(w.net.Interviews)
	}
	return len(w.net.Evidence)
}

// itemText is the lower-cased text the filter of step s matches finding
// i against.
func (w workspaceScreen) itemText(s model.Step, i int) string {
	var parts []string
	switch s {
	case model.StepPromises:
		p := w.net.Promises[i]
		parts = []string{p.Text, p.Category.Label(), p.Source.Label()}
	case model.StepInterviews:
		iv := w.net.Interviews[i]
		parts = []string{iv.Member, iv.Business, iv.Date.String()}
	default:
		e := w.net.Evidence[i]
		parts = []string{e.Description, e.Beneficiary, e.Level.Label()}
	}
	return strings.ToLower(CleanLine(strings.Join(parts, "\x00")))
}

// refilter recomputes which findings of step s pass its filter.
func (w *workspaceScreen) refilter(s model.Step) {
	k := itemSlot(s)
	shown := w.shown[k][:0]
	for i := range w.itemCount(s) {
		if w.filters[k].Match(w.itemText(s, i)) {
			shown = append(shown, i)
		}
	}
	w.shown[k] = shown
	w.cursor[s] = min(w.cursor[s], max(0, len(shown)-1))
}

// itemAt is the position in the network of the finding at list position
// pos of step s, or -1.
func (w workspaceScreen) itemAt(s model.Step, pos int) int {
	shown := w.shown[itemSlot(s)]
	if pos < 0 || pos >= len(shown) {
		return -1
	}
	return shown[pos]
}

// selectItem moves the cursor of step s to the finding with the given id,
// clearing the filter if it hides it.
func (w *workspaceScreen) selectItem(s model.Step, id string) {
	for try := 0; try < 2; try++ {
		for pos, i := range w.shown[itemSlot(s)] {
			if w.itemID(s, i) == id {
				w.cursor[s] = pos
				return
			}
		}
		w.filters[itemSlot(s)].Clear()
		w.refilter(s)
	}
}

func (w workspaceScreen) itemID(s model.Step, i int) string {
	switch s {
	case model.StepPromises:
		return w.net.Promises[i].ID
	case model.StepInterviews:
		return w.net.Interviews[i].ID
	}
	return w.net.Evidence[i].ID
}

// filter is the filter of the current step, if it has one.
func (w *workspaceScreen) filter() *listFilter {
	if !isItemStep(w.step) {
		return nil
	}
	return &w.filters[itemSlot(w.step)]
}

// filtering reports whether the current step's filter has the keyboard.
func (w workspaceScreen) filtering() bool {
	f := w.filter()
	return f != nil && f.typing
}

// filterKey hands a key to the current step's filter.
func (w workspaceScreen) filterKey(km tea.KeyPressMsg) (workspaceScreen, tea.Cmd) {
	cmd, ev := w.filter().Key(km)
	switch ev {
	case filterChanged:
		w.cursor[w.step] = 0
		w.refilter(w.step)
	case filterCleared:
		w.refilter(w.step)
		return w, send(statusMsg{text: statusFilterClear})
	}
	return w, cmd
}

// evidenceFrom is how many pieces of evidence of n were recorded from
// interview ivID.
func evidenceFrom(n model.Network, ivID string) int {
	count := 0
	for _, e := range n.Evidence {
		if e.InterviewID == ivID {
			count++
		}
	}
	return count
}
