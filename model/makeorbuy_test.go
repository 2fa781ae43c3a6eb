package model

import (
	"math"
	"testing"
	"time"
)

// TestComputeMakeOrBuy has one case per formula of SPEC.md 1.2 and the
// rounding and unset rules of ComputeMakeOrBuy. Money is in cents.
func TestComputeMakeOrBuy(t *testing.T) {
	type figures struct {
		rate, join, beforeTax, build, benefit, net Money
		breakEven                                  float64 // -1: unset
		choice                                     Choice
	}
	tests := []struct {
		name    string
		profile func(p *Profile)
		network func(n *Network)
		want    figures
	}{
		{
			name: "all formulas on the fixture",
			want: figures{
				rate:      7500,      // 12,000,000 / 1600
				join:      17_328_00, // (3000 + 1200×3) × 0.58 = 3828; + 60×3×75 = 13500
				beforeTax: 20_100_00, // 6600 + 13500
				build:     41_250_00, // (400 + 50×3) × 75
				benefit:   30_000_00, // 10000 × 3
				net:       12_672_00, // 30000 − 17328
				breakEven: 20.7936,   // 17328 / (10000 / 12)
				choice:    ChoiceBuy, // 17328 ≤ 41250
			},
		},
		{
			name:    "hourly rate/rounds half away from zero",
			profile: func(p *Profile) { p.TargetAnnualIncome = 100_001; p.PlannedHoursPerYear = 2 },
			network: func(n *Network) { n.MembershipHoursPerYear = 0; n.BuildHours = fxInt(0); n.BuildUpkeepHoursPerYear = 0 },
			want: figures{
				rate:      50_001,    // 100001 / 2 = 50000.5 → 50001
				join:      3_828_00,  // fees only: 6600 × 0.58
				beforeTax: 6_600_00,  // 3000 + 1200×3
				build:     0,         // no hours
				benefit:   30_000_00, // 10000 × 3
				net:       26_172_00, // 30000 − 3828
				breakEven: 4.5936,    // 3828 × 12 / 10000
				choice:    ChoiceMake,
			},
		},
		{
			name:    "hourly rate/no planned hours gives 0",
			profile: func(p *Profile) { p.PlannedHoursPerYear = 0 },
			want: figures{
				rate: 0, join: 3_828_00, beforeTax: 6_600_00, build: 0, // time costs nothing
				benefit: 30_000_00, net: 26_172_00, breakEven: 4.5936, choice: ChoiceMake,
			},
		},
		{
			name: "time costs/computed from the exact rate, not the rounded one",
			profile: func(p *Profile) {
				p.TargetAnnualIncome = 100_000_00
				p.PlannedHoursPerYear = 1500
				p.MarginalTaxRate = 0
			},
			network: func(n *Network) {
				n.EntryFee, n.AnnualFee = fxEUR(0), fxEUR(0)
				n.MembershipHoursPerYear = 1
				n.BuildHours = fxInt(1497)
				n.BuildUpkeepHoursPerYear = 0
				n.ExpectedProfitPerYear = 0
			},
			want: figures{
				rate:      6667,      // 10,000,000 / 1500 = 6666.67 → 6667
				join:      20_000,    // 1×3 h × 10,000,000 / 1500 = 20000 exactly (3 × 6667 would be 20001)
				beforeTax: 20_000,    // no fees
				build:     99_800_00, // 1497 × 10,000,000 / 1500 = 9,980,000
				benefit:   0,
				net:       -20_000,
				breakEven: -1, // no profit
				choice:    ChoiceBuy,
			},
		},
		{
			name:    "join cost/unset fees count 0",
			network: func(n *Network) { n.EntryFee, n.AnnualFee = nil, nil },
			want: figures{
				rate: 7500, join: 13_500_00, beforeTax: 13_500_00, // 60×3×75 only
				build: 41_250_00, benefit: 30_000_00, net: 16_500_00, // 30000 − 13500
				breakEven: 16.2, // 13500 × 12 / 10000
				choice:    ChoiceBuy,
			},
		},
		{
			name:    "join cost/tax deduction rounds half away from zero",
			profile: func(p *Profile) { p.MarginalTaxRate = 0.3 },
			network: func(n *Network) {
				n.EntryFee, n.AnnualFee = fxCents(5), fxEUR(0)
				n.MembershipHoursPerYear = 0
				n.ExpectedProfitPerYear = 0
			},
			want: figures{
				rate: 7500, join: 4, beforeTax: 5, // 5 × 0.7 = 3.5 → 4, a half a float would get wrong
				build: 41_250_00, benefit: 0, net: -4, breakEven: -1, choice: ChoiceBuy,
			},
		},
		{
			name:    "build cost/unset build hours count 0",
			network: func(n *Network) { n.BuildHours = nil },
			want: figures{
				rate: 7500, join: 17_328_00, beforeTax: 20_100_00,
				build:   11_250_00, // 50×3 × 75
				benefit: 30_000_00, net: 12_672_00, breakEven: 20.7936,
				choice: ChoiceMake, // 17328 > 11250
			},
		},
		{
			name:    "break even/unset without expected profit",
			network: func(n *Network) { n.ExpectedProfitPerYear = 0 },
			want: figures{
				rate: 7500, join: 17_328_00, beforeTax: 20_100_00, build: 41_250_00,
				benefit: 0, net: -17_328_00, breakEven: -1, choice: ChoiceBuy,
			},
		},
		{
			name:    "choice/buy when joining costs exactly as much as building",
			profile: func(p *Profile) { p.MarginalTaxRate = 0 },
			network: func(n *Network) {
				n.EntryFee, n.AnnualFee = fxEUR(0), fxEUR(0)
				n.MembershipHoursPerYear = 10
				n.BuildHours = fxInt(30)
				n.BuildUpkeepHoursPerYear = 0
			},
			want: figures{
				rate: 7500, join: 2_250_00, beforeTax: 2_250_00, // 10×3 × 75
				build:   2_250_00,                                  // 30 × 75
				benefit: 30_000_00, net: 27_750_00, breakEven: 2.7, // 2250 × 12 / 10000
				choice: ChoiceBuy,
			},
		},
		{
			name:    "choice/make when building is cheaper",
			network: func(n *Network) { n.BuildHours = fxInt(50) },
			want: figures{
				rate: 7500, join: 17_328_00, beforeTax: 20_100_00,
				build:   15_000_00, // (50 + 150) × 75
				benefit: 30_000_00, net: 12_672_00, breakEven: 20.7936,
				choice: ChoiceMake,
			},
		},
		{
			name:    "horizon/unset counts as the default of 3 years",
			profile: func(p *Profile) { p.HorizonYears = 0 },
			want: figures{
				rate: 7500, join: 17_328_00, beforeTax: 20_100_00, build: 41_250_00,
				benefit: 30_000_00, net: 12_672_00, breakEven: 20.7936, choice: ChoiceBuy,
			},
		},
		{
			name:    "horizon/one year",
			profile: func(p *Profile) { p.HorizonYears = 1 },
			want: figures{
				rate:      7500,
				join:      6_936_00,  // (3000 + 1200) × 0.58 = 2436; + 60 × 75 = 4500
				beforeTax: 8_700_00,  // 4200 + 4500
				build:     33_750_00, // (400 + 50) × 75
				benefit:   10_000_00,
				net:       3_064_00, // 10000 − 6936
				breakEven: 8.3232,   // 6936 × 12 / 10000
				choice:    ChoiceBuy,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, n := fxProfile(), fxNetwork()
			if tt.profile != nil {
				tt.profile(&p)
			}
			if tt.network != nil {
				tt.network(&n)
			}
			m := ComputeMakeOrBuy(p, n)
			got := figures{m.HourlyRate, m.JoinCost, m.JoinCostBeforeTax, m.BuildCost, m.Benefit, m.NetValue, -1, m.Choice}
			if m.BreakEvenMonths != nil {
				got.breakEven = *m.BreakEvenMonths
			}
			if math.Abs(got.breakEven-tt.want.breakEven) < 1e-9 {
				got.breakEven = tt.want.breakEven
			}
			if got != tt.want {
				t.Errorf("ComputeMakeOrBuy =\n %+v, want\n %+v", got, tt.want)
			}
		})
	}
}

