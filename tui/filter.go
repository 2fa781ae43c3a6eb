package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
)

// listFilter is the / filter of a list (the home list, a workspace step's
// list, the comparison's candidates): a text field that has the keyboard
// while the user types, and the text it leaves behind, which the list
// matches its rows against.
//
// The field is made when the filter is first used, kept behind a pointer
// and replaced, never changed in place: the copies of the screens that
// Update makes then share it instead of each carrying a text input of
// several kilobytes.
type listFilter struct {
	c      *common
	input  *textinput.Model
	typing bool
	keys   filterKeyMap
	// width is the field's width, kept until the field is made.
	width int
}

// filterEvent is what a key press in a filter asks of its list.
type filterEvent int

const (
	// filterKept: nothing changed for the list.
	filterKept filterEvent = iota
	// filterChanged: the text changed; narrow the list again.
	filterChanged
	// filterCleared: esc emptied and closed the filter.
	filterCleared
)

func newListFilter(c *common) listFilter {
	return listFilter{c: c, keys: newFilterKeyMap(c.keys)}
}

// edit changes a copy of the field and keeps the copy.
func (f *listFilter) edit(change func(in *textinput.Model) tea.Cmd) tea.Cmd {
	var in textinput.Model
	if f.input != nil {
		in = *f.input
	} else {
		in = textinput.New()
		in.Prompt = filterPrompt
		in.Placeholder = filterHint
		in.CharLimit = 100
		in.SetStyles(f.c.styles.Input)
		in.SetWidth(f.width)
	}
	cmd := change(&in)
	f.input = &in
	return cmd
}

// Start gives the filter the keyboard.
func (f *listFilter) Start() tea.Cmd {
	f.typing = true
	return f.edit((*textinput.Model).Focus)
}

// Key handles a key press while the filter has the keyboard: enter (or a
// key that moves in the list) keeps the filter, esc clears it, the rest
// edit it.
func (f *listFilter) Key(km tea.KeyPressMsg) (tea.Cmd, filterEvent) {
	switch {
	case key.Matches(km, f.keys.Clear):
		f.Clear()
		return nil, filterCleared
	case key.Matches(km, f.keys.Keep):
		f.typing = false
		f.edit(blur)
		return nil, filterKept
	}
	before := f.input.Value()
	cmd := f.edit(func(in *textinput.Model) (cmd tea.Cmd) {
		*in, cmd = in.Update(km)
		return cmd
	})
	if f.input.Value() != before {
		return cmd, filterChanged
	}
	return cmd, filterKept
}

func blur(in *textinput.Model) tea.Cmd {
	in.Blur()
	return nil
}

// Update hands other messages (a cursor blink) to the field.
func (f *listFilter) Update(msg tea.Msg) tea.Cmd {
	if !f.typing {
		return nil
	}
	return f.edit(func(in *textinput.Model) (cmd tea.Cmd) {
		*in, cmd = in.Update(msg)
		return cmd
	})
}

// Clear empties and closes the filter.
func (f *listFilter) Clear() {
	if f.input == nil {
		return
	}
	f.typing = false
	f.edit(func(in *textinput.Model) tea.Cmd {
		in.Blur()
		in.SetValue("")
		return nil
	})
}

// Text is the filter as typed.
func (f listFilter) Text() string {
	if f.input == nil {
		return ""
	}
	return f.input.Value()
}

func (f listFilter) needle() string { return strings.ToLower(strings.TrimSpace(f.Text())) }

// Match reports whether a row whose lower-cased text is hay passes.
func (f listFilter) Match(hay string) bool {
	n := f.needle()
	return n == "" || strings.Contains(hay, n)
}

// View is the field, while the filter has the keyboard.
func (f listFilter) View() string {
	if f.input == nil {
		return ""
	}
	return f.input.View()
}

// SetWidth gives the field its width.
func (f *listFilter) SetWidth(w int) {
	f.width = max(10, w-4)
	if f.input == nil {
		return
	}
	f.edit(func(in *textinput.Model) tea.Cmd {
		in.SetWidth(f.width)
		return nil
	})
}

// SetStyles applies a new theme.
func (f *listFilter) SetStyles(s Styles) {
	if f.input == nil {
		return
	}
	f.edit(func(in *textinput.Model) tea.Cmd {
		in.SetStyles(s.Input)
		return nil
	})
}

// ShortHelp is the filter's keys while it has the keyboard.
func (f listFilter) ShortHelp() []key.Binding { return []key.Binding{f.keys.Keep, f.keys.Clear} }
