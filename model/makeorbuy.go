package model

import (
	"math"
	"math/big"
)

// Choice is the outcome of the make-or-buy comparison.
type Choice string

// Make-or-buy choices (SPEC.md 1.2).
const (
	// ChoiceBuy means joining costs no more than building an own network.
	ChoiceBuy Choice = "buy"
	// ChoiceMake means building an own network is cheaper than joining.
	ChoiceMake Choice = "make"
)

// Label is the user-facing name of c.
func (c Choice) Label() string {
	if l, ok := choiceLabels[c]; ok {
		return l
	}
	return string(c)
}

// MakeOrBuy holds the figures of SPEC.md 1.2 for one network over the
// profile's horizon.
type MakeOrBuy struct {
	// HourlyRate is target annual income / planned hours per year, rounded
	// to cents; 0 when no hours are planned.
	HourlyRate Money
	// JoinCost is (entry fee + annual fee × H) × (1 − tax rate) + membership
	// hours per year × H × hourly rate.
	JoinCost Money
	// JoinCostBeforeTax is JoinCost without the tax deduction of the fees.
	JoinCostBeforeTax Money
	// JoinFeesAfterTax and JoinTimeCost are the two parts of JoinCost: the
	// fees over the horizon after the tax deduction, and the membership
	// hours priced at the hourly rate.
	JoinFeesAfterTax Money
	JoinTimeCost     Money
	// BuildCost is (build hours + upkeep hours per year × H) × hourly rate.
	BuildCost Money
	// Benefit is expected profit per year × H.
	Benefit Money
	// NetValue is Benefit − JoinCost.
	NetValue Money
	// BreakEvenMonths is JoinCost / (expected profit per year / 12); nil
	// when no profit is expected.
	BreakEvenMonths *float64
	// Choice is buy when JoinCost ≤ BuildCost, else make.
	Choice Choice
}

// ComputeMakeOrBuy compares joining n with building an equivalent network
// yourself (SPEC.md 1.2), over the profile's horizon H.
//
// Fees that are not entered and build hours that are not estimated count 0
// here; the verdict lists them as missing. A horizon below 1 (a profile that
// was never set up) counts as [DefaultHorizonYears].
//
// Rounding: every time cost is computed exactly from hours × income / planned
// hours, not from the rounded HourlyRate, and rounded half away from zero to
// whole cents. The tax rate is taken to six decimals, and the fees after tax
// are rounded the same way. JoinCost is the sum of the two rounded parts.
// BreakEvenMonths is not rounded.
func ComputeMakeOrBuy(p Profile, n Network) MakeOrBuy {
	h := int64(p.effectiveHorizon())
	income := int64(p.TargetAnnualIncome)
	hours := int64(p.PlannedHoursPerYear)

	// timeCost prices a number of hours at the user's hourly rate.
	timeCost := func(hrs int64) Money {
		if hours <= 0 {
			return 0
		}
		return Money(mulDivRound(hrs, income, hours))
	}

	fees := int64(moneyOrZero(n.EntryFee)) + int64(moneyOrZero(n.AnnualFee))*h
	membership := timeCost(int64(n.MembershipHoursPerYear) * h)
	keep := int64(math.Round((1 - p.MarginalTaxRate) * taxScale))
	feesAfterTax := Money(mulDivRound(fees, keep, taxScale))

	buildHours := int64(0)
	if n.BuildHours != nil {
		buildHours = int64(*n.BuildHours)
	}

	m := MakeOrBuy{
		HourlyRate:        timeCost(1),
		JoinCost:          feesAfterTax + membership,
		JoinCostBeforeTax: Money(fees) + membership,
		JoinFeesAfterTax:  feesAfterTax,
		JoinTimeCost:      membership,
		BuildCost:         timeCost(buildHours + int64(n.BuildUpkeepHoursPerYear)*h),
		Benefit:           n.ExpectedProfitPerYear * Money(h),
	}
	m.NetValue = m.Benefit - m.JoinCost
	if n.ExpectedProfitPerYear > 0 {
		months := float64(m.JoinCost) * 12 / float64(n.ExpectedProfitPerYear)
		m.BreakEvenMonths = &months
	}
	m.Choice = ChoiceMake
	if m.JoinCost <= m.BuildCost {
		m.Choice = ChoiceBuy
	}
	return m
}

// SuggestedProfitPerYear suggests the expected profit per year from network
// contracts out of the evidence (SPEC.md 1.2): the sum of the values of the
// evidence that is about a member similar to the user, is at level
// member_reported or documented, and is dated within the twelve months before
// today — on or after the same day one year earlier and not after today.
// Evidence without a date counts, since the user recorded it as a recent
// contract; hearsay never counts. The user's own figure is what the
// make-or-buy comparison uses.
func SuggestedProfitPerYear(n Network, today Date) Money {
	from := DateOf(today.Time().AddDate(-1, 0, 0))
	var sum Money
	for _, e := range n.Evidence {
		if !e.SimilarToMe || !e.Level.proven() {
			continue
		}
		if !e.Date.IsZero() && (e.Date.Before(from) || today.Before(e.Date)) {
			continue
		}
		sum += e.Value
	}
	return sum
}

// taxScale is the resolution the tax rate is taken to: six decimals.
const taxScale = 1_000_000

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

func moneyOrZero(m *Money) Money {
	if m == nil {
		return 0
	}
	return *m
}

// mulDivRound returns a × b / c rounded half away from zero, computed without
// overflow and clamped to the int64 range. c must not be 0.
func mulDivRound(a, b, c int64) int64 {
	num := new(big.Int).Mul(big.NewInt(a), big.NewInt(b))
	den := big.NewInt(c)
	q, r := new(big.Int).QuoRem(num, den, new(big.Int))
	// Round half away from zero: |2r| ≥ |c| moves q one step away from zero.
	twice := new(big.Int).Abs(r)
	twice.Lsh(twice, 1)
	if twice.Cmp(new(big.Int).Abs(den)) >= 0 {
		if num.Sign()*den.Sign() < 0 {
			q.Sub(q, big.NewInt(1))
		} else {
			q.Add(q, big.NewInt(1))
		}
	}
	switch {
	case q.IsInt64():
		return q.Int64()
	case q.Sign() > 0:
		return math.MaxInt64
	default:
		return math.MinInt64
	}
}
