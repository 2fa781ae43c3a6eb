package model

import (
	"errors"
	"slices"
	"strings"

	"netvet/model/lang"
)

// ReviewWord is the verdict of a membership review (SPEC.md 1.6).
type ReviewWord string

// Review verdicts, in the order the rules try them.
const (
	// ReviewTooEarly: less than six whole months since joining.
	ReviewTooEarly ReviewWord = "too_early"
	// ReviewIncomplete: a figure the review needs is unknown.
	ReviewIncomplete ReviewWord = "incomplete"
	// ReviewRenew: the membership pays for itself over the next term.
	ReviewRenew ReviewWord = "renew"
	// ReviewQuit: a must-have promise failed, or the next term would cost
	// more than it brings.
	ReviewQuit ReviewWord = "quit"
)

// ReviewWords lists every review verdict.
var ReviewWords = []ReviewWord{ReviewTooEarly, ReviewIncomplete, ReviewRenew, ReviewQuit}

// Label is the user-facing name of w.
func (w ReviewWord) Label() lang.Msg { return lang.M(reviewWordPrefix + lang.Key(w)) }

// reviewWindowMonths is the longest window a review looks back over.
const reviewWindowMonths = 12

// ErrNoMembership is the error of [ComputeReview] for a network that has
// no membership.
var ErrNoMembership = errors.New("the network has no membership")

// BeforeJoiningError is the error of [ComputeReview] for a day before the
// membership began: a review as of that day would have nothing to look at.
type BeforeJoiningError struct {
	AsOf, JoinedOn Date
	Network        string
}

// Msg says what is wrong, in the words of the catalog.
func (e *BeforeJoiningError) Msg() lang.Msg {
	return lang.M(rvBeforeJoining, day(e.AsOf), e.Network, day(e.JoinedOn))
}

// Error implements [error] in English.
func (e *BeforeJoiningError) Error() string { return e.Msg().String() }

// Review is the membership review of one network as of a day (SPEC.md
// 1.6): its verdict with reasons and next steps, the deadlines that day and
// the actual figures behind it.
type Review struct {
	Word ReviewWord
	AsOf Date
	// Months is m, the whole months from joined_on to AsOf.
	Months int
	// ReviewFrom is joined_on + 6 months: before it, the review is too
	// early.
	ReviewFrom Date
	// TermEnd is the current term end and CancelBy that end minus the
	// notice period (see [Membership.CancelBy]); Due says whether a review
	// is due on AsOf ([Membership.ReviewDue]).
	TermEnd, CancelBy Date
	Due               bool
	// NextCancelBy is the first cancel-by day on or after AsOf and
	// NextTermEnd the end it leads to; both are zero when there is none
	// (see [Membership.NextCancelBy]).
	NextCancelBy, NextTermEnd Date
	// RenewsAutomatically and RenewalTermMonths are the membership's.
	RenewsAutomatically bool
	RenewalTermMonths   int
	// Figures are the actual figures over the last min(m, 12) months; nil
	// before the first whole month.
	Figures *ReviewFigures
	// Reasons say why the verdict is what it is; NextSteps, for an
	// incomplete review, what to enter.
	Reasons, NextSteps []lang.Msg
}

// ReviewFigures are what the membership brought over the review's window,
// annualised, and what the next renewal term would cost and bring. Every
// money figure is in cents, rounded half away from zero where it is named.
type ReviewFigures struct {
	// WindowMonths is min(m, 12); Window the days it covers: after AsOf
	// minus WindowMonths months, up to AsOf.
	WindowMonths int
	Window       DateRange
	// ProfitPerYear is Σ revenue × margin of the closed business in the
	// window × 12 / WindowMonths; unknown when a closed deal has no margin
	// and the profile has none. MissingMargins counts those deals and
	// FirstMissingMargin is the day of the first.
	ProfitPerYear      Amount
	MissingMargins     int
	FirstMissingMargin Date
	// HoursPerYear is Σ hours × 12 / WindowMonths.
	HoursPerYear Hours
	// ExtraCashPerYear is Σ costs × 12 / WindowMonths: the cost of every
	// entry but closed business, meals of meetings included.
	ExtraCashPerYear Money
	// CashPerYear is (annual fee + ExtraCashPerYear) × vat_factor ×
	// tax_factor, what a year costs in money at the window's pace; unknown
	// without an annual fee.
	CashPerYear Amount
	// ReferralsGiven and ReferralsReceived are whom each referral of the
	// window went to or came from, in ledger order ("" when not named).
	ReferralsGiven, ReferralsReceived []string
	// ForwardCash is (annual fee + ExtraCashPerYear) × vat_factor ×
	// tax_factor × R, unknown without an annual fee; ForwardTime is
	// HoursPerYear × the exact hourly rate × R, unknown without one;
	// ForwardCost is their sum. R is the renewal term in years.
	ForwardCash, ForwardTime, ForwardCost Amount
	// ForwardBenefit is (ProfitPerYear + the network's current other
	// benefit per year) × R.
	ForwardBenefit Amount
}

