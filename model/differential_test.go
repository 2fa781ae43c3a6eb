package model_test

import (
	"math/big"
	"math/rand/v2"
	"strconv"
	"testing"

	"netvet/model"
	"netvet/model/sample"
)

// This file is a second, deliberately naive implementation of SPEC.md 1.1
// to 1.5, written from the text with exact fractions (big.Rat) and plain
// loops, and a test that compares it with the model on thousands of
// generated networks. Where SPEC.md leaves a choice open it follows the
// model's documented decision: a plan without seats gives no build hours;
// member sentiment is the one average that has answers when the other has
// none; weights and rates are the decimals they print as.

// nvRat is a float as the decimal it prints as.
func nvRat(f float64) *big.Rat {
	r, _ := new(big.Rat).SetString(strconv.FormatFloat(f, 'g', -1, 64))
	return r
}

func nvInt(v int64) *big.Rat { return new(big.Rat).SetInt64(v) }

// nvRound rounds r half away from zero to a whole number.
func nvRound(r *big.Rat) int64 {
	x := new(big.Rat).Abs(r)
	x.Add(x, big.NewRat(1, 2))
	q := new(big.Int).Quo(x.Num(), x.Denom())
	if r.Sign() < 0 {
		q.Neg(q)
	}
	return q.Int64()
}

func nvMul(a ...*big.Rat) *big.Rat {
	out := big.NewRat(1, 1)
	for _, x := range a {
		out.Mul(out, x)
	}
	return out
}

// nvFigures are the make-or-buy figures; -1 stands for unknown, which no
// real figure is.
type nvFigures struct {
	rate, cash, time, join, build, benefit, net, months, beRate int64
	choice                                                      model.Choice
}

const nvUnknown = -1 << 62

func nvMakeOrBuy(p model.Profile, plan *model.OwnNetwork, n model.Network, profit model.Money) nvFigures {
	h := int64(p.HorizonYears)
	f := nvFigures{rate: nvUnknown, cash: nvUnknown, time: nvUnknown, join: nvUnknown, build: nvUnknown,
		net: nvUnknown, months: nvUnknown, beRate: nvUnknown, choice: model.ChoiceUnknown}
	rateKnown := p.TargetAnnualIncome > 0 && p.PlannedHoursPerYear > 0
	hourly := func(hours int64) int64 {
		return nvRound(nvMul(nvInt(hours), nvInt(int64(p.TargetAnnualIncome)), new(big.Rat).Inv(nvInt(int64(p.PlannedHoursPerYear)))))
	}
	if rateKnown {
		f.rate = hourly(1)
		f.time = hourly(int64(n.MembershipHoursPerYear) * h)
	}
	vat, tax := big.NewRat(1, 1), big.NewRat(1, 1)
	if p.CannotReclaimVAT {
		vat.Add(vat, nvRat(n.VATRate))
	}
	if n.FeesNotDeductible {
		tax.Inv(new(big.Rat).Sub(big.NewRat(1, 1), nvRat(p.MarginalTaxRate)))
	}
	if n.EntryFee != nil && n.AnnualFee != nil {
		base := int64(*n.EntryFee) + (int64(*n.AnnualFee)+int64(n.ExtraCostsPerYear))*h
		f.cash = nvRound(nvMul(nvInt(base), vat, tax))
	}
	if f.cash != nvUnknown && f.time != nvUnknown {
		f.join = f.cash + f.time
	}
	var build, upkeep int64
	known := false
	switch {
	case n.BuildHours != nil:
		build, upkeep, known = int64(*n.BuildHours), int64(n.BuildUpkeepHoursPerYear), true
	case plan != nil && len(plan.Seats) > 0:
		build = int64(len(plan.Seats) * plan.RecruitingHoursPerSeat)
		upkeep = int64(plan.MeetingsPerYear * (plan.HoursPerMeeting + plan.PrepHoursPerMeeting))
		known = true
	}
	if known && rateKnown {
		f.build = hourly(build + upkeep*h)
	}
	perYear := int64(profit + n.OtherBenefitPerYear)
	f.benefit = perYear * h
	if f.join != nvUnknown {
		f.net = f.benefit - f.join
		if perYear != 0 {
			f.months = nvRound(nvMul(nvInt(f.join), nvInt(1200), new(big.Rat).Inv(nvInt(perYear))))
		}
	}
	if diff := build + upkeep*h - int64(n.MembershipHoursPerYear)*h; known && f.cash != nvUnknown && diff > 0 {
		f.beRate = nvRound(new(big.Rat).Quo(nvInt(f.cash), nvInt(diff)))
	}
	if f.join != nvUnknown && f.build != nvUnknown {
		f.choice = model.ChoiceMake
		if f.join <= f.build {
			f.choice = model.ChoiceBuy
		}
	}
	return f
}

