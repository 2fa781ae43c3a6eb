package model

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"netvet/model/lang"
)

// WriteMarkdown writes e as a report for people, one section per network:
// basics, verdict, fees and make or buy, ratings, warning signs, promised
// services with their derived status, interviews with their answers, red
// flags and notes, the evidence of contracts, and for a network with a
// membership its terms, totals per membership year and, as of the
// export's review day ([Export.ReviewDay]), its deadlines, actual against
// expected figures and review. It is meant to be sent to a partner or a
// tax adviser. Verdicts use the profile of e, with its
// weights ([NewProfile] when it has none), and e's own-network plan; every
// figure comes from [ComputeVerdict], as on screen.
//
// Text the user wrote keeps its Markdown, but nothing in it can act on a
// reader (see mdText): control sequences are removed, HTML is escaped and
// links to schemes other than http(s) and mailto are plain text. Two more
// safeguards keep it from breaking the report's structure: in table cells
// "|" is escaped and line breaks become <br>; multi-line text (summaries,
// notes, red flags) is set in a block quote, so its headings and lists stay
// inside the quote.
func WriteMarkdown(w io.Writer, e Export) error {
	p := NewProfile()
	if e.Profile != nil {
		p = *e.Profile
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n", repTitle)
	fmt.Fprintf(&b, repIntro+"\n\n", e.ExportedAt.UTC().Format(repTimeLayout), len(e.Networks), p.Currency)
	mdProfile(&b, e.Profile)
	if len(e.Networks) == 0 {
		b.WriteString(repNoNetworks + "\n")
	}
	// The membership sections speak through the catalog; until the rest
	// of the report does, they are in English like it.
	pr := lang.NewPrinter(lang.Default)
	for i, n := range e.Networks {
		mdNetwork(&b, pr, p, e.OwnNetwork, i+1, n, e.ReviewDay())
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	return nil
}

// mdProfile writes the profile section, or says there is none.
func mdProfile(b *strings.Builder, prof *Profile) {
	fmt.Fprintf(b, "## %s\n\n", repProfile)
	if prof == nil {
		b.WriteString(repNoProfile + "\n\n")
		return
	}
	p := *prof
	rows := [][2]string{
		{repName, p.Name},
		{repPositioning, p.Positioning},
		{repTargetGroups, strings.Join(p.TargetGroups, ", ")},
		{repStrengths, strings.Join(p.Strengths, ", ")},
		{repIncome, mdMoney(p.TargetAnnualIncome, p.Currency)},
		{repHours, mdInt(p.PlannedHoursPerYear)},
		{repTaxRate, strconv.FormatFloat(p.MarginalTaxRate*100, 'f', -1, 64) + " %"},
		{repHorizon, strconv.Itoa(p.HorizonYears)},
		{repMinInterviews, strconv.Itoa(p.MinInterviews)},
		{repThreshold, strconv.Itoa(p.JoinThreshold)},
		{repReclaimsVAT, mdYesNo(!p.CannotReclaimVAT)},
		{repMargin, mdPercent(p.ProfitMargin)},
		{repWeights, mdWeights(p.Weights)},
		{repLanguage, mdLanguage(p.Language)},
	}
	mdFieldTable(b, rows)
}

// mdPercent writes an optional share as a percentage.
func mdPercent(f *float64) string {
	if f == nil {
		return repNotEntered
	}
	return formatDecimal(*f*100) + " %"
}

// mdWeights lists the score weights.
func mdWeights(w Weights) string {
	parts := make([]string, 0, len(ScoreKeys()))
	for _, k := range ScoreKeys() {
		v, _ := w.Get(k)
		parts = append(parts, fmt.Sprintf(repWeightItem, scorePartLabels[k], FormatWeight(v)))
	}
	return strings.Join(parts, listSeparator)
}

func mdLanguage(l Language) string { return l.Label() }

// mdNetwork writes the section of the number-th network, with its
// membership as of asOf.
func mdNetwork(b *strings.Builder, pr *lang.Printer, p Profile, plan *OwnNetwork, number int, n Network, asOf Date) {
	fmt.Fprintf(b, "---\n\n## %d. %s\n\n", number, mdLine(n.Name))
	mdFieldTable(b, [][2]string{
		{repKind, n.Kind.Label()},
		{repStatus, n.Status.Label()},
		{repWebsite, n.Website},
		{repContact, n.Contact},
	})
	if strings.TrimSpace(n.Summary) != "" {
		fmt.Fprintf(b, "**%s**\n\n", repSummary)
		mdQuote(b, n.Summary)
	}
	v := ComputeVerdict(p, plan, n)
	mdVerdict(b, p, v)
	mdMembership(b, pr, p, n, asOf)
	mdMakeOrBuy(b, p, n, v)
	mdRatings(b, n)
	mdWarnings(b, n)
	statuses := n.PromiseStatuses()
	mdPromises(b, n, statuses)
	mdInterviews(b, p, n)
	mdEvidence(b, p, n)
}

func mdVerdict(b *strings.Builder, p Profile, v Verdict) {
	fmt.Fprintf(b, "### %s: %s\n\n", repVerdict, v.Word.Label())
	fmt.Fprintf(b, repScoreLine+"\n\n", v.Score.Total, v.Completeness)
	mdList(b, repReasons, v.Reasons)
	mdList(b, repNextSteps, v.NextSteps)
	mdList(b, repVerdictWarnings, WarningTexts(v.Warnings))
	mdBreakdown(b, v.Score)
	mdScenarios(b, p, v.Scenarios)
}

// mdBreakdown writes the score breakdown: each part's value, weight and
// points, to two decimals.
func mdBreakdown(b *strings.Builder, s ScoreBreakdown) {
	fmt.Fprintf(b, "**%s**\n\n", repBreakdown)
	fmt.Fprintf(b, "| %s |\n|%s\n", strings.Join(repBreakdownColumns[:], " | "), strings.Repeat("---|", len(repBreakdownColumns)))
	for _, part := range s.Parts {
		fmt.Fprintf(b, "| %s | %s | %s | %s |\n", part.Label(), Money(part.ValueHundredths).String(),
			FormatWeight(part.Weight), Money(part.PointsHundredths).String())
	}
	b.WriteString("\n")
}

// mdScenarios writes the three scenarios and whether the verdict is robust,
// or what is missing for them.
func mdScenarios(b *strings.Builder, p Profile, s Scenarios) {
	fmt.Fprintf(b, "**%s**\n\n", repScenarios)
	if !s.Available {
		for _, m := range s.Missing {
			fmt.Fprintf(b, "- %s\n", m)
		}
		b.WriteString("\n")
		return
	}
	fmt.Fprintf(b, "| %s |\n|%s\n", strings.Join(repScenarioColumns[:], " | "), strings.Repeat("---|", len(repScenarioColumns)))
	for _, row := range []struct {
		label string
		sc    Scenario
	}{{repPessimistic, s.Pessimistic}, {repBase, s.Base}, {repOptimistic, s.Optimistic}} {
		fmt.Fprintf(b, "| %s | %s | %s |\n", row.label, row.sc.ExpectedProfitPerYear.Format(p.Currency), row.sc.Word.Label())
	}
	b.WriteString("\n")
	if s.Robust {
		b.WriteString(repRobust + "\n\n")
	} else {
		fmt.Fprintf(b, repFragile+"\n\n", s.Fragile)
	}
}

// mdList writes a titled bullet list, or nothing for an empty list.
func mdList(b *strings.Builder, title string, items []string) {
	if len(items) == 0 {
		return
	}
	fmt.Fprintf(b, "**%s**\n\n", title)
	for _, it := range items {
		fmt.Fprintf(b, "- %s\n", mdOneLine(it))
	}
	b.WriteString("\n")
}

func mdMakeOrBuy(b *strings.Builder, p Profile, n Network, v Verdict) {
	fmt.Fprintf(b, "### %s\n\n", repFees)
	buildHours := repNotEstimated
	if n.BuildHours != nil {
		buildHours = strconv.Itoa(*n.BuildHours)
	}
	mdFieldTable(b, [][2]string{
		{repEntryFee, mdFee(n.EntryFee, p.Currency)},
		{repAnnualFee, mdFee(n.AnnualFee, p.Currency)},
		{repVATRate, formatDecimal(n.VATRate*100) + " %"},
		{repDeductible, mdYesNo(!n.FeesNotDeductible)},
		{repExtraCosts, n.ExtraCostsPerYear.Format(p.Currency)},
		{repMinTerm, strconv.Itoa(n.MinTermYears)},
		{repMembershipHours, strconv.Itoa(n.MembershipHoursPerYear)},
		{repBuildHours, buildHours},
		{repUpkeepHours, strconv.Itoa(n.BuildUpkeepHoursPerYear)},
		{repExpectedProfit, n.ExpectedProfitPerYear.Format(p.Currency)},
		{repOtherBenefit, n.OtherBenefitPerYear.Format(p.Currency)},
		{repSuggestion, SuggestionText(p, v.Suggestion)},
	})
	rows := make([][2]string, 0, 16)
	for _, f := range v.MakeOrBuy.Figures(p.Currency) {
		rows = append(rows, [2]string{f.Label, f.Value})
	}
	mdFieldTable(b, rows)
	b.WriteString(repTaxNote + "\n\n")
}

func mdRatings(b *strings.Builder, n Network) {
	fmt.Fprintf(b, "### %s\n\n", repRatings)
	fmt.Fprintf(b, "| %s | %s | %s |\n|---|---|---|\n", repRating, repValue, repMeaning)
	for _, k := range append(append([]RatingKey(nil), FitKeys...), FactorKeys...) {
		r := n.Rating(k)
		value := repNotRated
		if r.IsSet() {
			value = fmt.Sprintf(repOfFive, int(r))
		}
		fmt.Fprintf(b, "| %s | %s | %s |\n", k.Label(), value, mdCell(k.Meaning(r)))
	}
	b.WriteString("\n")
	if strings.TrimSpace(n.RatingNotes) != "" {
		fmt.Fprintf(b, "**%s**\n\n", repRatingNotes)
		mdQuote(b, n.RatingNotes)
	}
}

func mdWarnings(b *strings.Builder, n Network) {
	fmt.Fprintf(b, "### %s\n\n", repWarnings)
	for _, ws := range WarningSigns {
		mark := " "
		if n.HasWarning(ws) {
			mark = "x"
		}
		fmt.Fprintf(b, "- [%s] %s\n", mark, ws.Label())
	}
	b.WriteString("\n")
}

func mdPromises(b *strings.Builder, n Network, statuses map[string]PromiseStatus) {
	fmt.Fprintf(b, "### %s\n\n", repPromises)
	if len(n.Promises) == 0 {
		b.WriteString(repNoPromises + "\n\n")
		return
	}
	fmt.Fprintf(b, "| %s |\n|%s\n", strings.Join(repPromiseColumns[:], " | "), strings.Repeat("---|", len(repPromiseColumns)))
	for _, pr := range n.Promises {
		t := n.Tally(pr.ID)
		fmt.Fprintf(b, "| %s | %s | %s | %s | %s | %s | %d / %d / %d / %d | %s |\n",
			mdCell(pr.Text), pr.Category.Label(), mdCell(pr.Source.Label()), mdYesNo(pr.MustHave), mdYesNo(pr.Documented),
			statuses[pr.ID].Label(), t.Yes, t.Partly, t.No, t.Unknown, mdCell(pr.Notes))
	}
	b.WriteString("\n")
}

func mdInterviews(b *strings.Builder, p Profile, n Network) {
	fmt.Fprintf(b, "### %s\n\n", repInterviews)
	if len(n.Interviews) == 0 {
		b.WriteString(repNoInterviews + "\n\n")
		return
	}
	for i, iv := range n.Interviews {
		title := iv.Member
		if iv.Business != "" {
			title += " — " + iv.Business
		}
		fmt.Fprintf(b, "#### %s %d: %s\n\n", repInterview, i+1, mdLine(title))
		memberSince, rec := "—", "—"
		if iv.MemberSince != 0 {
			memberSince = strconv.Itoa(iv.MemberSince)
		}
		if iv.Recommendation != nil {
			rec = fmt.Sprintf(repOfTen, *iv.Recommendation)
		}
		channel := "—"
		if iv.Channel != "" {
			channel = iv.Channel.Label()
		}
		mdFieldTable(b, [][2]string{
			{repDate, mdDate(iv.Date)},
			{repChannel, channel},
			{repMemberSince, memberSince},
			{repSimilar, mdYesNo(iv.SimilarToMe)},
			{repIntroduced, mdYesNo(iv.IntroducedByNetwork)},
			{repContracts, fmt.Sprintf(repContractsValue, iv.ContractsCount, iv.ContractsValue.Format(p.Currency))},
			{repJoinAgain, iv.WouldJoinAgain.Label()},
			{repRecommendation, rec},
		})
		if len(iv.Answers) > 0 {
			fmt.Fprintf(b, "| %s | %s | %s |\n|---|---|---|\n", repPromise, repAnswer, repComment)
			for _, a := range iv.Answers {
				pr, _ := n.Promise(a.PromiseID)
				fmt.Fprintf(b, "| %s | %s | %s |\n", mdCell(pr.Text), a.Answer.Label(), mdCell(a.Comment))
			}
			b.WriteString("\n")
		}
		if strings.TrimSpace(iv.RedFlags) != "" {
			fmt.Fprintf(b, "**%s**\n\n", repRedFlags)
			mdQuote(b, iv.RedFlags)
		}
		if strings.TrimSpace(iv.Notes) != "" {
			fmt.Fprintf(b, "**%s**\n\n", repNotes)
			mdQuote(b, iv.Notes)
		}
	}
}

func mdEvidence(b *strings.Builder, p Profile, n Network) {
	fmt.Fprintf(b, "### %s\n\n", repEvidence)
	if len(n.Evidence) == 0 {
		b.WriteString(repNoEvidence + "\n\n")
		return
	}
	fmt.Fprintf(b, "| %s |\n|%s\n", strings.Join(repEvidenceColumns[:], " | "), strings.Repeat("---|", len(repEvidenceColumns)))
	for _, e := range n.Evidence {
		from := ""
		for _, iv := range n.Interviews {
			if e.InterviewID != "" && iv.ID == e.InterviewID {
				from = iv.Member
			}
		}
		fmt.Fprintf(b, "| %s | %s | %s | %s | %s | %s | %s |\n",
			mdCell(e.Description), mdCell(e.Beneficiary), mdYesNo(e.SimilarToMe), e.Value.Format(p.Currency),
			mdDate(e.Date), e.Level.Label(), mdCell(from))
	}
	b.WriteString("\n")
}

// mdFieldTable writes a two-column table of labels and values.
func mdFieldTable(b *strings.Builder, rows [][2]string) { mdPairTable(b, repField, repValue, rows) }

// mdPairTable writes a two-column table of labels and values under the
// two headings.
func mdPairTable(b *strings.Builder, label, value string, rows [][2]string) {
	fmt.Fprintf(b, "| %s | %s |\n|---|---|\n", label, value)
	for _, r := range rows {
		fmt.Fprintf(b, "| %s | %s |\n", r[0], mdCell(r[1]))
	}
	b.WriteString("\n")
}

// mdQuote sets multi-line user text in a block quote.
func mdQuote(b *strings.Builder, s string) {
	for _, line := range strings.Split(strings.TrimRight(mdText(s), "\n"), "\n") {
		if line == "" {
			b.WriteString(">\n")
			continue
		}
		b.WriteString("> " + line + "\n")
	}
	b.WriteString("\n")
}

// mdCell makes s safe inside a Markdown table cell: inert (mdText), pipes
// escaped, line breaks as <br>, and an empty cell shows a dash.
func mdCell(s string) string {
	s = strings.TrimSpace(mdText(s))
	if s == "" {
		return "—"
	}
	s = strings.ReplaceAll(s, "|", `\|`)
	return strings.ReplaceAll(s, "\n", "<br>")
}

// mdOneLine is mdLine, for list items.
func mdOneLine(s string) string { return mdLine(s) }

func mdYesNo(v bool) string {
	if v {
		return AnswerYes.Label()
	}
	return AnswerNo.Label()
}

func mdFee(m *Money, currency string) string {
	if m == nil {
		return repNotEntered
	}
	return m.Format(currency)
}

func mdMoney(m Money, currency string) string {
	if m == 0 {
		return repNotEntered
	}
	return m.Format(currency)
}

func mdInt(v int) string {
	if v == 0 {
		return repNotEntered
	}
	return strconv.Itoa(v)
}

func mdDate(d Date) string {
	if d.IsZero() {
		return "—"
	}
	return d.String()
}

// CSVColumns are the header of [WriteCSV], in order.
var CSVColumns = []string{
	"name", "kind", "status", "entry_fee", "annual_fee", "min_term_years",
	"membership_hours_per_year", "build_hours", "expected_profit_per_year",
	"promises", "confirmed_promises", "interviews", "independent_interviews",
	"evidence_documented", "evidence_member_reported", "score", "verdict",
}

// WriteCSV writes one row per network with its main figures, under a header
// row of [CSVColumns], quoted as RFC 4180 says (encoding/csv). Kinds,
// statuses and verdicts are the export format's values; money is a plain
// number in major units with two decimals ("3000.00"); a fee not entered and
// build hours not estimated are empty. Independent interviews are those with
// a member the network did not introduce. Score and verdict use the
// profile of e with its weights ([NewProfile] when it has none) and e's
// own-network plan, as [WriteMarkdown] and the screens do. A name that a
// spreadsheet would run as a formula (starting with =, +, -, @, a tab or a
// carriage return) is written with a leading apostrophe.
func WriteCSV(w io.Writer, e Export) error {
	p := NewProfile()
	if e.Profile != nil {
		p = *e.Profile
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVColumns); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	for _, n := range e.Networks {
		if err := cw.Write(csvRow(p, e.OwnNetwork, n)); err != nil {
			return fmt.Errorf("write csv: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	return nil
}

func csvRow(p Profile, plan *OwnNetwork, n Network) []string {
	v := ComputeVerdict(p, plan, n)
	statuses := n.PromiseStatuses()
	confirmed, independent, documented, reported := 0, 0, 0, 0
	for _, pr := range n.Promises {
		if statuses[pr.ID] == PromiseConfirmed {
			confirmed++
		}
	}
	for _, iv := range n.Interviews {
		if !iv.IntroducedByNetwork {
			independent++
		}
	}
	for _, e := range n.Evidence {
		switch e.Level {
		case LevelDocumented:
			documented++
		case LevelMemberReported:
			reported++
		}
	}
	optMoney := func(m *Money) string {
		if m == nil {
			return ""
		}
		return m.String()
	}
	buildHours := ""
	if n.BuildHours != nil {
		buildHours = strconv.Itoa(*n.BuildHours)
	}
	return []string{
		csvSafe(n.Name), csvSafe(string(n.Kind)), csvSafe(string(n.Status)),
		optMoney(n.EntryFee), optMoney(n.AnnualFee), strconv.Itoa(n.MinTermYears),
		strconv.Itoa(n.MembershipHoursPerYear), buildHours, n.ExpectedProfitPerYear.String(),
		strconv.Itoa(len(n.Promises)), strconv.Itoa(confirmed),
		strconv.Itoa(len(n.Interviews)), strconv.Itoa(independent),
		strconv.Itoa(documented), strconv.Itoa(reported),
		strconv.Itoa(v.Score.Total), csvSafe(string(v.Word)),
	}
}

// csvSafe removes control sequences from s as the interface does ([Clean])
// and keeps a spreadsheet from running it as a formula: one that starts,
// after spaces, with =, +, - or @ gets a leading apostrophe.
func csvSafe(s string) string {
	s = Clean(s)
	if t := strings.TrimLeft(s, " "); t != "" && strings.ContainsRune("=+-@", rune(t[0])) {
		return "'" + s
	}
	return s
}

// repTimeLayout is how the report states when it was exported.
const repTimeLayout = "2006-01-02 15:04 MST"
