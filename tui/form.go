package tui

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textarea"
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

// choice is one value a choice field can take; letter is the key that
// picks it (see assignLetters), "" if none is left for it.
type choice struct {
	value  string
	label  string
	letter string
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
	// area is set for a multi-line field; input is unused then.
	area *textarea.Model
	// heading marks a line that only titles the fields below it.
	heading bool
	// question is asked above the field, wrapped, never cut (the
	// interview guide's question about a promise).
	question string
	initial  string
	// shown is what a text field showed when the form opened: the initial
	// text after the input's clean-up (line breaks and tabs become
	// spaces). While the field still shows it, the field's value is the
	// initial text itself, so that saving an unrelated change never
	// rewrites this one.
	shown string
	err   string
	// note says how the field's text is read ("taken as 19 %"); the
	// screen that owns the form sets it as the text changes.
	note string
}

func (f *field) isChoice() bool { return f.choices != nil }

// focusable reports whether the field can take the focus.
func (f *field) focusable() bool { return !f.heading }

// letters are the keys that pick the choices of a choice field.
func (f *field) letters() []string {
	var out []string
	for _, c := range f.choices {
		if c.letter != "" {
			out = append(out, c.letter)
		}
	}
	return out
}

// pick moves a choice field to the choice of letter.
func (f *field) pick(letter string) {
	for i, c := range f.choices {
		if c.letter == letter {
			f.choice = i
			f.err = ""
			return
		}
	}
}

// assignLetters gives each choice the key that picks it: the first letter
// of one of its words that no earlier choice has taken, else any other
// letter of its label, so that "Mentoring" and "Marketing" are m and a.
func assignLetters(choices []choice) {
	taken := map[string]bool{}
	for i := range choices {
		for _, l := range letterCandidates(choices[i].label) {
			if !taken[l] {
				taken[l] = true
				choices[i].letter = l
				break
			}
		}
	}
}

// letterCandidates are the lower-case letters and digits of label, the
// first letters of its words first.
func letterCandidates(label string) []string {
	var first, rest []string
	start := true
	for _, r := range strings.ToLower(label) {
		ok := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case ok && start:
			first = append(first, string(r))
		case ok:
			rest = append(rest, string(r))
		}
		start = !ok
	}
	return append(first, rest...)
}

// value is the field's current text, or the value of its current choice.
func (f *field) value() string {
	switch {
	case f.heading:
		return ""
	case f.isChoice():
		return f.choices[f.choice].value
	case f.area != nil:
		if v := f.area.Value(); v != f.shown {
			return v
		}
		return f.initial
	}
	if v := f.input.Value(); v != f.shown {
		return v
	}
	return f.initial
}

// form is a vertical list of fields with inline validation messages. It owns
// focus and scrolling; its owner turns values into a model value, validates
// it and saves it.
type form struct {
	c      *common
	keys   formKeyMap
	fields []field
	focus  int
	width  int
	height int
}

// textField returns a text field holding value.
func textField(c *common, key, label, hint, value string, limit int) field {
	in := textinput.New()
	in.Prompt = ""
	// A stored text longer than the limit (an import allows more) is
	// shown whole, not cut.
	in.CharLimit = max(limit, utf8.RuneCountInString(value))
	in.SetStyles(c.styles.Input)
	in.SetValue(value)
	return field{key: key, label: label, hint: hint, input: in, initial: value, shown: in.Value()}
}

// choiceField returns a choice field set to value (or the first choice).
func choiceField(key, label, hint string, choices []choice, value string) field {
	choices = slices.Clone(choices)
	assignLetters(choices)
	f := field{key: key, label: label, hint: hint, choices: choices, initial: value}
	for i, ch := range choices {
		if ch.value == value {
			f.choice = i
		}
	}
	f.initial = f.value()
	return f
}

// areaField returns a multi-line field holding value, height lines tall.
func areaField(c *common, key, label, hint, value string, height int) field {
	ta := textarea.New()
	ta.ShowLineNumbers = false
	ta.Prompt = areaPrompt
	ta.CharLimit = 0
	ta.SetStyles(c.styles.Area)
	ta.SetHeight(height)
	ta.SetValue(value)
	return field{key: key, label: label, hint: hint, area: &ta, initial: value, shown: ta.Value()}
}

// headingField returns a line that titles the fields below it.
func headingField(label string) field { return field{label: label, heading: true} }

func newForm(c *common, fields ...field) form {
	f := form{c: c, keys: newFormKeyMap(c.keys), fields: fields}
	f.focusField(0)
	return f
}

// focusField moves the focus to field i, or the nearest focusable one in
// the direction of travel, blurring the field it leaves.
func (f *form) focusField(i int) tea.Cmd {
	if len(f.fields) == 0 {
		return nil
	}
	dir := 1
	if i < f.focus {
		dir = -1
	}
	i = max(0, min(i, len(f.fields)-1))
	for !f.fields[i].focusable() {
		next := i + dir
		if next < 0 || next >= len(f.fields) {
			dir = -dir
			next = i + dir
		}
		i = next
	}
	f.blur(f.focus)
	f.focus = i
	fd := &f.fields[i]
	switch {
	case fd.isChoice():
		return nil
	case fd.area != nil:
		return fd.area.Focus()
	}
	fd.input.CursorEnd()
	return fd.input.Focus()
}

