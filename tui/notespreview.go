package tui

import (
	"fmt"
	"netvet/model"
	"strconv"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/glamour/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// The preview of the interview notes screen: a header drawn from the interview (cheap, rebuilt when the
// selection changes) above the notes, which glamour renders in a command
// and the cache keeps per interview, width and theme. Until the rendering
// arrives the notes show as wrapped plain text. Search matches are marked
// on top of the ready lines, so typing never waits for glamour.

const (
	// previewDelay is how long the selection must rest on an interview
	// before its notes are rendered, so holding j starts no render per row.
	previewDelay = 40 * time.Millisecond
	// previewCacheSize is how many renderings the cache keeps.
	previewCacheSize = 48
	// fallbackMax is how much of long notes shows before the rendering.
	fallbackMax = 32 << 10
)

// previewKey names one rendering of an interview's notes.
type previewKey struct {
	serial int
	width  int
	dark   bool
}

// previewDueMsg says the selection rested on an interview long enough.
type previewDueMsg struct{ key previewKey }

// previewRenderedMsg carries rendered notes back from their command.
type previewRenderedMsg struct {
	key   previewKey
	lines []string
}

// previewCache keeps the latest renderings, least recently used first, and
// which ones are being rendered. It is shared by the copies of the screen
// that Update makes and changed only in Update.
type previewCache struct {
	order   []previewKey
	lines   map[previewKey][]string
	pending map[previewKey]bool
}

func newPreviewCache() *previewCache {
	return &previewCache{lines: map[previewKey][]string{}, pending: map[previewKey]bool{}}
}

func (c *previewCache) get(k previewKey) ([]string, bool) {
	l, ok := c.lines[k]
	if ok {
		c.touch(k)
	}
	return l, ok
}

func (c *previewCache) touch(k previewKey) {
	for i, o := range c.order {
		if o == k {
			c.order = append(c.order[:i], c.order[i+1:]...)
			break
		}
	}
	c.order = append(c.order, k)
}

func (c *previewCache) put(k previewKey, lines []string) {
	c.lines[k] = lines
	c.touch(k)
	for len(c.order) > previewCacheSize {
		delete(c.lines, c.order[0])
		c.order = c.order[1:]
	}
}

// preview is what the preview pane shows of the selected interview.
type preview struct {
	key previewKey
	// rendered: the notes lines come from glamour, not the fallback.
	rendered bool
	// base is the header and notes; lines the same with matches marked.
	base  []string
	lines []string
	// hits are the matches in reading order; cur the current one.
	hits   []hit
	cur    int
	offset int
}

// hit is the nth match on a line of the preview.
type hit struct{ line, nth int }

// rebuildPreview draws the selected interview's header and notes lines for
// the current width and theme, and marks the matches. It keeps the scroll
// position and current match where they still fit.
func (s *notesScreen) rebuildPreview() {
	e, n, iv, ok := s.selectedInterview()
	if !ok {
		s.pv = preview{}
		return
	}
	k := previewKey{serial: e.serial, width: max(10, s.geom.previewW), dark: s.c.styles.IsDark}
	notes, rendered := s.notesLines(k, iv)
	head := interviewHeader(s.c.styles, n, iv, k.width, s.c.data.profile.Currency)
	s.pv.key, s.pv.rendered = k, rendered
	s.pv.base = append(head, notes...)
	s.highlight()
}

// notesLines returns the rendered notes from the cache, or the plain
// fallback and false.
func (s *notesScreen) notesLines(k previewKey, iv model.Interview) ([]string, bool) {
	st := s.c.styles
	if strings.TrimSpace(iv.Notes) == "" {
		return []string{st.Hint.Render(pvNoNotes)}, true
	}
	if l, ok := s.cache.get(k); ok {
		return l, true
	}
	notes := iv.Notes
	if len(notes) > fallbackMax {
		// Wrapping megabytes would hold up the key press; the rendering
		// brings the rest.
		cut := strings.LastIndexByte(notes[:fallbackMax], '\n')
		notes = notes[:max(cut, 0)] + "\n\n…"
	}
	return plainLines(notes, k.width), false
}

func (s *notesScreen) scroll(d int) {
	s.pv.offset += d
	s.clampOffset()
}

func (s *notesScreen) clampOffset() {
	s.pv.offset = max(0, min(s.pv.offset, len(s.pv.lines)-s.geom.previewH))
}

// renderCmd returns the command that renders the selected notes if they
// are not rendered or being rendered; with delay it first waits whether
// the selection stays.
func (s *notesScreen) renderCmd(delay bool) tea.Cmd {
	k := s.pv.key
	if s.pv.rendered || len(s.pv.base) == 0 || s.cache.pending[k] {
		return nil
	}
	if delay {
		return tea.Tick(previewDelay, func(time.Time) tea.Msg { return previewDueMsg{key: k} })
	}
	_, _, iv, ok := s.selectedInterview()
	if !ok {
		return nil
	}
	s.cache.pending[k] = true
	src := iv.Notes
	return func() tea.Msg { return previewRenderedMsg{key: k, lines: renderMarkdown(src, k.width, k.dark)} }
}

func (s *notesScreen) handleDue(msg previewDueMsg) tea.Cmd {
	if msg.key != s.pv.key {
		return nil
	}
	return s.renderCmd(false)
}

func (s *notesScreen) handleRendered(msg previewRenderedMsg) tea.Cmd {
	delete(s.cache.pending, msg.key)
	s.cache.put(msg.key, msg.lines)
	if msg.key == s.pv.key && !s.pv.rendered {
		s.rebuildPreview()
		if len(s.terms) > 0 {
			s.showHit()
		}
	}
	return nil
}

// previewLines is the preview's rule and exactly geom.previewH lines.
func (s notesScreen) previewLines() []string {
	st := s.c.styles
	g := s.geom
	out := make([]string, 0, g.previewH+1)
	out = append(out, s.previewRule())
	if len(s.pv.lines) == 0 {
		out = append(out, st.Hint.Render(ansi.Truncate(notesNoSelection, g.previewW, "…")))
	} else {
		end := min(len(s.pv.lines), s.pv.offset+g.previewH)
		out = append(out, s.pv.lines[s.pv.offset:end]...)
	}
	for len(out) < g.previewH+1 {
		out = append(out, "")
	}
	return out
}

// previewRule is the line above the preview: whose interview it is and
// which of its lines show.
func (s notesScreen) previewRule() string {
	st := s.c.styles
	w := s.geom.previewW
	label := ""
	if e, ok := s.selected(); ok {
		label = " " + e.member + " · " + e.network + " "
	}
	pos := ""
	if n := len(s.pv.lines); n > 0 {
		pos = " " + fmt.Sprintf(notesLines, s.pv.offset+1, min(n, s.pv.offset+s.geom.previewH), n) + " "
	}
	label = ansi.Truncate(label, max(0, w-ansi.StringWidth(pos)-4), "… ")
	fill := max(0, w-2-ansi.StringWidth(label)-ansi.StringWidth(pos)-1)
	return st.Subtle.Render("──") + st.Bold.Render(label) + st.Subtle.Render(strings.Repeat("─", fill)+pos+"─")
}

// interviewHeader draws the interview above its notes: who, when, the
// answers per promise, the decisive answers and the red flags.
func interviewHeader(st Styles, n model.Network, iv model.Interview, width int, currency string) []string {
	var lines []string
	add := func(style lipgloss.Style, text string, indent int) {
		pad := strings.Repeat(" ", indent)
		for _, l := range strings.Split(wrapText(text, max(4, width-indent), " "), "\n") {
			lines = append(lines, pad+style.Render(l))
		}
	}
	who := CleanLine(iv.Member)
	if b := CleanLine(iv.Business); b != "" {
		who += " — " + b
	}
	add(st.Title, who, 0)
	meta := []string{CleanLine(n.Name)}
	if !iv.Date.IsZero() {
		meta = append(meta, iv.Date.String())
	}
	if iv.Channel != "" {
		meta = append(meta, iv.Channel.Label())
	}
	if iv.MemberSince != 0 {
		meta = append(meta, fmt.Sprintf(pvMemberSince, iv.MemberSince))
	}
	add(st.Subtle, strings.Join(meta, " · "), 0)
	add(st.Subtle, fmt.Sprintf(pvSimilar, yesNoWord(iv.SimilarToMe))+" · "+fmt.Sprintf(pvPicked, yesNoWord(iv.IntroducedByNetwork)), 0)

	lines = append(lines, "", st.Header.Render(pvPromises))
	if len(n.Promises) == 0 {
		add(st.Hint, pvNoPromises, 0)
	}
	for _, p := range n.Promises {
		add(st.Normal, "• "+CleanLine(p.Text), 0)
		a, ok := iv.Answer(p.ID)
		answer, style := pvNotAsked, st.Subtle
		if ok {
			answer, style = a.Answer.Label(), answerStyle(st, a.Answer)
		}
		if c := CleanLine(a.Comment); c != "" {
			answer += " — " + c
		}
		add(style, answer, 2)
	}

	lines = append(lines, "", st.Header.Render(pvDecisive))
	for _, d := range decisiveAnswers(iv, currency) {
		add(st.Normal, d, 0)
	}
	if flags := strings.TrimSpace(Clean(iv.RedFlags)); flags != "" {
		lines = append(lines, "", st.Header.Render(pvRedFlags))
		for _, l := range strings.Split(flags, "\n") {
			add(st.Warning, l, 0)
		}
	}
	return append(lines, "", st.Header.Render(pvNotes))
}

// decisiveAnswers are the answers to the decisive questions, one sentence
// each; what was not entered says so.
func decisiveAnswers(iv model.Interview, currency string) []string {
	var out []string
	switch {
	case iv.ContractsCount == 0 && iv.ContractsValue == 0:
		out = append(out, pvContractsNone)
	case iv.ContractsValue == 0:
		out = append(out, fmt.Sprintf(pvContractsCount, iv.ContractsCount))
	default:
		out = append(out, fmt.Sprintf(pvContracts, iv.ContractsCount, iv.ContractsValue.Format(currency)))
	}
	out = append(out, fmt.Sprintf(pvJoinAgain, iv.WouldJoinAgain.Label()))
	if iv.Recommendation != nil {
		return append(out, fmt.Sprintf(pvRec, strconv.Itoa(*iv.Recommendation)))
	}
	return append(out, pvRecNone)
}

func yesNoWord(b bool) string {
	if b {
		return choiceYes
	}
	return choiceNo
}

func answerStyle(st Styles, a model.AnswerValue) lipgloss.Style {
	switch a {
	case model.AnswerYes:
		return st.Success
	case model.AnswerPartly:
		return st.Warning
	case model.AnswerNo:
		return st.Error
	}
	return st.Subtle
}

// plainLines is notes as wrapped plain text: the preview until glamour's
// rendering arrives, and if glamour fails.
func plainLines(notes string, width int) []string {
	return strings.Split(wrapText(strings.Trim(Clean(notes), "\n"), width, " "), "\n")
}

// renderMarkdown renders sanitised notes with glamour in the light or dark
// standard style, wrapped to width, and keeps only colour and text
// attributes of its output: no hyperlinks or other sequences reach the
// screen, whatever the notes contained.
func renderMarkdown(notes string, width int, dark bool) []string {
	style := "light"
	if dark {
		style = "dark"
	}
	r, err := glamour.NewTermRenderer(glamour.WithStandardStyle(style), glamour.WithWordWrap(width))
	if err != nil {
		return plainLines(notes, width)
	}
	out, err := r.Render(Clean(notes))
	if err != nil {
		return plainLines(notes, width)
	}
	lines := strings.Split(strings.Trim(terminalSafe(out), "\n"), "\n")
	for i, l := range lines {
		lines[i] = ansi.Truncate(l, width, "")
	}
	for len(lines) > 0 && strings.TrimSpace(ansi.Strip(lines[0])) == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && strings.TrimSpace(ansi.Strip(lines[len(lines)-1])) == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}
