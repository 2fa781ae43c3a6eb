package model

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// VerdictWord is what netvet advises for one network (SPEC.md 1.4).
type VerdictWord string

// Verdict words, best first; [Rank] sorts in this order.
const (
	VerdictJoin              VerdictWord = "join"
	VerdictBuildOwn          VerdictWord = "build_own"
	VerdictKeepInvestigating VerdictWord = "keep_investigating"
	VerdictDontJoin          VerdictWord = "dont_join"
)

// VerdictWords lists every verdict word, best first.
var VerdictWords = []VerdictWord{VerdictJoin, VerdictBuildOwn, VerdictKeepInvestigating, VerdictDontJoin}

// Label is the user-facing name of v.
func (v VerdictWord) Label() string {
	if l, ok := verdictLabels[v]; ok {
		return l
	}
	return string(v)
}

// order is v's position in [VerdictWords]; unknown words sort last.
func (v VerdictWord) order() int {
	if i := slices.Index(VerdictWords, v); i >= 0 {
		return i
	}
	return len(VerdictWords)
}

// Verdict is netvet's advice on one network with every figure behind it:
// the one computation that the screens, the Markdown and CSV exports and
// `netvet verdict` all render, so that a figure on paper is the figure on
// screen.
type Verdict struct {
	Word  VerdictWord
	Score ScoreBreakdown
	// Completeness is the percentage of the checklist items of step 2 that
	// are met, rounded down, so 100 means all are met; see [ComputeVerdict].
	Completeness int
	// DealBreakers are the deal-breakers that hold; any makes the word
	// dont_join.
	DealBreakers []string
	// NextSteps are what to do to get further: the missing checklist items
	// as instructions, or where the own-network plan falls short. They are
	// left out when a deal-breaker decides, since finding out more cannot
	// change that.
	NextSteps []string
	// Reasons say in plain words why the word is what it is.
	Reasons []string
	// Warnings are the ticked warning signs, each interview's red flags
	// (with the member) and every must-have promise that is only mixed;
	// [WarningTexts] says them in words.
	Warnings  []Warning
	MakeOrBuy MakeOrBuy
	// Suggestion is the expected profit the interviews suggest.
	Suggestion ProfitSuggestion
	// Scenarios are the verdicts with other expected profits (SPEC.md 1.5).
	Scenarios Scenarios
	// decidedBy is the step of SPEC.md 1.4 that decided the word; steps 1
	// to 3 do not depend on the expected profit, so scenarios keep it.
	decidedBy int
}

// ComputeVerdict decides on the network, following the five steps of
// SPEC.md 1.4 in order; the first that applies decides. p gives the
// weights of the score; plan is the own-network plan, or nil.
//
//  1. dont_join if a deal-breaker holds; each one is a reason: a must-have
//     promise is not delivered (one deal-breaker per such promise); a
//     contracts promise exists, at least min-interviews interviews are
//     recorded, none reports a contract (count or value above 0) and no
//     evidence is at member_reported or documented level; more than half of
//     the interviews that answered would-join-again said no; "no
//     compromises": any fit rating is 1 or 2 (one per such rating).
//  2. keep_investigating if a checklist item is missing; each one is a next
//     step. The items, each counting once towards Completeness: the entry
//     fee is entered; the annual fee is entered (0 counts as entered); at
//     least min-interviews interviews are recorded; one interview is with a
//     member similar to the user; not every interview is with a member the
//     network introduced (met while there are no interviews, as SPEC.md
//     words it; the two items before are missing then anyway); one item per
//     must-have promise, met unless it is unverified; one item per rating
//     (five fit ratings, three decisive factors), met when set; the profile's
//     target annual income is entered; its planned hours are entered; build
//     hours are known, the network's or the plan's. So there are 16 items
//     plus one per must-have promise.
//  3. If the make-or-buy choice is make: build_own when the plan rates each
//     decisive factor at least as high as this network; otherwise
//     keep_investigating, with next steps saying where the plan falls
//     short, or to plan the own network when there is no plan.
//  4. dont_join if the net value is 0 or less: what the user expects to
//     gain does not pay for joining.
//  5. join if the score reaches the profile's join threshold, else
//     dont_join.
//
// A complete checklist makes every make-or-buy figure known, so no unknown
// figure reaches steps 3 to 5; should one still be unknown, the verdict is
// keep_investigating rather than a word drawn from it.
//
// A min-interviews below 1 (a profile never set up) counts as
// [DefaultMinInterviews]. Score, Completeness, Warnings, MakeOrBuy,
// Suggestion and Scenarios are always filled in, whatever the word.
func ComputeVerdict(p Profile, plan *OwnNetwork, n Network) Verdict {
	statuses := n.PromiseStatuses()
	items := checklist(p, plan, n, statuses)
	v := Verdict{
		Score:        computeScore(n, p.ScoreWeights(), statuses),
		Completeness: completeness(items),
		Warnings:     verdictWarnings(n, statuses),
		MakeOrBuy:    ComputeMakeOrBuy(p, plan, n),
	}
	similar := sortedContractValues(n)
	v.Suggestion = suggestFrom(p, similar)
	v.decide(p, plan, n, statuses, items)
	v.Scenarios = computeScenarios(p, n, v, similar)
	return v
}

