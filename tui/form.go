package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// formAction is what a key press asks of the form's owner.
type formAction int

const (
	formNone formAction = iota
	// formSubmit asks the owner to validate and save the values.
	formSubmit
	// formCancel asks the owner to leave the form (after asking, if dirty).
	formCancel
)

// choice is one value a choice field can take.
type choice struct {
	value string
	label string
}

// field is one line of a form: a text input or a choice among values. key is
// the export-format name of the value ("entry_fee", "fit.chemistry"), so
// validation errors from package model land on the right line.
type field struct {
	key     string
	label   string
	hint    string
	input   textinput.Model
	choices []choice
	choice  int
	initial string
	err     string
}

func (f *field) isChoice() bool { return f.choices != nil }

// value is the field's current text, or the value of its current choice.
func (f *field) value() string {
	if f.isChoice() {
		return f.choices[f.choice].value
	}
	return f.input.Value()
}

// form is a vertical list of fields with inline validation messages. It owns
// focus and scrolling; its owner turns values into a model value, validates
// it and saves it.
type form struct {
	c      *common
	fields []field
	focus  int
	width  int
	height int
}

// textField returns a text field holding value.
func textField(c *common, key, label, hint, value string, limit int) field {
	in := textinput.New()
	in.Prompt = ""
	in.CharLimit = limit
	in.SetStyles(c.styles.Input)
	in.SetValue(value)
	return field{key: key, label: label, hint: hint, input: in, initial: value}
}

// choiceField returns a choice field set to value (or the first choice).
func choiceField(key, label, hint string, choices []choice, value string) field {
	f := field{key: key, label: label, hint: hint, choices: choices, initial: value}
	for i, ch := range choices {
		if ch.value == value {
			f.choice = i
		}
	}
	f.initial = f.value()
	return f
}

func newForm(c *common, fields ...field) form {
	f := form{c: c, fields: fields}
	f.focusField(0)
	return f
}

// focusField moves the focus, blurring the field it leaves.
func (f *form) focusField(i int) tea.Cmd {
	if len(f.fields) == 0 {
		return nil
	}
	i = max(0, min(i, len(f.fields)-1))
	f.fields[f.focus].input.Blur()
	f.focus = i
	if f.fields[i].isChoice() {
		return nil
	}
	f.fields[i].input.CursorEnd()
	return f.fields[i].input.Focus()
}

// Value returns the value of the field with the given key.
func (f *form) Value(key string) string {
	for i := range f.fields {
		if f.fields[i].key == key {
			return f.fields[i].value()
		}
	}
	return ""
}

// Dirty reports whether any field differs from the value it started with.
func (f *form) Dirty() bool {
	for i := range f.fields {
		if f.fields[i].value() != f.fields[i].initial {
			return true
		}
	}
	return false
}

// ClearErrors removes every inline message.
func (f *form) ClearErrors() {
	for i := range f.fields {
		f.fields[i].err = ""
	}
}

// SetError shows msg under the field with the given key; it reports false
// when the form has no such field.
func (f *form) SetError(key, msg string) bool {
	for i := range f.fields {
		if f.fields[i].key == key {
			f.fields[i].err = msg
			return true
		}
	}
	return false
}

// FocusFirstError moves the focus to the first field with a message.
func (f *form) FocusFirstError() tea.Cmd {
	for i := range f.fields {
		if f.fields[i].err != "" {
			return f.focusField(i)
		}
	}
	return nil
}

// MarkSaved makes the current values the ones Dirty compares against.
func (f *form) MarkSaved() {
	for i := range f.fields {
		f.fields[i].initial = f.fields[i].value()
	}
}

// SetStyles applies a new theme to the inputs.
func (f *form) SetStyles(s Styles) {
	for i := range f.fields {
		f.fields[i].input.SetStyles(s.Input)
	}
}

