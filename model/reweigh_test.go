package model_test

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"netvet/model"
)

// TestReweighedIsTheVerdictWithTheNewWeights: a verdict reweighed with new
// weights equals, field for field, the verdict computed afresh with them —
// score, word, reasons, scenarios and all — on thousands of generated
// networks with random weights, including weights of 0 and of one decimal.
func TestReweighedIsTheVerdictWithTheNewWeights(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	changed := map[model.VerdictWord]int{}
	checked := 0
	for seed := range int64(12) {
		p, plan, nets := nvGenerate(r, seed+1)
		q := p
		for _, k := range model.ScoreKeys() {
			w := float64(r.IntN(400)) / 10
			if r.IntN(5) == 0 {
				w = 0
			}
			q.Weights.Set(k, w)
		}
		q.Weights.ContractChances++
		for _, n := range nets {
			checked++
			before := model.ComputeVerdict(p, plan, n)
			want := model.ComputeVerdict(q, plan, n)
			got := before.Reweighed(q)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("seed %d, %s: reweighed\n %+v\nwant\n %+v", seed, n.ID, got, want)
			}
			if got.Word != before.Word {
				changed[got.Word]++
			}
		}
	}
	if checked < 1000 || changed[model.VerdictJoin]+changed[model.VerdictDontJoin] == 0 {
		t.Errorf("%d networks checked, words changed %v: the test says little", checked, changed)
	}
}

// TestReweighedKeepsAZeroVerdict: a zero verdict has nothing to reweigh.
func TestReweighedKeepsAZeroVerdict(t *testing.T) {
	if got := (model.Verdict{}).Reweighed(model.NewProfile()); !reflect.DeepEqual(got, model.Verdict{}) {
		t.Fatalf("zero verdict became %+v", got)
	}
}
