package model

import (
	"fmt"
	"slices"
)

// ProfitSuggestion is what the interviews suggest as the expected profit
// per year from network contracts (SPEC.md 1.2): one typical member like
// the user, not the sum of several, and profit, not revenue.
type ProfitSuggestion struct {
	// Members is the number of interviews with a member similar to the
	// user; without any, nothing is suggested and both figures are unknown.
	Members int
	// MedianRevenue is the median of those members' contracts value of the
	// last twelve months.
	MedianRevenue Amount
	// Profit is MedianRevenue × the profile's profit margin, rounded half
	// away from zero to cents; unknown without a margin.
	Profit Amount
	// NeedsMargin says the profile has no profit margin, so only the median
	// revenue can be shown and the user should enter the margin.
	NeedsMargin bool
}

// SuggestProfit suggests an expected profit per year for n from its
// interviews with members similar to the user. Every such interview counts,
// one that reports no contract too (its value is 0). The user's own figure
// is what the make-or-buy comparison uses.
func SuggestProfit(p Profile, n Network) ProfitSuggestion {
	return suggestFrom(p, sortedContractValues(n))
}

// suggestFrom is [SuggestProfit] from the sorted contracts values of the
// similar members.
func suggestFrom(p Profile, sorted []Money) ProfitSuggestion {
	s := ProfitSuggestion{Members: len(sorted), NeedsMargin: p.ProfitMargin == nil}
	if len(sorted) == 0 {
		return s
	}
	s.MedianRevenue = KnownAmount(medianOfSorted(sorted))
	if p.ProfitMargin != nil {
		s.Profit = KnownAmount(applyMargin(s.MedianRevenue.Value, *p.ProfitMargin))
	}
	return s
}

// sortedContractValues lists the contracts values of n's interviews with
// members similar to the user, lowest first.
func sortedContractValues(n Network) []Money {
	count := 0
	for i := range n.Interviews {
		if n.Interviews[i].SimilarToMe {
			count++
		}
	}
	if count == 0 {
		return nil
	}
	out := make([]Money, 0, count)
	for _, iv := range n.Interviews {
		if iv.SimilarToMe {
			out = append(out, iv.ContractsValue)
		}
	}
	slices.Sort(out)
	return out
}

// Median returns the median of the values: the middle one of an odd
// count, and of an even count the mean of the two middle ones, rounded half
// away from zero to whole cents. It returns 0 for no values. values is not
// changed.
func Median(values []Money) Money {
	if len(values) == 0 {
		return 0
	}
	s := slices.Clone(values)
	slices.Sort(s)
	return medianOfSorted(s)
}

// medianOfSorted is [Median] of values sorted lowest first.
func medianOfSorted(s []Money) Money {
	if len(s) == 0 {
		return 0
	}
	mid := len(s) / 2
	if len(s)%2 == 1 {
		return s[mid]
	}
	return Money(mulDivRound(int64(s[mid-1])+int64(s[mid]), 1, 2))
}

// applyMargin is revenue × margin, the margin taken exactly as entered,
// rounded half away from zero to cents.
func applyMargin(revenue Money, margin float64) Money {
	return Money(mulRound(int64(revenue), ratioOf(margin)))
}

// SuggestionText says the suggestion in one line, for people: the profit
// with where it comes from, or the median revenue and a request for the
// margin, or that there is nothing to suggest.
func SuggestionText(p Profile, s ProfitSuggestion) string {
	median := s.MedianRevenue.Format(p.Currency)
	switch {
	case s.Members == 0:
		return suggestNone
	case s.Profit.Known && s.Members == 1:
		return fmt.Sprintf(suggestProfitOne, median, s.Profit.Format(p.Currency))
	case s.Profit.Known:
		return fmt.Sprintf(suggestProfit, median, s.Members, s.Profit.Format(p.Currency))
	case s.Members == 1:
		return fmt.Sprintf(suggestRevenueOne, median)
	}
	return fmt.Sprintf(suggestRevenue, median, s.Members)
}
