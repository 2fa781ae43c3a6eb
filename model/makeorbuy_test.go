package model

import (
	"math"
	"math/rand/v2"
	"testing"
)

// mbFigures are the figures of SPEC.md 1.2 a case checks; money in cents.
type mbFigures struct {
	rate, fees, cash, time, join, build Amount
	benefit                             Money
	net                                 Amount
	months                              Months
	beRate                              Amount
	anyRate                             bool
	choice                              Choice
}

// k is a known amount of cents; u is unknown.
func k(cents int64) Amount { return KnownAmount(Money(cents)) }

var u = Amount{}

// mo is a known number of months in hundredths.
func mo(hundredths int64) Months { return Months{Hundredths: hundredths, Known: true} }

// mbFixture are the figures of fxProfile and fxNetwork without a plan:
//
//	hourly rate 12,000,000 / 1600 = 7500 cents
//	fees 3000 + (1200 + 0) × 3 = 6600; factors 1 and 1 → cash 6600
//	time 60 × 3 × 75 = 13,500; join 6600 + 13,500 = 20,100
//	build (400 + 50 × 3) × 75 = 41,250 → buy
//	benefit (10,000 + 0) × 3 = 30,000; net 30,000 − 20,100 = 9900
//	break-even 20,100 × 12 / 10,000 = 24.12 months
//	break-even rate 6600 / (550 − 180 h) = 17.8378… → 17.84
func mbFixture() mbFigures {
	return mbFigures{
		rate: k(75_00), fees: k(6600_00), cash: k(6600_00), time: k(13_500_00), join: k(20_100_00),
		build: k(41_250_00), benefit: 30_000_00, net: k(9900_00), months: mo(24_12), beRate: k(17_84),
		choice: ChoiceBuy,
	}
}

// mbPlan is a plan of four seats: build 4 × 6 = 24 h, upkeep 10 × (3 + 1)
// = 40 h a year.
func mbPlan() *OwnNetwork {
	o := NewOwnNetwork()
	o.MeetingsPerYear, o.HoursPerMeeting, o.PrepHoursPerMeeting = 10, 3, 1
	o.Seats = []Seat{{ID: "a", Role: "A"}, {ID: "b", Role: "B"}, {ID: "c", Role: "C"}, {ID: "d", Role: "D"}}
	return &o
}

func mbFiguresOf(m MakeOrBuy) mbFigures {
	return mbFigures{
		rate: m.HourlyRate, fees: m.Fees, cash: m.CashCost, time: m.TimeCost, join: m.JoinCost,
		build: m.BuildCost, benefit: m.Benefit, net: m.NetValue, months: m.BreakEvenMonths,
		beRate: m.BreakEvenHourlyRate, anyRate: m.BuildCheaperAtAnyRate, choice: m.Choice,
	}
}

