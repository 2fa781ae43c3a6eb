package tui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"netvet/model"
)

// Steps 6 and 7, make or buy and the verdict, are documents longer than a
// small terminal: each is drawn as all its lines, and the step shows a
// window of them that pgup and pgdn (in step 7 also the arrows) scroll.
// Every figure comes from the verdict the workspace keeps (model.Verdict),
// the one computation the Markdown export and `netvet verdict` render too.

// Layout of the make-or-buy table of step 6.
const (
	// mbLabelWidth and mbJoinWidth are the widths of the row labels and
	// of the join column; the build column takes the rest.
	mbLabelWidth = 26
	mbJoinWidth  = 18
	// mbEstimateWidth is the width of the estimates' labels.
	mbEstimateWidth = 28
	// scenarioLabelWidth and scenarioProfitWidth lay out the scenarios.
	scenarioLabelWidth  = 40
	scenarioProfitWidth = 15
	// breakdownLabelWidth and breakdownNumberWidth lay out the score
	// breakdown of step 7.
	breakdownLabelWidth  = 24
	breakdownNumberWidth = 8
	// formulaIndent is the indent of a formula under its row.
	formulaIndent = "  "
)

// estimates are the inputs of step 6 that e edits, in the order of the
// list and of the form's fields.
var estimates = []string{fMemberHours, fBuildHours, fUpkeepHours, fProfit, fOtherBenefit}

// isDocStep reports whether step s is drawn as a scrolling document.
func isDocStep(s model.Step) bool { return s == model.StepMakeOrBuy || s == model.StepVerdict }

// docLines are all the lines of step s at the given width.
func (w workspaceScreen) docLines(s model.Step, width int) []string {
	if s == model.StepMakeOrBuy {
		return w.makeOrBuyLines(width)
	}
	return w.verdictLines(width)
}

// docWindow is the window of lines that shows, scrolled by scroll (which
// it clamps), in height lines: when they do not all fit, the last line says
// how many more follow, or how many are above.
func (w workspaceScreen) docWindow(lines []string, scroll, height int) string {
	if len(lines) <= height {
		return strings.Join(lines, "\n")
	}
	visible := max(1, height-1)
	scroll = clampScroll(scroll, len(lines), height)
	out := slices.Clone(lines[scroll : scroll+visible])
	more := fmt.Sprintf(wsMoreBelow, len(lines)-scroll-visible)
	if scroll+visible >= len(lines) {
		more = fmt.Sprintf(wsMoreAbove, scroll)
	}
	return strings.Join(append(out, w.c.styles.Subtle.Render(more)), "\n")
}

// clampScroll keeps a document's scroll within its n lines shown in height
// lines, one of which says that more follow.
func clampScroll(scroll, n, height int) int {
	if n <= height {
		return 0
	}
	return max(0, min(scroll, n-max(1, height-1)))
}

// wrapStyled wraps plain text to width, each line indented and styled.
func wrapStyled(style lipgloss.Style, text string, width int, indent string) []string {
	lines := wrapLines(text, max(10, width-lenCells(indent)), 0)
	for i, l := range lines {
		lines[i] = indent + style.Render(l)
	}
	return lines
}

// makeOrBuyLines is step 6: the estimates, the suggested profit, join and
// build side by side with the formulas behind the figures, the net value,
// the break-even, the choice and the scenarios.
func (w workspaceScreen) makeOrBuyLines(width int) []string {
	st := w.c.styles
	p := w.c.data.profile
	v := w.verdict
	lines := []string{st.Header.Render(wsInputs)}
	lines = append(lines, w.listLines(w.estimateRows(), w.cursor[model.StepMakeOrBuy], width, len(estimates))...)
	suggested := fmt.Sprintf(wsSuggested, model.SuggestionText(p, v.Suggestion))
	if v.Suggestion.Members == 0 {
		suggested = fmt.Sprintf(wsNoSuggestion, model.SuggestionText(p, v.Suggestion))
	}
	lines = append(lines, wrapStyled(st.Hint, suggested, width, formulaIndent)...)
	lines = append(lines, "")
	lines = append(lines, w.costLines(width)...)
	lines = append(lines, "")
	lines = append(lines, w.gainLines(width)...)
	lines = append(lines, "")
	lines = append(lines, w.scenarioLines(width)...)
	lines = append(lines, "")
	return append(lines, wrapStyled(st.Hint, wsTaxNote, width, "")...)
}

