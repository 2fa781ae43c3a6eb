package model

import "testing"

// TestMedian covers the median's rules: the middle value of an odd count,
// the mean of the two middle values of an even count rounded half away from
// zero to cents, and the order of the input not mattering.
func TestMedian(t *testing.T) {
	for _, tt := range []struct {
		name   string
		values []Money
		want   Money
	}{
		{"no values", nil, 0},
		{"one value", []Money{5000_00}, 5000_00},
		{"odd count: the middle one after sorting", []Money{9, 1, 5}, 5},
		{"even count: the mean of the two middle ones", []Money{1000_00, 3000_00, 2000_00, 9000_00}, 2500_00}, // (2000 + 3000) / 2
		{"even count: a half cent rounds away from zero", []Money{1, 2}, 2},                                   // (1 + 2) / 2 = 1.5 → 2
		{"even count: a zero counts", []Money{0, 14_500_00}, 7250_00},                                         // (0 + 14,500) / 2
	} {
		t.Run(tt.name, func(t *testing.T) {
			in := append([]Money(nil), tt.values...)
			if got := Median(in); got != tt.want {
				t.Errorf("Median(%v) = %d, want %d", tt.values, got, tt.want)
			}
			for i := range in {
				if in[i] != tt.values[i] {
					t.Fatal("Median changed its input")
				}
			}
		})
	}
}

// TestSuggestProfit has one case per part of the rule of SPEC.md 1.2: the
// median of the similar members' contracts value times the margin; without
// a margin the median revenue and a request for it; without similar
// members nothing.
func TestSuggestProfit(t *testing.T) {
	margin := 0.6
	withMargin := func(p *Profile) { p.ProfitMargin = &margin }
	tests := []struct {
		name    string
		profile func(p *Profile)
		network func(n *Network)
		want    ProfitSuggestion
		text    string
	}{
		{
			name:    "median of the similar members × margin",
			profile: withMargin,
			network: func(n *Network) {
				n.Interviews[1].SimilarToMe, n.Interviews[1].ContractsValue = true, 5000_00
				n.Interviews[2].SimilarToMe, n.Interviews[2].ContractsValue = true, 40_000_00
			},
			// median of 15,000, 5000, 40,000 is 15,000; × 0.6 = 9000
			want: ProfitSuggestion{Members: 3, MedianRevenue: k(15_000_00), Profit: k(9000_00)},
			text: "€9,000.00 a year: the median contracts value of 3 similar members (€15,000.00) × your profit margin",
		},
		{
			name:    "one member, not the sum of several",
			profile: withMargin,
			network: func(n *Network) { n.Interviews[1].SimilarToMe, n.Interviews[1].ContractsValue = true, 5000_00 },
			// (5000 + 15,000) / 2 = 10,000; × 0.6 = 6000 — not 20,000 × 0.6
			want: ProfitSuggestion{Members: 2, MedianRevenue: k(10_000_00), Profit: k(6000_00)},
			text: "€6,000.00 a year: the median contracts value of 2 similar members (€10,000.00) × your profit margin",
		},
		{
			name:    "members not similar to the user do not count",
			profile: withMargin,
			network: func(n *Network) { n.Interviews[1].ContractsValue = 90_000_00 },
			want:    ProfitSuggestion{Members: 1, MedianRevenue: k(15_000_00), Profit: k(9000_00)}, // 15,000 × 0.6
			text:    "€9,000.00 a year: the contracts value of the one similar member (€15,000.00) × your profit margin",
		},
		{
			name: "without a margin: the median revenue and a request for the margin",
			want: ProfitSuggestion{Members: 1, MedianRevenue: k(15_000_00), NeedsMargin: true},
			text: "€15,000.00 a year in revenue, from the one similar member; enter your profit margin in the profile to turn it into profit",
		},
		{
			name:    "the margin rounds half away from zero to cents",
			profile: func(p *Profile) { m := 0.5; p.ProfitMargin = &m },
			network: func(n *Network) { n.Interviews[0].ContractsValue = 1 },
			want:    ProfitSuggestion{Members: 1, MedianRevenue: k(1), Profit: k(1)}, // 1 cent × 0.5 = 0.5 → 1
			text:    "€0.01 a year: the contracts value of the one similar member (€0.01) × your profit margin",
		},
		{
			name:    "without a similar member nothing is suggested",
			profile: withMargin,
			network: func(n *Network) { n.Interviews[0].SimilarToMe = false },
			want:    ProfitSuggestion{},
			text:    "No suggestion: no member similar to you has been interviewed",
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
			got := SuggestProfit(p, n)
			if got != tt.want {
				t.Errorf("SuggestProfit = %+v, want %+v", got, tt.want)
			}
			if s := SuggestionText(p, got); s != tt.text {
				t.Errorf("SuggestionText = %q, want %q", s, tt.text)
			}
		})
	}
}