// Reweighed returns the verdict v with the score weights of p, as
// ComputeVerdict gives it for p when p differs from the profile v was
// computed with in its weights only. A weight changes only the score, so
// only what depends on the score is decided again: the score itself, the
// word and reasons of steps 4 and 5 (the threshold), and the scenarios'
// words; the checklist, the deal-breakers and make or buy stay as they
// are. The comparison re-ranks hundreds of networks so in a key press.
func (v Verdict) Reweighed(p Profile) Verdict {
	v.Score = v.Score.Reweighted(p.ScoreWeights())
	if v.decidedBy >= 4 {
		v.Word, v.Reasons, v.decidedBy = decideJoin(p, v.MakeOrBuy, v.Score.Total)
	}
	if v.Scenarios.Available {
		v.Scenarios = v.Scenarios.decided(p, v)
	}
	return v
}

// decide applies the five steps of SPEC.md 1.4 in order.
func (v *Verdict) decide(p Profile, plan *OwnNetwork, n Network, statuses map[string]PromiseStatus, items []checkItem) {
	if v.DealBreakers = dealBreakers(p, n, statuses); len(v.DealBreakers) > 0 {
		v.Word, v.decidedBy = VerdictDontJoin, 1
		v.Reasons = slices.Clone(v.DealBreakers)
		return
	}
	if steps := missingSteps(items); len(steps) > 0 {
		v.Word, v.decidedBy = VerdictKeepInvestigating, 2
		v.NextSteps = steps
		v.Reasons = []string{fmt.Sprintf(reasonIncomplete, len(steps), len(items), v.Completeness)}
		return
	}
	m := v.MakeOrBuy
	cur := p.Currency
	switch m.Choice {
	case ChoiceUnknown:
		v.Word, v.decidedBy = VerdictKeepInvestigating, 3
		v.Reasons, v.NextSteps = []string{reasonFiguresUnknown}, []string{stepFiguresUnknown}
		return
	case ChoiceMake:
		v.decidedBy = 3
		v.Word, v.Reasons, v.NextSteps = decideMake(cur, plan, n, m)
		return
	}
	v.Word, v.Reasons, v.decidedBy = decideJoin(p, m, v.Score.Total)
}

// decideMake is step 3: building is cheaper, so build_own if the plan is at
// least as good, else say what the plan lacks.
func decideMake(cur string, plan *OwnNetwork, n Network, m MakeOrBuy) (VerdictWord, []string, []string) {
	cheaper := fmt.Sprintf(reasonBuildCheaper, m.Horizon, m.BuildCost.Format(cur), m.JoinCost.Format(cur))
	if plan == nil {
		return VerdictKeepInvestigating, []string{cheaper, reasonNoPlan},
			[]string{fmt.Sprintf(stepPlanOwnNetwork, m.BuildCost.Format(cur), m.JoinCost.Format(cur))}
	}
	short := plan.ShortOf(n)
	if len(short) == 0 {
		return VerdictBuildOwn, []string{cheaper, reasonPlanAsGood}, nil
	}
	steps := make([]string, len(short))
	for i, s := range short {
		steps[i] = fmt.Sprintf(stepPlanShort[s.Factor], s.Need)
	}
	return VerdictKeepInvestigating, []string{cheaper, reasonPlanShort}, steps
}

