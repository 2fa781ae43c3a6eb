package model

import (
	"reflect"
	"slices"
	"testing"
)

// TestScenarios has one case per rule of SPEC.md 1.5 on fxNetwork, whose
// join cost is 20,100 over 3 years. The similar members' contracts values
// are set per case; margin 0.5 unless a case says otherwise.
func TestScenarios(t *testing.T) {
	// similar makes interviews similar with the given contracts values, in
	// order; i1 is similar already.
	similar := func(values ...Money) func(n *Network) {
		return func(n *Network) {
			for i, v := range values {
				n.Interviews[i].SimilarToMe, n.Interviews[i].ContractsValue = true, v
			}
		}
	}
	tests := []struct {
		name    string
		margin  *float64
		network func(n *Network)
		want    Scenarios
	}{
		{
			name: "missing/no scenarios without a margin",
			want: Scenarios{Missing: []string{"Enter your profit margin in the profile to see the scenarios"}},
		},
		{
			name:    "missing/no scenarios without a similar member",
			margin:  ptr(0.5),
			network: func(n *Network) { n.Interviews[0].SimilarToMe = false },
			want:    Scenarios{Missing: []string{"Interview a member similar to you to see the scenarios"}},
		},
		{
			name:    "missing/both said",
			network: func(n *Network) { n.Interviews[0].SimilarToMe = false },
			want: Scenarios{Missing: []string{
				"Enter your profit margin in the profile to see the scenarios",
				"Interview a member similar to you to see the scenarios",
			}},
		},
		{
			// Lowest 20,000 × 0.5 = 10,000, highest 40,000 × 0.5 = 20,000,
			// base 10,000: every one pays for itself (30,000 > 20,100).
			name:    "robust/the pessimistic verdict is the base verdict",
			margin:  ptr(0.5),
			network: similar(20_000_00, 40_000_00),
			want: Scenarios{
				Available:   true,
				Pessimistic: Scenario{10_000_00, VerdictJoin}, Base: Scenario{10_000_00, VerdictJoin}, Optimistic: Scenario{20_000_00, VerdictJoin},
				Robust: true,
			},
		},
		{
			// Lowest 0 × 0.5 = 0: nothing gained, does not pay for joining.
			name:    "fragile/the least successful similar member's results would not pay",
			margin:  ptr(0.5),
			network: similar(0, 40_000_00),
			want: Scenarios{
				Available:   true,
				Pessimistic: Scenario{0, VerdictDontJoin}, Base: Scenario{10_000_00, VerdictJoin}, Optimistic: Scenario{20_000_00, VerdictJoin},
				Fragile: "With the results of the least successful member like you (€0.00 a year), the verdict would be: Don't join",
			},
		},
		{
			// Base 0 does not pay (dont_join); the optimistic 40,000 × 0.5 ×
			// 3 = 60,000 would: only the expected profit changes.
			name:   "optimistic/steps 4 and 5 run again with the scenario's profit",
			margin: ptr(0.5),
			network: func(n *Network) {
				similar(0, 40_000_00)(n)
				n.ExpectedProfitPerYear = 0
			},
			want: Scenarios{
				Available:   true,
				Pessimistic: Scenario{0, VerdictDontJoin}, Base: Scenario{0, VerdictDontJoin}, Optimistic: Scenario{20_000_00, VerdictJoin},
				Robust: true,
			},
		},
		{
			name:   "held/a verdict the steps before make or buy decided holds in every scenario",
			margin: ptr(0.5),
			network: func(n *Network) {
				similar(0, 40_000_00)(n)
				n.Fit.Chemistry = 1
			},
			want: Scenarios{
				Available:   true,
				Pessimistic: Scenario{0, VerdictDontJoin}, Base: Scenario{10_000_00, VerdictDontJoin}, Optimistic: Scenario{20_000_00, VerdictDontJoin},
				Robust: true,
			},
		},
		{
			name:   "held/so does keep_investigating",
			margin: ptr(0.5),
			network: func(n *Network) {
				similar(0, 40_000_00)(n)
				n.EntryFee = nil
			},
			want: Scenarios{
				Available:   true,
				Pessimistic: Scenario{0, VerdictKeepInvestigating}, Base: Scenario{10_000_00, VerdictKeepInvestigating}, Optimistic: Scenario{20_000_00, VerdictKeepInvestigating},
				Robust: true,
			},
		},
		{
			name:    "margin/each product rounds half away from zero to cents",
			margin:  ptr(0.5),
			network: similar(1, 3),
			// 0.5 and 1.5 cents → 1 and 2; both far from paying for joining.
			want: Scenarios{
				Available:   true,
				Pessimistic: Scenario{1, VerdictDontJoin}, Base: Scenario{10_000_00, VerdictJoin}, Optimistic: Scenario{2, VerdictDontJoin},
				Fragile: "With the results of the least successful member like you (€0.01 a year), the verdict would be: Don't join",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := fxProfile()
			p.ProfitMargin = tt.margin
			n := fxNetwork()
			if tt.network != nil {
				tt.network(&n)
			}
			got := ComputeVerdict(p, nil, n).Scenarios
			if !slices.Equal(got.Missing, tt.want.Missing) {
				t.Errorf("Missing = %q, want %q", got.Missing, tt.want.Missing)
			}
			got.Missing, tt.want.Missing = nil, nil
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Scenarios =\n %+v, want\n %+v", got, tt.want)
			}
		})
	}
}
