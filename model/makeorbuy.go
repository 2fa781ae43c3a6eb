package model

// Choice is the outcome of the make-or-buy comparison.
type Choice string

// Make-or-buy choices (SPEC.md 1.2).
const (
	// ChoiceBuy means joining costs no more than building an own network.
	ChoiceBuy Choice = "buy"
	// ChoiceMake means building an own network is cheaper than joining.
	ChoiceMake Choice = "make"
	// ChoiceUnknown means the join or the build cost is unknown, so nothing
	// can be chosen.
	ChoiceUnknown Choice = "unknown"
)

// Label is the user-facing name of c.
func (c Choice) Label() string {
	if l, ok := choiceLabels[c]; ok {
		return l
	}
	return string(c)
}

// MakeOrBuy holds the figures of SPEC.md 1.2 for one network over the
// profile's horizon H. Every figure that depends on something not entered
// is unknown, never 0.
type MakeOrBuy struct {
	// Horizon is H in years.
	Horizon int
	// HourlyRate is target annual income / planned hours per year, rounded
	// to cents; unknown when either is not entered. Costs priced in hours
	// use the exact rate, not this rounded figure.
	HourlyRate Amount
	// VATRate is the network's VAT rate when the profile cannot reclaim
	// VAT, else 0: vat_factor is 1 + VATRate.
	VATRate float64
	// NonDeductibleTaxRate is the profile's marginal tax rate when the
	// fees are not deductible, else 0: tax_factor is 1 / (1 − it).
	NonDeductibleTaxRate float64
	// Fees is entry fee + (annual fee + extra costs per year) × H, before
	// the factors; unknown when a fee is not entered.
	Fees Amount
	// CashCost is Fees × vat_factor × tax_factor.
	CashCost Amount
	// TimeCost is membership hours per year × H × the hourly rate.
	TimeCost Amount
	// JoinCost is CashCost + TimeCost.
	JoinCost Amount
	// BuildHours and BuildUpkeepHoursPerYear price the build side: the
	// network's own estimate, or the own-network plan's derived hours
	// (BuildFromPlan) when the network has none. BuildHoursKnown is false
	// when neither gives build hours.
	BuildHours              int
	BuildUpkeepHoursPerYear int
	BuildHoursKnown         bool
	BuildFromPlan           bool
	// BuildCost is (build hours + upkeep hours per year × H) × the hourly
	// rate.
	BuildCost Amount
	// ExpectedProfitPerYear and OtherBenefitPerYear are the inputs of
	// Benefit: the network's, or a scenario's expected profit.
	ExpectedProfitPerYear, OtherBenefitPerYear Money
	// Benefit is (expected profit per year + other benefit per year) × H.
	Benefit Money
	// NetValue is Benefit − JoinCost.
	NetValue Amount
	// BreakEvenMonths is JoinCost / ((expected profit + other benefit per
	// year) / 12); unknown when that sum is 0.
	BreakEvenMonths Months
	// BreakEvenHourlyRate is CashCost / (build hours over H − membership
	// hours over H): above it, joining is the cheaper route. Unknown when
	// the membership takes as many hours as building or more; then
	// BuildCheaperAtAnyRate says whether building is cheaper whatever the
	// hour is worth (it is when CashCost > 0).
	BreakEvenHourlyRate   Amount
	BuildCheaperAtAnyRate bool
	// Choice is buy when JoinCost ≤ BuildCost, make when JoinCost >
	// BuildCost, unknown when either is unknown.
	Choice Choice
}

// ComputeMakeOrBuy compares joining n with building an equivalent network
// yourself (SPEC.md 1.2), over the profile's horizon H, before income tax:
// an hour given to the network is an hour not billed, and a deductible fee
// lowers taxable profit by its full amount, so tax cancels out except for
// fees that are not deductible. plan is the own-network plan, or nil; its
// derived hours price the build side when n's build hours are unset.
//
// Rounding: each named money figure is rounded half away from zero to
// whole cents once, from exact inputs — the factors are exact fractions of
// the rates as entered (0.19 is 19/100), and every cost priced in hours is
// hours × income / planned hours, not hours × the rounded HourlyRate.
// JoinCost, NetValue are sums of the rounded parts; BreakEvenMonths and
// BreakEvenHourlyRate are computed from the rounded JoinCost and CashCost
// and rounded to two decimals. A horizon below 1 (a profile never set up)
// counts as [DefaultHorizonYears].
func ComputeMakeOrBuy(p Profile, plan *OwnNetwork, n Network) MakeOrBuy {
	h := p.effectiveHorizon()
	m := MakeOrBuy{Horizon: h, HourlyRate: p.hourCost(1)}
	m.Fees, m.CashCost, m.VATRate, m.NonDeductibleTaxRate = cashCost(p, n, int64(h))
	m.TimeCost = p.hourCost(int64(n.MembershipHoursPerYear) * int64(h))
	m.JoinCost = m.CashCost.Plus(m.TimeCost)
	m.BuildHours, m.BuildUpkeepHoursPerYear, m.BuildHoursKnown, m.BuildFromPlan = buildHours(plan, n)
	buildOverH := int64(m.BuildHours) + int64(m.BuildUpkeepHoursPerYear)*int64(h)
	if m.BuildHoursKnown {
		m.BuildCost = p.hourCost(buildOverH)
	}
	m.OtherBenefitPerYear = n.OtherBenefitPerYear
	m = m.WithProfit(n.ExpectedProfitPerYear)
	if m.BuildHoursKnown && m.CashCost.Known {
		if diff := buildOverH - int64(n.MembershipHoursPerYear)*int64(h); diff > 0 {
			m.BreakEvenHourlyRate = KnownAmount(Money(mulDivRound(int64(m.CashCost.Value), 1, diff)))
		} else {
			m.BuildCheaperAtAnyRate = m.CashCost.Value > 0
		}
	}
	m.Choice = choose(m.JoinCost, m.BuildCost)
	return m
}

