package model

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestComputeScore has one case per rule of SPEC.md 1.3. Each case starts
// from a network with nothing rated, no promises and no interviews (score 0)
// unless it starts from fxNetwork.
func TestComputeScore(t *testing.T) {
	blank := func(f func(n *Network)) Network {
		n := NewNetwork()
		n.ID, n.Name = "blank", "Blank"
		if f != nil {
			f(&n)
		}
		return n
	}
	documented := func(id string) Promise { return Promise{ID: id, Text: id, Documented: true} }
	tests := []struct {
		name    string
		network Network
		// weights is nil for DefaultWeights.
		weights *Weights
		// values per part in ScoreKeys order: contract chances, mentors,
		// training, fit, promise delivery, member sentiment.
		values [6]float64
		total  int
	}{
		{
			name:    "nothing rated or recorded scores 0",
			network: blank(nil),
			values:  [6]float64{0, 0, 0, 0, 0, 0},
			total:   0,
		},
		{
			name:    "rating/r maps to (r − 1) / 4",
			network: blank(func(n *Network) { n.Factors = FactorRatings{ContractChances: 5, Mentors: 3, Training: 1} }),
			// contract (5−1)/4 = 1, mentors (3−1)/4 = 0.5, training 0.
			values: [6]float64{1, 0.5, 0, 0, 0, 0},
			total:  33, // 25×1 + 15×0.5 = 32.5 → 33, half away from zero
		},
		{
			name:    "rating/unset counts 0",
			network: blank(func(n *Network) { n.Factors = FactorRatings{Mentors: 5} }),
			values:  [6]float64{0, 1, 0, 0, 0, 0},
			total:   15, // 15×1
		},
		{
			name:    "fit/mean over the set fit ratings only",
			network: blank(func(n *Network) { n.Fit = FitRatings{TargetGroupOverlap: 5, Chemistry: 3} }),
			values:  [6]float64{0, 0, 0, 0.75, 0, 0}, // (1 + 0.5) / 2
			total:   15,                              // 20×0.75
		},
		{
			name:    "fit/none set is 0",
			network: blank(nil),
			values:  [6]float64{0, 0, 0, 0, 0, 0},
			total:   0,
		},
		{
			name: "promise delivery/confirmed 1, mixed 0.5, unverified left out",
			network: blank(func(n *Network) {
				n.Promises = []Promise{documented("c"), {ID: "m"}, {ID: "u"}}
				n.Interviews = []Interview{fxInterview("a", fxAnswer("m", AnswerYes))}
			}),
			// (1 + 0.5) / 2; the unverified promise is not a 0.
			values: [6]float64{0, 0, 0, 0, 0.75, 0},
			total:  11, // 15×0.75 = 11.25
		},
		{
			name: "promise delivery/not delivered counts 0",
			network: blank(func(n *Network) {
				n.Promises = []Promise{documented("c"), {ID: "x"}}
				n.Interviews = []Interview{fxInterview("a", fxAnswer("x", AnswerNo))}
			}),
			values: [6]float64{0, 0, 0, 0, 0.5, 0}, // (1 + 0) / 2
			total:  8,                              // 15×0.5 = 7.5 → 8
		},
		{
			name:    "promise delivery/0 when nothing is verified",
			network: blank(func(n *Network) { n.Promises = []Promise{{ID: "u"}, {ID: "v"}} }),
			values:  [6]float64{0, 0, 0, 0, 0, 0},
			total:   0,
		},
		{
			name: "member sentiment/mean of the recommendation and would-join-again averages",
			network: blank(func(n *Network) {
				a, b := fxInterview("a"), fxInterview("b")
				a.Recommendation, a.WouldJoinAgain = fxInt(8), JoinAgainYes
				b.Recommendation, b.WouldJoinAgain = fxInt(6), JoinAgainNo
				n.Interviews = []Interview{a, b}
			}),
			// ((0.8 + 0.6) / 2 + (1 + 0) / 2) / 2 = (0.7 + 0.5) / 2
			values: [6]float64{0, 0, 0, 0, 0, 0.6},
			total:  6, // 10×0.6
		},
		{
			name: "member sentiment/each average over the interviews that answered it",
			network: blank(func(n *Network) {
				a, b := fxInterview("a"), fxInterview("b")
				a.Recommendation = fxInt(10)
				b.WouldJoinAgain = JoinAgainUnsure
				n.Interviews = []Interview{a, b}
			}),
			// (10/10 over a + 0.5 over b) / 2, not (1 + 0)/2 and (0 + 0.5)/2.
			values: [6]float64{0, 0, 0, 0, 0, 0.75},
			total:  8, // 10×0.75 = 7.5 → 8
		},
		{
			name: "member sentiment/only recommendations answered",
			network: blank(func(n *Network) {
				a := fxInterview("a")
				a.Recommendation = fxInt(9)
				n.Interviews = []Interview{a}
			}),
			values: [6]float64{0, 0, 0, 0, 0, 0.9},
			total:  9,
		},
		{
			name: "member sentiment/only would-join-again answered",
			network: blank(func(n *Network) {
				a := fxInterview("a")
				a.WouldJoinAgain = JoinAgainUnsure
				n.Interviews = []Interview{a}
			}),
			values: [6]float64{0, 0, 0, 0, 0, 0.5},
			total:  5,
		},
		{
			name:    "member sentiment/interviews without either answer give 0",
			network: blank(func(n *Network) { n.Interviews = []Interview{fxInterview("a")} }),
			values:  [6]float64{0, 0, 0, 0, 0, 0},
			total:   0,
		},
		{
			name:    "member sentiment/0 without interviews",
			network: blank(nil),
			values:  [6]float64{0, 0, 0, 0, 0, 0},
			total:   0,
		},
		{
			name:    "total/sum of the points rounded to the nearest integer",
			network: fxNetwork(),
			// See fxNetwork: 18.75 + 11.25 + 11.25 + 15 + 11.25 + 7.666… = 75.166…
			values: [6]float64{0.75, 0.75, 0.75, 0.75, 0.75, 23.0 / 30},
			total:  75,
		},
		{
			name: "total/a half rounds up despite float noise",
			network: fxWith(func(n *Network) {
				n.Interviews[1].WouldJoinAgain = JoinAgainNo
				n.Interviews[2].WouldJoinAgain = JoinAgainUnset
			}),
			// Sentiment ((0.8 + 0.6)/2 + (1 + 0)/2) / 2 = 0.6;
			// 18.75 + 11.25 + 11.25 + 15 + 11.25 + 6 = 73.5 → 74.
			values: [6]float64{0.75, 0.75, 0.75, 0.75, 0.75, 0.6},
			total:  74,
		},
		{
			name:    "total/weights are relative: doubled weights give the same score",
			network: fxNetwork(),
			weights: &Weights{ContractChances: 50, Mentors: 30, Training: 30, Fit: 40, PromiseDelivery: 30, MemberSentiment: 20},
			values:  [6]float64{0.75, 0.75, 0.75, 0.75, 0.75, 23.0 / 30},
			total:   75, // 150.333… / 200 × 100
		},
		{
			name:    "total/edited weights are normalised by their sum",
			network: blank(func(n *Network) { n.Factors = FactorRatings{ContractChances: 4, Mentors: 2} }),
			weights: &Weights{ContractChances: 1, Mentors: 1},
			values:  [6]float64{0.75, 0.25, 0, 0, 0, 0},
			total:   50, // (1×0.75 + 1×0.25) / 2 × 100
		},
		{
			name:    "total/negative weights count as 0",
			network: blank(func(n *Network) { n.Factors = FactorRatings{ContractChances: 5, Mentors: 1} }),
			weights: &Weights{ContractChances: 1, Mentors: -1},
			values:  [6]float64{1, 0, 0, 0, 0, 0},
			total:   100, // 1×1 / 1 × 100
		},
		{
			name:    "total/all weights 0 scores 0",
			network: fxNetwork(),
			weights: &Weights{},
			values:  [6]float64{0.75, 0.75, 0.75, 0.75, 0.75, 23.0 / 30},
			total:   0,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := DefaultWeights()
			if tt.weights != nil {
				w = *tt.weights
			}
			s := ComputeScore(tt.network, w)
			if s.Total != tt.total {
				t.Errorf("Total = %d, want %d (exact %v)", s.Total, tt.total, s.Exact())
			}
			keys := make([]string, len(s.Parts))
			for i, p := range s.Parts {
				keys[i] = p.Key
				if math.Abs(p.Value-tt.values[i]) > 1e-9 {
					t.Errorf("part %s: value %v, want %v", p.Key, p.Value, tt.values[i])
				}
			}
			if !slices.Equal(keys, ScoreKeys()) {
				t.Errorf("parts %v, want %v", keys, ScoreKeys())
			}
		})
	}
}

