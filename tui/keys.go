package tui

import "charm.land/bubbles/v2/key"

// KeyMap is every key netvet answers to. Screens enable the bindings that
// apply to them, so the help line and the help screen show only live keys.
type KeyMap struct {
	// Global keys.
	Quit      key.Binding
	ForceQuit key.Binding
	Help      key.Binding
	// HelpTyping opens the help while a text field has the keyboard, where
	// ? is text.
	HelpTyping key.Binding
	Back       key.Binding
	Profile    key.Binding
	Verdict    key.Binding
	Notes      key.Binding

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
		Quit:       key.NewBinding(key.WithKeys("q"), key.WithHelp("q", helpQuit)),
		ForceQuit:  key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", helpForceQuit)),
		Help:       key.NewBinding(key.WithKeys("?", "f1"), key.WithHelp("?", helpHelp)),
		HelpTyping: key.NewBinding(key.WithKeys("f1"), key.WithHelp("f1", helpHelp)),
		Back:       key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", helpBack)),
		Profile:    key.NewBinding(key.WithKeys("p"), key.WithHelp("p", helpProfile)),
		Verdict:    key.NewBinding(key.WithKeys("v"), key.WithHelp("v", helpVerdict)),
		Notes:      key.NewBinding(key.WithKeys("i"), key.WithHelp("i", helpNotes)),

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

		NextStep: key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", helpNextStep)),
		PrevStep: key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", helpPrevStep)),
		JumpStep: key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7"), key.WithHelp("1–7", helpJumpStep)),

		Yes: key.NewBinding(key.WithKeys("y"), key.WithHelp("y", helpYes)),
		No:  key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp("n/esc", helpNo)),
	}
}

// nk is a binding of keys with its help.
func nk(keyHelp, desc string, keys ...string) key.Binding {
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(keyHelp, desc))
}

// withHelp is b with other help: the same keys, described for a screen.
func withHelp(b key.Binding, keyHelp, desc string) key.Binding {
	b.SetHelp(keyHelp, desc)
	return b
}

// formKeyMap is the keys of a form. Choose and Pick work on a choice
// field, AreaNext and AreaPrev in a multi-line field (where enter, the
// arrows and space edit the text), SaveLast on the last field.
type formKeyMap struct {
	Next, Prev, AreaNext, AreaPrev key.Binding
	Choose, Pick, SaveLast         key.Binding
	Save, Cancel                   key.Binding
}

func newFormKeyMap(k KeyMap) formKeyMap {
	return formKeyMap{
		Next:     k.NextField,
		Prev:     k.PrevField,
		AreaNext: nk("tab", helpNextField, "tab"),
		AreaPrev: nk("shift+tab", helpPrevField, "shift+tab"),
		Choose:   k.Toggle,
		// Pick matches any key: the form finds the choice of the letter.
		Pick:     nk("a–z", helpPickChoice),
		SaveLast: nk("enter", helpSave, "enter"),
		Save:     k.Save,
		Cancel:   withHelp(k.Back, "esc", helpCancel),
	}
}

// compareKeyMap is the keys of the verdict comparison. With the weights
// panel open (Weights) the arrows choose and change a weight, and tab and
// shift+tab move between the candidates.
type compareKeyMap struct {
	Next, Prev, Down, Up, Open, Filter, Back key.Binding
	Weights                                  key.Binding
	TabNext, TabPrev                         key.Binding
	WeightDown, WeightUp, Raise, Lower       key.Binding
	Reset, CloseWeights                      key.Binding
}

