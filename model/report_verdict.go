package model

import (
	"encoding/json"
	"math"
)

// VerdictReport is the output of `netvet verdict --format json` (SPEC.md
// 4.2): every candidate that is not archived, best first, and the
// recommended one.
type VerdictReport struct {
	// Recommended is the id of the first network whose verdict is join, or
	// nil.
	Recommended *string              `json:"recommended"`
	Networks    []VerdictReportEntry `json:"networks"`
}

// VerdictReportEntry is one network of a [VerdictReport].
type VerdictReportEntry struct {
	ID           string          `json:"id"`
	Name         string          `json:"name"`
	Verdict      VerdictWord     `json:"verdict"`
	Score        int             `json:"score"`
	Completeness int             `json:"completeness"`
	DealBreakers []string        `json:"deal_breakers"`
	NextSteps    []string        `json:"next_steps"`
	Reasons      []string        `json:"reasons"`
	MakeOrBuy    MakeOrBuyReport `json:"make_or_buy"`
}

// MakeOrBuyReport is make-or-buy with money as numbers in major units.
type MakeOrBuyReport struct {
	HourlyRate json.Number `json:"hourly_rate"`
	JoinCost   json.Number `json:"join_cost"`
	BuildCost  json.Number `json:"build_cost"`
	Benefit    json.Number `json:"benefit"`
	NetValue   json.Number `json:"net_value"`
	// BreakEvenMonths is rounded to two decimals; nil without expected
	// profit.
	BreakEvenMonths *float64 `json:"break_even_months"`
	Choice          Choice   `json:"choice"`
}

// NewVerdictReport ranks the networks (see [Compare]) into a report. Lists
// are never null, so scripts can iterate them without a check.
func NewVerdictReport(p Profile, nets []Network, w Weights) VerdictReport {
	c := Compare(p, nets, w)
	r := VerdictReport{Networks: make([]VerdictReportEntry, 0, len(c.Ranked))}
	if c.Recommended != "" {
		id := c.Recommended
		r.Recommended = &id
	}
	for _, rk := range c.Ranked {
		v := rk.Verdict
		mb := v.MakeOrBuy
		e := VerdictReportEntry{
			ID: rk.Network.ID, Name: rk.Network.Name, Verdict: v.Word,
			Score: v.Score.Total, Completeness: v.Completeness,
			DealBreakers: nonNil(v.DealBreakers), NextSteps: nonNil(v.NextSteps), Reasons: nonNil(v.Reasons),
			MakeOrBuy: MakeOrBuyReport{
				HourlyRate: mb.HourlyRate.JSONNumber(), JoinCost: mb.JoinCost.JSONNumber(),
				BuildCost: mb.BuildCost.JSONNumber(), Benefit: mb.Benefit.JSONNumber(),
				NetValue: mb.NetValue.JSONNumber(), Choice: mb.Choice,
			},
		}
		if mb.BreakEvenMonths != nil {
			m := math.Round(*mb.BreakEvenMonths*100) / 100
			e.MakeOrBuy.BreakEvenMonths = &m
		}
		r.Networks = append(r.Networks, e)
	}
	return r
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
