package tui

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"netvet/model"
)

// statusTimeout is how long a routine status message stays.
const statusTimeout = 4 * time.Second

// failure is a problem that needs the user: shown in a panel until
// dismissed.
type failure struct {
	title string
	err   error
	body  string
}

// App is the root model. It owns the terminal modes, the header and footer,
// global keys and navigation; everything else is a screen's.
type App struct {
	c     *common
	frame frame
	// stack is the way the user came (see nav.go): the top has the
	// keyboard, esc pops it.
	stack    []screenID
	showHelp bool
	help     help.Model
	dbPath   string
	readOnly bool
	// demo is Options.Demo.
	demo bool

	status    string
	statusErr bool
	statusSeq int
	failure   *failure

	loading loadingScreen
	home    homeScreen
	netForm netFormScreen
	profile profileScreen
	// workspace is the topmost workspace on the stack; covered holds the
	// ones below it, bottom first (see nav.go).
	workspace workspaceScreen
	covered   []workspaceScreen
	compare   compareScreen
	notes     notesScreen
	// notesSeq numbers the openings of the notes, so that an index built
	// for an earlier one is dropped; pendingKeys are the keys pressed while
	// the index was built, handled in order when it is there.
	notesSeq    int
	pendingKeys []tea.KeyPressMsg
	// profileWriting says a write of the profile is under way;
	// profileNext is the write waiting for it (see saves.go).
	profileWriting bool
	profileNext    *profileSave
}

// New returns the root model reading and writing through st.
func New(st Store, opt Options) App {
	now := opt.Now
	if now == nil {
		now = time.Now
	}
	c := &common{
		styles: NewStyles(opt.Dark),
		keys:   DefaultKeyMap(),
		store:  st,
		now:    now,
		data:   newDataset(model.NewProfile(), false, nil),
		load:   opt.Load,
		loaded: opt.Loaded,
		exec:   tea.ExecProcess,
	}
	h := help.New()
	h.Styles = c.styles.Help
	return App{c: c, help: h, dbPath: opt.DBPath, readOnly: opt.ReadOnly, demo: opt.Demo, stack: []screenID{screenLoading}, loading: loadingScreen{c}, home: newHomeScreen(c)}
}

// Init loads the data and asks the terminal for its background colour.
func (a App) Init() tea.Cmd {
	load := a.c.load
	if load == nil {
		load = loadCmd(a.c.store)
	}
	return tea.Batch(load, tea.RequestBackgroundColor)
}

// Update routes a message: global concerns first, then the active screen.
func (a App) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	cmd := a.update(msg)
	return a, cmd
}

// update is Update on the root's own copy: the screens are reached by
// pointer (current), so one copy of the root is made per message, not one
// per method.
func (a *App) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		a.resize(msg.Width, msg.Height)
		return a.refreshNotes()
	case tea.BackgroundColorMsg:
		a.setTheme(msg.IsDark())
		return a.refreshNotes()
	case tea.KeyPressMsg:
		return a.handleKey(msg)
	case loadedMsg:
		return a.handleLoaded(msg)
	case networkSavedMsg:
		return a.handleNetworkSaved(msg)
	case itemSavedMsg:
		return a.handleItemSaved(msg)
	case networkDeletedMsg:
		return a.handleNetworkDeleted(msg)
	case profileSavedMsg:
		return a.handleProfileSaved(msg)
	case saveProfileMsg:
		return a.saveProfile(msg.profileSave)
	case weightsChangedMsg:
		return a.handleWeightsChanged(msg)
	case statusMsg:
		return a.setStatus(msg.text, msg.isErr)
	case clearStatusMsg:
		if msg.seq == a.statusSeq {
			a.status = ""
		}
		return nil
	case indexBuiltMsg:
		return a.handleIndexBuilt(msg)
	case previewDueMsg, previewRenderedMsg, searchDoneMsg:
		return a.notes.update(msg)
	case editorReadyMsg:
		if a.readOnly {
			// Nothing typed in the editor could be saved: say so before
			// the user starts, and leave no copy of the notes behind.
			msg.sess.discard()
			a.failure = &failure{title: errEditorTitle, err: errors.New(errReadOnlyEditorText), body: errReadOnlyBody}
			return a.setStatus(errEditorTitle, true)
		}
		return runEditor(a.c.exec, msg)
	case editorDoneMsg:
		return finishEditorCmd(a.c.store, msg)
	case failureMsg:
		a.failure = &failure{title: msg.title, err: msg.err, body: msg.body}
		return a.setStatus(msg.title, true)
	}
	if cmd, ok := a.navigate(msg); ok {
		return cmd
	}
	return a.current().update(msg)
}

