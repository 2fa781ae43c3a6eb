package model

import (
	"fmt"
	"math"
	"math/big"
	"slices"
	"strconv"
	"strings"
)

// Keys of the score parts, in display order: the keys of the profile's
// "weights" and of the verdict report's "score_breakdown" (SPEC.md 4.1,
// 4.2); [Weights.Get] and [Weights.Set] take them too.
const (
	ScoreContractChances = "contract_chances"
	ScoreMentors         = "mentors"
	ScoreTraining        = "training"
	ScoreFit             = "fit"
	ScorePromiseDelivery = "delivery"
	ScoreMemberSentiment = "sentiment"
)

// scoreKeys are the keys of the score parts in display order.
var scoreKeys = []string{ScoreContractChances, ScoreMentors, ScoreTraining, ScoreFit, ScorePromiseDelivery, ScoreMemberSentiment}

// ScoreKeys returns the keys of the score parts in display order.
func ScoreKeys() []string { return slices.Clone(scoreKeys) }

// MaxWeight is the largest weight a profile may give a score part.
const MaxWeight = 1000

// Weights say how much each part counts towards the score; they live in
// the profile and the user can change them. Weights are relative: the
// score divides by their sum, so they need not add up to 100. A valid
// profile has no negative weight and at least one above 0; the score
// counts a negative weight as 0.
type Weights struct {
	ContractChances float64 `json:"contract_chances"`
	Mentors         float64 `json:"mentors"`
	Training        float64 `json:"training"`
	Fit             float64 `json:"fit"`
	PromiseDelivery float64 `json:"delivery"`
	MemberSentiment float64 `json:"sentiment"`
}

// DefaultWeights returns the weights of SPEC.md 1.3, which add up to 100.
func DefaultWeights() Weights {
	return Weights{ContractChances: 25, Mentors: 15, Training: 15, Fit: 20, PromiseDelivery: 15, MemberSentiment: 10}
}