// TestComputeMakeOrBuy has one case per rule of SPEC.md 1.2, named after
// it, with the arithmetic beside each figure that differs from
// [mbFixture].
func TestComputeMakeOrBuy(t *testing.T) {
	tests := []struct {
		name    string
		profile func(p *Profile)
		network func(n *Network)
		plan    *OwnNetwork
		want    func(f *mbFigures)
	}{
		{name: "every figure on the fixture"},
		{
			name:    "hourly_rate/rounds half away from zero",
			profile: func(p *Profile) { p.TargetAnnualIncome, p.PlannedHoursPerYear = 100_001, 2 },
			network: func(n *Network) { n.MembershipHoursPerYear = 0; n.BuildHours = fxInt(0); n.BuildUpkeepHoursPerYear = 0 },
			want: func(f *mbFigures) {
				f.rate = k(50_001)                // 100,001 / 2 = 50,000.5 → 50,001
				f.time, f.join = k(0), k(6600_00) // no membership hours; 6600 + 0
				f.build = k(0)                    // no build hours
				f.net = k(23_400_00)              // 30,000 − 6600
				f.months = mo(7_92)               // 6600 × 12 / 10,000
				f.beRate, f.anyRate = u, true     // 0 − 0 hours, cash 6600 > 0
				f.choice = ChoiceMake             // 6600 > 0
			},
		},
		{
			name:    "hourly_rate/unknown without income",
			profile: func(p *Profile) { p.TargetAnnualIncome = 0 },
			want: func(f *mbFigures) {
				f.rate, f.time, f.join, f.build, f.net, f.months = u, u, u, u, u, Months{}
				f.choice = ChoiceUnknown // beRate stays known: 6600 / 370 needs no rate
			},
		},
		{
			name:    "hourly_rate/unknown without planned hours",
			profile: func(p *Profile) { p.PlannedHoursPerYear = 0 },
			want: func(f *mbFigures) {
				f.rate, f.time, f.join, f.build, f.net, f.months = u, u, u, u, u, Months{}
				f.choice = ChoiceUnknown
			},
		},
		{
			name:    "vat_factor/1 when the profile reclaims VAT",
			network: func(n *Network) { n.VATRate = 0.19 },
		},
		{
			name:    "vat_factor/1 + the network's VAT rate when the profile cannot reclaim it",
			profile: func(p *Profile) { p.CannotReclaimVAT = true },
			network: func(n *Network) { n.VATRate = 0.19 },
			want: func(f *mbFigures) {
				f.cash = k(7854_00)   // 6600 × 1.19
				f.join = k(21_354_00) // 7854 + 13,500
				f.net = k(8646_00)    // 30,000 − 21,354
				f.months = mo(25_62)  // 21,354 × 12 / 10,000 = 25.6248
				f.beRate = k(21_23)   // 7854 / 370 = 21.227
			},
		},
		{
			name:    "tax_factor/1 / (1 − tax rate) when the fees are not deductible",
			network: func(n *Network) { n.FeesNotDeductible = true },
			want: func(f *mbFigures) {
				f.cash = k(11_379_31) // 6600 / 0.58 = 11,379.3103
				f.join = k(24_879_31) // 11,379.31 + 13,500
				f.net = k(5120_69)    // 30,000 − 24,879.31
				f.months = mo(29_86)  // 24,879.31 × 12 / 10,000 = 29.855
				f.beRate = k(30_75)   // 11,379.31 / 370 = 30.7549
			},
		},
		{
			name:    "cash_cost/both factors multiply and round once at the end",
			profile: func(p *Profile) { p.CannotReclaimVAT = true },
			network: func(n *Network) {
				n.VATRate, n.FeesNotDeductible = 0.19, true
				n.EntryFee, n.AnnualFee = fxCents(3), fxCents(0)
			},
			want: func(f *mbFigures) {
				f.fees = k(3)         // 3 cents
				f.cash = k(6)         // 3 × 1.19 / 0.58 = 6.155 → 6 (rounding 3.57 to 4 first would give 7)
				f.join = k(13_500_06) // 0.06 + 13,500
				f.net = k(16_499_94)  // 30,000 − 13,500.06
				f.months = mo(16_20)  // 13,500.06 × 12 / 10,000 = 16.2000
				f.beRate = k(0)       // 6 cents / 370 h = 0.016 → 0
			},
		},
		{
			name:    "cash_cost/extra costs per year count like the annual fee",
			network: func(n *Network) { n.ExtraCostsPerYear = 720_00 },
			want: func(f *mbFigures) {
				f.fees, f.cash = k(8760_00), k(8760_00) // 3000 + (1200 + 720) × 3
				f.join = k(22_260_00)                   // 8760 + 13,500
				f.net = k(7740_00)                      // 30,000 − 22,260
				f.months = mo(26_71)                    // 22,260 × 12 / 10,000 = 26.712
				f.beRate = k(23_68)                     // 8760 / 370 = 23.676
			},
		},
		{
			name:    "cash_cost/unknown without the entry fee",
			network: func(n *Network) { n.EntryFee = nil },
			want: func(f *mbFigures) {
				f.fees, f.cash, f.join, f.net, f.months, f.beRate = u, u, u, u, Months{}, u
				f.choice = ChoiceUnknown // time cost 13,500 stays known
			},
		},
		{
			name:    "cash_cost/unknown without the annual fee",
			network: func(n *Network) { n.AnnualFee = nil },
			want: func(f *mbFigures) {
				f.fees, f.cash, f.join, f.net, f.months, f.beRate = u, u, u, u, Months{}, u
				f.choice = ChoiceUnknown
			},
		},
		{
			name: "time_cost/uses the exact rate, not the rate rounded to cents",
			profile: func(p *Profile) {
				p.TargetAnnualIncome, p.PlannedHoursPerYear = 100_000_00, 1500
			},
			network: func(n *Network) {
				n.EntryFee, n.AnnualFee = fxEUR(0), fxEUR(0)
				n.MembershipHoursPerYear, n.BuildHours, n.BuildUpkeepHoursPerYear = 1, fxInt(1497), 0
				n.ExpectedProfitPerYear = 0
			},
			want: func(f *mbFigures) {
				f.rate = k(66_67)                     // 10,000,000 / 1500 = 6666.67
				f.fees, f.cash = k(0), k(0)           // no fees
				f.time, f.join = k(200_00), k(200_00) // 3 h × 10,000,000 / 1500 = 20,000 exactly (3 × 66.67 = 200.01)
				f.build = k(99_800_00)                // 1497 × 10,000,000 / 1500
				f.benefit, f.net = 0, k(-200_00)      // nothing expected
				f.months = Months{}                   // no gain
				f.beRate = k(0)                       // 0 / (1497 − 3)
				f.choice = ChoiceBuy
			},
		},
		{
			name:    "build_cost/the plan's derived hours when the network has none",
			plan:    mbPlan(),
			network: func(n *Network) { n.BuildHours = nil },
			want: func(f *mbFigures) {
				f.build = k(10_800_00)        // (4 × 6 + 10 × (3 + 1) × 3) × 75 = 144 × 75
				f.beRate, f.anyRate = u, true // 144 − 180 h ≤ 0 and cash 6600 > 0
				f.choice = ChoiceMake         // 20,100 > 10,800
			},
		},
		{
			name: "build_cost/the network's own hours win over the plan's",
			plan: mbPlan(),
		},
		{
			name:    "build_cost/a plan without seats gives no build hours",
			plan:    func() *OwnNetwork { o := mbPlan(); o.Seats = nil; return o }(),
			network: func(n *Network) { n.BuildHours = nil },
			want: func(f *mbFigures) {
				f.build, f.beRate, f.choice = u, u, ChoiceUnknown
			},
		},
		{
			name:    "build_cost/unknown without build hours or a plan",
			network: func(n *Network) { n.BuildHours = nil },
			want: func(f *mbFigures) {
				f.build, f.beRate, f.choice = u, u, ChoiceUnknown
			},
		},
		{
			name:    "benefit/expected profit plus other benefit, times H",
			network: func(n *Network) { n.OtherBenefitPerYear = 2000_00 },
			want: func(f *mbFigures) {
				f.benefit = 36_000_00 // (10,000 + 2000) × 3
				f.net = k(15_900_00)  // 36,000 − 20,100
				f.months = mo(20_10)  // 20,100 × 12 / 12,000
			},
		},
		{
			name:    "break_even_months/unknown when nothing is expected",
			network: func(n *Network) { n.ExpectedProfitPerYear = 0 },
			want: func(f *mbFigures) {
				f.benefit, f.net, f.months = 0, k(-20_100_00), Months{}
			},
		},
		{
			name: "break_even_hourly_rate/no cash and more membership hours than building: unknown, no words",
			network: func(n *Network) {
				n.EntryFee, n.AnnualFee = fxEUR(0), fxEUR(0)
				n.MembershipHoursPerYear = 200
			},
			want: func(f *mbFigures) {
				f.fees, f.cash = k(0), k(0)
				f.time, f.join = k(45_000_00), k(45_000_00) // 600 h × 75
				f.net = k(-15_000_00)                       // 30,000 − 45,000
				f.months = mo(54_00)                        // 45,000 × 12 / 10,000
				f.beRate = u                                // 550 − 600 h ≤ 0, cash 0: nothing to say
				f.choice = ChoiceMake                       // 45,000 > 41,250
			},
		},
		{
			name: "choice/buy when joining costs exactly as much as building",
			network: func(n *Network) {
				n.EntryFee, n.AnnualFee = fxEUR(0), fxEUR(0)
				n.MembershipHoursPerYear, n.BuildHours, n.BuildUpkeepHoursPerYear = 10, fxInt(30), 0
			},
			want: func(f *mbFigures) {
				f.fees, f.cash = k(0), k(0)
				f.time, f.join = k(2250_00), k(2250_00) // 10 × 3 × 75
				f.build = k(2250_00)                    // 30 × 75
				f.net = k(27_750_00)                    // 30,000 − 2250
				f.months = mo(2_70)                     // 2250 × 12 / 10,000
				f.beRate = u                            // 30 − 30 h = 0, cash 0
			},
		},
		{
			name:    "choice/make when building is cheaper",
			network: func(n *Network) { n.BuildHours = fxInt(50) },
			want: func(f *mbFigures) {
				f.build = k(15_000_00) // (50 + 150) × 75
				f.beRate = k(330_00)   // 6600 / (200 − 180)
				f.choice = ChoiceMake  // 20,100 > 15,000
			},
		},
		{
			name:    "horizon/unset counts as the default of 3 years",
			profile: func(p *Profile) { p.HorizonYears = 0 },
		},
		{
			name:    "horizon/one year",
			profile: func(p *Profile) { p.HorizonYears = 1 },
			want: func(f *mbFigures) {
				f.fees, f.cash = k(4200_00), k(4200_00) // 3000 + 1200
				f.time, f.join = k(4500_00), k(8700_00) // 60 × 75; 4200 + 4500
				f.build = k(33_750_00)                  // (400 + 50) × 75
				f.benefit, f.net = 10_000_00, k(1300_00)
				f.months = mo(10_44) // 8700 × 12 / 10,000
				f.beRate = k(10_77)  // 4200 / (450 − 60) = 10.769
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
			want := mbFixture()
			if tt.want != nil {
				tt.want(&want)
			}
			if got := mbFiguresOf(ComputeMakeOrBuy(p, tt.plan, n)); got != want {
				t.Errorf("ComputeMakeOrBuy =\n %+v, want\n %+v", got, want)
			}
		})
	}
}