// joinWord is steps 4 and 5 for a network that is the cheaper route, with
// the figures m (the user's, or a scenario's), and the step that decided.
func joinWord(p Profile, m MakeOrBuy, score int) (VerdictWord, int) {
	switch {
	case !m.NetValue.Known:
		return VerdictKeepInvestigating, 3
	case m.NetValue.Value <= 0:
		return VerdictDontJoin, 4
	case score < p.JoinThreshold:
		return VerdictDontJoin, 5
	}
	return VerdictJoin, 5
}

// decideJoin is [joinWord] with the reasons in words.
func decideJoin(p Profile, m MakeOrBuy, score int) (VerdictWord, []string, int) {
	cur := p.Currency
	word, step := joinWord(p, m, score)
	switch step {
	case 3:
		return word, []string{reasonFiguresUnknown}, step
	case 4:
		return word, []string{fmt.Sprintf(reasonDoesNotPay, m.Benefit.Format(cur), m.Horizon, m.JoinCost.Format(cur))}, step
	}
	reasons := []string{fmt.Sprintf(reasonScoreReaches, score, p.JoinThreshold)}
	if word == VerdictDontJoin {
		reasons = []string{fmt.Sprintf(reasonScoreBelow, score, p.JoinThreshold)}
	}
	reasons = append(reasons,
		fmt.Sprintf(reasonJoinCheaper, m.Horizon, m.JoinCost.Format(cur), m.BuildCost.Format(cur)),
		fmt.Sprintf(reasonBenefit, m.Horizon, m.Benefit.Format(cur), m.NetValue.Format(cur), m.BreakEvenMonths.String()))
	return word, reasons, 5
}

// dealBreakers lists the deal-breakers of step 1 that hold.
func dealBreakers(p Profile, n Network, statuses map[string]PromiseStatus) []string {
	var out []string
	for _, pr := range n.Promises {
		if pr.MustHave && statuses[pr.ID] == PromiseNotDelivered {
			t := n.Tally(pr.ID)
			out = append(out, fmt.Sprintf(dealMustHaveNotDelivered, pr.Text, t.No, t.Yes, t.Partly))
		}
	}
	if noContractFlow(p, n) {
		out = append(out, fmt.Sprintf(dealNoContracts, len(n.Interviews)))
	}
	answered, no := 0, 0
	for _, iv := range n.Interviews {
		switch iv.WouldJoinAgain {
		case JoinAgainNo:
			no++
			answered++
		case JoinAgainYes, JoinAgainUnsure:
			answered++
		}
	}
	if 2*no > answered {
		out = append(out, fmt.Sprintf(dealWouldNotJoinAgain, no, answered))
	}
	for _, k := range FitKeys {
		if r := n.Rating(k); r == 1 || r == 2 {
			out = append(out, fmt.Sprintf(dealFit[k], r))
		}
	}
	return out
}

// noContractFlow is the second deal-breaker: contracts are promised, enough
// members were asked, and nothing shows a contract coming out.
func noContractFlow(p Profile, n Network) bool {
	promised := slices.ContainsFunc(n.Promises, func(pr Promise) bool { return pr.Category == CategoryContracts })
	if !promised || len(n.Interviews) < p.effectiveMinInterviews() {
		return false
	}
	for _, iv := range n.Interviews {
		if iv.ContractsCount > 0 || iv.ContractsValue > 0 {
			return false
		}
	}
	return !slices.ContainsFunc(n.Evidence, func(e Evidence) bool { return e.Level.proven() })
}

// checkItem is one item of the checklist of step 2: whether it is met, and
// the instruction that would meet it.
type checkItem struct {
	met  bool
	step string
}