// handleKey applies the global keys, then hands the key to the screen.
func (a *App) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	keys := a.c.keys
	if key.Matches(msg, keys.ForceQuit) {
		return tea.Quit
	}
	if a.failure != nil {
		if key.Matches(msg, keys.Back) {
			a.failure = nil
		}
		return nil
	}
	if a.frame.tooSmall || a.top() == screenLoading {
		if key.Matches(msg, keys.Quit) {
			return tea.Quit
		}
		return nil
	}
	if a.top() == screenNotes && a.notes.indexing {
		a.pendingKeys = append(a.pendingKeys, msg)
		return nil
	}
	if a.showHelp {
		if key.Matches(msg, keys.Help, keys.Back, keys.Quit) {
			a.showHelp = false
		}
		return nil
	}
	if key.Matches(msg, keys.HelpTyping) {
		a.showHelp = true
		return nil
	}
	if !a.current().Typing() {
		switch {
		case key.Matches(msg, keys.Quit):
			return tea.Quit
		case key.Matches(msg, keys.Help):
			a.showHelp = true
			return nil
		case key.Matches(msg, keys.Profile) && a.top() != screenProfile:
			return send(openProfileMsg{})
		case key.Matches(msg, keys.Verdict) && a.top() != screenCompare:
			return send(openCompareMsg{})
		case key.Matches(msg, keys.Notes) && a.top() != screenNotes:
			scope := ""
			if a.top() == screenWorkspace {
				scope = a.workspace.id
			}
			return send(openNotesMsg{scope: scope})
		}
	}
	return a.current().update(msg)
}

func (a *App) handleLoaded(msg loadedMsg) tea.Cmd {
	if a.c.loaded != nil {
		defer a.c.loaded()
	}
	if msg.err != nil {
		a.failure = &failure{title: errLoadTitle, err: msg.err, body: errLoadBody}
		return nil
	}
	a.c.data = newDataset(msg.profile, msg.hasProfile, msg.nets)
	a.home.Refresh()
	a.push(screenHome)
	if !msg.hasProfile && len(msg.nets) == 0 {
		return send(openProfileMsg{setup: true})
	}
	return nil
}

func (a *App) handleNetworkSaved(msg networkSavedMsg) tea.Cmd {
	if msg.err != nil {
		return a.fail(msg.err)
	}
	before := a.c.data.verdicts
	a.c.data.put(msg.net)
	a.home.Refresh()
	if msg.created {
		a.home.Select(msg.net.ID)
	}
	status := a.scoreStatus(msg.status, msg.net.ID, before, false)
	cmds := []tea.Cmd{a.setStatus(status, false), a.notes.NetworkChanged(msg.net.ID)}
	if a.top() == screenNetForm {
		cmds = append(cmds, a.pop())
		if msg.created {
			// A new candidate opens on its first step.
			w := newWorkspaceScreen(a.c, msg.net.ID)
			w.setStep(model.StepBasics)
			a.pushWorkspace(w)
		}
	}
	return tea.Batch(append(cmds, a.saved(""))...)
}

