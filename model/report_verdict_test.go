package model

import (
	"encoding/json"
	"testing"
)

// verdictFixtures are one network per verdict, built from fxNetwork:
//
//	alpha: join (score 75, see fxNetwork)
//	beta: build_own — building costs 10 h × €75 = €750 < join €17,328
//	gamma: keep_investigating — only two interviews
//	delta: dont_join — target group overlap rated 2
func verdictFixtures() []Network {
	beta := fxWith(func(n *Network) {
		n.ID, n.Name, n.BuildHours, n.BuildUpkeepHoursPerYear = "beta", "Beta Guild", fxInt(10), 0
	})
	gamma := fxWith(func(n *Network) { n.ID, n.Name, n.Interviews = "gamma", "Gamma Chapter", n.Interviews[:2] })
	delta := fxWith(func(n *Network) { n.ID, n.Name, n.Fit.TargetGroupOverlap = "delta", "Delta Club", 2 })
	archived := fxWith(func(n *Network) { n.ID, n.Name, n.Status = "old", "Old Association", StatusArchived })
	// Listed worst first, so the report has to sort them.
	return []Network{delta, gamma, archived, beta, fxNetwork()}
}

func TestVerdictReportFieldByField(t *testing.T) {
	r := NewVerdictReport(fxProfile(), verdictFixtures(), DefaultWeights())
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Recommended *string `json:"recommended"`
		Networks    []struct {
			ID           string   `json:"id"`
			Name         string   `json:"name"`
			Verdict      string   `json:"verdict"`
			Score        int      `json:"score"`
			Completeness int      `json:"completeness"`
			DealBreakers []string `json:"deal_breakers"`
			NextSteps    []string `json:"next_steps"`
			Reasons      []string `json:"reasons"`
			MakeOrBuy    struct {
				HourlyRate      float64  `json:"hourly_rate"`
				JoinCost        float64  `json:"join_cost"`
				BuildCost       float64  `json:"build_cost"`
				Benefit         float64  `json:"benefit"`
				NetValue        float64  `json:"net_value"`
				BreakEvenMonths *float64 `json:"break_even_months"`
				Choice          string   `json:"choice"`
			} `json:"make_or_buy"`
		} `json:"networks"`
	}
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if got.Recommended == nil || *got.Recommended != "alpha" {
		t.Fatalf("recommended %v", got.Recommended)
	}
	wantOrder := []struct{ id, verdict string }{{"alpha", "join"}, {"beta", "build_own"}, {"gamma", "keep_investigating"}, {"delta", "dont_join"}}
	if len(got.Networks) != len(wantOrder) {
		t.Fatalf("%d networks, want %d (archived left out)", len(got.Networks), len(wantOrder))
	}
	for i, w := range wantOrder {
		if got.Networks[i].ID != w.id || got.Networks[i].Verdict != w.verdict {
			t.Fatalf("networks[%d] = %s %s, want %s %s", i, got.Networks[i].ID, got.Networks[i].Verdict, w.id, w.verdict)
		}
		if got.Networks[i].DealBreakers == nil || got.Networks[i].NextSteps == nil || got.Networks[i].Reasons == nil {
			t.Fatalf("networks[%d] has a null list: %s", i, b)
		}
	}
	a := got.Networks[0]
	if a.Name != "Alpha Circle" || a.Score != 75 || a.Completeness != 100 || len(a.DealBreakers) != 0 || len(a.NextSteps) != 0 || len(a.Reasons) == 0 {
		t.Fatalf("alpha %+v", a)
	}
	// Figures from the fxNetwork comment: rate 75, join 17,328, build
	// 41,250, benefit 30,000, net 12,672, break-even 20.7936 → 20.79.
	mb := a.MakeOrBuy
	if mb.HourlyRate != 75 || mb.JoinCost != 17328 || mb.BuildCost != 41250 || mb.Benefit != 30000 || mb.NetValue != 12672 ||
		mb.BreakEvenMonths == nil || *mb.BreakEvenMonths != 20.79 || mb.Choice != "buy" {
		t.Fatalf("alpha make or buy %+v", mb)
	}
	if b := got.Networks[1].MakeOrBuy; b.BuildCost != 750 || b.Choice != "make" {
		t.Fatalf("beta make or buy %+v", b)
	}
	if g := got.Networks[2]; len(g.NextSteps) != 1 || g.NextSteps[0] != "Interview 1 more member" {
		t.Fatalf("gamma next steps %q", g.NextSteps)
	}
	if d := got.Networks[3]; len(d.DealBreakers) != 1 {
		t.Fatalf("delta deal-breakers %q", d.DealBreakers)
	}
}

func TestVerdictReportWithoutJoinRecommendsNothing(t *testing.T) {
	r := NewVerdictReport(fxProfile(), verdictFixtures()[:2], DefaultWeights())
	b, _ := json.Marshal(r)
	var got map[string]any
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if v, ok := got["recommended"]; !ok || v != nil {
		t.Fatalf("recommended = %v, want null", v)
	}
}
