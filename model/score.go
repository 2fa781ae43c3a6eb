package model

import "math"

// Keys of the score parts, in display order; [Weights.Get] and [Weights.Set]
// take them too.
const (
	ScoreContractChances = "contract_chances"
	ScoreMentors         = "mentors"
	ScoreTraining        = "training"
	ScoreFit             = "fit"
	ScorePromiseDelivery = "promise_delivery"
	ScoreMemberSentiment = "member_sentiment"
)

// ScoreKeys returns the keys of the score parts in display order.
func ScoreKeys() []string {
	return []string{ScoreContractChances, ScoreMentors, ScoreTraining, ScoreFit, ScorePromiseDelivery, ScoreMemberSentiment}
}

// Weights says how much each part counts towards the score. Weights are
// relative: the score divides by their sum, so they need not add up to 100.
// A negative weight counts as 0.
type Weights struct {
	ContractChances, Mentors, Training, Fit, PromiseDelivery, MemberSentiment float64
}

// DefaultWeights returns the weights of SPEC.md 1.3, which add up to 100.
func DefaultWeights() Weights {
	return Weights{ContractChances: 25, Mentors: 15, Training: 15, Fit: 20, PromiseDelivery: 15, MemberSentiment: 10}
}

// Get returns the weight of the score part with the given key; it reports
// false for an unknown key.
func (w Weights) Get(key string) (float64, bool) {
	if p := w.ptr(key); p != nil {
		return *p, true
	}
	return 0, false
}

// Set changes the weight of the score part with the given key; it reports
// false for an unknown key.
func (w *Weights) Set(key string, v float64) bool {
	p := w.ptr(key)
	if p == nil {
		return false
	}
	*p = v
	return true
}

// Sum is the sum of the weights, negative ones counted as 0.
func (w Weights) Sum() float64 {
	var s float64
	for _, k := range ScoreKeys() {
		v, _ := w.Get(k)
		s += math.Max(v, 0)
	}
	return s
}

func (w *Weights) ptr(key string) *float64 {
	switch key {
	case ScoreContractChances:
		return &w.ContractChances
	case ScoreMentors:
		return &w.Mentors
	case ScoreTraining:
		return &w.Training
	case ScoreFit:
		return &w.Fit
	case ScorePromiseDelivery:
		return &w.PromiseDelivery
	case ScoreMemberSentiment:
		return &w.MemberSentiment
	}
	return nil
}

// ScorePart is one part of the score.
type ScorePart struct {
	// Key is one of the Score… constants.
	Key   string
	Label string
	// Weight is the weight the part was computed with.
	Weight float64
	// Value is how well the network does on this part, 0 to 1.
	Value float64
	// Points is the part's share of the 0–100 score: Weight × Value × 100 /
	// the sum of the weights.
	Points float64
}

// ScoreBreakdown is the score of a network and how it came about.
type ScoreBreakdown struct {
	// Total is the sum of the points rounded to the nearest integer, 0–100.
	Total int
	// Parts are in the order of [ScoreKeys].
	Parts []ScorePart
}

// Exact is the unrounded score: the sum of the points.
func (s ScoreBreakdown) Exact() float64 {
	var sum float64
	for _, p := range s.Parts {
		sum += p.Points
	}
	return sum
}

// Part returns the part with the given key.
func (s ScoreBreakdown) Part(key string) (ScorePart, bool) {
	for _, p := range s.Parts {
		if p.Key == key {
			return p, true
		}
	}
	return ScorePart{}, false
}