func (a *App) handleItemSaved(msg itemSavedMsg) tea.Cmd {
	if msg.err != nil {
		return a.fail(msg.err)
	}
	before := a.c.data.verdicts
	if n, ok := a.c.data.network(msg.netID); ok {
		msg.apply(&n)
		a.c.data.put(n)
	}
	a.home.Refresh()
	status := a.scoreStatus(msg.status, msg.netID, before, false)
	return tea.Batch(a.setStatus(status, false), a.notes.NetworkChanged(msg.netID), a.saved(msg.id))
}

// saved brings the open workspaces up to date after a committed change:
// the one on top closes the editor whose change it was (and selects the
// finding id it added), the others show the new data when they are on top
// again. A workspace opened only to edit one interview closes with its
// editor.
func (a *App) saved(id string) tea.Cmd {
	if a.top() != screenWorkspace {
		// A covered workspace shows the change when it is on top again.
		return nil
	}
	a.workspace.Refresh()
	if a.workspace.ItemSaved(id) {
		return a.pop()
	}
	return nil
}

func (a *App) handleNetworkDeleted(msg networkDeletedMsg) tea.Cmd {
	if msg.err != nil {
		return a.fail(msg.err)
	}
	a.c.data.remove(msg.id)
	a.home.Refresh()
	return tea.Batch(a.setStatus(fmt.Sprintf(statusDeleted, CleanLine(msg.name)), false), a.notes.NetworkChanged(msg.id))
}

// fail shows a write failure in a panel; the screen keeps the user's edit.
func (a *App) fail(err error) tea.Cmd {
	a.failure = &failure{title: errSaveTitle, err: err, body: errSaveBody}
	if a.readOnly {
		a.failure.body = errReadOnlyBody
	}
	a.netForm.saving = false
	a.profile.saving = false
	a.workspace.SaveFailed()
	return a.setStatus(errSaveTitle, true)
}

// setStatus shows a routine message that clears itself.
func (a *App) setStatus(s string, isErr bool) tea.Cmd {
	a.status, a.statusErr = s, isErr
	a.statusSeq++
	if s == "" {
		return nil
	}
	seq := a.statusSeq
	return tea.Tick(statusTimeout, func(time.Time) tea.Msg { return clearStatusMsg{seq: seq} })
}

func (a *App) resize(w, h int) {
	a.c.width, a.c.height = w, h
	a.frame = layoutFrame(w, h)
	a.help.SetWidth(w)
	a.each(func(s screen) { s.SetSize(w, a.frame.bodyHeight) })
}

// each calls f with the home screen and every screen on the stack (each
// workspace), whose size and theme must follow the terminal's.
func (a *App) each(f func(screen)) {
	f(&a.home)
	for _, id := range a.stack {
		if id != screenHome && id != screenWorkspace {
			f(a.screen(id))
		}
	}
	if a.onStack(screenWorkspace) {
		f(&a.workspace)
	}
	// The copies of App that Update makes share covered: change a copy.
	a.covered = slices.Clone(a.covered)
	for i := range a.covered {
		f(&a.covered[i])
	}
}

func (a *App) setTheme(isDark bool) {
	a.c.styles = NewStyles(isDark)
	a.help.Styles = a.c.styles.Help
	a.each(func(s screen) {
		if t, ok := s.(interface{ SetStyles(Styles) }); ok {
			t.SetStyles(a.c.styles)
		}
	})
}

// openNotes opens the interview notes: one network's from its workspace,
// every network's elsewhere. One network's are indexed at once; all of
// them, thousands on a large data set, in a command (handleIndexBuilt).
func (a *App) openNotes(msg openNotesMsg) tea.Cmd {
	if msg.scope != "" {
		a.notes = newNotesScreen(a.c, msg.scope, a.frame.width, a.frame.bodyHeight)
		a.push(screenNotes)
		return a.notes.Refresh()
	}
	a.notesSeq++
	a.pendingKeys = nil
	a.notes = notesIndexing(a.c, a.frame.width, a.frame.bodyHeight)
	a.push(screenNotes)
	return indexCmd(a.c.data, a.notesSeq)
}

