package model

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"netvet/model/lang"
)

// verdictFixtures are one network per verdict, built from fxNetwork, and
// the plan that makes beta build_own:
//
//	alpha: join (score 75, see fxNetwork)
//	beta: build_own — building costs 10 h × €75 = €750 < join €20,100, and
//	  the plan rates every factor 4, as beta does
//	gamma: keep_investigating — only two interviews
//	delta: dont_join — target group overlap rated 2
//	epsilon: keep_investigating — no entry fee, so no join cost
func verdictFixtures() ([]Network, *OwnNetwork) {
	beta := fxWith(func(n *Network) {
		n.ID, n.Name, n.BuildHours, n.BuildUpkeepHoursPerYear = "beta", "Beta Guild", fxInt(10), 0
	})
	gamma := fxWith(func(n *Network) { n.ID, n.Name, n.Interviews = "gamma", "Gamma Chapter", n.Interviews[:2] })
	delta := fxWith(func(n *Network) { n.ID, n.Name, n.Fit.TargetGroupOverlap = "delta", "Delta Club", 2 })
	epsilon := fxWith(func(n *Network) { n.ID, n.Name, n.EntryFee = "epsilon", "Epsilon Ring", nil })
	archived := fxWith(func(n *Network) { n.ID, n.Name, n.Status = "old", "Old Association", StatusArchived })
	plan := mbPlan()
	plan.Factors = FactorRatings{Mentors: 4, Training: 4, ContractChances: 4}
	// Listed worst first, so the report has to sort them.
	return []Network{delta, epsilon, gamma, archived, beta, fxNetwork()}, plan
}

// rvReport is the verdict report as JSON, decoded loosely so that nulls can
// be told from zeros.
func rvReport(t *testing.T, p Profile, nets []Network, plan *OwnNetwork) (map[string]any, []map[string]any) {
	t.Helper()
	b, err := json.Marshal(NewVerdictReport(lang.NewPrinter(lang.Default), p, plan, nets, NewDate(2026, time.November, 27)))
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	var entries []map[string]any
	for _, e := range doc["networks"].([]any) {
		entries = append(entries, e.(map[string]any))
	}
	return doc, entries
}

// TestVerdictReportFieldByField checks every field of SPEC.md 4.2 on one
// network per verdict, with the figures of the fxNetwork comment.
func TestVerdictReportFieldByField(t *testing.T) {
	p := fxProfile()
	p.ProfitMargin = ptr(0.6)
	nets, plan := verdictFixtures()
	doc, got := rvReport(t, p, nets, plan)
	if doc["recommended"] != "alpha" || doc["robust"] != true {
		t.Fatalf("recommended %v, robust %v; want alpha, true", doc["recommended"], doc["robust"])
	}
	wantOrder := []struct{ id, verdict string }{
		// epsilon scores 75.17 like alpha, gamma 74.75 (two interviews).
		{"alpha", "join"}, {"beta", "build_own"}, {"epsilon", "keep_investigating"}, {"gamma", "keep_investigating"}, {"delta", "dont_join"},
	}
	if len(got) != len(wantOrder) {
		t.Fatalf("%d networks, want %d (archived left out)", len(got), len(wantOrder))
	}
	keys := []string{"id", "name", "verdict", "score", "completeness", "score_breakdown", "deal_breakers", "next_steps",
		"reasons", "warnings", "scenarios", "make_or_buy", "review"}
	for i, w := range wantOrder {
		if got[i]["id"] != w.id || got[i]["verdict"] != w.verdict {
			t.Fatalf("networks[%d] = %v %v, want %s %s", i, got[i]["id"], got[i]["verdict"], w.id, w.verdict)
		}
		if len(got[i]) != len(keys) {
			t.Errorf("networks[%d] has %d fields, want %d", i, len(got[i]), len(keys))
		}
		for _, k := range keys {
			if _, ok := got[i][k]; !ok {
				t.Errorf("networks[%d] lacks %s", i, k)
			}
		}
		for _, k := range []string{"deal_breakers", "next_steps", "reasons", "warnings"} {
			if got[i][k] == nil {
				t.Errorf("networks[%d].%s is null, want a list", i, k)
			}
		}
		if got[i]["review"] != nil {
			t.Errorf("networks[%d].review = %v, want null", i, got[i]["review"])
		}
	}
	a := got[0]
	if a["name"] != "Alpha Circle" || a["score"] != 75.0 || a["completeness"] != 100.0 {
		t.Errorf("alpha %v", a)
	}
	// Points: 25 × 0.75, 15 × 0.75 twice, 20 × 0.75, 15 × 0.75,
	// 10 × 0.7666… = 7.666… → 7.67.
	rvEqual(t, "alpha score_breakdown", a["score_breakdown"], map[string]any{
		"contract_chances": 18.75, "mentors": 11.25, "training": 11.25, "fit": 15.0, "delivery": 11.25, "sentiment": 7.67,
	})
	// 15,000 × 0.6 = 9000 a year: 27,000 over 3 years > 20,100, join.
	rvEqual(t, "alpha scenarios", a["scenarios"], map[string]any{"pessimistic": "join", "base": "join", "optimistic": "join"})
	rvEqual(t, "alpha make_or_buy", a["make_or_buy"], map[string]any{
		"hourly_rate": 75.0, "cash_cost": 6600.0, "time_cost": 13500.0, "join_cost": 20100.0, "build_cost": 41250.0,
		"benefit": 30000.0, "net_value": 9900.0, "break_even_months": 24.12, "break_even_hourly_rate": 17.84, "choice": "buy",
	})
	if b := got[1]["make_or_buy"].(map[string]any); b["build_cost"] != 750.0 || b["choice"] != "make" {
		t.Errorf("beta make or buy %v", b)
	}
	if g := got[3]["next_steps"].([]any); len(g) != 1 || g[0] != "Interview 1 more member" {
		t.Errorf("gamma next steps %q", g)
	}
	// No entry fee: every figure that depends on it is null, never 0.
	rvEqual(t, "epsilon make_or_buy", got[2]["make_or_buy"], map[string]any{
		"hourly_rate": 75.0, "cash_cost": nil, "time_cost": 13500.0, "join_cost": nil, "build_cost": 41250.0,
		"benefit": 30000.0, "net_value": nil, "break_even_months": nil, "break_even_hourly_rate": nil, "choice": "unknown",
	})
	if d := got[4]["deal_breakers"].([]any); len(d) != 1 {
		t.Errorf("delta deal-breakers %q", d)
	}
}

