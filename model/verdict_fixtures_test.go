package model

import (
	"math/rand/v2"
	"time"
)

// Fixtures for the tests of derive.go, makeorbuy.go, score.go, verdict.go
// and progress.go. Helpers start with fx so they do not clash with the
// helpers of other test files in the package.

// fxEUR returns a pointer to an amount of whole euros.
func fxEUR(euros int64) *Money {
	m := Money(euros * 100)
	return &m
}

// fxCents returns a pointer to an amount of cents.
func fxCents(cents int64) *Money {
	m := Money(cents)
	return &m
}

func fxInt(v int) *int { return &v }

// fxProfile is a profile with round figures: 120,000 a year over 1,600 hours
// is an hourly rate of 75.00; tax 42 %, horizon 3 years, 3 interviews, join
// threshold 60.
func fxProfile() Profile {
	p := NewProfile()
	p.Name = "Dana"
	p.TargetAnnualIncome = 120_000_00
	p.PlannedHoursPerYear = 1600
	p.MarginalTaxRate = 0.42
	return p
}

// fxAnswer is an answer about a promise.
func fxAnswer(promiseID string, a AnswerValue) Answer {
	return Answer{PromiseID: promiseID, Answer: a}
}

// fxInterview is an interview with the given answers; the member is neither
// similar nor introduced and nothing else is answered.
func fxInterview(id string, answers ...Answer) Interview {
	return Interview{ID: id, Member: "Member " + id, Date: NewDate(2026, time.November, 1), Channel: ChannelCall, Answers: answers}
}

// fxNetwork is a candidate that passes every checklist item and has no
// deal-breaker. Its figures, with fxProfile:
//
//	ratings all 4 → (4−1)/4 = 0.75 each (no fit rating of 1 or 2)
//	promise p1 "Monthly mentoring" (must-have): yes, yes, yes → confirmed = 1
//	promise p2 "Referrals from members" (contracts): yes, partly, unknown
//	  → answered 2, yes < 2, no 0 ≤ 2 → mixed = 0.5
//	promise delivery (1 + 0.5) / 2 = 0.75
//	sentiment: recommendation (0.8 + 0.6) / 2 = 0.7;
//	  join again (1 + 0.5 + 1) / 3 = 0.8333…; mean 0.7666…
//	points: 25×0.75 + 15×0.75 + 15×0.75 + 20×0.75 + 15×0.75 + 10×0.7666…
//	  = 18.75 + 11.25 + 11.25 + 15 + 11.25 + 7.6666… = 75.1666… → 75
//	cash cost 3000 + 1200×3 = 6600 (VAT reclaimed, fees deductible)
//	join cost 6600 + 60×3×75 = 6600 + 13500 = 20,100.00, before tax
//	build cost (400 + 50×3) × 75 = 41,250.00 → buy
//	benefit 10000 × 3 = 30,000.00, net value 9,900.00
//	break-even 20100 / (10000 / 12) = 24.12 months
//	one similar member (i1) with contracts worth 15,000.00
func fxNetwork() Network {
	n := NewNetwork()
	n.ID = "alpha"
	n.Name = "Alpha Circle"
	n.EntryFee = fxEUR(3000)
	n.AnnualFee = fxEUR(1200)
	n.MembershipHoursPerYear = 60
	n.BuildHours = fxInt(400)
	n.BuildUpkeepHoursPerYear = 50
	n.ExpectedProfitPerYear = 10_000_00
	n.Fit = FitRatings{4, 4, 4, 4, 4}
	n.Factors = FactorRatings{Mentors: 4, Training: 4, ContractChances: 4}
	n.Promises = []Promise{
		{ID: "p1", Category: CategoryMentoring, Text: "Monthly mentoring", MustHave: true},
		{ID: "p2", Category: CategoryContracts, Text: "Referrals from members"},
	}
	iv1 := fxInterview("i1", fxAnswer("p1", AnswerYes), fxAnswer("p2", AnswerYes))
	iv1.SimilarToMe = true
	iv1.ContractsCount = 2
	iv1.ContractsValue = 15_000_00
	iv1.WouldJoinAgain = JoinAgainYes
	iv1.Recommendation = fxInt(8)
	iv2 := fxInterview("i2", fxAnswer("p1", AnswerYes), fxAnswer("p2", AnswerPartly))
	iv2.IntroducedByNetwork = true
	iv2.WouldJoinAgain = JoinAgainUnsure
	iv2.Recommendation = fxInt(6)
	iv3 := fxInterview("i3", fxAnswer("p1", AnswerYes), fxAnswer("p2", AnswerUnknown))
	iv3.WouldJoinAgain = JoinAgainYes
	n.Interviews = []Interview{iv1, iv2, iv3}
	n.Evidence = []Evidence{{
		ID: "e1", Description: "Website relaunch", Beneficiary: "Member i1", SimilarToMe: true,
		Value: 8000_00, Date: NewDate(2026, time.June, 1), Level: LevelMemberReported, InterviewID: "i1",
	}}
	return n
}

// fxWith returns fxNetwork changed by f.
func fxWith(f func(n *Network)) Network {
	n := fxNetwork()
	f(&n)
	return n
}