func TestCashCostPerYear(t *testing.T) {
	p, n := fxProfile(), fxNetwork()
	n.ExtraCostsPerYear = 720_00
	// (1200 + 720) × 1 × 1
	if got := CashCostPerYear(p, n); got != k(1920_00) {
		t.Errorf("deductible, VAT reclaimed: %+v, want 1920.00", got)
	}
	p.CannotReclaimVAT, n.VATRate, n.FeesNotDeductible = true, 0.19, true
	// 1920 × 1.19 / 0.58 = 3939.310… → 3939.31
	if got := CashCostPerYear(p, n); got != k(3939_31) {
		t.Errorf("with both factors: %+v, want 3939.31", got)
	}
	n.AnnualFee = nil
	if got := CashCostPerYear(p, n); got.Known {
		t.Errorf("without an annual fee: %+v, want unknown", got)
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
		{"negative divisor", 5, 1, -2, -3},                                                   // −2.5
		{"product beyond int64 does not overflow", math.MaxInt64, 4, 8, math.MaxInt64/2 + 1}, // (2⁶³−1)/2 = 2⁶² − 0.5 → 2⁶²
		{"result beyond int64 is clamped", math.MaxInt64, 3, 1, math.MaxInt64},
		{"negative result beyond int64 is clamped", math.MinInt64, 3, 1, math.MinInt64},
		{"the most negative int64", math.MinInt64, 1, 1, math.MinInt64},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mulDivRound(tt.a, tt.b, tt.c); got != tt.want {
				t.Errorf("mulDivRound(%d, %d, %d) = %d, want %d", tt.a, tt.b, tt.c, got, tt.want)
			}
		})
	}
}

