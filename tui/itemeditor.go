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
	c     *common
	title string
	formSession
	build  func(f *form) (save tea.Cmd, problem string, ok bool)
	width  int
	height int
}

func newItemEditor(c *common, title string, build func(f *form) (tea.Cmd, string, bool), fields ...field) *itemEditor {
	return &itemEditor{c: c, title: title, formSession: formSession{form: newForm(c, fields...)}, build: build}
}

// SetSize gives the editor its box.
func (e *itemEditor) SetSize(w, h int) {
	e.width, e.height = w, h
	e.form.SetSize(w, max(1, h-3))
}

// Update handles the form's keys and the discard question; closed reports
// that the editor is done without saving.
func (e *itemEditor) Update(msg tea.Msg) (cmd tea.Cmd, closed bool) {
	cmd, ev := e.step(e.c.keys, msg, true)
	switch ev {
	case evDiscarded:
		return send(statusMsg{text: statusDiscarded}), true
	case evLeave:
		return nil, true
	case evSave:
		save, problem, ok := e.build(&e.form)
		if !ok {
			return e.refuse(problem), false
		}
		e.saving = true
		return save, false
	}
	return cmd, false
}

// View draws the title, the fields and the question or progress line.
func (e *itemEditor) View() string {
	st := e.c.styles
	bottom := e.bottomLine(st)
	return st.Title.Render(ansi.Truncate(e.title, e.width, "…")) + "\n\n" +
		padLines(e.form.View(), e.height-3) + "\n" + bottom
}

// ShortHelp is the one-line key help of the editor.
func (e *itemEditor) ShortHelp() []key.Binding { return formShortHelp(e.c.keys, e.askDiscard) }