// handleIndexBuilt opens the notes on the index just built, then handles
// the keys pressed meanwhile. An index of data that has changed since is
// built again; one for notes closed since is dropped.
func (a *App) handleIndexBuilt(msg indexBuiltMsg) tea.Cmd {
	if a.top() != screenNotes || !a.notes.indexing || msg.seq != a.notesSeq {
		return nil
	}
	if msg.data != a.c.data || msg.version != a.c.data.version {
		return indexCmd(a.c.data, a.notesSeq)
	}
	a.notes = notesWithIndex(a.c, msg.ix, a.frame.width, a.frame.bodyHeight)
	cmds := []tea.Cmd{a.notes.Refresh()}
	pending := a.pendingKeys
	a.pendingKeys = nil
	for _, k := range pending {
		cmds = append(cmds, a.update(k))
	}
	return tea.Batch(cmds...)
}

// refreshNotes renders the notes preview anew after a resize, a theme
// change or a return to the notes screen.
func (a *App) refreshNotes() tea.Cmd {
	if a.top() != screenNotes {
		return nil
	}
	return a.notes.Refresh()
}

// View draws the whole terminal. Only the root returns a tea.View.
func (a App) View() tea.View {
	v := tea.NewView(terminalSafe(a.render()))
	v.AltScreen = true
	v.WindowTitle = appName
	return v
}

func (a *App) render() string {
	if a.frame.width == 0 {
		return ""
	}
	if a.frame.tooSmall {
		return a.tooSmall()
	}
	return joinFrame(a.frame.width, a.frame.bodyHeight, a.header(), a.body(), a.statusLine(), a.helpLine())
}

// tooSmall says the terminal is too small, centred; in a very small
// terminal the message itself is cut to fit.
func (a *App) tooSmall() string {
	w, h := a.frame.width, a.frame.height
	msgW := max(1, min(w, tooSmallWidth))
	var lines []string
	for _, l := range wrapLines(titleTooSmall, msgW, 0) {
		lines = append(lines, a.c.styles.Title.Render(l))
	}
	lines = append(lines, wrapLines(fmt.Sprintf(tooSmallBody, minWidth, minHeight, w, h), msgW, 0)...)
	placed := strings.Split(lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, padCells(strings.Join(lines, "\n"), msgW)), "\n")
	for i, l := range placed {
		placed[i] = ansi.Truncate(l, w, "")
	}
	return strings.Join(placed[:min(len(placed), h)], "\n")
}

func (a *App) body() string {
	switch {
	case a.failure != nil:
		return a.failurePanel()
	case a.showHelp:
		return a.helpView()
	}
	return a.current().View()
}

func (a *App) header() string {
	st := a.c.styles
	left := st.AppTitle.Render(appName)
	if a.demo {
		// Beside the name, where the narrowest header still shows it.
		left += " " + st.Warning.Render(headerDemo)
	}
	if a.readOnly {
		left += st.Subtle.Render(" · ") + st.StatusErr.Render(readOnlyBadge)
	} else {
		left += st.Subtle.Render(" · " + appTagline)
	}
	right := st.Subtle.Render(a.profileSummary())
	gap := a.frame.width - lipgloss.Width(left) - lipgloss.Width(right)
	line := left
	if gap >= 2 {
		line = left + strings.Repeat(" ", gap) + right
	}
	rule := st.Subtle.Render(strings.Repeat("─", a.frame.width))
	return ansi.Truncate(line, a.frame.width, "…") + "\n" + rule
}

func (a *App) profileSummary() string {
	d := a.c.data
	if !d.hasProfile {
		return profileNone
	}
	rate := d.profile.HourlyRate()
	name := CleanLine(d.profile.Name)
	if name == "" {
		name = titleProfile
	}
	return fmt.Sprintf(profileLine, ansi.Truncate(name, 24, "…"), rate.Format(d.profile.Currency))
}