// ComputeScore scores the network from 0 to 100 (SPEC.md 1.3).
//
// Each part has a value from 0 to 1:
//   - contract chances, mentors, training: a rating r maps to (r − 1) / 4,
//     an unset rating to 0;
//   - fit: the mean of (r − 1) / 4 over the fit ratings that are set, 0 when
//     none is set;
//   - promise delivery: the mean over the promises of confirmed 1, mixed 0.5,
//     not delivered 0, leaving unverified promises out; 0 when none is
//     verified;
//   - member sentiment: the mean of two averages, the recommendation / 10
//     over the interviews that have a recommendation, and would-join-again
//     (yes 1, unsure 0.5, no 0) over the interviews that answered it. When
//     only one of the two questions has answers, that average alone is the
//     value, just as unverified promises are left out of promise delivery
//     rather than counted as 0; when neither has, and without interviews, it
//     is 0.
//
// Values out of range (a rating above 5, a recommendation above 10) are
// clamped, so the score stays within 0–100. A part earns weight × value × 100
// / the sum of the weights points; with all weights 0 every part earns 0.
// The total is the sum of the points rounded half away from zero; the sum is
// first rounded to six decimals so that float noise such as 54.4999999 does
// not decide the rounding.
func ComputeScore(n Network, w Weights) ScoreBreakdown {
	return computeScore(n, w, n.PromiseStatuses())
}

// computeScore is [ComputeScore] with the promise statuses already derived.
func computeScore(n Network, w Weights, statuses map[string]PromiseStatus) ScoreBreakdown {
	values := map[string]float64{
		ScoreContractChances: ratingValue(n.Factors.ContractChances),
		ScoreMentors:         ratingValue(n.Factors.Mentors),
		ScoreTraining:        ratingValue(n.Factors.Training),
		ScoreFit:             fitValue(n),
		ScorePromiseDelivery: deliveryValue(n, statuses),
		ScoreMemberSentiment: sentimentValue(n),
	}
	sumW := w.Sum()
	s := ScoreBreakdown{Parts: make([]ScorePart, 0, len(values))}
	for _, k := range ScoreKeys() {
		weight, _ := w.Get(k)
		part := ScorePart{Key: k, Label: scorePartLabels[k], Weight: weight, Value: values[k]}
		if sumW > 0 {
			part.Points = math.Max(weight, 0) * part.Value * 100 / sumW
		}
		s.Parts = append(s.Parts, part)
	}
	s.Total = int(math.Round(math.Round(s.Exact()*1e6) / 1e6))
	return s
}

// ratingValue maps a rating r to (r − 1) / 4, an unset rating to 0.
func ratingValue(r Rating) float64 {
	if r < 1 {
		return 0
	}
	return (float64(min(r, 5)) - 1) / 4
}

func fitValue(n Network) float64 {
	var sum float64
	set := 0
	for _, k := range FitKeys {
		if r := n.Rating(k); r.IsSet() {
			sum += ratingValue(r)
			set++
		}
	}
	if set == 0 {
		return 0
	}
	return sum / float64(set)
}

func deliveryValue(n Network, statuses map[string]PromiseStatus) float64 {
	var sum float64
	verified := 0
	for _, p := range n.Promises {
		switch statuses[p.ID] {
		case PromiseConfirmed:
			sum++
		case PromiseMixed:
			sum += 0.5
		case PromiseNotDelivered:
		default:
			continue
		}
		verified++
	}
	if verified == 0 {
		return 0
	}
	return sum / float64(verified)
}

func sentimentValue(n Network) float64 {
	var rec, again float64
	recN, againN := 0, 0
	for _, iv := range n.Interviews {
		if iv.Recommendation != nil {
			rec += float64(min(max(*iv.Recommendation, 0), 10)) / 10
			recN++
		}
		switch iv.WouldJoinAgain {
		case JoinAgainYes:
			again++
		case JoinAgainUnsure:
			again += 0.5
		case JoinAgainNo:
		default:
			continue
		}
		againN++
	}
	switch {
	case recN > 0 && againN > 0:
		return (rec/float64(recN) + again/float64(againN)) / 2
	case recN > 0:
		return rec / float64(recN)
	case againN > 0:
		return again / float64(againN)
	default:
		return 0
	}
}
