package tui

import (
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// Navigation is a stack of screens: the bottom is the home list (the
// loading screen until the data is there), the top the screen with the
// keyboard. Opening a screen pushes it, esc pops it, so esc always returns
// to where the user came from. A screen that is on the stack already is
// not opened twice: v with the comparison below goes back to it (and i to
// the notes) — except the workspace, which can be open for two networks,
// one above the other (a candidate opened from the comparison that was
// opened in a workspace).

// screenID names a screen on the navigation stack.
type screenID int

const (
	screenLoading screenID = iota
	screenHome
	screenNetForm
	screenProfile
	screenWorkspace
	screenCompare
	screenNotes
)

// screen is what the root needs of every screen. Each screen's Update
// returns its own concrete type; update hands a message to it and keeps
// the result.
type screen interface {
	View() string
	ShortHelp() []key.Binding
	FullHelp() [][]key.Binding
	// Typing reports whether a text field has the keyboard: then every
	// printable key is text, and the global keys (q, ?, v, i, p) are not.
	Typing() bool
	SetSize(w, h int)
	update(msg tea.Msg) tea.Cmd
}

var (
	_ screen = (*loadingScreen)(nil)
	_ screen = (*homeScreen)(nil)
	_ screen = (*netFormScreen)(nil)
	_ screen = (*profileScreen)(nil)
	_ screen = (*workspaceScreen)(nil)
	_ screen = (*compareScreen)(nil)
	_ screen = (*notesScreen)(nil)
)

// screen returns the screen id stands for; for the workspace, the topmost
// one on the stack.
func (a *App) screen(id screenID) screen {
	switch id {
	case screenHome:
		return &a.home
	case screenNetForm:
		return &a.netForm
	case screenProfile:
		return &a.profile
	case screenWorkspace:
		return &a.workspace
	case screenCompare:
		return &a.compare
	case screenNotes:
		return &a.notes
	}
	return &a.loading
}

// top is the screen that has the keyboard.
func (a *App) top() screenID { return a.stack[len(a.stack)-1] }

// current is the screen that has the keyboard.
func (a *App) current() screen { return a.screen(a.top()) }

// onStack reports whether screen id is open, on top or below.
func (a *App) onStack(id screenID) bool {
	for _, s := range a.stack {
		if s == id {
			return true
		}
	}
	return false
}

// push opens screen id on top, sized to the body. A workspace is pushed
// with pushWorkspace.
func (a *App) push(id screenID) {
	if a.top() == screenLoading {
		a.stack = a.stack[:0]
	}
	// Copies of App share the stack's array: append to a copy of it.
	a.stack = append(slices.Clip(a.stack), id)
	a.screen(id).SetSize(a.frame.width, a.frame.bodyHeight)
}

// pushWorkspace opens w on top, over the workspace already open, if any.
func (a *App) pushWorkspace(w workspaceScreen) {
	if a.onStack(screenWorkspace) {
		a.covered = append(slices.Clip(a.covered), a.workspace)
	}
	a.workspace = w
	a.push(screenWorkspace)
}

// pop closes the top screen and brings the one below up to date; the
// bottom screen stays.
func (a *App) pop() tea.Cmd {
	if len(a.stack) < 2 {
		return nil
	}
	left := a.top()
	var leftNet string
	if left == screenWorkspace {
		leftNet = a.workspace.id
		a.workspace = workspaceScreen{}
		if k := len(a.covered); k > 0 {
			a.workspace, a.covered = a.covered[k-1], a.covered[:k-1]
		}
	}
	if left == screenNotes {
		a.notes = notesScreen{}
	}
	a.stack = a.stack[:len(a.stack)-1]
	return a.resume(leftNet)
}

// popTo closes the screens above id, which is on the stack.
func (a *App) popTo(id screenID) tea.Cmd {
	var cmd tea.Cmd
	for a.top() != id && len(a.stack) > 1 {
		cmd = a.pop()
	}
	return cmd
}

// resume brings the screen that is on top again up to date with the data,
// which may have changed while it was covered; leftNet is the network
// whose workspace was just closed, if any, for the home list to select.
func (a *App) resume(leftNet string) tea.Cmd {
	switch a.top() {
	case screenHome:
		if leftNet != "" {
			a.home.Select(leftNet)
		}
	case screenWorkspace:
		a.workspace.Refresh()
	case screenCompare:
		a.compare.Resume()
	case screenNotes:
		return a.notes.Resume()
	}
	return nil
}

// loadingScreen is what shows until the data is loaded.
type loadingScreen struct{ c *common }

func (l loadingScreen) View() string {
	if l.c == nil {
		return ""
	}
	return l.c.styles.Subtle.Render(loadingText)
}

func (l loadingScreen) ShortHelp() []key.Binding {
	if l.c == nil {
		return nil
	}
	return []key.Binding{l.c.keys.Quit}
}

func (l loadingScreen) FullHelp() [][]key.Binding   { return nil }
func (l loadingScreen) Typing() bool                { return false }
func (l *loadingScreen) SetSize(int, int)           {}
func (l *loadingScreen) update(msg tea.Msg) tea.Cmd { return nil }

// navigate handles the messages by which screens ask to open or close a
// screen; ok is false for any other message.
func (a *App) navigate(msg tea.Msg) (cmd tea.Cmd, ok bool) {
	switch msg := msg.(type) {
	case openNetworkMsg:
		a.pushWorkspace(newWorkspaceScreen(a.c, msg.id))
	case openInterviewMsg:
		a.pushWorkspace(interviewWorkspace(a.c, msg.netID, msg.ivID, a.frame.width, a.frame.bodyHeight))
	case editNetworkMsg:
		a.netForm = newNetFormScreen(a.c, msg.id)
		a.push(screenNetForm)
		return a.netForm.Init(), true
	case openProfileMsg:
		if a.top() == screenProfile {
			return nil, true
		}
		a.profile = newProfileScreen(a.c, msg.setup)
		a.push(screenProfile)
		return a.profile.Init(), true
	case openCompareMsg:
		if a.onStack(screenCompare) {
			return a.popTo(screenCompare), true
		}
		a.compare = reopenCompare(a.c, a.compare)
		a.push(screenCompare)
	case openNotesMsg:
		if a.onStack(screenNotes) {
			return a.popTo(screenNotes), true
		}
		return a.openNotes(msg), true
	case backMsg:
		cmd := a.pop()
		if msg.status != "" {
			cmd = tea.Batch(cmd, a.setStatus(msg.status, false))
		}
		return cmd, true
	default:
		return nil, false
	}
	return nil, true
}
