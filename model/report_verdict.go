package model

import (
	"encoding/json"

	"netvet/model/lang"
)

// VerdictReport is the output of `netvet verdict --format json` (SPEC.md
// 4.2): every candidate that is not archived, best first, the recommended
// one and whether its verdict is robust.
type VerdictReport struct {
	// Recommended is the id of the first network whose verdict is join, or
	// nil.
	Recommended *string `json:"recommended"`
	// Robust says whether the recommended network's verdict is robust
	// (SPEC.md 1.5); nil without a recommendation or without scenarios.
	Robust   *bool                `json:"robust"`
	Networks []VerdictReportEntry `json:"networks"`
}

// VerdictReportEntry is one network of a [VerdictReport].
type VerdictReportEntry struct {
	ID             string           `json:"id"`
	Name           string           `json:"name"`
	Verdict        VerdictWord      `json:"verdict"`
	Score          int              `json:"score"`
	Completeness   int              `json:"completeness"`
	ScoreBreakdown BreakdownReport  `json:"score_breakdown"`
	DealBreakers   []string         `json:"deal_breakers"`
	NextSteps      []string         `json:"next_steps"`
	Reasons        []string         `json:"reasons"`
	Warnings       []string         `json:"warnings"`
	Scenarios      *ScenariosReport `json:"scenarios"`
	MakeOrBuy      MakeOrBuyReport  `json:"make_or_buy"`
	// Review is the membership review of SPEC.md 1.6, null for a network
	// that has none.
	Review *ReviewReport `json:"review"`
}

// BreakdownReport is each score part's points, rounded to two decimals.
type BreakdownReport struct {
	ContractChances json.Number `json:"contract_chances"`
	Mentors         json.Number `json:"mentors"`
	Training        json.Number `json:"training"`
	Fit             json.Number `json:"fit"`
	Delivery        json.Number `json:"delivery"`
	Sentiment       json.Number `json:"sentiment"`
}

// ScenariosReport is the verdict word of each scenario (SPEC.md 1.5).
type ScenariosReport struct {
	Pessimistic VerdictWord `json:"pessimistic"`
	Base        VerdictWord `json:"base"`
	Optimistic  VerdictWord `json:"optimistic"`
}

// MakeOrBuyReport is make-or-buy with money as numbers in major units and
// every unknown figure null.
type MakeOrBuyReport struct {
	HourlyRate *json.Number `json:"hourly_rate"`
	CashCost   *json.Number `json:"cash_cost"`
	TimeCost   *json.Number `json:"time_cost"`
	JoinCost   *json.Number `json:"join_cost"`
	BuildCost  *json.Number `json:"build_cost"`
	Benefit    json.Number  `json:"benefit"`
	NetValue   *json.Number `json:"net_value"`
	// BreakEvenMonths and BreakEvenHourlyRate have two decimals.
	BreakEvenMonths     *json.Number `json:"break_even_months"`
	BreakEvenHourlyRate *json.Number `json:"break_even_hourly_rate"`
	Choice              Choice       `json:"choice"`
}

// ReviewReport is the membership review of SPEC.md 4.2: the verdict word,
// the cancel-by day of the current term (YYYY-MM-DD), whether a review is
// due, and the reasons in the printer's language.
type ReviewReport struct {
	Verdict  ReviewWord `json:"verdict"`
	CancelBy Date       `json:"cancel_by"`
	Due      bool       `json:"due"`
	Reasons  []string   `json:"reasons"`
}

// NewVerdictReport ranks the networks (see [Compare]) into a report, as of
// the day asOf. Lists are never null, so scripts can iterate them without a
// check. A network under review as of asOf ([Network.Reviewed]) has its
// membership review ([ComputeReview]), with the reasons put into words by
// pr; every other network's review is null. A day before a joining day is
// for the caller to refuse ([CheckReviewDay]); here that network's review
// is null.
func NewVerdictReport(pr *lang.Printer, p Profile, plan *OwnNetwork, nets []Network, asOf Date) VerdictReport {
	c := Compare(p, plan, nets)
	r := VerdictReport{Robust: c.Robust, Networks: make([]VerdictReportEntry, 0, len(c.Ranked))}
	if c.Recommended != "" {
		id := c.Recommended
		r.Recommended = &id
	}
	for _, rk := range c.Ranked {
		e := reportEntry(rk)
		e.Review = reviewReport(pr, p, rk.Network, asOf)
		r.Networks = append(r.Networks, e)
	}
	return r
}

// reviewReport is n's review as of asOf, or nil when n is not under
// review then.
func reviewReport(pr *lang.Printer, p Profile, n Network, asOf Date) *ReviewReport {
	if !n.Reviewed(asOf) {
		return nil
	}
	rv, err := ComputeReview(p, n, asOf)
	if err != nil {
		return nil
	}
	return &ReviewReport{Verdict: rv.Word, CancelBy: rv.CancelBy, Due: rv.Due, Reasons: nonNil(pr.Strings(rv.Reasons))}
}

func reportEntry(rk Ranked) VerdictReportEntry {
	v := rk.Verdict
	e := VerdictReportEntry{
		ID: rk.Network.ID, Name: rk.Network.Name, Verdict: v.Word,
		Score: v.Score.Total, Completeness: v.Completeness,
		ScoreBreakdown: breakdownReport(v.Score),
		DealBreakers:   nonNil(v.DealBreakers), NextSteps: nonNil(v.NextSteps),
		Reasons: nonNil(v.Reasons), Warnings: nonNil(WarningTexts(v.Warnings)),
		MakeOrBuy: makeOrBuyReport(v.MakeOrBuy),
	}
	if s := v.Scenarios; s.Available {
		e.Scenarios = &ScenariosReport{Pessimistic: s.Pessimistic.Word, Base: s.Base.Word, Optimistic: s.Optimistic.Word}
	}
	return e
}

func breakdownReport(s ScoreBreakdown) BreakdownReport {
	pts := func(key string) json.Number {
		p, _ := s.Part(key)
		return Money(p.PointsHundredths).JSONNumber()
	}
	return BreakdownReport{
		ContractChances: pts(ScoreContractChances), Mentors: pts(ScoreMentors), Training: pts(ScoreTraining),
		Fit: pts(ScoreFit), Delivery: pts(ScorePromiseDelivery), Sentiment: pts(ScoreMemberSentiment),
	}
}

func makeOrBuyReport(m MakeOrBuy) MakeOrBuyReport {
	return MakeOrBuyReport{
		HourlyRate: m.HourlyRate.JSONNumber(), CashCost: m.CashCost.JSONNumber(),
		TimeCost: m.TimeCost.JSONNumber(), JoinCost: m.JoinCost.JSONNumber(),
		BuildCost: m.BuildCost.JSONNumber(), Benefit: m.Benefit.JSONNumber(),
		NetValue: m.NetValue.JSONNumber(), BreakEvenMonths: m.BreakEvenMonths.JSON(),
		BreakEvenHourlyRate: m.BreakEvenHourlyRate.JSONNumber(), Choice: m.Choice,
	}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