// SetSize gives the form its box.
func (f *form) SetSize(w, h int) {
	f.width, f.height = w, h
	inputW := max(8, w-f.labelWidth()-len(focusMark)-1)
	for i := range f.fields {
		f.fields[i].input.SetWidth(inputW)
	}
}

// Update handles a key press and reports what the owner should do.
func (f form) Update(msg tea.Msg) (form, tea.Cmd, formAction) {
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		var cmd tea.Cmd
		if len(f.fields) > 0 && !f.fields[f.focus].isChoice() {
			f.fields[f.focus].input, cmd = f.fields[f.focus].input.Update(msg)
		}
		return f, cmd, formNone
	}
	keys := f.c.keys
	cur := &f.fields[f.focus]
	switch {
	case key.Matches(km, keys.Save):
		return f, nil, formSubmit
	case key.Matches(km, keys.Back):
		return f, nil, formCancel
	case km.String() == "enter" && f.focus == len(f.fields)-1:
		return f, nil, formSubmit
	case key.Matches(km, keys.PrevField):
		return f, f.focusField(f.focus - 1), formNone
	case key.Matches(km, keys.NextField):
		return f, f.focusField(f.focus + 1), formNone
	case cur.isChoice() && key.Matches(km, keys.Toggle):
		step := 1
		if km.String() == "left" {
			step = len(cur.choices) - 1
		}
		cur.choice = (cur.choice + step) % len(cur.choices)
		cur.err = ""
		return f, nil, formNone
	case cur.isChoice():
		return f, nil, formNone
	}
	var cmd tea.Cmd
	before := cur.input.Value()
	cur.input, cmd = cur.input.Update(msg)
	if cur.input.Value() != before {
		cur.err = ""
	}
	return f, cmd, formNone
}

func (f *form) labelWidth() int {
	w := 0
	for i := range f.fields {
		w = max(w, lipgloss.Width(f.fields[i].label))
	}
	return min(w+2, 32)
}

// formWindow returns which of n lines to show in a box of h lines so that the
// focused field's line and the two message lines under it are visible.
func formWindow(n, focusLine, h int) (start, end int) {
	if n <= h {
		return 0, n
	}
	start = max(0, min(focusLine+3-h, n-h))
	return start, start + h
}

// View draws the fields that fit, scrolled so the focused one shows.
func (f *form) View() string {
	s := f.c.styles
	lw := f.labelWidth()
	var lines []string
	focusLine := 0
	for i := range f.fields {
		fd := &f.fields[i]
		focused := i == f.focus
		if focused {
			focusLine = len(lines)
		}
		marker := strings.Repeat(" ", len([]rune(focusMark)))
		label := s.Label.Width(lw).Render(ansi.Truncate(fd.label, lw-1, "…"))
		if focused {
			marker = s.Focused.Render(focusMark)
			label = s.Focused.Width(lw).Render(ansi.Truncate(fd.label, lw-1, "…"))
		}
		lines = append(lines, marker+label+f.valueView(fd, focused))
		if fd.err != "" {
			indent := strings.Repeat(" ", len([]rune(focusMark))+lw)
			wrapped := ansi.Wrap(fieldErrMark+fd.err, max(10, f.width-lw-len([]rune(focusMark))), " ")
			for _, l := range strings.Split(wrapped, "\n") {
				lines = append(lines, indent+s.FieldErr.Render(l))
			}
		}
		if focused && fd.hint != "" {
			lines = append(lines, strings.Repeat(" ", len([]rune(focusMark))+lw)+
				s.Hint.Render(ansi.Truncate(fd.hint, max(1, f.width-lw-2), "…")))
		}
	}
	start, end := formWindow(len(lines), focusLine, max(1, f.height))
	return strings.Join(lines[start:end], "\n")
}

func (f *form) valueView(fd *field, focused bool) string {
	s := f.c.styles
	if fd.isChoice() {
		lbl := fd.choices[fd.choice].label
		if focused {
			return s.Focused.Render(choiceLeft + lbl + choiceRight)
		}
		return lbl
	}
	return fd.input.View()
}
