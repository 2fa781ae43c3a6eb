package model

import (
	"fmt"
	"strings"

	"netvet/model/lang"
)

// mdMembership writes the membership section of n, when it has one: the
// terms; for a network under review as of asOf ([Network.Reviewed]) the
// deadlines, the actual figures beside the expected ones and the review;
// and the totals per membership year. Its text comes from the review's
// catalog through pr.
func mdMembership(b *strings.Builder, pr *lang.Printer, p Profile, n Network, asOf Date) {
	m := n.Membership
	if m == nil {
		return
	}
	fmt.Fprintf(b, "### %s\n\n", pr.T(rvMdHead))
	rows := [][2]string{
		{pr.T(rvMdJoined), pr.Date(m.JoinedOn.Time())},
		{pr.T(rvMdMinTerm), pr.T(rvMdMonths, m.MinTermMonths)},
		{pr.T(rvMdRenewalTerm), pr.T(rvMdMonths, m.RenewalTermMonths)},
		{pr.T(rvMdNotice), pr.T(rvMdDays, m.NoticeDays)},
		{pr.T(rvMdRenews), mdYesNoIn(pr, m.RenewsAutomatically)},
	}
	r, err := ComputeReview(p, n, asOf)
	reviewed := err == nil && n.Reviewed(asOf)
	if reviewed {
		first := m.FirstReview()
		rows = append(rows,
			[2]string{pr.T(rvMdFirstReview), pr.T(rvMdRange, day(first.First), day(first.Last))},
			[2]string{pr.T(rvMdTermEnd), pr.Date(r.TermEnd.Time())},
			[2]string{pr.T(rvMdCancelBy), pr.Date(r.CancelBy.Time())},
			[2]string{pr.T(rvMdDue), mdYesNoIn(pr, r.Due)},
		)
	}
	mdPairTable(b, pr.T(rvMdField), pr.T(rvMdValue), rows)
	if reviewed {
		fmt.Fprintf(b, "%s\n\n", mdLine(pr.Render(r.Deadline())))
	}
	mdLedgerYears(b, pr, p.Currency, LedgerYears(p, *m, asOf))
	if reviewed {
		mdActual(b, pr, p, n, r)
		mdReview(b, pr, r)
	}
}

// mdLedgerYears writes the totals per membership year.
func mdLedgerYears(b *strings.Builder, pr *lang.Printer, currency string, years []LedgerYear) {
	fmt.Fprintf(b, "#### %s\n\n", pr.T(rvMdYearsHead))
	entries := 0
	for _, y := range years {
		entries += y.Entries
	}
	if entries == 0 {
		fmt.Fprintf(b, "%s\n\n", pr.T(rvMdNoEntries))
		return
	}
	cols := []lang.Key{rvMdYear, rvMdPeriod, rvMdHours, rvMdSpent, rvMdGiven, rvMdReceived, rvMdRevenue, rvMdProfit}
	head := make([]string, len(cols))
	for i, k := range cols {
		head[i] = pr.T(k)
	}
	fmt.Fprintf(b, "| %s |\n|%s\n", strings.Join(head, " | "), strings.Repeat("---|", len(cols)))
	for _, y := range years {
		fmt.Fprintf(b, "| %d | %s | %s | %s | %s | %s | %s | %s |\n", y.Number,
			pr.T(rvMdRange, day(y.Period.First), day(y.Period.Last)), hoursArg(y.Hours).Format(pr),
			pr.Money(int64(y.Spent), currency), pr.Int(int64(y.Given)), pr.Int(int64(y.Received)),
			pr.Money(int64(y.Revenue), currency), mdAmountIn(pr, y.Profit, currency))
	}
	b.WriteString("\n")
}

// mdActual writes the actual figures of the review's window beside the
// expectations frozen on joining, and each promise's latest check beside
// its status on joining.
func mdActual(b *strings.Builder, pr *lang.Printer, p Profile, n Network, r Review) {
	fmt.Fprintf(b, "#### %s\n\n", pr.T(rvMdActualHead))
	f := r.Figures
	if f == nil {
		fmt.Fprintf(b, "%s\n\n", pr.T(rvMdActualNone))
		return
	}
	fmt.Fprintf(b, "%s\n\n", pr.T(rvMdActualIntro, f.WindowMonths))
	exp := n.Membership.Expectations
	cur := p.Currency
	fmt.Fprintf(b, "| %s | %s | %s |\n|---|---|---|\n", pr.T(rvMdFigure), pr.T(rvMdActual), pr.T(rvMdExpected))
	row := func(label, actual, expected string) {
		fmt.Fprintf(b, "| %s | %s | %s |\n", mdCell(label), mdCell(actual), mdCell(expected))
	}
	row(pr.T(rvMdRowProfit), mdAmountIn(pr, f.ProfitPerYear, cur), pr.Money(int64(exp.ExpectedProfitPerYear), cur))
	row(pr.T(rvMdRowHours), hoursArg(f.HoursPerYear).Format(pr), hoursArg(HoursOf(exp.MembershipHoursPerYear)).Format(pr))
	row(pr.T(rvMdRowCash), mdAmountIn(pr, f.CashPerYear, cur), mdAmountIn(pr, AmountOf(exp.CashCostPerYear), cur))
	row(pr.T(rvMdRowOther), pr.Money(int64(n.OtherBenefitPerYear), cur), pr.Money(int64(exp.OtherBenefitPerYear), cur))
	checks := LatestPromiseChecks(*n.Membership, r.AsOf)
	for _, pm := range n.Promises {
		actual := pr.T(rvMdNotChecked)
		if c, ok := checks[pm.ID]; ok {
			actual = pr.T(rvMdCheckedOn, lang.M(rvMdAnswerPrefix+lang.Key(c.Answer)), day(c.Date))
		}
		expected := "—"
		for _, pe := range exp.Promises {
			if pe.PromiseID == pm.ID {
				expected = pr.T(rvMdStatusPrefix + lang.Key(pe.Status))
			}
		}
		row(pr.T(rvMdRowPromise, pm.Text), actual, expected)
	}
	b.WriteString("\n")
}

// mdReview writes the review's verdict, its day, reasons and next steps.
func mdReview(b *strings.Builder, pr *lang.Printer, r Review) {
	fmt.Fprintf(b, "#### %s\n\n", pr.T(rvMdReviewHead, r.Word.Label()))
	fmt.Fprintf(b, "%s\n\n", pr.T(rvMdReviewAsOf, day(r.AsOf), r.Months))
	mdList(b, pr.T(rvMdReasons), pr.Strings(r.Reasons))
	mdList(b, pr.T(rvMdNextSteps), pr.Strings(r.NextSteps))
}

// mdAmountIn writes a figure that may be unknown in pr's format.
func mdAmountIn(pr *lang.Printer, a Amount, currency string) string {
	if !a.Known {
		return UnknownFigure
	}
	return pr.Money(int64(a.Value), currency)
}

// mdYesNoIn writes a yes or a no in pr's language.
func mdYesNoIn(pr *lang.Printer, v bool) string {
	if v {
		return pr.T(rvMdYes)
	}
	return pr.T(rvMdNo)
}