// fxRandomNetwork generates a network with random findings, for the property
// tests: any rating may be unset, any fee missing, any answer given.
func fxRandomNetwork(r *rand.Rand, id string) Network {
	n := NewNetwork()
	n.ID = id
	n.Name = "Network " + id
	if r.IntN(4) > 0 {
		n.EntryFee = fxEUR(r.Int64N(5000))
	}
	if r.IntN(4) > 0 {
		n.AnnualFee = fxEUR(r.Int64N(3000))
	}
	n.MembershipHoursPerYear = r.IntN(200)
	if r.IntN(4) > 0 {
		n.BuildHours = fxInt(r.IntN(1000))
	}
	n.BuildUpkeepHoursPerYear = r.IntN(100)
	n.ExpectedProfitPerYear = Money(r.Int64N(30_000_00))
	if r.IntN(2) == 0 {
		n.VATRate = float64(r.IntN(31)) / 100
	}
	n.FeesNotDeductible = r.IntN(4) == 0
	if r.IntN(2) == 0 {
		n.ExtraCostsPerYear = Money(r.Int64N(2000_00))
	}
	if r.IntN(2) == 0 {
		n.OtherBenefitPerYear = Money(r.Int64N(5000_00))
	}
	// Fit ratings of 1 or 2 are deal-breakers; they are rarer than the
	// others, so that every verdict is reached.
	for _, k := range FitKeys {
		switch x := r.IntN(12); {
		case x == 0:
		case x == 1:
			n.SetRating(k, Rating(1+r.IntN(2)))
		default:
			n.SetRating(k, Rating(3+r.IntN(3)))
		}
	}
	for _, k := range FactorKeys {
		n.SetRating(k, Rating(r.IntN(6)))
	}
	for i := range r.IntN(5) {
		n.Promises = append(n.Promises, Promise{
			ID:         "p" + string(rune('a'+i)),
			Category:   Categories[r.IntN(len(Categories))],
			Text:       "Promise " + string(rune('A'+i)),
			MustHave:   r.IntN(2) == 0,
			Documented: r.IntN(5) == 0,
		})
	}
	for i := range r.IntN(6) {
		iv := fxInterview("i" + string(rune('a'+i)))
		iv.SimilarToMe = r.IntN(2) == 0
		iv.IntroducedByNetwork = r.IntN(2) == 0
		for _, p := range n.Promises {
			if r.IntN(3) > 0 {
				iv.Answers = append(iv.Answers, fxAnswer(p.ID, AnswerValues[r.IntN(len(AnswerValues))]))
			}
		}
		if r.IntN(3) == 0 {
			iv.ContractsCount = r.IntN(4)
		}
		iv.WouldJoinAgain = []JoinAgain{JoinAgainUnset, JoinAgainYes, JoinAgainUnsure, JoinAgainNo}[r.IntN(4)]
		if r.IntN(3) > 0 {
			iv.Recommendation = fxInt(r.IntN(11))
		}
		if r.IntN(2) == 0 {
			iv.ContractsValue = Money(r.Int64N(30_000_00))
		}
		if r.IntN(6) == 0 {
			iv.RedFlags = "Flag " + iv.ID
		}
		n.Interviews = append(n.Interviews, iv)
	}
	for i := range r.IntN(4) {
		n.Evidence = append(n.Evidence, Evidence{
			ID: "e" + string(rune('a'+i)), SimilarToMe: r.IntN(2) == 0,
			Value: Money(r.Int64N(20_000_00)), Level: Levels[r.IntN(len(Levels))],
		})
	}
	if r.IntN(5) == 0 {
		n.Warnings = []WarningSign{WarningSigns[r.IntN(len(WarningSigns))]}
	}
	return n
}

// fxRandomProfile generates a profile for the property tests.
func fxRandomProfile(r *rand.Rand) Profile {
	p := fxProfile()
	p.MinInterviews = 1 + r.IntN(4)
	p.JoinThreshold = r.IntN(101)
	p.HorizonYears = 1 + r.IntN(5)
	p.MarginalTaxRate = float64(r.IntN(61)) / 100
	if r.IntN(6) == 0 {
		p.TargetAnnualIncome = 0
	}
	if r.IntN(6) == 0 {
		p.PlannedHoursPerYear = 0
	}
	p.CannotReclaimVAT = r.IntN(3) == 0
	if r.IntN(3) > 0 {
		m := float64(r.IntN(101)) / 100
		p.ProfitMargin = &m
	}
	return p
}

// fxRandomPlan generates an own-network plan for the property tests: up to
// four seats (none gives no build hours) and any factor rating, unset too.
func fxRandomPlan(r *rand.Rand) *OwnNetwork {
	o := NewOwnNetwork()
	o.MeetingsPerYear, o.HoursPerMeeting, o.PrepHoursPerMeeting = r.IntN(13), r.IntN(5), r.IntN(3)
	o.RecruitingHoursPerSeat = r.IntN(20)
	o.Factors = FactorRatings{Mentors: Rating(r.IntN(6)), Training: Rating(r.IntN(6)), ContractChances: Rating(r.IntN(6))}
	for i := range r.IntN(5) {
		o.Seats = append(o.Seats, Seat{ID: "s" + string(rune('a'+i)), Role: "Role"})
	}
	return &o
}

// fxRandomWeights generates whole-number weights from 0 to 30.
func fxRandomWeights(r *rand.Rand) Weights {
	var w Weights
	for _, k := range ScoreKeys() {
		w.Set(k, float64(r.IntN(31)))
	}
	return w
}