// ScoreWeights are the weights the profile's scores are computed with: its
// own, or the defaults for a profile whose weights are all 0 — one never
// set up, like a horizon of 0 (validation refuses such a profile).
func (p Profile) ScoreWeights() Weights {
	if p.Weights.Sum() <= 0 {
		return DefaultWeights()
	}
	return p.Weights
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
	for _, v := range [...]float64{w.ContractChances, w.Mentors, w.Training, w.Fit, w.PromiseDelivery, w.MemberSentiment} {
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

// ScorePart is one part of the score, as the breakdown shows it.
type ScorePart struct {
	// Key is one of the Score… constants; [ScorePart.Label] names it.
	Key string
	// Weight is the weight the part was computed with.
	Weight float64
	// Value is how well the network does on this part, 0 to 1.
	Value float64
	// Points is the part's share of the 0–100 score: Weight × Value × 100 /
	// the sum of the weights, unrounded.
	Points float64
	// ValueHundredths and PointsHundredths are Value and Points × 100,
	// rounded half up to whole numbers: the breakdown's figures to two
	// decimals (SPEC.md 1.3), decided exactly where a float lies at a half.
	ValueHundredths, PointsHundredths int64
}

// Label is the user-facing name of the part.
func (p ScorePart) Label() string { return scorePartLabels[p.Key] }

// ValueRounded is Value to two decimals.
func (p ScorePart) ValueRounded() float64 { return float64(p.ValueHundredths) / 100 }

// PointsRounded is Points to two decimals.
func (p ScorePart) PointsRounded() float64 { return float64(p.PointsHundredths) / 100 }

// Percent is Value as a whole percentage, rounded half up: the same
// figure as ValueHundredths.
func (p ScorePart) Percent() int { return int(p.ValueHundredths) }

// ScoreBreakdown is the score of a network and how it came about.
type ScoreBreakdown struct {
	// Total is 100 × Σ(weight × value) / Σ weight rounded to the nearest
	// integer, halves up, 0–100.
	Total int
	// Parts are in the order of [ScoreKeys].
	Parts []ScorePart
	// values are the parts' exact values, so that [ScoreBreakdown.Reweighted]
	// needs neither the network nor its promise statuses.
	values [6]ratio
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

// ComputeScore scores the network from 0 to 100 (SPEC.md 1.3) with the
// weights w.
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
//
// Rounding: the total is rounded to the nearest integer and each part's
// value and points to two decimals, halves up. The sums are floats; where
// one lies within float noise of a half, the rounding is decided on the
// exact fractions instead (the values are fractions of small integers and
// each weight is taken as the decimal it was entered as), so no noise such
// as 54.4999999 decides it.
func ComputeScore(n Network, w Weights) ScoreBreakdown {
	return computeScore(n, w, n.PromiseStatuses())
}

// computeScore is [ComputeScore] with the promise statuses already derived.
func computeScore(n Network, w Weights, statuses map[string]PromiseStatus) ScoreBreakdown {
	return scoreOf(scoreValues(n, statuses), w)
}

// Reweighted is the breakdown with the weights w instead: the same part
// values, and the points and the total that w gives them, exactly as
// [ComputeScore] with w would give them. A zero breakdown stays zero.
func (s ScoreBreakdown) Reweighted(w Weights) ScoreBreakdown {
	if len(s.Parts) == 0 {
		return s
	}
	return scoreOf(s.values, w)
}

// scoreOf is the score of the part values under the weights w.
func scoreOf(values [6]ratio, w Weights) ScoreBreakdown {
	keys := scoreKeys
	sumW := w.Sum()
	s := ScoreBreakdown{Parts: make([]ScorePart, len(keys)), values: values}
	var total float64
	for i, k := range keys {
		weight, _ := w.Get(k)
		v := values[i]
		part := ScorePart{Key: k, Weight: weight}
		part.Value = float64(v.num) / float64(v.den)
		part.ValueHundredths = mulDivRound(v.num, 100, v.den)
		if sumW > 0 {
			part.Points = math.Max(weight, 0) * part.Value * 100 / sumW
			var tie bool
			if part.PointsHundredths, tie = roundHalfUp(part.Points * 100); tie {
				part.PointsHundredths = roundExact(w, []string{k}, []ratio{v}, 10000)
			}
		}
		total += part.Points
		s.Parts[i] = part
	}
	if sumW > 0 {
		t, tie := roundHalfUp(total)
		if tie {
			t = roundExact(w, keys, values[:], 100)
		}
		s.Total = int(t)
	}
	return s
}

// scoreValues are the exact values of the parts, in the order of
// [ScoreKeys].
func scoreValues(n Network, statuses map[string]PromiseStatus) [6]ratio {
	return [...]ratio{
		ratingRatio(n.Factors.ContractChances),
		ratingRatio(n.Factors.Mentors),
		ratingRatio(n.Factors.Training),
		fitRatio(n),
		deliveryRatio(n, statuses),
		sentimentRatio(n),
	}
}

// roundHalfUp rounds x ≥ 0 to the nearest integer, halves up. It reports
// tie when x lies within float noise of a half: then only the exact value
// can decide (see [roundRatHalfUp]).
func roundHalfUp(x float64) (rounded int64, tie bool) {
	if frac := x - math.Floor(x); math.Abs(frac-0.5) > tieNoise {
		return int64(math.Floor(x + 0.5)), false
	}
	return 0, true
}

// roundRatHalfUp rounds r ≥ 0 to the nearest integer, halves up.
func roundRatHalfUp(r *big.Rat) int64 {
	num, den := new(big.Int).Set(r.Num()), new(big.Int).Set(r.Denom())
	// floor(r + 1/2) = floor((2·num + den) / (2·den)) for r ≥ 0.
	num.Lsh(num, 1).Add(num, den)
	den.Lsh(den, 1)
	return num.Quo(num, den).Int64()
}

// tieNoise is how close to a half a float sum must be for [roundHalfUp] to
// check it exactly; float errors of these sums are far smaller.
const tieNoise = 1e-7

// roundExact is [pointsRat] rounded half up: in 64-bit integers when the
// weights have few enough decimals and the sums fit, as they do for any
// weight a person types, else through big fractions.
func roundExact(w Weights, keys []string, values []ratio, scale int64) int64 {
	if r, ok := roundExactInt(w, keys, values, scale); ok {
		return r
	}
	return roundRatHalfUp(pointsRat(w, keys, values, scale))
}

// roundExactInt is [roundExact] in int64; ok is false when a weight is not
// an exact decimal of at most 17 places or a product overflows.
func roundExactInt(w Weights, keys []string, values []ratio, scale int64) (int64, bool) {
	// Weights over one common power of ten: the largest denominator.
	all := scoreKeys
	var wr [6]ratio
	den := int64(1)
	for i, k := range all {
		wk, _ := w.Get(k)
		r, exact := exactRatio(math.Max(wk, 0))
		if !exact {
			return 0, false
		}
		wr[i], den = r, max(den, r.den)
	}
	weight := func(k string) (int64, bool) {
		r := wr[slices.Index(all, k)]
		return mul64(r.num, den/r.den)
	}
	var sumW int64
	for _, k := range all {
		x, ok := weight(k)
		if !ok || sumW > math.MaxInt64-x {
			return 0, false
		}
		sumW += x
	}
	// Values over their least common denominator.
	v := int64(1)
	for _, r := range values {
		l, ok := mul64(v/gcd(v, r.den), r.den)
		if !ok {
			return 0, false
		}
		v = l
	}
	var num int64
	for i, k := range keys {
		x, ok1 := weight(k)
		t, ok2 := mul64(x, values[i].num)
		t, ok3 := mul64(t, v/values[i].den)
		if !ok1 || !ok2 || !ok3 || num > math.MaxInt64-t {
			return 0, false
		}
		num += t
	}
	num, ok1 := mul64(num, scale)
	d, ok2 := mul64(v, sumW)
	if !ok1 || !ok2 || d == 0 {
		return 0, false
	}
	q, r := num/d, num%d
	if r >= d-r {
		q++
	}
	return q, true
}

// gcd is the greatest common divisor of a, b > 0.
func gcd(a, b int64) int64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// pointsRat is scale × Σ(weightₖ × valueₖ) / Σ weights over all parts, as
// an exact fraction, for the parts keys with their values: the points of
// one part (scale 10000 for hundredths of points), or the score (100).
func pointsRat(w Weights, keys []string, values []ratio, scale int64) *big.Rat {
	sum := new(big.Rat)
	for _, k := range ScoreKeys() {
		wk, _ := w.Get(k)
		sum.Add(sum, weightRat(wk))
	}
	acc := new(big.Rat)
	for i, k := range keys {
		wk, _ := w.Get(k)
		term := weightRat(wk)
		term.Mul(term, big.NewRat(values[i].num, values[i].den))
		acc.Add(acc, term)
	}
	acc.Mul(acc, big.NewRat(scale, 1))
	return acc.Quo(acc, sum)
}

// weightRat is a weight as the decimal it was entered as (0.29 is 29/100,
// not the float nearest to it), a negative one as 0.
func weightRat(w float64) *big.Rat {
	r, ok := new(big.Rat).SetString(strconv.FormatFloat(math.Max(w, 0), 'g', -1, 64))
	if !ok {
		return new(big.Rat)
	}
	return r
}

// ratingRatio maps a rating r to (r − 1) / 4, an unset rating to 0.
func ratingRatio(r Rating) ratio {
	if r < 1 {
		return ratio{0, 1}
	}
	return ratio{int64(min(r, 5)) - 1, 4}
}

func fitRatio(n Network) ratio {
	var sum int64
	set := int64(0)
	for _, k := range FitKeys {
		if r := n.Rating(k); r.IsSet() {
			sum += ratingRatio(r).num
			set++
		}
	}
	if set == 0 {
		return ratio{0, 1}
	}
	return ratio{sum, 4 * set}
}

func deliveryRatio(n Network, statuses map[string]PromiseStatus) ratio {
	// Counted in halves: confirmed 2, mixed 1, not delivered 0.
	var halves, verified int64
	for _, p := range n.Promises {
		switch statuses[p.ID] {
		case PromiseConfirmed:
			halves += 2
		case PromiseMixed:
			halves++
		case PromiseNotDelivered:
		default:
			continue
		}
		verified++
	}
	if verified == 0 {
		return ratio{0, 1}
	}
	return ratio{halves, 2 * verified}
}

func sentimentRatio(n Network) ratio {
	// rec sums recommendations (tenths of the value), again halves.
	var rec, again, recN, againN int64
	for _, iv := range n.Interviews {
		if iv.Recommendation != nil {
			rec += int64(min(max(*iv.Recommendation, 0), 10))
			recN++
		}
		switch iv.WouldJoinAgain {
		case JoinAgainYes:
			again += 2
		case JoinAgainUnsure:
			again++
		case JoinAgainNo:
		default:
			continue
		}
		againN++
	}
	switch {
	case recN > 0 && againN > 0:
		// (rec / 10recN + again / 2againN) / 2
		return ratio{rec*2*againN + again*10*recN, 2 * 10 * recN * 2 * againN}
	case recN > 0:
		return ratio{rec, 10 * recN}
	case againN > 0:
		return ratio{again, 2 * againN}
	}
	return ratio{0, 1}
}

// ExplainScoreChange says in one line how and why a score changed between
// two breakdowns of the same network, for the status line after an edit:
// "Score 60 → 59: Promise delivery 100 % → 83 %". The reasons are the parts
// whose value or weight changed (a part whose points moved only because
// another part's weight changed the sum of the weights is no reason); of
// them it names the one whose points moved most (and any that moved as
// much), with its value before and after, or its weight when only the
// weight changed. It returns "" when the total did not change.
func ExplainScoreChange(before, after ScoreBreakdown) string {
	if before.Total == after.Total || len(before.Parts) != len(after.Parts) {
		return ""
	}
	var most int64 = -1
	var why []string
	for i, b := range before.Parts {
		a := after.Parts[i]
		valueMoved, weightMoved := a.ValueHundredths != b.ValueHundredths, a.Weight != b.Weight
		if !valueMoved && !weightMoved {
			continue
		}
		moved := a.PointsHundredths - b.PointsHundredths
		if moved < 0 {
			moved = -moved
		}
		if moved < most {
			continue
		}
		if moved > most {
			most, why = moved, nil
		}
		if valueMoved {
			why = append(why, fmt.Sprintf(scoreChangeValue, a.Label(), b.Percent(), a.Percent()))
		} else {
			why = append(why, fmt.Sprintf(scoreChangeWeight, a.Label(), FormatWeight(b.Weight), FormatWeight(a.Weight)))
		}
	}
	if len(why) == 0 {
		return fmt.Sprintf(scoreChangeBare, before.Total, after.Total)
	}
	return fmt.Sprintf(scoreChange, before.Total, after.Total, strings.Join(why, listSeparator))
}
