package tui

import "charm.land/bubbles/v2/key"

// KeyMap is every key netvet answers to. Screens enable the bindings that
// apply to them, so the help line and the help screen show only live keys.
type KeyMap struct {
	// Global keys.
	Quit      key.Binding
	ForceQuit key.Binding
	Help      key.Binding
	Back      key.Binding
	Profile   key.Binding
	Verdict   key.Binding
	Notes     key.Binding

	// Lists.
	Up       key.Binding
	Down     key.Binding
	Top      key.Binding
	Bottom   key.Binding
	PageUp   key.Binding
	PageDown key.Binding
	Open     key.Binding
	New      key.Binding
	Edit     key.Binding
	Delete   key.Binding
	Filter   key.Binding
	Archived key.Binding
	Restore  key.Binding

	// Forms.
	NextField key.Binding
	PrevField key.Binding
	Toggle    key.Binding
	Save      key.Binding
	Skip      key.Binding

	// Workspace steps.
	NextStep key.Binding
	PrevStep key.Binding
	JumpStep key.Binding

	// Confirmation.
	Yes key.Binding
	No  key.Binding
}

// DefaultKeyMap returns the keys of SPEC.md 3.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Quit:      key.NewBinding(key.WithKeys("q"), key.WithHelp("q", helpQuit)),
		ForceQuit: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", helpForceQuit)),
		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", helpHelp)),
		Back:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", helpBack)),
		Profile:   key.NewBinding(key.WithKeys("p"), key.WithHelp("p", helpProfile)),
		Verdict:   key.NewBinding(key.WithKeys("v"), key.WithHelp("v", helpVerdict)),
		Notes:     key.NewBinding(key.WithKeys("i"), key.WithHelp("i", helpNotes)),

		Up:       key.NewBinding(key.WithKeys("k", "up"), key.WithHelp("↑/k", helpUp)),
		Down:     key.NewBinding(key.WithKeys("j", "down"), key.WithHelp("↓/j", helpDown)),
		Top:      key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g", helpTop)),
		Bottom:   key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G", helpBottom)),
		PageUp:   key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", helpPageUp)),
		PageDown: key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdn", helpPageDown)),
		Open:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", helpOpen)),
		New:      key.NewBinding(key.WithKeys("n"), key.WithHelp("n", helpNew)),
		Edit:     key.NewBinding(key.WithKeys("e"), key.WithHelp("e", helpEdit)),
		Delete:   key.NewBinding(key.WithKeys("d"), key.WithHelp("d", helpArchive)),
		Filter:   key.NewBinding(key.WithKeys("/"), key.WithHelp("/", helpFilter)),
		Archived: key.NewBinding(key.WithKeys("a"), key.WithHelp("a", helpShowArchived)),
		Restore:  key.NewBinding(key.WithKeys("u"), key.WithHelp("u", helpRestore)),

		NextField: key.NewBinding(key.WithKeys("tab", "down", "enter"), key.WithHelp("tab/↓", helpNextField)),
		PrevField: key.NewBinding(key.WithKeys("shift+tab", "up"), key.WithHelp("shift+tab/↑", helpPrevField)),
		Toggle:    key.NewBinding(key.WithKeys("left", "right", "space"), key.WithHelp("←/→/space", helpToggle)),
		Save:      key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", helpSave)),
		Skip:      key.NewBinding(key.WithKeys("s"), key.WithHelp("s", helpSkip)),

		NextStep: key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", helpNextStep)),
		PrevStep: key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", helpPrevStep)),
		JumpStep: key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7"), key.WithHelp("1–7", helpJumpStep)),

		Yes: key.NewBinding(key.WithKeys("y"), key.WithHelp("y", helpYes)),
		No:  key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp("n/esc", helpNo)),
	}
}