func TestScoreParts(t *testing.T) {
	s := ComputeScore(fxNetwork(), DefaultWeights())
	// Points = weight × value with the default weights, which sum to 100.
	want := map[string]float64{
		ScoreContractChances: 18.75, // 25 × 0.75
		ScoreMentors:         11.25, // 15 × 0.75
		ScoreTraining:        11.25,
		ScoreFit:             15, // 20 × 0.75
		ScorePromiseDelivery: 11.25,
		ScoreMemberSentiment: 10 * 23.0 / 30, // 7.666…
	}
	for k, pts := range want {
		p, ok := s.Part(k)
		if !ok {
			t.Fatalf("no part %s", k)
		}
		if math.Abs(p.Points-pts) > 1e-9 {
			t.Errorf("%s: %v points, want %v", k, p.Points, pts)
		}
		if dw, _ := DefaultWeights().Get(k); p.Weight != dw {
			t.Errorf("%s: weight %v, want %v", k, p.Weight, dw)
		}
		if p.Label == "" || p.Label == k {
			t.Errorf("%s: label %q", k, p.Label)
		}
	}
	if math.Abs(s.Exact()-(75+1.0/6)) > 1e-9 {
		t.Errorf("Exact = %v, want 75.1666…", s.Exact())
	}
	if _, ok := s.Part("nonsense"); ok {
		t.Error("Part found an unknown key")
	}
}

