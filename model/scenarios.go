package model

import "fmt"

// Scenario is the verdict with one expected profit per year.
type Scenario struct {
	ExpectedProfitPerYear Money
	Word                  VerdictWord
}

// Scenarios evaluate a network three times, changing only the expected
// profit per year, which is the most uncertain input (SPEC.md 1.5).
type Scenarios struct {
	// Available is false without a profit margin in the profile or without
	// an interview with a similar member; Missing then says, as
	// instructions, what is missing.
	Available bool
	Missing   []string
	// Pessimistic takes the lowest contracts value among the similar
	// members' interviews × margin, Base the user's own figure, Optimistic
	// the highest × margin; each product is rounded half away from zero to
	// cents.
	Pessimistic, Base, Optimistic Scenario
	// Robust is true when the pessimistic and the base verdict are the
	// same word; Fragile is then "", else the sentence that says what the
	// verdict would be with the least successful similar member's results.
	Robust  bool
	Fragile string
}

// computeScenarios evaluates the scenarios of n, whose verdict with the
// user's own figure is v; similar are the contracts values of the similar
// members, lowest first. The steps of SPEC.md 1.4 up to the make-or-buy
// choice do not depend on the expected profit, so a verdict they decided
// holds in every scenario; otherwise steps 4 and 5 run again with the
// scenario's profit.
func computeScenarios(p Profile, n Network, v Verdict, similar []Money) Scenarios {
	var s Scenarios
	if p.ProfitMargin == nil {
		s.Missing = append(s.Missing, scenarioNeedsMargin)
	}
	if len(similar) == 0 {
		s.Missing = append(s.Missing, scenarioNeedsSimilar)
	}
	if len(s.Missing) > 0 {
		return s
	}
	low, high := similar[0], similar[len(similar)-1]
	margin := *p.ProfitMargin
	s.Available = true
	s.Pessimistic.ExpectedProfitPerYear = applyMargin(low, margin)
	s.Base.ExpectedProfitPerYear = n.ExpectedProfitPerYear
	s.Optimistic.ExpectedProfitPerYear = applyMargin(high, margin)
	return s.decided(p, v)
}

// decided gives each scenario of s (available, its profits set) its verdict
// word for the network whose verdict with the user's own figure is v, and
// says whether the verdict is robust.
func (s Scenarios) decided(p Profile, v Verdict) Scenarios {
	word := func(profit Money) VerdictWord {
		if v.decidedBy <= 3 {
			return v.Word
		}
		w, _ := joinWord(p, v.MakeOrBuy.WithProfit(profit), v.Score.Total)
		return w
	}
	s.Pessimistic.Word = word(s.Pessimistic.ExpectedProfitPerYear)
	s.Base.Word = v.Word
	s.Optimistic.Word = word(s.Optimistic.ExpectedProfitPerYear)
	s.Robust = s.Pessimistic.Word == s.Base.Word
	s.Fragile = ""
	if !s.Robust {
		s.Fragile = fmt.Sprintf(scenarioFragile, s.Pessimistic.ExpectedProfitPerYear.Format(p.Currency), s.Pessimistic.Word.Label())
	}
	return s
}