// nvStatus is SPEC.md 1.1.
func nvStatus(n model.Network, p model.Promise) model.PromiseStatus {
	yes, partly, no := 0, 0, 0
	for _, iv := range n.Interviews {
		for _, a := range iv.Answers {
			if a.PromiseID != p.ID {
				continue
			}
			switch a.Answer {
			case model.AnswerYes:
				yes++
			case model.AnswerPartly:
				partly++
			case model.AnswerNo:
				no++
			}
			break
		}
	}
	switch {
	case yes+partly+no == 0 && !p.Documented:
		return model.PromiseUnverified
	case p.Documented || (yes >= 2 && no == 0):
		return model.PromiseConfirmed
	case no > yes+partly:
		return model.PromiseNotDelivered
	}
	return model.PromiseMixed
}

// nvRating is (r − 1) / 4.
func nvRating(r model.Rating) *big.Rat {
	if r == model.Unset {
		return new(big.Rat)
	}
	return big.NewRat(int64(r)-1, 4)
}

func nvMean(sum *big.Rat, count int) *big.Rat {
	if count == 0 {
		return new(big.Rat)
	}
	return new(big.Rat).Quo(sum, nvInt(int64(count)))
}

// nvScore is SPEC.md 1.3: the total and each part's points in hundredths.
func nvScore(p model.Profile, n model.Network) (int, []int64) {
	fit, fitN := new(big.Rat), 0
	for _, r := range []model.Rating{n.Fit.TargetGroupOverlap, n.Fit.ComplementaryStrengths, n.Fit.Positioning, n.Fit.MyContribution, n.Fit.Chemistry} {
		if r != model.Unset {
			fit.Add(fit, nvRating(r))
			fitN++
		}
	}
	del, delN := new(big.Rat), 0
	for _, pr := range n.Promises {
		switch nvStatus(n, pr) {
		case model.PromiseConfirmed:
			del.Add(del, big.NewRat(1, 1))
			delN++
		case model.PromiseMixed:
			del.Add(del, big.NewRat(1, 2))
			delN++
		case model.PromiseNotDelivered:
			delN++
		}
	}
	rec, recN, again, againN := new(big.Rat), 0, new(big.Rat), 0
	for _, iv := range n.Interviews {
		if iv.Recommendation != nil {
			rec.Add(rec, big.NewRat(int64(*iv.Recommendation), 10))
			recN++
		}
		switch iv.WouldJoinAgain {
		case model.JoinAgainYes:
			again.Add(again, big.NewRat(1, 1))
			againN++
		case model.JoinAgainUnsure:
			again.Add(again, big.NewRat(1, 2))
			againN++
		case model.JoinAgainNo:
			againN++
		}
	}
	sentiment := new(big.Rat)
	switch {
	case recN > 0 && againN > 0:
		sentiment.Add(nvMean(rec, recN), nvMean(again, againN)).Quo(sentiment, nvInt(2))
	case recN > 0:
		sentiment = nvMean(rec, recN)
	case againN > 0:
		sentiment = nvMean(again, againN)
	}
	w := p.Weights
	weights := []float64{w.ContractChances, w.Mentors, w.Training, w.Fit, w.PromiseDelivery, w.MemberSentiment}
	values := []*big.Rat{nvRating(n.Factors.ContractChances), nvRating(n.Factors.Mentors), nvRating(n.Factors.Training),
		nvMean(fit, fitN), nvMean(del, delN), sentiment}
	sumW, total := new(big.Rat), new(big.Rat)
	for _, x := range weights {
		sumW.Add(sumW, nvRat(x))
	}
	points := make([]int64, len(values))
	for i, v := range values {
		pt := nvMul(nvRat(weights[i]), v, nvInt(100), new(big.Rat).Inv(sumW))
		total.Add(total, pt)
		points[i] = nvRound(nvMul(pt, nvInt(100)))
	}
	return int(nvRound(total)), points
}