func TestWeights(t *testing.T) {
	w := DefaultWeights()
	if got := w.Sum(); got != 100 {
		t.Errorf("default weights sum to %v, want 100", got)
	}
	for _, k := range ScoreKeys() {
		if !w.Set(k, 7) {
			t.Fatalf("Set(%s) refused", k)
		}
		if got, ok := w.Get(k); !ok || got != 7 {
			t.Errorf("Get(%s) = %v, %v after Set 7", k, got, ok)
		}
	}
	if got := w.Sum(); got != 42 {
		t.Errorf("sum of six 7s = %v", got)
	}
	if w.Set("nonsense", 1) {
		t.Error("Set accepted an unknown key")
	}
	if _, ok := w.Get("nonsense"); ok {
		t.Error("Get accepted an unknown key")
	}
}

// TestScoreProperties checks on generated networks and weights that the
// score stays within 0–100, that Total is the rounded sum of the points, and
// that raising a rating never lowers it. "Raising" means a set rating going
// up by one, or a decisive factor going from unset to 1: setting a fit rating
// that was unset can lower the score, because the fit mean is over the set
// ratings only (SPEC.md 1.3), so a first low rating pulls the mean down.
func TestScoreProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	raised := 0
	for i := range 2000 {
		n := fxRandomNetwork(r, "n")
		w := fxRandomWeights(r)
		if r.IntN(10) == 0 {
			w.Set(ScoreKeys()[r.IntN(6)], -5)
		}
		s := ComputeScore(n, w)
		if s.Total < 0 || s.Total > 100 || s.Exact() < -1e-9 || s.Exact() > 100+1e-9 {
			t.Fatalf("case %d: score %d (exact %v) outside 0–100", i, s.Total, s.Exact())
		}
		if math.Abs(float64(s.Total)-s.Exact()) > 0.5+1e-6 {
			t.Fatalf("case %d: Total %d is not the rounded exact score %v", i, s.Total, s.Exact())
		}
		for _, k := range append(slices.Clone(FitKeys), FactorKeys...) {
			old := n.Rating(k)
			isFactor := slices.Contains(FactorKeys, k)
			if old == 5 || (!old.IsSet() && !isFactor) {
				continue
			}
			up := n
			up.SetRating(k, old+1)
			s2 := ComputeScore(up, w)
			raised++
			if s2.Exact() < s.Exact()-1e-9 || s2.Total < s.Total {
				t.Fatalf("case %d: raising %s from %d lowered the score from %v to %v", i, k, old, s.Exact(), s2.Exact())
			}
		}
	}
	if raised < 1000 {
		t.Errorf("only %d raises exercised", raised)
	}
}

// TestSettingAFitRatingCanLowerTheScore pins the consequence of the fit mean
// being over the set ratings only, which TestScoreProperties leaves out.
func TestSettingAFitRatingCanLowerTheScore(t *testing.T) {
	n := NewNetwork()
	n.Fit.TargetGroupOverlap = 5
	before := ComputeScore(n, DefaultWeights()).Total // fit 1 → 20 points
	n.Fit.Chemistry = 1
	after := ComputeScore(n, DefaultWeights()).Total // fit (1 + 0) / 2 → 10 points
	if before != 20 || after != 10 {
		t.Errorf("score %d then %d, want 20 then 10", before, after)
	}
}