// checklist lists the items of step 2 in the order of SPEC.md.
func checklist(p Profile, plan *OwnNetwork, n Network, statuses map[string]PromiseStatus) []checkItem {
	items := []checkItem{
		{n.EntryFee != nil, stepEntryFee},
		{n.AnnualFee != nil, stepAnnualFee},
	}
	missing := p.effectiveMinInterviews() - len(n.Interviews)
	more := fmt.Sprintf(stepInterviewMore, missing)
	if missing == 1 {
		more = stepInterviewOneMore
	}
	similar := slices.ContainsFunc(n.Interviews, func(iv Interview) bool { return iv.SimilarToMe })
	independent := slices.ContainsFunc(n.Interviews, func(iv Interview) bool { return !iv.IntroducedByNetwork })
	items = append(items,
		checkItem{missing <= 0, more},
		checkItem{similar, stepInterviewSimilar},
		checkItem{len(n.Interviews) == 0 || independent, stepInterviewIndependent},
	)
	for _, pr := range n.Promises {
		if pr.MustHave {
			items = append(items, checkItem{statuses[pr.ID] != PromiseUnverified, fmt.Sprintf(stepAskAboutPromise, pr.Text)})
		}
	}
	for _, k := range ratingKeys {
		items = append(items, checkItem{n.Rating(k).IsSet(), rateSteps[k]})
	}
	return append(items,
		checkItem{p.TargetAnnualIncome > 0, stepIncome},
		checkItem{p.PlannedHoursPerYear > 0, stepHours},
		checkItem{BuildHoursKnown(plan, n), stepBuildHours},
	)
}

// ratingKeys are the fit ratings, then the decisive factors.
var ratingKeys = append(slices.Clone(FitKeys), FactorKeys...)

// completeness is the percentage of items met, rounded down.
func completeness(items []checkItem) int {
	met := 0
	for _, it := range items {
		if it.met {
			met++
		}
	}
	return met * 100 / len(items)
}

func missingSteps(items []checkItem) []string {
	var out []string
	for _, it := range items {
		if !it.met {
			out = append(out, it.step)
		}
	}
	return out
}

// oneLine folds s into one line: runs of white space, line breaks
// included, become one space, and none is left at either end. Text that is
// one line already is returned as it is, without copying.
func oneLine(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		fold := false
		switch {
		case c == ' ':
			fold = i == 0 || i == len(s)-1 || s[i+1] == ' '
		case c < utf8.RuneSelf:
			fold = c >= '\t' && c <= '\r'
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			fold = unicode.IsSpace(r)
			i += size - 1
		}
		if fold {
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return s
}

// Ranked is a network with its verdict, as [Rank] orders them.
type Ranked struct {
	Network Network
	Verdict Verdict
}

// Rank computes the verdict of every network that is not archived and sorts
// them best first: by verdict word (join, build_own, keep_investigating,
// dont_join), then by score, highest first — the rounded total, then the
// unrounded score, so a weight change that puts one network's exact score
// above another's always reorders them — then by name, case-insensitively,
// then by id.
func Rank(p Profile, plan *OwnNetwork, nets []Network) []Ranked {
	verdicts := make([]Verdict, len(nets))
	for i, n := range nets {
		if !n.Archived() {
			verdicts[i] = ComputeVerdict(p, plan, n)
		}
	}
	return RankVerdicts(nets, verdicts)
}

// RankVerdicts is [Rank] for verdicts computed already: verdicts[i] is
// ComputeVerdict of nets[i] with the profile and plan the ranking is for. A caller
// that keeps the verdicts up to date as networks change ranks without
// computing them all again.
//
// The positions are sorted, not the networks and verdicts, which are large:
// each is copied once, into its place.
func RankVerdicts(nets []Network, verdicts []Verdict) []Ranked {
	order := make([]int, 0, len(nets))
	for i := range nets {
		if !nets[i].Archived() {
			order = append(order, i)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int { return compareRanked(&nets[a], &nets[b], &verdicts[a], &verdicts[b]) })
	out := make([]Ranked, len(order))
	for k, i := range order {
		out[k] = Ranked{Network: nets[i], Verdict: verdicts[i]}
	}
	return out
}

// compareRanked orders network a with verdict va before network b with
// verdict vb as [Rank] says.
func compareRanked(a, b *Network, va, vb *Verdict) int {
	if d := va.Word.order() - vb.Word.order(); d != 0 {
		return d
	}
	if d := vb.Score.Total - va.Score.Total; d != 0 {
		return d
	}
	if ea, eb := va.Score.Exact(), vb.Score.Exact(); ea != eb {
		if ea > eb {
			return -1
		}
		return 1
	}
	if d := strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)); d != 0 {
		return d
	}
	return strings.Compare(a.ID, b.ID)
}