// WithProfit returns m with another expected profit per year and the
// figures that depend on it — Benefit, NetValue, BreakEvenMonths —
// recomputed; the scenarios of SPEC.md 1.5 change only this.
func (m MakeOrBuy) WithProfit(profit Money) MakeOrBuy {
	m.ExpectedProfitPerYear = profit
	perYear := profit + m.OtherBenefitPerYear
	m.Benefit = perYear * Money(m.Horizon)
	m.NetValue = KnownAmount(m.Benefit).Minus(m.JoinCost)
	m.BreakEvenMonths = Months{}
	if perYear > 0 && m.JoinCost.Known {
		m.BreakEvenMonths = Months{Hundredths: mulDivRound(int64(m.JoinCost.Value), 1200, int64(perYear)), Known: true}
	}
	return m
}

// choose applies the rule of SPEC.md 1.2 to the two rounded costs.
func choose(join, build Amount) Choice {
	switch {
	case !join.Known || !build.Known:
		return ChoiceUnknown
	case join.Value <= build.Value:
		return ChoiceBuy
	}
	return ChoiceMake
}

// CashCostPerYear is what one year of membership costs in money: (annual
// fee + extra costs per year) × vat_factor × tax_factor (SPEC.md 1.6),
// unknown when the annual fee is not entered.
func CashCostPerYear(p Profile, n Network) Amount {
	if n.AnnualFee == nil {
		return Amount{}
	}
	vat, tax := feeFactors(p, n)
	return KnownAmount(Money(mulRound(int64(*n.AnnualFee+n.ExtraCostsPerYear), vat, tax)))
}

// cashCost returns the fees over h years before and after the factors, and
// the VAT and tax rates the factors apply.
func cashCost(p Profile, n Network, h int64) (fees, cash Amount, vatRate, taxRate float64) {
	if p.CannotReclaimVAT {
		vatRate = n.VATRate
	}
	if n.FeesNotDeductible {
		taxRate = p.MarginalTaxRate
	}
	if n.EntryFee == nil || n.AnnualFee == nil {
		return Amount{}, Amount{}, vatRate, taxRate
	}
	base := int64(*n.EntryFee) + int64(*n.AnnualFee+n.ExtraCostsPerYear)*h
	vat, tax := feeFactors(p, n)
	return KnownAmount(Money(base)), KnownAmount(Money(mulRound(base, vat, tax))), vatRate, taxRate
}

// feeFactors returns vat_factor and tax_factor of SPEC.md 1.2 as exact
// fractions.
func feeFactors(p Profile, n Network) (vat, tax ratio) {
	vat, tax = one, one
	if p.CannotReclaimVAT {
		vat = ratioOf(n.VATRate).onePlus()
	}
	if t := ratioOf(p.MarginalTaxRate); n.FeesNotDeductible && !t.isZero() && t.num < t.den {
		tax = t.inverseOfOneMinus()
	}
	return vat, tax
}

// buildHours returns the hours that price the build side: the network's
// estimate, else the plan's derived hours, else none.
func buildHours(plan *OwnNetwork, n Network) (build, upkeep int, known, fromPlan bool) {
	if n.BuildHours != nil {
		return *n.BuildHours, n.BuildUpkeepHoursPerYear, true, false
	}
	if plan != nil {
		if b, ok := plan.BuildHours(); ok {
			return b, plan.UpkeepHoursPerYear(), true, true
		}
	}
	return 0, 0, false, false
}

// BuildHoursKnown reports whether n's build side can be priced: n has build
// hours, or the plan gives them (SPEC.md 1.4's checklist item).
func BuildHoursKnown(plan *OwnNetwork, n Network) bool {
	_, _, known, _ := buildHours(plan, n)
	return known
}

// hourCost prices hours at the exact hourly rate, rounded to cents;
// unknown when the income or the planned hours are not entered.
func (p Profile) hourCost(hours int64) Amount {
	if p.TargetAnnualIncome <= 0 || p.PlannedHoursPerYear <= 0 {
		return Amount{}
	}
	return KnownAmount(Money(mulDivRound(hours, int64(p.TargetAnnualIncome), int64(p.PlannedHoursPerYear))))
}

// HourlyRate is the profile's hourly rate of SPEC.md 1.2, rounded to
// cents, or unknown.
func (p Profile) HourlyRate() Amount { return p.hourCost(1) }

// proven reports whether evidence at level l counts as more than hearsay.
func (l Level) proven() bool { return l == LevelMemberReported || l == LevelDocumented }

// effectiveHorizon is the profile's horizon in years, or the default for a profile
// that has none.
func (p Profile) effectiveHorizon() int {
	if p.HorizonYears < 1 {
		return DefaultHorizonYears
	}
	return p.HorizonYears
}

// effectiveMinInterviews is the profile's minimum number of interviews, or the
// default for a profile that has none.
func (p Profile) effectiveMinInterviews() int {
	if p.MinInterviews < 1 {
		return DefaultMinInterviews
	}
	return p.MinInterviews
}