// nvVerdict is SPEC.md 1.4 with the expected profit profit.
type nvVerdict struct {
	word                               model.VerdictWord
	score, completeness, deals, missed int
	points                             []int64
	figures                            nvFigures
	warnings                           int
}

func nvDecide(p model.Profile, plan *model.OwnNetwork, n model.Network, profit model.Money) nvVerdict {
	v := nvVerdict{figures: nvMakeOrBuy(p, plan, n, profit)}
	v.score, v.points = nvScore(p, n)
	for _, pr := range n.Promises {
		if pr.MustHave && nvStatus(n, pr) == model.PromiseNotDelivered {
			v.deals++
		}
	}
	contracts := false
	for _, pr := range n.Promises {
		contracts = contracts || pr.Category == model.CategoryContracts
	}
	reported := false
	for _, iv := range n.Interviews {
		reported = reported || iv.ContractsCount > 0 || iv.ContractsValue > 0
	}
	for _, e := range n.Evidence {
		reported = reported || e.Level == model.LevelMemberReported || e.Level == model.LevelDocumented
	}
	if contracts && len(n.Interviews) >= p.MinInterviews && !reported {
		v.deals++
	}
	answered, no := 0, 0
	for _, iv := range n.Interviews {
		if iv.WouldJoinAgain != model.JoinAgainUnset {
			answered++
		}
		if iv.WouldJoinAgain == model.JoinAgainNo {
			no++
		}
	}
	if no*2 > answered {
		v.deals++
	}
	fits := []model.Rating{n.Fit.TargetGroupOverlap, n.Fit.ComplementaryStrengths, n.Fit.Positioning, n.Fit.MyContribution, n.Fit.Chemistry}
	for _, r := range fits {
		if r == 1 || r == 2 {
			v.deals++
		}
	}
	// The checklist.
	items := []bool{n.EntryFee != nil, n.AnnualFee != nil, len(n.Interviews) >= p.MinInterviews}
	similar, independent := false, len(n.Interviews) == 0
	for _, iv := range n.Interviews {
		similar = similar || iv.SimilarToMe
		independent = independent || !iv.IntroducedByNetwork
	}
	items = append(items, similar, independent)
	for _, pr := range n.Promises {
		if pr.MustHave {
			items = append(items, nvStatus(n, pr) != model.PromiseUnverified)
		}
	}
	for _, r := range append(fits, n.Factors.Mentors, n.Factors.Training, n.Factors.ContractChances) {
		items = append(items, r != model.Unset)
	}
	buildKnown := n.BuildHours != nil || (plan != nil && len(plan.Seats) > 0)
	items = append(items, p.TargetAnnualIncome > 0, p.PlannedHoursPerYear > 0, buildKnown)
	met := 0
	for _, ok := range items {
		if ok {
			met++
		}
	}
	v.completeness, v.missed = met*100/len(items), len(items)-met
	// Warnings: signs, red flags, mixed must-haves.
	v.warnings = len(n.Warnings)
	for _, iv := range n.Interviews {
		if iv.RedFlags != "" {
			v.warnings++
		}
	}
	for _, pr := range n.Promises {
		if pr.MustHave && nvStatus(n, pr) == model.PromiseMixed {
			v.warnings++
		}
	}
	f := v.figures
	switch {
	case v.deals > 0:
		v.word = model.VerdictDontJoin
	case v.missed > 0:
		v.word = model.VerdictKeepInvestigating
	case f.choice == model.ChoiceMake:
		v.word = model.VerdictKeepInvestigating
		if plan != nil && plan.Factors.Mentors >= n.Factors.Mentors && plan.Factors.Training >= n.Factors.Training &&
			plan.Factors.ContractChances >= n.Factors.ContractChances {
			v.word = model.VerdictBuildOwn
		}
	case f.net <= 0:
		v.word = model.VerdictDontJoin
	case v.score >= p.JoinThreshold:
		v.word = model.VerdictJoin
	default:
		v.word = model.VerdictDontJoin
	}
	return v
}