// TestRatioOf reads rates as the decimals the user typed.
func TestRatioOf(t *testing.T) {
	for _, tt := range []struct {
		in   float64
		want ratio
	}{
		{0, ratio{0, 1}}, {0.42, ratio{42, 100}}, {0.19, ratio{19, 100}}, {1, ratio{1, 1}},
		{xpFloatSum(0.1, 0.2), ratio{30000000000000004, 100000000000000000}}, // the float's shortest decimal
		{math.NaN(), ratio{0, 1}}, {-0.5, ratio{0, 1}},
	} {
		if got := ratioOf(tt.in); got != tt.want {
			t.Errorf("ratioOf(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestChoiceLabel(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range []Choice{ChoiceBuy, ChoiceMake, ChoiceUnknown} {
		if l := c.Label(); l == string(c) || seen[l] {
			t.Errorf("label of %s: %q", c, l)
		}
		seen[c.Label()] = true
	}
}

// TestMakeOrBuyProperties checks on generated networks the properties the
// issue asks for: in the before-tax frame, raising the tax rate never
// changes a choice while the fees are deductible; a non-deductible fee
// never lowers the join cost; and an unknown input never gives buy or make.
func TestMakeOrBuyProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(12, 1))
	for i := range 3000 {
		p, n := fxRandomProfile(r), fxRandomNetwork(r, "n")
		var plan *OwnNetwork
		if r.IntN(2) == 0 {
			plan = mbPlan()
		}
		m := ComputeMakeOrBuy(p, plan, n)

		higher := p
		higher.MarginalTaxRate = math.Min(MaxTaxRate, p.MarginalTaxRate+float64(1+r.IntN(30))/100)
		if got := ComputeMakeOrBuy(higher, plan, n); !n.FeesNotDeductible && got.Choice != m.Choice {
			t.Fatalf("case %d: raising the tax rate from %v to %v changed the choice %s to %s", i, p.MarginalTaxRate, higher.MarginalTaxRate, m.Choice, got.Choice)
		}

		nd := n
		nd.FeesNotDeductible = true
		if got := ComputeMakeOrBuy(p, plan, nd); m.JoinCost.Known && (!got.JoinCost.Known || got.JoinCost.Value < m.JoinCost.Value) {
			t.Fatalf("case %d: a non-deductible fee lowered the join cost from %v to %v", i, m.JoinCost, got.JoinCost)
		}

		unknown := n.EntryFee == nil || n.AnnualFee == nil || p.TargetAnnualIncome == 0 || p.PlannedHoursPerYear == 0 ||
			!BuildHoursKnown(plan, n)
		if unknown != (m.Choice == ChoiceUnknown) {
			t.Fatalf("case %d: an input unknown %v, but the choice is %s", i, unknown, m.Choice)
		}
	}
}

// xpFloatSum adds at run time, where 0.1 + 0.2 is not 0.3.
func xpFloatSum(a, b float64) float64 { return a + b }
