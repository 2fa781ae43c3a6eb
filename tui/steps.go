package tui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"netvet/model"
)

// The content of each workspace step. Each view is a pure function of the
// workspace's state and its box; lists scroll so the cursor row shows.

// listLines draws rows with the selection marker, scrolled to fit h lines.
func (w workspaceScreen) listLines(rows []string, cursor, width, h int) []string {
	st := w.c.styles
	start := scrollStart(cursor, len(rows), max(1, h))
	var out []string
	for i := start; i < min(len(rows), start+max(1, h)); i++ {
		line := ansi.Truncate(rows[i], max(1, width-2), "…")
		if i == cursor {
			out = append(out, st.Selected.Render(selectMark)+line)
		} else {
			out = append(out, "  "+line)
		}
	}
	return out
}

func (w workspaceScreen) basicsView(width, height int) string {
	st := w.c.styles
	n := w.net
	cur := w.c.data.profile.Currency
	none := st.Subtle.Render(wsNotEntered)
	money := func(m *model.Money) string {
		if m == nil {
			return none
		}
		return m.Format(cur)
	}
	count := func(format string, v int) string {
		if v == 0 {
			return none
		}
		return fmt.Sprintf(format, v)
	}
	rows := [][2]string{
		{wsKind, n.Kind.Label() + " · " + n.Status.Label()},
		{wsWebsite, orNotEntered(st, n.Website)},
		{wsContact, orNotEntered(st, n.Contact)},
		{wsEntry, money(n.EntryFee)},
		{wsAnnual, money(n.AnnualFee)},
		{wsTerm, count(wsYears, n.MinTermYears)},
		{wsMemberHours, count(wsHoursYear, n.MembershipHoursPerYear)},
		{wsVAT, w.vatText()},
		{wsDeductible, w.deductibleText()},
		{wsExtraCosts, amountOrNone(st, n.ExtraCostsPerYear, cur)},
		{wsBuild, w.buildText()},
		{wsProfit, amountOrNone(st, n.ExpectedProfitPerYear, cur)},
		{wsOtherBenefit, amountOrNone(st, n.OtherBenefitPerYear, cur)},
	}
	var lines []string
	for _, r := range rows {
		lines = append(lines, ansi.Truncate(st.Label.Render(cell(r[0], basicsLabelWidth))+r[1], width, "…"))
	}
	if s := CleanLine(n.Summary); s != "" {
		for _, l := range wrapLines(s, max(10, width), 0) {
			lines = append(lines, st.Subtle.Render(l))
		}
	}
	lines = append(lines, "", st.Header.Render(wsWarnings))
	var signs []string
	for _, s := range model.WarningSigns {
		box := wsUnticked
		if n.HasWarning(s) {
			box = st.Warning.Render(wsTicked)
		}
		signs = append(signs, box+" "+s.Label())
	}
	// The whole list, scrolled so that the sign under the cursor and the
	// next few show however little room the figures above leave.
	at := w.cursor[model.StepBasics]
	focus := len(lines) + at
	lines = append(lines, w.listLines(signs, at, width, len(signs))...)
	start, end := formWindow(len(lines), focus, min(len(lines), focus+signsLookAhead), max(1, height))
	return strings.Join(lines[start:end], "\n")
}

// vatText is the VAT rate on the fees and whether the user pays it.
func (w workspaceScreen) vatText() string {
	n := w.net
	switch {
	case n.VATRate == 0:
		return w.c.styles.Subtle.Render(wsVATNone)
	case w.c.data.profile.CannotReclaimVAT:
		return fmt.Sprintf(wsVATPaid, percentText(n.VATRate))
	}
	return fmt.Sprintf(wsVATReclaimed, percentText(n.VATRate))
}

// deductibleText says whether the fees are business expenses.
func (w workspaceScreen) deductibleText() string {
	if !w.net.FeesNotDeductible {
		return wsDeductibleYes
	}
	return fmt.Sprintf(wsDeductibleNo, decimalText(w.c.data.profile.MarginalTaxRate))
}

// buildText is the own-network estimate: the hours to build and to keep
// it going, or that they are not entered.
func (w workspaceScreen) buildText() string {
	n := w.net
	none := w.c.styles.Subtle.Render(wsNotEntered)
	if n.BuildHours == nil {
		return none
	}
	if n.BuildUpkeepHoursPerYear == 0 {
		return fmt.Sprintf(wsBuildNoUpkeep, *n.BuildHours)
	}
	return fmt.Sprintf(wsBuildLine, *n.BuildHours, n.BuildUpkeepHoursPerYear)
}