// rvEqual compares a decoded JSON object with the wanted fields, and that
// it has no others.
func rvEqual(t *testing.T, what string, got any, want map[string]any) {
	t.Helper()
	m, ok := got.(map[string]any)
	if !ok {
		t.Errorf("%s = %v, want an object", what, got)
		return
	}
	if len(m) != len(want) {
		t.Errorf("%s has %d fields, want %d: %v", what, len(m), len(want), m)
	}
	for k, v := range want {
		if m[k] != v {
			t.Errorf("%s.%s = %v, want %v", what, k, m[k], v)
		}
	}
}

func TestVerdictReportWithoutScenarios(t *testing.T) {
	nets, plan := verdictFixtures()
	doc, got := rvReport(t, fxProfile(), nets, plan) // no margin: no scenarios
	if v, ok := doc["robust"]; !ok || v != nil {
		t.Errorf("robust = %v, want null", v)
	}
	for i, e := range got {
		if v, ok := e["scenarios"]; !ok || v != nil {
			t.Errorf("networks[%d].scenarios = %v, want null", i, v)
		}
	}
}

func TestVerdictReportWithoutJoinRecommendsNothing(t *testing.T) {
	nets, plan := verdictFixtures()
	doc, _ := rvReport(t, fxProfile(), nets[:2], plan)
	if v, ok := doc["recommended"]; !ok || v != nil {
		t.Fatalf("recommended = %v, want null", v)
	}
}

// TestVerdictReportBreakEvenRateInWords: when the membership takes more
// hours than building, the rate is null and the figures say why in words.
func TestVerdictReportBreakEvenRateInWords(t *testing.T) {
	n := fxWith(func(n *Network) { n.MembershipHoursPerYear = 300 }) // 900 h over 3 years > 550 h building
	_, got := rvReport(t, fxProfile(), []Network{n}, nil)
	if mb := got[0]["make_or_buy"].(map[string]any); mb["break_even_hourly_rate"] != nil {
		t.Errorf("break_even_hourly_rate = %v, want null", mb["break_even_hourly_rate"])
	}
	m := ComputeMakeOrBuy(fxProfile(), nil, n)
	if text := m.BreakEvenHourlyRateText("EUR"); !strings.HasPrefix(text, "Building is cheaper at any hourly rate") {
		t.Errorf("in words: %q", text)
	}
}