// estimateRows are the inputs of step 6, each with its value; a 0 that the
// figures count reads "0 … (none entered)", an unknown one "not entered".
func (w workspaceScreen) estimateRows() []string {
	st := w.c.styles
	n := w.net
	cur := w.c.data.profile.Currency
	hours := func(v int) string {
		if v == 0 {
			return st.Subtle.Render(fmt.Sprintf(wsNoneEntered, fmt.Sprintf(wsHoursYear, 0)))
		}
		return fmt.Sprintf(wsHoursYear, v)
	}
	build := st.Subtle.Render(wsNotEntered)
	if n.BuildHours != nil {
		build = fmt.Sprintf(wsHoursN, *n.BuildHours)
	}
	return []string{
		cell(wsInMemberHours, mbEstimateWidth) + hours(n.MembershipHoursPerYear),
		cell(wsInBuild, mbEstimateWidth) + build,
		cell(wsInUpkeep, mbEstimateWidth) + hours(n.BuildUpkeepHoursPerYear),
		cell(wsInProfit, mbEstimateWidth) + amountOrNone(st, n.ExpectedProfitPerYear, cur),
		cell(wsInOther, mbEstimateWidth) + amountOrNone(st, n.OtherBenefitPerYear, cur),
	}
}

// mbRow is one row of the join and build table.
func mbRow(label, join, build string, width int) string {
	return ansi.Truncate(cell(label, mbLabelWidth)+cell(join, mbJoinWidth)+build, width, "…")
}

// costLines are the join and build columns: cash cost, time cost and the
// total, each with the formula that gives it.
func (w workspaceScreen) costLines(width int) []string {
	st := w.c.styles
	cur := w.c.data.profile.Currency
	mb := w.verdict.MakeOrBuy
	lines := []string{
		st.Header.Render(mbRow("", wsColJoin, wsColBuild, width)),
		mbRow(wsCashCost, mb.CashCost.Format(cur), wsEmptyValue, width),
	}
	lines = append(lines, wrapStyled(st.Subtle, w.cashFormula(), width, formulaIndent)...)
	if n := w.net; n.VATRate > 0 && !w.c.data.profile.CannotReclaimVAT {
		lines = append(lines, wrapStyled(st.Subtle, fmt.Sprintf(wsVATLeftOut, percentText(n.VATRate)), width, formulaIndent)...)
	}
	lines = append(lines, mbRow(fmt.Sprintf(wsTimeAt, mb.HourlyRate.Format(cur)), mb.TimeCost.Format(cur), mb.BuildCost.Format(cur), width))
	rate := mb.HourlyRate.Format(cur)
	lines = append(lines, wrapStyled(st.Subtle, fmt.Sprintf(wsJoinTimeFormula, w.net.MembershipHoursPerYear, mb.Horizon, rate), width, formulaIndent)...)
	lines = append(lines, wrapStyled(st.Subtle, w.buildFormula(rate), width, formulaIndent)...)
	return append(lines, st.Bold.Render(mbRow(fmt.Sprintf(wsTotalYears, mb.Horizon), mb.JoinCost.Format(cur), mb.BuildCost.Format(cur), width)))
}

// cashFormula spells out the cash cost: the fees over the horizon, then
// the VAT factor and the tax factor where they apply. A fee not entered
// reads "?".
func (w workspaceScreen) cashFormula() string {
	n := w.net
	mb := w.verdict.MakeOrBuy
	fee := func(m *model.Money) string {
		if m == nil {
			return model.UnknownFigure
		}
		return m.FormatCompact("")
	}
	entry, annual, extra := fee(n.EntryFee), fee(n.AnnualFee), n.ExtraCostsPerYear.FormatCompact("")
	vat, tax := decimalText(1+mb.VATRate), decimalText(mb.NonDeductibleTaxRate)
	switch {
	case mb.VATRate > 0 && mb.NonDeductibleTaxRate > 0:
		return fmt.Sprintf(wsCashFormulaVATTax, entry, annual, extra, mb.Horizon, vat, tax)
	case mb.VATRate > 0:
		return fmt.Sprintf(wsCashFormulaVAT, entry, annual, extra, mb.Horizon, vat)
	case mb.NonDeductibleTaxRate > 0:
		return fmt.Sprintf(wsCashFormulaTax, entry, annual, extra, mb.Horizon, tax)
	}
	return fmt.Sprintf(wsCashFormula, entry, annual, extra, mb.Horizon)
}

// buildFormula spells out the build cost's hours.
func (w workspaceScreen) buildFormula(rate string) string {
	mb := w.verdict.MakeOrBuy
	switch {
	case !mb.BuildHoursKnown:
		return wsBuildFormulaUnknown
	case mb.BuildFromPlan:
		return fmt.Sprintf(wsBuildFormulaPlan, mb.BuildHours, mb.BuildUpkeepHoursPerYear, mb.Horizon, rate)
	}
	return fmt.Sprintf(wsBuildFormula, mb.BuildHours, mb.BuildUpkeepHoursPerYear, mb.Horizon, rate)
}