// blur takes the focus from field i; a single-line field then shows the
// start of its text again, not where the cursor left it.
func (f *form) blur(i int) {
	if f.fields[i].area != nil {
		f.fields[i].area.Blur()
		return
	}
	f.fields[i].input.Blur()
	showStart(&f.fields[i].input)
}

// showStart scrolls a field that does not have the focus to the start of
// its text, if the text is wider than the field. (A shorter one keeps the
// cursor after its end, where it draws nothing.)
func showStart(in *textinput.Model) {
	if ansi.StringWidth(in.Value()) >= in.Width() {
		in.CursorStart()
	} else {
		in.CursorEnd()
	}
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

// Changed reports whether the field with the given key differs from the
// value it started with. A value shown rounded (a rate, a weight) is read
// back only when it changed, so saving another field never rounds it.
func (f *form) Changed(key string) bool {
	for i := range f.fields {
		if f.fields[i].key == key {
			return f.fields[i].value() != f.fields[i].initial
		}
	}
	return false
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

// labelled is msg about the field with the given key, with the field's
// name, so that a message always says which field it is about.
func (f *form) labelled(key, msg string) string {
	for i := range f.fields {
		if f.fields[i].key == key {
			if l := strings.TrimSpace(f.fields[i].label); l != "" {
				return fmt.Sprintf(errField, l, msg)
			}
		}
	}
	return msg
}

// SetNote shows note under the field with the given key ("" for none).
func (f *form) SetNote(key, note string) {
	for i := range f.fields {
		if f.fields[i].key == key {
			f.fields[i].note = note
		}
	}
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

// SetStyles applies a new theme to the inputs.
func (f *form) SetStyles(s Styles) {
	for i := range f.fields {
		f.fields[i].input.SetStyles(s.Input)
		if f.fields[i].area != nil {
			f.fields[i].area.SetStyles(s.Area)
		}
	}
}

// SetSize gives the form its box.
func (f *form) SetSize(w, h int) {
	f.width, f.height = w, h
	inputW := max(8, w-f.labelWidth()-len(focusMark)-1)
	for i := range f.fields {
		f.fields[i].input.SetWidth(inputW)
		if i != f.focus {
			showStart(&f.fields[i].input)
		}
		if f.fields[i].area != nil {
			f.fields[i].area.SetWidth(max(10, w-len(focusMark)-2))
		}
	}
}

// Update handles a key press and reports what the owner should do.
func (f form) Update(msg tea.Msg) (form, tea.Cmd, formAction) {
	if len(f.fields) == 0 {
		return f, nil, formNone
	}
	cur := &f.fields[f.focus]
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return f, f.updateInput(cur, msg), formNone
	}
	k := f.keyMap()
	switch {
	case key.Matches(km, k.Save, k.SaveLast):
		return f, nil, formSubmit
	case key.Matches(km, k.Cancel):
		return f, nil, formCancel
	case key.Matches(km, k.Prev, k.AreaPrev):
		return f, f.focusField(f.focus - 1), formNone
	case key.Matches(km, k.Next, k.AreaNext):
		return f, f.focusField(f.focus + 1), formNone
	case key.Matches(km, k.Choose):
		step := 1
		if km.String() == "left" {
			step = len(cur.choices) - 1
		}
		cur.choice = (cur.choice + step) % len(cur.choices)
		cur.err = ""
		return f, nil, formNone
	case key.Matches(km, k.Pick):
		cur.pick(km.String())
		return f, nil, formNone
	case cur.isChoice():
		return f, nil, formNone
	}
	return f, f.updateInput(cur, msg), formNone
}

// keyMap is the form's keys as they apply to the focused field: in a
// multi-line field only tab and shift+tab move (enter, the arrows and
// space edit the text); the choice keys work on a choice field; enter on
// the last field saves.
func (f *form) keyMap() formKeyMap {
	k := f.keys
	cur := &f.fields[f.focus]
	area, choice := cur.area != nil, cur.isChoice()
	k.Next.SetEnabled(!area)
	k.Prev.SetEnabled(!area)
	k.AreaNext.SetEnabled(area)
	k.AreaPrev.SetEnabled(area)
	k.Choose.SetEnabled(choice)
	k.Pick.SetKeys(cur.letters()...)
	k.Pick.SetEnabled(choice && len(cur.letters()) > 0)
	k.SaveLast.SetEnabled(!area && f.focus == len(f.fields)-1)
	return k
}

// ShortHelp is the keys of the focused field, for the help line.
func (f *form) ShortHelp() []key.Binding {
	k := f.keyMap()
	return []key.Binding{k.Save, k.Cancel, k.Choose, k.Pick, k.SaveLast, k.Next, k.AreaNext, k.Prev, k.AreaPrev}
}

// FullHelp is every key of the form.
func (f *form) FullHelp() [][]key.Binding {
	k := f.keys
	return [][]key.Binding{{k.Next, k.Prev, k.AreaNext, k.AreaPrev}, {k.Choose, k.Pick, k.Save, k.SaveLast, k.Cancel}}
}

// updateInput hands a message to the field's text input, clearing its
// message when the text changes.
func (f *form) updateInput(cur *field, msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	before := cur.value()
	switch {
	case cur.isChoice(), cur.heading:
		return nil
	case cur.area != nil:
		var ta textarea.Model
		ta, cmd = cur.area.Update(msg)
		cur.area = &ta
	default:
		cur.input, cmd = cur.input.Update(msg)
	}
	if cur.value() != before {
		cur.err = ""
	}
	return cmd
}

func (f *form) labelWidth() int {
	w := 0
	for i := range f.fields {
		if f.fields[i].heading || f.fields[i].area != nil {
			continue
		}
		w = max(w, lipgloss.Width(f.fields[i].label))
	}
	return min(w+2, 28)
}

// formWindow returns which of n lines to show in a box of h lines so that
// the focused field's lines, from focusStart up to focusEnd, are visible
// (its first line wins when they do not all fit).
func formWindow(n, focusStart, focusEnd, h int) (start, end int) {
	if n <= h {
		return 0, n
	}
	start = max(0, min(focusEnd-h, n-h))
	start = min(start, focusStart)
	return start, start + h
}

// View draws the fields that fit, scrolled so the focused one shows.
func (f *form) View() string {
	s := f.c.styles
	lw := f.labelWidth()
	var lines []string
	focusLine, focusEnd := 0, -1
	for i := range f.fields {
		fd := &f.fields[i]
		focused := i == f.focus
		if focused {
			focusLine = len(lines)
		}
		if i == f.focus+1 {
			focusEnd = len(lines)
		}
		if fd.heading {
			lines = append(lines, s.Header.Render(ansi.Truncate(fd.label, max(1, f.width), "…")))
			continue
		}
		if fd.question != "" {
			pad := strings.Repeat(" ", len([]rune(focusMark)))
			for _, l := range wrapLines(fd.question, max(10, f.width-len([]rune(pad))), 0) {
				lines = append(lines, pad+s.Bold.Render(l))
			}
		}
		if fd.area != nil {
			lines = append(lines, f.areaLines(fd, focused, lw)...)
			continue
		}
		marker := strings.Repeat(" ", len([]rune(focusMark)))
		label := cell(s.Label.Render(ansi.Truncate(fd.label, lw-1, "…")), lw)
		if focused {
			marker = s.Focused.Render(focusMark)
			label = cell(s.Focused.Render(ansi.Truncate(fd.label, lw-1, "…")), lw)
		}
		lines = append(lines, marker+label+f.valueView(fd, focused))
		if focused && fd.isChoice() {
			lines = append(lines, f.optionLines(fd, lw)...)
		}
		if fd.note != "" && fd.err == "" {
			lines = append(lines, strings.Repeat(" ", len([]rune(focusMark))+lw)+
				s.Subtle.Render(ansi.Truncate(fd.note, max(1, f.width-lw-2), "…")))
		}
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
	if focusEnd < 0 {
		focusEnd = len(lines)
	}
	start, end := formWindow(len(lines), focusLine, focusEnd, max(1, f.height))
	return strings.Join(lines[start:end], "\n")
}

// areaLines draws a multi-line field: its label on one line, the text
// below it, indented, then its message and hint.
func (f *form) areaLines(fd *field, focused bool, lw int) []string {
	s := f.c.styles
	indent := strings.Repeat(" ", len([]rune(focusMark)))
	label := indent + s.Label.Render(fd.label)
	if focused {
		label = s.Focused.Render(focusMark) + s.Focused.Render(fd.label)
	}
	if focused && fd.hint != "" {
		label += "  " + s.Hint.Render(fd.hint)
	}
	lines := []string{ansi.Truncate(label, max(1, f.width), "…")}
	for _, l := range strings.Split(fd.area.View(), "\n") {
		lines = append(lines, indent+l)
	}
	if fd.err != "" {
		lines = append(lines, indent+s.FieldErr.Render(ansi.Truncate(fieldErrMark+fd.err, max(1, f.width-2), "…")))
	}
	return lines
}

// optionLines show every option of a focused choice field with the
// letter that picks it, the current one marked, wrapped under the value.
func (f *form) optionLines(fd *field, lw int) []string {
	s := f.c.styles
	indent := strings.Repeat(" ", len([]rune(focusMark))+lw)
	items := make([]string, len(fd.choices))
	for i, ch := range fd.choices {
		text := ch.label
		if ch.letter != "" {
			text = fmt.Sprintf(optionLetter, ch.letter, ch.label)
		}
		style := s.Subtle
		if i == fd.choice {
			style = s.Focused
		}
		items[i] = style.Render(text)
	}
	lines := flow(items, s.Subtle.Render(optionSep), max(10, f.width-len([]rune(indent))))
	for i, l := range lines {
		lines[i] = indent + l
	}
	return lines
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