// nvScenarios is SPEC.md 1.5: the three words, or nil.
func nvScenarios(p model.Profile, plan *model.OwnNetwork, n model.Network) []model.VerdictWord {
	var values []model.Money
	for _, iv := range n.Interviews {
		if iv.SimilarToMe {
			values = append(values, iv.ContractsValue)
		}
	}
	if p.ProfitMargin == nil || len(values) == 0 {
		return nil
	}
	low, high := values[0], values[0]
	for _, x := range values {
		low, high = min(low, x), max(high, x)
	}
	margin := nvRat(*p.ProfitMargin)
	at := func(m model.Money) model.VerdictWord {
		profit := model.Money(nvRound(nvMul(nvInt(int64(m)), margin)))
		return nvDecide(p, plan, n, profit).word
	}
	return []model.VerdictWord{at(low), nvDecide(p, plan, n, n.ExpectedProfitPerYear).word, at(high)}
}

// nvAmount is an Amount in the naive figures' terms.
func nvAmount(a model.Amount) int64 {
	if !a.Known {
		return nvUnknown
	}
	return int64(a.Value)
}

// nvGenerate makes the networks of the comparison: the sample's, changed
// at random so that every rule and every unknown is reached.
func nvGenerate(r *rand.Rand, seed int64) (model.Profile, *model.OwnNetwork, []model.Network) {
	p, nets := sample.Generate(seed, sample.Config{Networks: 100, Interviews: 700})
	p.HorizonYears = 1 + r.IntN(5)
	p.MinInterviews = 1 + r.IntN(5)
	p.JoinThreshold = r.IntN(80)
	p.MarginalTaxRate = float64(r.IntN(61)) / 100
	p.CannotReclaimVAT = r.IntN(3) == 0
	if r.IntN(4) == 0 {
		p.ProfitMargin = nil
	}
	if r.IntN(8) == 0 {
		p.TargetAnnualIncome = 0
	}
	if r.IntN(8) == 0 {
		p.PlannedHoursPerYear = 0
	}
	if r.IntN(2) == 0 {
		for _, k := range model.ScoreKeys() {
			p.Weights.Set(k, float64(r.IntN(4000))/100)
		}
		p.Weights.Fit += 1
	}
	var plan *model.OwnNetwork
	if r.IntN(3) > 0 {
		o := sample.Plan(seed)
		o.Seats = o.Seats[:r.IntN(len(o.Seats)+1)]
		rate := func() model.Rating { return model.Rating(max(0, 6-r.IntN(7))) } // 5 and 6 → 5: high ratings are common
		o.Factors = model.FactorRatings{Mentors: min(rate(), 5), Training: min(rate(), 5), ContractChances: min(rate(), 5)}
		plan = &o
	}
	for i := range nets {
		n := &nets[i]
		if r.IntN(6) == 0 {
			n.EntryFee = nil
		}
		if r.IntN(6) == 0 {
			n.AnnualFee = nil
		}
		if r.IntN(3) == 0 {
			n.BuildHours = nil
		} else if r.IntN(3) == 0 {
			b := r.IntN(60)
			n.BuildHours = &b
		}
		n.VATRate = float64(r.IntN(31)) / 100
		n.FeesNotDeductible = r.IntN(3) == 0
		for _, k := range model.FitKeys {
			if r.IntN(12) > 0 {
				n.SetRating(k, model.Rating(3+r.IntN(3)))
			}
		}
		if r.IntN(4) == 0 {
			n.SetRating(model.FitKeys[r.IntN(5)], model.Unset)
		}
		if r.IntN(3) == 0 {
			n.ExpectedProfitPerYear = model.Money(r.Int64N(40_000_00))
		}
	}
	return p, plan, nets
}