func TestMulDivRound(t *testing.T) {
	tests := []struct {
		name    string
		a, b, c int64
		want    int64
	}{
		{"exact", 6, 5, 3, 10},
		{"below half rounds down", 7, 1, 5, 1},                                               // 1.4
		{"half rounds up", 5, 1, 2, 3},                                                       // 2.5
		{"negative half rounds away from zero", -5, 1, 2, -3},                                // −2.5
		{"product beyond int64 does not overflow", math.MaxInt64, 4, 8, math.MaxInt64/2 + 1}, // (2⁶³−1)/2 = 2⁶² − 0.5 → 2⁶²
		{"result beyond int64 is clamped", math.MaxInt64, 3, 1, math.MaxInt64},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mulDivRound(tt.a, tt.b, tt.c); got != tt.want {
				t.Errorf("mulDivRound(%d, %d, %d) = %d, want %d", tt.a, tt.b, tt.c, got, tt.want)
			}
		})
	}
}

func TestChoiceLabel(t *testing.T) {
	if ChoiceBuy.Label() == ChoiceMake.Label() || ChoiceMake.Label() == "make" {
		t.Errorf("labels: buy %q, make %q", ChoiceBuy.Label(), ChoiceMake.Label())
	}
}

// TestSuggestedProfitPerYear has one case per part of the rule: similar
// members only, member_reported or documented only, dated within the twelve
// months up to today or undated.
func TestSuggestedProfitPerYear(t *testing.T) {
	today := NewDate(2026, time.November, 27)
	ev := func(value int64, similar bool, level Level, date Date) Evidence {
		return Evidence{Value: Money(value * 100), SimilarToMe: similar, Level: level, Date: date}
	}
	recent := NewDate(2026, time.June, 1)
	tests := []struct {
		name     string
		evidence []Evidence
		want     Money
	}{
		{"no evidence suggests 0", nil, 0},
		{"documented of a similar member counts", []Evidence{ev(5000, true, LevelDocumented, recent)}, 5000_00},
		{"member_reported of a similar member counts", []Evidence{ev(3000, true, LevelMemberReported, recent)}, 3000_00},
		{"hearsay does not count", []Evidence{ev(3000, true, LevelHearsay, recent)}, 0},
		{"a member not similar does not count", []Evidence{ev(3000, false, LevelDocumented, recent)}, 0},
		{"undated evidence counts", []Evidence{ev(1000, true, LevelDocumented, Date{})}, 1000_00},
		{"exactly a year before today counts", []Evidence{ev(1000, true, LevelDocumented, NewDate(2025, time.November, 27))}, 1000_00},
		{"more than a year before today does not count", []Evidence{ev(1000, true, LevelDocumented, NewDate(2025, time.November, 26))}, 0},
		{"today counts", []Evidence{ev(1000, true, LevelDocumented, today)}, 1000_00},
		{"after today does not count", []Evidence{ev(1000, true, LevelDocumented, NewDate(2026, time.November, 28))}, 0},
		{
			name: "the counting ones are summed",
			evidence: []Evidence{
				ev(5000, true, LevelDocumented, recent),
				ev(3000, true, LevelMemberReported, Date{}),
				ev(9999, true, LevelHearsay, recent),
				ev(7777, false, LevelDocumented, recent),
			},
			want: 8000_00, // 5000 + 3000
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := Network{Evidence: tt.evidence}
			if got := SuggestedProfitPerYear(n, today); got != tt.want {
				t.Errorf("SuggestedProfitPerYear = %d, want %d", got, tt.want)
			}
		})
	}
}

func TestJoinCostParts(t *testing.T) {
	p := Profile{TargetAnnualIncome: 120000_00, PlannedHoursPerYear: 1600, MarginalTaxRate: 0.42, HorizonYears: 3}
	entry, annual := Money(3000_00), Money(1200_00)
	n := Network{EntryFee: &entry, AnnualFee: &annual, MembershipHoursPerYear: 60}
	m := ComputeMakeOrBuy(p, n)
	// Fees: (3,000 + 1,200 × 3) × 0.58 = 3,828.00; time: 60 h × 3 × €75 = 13,500.00.
	if m.JoinFeesAfterTax != 3828_00 || m.JoinTimeCost != 13500_00 || m.JoinCost != m.JoinFeesAfterTax+m.JoinTimeCost {
		t.Fatalf("parts %v + %v, total %v", m.JoinFeesAfterTax, m.JoinTimeCost, m.JoinCost)
	}
}