// orNotEntered is user text on one line, or that it is not entered.
func orNotEntered(st Styles, s string) string {
	if s = CleanLine(s); s == "" {
		return st.Subtle.Render(wsNotEntered)
	}
	return s
}

// amountOrNone is an amount the forms leave empty for zero. The figures
// count an empty one as 0, so the screen says so: "€0.00 (none
// entered)", never "not entered", which would hide a 0 the verdict uses.
func amountOrNone(st Styles, m model.Money, currency string) string {
	if m == 0 {
		return st.Subtle.Render(fmt.Sprintf(wsNoneEntered, m.Format(currency)))
	}
	return m.Format(currency)
}

// statusStyle renders a derived promise status in its colour.
func (w workspaceScreen) statusText(s model.PromiseStatus) string {
	st := w.c.styles
	switch s {
	case model.PromiseConfirmed:
		return st.Success.Render(s.Label())
	case model.PromiseNotDelivered:
		return st.Error.Render(s.Label())
	case model.PromiseMixed:
		return st.Warning.Render(s.Label())
	}
	return st.Subtle.Render(s.Label())
}

func (w workspaceScreen) promisesView(width, height int) string {
	st := w.c.styles
	n := w.net
	if len(n.Promises) == 0 {
		return st.Hint.Render(ansi.Wrap(emptyPromises, max(10, width), " "))
	}
	var rows []string
	for _, i := range w.shown[itemSlot(model.StepPromises)] {
		p := n.Promises[i]
		must := "     "
		if p.MustHave {
			must = st.Bold.Render(wsMust) + " "
		}
		status := w.statusText(w.statuses[p.ID])
		category := ""
		if width >= 70 {
			category = cell(p.Category.Label(), 15) + " "
		}
		text := cell(CleanLine(p.Text), max(8, width-2-5-lenCells(category)-lenCells(status)-2))
		rows = append(rows, must+category+text+"  "+status)
	}
	if len(rows) == 0 {
		return w.noMatch(width)
	}
	listH := max(1, min(len(rows), height/2))
	cur := w.cursor[model.StepPromises]
	lines := w.listLines(rows, cur, width, listH)
	lines = append(lines, "")
	lines = append(lines, w.promiseDetail(n.Promises[w.itemAt(model.StepPromises, cur)], width)...)
	return strings.Join(lines[:min(len(lines), height)], "\n")
}

// noMatch says that the filter lets no finding of the step through.
func (w workspaceScreen) noMatch(width int) string {
	return w.c.styles.Hint.Render(ansi.Wrap(fmt.Sprintf(wsNoMatch, CleanLine(w.filter().Text())), max(10, width), " "))
}

// promiseDetail shows the selected promise, the answers behind its status
// and its notes.
func (w workspaceScreen) promiseDetail(p model.Promise, width int) []string {
	st := w.c.styles
	t := w.net.Tally(p.ID)
	src := CleanLine(p.Source.Label())
	if p.Source == "" {
		src = choiceNotRecorded
	}
	doc := choiceNo
	if p.Documented {
		doc = choiceYes
	}
	lines := []string{
		ansi.Truncate(st.Bold.Render(CleanLine(p.Text)), width, "…"),
		ansi.Truncate(st.Subtle.Render(fmt.Sprintf(wsPromiseMeta, src, doc, t.Yes, t.Partly, t.No, t.Unknown)), width, "…"),
	}
	answered := false
	for _, iv := range w.net.Interviews {
		a, ok := iv.Answer(p.ID)
		if !ok {
			continue
		}
		answered = true
		line := fmt.Sprintf("%s: %s", CleanLine(iv.Member), a.Answer.Label())
		if c := CleanLine(a.Comment); c != "" {
			line += " — " + c
		}
		lines = append(lines, ansi.Truncate("  "+line, width, "…"))
	}
	if !answered {
		lines = append(lines, st.Hint.Render(ansi.Truncate(wsNoAnswers, width, "…")))
	}
	if notes := strings.TrimSpace(p.Notes); notes != "" {
		lines = append(lines, "", st.Header.Render(lblNotes))
		lines = append(lines, plainLines(notes, max(10, width))...)
	}
	return lines
}