// ComputeReview reviews the membership of n as of the day asOf, following
// SPEC.md 1.6; p is the profile (its margin, hourly rate and VAT and tax
// situation). The rules, in order:
//
//  1. too_early if fewer than 6 whole months have passed since joining.
//  2. incomplete if a closed deal in the window has no margin and the
//     profile has none, or the annual fee or the hourly rate is unknown;
//     each is a reason, with a next step saying what to enter. A closed
//     deal outside the window does not enter the figures, so its missing
//     margin does not make the review incomplete.
//  3. quit if a must-have promise's latest promise check up to asOf (the
//     latest by date, then the later in the ledger) answers no, or the
//     forward benefit is below the forward cost; renew otherwise.
//
// Only entries dated up to asOf count. The entry fee and the fees already
// paid are sunk: nothing of the past enters the forward cost but the
// pace of the window's hours and costs. Rounding: each entry's profit is
// revenue × margin rounded to cents; the per-year figures are the
// window's sums × 12 / window months, rounded once; ForwardCash,
// ForwardTime and ForwardBenefit are each rounded once from those
// per-year figures and exact factors (VAT and tax as in 1.2, the hourly
// rate as income / planned hours, R as months / 12); ForwardCost is the
// sum of its two rounded parts.
//
// It fails with [ErrNoMembership] when n has none and with a
// [*BeforeJoiningError] when asOf is before the joining day.
func ComputeReview(p Profile, n Network, asOf Date) (Review, error) {
	if n.Membership == nil {
		return Review{}, ErrNoMembership
	}
	m := *n.Membership
	if asOf.Before(m.JoinedOn) {
		return Review{}, &BeforeJoiningError{AsOf: asOf, JoinedOn: m.JoinedOn, Network: n.Name}
	}
	r := Review{
		AsOf: asOf, Months: m.JoinedOn.MonthsUntil(asOf), ReviewFrom: m.FirstReview().First,
		TermEnd: m.CurrentTermEnd(asOf), CancelBy: m.CancelBy(asOf), Due: m.ReviewDue(asOf),
		RenewsAutomatically: m.RenewsAutomatically, RenewalTermMonths: m.RenewalMonths(),
	}
	r.NextCancelBy, r.NextTermEnd, _ = m.NextCancelBy(asOf)
	r.Figures = reviewFigures(p, n, asOf, r.Months)
	switch {
	case r.Months < reviewFirstMonths:
		r.Word = ReviewTooEarly
		r.Reasons = []lang.Msg{lang.M(rvTooEarly, day(r.ReviewFrom))}
	case r.incomplete(p, n):
		r.Word = ReviewIncomplete
	default:
		r.decide(p, n)
	}
	return r, nil
}

// incomplete lists what the review lacks as reasons and next steps, and
// reports whether anything is missing.
func (r *Review) incomplete(p Profile, n Network) bool {
	f := r.Figures
	if f.MissingMargins > 0 {
		r.Reasons = append(r.Reasons, lang.M(rvMissingMargin, f.MissingMargins, day(f.FirstMissingMargin)))
		r.NextSteps = append(r.NextSteps, lang.M(rvStepMargin))
	}
	if n.AnnualFee == nil {
		r.Reasons = append(r.Reasons, lang.M(rvMissingAnnualFee))
		r.NextSteps = append(r.NextSteps, lang.M(rvStepAnnualFee))
	}
	if !p.HourlyRate().Known {
		r.Reasons = append(r.Reasons, lang.M(rvMissingHourlyRate))
		if p.TargetAnnualIncome <= 0 {
			r.NextSteps = append(r.NextSteps, lang.M(rvStepIncome))
		}
		if p.PlannedHoursPerYear <= 0 {
			r.NextSteps = append(r.NextSteps, lang.M(rvStepHours))
		}
	}
	return len(r.Reasons) > 0
}

