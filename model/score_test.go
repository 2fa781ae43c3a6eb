package model

import (
	"math"
	"math/big"
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
		if p.Label() == "" || p.Label() == k {
			t.Errorf("%s: label %q", k, p.Label())
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

// TestScoreBreakdownRounding: each part's value and points are rounded to
// two decimals, halves up, decided on the exact fractions where a float
// lies at a half (SPEC.md 1.3).
func TestScoreBreakdownRounding(t *testing.T) {
	tests := []struct {
		name          string
		network       Network
		weights       Weights
		key           string
		value, points int64 // hundredths
		total         int
	}{
		{
			name:    "value/two decimals: 23/30 = 0.7666… → 0.77",
			network: fxNetwork(), weights: DefaultWeights(), key: ScoreMemberSentiment,
			value: 77, points: 767, total: 75, // 10 × 0.7666… = 7.666… → 7.67
		},
		{
			name: "points/a half rounds up: 15 × 0.5 × 100 / 60 = 12.5",
			network: func() Network {
				n := NewNetwork()
				n.Factors.Mentors = 3 // (3 − 1) / 4 = 0.5
				return n
			}(),
			weights: Weights{Mentors: 15, Fit: 45}, key: ScoreMentors,
			value: 50, points: 1250, total: 13, // 12.5 → 13
		},
		{
			// 0.145 is no float: 0.1 × 1.45 × 100 lands below or above the
			// half by noise; the exact value is 14.5 hundredths of a point.
			name: "points/an exact half of a hundredth rounds up whatever the float says",
			network: func() Network {
				n := NewNetwork()
				n.Factors.Mentors = 2 // 0.25
				return n
			}(),
			weights: Weights{Mentors: 0.29, Training: 49.71}, key: ScoreMentors,
			value: 25, points: 15, total: 0, // 0.29 × 0.25 × 100 / 50 = 0.145 → 0.15
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := ComputeScore(tt.network, tt.weights)
			p, _ := s.Part(tt.key)
			if p.ValueHundredths != tt.value || p.PointsHundredths != tt.points || s.Total != tt.total {
				t.Errorf("value %d, points %d, total %d; want %d, %d, %d (points %v)",
					p.ValueHundredths, p.PointsHundredths, s.Total, tt.value, tt.points, tt.total, p.Points)
			}
			if p.Percent() != int(tt.value) || p.ValueRounded() != float64(tt.value)/100 || p.PointsRounded() != float64(tt.points)/100 {
				t.Errorf("Percent %d, ValueRounded %v, PointsRounded %v", p.Percent(), p.ValueRounded(), p.PointsRounded())
			}
		})
	}
}

// TestScoreTotalDecidesHalvesExactly compares the total with an exact
// computation on generated networks and weights with two decimals, and on
// networks rated on mentors alone with small whole weights, where totals
// at a half are common (1 × 0.25 × 100 / 2 = 12.5).
func TestScoreTotalDecidesHalvesExactly(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 22))
	halves := 0
	for i := range 6000 {
		n := fxRandomNetwork(r, "n")
		var w Weights
		if i%2 == 0 {
			n = NewNetwork()
			n.Factors.Mentors = Rating(1 + r.IntN(5))
			w = Weights{Mentors: float64(1 + r.IntN(4)), Training: float64(r.IntN(8))}
		} else {
			for _, k := range ScoreKeys() {
				w.Set(k, float64(r.IntN(10000))/100)
			}
		}
		s := ComputeScore(n, w)
		if w.Sum() == 0 {
			continue
		}
		values := scoreValues(n, n.PromiseStatuses())
		exact := pointsRat(w, ScoreKeys(), values[:], 100)
		if got, want := s.Total, int(roundRatHalfUp(exact)); got != want {
			t.Fatalf("case %d: total %d, exact %s rounds to %d", i, got, exact.FloatString(9), want)
		}
		if twice := new(big.Rat).Mul(exact, big.NewRat(2, 1)); twice.IsInt() && !exact.IsInt() {
			halves++
		}
	}
	if halves < 20 {
		t.Errorf("only %d exact halves exercised", halves)
	}
}