// ClearWinnerGap is the score lead the best join candidate needs over the
// second for the ranking to count as robust.
const ClearWinnerGap = 5

// WeightStep is the granularity of the weights [Compare] suggests: a tenth.
const WeightStep = 1.0 / weightSteps

// weightSteps is the number of [WeightStep]s in a weight of 1.
const weightSteps = 10

// WeightSwap is the smallest change of one weight that would swap the two
// best join candidates.
type WeightSwap struct {
	// Key is the score part whose weight changes; Label is its name.
	Key, Label string
	// From is the current weight, To the suggested one.
	From, To float64
	// Leader is the id of the network that would then come first.
	Leader string
}

// Comparison is the ranking of the candidate networks and what it means.
type Comparison struct {
	Ranked []Ranked
	// Recommended is the id of the first network whose verdict is join, or
	// "" when there is none.
	Recommended string
	// NoClearWinner says the two best join candidates are less than
	// [ClearWinnerGap] points apart.
	NoClearWinner bool
	// Swap is the smallest one-weight change that would swap those two, or
	// nil when there is no clear winner to question or no single weight can
	// swap them.
	Swap *WeightSwap
	// Robust says whether the recommended network's verdict is robust
	// (SPEC.md 1.5); nil without a recommendation or without scenarios.
	Robust *bool
}

// Compare ranks the networks (see [Rank]), recommends the first join
// candidate and checks whether the recommendation is robust.
//
// When the two best join candidates are less than [ClearWinnerGap] points
// apart, Swap names the smallest change of one weight, in steps of
// [WeightStep], that puts the second's unrounded score strictly above the
// first's. The score is Σ wₖvₖ / Σ wₖ, so with G the first's lead in Σ wₖvₖ
// and Δ = v₁ − v₂ on part j, the two tie at wⱼ − G/Δ. Where Δ > 0 the weight
// must fall below that (and stay at least 0); where Δ < 0 it must rise
// above it. The candidate weights are rounded outward to the step, checked by
// recomputing both scores, and the smallest absolute change wins, ties going
// to the earlier part in [ScoreKeys]. The swap compares the two scores only;
// it does not recheck them against the join threshold.
func Compare(p Profile, plan *OwnNetwork, nets []Network) Comparison {
	return CompareRanked(Rank(p, plan, nets), p.ScoreWeights())
}

// CompareRanked is [Compare] for a ranking made already, by [Rank] or
// [RankVerdicts], with the weights w the verdicts were computed with.
func CompareRanked(ranked []Ranked, w Weights) Comparison {
	c := Comparison{Ranked: ranked}
	var joins []Ranked
	for _, r := range c.Ranked {
		if r.Verdict.Word == VerdictJoin {
			joins = append(joins, r)
		}
	}
	if len(joins) == 0 {
		return c
	}
	c.Recommended = joins[0].Network.ID
	if sc := joins[0].Verdict.Scenarios; sc.Available {
		robust := sc.Robust
		c.Robust = &robust
	}
	if len(joins) < 2 || joins[0].Verdict.Score.Total-joins[1].Verdict.Score.Total >= ClearWinnerGap {
		return c
	}
	c.NoClearWinner = true
	c.Swap = smallestSwap(joins[0], joins[1], w)
	return c
}

// smallestSwap finds the smallest one-weight change after which second's
// score is above first's; see [Compare].
func smallestSwap(first, second Ranked, w Weights) *WeightSwap {
	vf := partValues(first.Verdict.Score)
	vs := partValues(second.Verdict.Score)
	var lead float64
	for _, k := range scoreKeys {
		wk, _ := w.Get(k)
		lead += math.Max(wk, 0) * (vf[k] - vs[k])
	}
	var best *WeightSwap
	for _, k := range scoreKeys {
		from, _ := w.Get(k)
		cur := math.Max(from, 0)
		delta := vf[k] - vs[k]
		if math.Abs(delta) < 1e-12 {
			continue
		}
		to, ok := swapWeight(k, cur-lead/delta, delta > 0, w, vf, vs)
		if !ok {
			continue
		}
		if best == nil || math.Abs(to-from) < math.Abs(best.To-best.From)-1e-9 {
			best = &WeightSwap{Key: k, Label: scorePartLabels[k], From: from, To: to, Leader: second.Network.ID}
		}
	}
	return best
}