// decide applies rule 3 to a complete review: quit or renew, with the
// deciding reasons first, then the comparison with what was expected.
func (r *Review) decide(p Profile, n Network) {
	f := r.Figures
	cur := p.Currency
	r.Word = ReviewRenew
	for _, c := range failedMustHaves(n, r.AsOf) {
		r.Word = ReviewQuit
		pr, _ := n.Promise(c.PromiseID)
		r.Reasons = append(r.Reasons, lang.M(rvPromiseNo, pr.Text, day(c.Date)))
	}
	benefit, cost := cash(cur, f.ForwardBenefit.Value), cash(cur, f.ForwardCost.Value)
	if f.ForwardBenefit.Value < f.ForwardCost.Value {
		r.Word = ReviewQuit
		r.Reasons = append(r.Reasons, lang.M(rvCostsMore, r.RenewalTermMonths, benefit, cost))
	} else {
		r.Reasons = append(r.Reasons, lang.M(rvPays, r.RenewalTermMonths, benefit, cost))
	}
	if r.Word == ReviewQuit {
		r.Reasons = append(r.Reasons, r.Deadline())
	}
	r.Reasons = append(r.Reasons, lang.M(rvCostParts, cash(cur, f.ForwardCash.Value), cash(cur, f.ForwardTime.Value)))
	r.Reasons = append(r.Reasons, r.comparisons(cur, n.Membership.Expectations)...)
}

// comparisons compare the actual figures with the expectations of the day
// of joining and list the referrals both ways.
func (r *Review) comparisons(currency string, exp Expectations) []lang.Msg {
	f := r.Figures
	var out []lang.Msg
	actual := cash(currency, f.ProfitPerYear.Value)
	if exp.ExpectedProfitPerYear > 0 {
		pct := mulDivRound(int64(f.ProfitPerYear.Value), 100, int64(exp.ExpectedProfitPerYear))
		out = append(out, lang.M(rvContracts, actual, cash(currency, exp.ExpectedProfitPerYear), lang.Percent(pct)))
	} else {
		out = append(out, lang.M(rvContractsNone, actual))
	}
	out = append(out, lang.M(rvHours, hoursArg(f.HoursPerYear), hoursArg(HoursOf(exp.MembershipHoursPerYear))))
	out = append(out, referrals(rvGiven, rvGivenNamed, f.WindowMonths, f.ReferralsGiven))
	out = append(out, referrals(rvReceived, rvReceivedNamed, f.WindowMonths, f.ReferralsReceived))
	return out
}

// referrals says how many referrals went one way in the window, and to or
// from whom: the names in the order first met, each once.
func referrals(plain, named lang.Key, window int, with []string) lang.Msg {
	var names []string
	for _, w := range with {
		if w = strings.TrimSpace(w); w != "" && !slices.Contains(names, w) {
			names = append(names, w)
		}
	}
	if len(names) == 0 {
		return lang.M(plain, window, len(with))
	}
	return lang.M(named, window, len(with), strings.Join(names, ", "))
}

// Deadline says what the next deadline means: cancel by the cancel-by day
// or the membership renews for another term; that the cancel-by day has
// passed and when the next one is; or, for a membership that does not
// renew automatically, when it ends.
func (r Review) Deadline() lang.Msg {
	switch {
	case !r.RenewsAutomatically && r.TermEnd.Before(r.AsOf):
		return lang.M(rvEndedWithout, day(r.TermEnd))
	case !r.RenewsAutomatically:
		return lang.M(rvEndsWithout, day(r.TermEnd))
	case r.CancelBy.Before(r.AsOf):
		return lang.M(rvCancelPassed, day(r.CancelBy), day(r.TermEnd), day(r.NextCancelBy), day(r.NextTermEnd))
	}
	return lang.M(rvCancelBy, day(r.CancelBy), r.RenewalTermMonths)
}

// Summary is one line naming the review's day and verdict.
func (r Review) Summary() lang.Msg { return lang.M(rvSummary, day(r.AsOf), r.Word.Label()) }

// failedMustHaves returns, for each must-have promise of n in order, its
// latest promise check up to asOf when that check answers no.
func failedMustHaves(n Network, asOf Date) []LedgerEntry {
	latest := LatestPromiseChecks(*n.Membership, asOf)
	var out []LedgerEntry
	for _, pr := range n.Promises {
		if c, ok := latest[pr.ID]; ok && pr.MustHave && c.Answer == AnswerNo {
			out = append(out, c)
		}
	}
	return out
}

