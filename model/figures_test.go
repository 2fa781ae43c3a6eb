package model

import (
	"strings"
	"testing"
)

// TestMakeOrBuyFigures: the rows every view shows, with the factors
// spelled out and unknowns as "?".
func TestMakeOrBuyFigures(t *testing.T) {
	p, n := fxProfile(), fxNetwork()
	p.CannotReclaimVAT = true
	n.VATRate, n.FeesNotDeductible = 0.19, true
	rows := func(p Profile, plan *OwnNetwork, n Network) map[string]string {
		out := map[string]string{}
		for _, f := range ComputeMakeOrBuy(p, plan, n).Figures(p.Currency) {
			if f.Label == "" {
				t.Errorf("%s has no label", f.Key)
			}
			out[f.Key] = f.Value
		}
		return out
	}
	got := rows(p, nil, n)
	// 6600 × 1.19 / 0.58 = 13,541.379… → 13,541.38; + 13,500.
	for key, want := range map[string]string{
		FigureHourlyRate: "€75.00", FigureFees: "€6,600.00",
		FigureVATFactor: "× 1.19: VAT of 19 % that you cannot reclaim",
		FigureTaxFactor: "× 1 / (1 − 0.42): the fees are not deductible",
		FigureCashCost:  "€13,541.38", FigureTimeCost: "€13,500.00", FigureJoinCost: "€27,041.38",
		FigureBuildHours: "400 h, then 50 h a year", FigureBuildCost: "€41,250.00", FigureBenefit: "€30,000.00",
		FigureNetValue: "€2,958.62", FigureBreakEvenMonths: "32.45 months", // 27,041.38 × 12 / 10,000 = 32.4497
		FigureBreakEvenHourlyRate: "€36.60 an hour: above it, joining is the cheaper route", // 13,541.38 / 370
		FigureChoice:              "Buy: join the network",
	} {
		if got[key] != want {
			t.Errorf("%s = %q, want %q", key, got[key], want)
		}
	}
	if len(got) != 14 {
		t.Errorf("%d figures, want 14", len(got))
	}

	n.EntryFee, n.BuildHours = nil, nil
	plan := mbPlan()
	got = rows(fxProfile(), plan, n)
	for key, want := range map[string]string{
		FigureVATFactor: "× 1", FigureTaxFactor: "× 1 / (1 − 0.42): the fees are not deductible",
		FigureFees: "?", FigureCashCost: "?", FigureJoinCost: "?", FigureNetValue: "?", FigureBreakEvenMonths: "?",
		FigureBreakEvenHourlyRate: "?", FigureBuildHours: "24 h, then 40 h a year (from your own-network plan)",
		FigureChoice: "Unknown: figures missing",
	} {
		if got[key] != want {
			t.Errorf("unknown fees: %s = %q, want %q", key, got[key], want)
		}
	}
	plan.Seats = nil
	if got := rows(fxProfile(), plan, n); got[FigureBuildHours] != "?" || got[FigureBuildCost] != "?" {
		t.Errorf("no build hours: %q, %q", got[FigureBuildHours], got[FigureBuildCost])
	}
	n = fxNetwork()
	n.ExpectedProfitPerYear = 0
	if got := rows(fxProfile(), nil, n); got[FigureBreakEvenMonths] != "Never (no gain)" {
		t.Errorf("no gain: %q", got[FigureBreakEvenMonths])
	}
	n.MembershipHoursPerYear = 300
	if got := rows(fxProfile(), nil, n); !strings.HasPrefix(got[FigureBreakEvenHourlyRate], "Building is cheaper at any hourly rate") {
		t.Errorf("membership hours above building: %q", got[FigureBreakEvenHourlyRate])
	}
}