// TestScoresStayWithinRangeUnderValidWeights: any weights a valid profile
// may hold — non-negative, up to MaxWeight, any decimals, not all 0 — keep
// every score within 0–100 and every part's points within 0 and 100.
func TestScoresStayWithinRangeUnderValidWeights(t *testing.T) {
	r := rand.New(rand.NewPCG(23, 24))
	for i := range 3000 {
		p := fxProfile()
		for _, k := range ScoreKeys() {
			switch r.IntN(4) {
			case 0:
				p.Weights.Set(k, 0)
			case 1:
				p.Weights.Set(k, r.Float64()*MaxWeight)
			case 2:
				p.Weights.Set(k, r.Float64()*1e-6)
			default:
				p.Weights.Set(k, float64(r.IntN(101)))
			}
		}
		if p.Validate() != nil {
			continue
		}
		s := ComputeVerdict(p, nil, fxRandomNetwork(r, "n")).Score
		if s.Total < 0 || s.Total > 100 {
			t.Fatalf("case %d: score %d with weights %+v", i, s.Total, p.Weights)
		}
		for _, part := range s.Parts {
			if part.PointsHundredths < 0 || part.PointsHundredths > 10000 || part.ValueHundredths < 0 || part.ValueHundredths > 100 {
				t.Fatalf("case %d: part %+v out of range", i, part)
			}
		}
	}
}

// TestExplainScoreChange: the status line names the part whose points
// moved most, with its value before and after, or its weight when only the
// weight changed.
func TestExplainScoreChange(t *testing.T) {
	// The case: a score of 60 drops to 59 when a promise one member
	// confirmed is added. Delivery goes from 1 (two confirmed) to (1 + 1 +
	// 0.5) / 3 = 0.833… → 83 %.
	base := func() Network {
		n := NewNetwork()
		n.Factors = FactorRatings{ContractChances: 4, Mentors: 3, Training: 3}
		n.Fit = FitRatings{3, 3, 3, 3, 3}
		n.Promises = []Promise{{ID: "a", Text: "A", Documented: true}, {ID: "b", Text: "B", Documented: true}}
		iv := fxInterview("i")
		iv.Recommendation, iv.WouldJoinAgain = fxInt(7), JoinAgainYes
		n.Interviews = []Interview{iv}
		return n
	}
	before := ComputeScore(base(), DefaultWeights())
	added := base()
	added.Promises = append(added.Promises, Promise{ID: "c", Text: "C"})
	added.Interviews[0].Answers = []Answer{fxAnswer("c", AnswerYes)}
	after := ComputeScore(added, DefaultWeights())
	// Points: 18.75 + 7.5 + 7.5 + 10 + 15 + 8.5 = 67.25 → 67, then delivery
	// 15 × 0.8333… = 12.5: 64.75 → 65.
	if before.Total != 67 || after.Total != 65 {
		t.Fatalf("scores %d then %d, want 67 then 65", before.Total, after.Total)
	}
	tests := []struct {
		name          string
		before, after ScoreBreakdown
		want          string
	}{
		{"a value moved", before, after, "Score 67 → 65: Promise delivery 100 % → 83 %"},
		{"and back", after, before, "Score 65 → 67: Promise delivery 83 % → 100 %"},
		{"no change says nothing", before, before, ""},
		{
			"a weight moved",
			before, ComputeScore(base(), Weights{ContractChances: 25, Mentors: 15, Training: 15, Fit: 20, PromiseDelivery: 40, MemberSentiment: 10}),
			// delivery 40 × 1 of 125: 32 points instead of 15; total 92.25 / 125 × 100 = 73.8 → 74
			"Score 67 → 74: weight of Promise delivery 15 → 40",
		},
		{
			"two parts that moved as much are both named",
			ComputeScore(func() Network { n := NewNetwork(); n.Factors = FactorRatings{Mentors: 5, Training: 5}; return n }(), DefaultWeights()),
			ComputeScore(func() Network { n := NewNetwork(); n.Factors = FactorRatings{Mentors: 3, Training: 3}; return n }(), DefaultWeights()),
			"Score 30 → 15: Mentors and coaches 100 % → 50 %; Training and events 100 % → 50 %",
		},
		{
			// Fit is worth 0, so its points stay 0 while every other part
			// loses points to the larger sum of weights: the weight that
			// changed is the reason, not the parts whose points moved.
			"a weight of a part worth 0 moved",
			ComputeScore(func() Network { n := NewNetwork(); n.Factors = FactorRatings{Mentors: 5, Training: 5}; return n }(), DefaultWeights()),
			ComputeScore(func() Network { n := NewNetwork(); n.Factors = FactorRatings{Mentors: 5, Training: 5}; return n }(),
				Weights{ContractChances: 25, Mentors: 15, Training: 15, Fit: 40, PromiseDelivery: 15, MemberSentiment: 10}),
			// 30 of 120 points: 25.
			"Score 30 → 25: weight of Fit 20 → 40",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ExplainScoreChange(tt.before, tt.after); got != tt.want {
				t.Errorf("ExplainScoreChange = %q, want %q", got, tt.want)
			}
		})
	}
}
