package tui

import (
	"fmt"
	"slices"
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
	money := func(m *model.Money) string {
		if m == nil {
			return st.Subtle.Render(wsNotEntered)
		}
		return m.Format(cur)
	}
	build := st.Subtle.Render(wsNotEntered)
	if n.BuildHours != nil {
		build = fmt.Sprintf(wsBuildLine, fmt.Sprint(*n.BuildHours), n.BuildUpkeepHoursPerYear)
	}
	rows := [][2]string{
		{wsKind, n.Kind.Label() + " · " + n.Status.Label()},
		{wsWebsite, orDash(st, n.Website)},
		{wsContact, orDash(st, n.Contact)},
		{wsEntry, money(n.EntryFee)},
		{wsAnnual, money(n.AnnualFee)},
		{wsTerm, fmt.Sprintf(wsYears, n.MinTermYears)},
		{wsMemberHours, fmt.Sprintf(wsHoursYear, n.MembershipHoursPerYear)},
		{wsBuild, build},
		{wsProfit, n.ExpectedProfitPerYear.Format(cur)},
	}
	var lines []string
	for _, r := range rows {
		lines = append(lines, ansi.Truncate(st.Label.Render(cell(r[0], 17))+r[1], width, "…"))
	}
	if s := CleanLine(n.Summary); s != "" && height > len(rows)+len(model.WarningSigns)+3 {
		lines = append(lines, ansi.Truncate(st.Subtle.Render(s), width, "…"))
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
	lines = append(lines, w.listLines(signs, w.cursor[model.StepBasics], width, height-len(lines))...)
	return strings.Join(lines, "\n")
}

func orDash(st Styles, s string) string {
	if s = CleanLine(s); s == "" {
		return st.Subtle.Render(wsEmptyValue)
	}
	return s
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
	for _, p := range n.Promises {
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
	listH := max(1, min(len(rows), height/2))
	lines := w.listLines(rows, w.cursor[model.StepPromises], width, listH)
	lines = append(lines, "")
	lines = append(lines, w.promiseDetail(n.Promises[w.cursor[model.StepPromises]], width)...)
	return strings.Join(lines[:min(len(lines), height)], "\n")
}

// promiseDetail shows the selected promise and the answers behind its
// status.
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
	for _, iv := range w.net.Interviews {
		a, ok := iv.Answer(p.ID)
		if !ok {
			continue
		}
		line := fmt.Sprintf("%s: %s", CleanLine(iv.Member), a.Answer.Label())
		if c := CleanLine(a.Comment); c != "" {
			line += " — " + c
		}
		lines = append(lines, ansi.Truncate("  "+line, width, "…"))
	}
	if len(lines) == 2 {
		lines = append(lines, st.Hint.Render(ansi.Truncate(wsNoAnswers, width, "…")))
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
	header := st.Header.Render(ansi.Truncate("  "+cell(colMember, 18)+" "+cell(colDate, 10)+" "+cell(colSimilar, 4)+" "+cell(colPicked, 6)+" "+cell(colRec, 4)+" "+colContracts, width, "…"))
	var rows []string
	for _, iv := range n.Interviews {
		rec := "–"
		if iv.Recommendation != nil {
			rec = fmt.Sprint(*iv.Recommendation)
		}
		rows = append(rows, cell(CleanLine(iv.Member), 18)+" "+cell(iv.Date.String(), 10)+" "+
			cell(flag(iv.SimilarToMe), 4)+" "+cell(flag(iv.IntroducedByNetwork), 6)+" "+cell(rec, 4)+" "+
			fmt.Sprintf("%d · %s", iv.ContractsCount, iv.ContractsValue.Format(w.c.data.profile.Currency)))
	}
	lines := []string{hint, header}
	lines = append(lines, w.listLines(rows, w.cursor[model.StepInterviews], width, height-1-lipgloss.Height(hint))...)
	return strings.Join(lines, "\n")
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
	for _, e := range n.Evidence {
		sim := ""
		if e.SimilarToMe {
			sim = " " + wsSimilarMark
		}
		val := e.Value.Format(cur)
		rows = append(rows, cell(CleanLine(e.Description), max(8, width-2-14-16-1))+" "+cell(val, 13)+" "+e.Level.Label()+sim)
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

func (w workspaceScreen) makeOrBuyView(width int) string {
	st := w.c.styles
	n := w.net
	mb := w.verdict.MakeOrBuy
	cur := w.c.data.profile.Currency
	h := w.c.data.profile.HorizonYears
	if h < 1 {
		h = model.DefaultHorizonYears
	}
	m := func(v model.Amount) string { return v.Format(cur) }
	build := st.Subtle.Render(wsNotEntered)
	if n.BuildHours != nil {
		build = fmt.Sprintf(wsHoursN, *n.BuildHours)
	}
	inputs := []string{
		cell(wsInMemberHours, 28) + fmt.Sprintf(wsHoursYear, n.MembershipHoursPerYear),
		cell(wsInBuild, 28) + build,
		cell(wsInUpkeep, 28) + fmt.Sprintf(wsHoursYear, n.BuildUpkeepHoursPerYear),
		cell(wsInProfit, 28) + n.ExpectedProfitPerYear.Format(cur),
	}
	lines := []string{st.Header.Render(wsInputs)}
	lines = append(lines, w.listLines(inputs, w.cursor[model.StepMakeOrBuy], width, len(inputs))...)
	if sug := model.SuggestProfit(w.c.data.profile, n); sug.Members > 0 && sug.Profit != model.KnownAmount(n.ExpectedProfitPerYear) {
		lines = append(lines, st.Hint.Render(ansi.Truncate("  "+model.SuggestionText(w.c.data.profile, sug), width, "…")))
	}
	row := func(label, join, build string) string {
		return ansi.Truncate(st.Label.Render(cell(label, 26))+cell(join, 18)+build, width, "…")
	}
	be := mb.BreakEvenMonthsText()
	lines = append(lines,
		st.Header.Render(ansi.Truncate(cell("", 26)+cell(wsColJoin, 18)+wsColBuild, width, "…")),
		row(wsCashCost, m(mb.CashCost), wsEmptyValue),
		row(fmt.Sprintf(wsTimeAt, mb.HourlyRate.Format(cur)), m(mb.TimeCost), m(mb.BuildCost)),
		st.Bold.Render(row(fmt.Sprintf(wsTotalYears, h), m(mb.JoinCost), m(mb.BuildCost))),
		row(fmt.Sprintf(wsBenefit, h), mb.Benefit.Format(cur), ""),
		row(wsNetValue, m(mb.NetValue), ""),
		row(wsBreakEven, be, ""),
		ansi.Truncate(st.Bold.Render(wsChoice+": "+mb.Choice.Label()), width, "…"),
		st.Hint.Render(ansi.Truncate(wsTaxNote, width, "…")),
	)
	return strings.Join(lines, "\n")
}

func (w workspaceScreen) verdictView(width int) string {
	st := w.c.styles
	v := w.verdict
	lines := []string{
		st.Bold.Render(fmt.Sprintf(wsVerdictLine, v.Word.Label(), v.Score.Total, v.Completeness)),
	}
	section := func(title string, items []string, style func(...string) string) {
		if len(items) == 0 {
			return
		}
		lines = append(lines, "", st.Header.Render(title))
		for _, it := range items {
			for _, l := range strings.Split(ansi.Wrap("• "+it, max(10, width), " "), "\n") {
				lines = append(lines, style(l))
			}
		}
	}
	section(wsDealBreakers, v.DealBreakers, st.Error.Render)
	section(wsNextSteps, v.NextSteps, st.Warning.Render)
	// Reasons repeat the deal-breakers and next steps; show only the rest.
	var reasons []string
	for _, r := range v.Reasons {
		if !slices.Contains(v.DealBreakers, r) && !slices.Contains(v.NextSteps, r) {
			reasons = append(reasons, r)
		}
	}
	section(wsReasons, reasons, st.Normal.Render)
	section(wsWarningsHead, model.WarningTexts(v.Warnings), st.Warning.Render)
	return strings.Join(lines, "\n")
}
