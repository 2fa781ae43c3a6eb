package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// itemEditor is a form for one finding of a network: a promise, an
// interview, a piece of evidence, or the notes on the ratings. build reads
// the form, marks what is wrong and, when all is well, returns the command
// that saves it.
type itemEditor struct {
	c          *common
	title      string
	form       form
	build      func(f *form) (save tea.Cmd, problem string, ok bool)
	askDiscard bool
	saving     bool
	width      int
	height     int
}

func newItemEditor(c *common, title string, build func(f *form) (tea.Cmd, string, bool), fields ...field) *itemEditor {
	return &itemEditor{c: c, title: title, form: newForm(c, fields...), build: build}
}

// SetSize gives the editor its box.
func (e *itemEditor) SetSize(w, h int) {
	e.width, e.height = w, h
	e.form.SetSize(w, max(1, h-3))
}

// Update handles the form's keys and the discard question; closed reports
// that the editor is done without saving.
func (e *itemEditor) Update(msg tea.Msg) (cmd tea.Cmd, closed bool) {
	if km, ok := msg.(tea.KeyPressMsg); ok && e.askDiscard {
		switch {
		case key.Matches(km, e.c.keys.Yes):
			return send(statusMsg{text: statusDiscarded}), true
		case key.Matches(km, e.c.keys.No):
			e.askDiscard = false
		}
		return nil, false
	}
	var act formAction
	e.form, cmd, act = e.form.Update(msg)
	switch act {
	case formCancel:
		if e.form.Dirty() {
			e.askDiscard = true
			return nil, false
		}
		return nil, true
	case formSubmit:
		if e.saving {
			return nil, false
		}
		save, problem, ok := e.build(&e.form)
		if !ok {
			return tea.Batch(e.form.FocusFirstError(), send(statusMsg{text: CleanLine(problem), isErr: true})), false
		}
		e.saving = true
		return save, false
	}
	return cmd, false
}

// View draws the title, the fields and the question or progress line.
func (e *itemEditor) View() string {
	st := e.c.styles
	bottom := ""
	switch {
	case e.askDiscard:
		bottom = st.Warning.Render(askDiscard) + "  " + st.Bold.Render(askYesNo)
	case e.saving:
		bottom = st.Subtle.Render(statusSaving)
	}
	return st.Title.Render(ansi.Truncate(e.title, e.width, "…")) + "\n\n" +
		padLines(e.form.View(), e.height-3) + "\n" + bottom
}

// ShortHelp is the one-line key help of the editor.
func (e *itemEditor) ShortHelp() []key.Binding { return formShortHelp(e.c.keys, e.askDiscard) }