// LatestPromiseChecks returns each promise's latest promise check dated up
// to asOf, by promise id: the latest by date, and of two on the same day
// the later in the ledger.
func LatestPromiseChecks(m Membership, asOf Date) map[string]LedgerEntry {
	out := make(map[string]LedgerEntry)
	for _, e := range m.Ledger {
		if e.Kind != LedgerPromiseCheck || asOf.Before(e.Date) {
			continue
		}
		if prev, ok := out[e.PromiseID]; !ok || !e.Date.Before(prev.Date) {
			out[e.PromiseID] = e
		}
	}
	return out
}

// reviewFigures sums the window of the last min(months, 12) months, or
// returns nil when not a whole month has passed.
func reviewFigures(p Profile, n Network, asOf Date, months int) *ReviewFigures {
	w := min(months, reviewWindowMonths)
	if w < 1 {
		return nil
	}
	f := &ReviewFigures{WindowMonths: w, Window: DateRange{First: asOf.AddMonths(-w).AddDays(1), Last: asOf}}
	var profit, costs, hours int64
	for _, e := range n.Membership.Ledger {
		if !f.Window.Contains(e.Date) {
			continue
		}
		hours += int64(e.Hours)
		switch e.Kind {
		case LedgerClosedBusiness:
			v, ok := entryProfit(p, e)
			if !ok {
				if f.MissingMargins == 0 || e.Date.Before(f.FirstMissingMargin) {
					f.FirstMissingMargin = e.Date
				}
				f.MissingMargins++
			}
			profit += int64(v)
		case LedgerReferralGiven:
			f.ReferralsGiven = append(f.ReferralsGiven, e.With)
		case LedgerReferralReceived:
			f.ReferralsReceived = append(f.ReferralsReceived, e.With)
		default:
			costs += int64(e.Amount)
		}
	}
	perYear := func(v int64) int64 { return mulDivRound(v, 12, int64(w)) }
	if f.MissingMargins == 0 {
		f.ProfitPerYear = KnownAmount(Money(perYear(profit)))
	}
	f.HoursPerYear = Hours(perYear(hours))
	f.ExtraCashPerYear = Money(perYear(costs))
	f.forward(p, n, n.Membership.RenewalMonths())
	return f
}

// entryProfit is the profit of a closed deal: its revenue × its margin,
// or the profile's when it has none, rounded half away from zero to cents;
// ok is false when neither gives a margin.
func entryProfit(p Profile, e LedgerEntry) (profit Money, ok bool) {
	margin := e.Margin
	if margin == nil {
		margin = p.ProfitMargin
	}
	if margin == nil {
		return 0, false
	}
	return Money(mulRound(int64(e.Amount), ratioOf(*margin))), true
}

// forward prices the next renewal term of renewal months from the
// per-year figures.
func (f *ReviewFigures) forward(p Profile, n Network, renewal int) {
	years := ratio{int64(renewal), 12}
	if n.AnnualFee != nil {
		vat, tax := feeFactors(p, n)
		f.CashPerYear = KnownAmount(Money(mulRound(int64(*n.AnnualFee+f.ExtraCashPerYear), vat, tax)))
		f.ForwardCash = KnownAmount(Money(mulRound(int64(*n.AnnualFee+f.ExtraCashPerYear), vat, tax, years)))
	}
	if p.HourlyRate().Known {
		rate := ratio{int64(p.TargetAnnualIncome), int64(p.PlannedHoursPerYear) * 100}
		f.ForwardTime = KnownAmount(Money(mulRound(int64(f.HoursPerYear), rate, years)))
	}
	f.ForwardCost = f.ForwardCash.Plus(f.ForwardTime)
	if f.ProfitPerYear.Known {
		f.ForwardBenefit = KnownAmount(Money(mulRound(int64(f.ProfitPerYear.Value+n.OtherBenefitPerYear), years)))
	}
}

// day is d as a message argument.
func day(d Date) lang.Day { return lang.Day(d.Time()) }

// cash is an amount in currency as a message argument.
func cash(currency string, m Money) lang.Cash { return lang.Cash{Cents: int64(m), Currency: currency} }

// hoursArg is a number of hours as a message argument: whole hours as
// lang writes them ("1,500 h"), others with the decimals they have
// ("1.5 h", "0.25 h").
type hoursArg Hours

// Format implements [lang.Formatter].
func (h hoursArg) Format(p *lang.Printer) string {
	switch {
	case h%100 == 0:
		return p.Hours(int64(h) / 100)
	case h%10 == 0:
		return p.Decimal(float64(h)/100, 1) + "\u00a0h"
	}
	return p.Decimal(float64(h)/100, 2) + "\u00a0h"
}
