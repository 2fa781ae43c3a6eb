package model_test

import (
	"reflect"
	"testing"

	"netvet/model"
	"netvet/model/sample"
)

// TestCompareRankedWithKeptVerdictsIsCompare checks that ranking verdicts
// kept by a caller gives exactly the comparison Compare computes, archived
// networks left out either way.
func TestCompareRankedWithKeptVerdictsIsCompare(t *testing.T) {
	p, nets := sample.Generate(5, sample.Config{Networks: 40, Interviews: 400, NotesBytes: 1 << 16})
	archived := 0
	for _, n := range nets {
		if n.Archived() {
			archived++
		}
	}
	if archived == 0 {
		t.Fatal("the sample has no archived network to leave out")
	}
	plan := sample.Plan(5)
	for _, w := range []model.Weights{model.DefaultWeights(), {ContractChances: 1}} {
		p.Weights = w
		verdicts := make([]model.Verdict, len(nets))
		for i, n := range nets {
			verdicts[i] = model.ComputeVerdict(p, &plan, n)
		}
		got := model.CompareRanked(model.RankVerdicts(nets, verdicts), w)
		want := model.Compare(p, &plan, nets)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("weights %+v: CompareRanked(RankVerdicts) differs from Compare", w)
		}
		if len(got.Ranked) != len(nets)-archived {
			t.Errorf("weights %+v: %d ranked, want %d", w, len(got.Ranked), len(nets)-archived)
		}
	}
}
