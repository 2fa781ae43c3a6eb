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
type listFilter struct {
	input  textinput.Model
	typing bool
	keys   filterKeyMap
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
	in := textinput.New()
	in.Prompt = filterPrompt
	in.Placeholder = filterHint
	in.CharLimit = 100
	in.SetStyles(c.styles.Input)
	return listFilter{input: in, keys: newFilterKeyMap(c.keys)}
}

// Start gives the filter the keyboard.
func (f *listFilter) Start() tea.Cmd {
	f.typing = true
	return f.input.Focus()
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
		f.input.Blur()
		return nil, filterKept
	}
	before := f.input.Value()
	var cmd tea.Cmd
	f.input, cmd = f.input.Update(km)
	if f.input.Value() != before {
		return cmd, filterChanged
	}
	return cmd, filterKept
}

// Update hands other messages (a cursor blink) to the field.
func (f *listFilter) Update(msg tea.Msg) tea.Cmd {
	if !f.typing {
		return nil
	}
	var cmd tea.Cmd
	f.input, cmd = f.input.Update(msg)
	return cmd
}

// Clear empties and closes the filter.
func (f *listFilter) Clear() {
	f.typing = false
	f.input.Blur()
	f.input.SetValue("")
}

// Text is the filter as typed.
func (f listFilter) Text() string { return f.input.Value() }

func (f listFilter) needle() string { return strings.ToLower(strings.TrimSpace(f.input.Value())) }

// Match reports whether a row whose lower-cased text is hay passes.
func (f listFilter) Match(hay string) bool {
	n := f.needle()
	return n == "" || strings.Contains(hay, n)
}

// View is the field, while the filter has the keyboard.
func (f listFilter) View() string { return f.input.View() }

// SetWidth gives the field its width.
func (f *listFilter) SetWidth(w int) { f.input.SetWidth(max(10, w-4)) }

// SetStyles applies a new theme.
func (f *listFilter) SetStyles(s Styles) { f.input.SetStyles(s.Input) }

// ShortHelp is the filter's keys while it has the keyboard.
func (f listFilter) ShortHelp() []key.Binding { return []key.Binding{f.keys.Keep, f.keys.Clear} }