// gainLines are what joining brings against what it costs: the expected
// gain, the net value, the break-even in months and as an hourly rate, and
// the cheaper route.
func (w workspaceScreen) gainLines(width int) []string {
	st := w.c.styles
	cur := w.c.data.profile.Currency
	mb := w.verdict.MakeOrBuy
	lines := []string{mbRow(fmt.Sprintf(wsBenefit, mb.Horizon), mb.Benefit.Format(cur), "", width)}
	lines = append(lines, wrapStyled(st.Subtle, fmt.Sprintf(wsBenefitFormula,
		mb.ExpectedProfitPerYear.Format(cur), mb.OtherBenefitPerYear.Format(cur), mb.Horizon), width, formulaIndent)...)
	lines = append(lines,
		mbRow(wsNetValue, mb.NetValue.Format(cur), "", width),
		mbRow(wsBreakEven, mb.BreakEvenMonthsText(), "", width),
	)
	lines = append(lines, wrapLines(fmt.Sprintf(wsBreakEvenRate, mb.BreakEvenHourlyRateText(cur)), max(10, width), 0)...)
	return append(lines, wrapStyled(st.Bold, fmt.Sprintf(wsChoiceLine, mb.Choice.Label()), width, "")...)
}

// scenarioLines are the verdicts with the pessimistic, base and optimistic
// expected profit and whether the verdict is robust, or what is missing for
// them.
func (w workspaceScreen) scenarioLines(width int) []string {
	st := w.c.styles
	cur := w.c.data.profile.Currency
	s := w.verdict.Scenarios
	lines := []string{st.Header.Render(ansi.Truncate(wsScenarios, width, "…"))}
	if !s.Available {
		lines = append(lines, wrapStyled(st.Normal, wsNoScenarios, width, "")...)
		for _, m := range s.Missing {
			lines = append(lines, bulletLines(m, max(10, width))...)
		}
		return lines
	}
	for _, sc := range []struct {
		label string
		s     model.Scenario
	}{{wsPessimistic, s.Pessimistic}, {wsBase, s.Base}, {wsOptimistic, s.Optimistic}} {
		row := cell(sc.label, scenarioLabelWidth) + cell(sc.s.ExpectedProfitPerYear.Format(cur), scenarioProfitWidth) +
			verdictStyle(st, sc.s.Word).Render(sc.s.Word.Label())
		lines = append(lines, ansi.Truncate(row, width, "…"))
	}
	return append(lines, w.robustLines(width)...)
}

// robustLines say whether the verdict is robust, in words.
func (w workspaceScreen) robustLines(width int) []string {
	st := w.c.styles
	s := w.verdict.Scenarios
	if !s.Available {
		return nil
	}
	if s.Robust {
		return wrapStyled(st.Success, wsRobust, width, "")
	}
	return wrapStyled(st.Warning, fmt.Sprintf(wsFragile, CleanLine(s.Fragile)), width, "")
}

// verdictLines is step 7: the verdict, the score breakdown, the
// deal-breakers, the next steps, the reasons and every warning, wrapped.
func (w workspaceScreen) verdictLines(width int) []string {
	st := w.c.styles
	v := w.verdict
	lines := wrapStyled(st.Bold, fmt.Sprintf(wsVerdictLine, v.Word.Label(), v.Score.Total, v.Completeness), width, "")
	lines = append(lines, w.robustLines(width)...)
	lines = append(lines, "")
	lines = append(lines, w.breakdownLines(width)...)
	section := func(title string, items []string, style lipgloss.Style) {
		if len(items) == 0 {
			return
		}
		lines = append(lines, "", st.Header.Render(title))
		for _, it := range items {
			for _, l := range bulletLines(CleanLine(it), max(10, width)) {
				lines = append(lines, style.Render(l))
			}
		}
	}
	section(wsDealBreakers, v.DealBreakers, st.Error)
	section(wsNextSteps, v.NextSteps, st.Warning)
	// Reasons repeat the deal-breakers and next steps; show only the rest.
	var reasons []string
	for _, r := range v.Reasons {
		if !slices.Contains(v.DealBreakers, r) && !slices.Contains(v.NextSteps, r) {
			reasons = append(reasons, r)
		}
	}
	section(wsReasons, reasons, st.Normal)
	section(wsWarningsHead, model.WarningTexts(v.Warnings), st.Warning)
	return lines
}

// breakdownLines are the score breakdown as a table: each part's value,
// weight and points, to two decimals as every breakdown shows them, and
// the score.
func (w workspaceScreen) breakdownLines(width int) []string {
	st := w.c.styles
	s := w.verdict.Score
	num := func(v string) string { return fmt.Sprintf("%*s", breakdownNumberWidth, v) }
	row := func(label, value, weight, points string) string {
		return ansi.Truncate(cell(label, breakdownLabelWidth)+num(value)+num(weight)+num(points), width, "…")
	}
	lines := []string{
		st.Header.Render(ansi.Truncate(wsBreakdown, width, "…")),
		st.Subtle.Render(row(wsColPart, wsColValue, wsColWeight, wsColPoints)),
	}
	var sum float64
	for _, part := range s.Parts {
		sum += part.Weight
		lines = append(lines, row(part.Label(), model.Money(part.ValueHundredths).String(),
			model.FormatWeight(part.Weight), model.Money(part.PointsHundredths).String()))
	}
	return append(lines, st.Bold.Render(row(wsScoreRow, "", model.FormatWeight(sum), fmt.Sprint(s.Total))))
}