func (w workspaceScreen) interviewsView(width, height int) string {
	st := w.c.styles
	n := w.net
	hint := st.Hint.Render(ansi.Wrap(w.interviewHint(), max(10, width), " "))
	if len(n.Interviews) == 0 {
		return hint + "\n\n" + st.Hint.Render(ansi.Wrap(emptyInterviews, max(10, width), " "))
	}
	shown := w.shown[itemSlot(model.StepInterviews)]
	if len(shown) == 0 {
		return hint + "\n\n" + w.noMatch(width)
	}
	header := st.Header.Render(ansi.Truncate("  "+cell(colMember, 18)+" "+cell(colDate, 10)+" "+cell(colSimilar, 4)+" "+cell(colPicked, 6)+" "+cell(colRec, 4)+" "+colContracts, width, "…"))
	var rows []string
	for _, i := range shown {
		iv := n.Interviews[i]
		rec := notEnteredCell
		if iv.Recommendation != nil {
			rec = fmt.Sprint(*iv.Recommendation)
		}
		rows = append(rows, cell(CleanLine(iv.Member), 18)+" "+cell(iv.Date.String(), 10)+" "+
			cell(flag(iv.SimilarToMe), 4)+" "+cell(flag(iv.IntroducedByNetwork), 6)+" "+cell(rec, 4)+" "+w.contractsCell(iv))
	}
	lines := []string{hint, header}
	listH := max(1, min(len(rows), (height-len(lines))/3))
	cur := w.cursor[model.StepInterviews]
	lines = append(lines, w.listLines(rows, cur, width, listH)...)
	lines = append(lines, "")
	lines = append(lines, w.interviewPreview(n.Interviews[w.itemAt(model.StepInterviews, cur)], width)...)
	return strings.Join(lines[:min(len(lines), height)], "\n")
}

// contractsCell is an interview's contracts through the network in the
// list: how many and worth how much, "?" where not entered.
func (w workspaceScreen) contractsCell(iv model.Interview) string {
	if iv.ContractsCount == 0 && iv.ContractsValue == 0 {
		return notEnteredCell
	}
	value := notEnteredCell
	if iv.ContractsValue != 0 {
		value = iv.ContractsValue.Format(w.c.data.profile.Currency)
	}
	return fmt.Sprintf(wsContractsCell, iv.ContractsCount, value)
}

// interviewPreview is the interview under the cursor in short: who, the
// answers per promise, the decisive answers and the red flags, each
// wrapped, then the start of the notes as plain text (E edits them in
// $EDITOR; the notes screen, i, renders them).
func (w workspaceScreen) interviewPreview(iv model.Interview, width int) []string {
	st := w.c.styles
	width = max(10, width)
	var lines []string
	add := func(style lipgloss.Style, text string) {
		for _, l := range wrapLines(text, width, 0) {
			lines = append(lines, style.Render(l))
		}
	}
	who := CleanLine(iv.Member)
	if b := CleanLine(iv.Business); b != "" {
		who += " — " + b
	}
	add(st.Bold, who)
	var answers []string
	for _, p := range w.net.Promises {
		a, ok := iv.Answer(p.ID)
		answer := pvNotAsked
		if ok {
			answer = a.Answer.Label()
		}
		if c := CleanLine(a.Comment); c != "" {
			answer += " — " + c
		}
		answers = append(answers, fmt.Sprintf(wsPvAnswer, CleanLine(p.Text), answer))
	}
	if len(answers) > 0 {
		add(st.Normal, fmt.Sprintf(wsPvAnswers, strings.Join(answers, "; ")))
	}
	add(st.Normal, fmt.Sprintf(wsPvDecisive, strings.Join(decisiveAnswers(iv, w.c.data.profile.Currency), " · ")))
	if flags := CleanLine(iv.RedFlags); flags != "" {
		add(st.Warning, fmt.Sprintf(wsPvRedFlags, flags))
	}
	lines = append(lines, "")
	if strings.TrimSpace(iv.Notes) == "" {
		return append(lines, st.Hint.Render(pvNoNotes))
	}
	notes := iv.Notes
	if len(notes) > wsNotesPreviewMax {
		notes = notes[:max(0, strings.LastIndexByte(notes[:wsNotesPreviewMax], '\n'))]
	}
	return append(lines, plainLines(notes, width)...)
}

// interviewHint says how many more interviews the checklist wants and
// reminds that members found independently are the better witnesses.
func (w workspaceScreen) interviewHint() string {
	n := w.net
	want := w.c.data.profile.MinInterviews
	if want < 1 {
		want = model.DefaultMinInterviews
	}
	independent, similar := 0, 0
	for _, iv := range n.Interviews {
		if !iv.IntroducedByNetwork {
			independent++
		}
		if iv.SimilarToMe {
			similar++
		}
	}
	var parts []string
	if more := want - len(n.Interviews); more > 0 {
		parts = append(parts, fmt.Sprintf(hintMoreInterviews, more))
	}
	if independent == 0 {
		parts = append(parts, hintIndependent)
	}
	if similar == 0 {
		parts = append(parts, hintSimilarMember)
	}
	if len(parts) == 0 {
		return hintInterviewsDone
	}
	return strings.Join(parts, " ")
}