func newCompareKeyMap(k KeyMap) compareKeyMap {
	return compareKeyMap{
		Next:         nk("→/l/tab", helpNextCandidate, "right", "l", "tab"),
		Prev:         nk("←/h/shift+tab", helpPrevCandidate, "left", "h", "shift+tab"),
		Down:         withHelp(k.Down, "↓/j", helpRowsDown),
		Up:           withHelp(k.Up, "↑/k", helpRowsUp),
		Open:         withHelp(k.Open, "enter", helpOpenCandidate),
		Filter:       withHelp(k.Filter, "/", helpFilterCandidates),
		Back:         k.Back,
		Weights:      nk("w", helpWeights, "w"),
		TabNext:      nk("tab", helpNextCandidate, "tab"),
		TabPrev:      nk("shift+tab", helpPrevCandidate, "shift+tab"),
		WeightDown:   withHelp(k.Down, "↓/j", helpNextWeight),
		WeightUp:     withHelp(k.Up, "↑/k", helpPrevWeight),
		Raise:        nk("+/→", helpRaiseWeight, "+", "=", "right", "l"),
		Lower:        nk("-/←", helpLowerWeight, "-", "left", "h"),
		Reset:        nk("r", helpResetWeights, "r"),
		CloseWeights: nk("w/esc", helpCloseWeights, "w", "esc"),
	}
}

// workspaceKeyMap is the keys of a workspace: moving between the steps
// and in a step's list, and what each step does with its items.
type workspaceKeyMap struct {
	NextStep, PrevStep, JumpStep, Up, Down, Filter, Back key.Binding
	// PageDown and PageUp scroll steps 6 and 7 when they are taller than
	// the screen.
	PageDown, PageUp key.Binding

	EditBasics, Tick                      key.Binding
	NewPromise, NewInterview, NewEvidence key.Binding
	Edit, Delete, NotesEditor, Estimates  key.Binding
	Fit                                   fitKeyMap
}

func newWorkspaceKeyMap(k KeyMap) workspaceKeyMap {
	return workspaceKeyMap{
		NextStep:     k.NextStep,
		PrevStep:     k.PrevStep,
		JumpStep:     k.JumpStep,
		Up:           k.Up,
		Down:         k.Down,
		Filter:       withHelp(k.Filter, "/", helpFilterItems),
		Back:         k.Back,
		PageDown:     withHelp(k.PageDown, "pgdn", helpScrollDown),
		PageUp:       withHelp(k.PageUp, "pgup", helpScrollUp),
		EditBasics:   withHelp(k.Edit, "e", helpEditBasics),
		Tick:         nk("space/enter", helpTickWarning, "space", "enter"),
		NewPromise:   withHelp(k.New, "n", helpNewPromise),
		NewInterview: withHelp(k.New, "n", helpNewInterview),
		NewEvidence:  withHelp(k.New, "n", helpNewEvidence),
		Edit:         nk("e/enter", helpEditItem, "e", "enter"),
		Delete:       withHelp(k.Delete, "d", helpDeleteItem),
		NotesEditor:  nk("E", helpExtEditor, "E"),
		Estimates:    nk("e/enter", helpEditEstimates, "e", "enter"),
		Fit:          newFitKeyMap(k),
	}
}

// fitKeyMap is the keys of the ratings of step 5. With the rating list
// focused (Focus, Done) the digits rate instead of jumping to a step.
type fitKeyMap struct {
	Raise, Lower, Clear, Rate, Focus, Done, Notes key.Binding
}

func newFitKeyMap(k KeyMap) fitKeyMap {
	return fitKeyMap{
		Raise: nk("→/l/+", helpRateUp, "right", "l", "+"),
		Lower: nk("←/h/-", helpRateDown, "left", "h", "-"),
		Clear: nk("x/⌫", helpUnrate, "x", "backspace", "delete"),
		Rate:  nk("1–5", helpRateDigit, "1", "2", "3", "4", "5"),
		Focus: nk("enter", helpRateFocus, "enter"),
		Done:  withHelp(k.Back, "esc", helpRateDone),
		Notes: nk("e/enter", helpRatingNotes, "e", "enter"),
	}
}

// filterKeyMap is the keys of a list's filter while it has the keyboard:
// the keys that move in the list keep it too.
type filterKeyMap struct{ Keep, Clear key.Binding }

func newFilterKeyMap(k KeyMap) filterKeyMap {
	return filterKeyMap{
		Keep:  nk("enter", helpApplyFilter, "enter", "down", "up", "tab"),
		Clear: withHelp(k.Back, "esc", helpClearFilter),
	}
}
