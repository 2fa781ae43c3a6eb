package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// formEvent is what a key press in a form session asks of the screen that
// owns it.
type formEvent int

const (
	// evKeep: nothing for the owner to do.
	evKeep formEvent = iota
	// evDiscarded: the user confirmed throwing the changes away.
	evDiscarded
	// evLeave: the form was left unchanged (or without asking).
	evLeave
	// evSave: the user asked to save and no save is under way.
	evSave
)

// formSession is the part every editing screen shares: the form, the
// "discard your changes?" question and the save in flight. The network form,
// the profile and the item editors embed it and decide only what leaving and
// saving mean for them.
type formSession struct {
	form       form
	askDiscard bool
	saving     bool
}

// step handles one message. ask says whether leaving a changed form asks
// first.
func (fs *formSession) step(keys KeyMap, msg tea.Msg, ask bool) (tea.Cmd, formEvent) {
	if km, ok := msg.(tea.KeyPressMsg); ok && fs.askDiscard {
		switch {
		case key.Matches(km, keys.Yes):
			return nil, evDiscarded
		case key.Matches(km, keys.No):
			fs.askDiscard = false
		}
		return nil, evKeep
	}
	var cmd tea.Cmd
	var act formAction
	fs.form, cmd, act = fs.form.Update(msg)
	switch act {
	case formCancel:
		if ask && fs.form.Dirty() {
			fs.askDiscard = true
			return nil, evKeep
		}
		return nil, evLeave
	case formSubmit:
		if fs.saving {
			return nil, evKeep
		}
		return nil, evSave
	}
	return cmd, evKeep
}

// refuse shows why a save was refused: the focus goes to the first marked
// field and the status line says what is wrong.
func (fs *formSession) refuse(problem string) tea.Cmd {
	return tea.Batch(fs.form.FocusFirstError(), send(statusMsg{text: CleanLine(problem), isErr: true}))
}

// bottomLine is the discard question or the save in flight, if any.
func (fs *formSession) bottomLine(st Styles) string {
	switch {
	case fs.askDiscard:
		return st.Warning.Render(askDiscard) + "  " + st.Bold.Render(askYesNo)
	case fs.saving:
		return st.Subtle.Render(statusSaving)
	}
	return ""
}

// ShortHelp is the keys of the discard question, or of the focused field.
func (fs *formSession) ShortHelp() []key.Binding {
	if fs.askDiscard {
		k := fs.form.c.keys
		return []key.Binding{k.Yes, k.No}
	}
	return fs.form.ShortHelp()
}

// FullHelp is every key of the form.
func (fs *formSession) FullHelp() [][]key.Binding { return fs.form.FullHelp() }
