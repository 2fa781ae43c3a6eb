package tui

import (
	tea "charm.land/bubbletea/v2"

	"netvet/model"
)

// Messages that carry the results of store commands back to Update.
type (
	loadedMsg struct {
		profile    model.Profile
		hasProfile bool
		nets       []model.Network
		err        error
	}
	networkSavedMsg struct {
		net     model.Network
		created bool
		// status is what the status line says on success.
		status string
		err    error
	}
	networkDeletedMsg struct {
		id, name string
		err      error
	}
	// profileSavedMsg reports the write of a profile (see saves.go).
	profileSavedMsg struct {
		profileSave
		err error
	}
	// itemSavedMsg reports a committed change to one finding of a network
	// (a promise, interview or evidence); apply makes the same change to the
	// screens' copy of the network.
	itemSavedMsg struct {
		netID string
		// id is the finding saved, "" after a deletion.
		id     string
		apply  func(n *model.Network)
		status string
		err    error
	}
	clearStatusMsg struct{ seq int }
	// statusMsg asks the root to show a routine status message.
	statusMsg struct {
		text  string
		isErr bool
	}
)

// Messages by which screens ask the root to navigate.
type (
	openNetworkMsg struct{ id string }
	// editNetworkMsg opens the network form; an empty id means a new one.
	editNetworkMsg struct{ id string }
	openProfileMsg struct{ setup bool }
	openCompareMsg struct{}
	// saveProfileMsg asks the root to write a profile (see saves.go).
	saveProfileMsg struct{ profileSave }
	// weightsChangedMsg asks the root to score with the weights of
	// profile, which differs from the profile in its weights only, and to
	// save it; status is what the status line says once it is saved.
	weightsChangedMsg struct {
		profile model.Profile
		status  string
	}
	// backMsg closes the screen on top (see nav.go); status is what the
	// status line says then.
	backMsg struct{ status string }
	// openNotesMsg opens the interview notes; scope is a network id, or ""
	// for every network.
	openNotesMsg struct{ scope string }
	// openInterviewMsg opens an interview's form in its network's
	// workspace; closing the form closes the workspace too.
	openInterviewMsg struct{ netID, ivID string }
	// failureMsg shows a failure that needs the user in the panel.
	failureMsg struct {
		title string
		err   error
		body  string
	}
)

// StartLoad starts loading the data from st now, on a goroutine of its
// own, and returns the command that waits for it, for Options.Load: the
// load then goes on while the terminal is being set up.
func StartLoad(st Store) tea.Cmd {
	done := make(chan tea.Msg, 1)
	go func() { done <- loadCmd(st)() }()
	return func() tea.Msg { return <-done }
}

func loadCmd(st Store) tea.Cmd {
	return func() tea.Msg {
		p, ok, err := st.Profile()
		if err != nil {
			return loadedMsg{err: err}
		}
		nets, err := st.Networks()
		return loadedMsg{profile: p, hasProfile: ok, nets: nets, err: err}
	}
}

func createNetworkCmd(st Store, n model.Network) tea.Cmd {
	return func() tea.Msg {
		saved, err := st.CreateNetwork(n)
		return networkSavedMsg{net: saved, created: true, status: statusSaved, err: err}
	}
}

func saveBasicsCmd(st Store, n model.Network, status string) tea.Cmd {
	return func() tea.Msg {
		saved, err := st.SaveBasics(n)
		return networkSavedMsg{net: saved, status: status, err: err}
	}
}

func deleteNetworkCmd(st Store, id, name string) tea.Cmd {
	return func() tea.Msg {
		return networkDeletedMsg{id: id, name: name, err: st.DeleteNetwork(id)}
	}
}

func saveProfileCmd(st Store, save profileSave) tea.Cmd {
	return func() tea.Msg {
		return profileSavedMsg{profileSave: save, err: st.SaveProfile(save.profile)}
	}
}

// putItemCmd saves one finding of network netID with put; apply makes the
// same change to the screens' copy of the network.
func putItemCmd[T any](netID string, put func() (T, error), id func(T) string, apply func(*model.Network, T)) tea.Cmd {
	return func() tea.Msg {
		saved, err := put()
		return itemSavedMsg{netID: netID, id: id(saved), apply: func(n *model.Network) { apply(n, saved) }, status: statusSaved, err: err}
	}
}

// deleteItemCmd deletes finding id of network netID with del; apply makes
// the same change to the screens' copy of the network.
func deleteItemCmd(netID, id string, del func() error, apply func(*model.Network, string)) tea.Cmd {
	return func() tea.Msg {
		err := del()
		return itemSavedMsg{netID: netID, apply: func(n *model.Network) { apply(n, id) }, status: statusDeletedItem, err: err}
	}
}

func putPromiseCmd(st Store, netID string, p model.Promise) tea.Cmd {
	return putItemCmd(netID, func() (model.Promise, error) { return st.PutPromise(netID, p) },
		func(p model.Promise) string { return p.ID }, (*model.Network).PutPromise)
}

func putInterviewCmd(st Store, netID string, iv model.Interview) tea.Cmd {
	return putItemCmd(netID, func() (model.Interview, error) { return st.PutInterview(netID, iv) },
		func(iv model.Interview) string { return iv.ID }, (*model.Network).PutInterview)
}

func putEvidenceCmd(st Store, netID string, e model.Evidence) tea.Cmd {
	return putItemCmd(netID, func() (model.Evidence, error) { return st.PutEvidence(netID, e) },
		func(e model.Evidence) string { return e.ID }, (*model.Network).PutEvidence)
}

func deletePromiseCmd(st Store, netID, id string) tea.Cmd {
	return deleteItemCmd(netID, id, func() error { return st.DeletePromise(netID, id) }, (*model.Network).DeletePromise)
}

func deleteInterviewCmd(st Store, netID, id string) tea.Cmd {
	return deleteItemCmd(netID, id, func() error { return st.DeleteInterview(netID, id) }, (*model.Network).DeleteInterview)
}

func deleteEvidenceCmd(st Store, netID, id string) tea.Cmd {
	return deleteItemCmd(netID, id, func() error { return st.DeleteEvidence(netID, id) }, (*model.Network).DeleteEvidence)
}

// indexBuiltMsg carries the index of every interview, built by indexCmd
// from version version of data, for the notes screen opened as seq.
type indexBuiltMsg struct {
	ix      *searchIndex
	seq     int
	data    *dataset
	version int
}

// indexCmd builds the search index of every interview of d off the event
// loop. It reads the networks as they are now: the dataset never changes
// a slice it has handed out, it makes a new one.
func indexCmd(d *dataset, seq int) tea.Cmd {
	nets, version := d.nets, d.version
	return func() tea.Msg {
		return indexBuiltMsg{ix: newSearchIndex(nets, ""), seq: seq, data: d, version: version}
	}
}

func send(msg tea.Msg) tea.Cmd {
	return func() tea.Msg { return msg }
}
