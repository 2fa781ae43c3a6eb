package tui

import (
	"fmt"
	"math"
	"strconv"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"netvet/model"
)

// The comparison's weights panel (w): the six score weights of the
// profile, one selected; + and - change it by weightStep, r resets all to
// the defaults. The ranking, the "no clear winner" line and the scenarios
// follow at once (the root re-scores every network, model.Verdict.
// Reweighed), and the profile is saved like any other edit.

// weightStep is how much + and - change a weight.
const weightStep = 1

// weightKey handles a key while the weights panel is open.
func (s compareScreen) weightKey(km tea.KeyPressMsg) (compareScreen, tea.Cmd) {
	k := s.keyMap()
	keys := model.ScoreKeys()
	var cmd tea.Cmd
	switch {
	case key.Matches(km, k.CloseWeights):
		s.weighting = false
	case key.Matches(km, k.TabNext):
		s.sel = min(max(0, len(s.shown)-1), s.sel+1)
	case key.Matches(km, k.TabPrev):
		s.sel = max(0, s.sel-1)
	case key.Matches(km, k.WeightDown):
		s.wsel = min(len(keys)-1, s.wsel+1)
	case key.Matches(km, k.WeightUp):
		s.wsel = max(0, s.wsel-1)
	case key.Matches(km, k.Raise):
		cmd = s.changeWeight(keys[s.wsel], weightStep)
	case key.Matches(km, k.Lower):
		cmd = s.changeWeight(keys[s.wsel], -weightStep)
	case key.Matches(km, k.Reset):
		cmd = s.resetWeights()
	case key.Matches(km, k.Open):
		if r, ok := s.selected(); ok {
			return s, send(openNetworkMsg{id: r.Network.ID})
		}
	}
	s.relayout()
	return s, cmd
}

// changeWeight asks the root to score with the weight of part key changed
// by delta, kept within 0 and model.MaxWeight. A change that would leave
// every weight at 0 is refused, and nothing is written.
func (s compareScreen) changeWeight(partKey string, delta float64) tea.Cmd {
	p := s.c.data.profile
	w := p.ScoreWeights()
	cur, _ := w.Get(partKey)
	next := math.Max(0, math.Min(model.MaxWeight, cur+delta))
	if next == cur {
		return nil
	}
	w.Set(partKey, next)
	if w.Sum() == 0 {
		return send(statusMsg{text: cmpWeightsAllZero, isErr: true})
	}
	p.Weights = w
	return s.weightsChanged(p, fmt.Sprintf(statusWeight, model.ScorePart{Key: partKey}.Label(), model.FormatWeight(next)))
}

// resetWeights asks the root to score with the default weights.
func (s compareScreen) resetWeights() tea.Cmd {
	p := s.c.data.profile
	if p.ScoreWeights() == model.DefaultWeights() {
		return send(statusMsg{text: statusWeightsDefault})
	}
	p.Weights = model.DefaultWeights()
	return s.weightsChanged(p, statusWeightsReset)
}

// weightsChanged is the message that applies the weights of p: the status
// line will say how the selected candidate's score moved and why, or what
// changed when its score did not move.
func (s compareScreen) weightsChanged(p model.Profile, changed string) tea.Cmd {
	status := changed
	if r, ok := s.selected(); ok {
		before := r.Verdict.Score
		if why := model.ExplainScoreChange(before, before.Reweighted(p.ScoreWeights())); why != "" {
			status = fmt.Sprintf(statusSavedScoreOf, statusSaved, CleanLine(r.Network.Name), why)
		}
	}
	return send(weightsChangedMsg{profile: p, status: status})
}

// weightLines are the weights panel: a heading with the total, then each
// weight with its share of the total, the selected one marked.
func (s compareScreen) weightLines() []string {
	if !s.weighting {
		return nil
	}
	st := s.c.styles
	w := s.c.data.profile.ScoreWeights()
	sum := w.Sum()
	width := max(10, s.width)
	lines := []string{st.Header.Render(ansi.Truncate(fmt.Sprintf(cmpWeightsHead, model.FormatWeight(sum)), width, "…"))}
	for i, k := range model.ScoreKeys() {
		v, _ := w.Get(k)
		share := 0.0
		if sum > 0 {
			share = v / sum
		}
		row := cell(model.ScorePart{Key: k}.Label(), cmpLabelWidth) +
			fmt.Sprintf("%6s  %5s", model.FormatWeight(v), fmt.Sprintf(percentFormat, strconv.Itoa(int(math.Round(share*100)))))
		marker := "  "
		if i == s.wsel {
			marker = selectMark
			row = st.Selected.Render(row)
		}
		lines = append(lines, ansi.Truncate(marker+row, width, "…"))
	}
	return lines
}