// swapWeight returns the step multiple nearest to tie on the far side — below
// it when the weight must fall, above it when it must rise — at which
// second's score is above first's by more than float noise. It steps outward
// at most twice more when noise at the tie defeats the first candidate, and
// reports false when a falling weight would have to go below 0.
func swapWeight(key string, tie float64, falling bool, w Weights, vf, vs map[string]float64) (float64, bool) {
	var idx, dir float64
	if falling {
		idx, dir = math.Ceil(tie*weightSteps-1e-9)-1, -1
	} else {
		idx, dir = math.Floor(tie*weightSteps+1e-9)+1, 1
	}
	for range 3 {
		if idx < 0 {
			return 0, false
		}
		to := idx / weightSteps
		changed := w
		changed.Set(key, to)
		if weightedScore(vs, changed)-weightedScore(vf, changed) > swapMargin {
			return to, true
		}
		idx += dir
	}
	return 0, false
}

// swapMargin is how far ahead on the unrounded score a network must be for a
// weight change to count as swapping two networks, above float noise.
const swapMargin = 1e-9

func partValues(s ScoreBreakdown) map[string]float64 {
	out := make(map[string]float64, len(s.Parts))
	for _, p := range s.Parts {
		out[p.Key] = p.Value
	}
	return out
}

// weightedScore is the unrounded score of the part values under w.
func weightedScore(values map[string]float64, w Weights) float64 {
	sum := w.Sum()
	if sum <= 0 {
		return 0
	}
	var s float64
	for _, k := range scoreKeys {
		wk, _ := w.Get(k)
		s += math.Max(wk, 0) * values[k]
	}
	return s * 100 / sum
}

// Robustness says in one line whether the recommendation is robust: "" when
// there is a clear winner or no recommendation, else that there is no clear
// winner and, when known, which weight change would swap the two best.
func (c Comparison) Robustness() string {
	if !c.NoClearWinner {
		return ""
	}
	if c.Swap == nil {
		return robustNoClearWinner
	}
	names := make(map[string]string, len(c.Ranked))
	for _, r := range c.Ranked {
		names[r.Network.ID] = r.Network.Name
	}
	return fmt.Sprintf(robustSwap, c.Swap.Label, FormatWeight(c.Swap.From), FormatWeight(c.Swap.To),
		names[c.Swap.Leader], names[c.Recommended])
}

// FormatWeight writes a weight to one decimal, without a trailing ".0",
// as every breakdown shows it: "25", "12.5".
func FormatWeight(v float64) string {
	return strings.TrimSuffix(strconv.FormatFloat(v, 'f', 1, 64), ".0")
}

// WhatWouldChange says what would change the verdict, for the comparison
// (SPEC.md 1.4): the next steps of a network still being investigated, the
// score gap to the threshold of one that scores too low, and the gain that
// is missing for one that does not pay for itself. It is empty for a join
// or build_own verdict and when a deal-breaker decides, which finding out
// more cannot change.
func (v Verdict) WhatWouldChange(p Profile) []string {
	m := v.MakeOrBuy
	switch {
	case v.Word == VerdictKeepInvestigating:
		return v.NextSteps
	case v.Word != VerdictDontJoin || v.decidedBy <= 1:
		return nil
	case v.decidedBy == 4 && m.NetValue.Known:
		return []string{fmt.Sprintf(changeGain, (-m.NetValue.Value).Format(p.Currency), m.Horizon)}
	}
	if gap := p.JoinThreshold - v.Score.Total; gap != 1 {
		return []string{fmt.Sprintf(changeScore, gap, p.JoinThreshold)}
	}
	return []string{fmt.Sprintf(changeScoreOne, p.JoinThreshold)}
}