// TestDifferentialAgainstANaiveModel compares every figure, score and
// verdict of the model with the naive implementation above.
func TestDifferentialAgainstANaiveModel(t *testing.T) {
	r := rand.New(rand.NewPCG(31, 32))
	words := map[model.VerdictWord]int{}
	checked := 0
	for seed := range int64(30) {
		p, plan, nets := nvGenerate(r, seed+1)
		for _, n := range nets {
			checked++
			got := model.ComputeVerdict(p, plan, n)
			want := nvDecide(p, plan, n, n.ExpectedProfitPerYear)
			m := got.MakeOrBuy
			gotF := nvFigures{
				rate: nvAmount(m.HourlyRate), cash: nvAmount(m.CashCost), time: nvAmount(m.TimeCost), join: nvAmount(m.JoinCost),
				build: nvAmount(m.BuildCost), benefit: int64(m.Benefit), net: nvAmount(m.NetValue),
				months: nvUnknown, beRate: nvAmount(m.BreakEvenHourlyRate), choice: m.Choice,
			}
			if m.BreakEvenMonths.Known {
				gotF.months = m.BreakEvenMonths.Hundredths
			}
			if gotF != want.figures {
				t.Fatalf("seed %d, %s: figures\n %+v, naive\n %+v", seed, n.ID, gotF, want.figures)
			}
			if got.Score.Total != want.score {
				t.Fatalf("seed %d, %s: score %d, naive %d", seed, n.ID, got.Score.Total, want.score)
			}
			for i, part := range got.Score.Parts {
				if part.PointsHundredths != want.points[i] {
					t.Fatalf("seed %d, %s: %s points %d, naive %d", seed, n.ID, part.Key, part.PointsHundredths, want.points[i])
				}
			}
			if got.Word != want.word || got.Completeness != want.completeness || len(got.DealBreakers) != want.deals || len(got.Warnings) != want.warnings {
				t.Fatalf("seed %d, %s: %s %d%% %d deal-breakers %d warnings, naive %s %d%% %d %d",
					seed, n.ID, got.Word, got.Completeness, len(got.DealBreakers), len(got.Warnings),
					want.word, want.completeness, want.deals, want.warnings)
			}
			if want.word == model.VerdictKeepInvestigating && want.deals == 0 && want.missed > 0 && len(got.NextSteps) != want.missed {
				t.Fatalf("seed %d, %s: %d next steps, naive %d", seed, n.ID, len(got.NextSteps), want.missed)
			}
			sc := nvScenarios(p, plan, n)
			s := got.Scenarios
			if (sc == nil) == s.Available || (sc != nil && (s.Pessimistic.Word != sc[0] || s.Base.Word != sc[1] || s.Optimistic.Word != sc[2] || s.Robust != (sc[0] == sc[1]))) {
				t.Fatalf("seed %d, %s: scenarios %+v, naive %v", seed, n.ID, s, sc)
			}
			words[got.Word]++
		}
	}
	for _, w := range model.VerdictWords {
		if words[w] < 20 {
			t.Errorf("only %d networks got %s; the comparison says little about it (%v)", words[w], w, words)
		}
	}
	if checked < 3000 {
		t.Errorf("only %d networks compared", checked)
	}
}
