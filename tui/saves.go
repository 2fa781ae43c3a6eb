package tui

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"netvet/model"
)

// What the root does about writes whose result a screen cannot handle
// alone: the profile is written one write at a time, and a saved change
// that moves a network's score says by how much and why.

// profileSave is one write of the profile: the whole profile, whether it
// changes the score weights only (a weight changed in the comparison,
// already applied to the screens), and what the status line says once it
// is written.
type profileSave struct {
	profile model.Profile
	weights bool
	status  string
}

// saveProfile writes the profile, one write at a time: a write asked for
// while one is under way waits for it, and of several waiting only the
// newest is written, as each holds the whole profile. Commands run
// concurrently, so two writes under way could otherwise commit in the
// wrong order and leave an older profile in the file.
func (a *App) saveProfile(save profileSave) tea.Cmd {
	if a.profileWriting {
		a.profileNext = &save
		return nil
	}
	a.profileWriting = true
	return saveProfileCmd(a.c.store, save)
}

// handleWeightsChanged scores every network with the new weights at once
// and saves them.
func (a *App) handleWeightsChanged(msg weightsChangedMsg) tea.Cmd {
	a.c.data.setWeights(msg.profile)
	a.refreshCompare()
	return a.saveProfile(profileSave{profile: msg.profile, weights: true, status: msg.status})
}

// refreshCompare builds the comparison anew if it is open; one that is
// not is built anew when it opens, as the data's version has changed.
func (a *App) refreshCompare() {
	if a.onStack(screenCompare) {
		a.compare.Refresh()
	}
}

func (a *App) handleProfileSaved(msg profileSavedMsg) tea.Cmd {
	a.profileWriting = false
	next := a.profileNext
	a.profileNext = nil
	if msg.err != nil {
		if msg.weights {
			// The file keeps the weights it had: so do the screens.
			a.c.data.setWeights(a.c.data.revertWeights())
			a.refreshCompare()
			a.failure = &failure{title: errSaveTitle, err: msg.err, body: errWeightsBody}
			return a.setStatus(errSaveTitle, true)
		}
		return a.fail(msg.err)
	}
	a.c.data.stored = msg.profile
	var cmds []tea.Cmd
	if next != nil {
		cmds = append(cmds, a.saveProfile(*next))
	}
	if msg.weights {
		return tea.Batch(append(cmds, a.setStatus(msg.status, false))...)
	}
	before := a.c.data.verdicts
	a.c.data.setProfile(msg.profile)
	a.home.Refresh()
	if a.top() == screenProfile {
		cmds = append(cmds, a.pop())
	}
	id := a.focusNetwork()
	return tea.Batch(append(cmds, a.setStatus(a.scoreStatus(msg.status, id, before, true), false))...)
}

// focusNetwork is the network the user looks at: the workspace's, the
// candidate selected in the comparison, or the one selected on the list.
func (a *App) focusNetwork() string {
	switch a.top() {
	case screenWorkspace:
		return a.workspace.id
	case screenCompare:
		if r, ok := a.compare.selected(); ok {
			return r.Network.ID
		}
	case screenHome:
		if r, ok := a.home.selected(); ok {
			return r.id
		}
	}
	return ""
}

// scoreStatus is the status line after a saved change: saved, and, when
// the score of network id moved, by how much and why (model.
// ExplainScoreChange). before are the verdicts as they were, in the order
// of the data's networks before the change; named says to name the
// network, for a change that is not its own (the profile's).
func (a *App) scoreStatus(saved, id string, before []model.Verdict, named bool) string {
	d := a.c.data
	i := d.index(id)
	if i < 0 || i >= len(before) || i >= len(d.verdicts) || d.nets[i].ID != id {
		return saved
	}
	why := model.ExplainScoreChange(before[i].Score, d.verdicts[i].Score)
	switch {
	case why == "":
		return saved
	case named:
		return fmt.Sprintf(statusSavedScoreOf, saved, CleanLine(d.nets[i].Name), why)
	}
	return fmt.Sprintf(statusSavedScore, saved, why)
}