func (a *App) statusLine() string {
	st := a.c.styles
	if a.status == "" {
		return ""
	}
	style := st.Status
	if a.statusErr {
		style = st.StatusErr
	}
	return style.Render(ansi.Truncate(quotedLine(a.status), a.frame.width, "…"))
}

// helpLine is the short help of the active screen, or of the overlay.
func (a *App) helpLine() string {
	k := a.c.keys
	switch {
	case a.failure != nil:
		return a.fitHelp([]key.Binding{k.ForceQuit}, withHelp(k.Back, "esc", errDismiss))
	case a.showHelp:
		return a.fitHelp([]key.Binding{k.Quit}, withHelp(k.Help, "?/esc", helpCloseHelp))
	case a.current().Typing():
		// ? is text here.
		return a.fitHelp(a.shortHelp(), k.HelpTyping)
	}
	return a.fitHelp(a.shortHelp(), k.Help)
}

// fitHelp is the help line of the bindings b followed by last, which
// always shows: the bindings that do not fit the width are left out from
// the end of b.
func (a *App) fitHelp(b []key.Binding, last key.Binding) string {
	sep := lipgloss.Width(a.help.ShortSeparator)
	width := func(kb key.Binding) int { return lipgloss.Width(kb.Help().Key) + 1 + lipgloss.Width(kb.Help().Desc) }
	room := a.frame.width - width(last)
	kept := make([]key.Binding, 0, len(b)+1)
	for _, kb := range b {
		if !kb.Enabled() || kb.Help() == last.Help() {
			continue
		}
		w := width(kb) + sep
		if w > room {
			break
		}
		kept = append(kept, kb)
		room -= w
	}
	return ansi.Truncate(a.help.ShortHelpView(append(kept, last)), a.frame.width, "…")
}

func (a *App) shortHelp() []key.Binding { return a.current().ShortHelp() }

func (a *App) fullHelp() [][]key.Binding {
	k := a.c.keys
	global := []key.Binding{k.Help, k.Verdict, k.Notes, k.Profile, k.Quit, k.ForceQuit}
	return append(a.current().FullHelp(), global)
}

// helpView is the help screen: every live key of the current screen, then
// the global ones, generated from the key map. Groups sit side by side when
// the terminal is wide enough.
func (a *App) helpView() string {
	st := a.c.styles
	var blocks []string
	for _, group := range a.fullHelp() {
		keyW := helpKeyWidth
		for _, kb := range group {
			if kb.Enabled() {
				keyW = max(keyW, lipgloss.Width(kb.Help().Key))
			}
		}
		var b strings.Builder
		for _, kb := range group {
			if !kb.Enabled() {
				continue
			}
			h := kb.Help()
			fmt.Fprintf(&b, "%s %s\n", cell(st.Bold.Render(h.Key), keyW), st.Subtle.Render(h.Desc))
		}
		blocks = append(blocks, strings.TrimRight(b.String(), "\n"))
	}
	body := joinBlocks(blocks, a.frame.width, 3)
	out := st.Title.Render(titleHelp) + "\n\n" + body
	if a.dbPath != "" {
		out += "\n\n" + st.Subtle.Render(ansi.Truncate(fmt.Sprintf(helpDataLine, model.EscapeControls(a.dbPath)), a.frame.width, "…"))
	}
	return out
}

func (a *App) failurePanel() string {
	st := a.c.styles
	w := min(a.frame.width-4, 70)
	msg := st.ErrTitle.Render(a.failure.title) + "\n\n" +
		quotedLine(a.failure.err.Error()) + "\n\n" + quotedText(a.failure.body)
	panel := st.ErrPanel.Width(w).Render(msg)
	return lipgloss.Place(a.frame.width, a.frame.bodyHeight, lipgloss.Center, lipgloss.Center, panel)
}