func (w workspaceScreen) evidenceView(width, height int) string {
	st := w.c.styles
	n := w.net
	cur := w.c.data.profile.Currency
	var byLevel [3]model.Money
	var count [3]int
	var similar model.Money
	for _, e := range n.Evidence {
		for i, l := range model.Levels {
			if e.Level == l {
				byLevel[i] += e.Value
				count[i]++
			}
		}
		if e.SimilarToMe && e.Level != model.LevelHearsay {
			similar += e.Value
		}
	}
	totals := []string{
		ansi.Truncate(fmt.Sprintf(wsTotals, byLevel[2].Format(cur), count[2], byLevel[1].Format(cur), count[1], byLevel[0].Format(cur), count[0]), width, "…"),
		ansi.Truncate(st.Bold.Render(fmt.Sprintf(wsSimilarTotal, similar.Format(cur))), width, "…"),
	}
	if len(n.Evidence) == 0 {
		return st.Hint.Render(ansi.Wrap(emptyEvidence, max(10, width), " "))
	}
	var rows []string
	for _, i := range w.shown[itemSlot(model.StepContractFlow)] {
		e := n.Evidence[i]
		sim := ""
		if e.SimilarToMe {
			sim = " " + wsSimilarMark
		}
		val := notEnteredCell
		if e.Value != 0 {
			val = e.Value.Format(cur)
		}
		rows = append(rows, cell(CleanLine(e.Description), max(8, width-2-14-16-1))+" "+cell(val, 13)+" "+e.Level.Label()+sim)
	}
	if len(rows) == 0 {
		return w.noMatch(width)
	}
	lines := w.listLines(rows, w.cursor[model.StepContractFlow], width, height-3)
	lines = append(lines, "")
	lines = append(lines, totals...)
	return strings.Join(lines, "\n")
}

func (w workspaceScreen) fitView(width int) string {
	st := w.c.styles
	n := w.net
	var rows []string
	row := func(k model.RatingKey) string {
		r := n.Rating(k)
		bar := st.Focused.Render(strings.Repeat(wsBarFull, int(r))) + st.Subtle.Render(strings.Repeat(wsBarEmpty, 5-int(r)))
		val := st.Subtle.Render(wsUnrated)
		if r.IsSet() {
			val = fmt.Sprint(r)
		}
		return cell(k.Label(), 24) + " " + bar + " " + val
	}
	for _, k := range model.FitKeys {
		rows = append(rows, row(k))
	}
	for _, k := range model.FactorKeys {
		rows = append(rows, row(k))
	}
	notes := CleanLine(n.RatingNotes)
	if notes == "" {
		notes = st.Subtle.Render(wsNoRatingNotes)
	}
	rows = append(rows, cell(lblRatingNotes, 24)+" "+notes)
	list := w.listLines(rows, w.cursor[model.StepFit], width, len(rows))
	head := st.Header.Render(wsFit)
	if w.rating {
		head += "  " + st.Focused.Render(ansi.Truncate(wsRatingFocused, max(1, width-lenCells(wsFit)-2), "…"))
	}
	out := []string{head}
	out = append(out, list[:len(model.FitKeys)]...)
	out = append(out, "", st.Header.Render(wsFactors))
	out = append(out, list[len(model.FitKeys):len(model.FitKeys)+len(model.FactorKeys)]...)
	out = append(out, "", list[len(list)-1], "")
	out = append(out, w.ratingMeaning(width)...)
	return strings.Join(out, "\n")
}

// ratingMeaning explains the scale of the rating under the cursor, with
// the current point marked.
func (w workspaceScreen) ratingMeaning(width int) []string {
	st := w.c.styles
	keys := append(append([]model.RatingKey{}, model.FitKeys...), model.FactorKeys...)
	cur := w.cursor[model.StepFit]
	if cur >= len(keys) {
		return nil
	}
	k := keys[cur]
	r := w.net.Rating(k)
	if !r.IsSet() {
		return []string{st.Hint.Render(ansi.Truncate(fmt.Sprintf(wsRateHint, k.Label()), width, "…"))}
	}
	return []string{ansi.Truncate(st.Bold.Render(fmt.Sprintf("%d: %s", r, k.Meaning(r))), width, "…")}
}
