package model_test

import (
	encjson "encoding/json"
	"math"
	"strings"
	"testing"

	"netvet/model"
)

func vmRate(f float64) *float64 { return &f }

// TestProfileValidateVersion2 has one case per rule of the profile's fields
// of version 2: VAT, margin, weights and language.
func TestProfileValidateVersion2(t *testing.T) {
	tests := []struct {
		name   string
		change func(p *model.Profile)
		field  string // "" means the profile must pass
		msg    string
	}{
		{"cannot reclaim VAT passes", func(p *model.Profile) { p.CannotReclaimVAT = true }, "", ""},
		{"margin unset passes", func(p *model.Profile) { p.ProfitMargin = nil }, "", ""},
		{"margin 0 passes", func(p *model.Profile) { p.ProfitMargin = vmRate(0) }, "", ""},
		{"margin 1 passes", func(p *model.Profile) { p.ProfitMargin = vmRate(1) }, "", ""},
		{"margin above 1", func(p *model.Profile) { p.ProfitMargin = vmRate(1.5) }, "profit_margin", "1.5 is outside 0–1"},
		{"margin negative", func(p *model.Profile) { p.ProfitMargin = vmRate(-0.2) }, "profit_margin", "-0.2 is outside 0–1"},
		{"margin a number", func(p *model.Profile) { p.ProfitMargin = vmRate(math.NaN()) }, "profit_margin", ""},
		{"weights of any size up to the maximum pass", func(p *model.Profile) {
			p.Weights = model.Weights{ContractChances: 1000, Mentors: 0.01}
		}, "", ""},
		{"weights all 0", func(p *model.Profile) { p.Weights = model.Weights{} }, "weights", "all weights are 0; at least one must be above 0"},
		{"weight negative", func(p *model.Profile) { p.Weights.Fit = -1 }, "weights.fit", "-1 is negative; a weight must be 0 or more"},
		{"weight above the maximum", func(p *model.Profile) { p.Weights.PromiseDelivery = 1000.5 }, "weights.delivery", "1000.5 is more than 1000"},
		{"weight a number", func(p *model.Profile) { p.Weights.MemberSentiment = math.Inf(1) }, "weights.sentiment", "is not a number"},
		{"language en passes", func(p *model.Profile) { p.Language = model.LanguageEnglish }, "", ""},
		{"language de passes", func(p *model.Profile) { p.Language = model.LanguageGerman }, "", ""},
		{"language unset passes", func(p *model.Profile) { p.Language = model.LanguageUnset }, "", ""},
		{"language one of en, de", func(p *model.Profile) { p.Language = "DE" }, "language", `"DE" is not a language netvet speaks (en or de)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := validateFixtureProfile()
			tt.change(&p)
			vmCheck(t, p.Validate(), tt.field, tt.msg)
		})
	}
}

// vmCheck asserts that err is nil when field is "", else that it reports
// exactly that one field with msg (when msg is not empty).
func vmCheck(t *testing.T, err error, field, msg string) {
	t.Helper()
	if field == "" {
		if err != nil {
			t.Fatalf("Validate() = %v, want nil", err)
		}
		return
	}
	checkOneFieldError(t, err, field, msg)
}

// vmMembership is a membership that passes every rule, with one entry of
// each ledger kind.
func vmMembership() *model.Membership {
	cash := model.MoneyFromMajor(1920)
	return &model.Membership{
		JoinedOn: model.NewDate(2026, 1, 15), MinTermMonths: 12, RenewalTermMonths: 12, NoticeDays: 90, RenewsAutomatically: true,
		Expectations: model.Expectations{
			ExpectedProfitPerYear: model.MoneyFromMajor(10000), OtherBenefitPerYear: model.MoneyFromMajor(1500),
			MembershipHoursPerYear: 60, CashCostPerYear: &cash, Score: 72, Verdict: model.VerdictJoin,
			Promises: []model.PromiseExpectation{{PromiseID: "p1", Status: model.PromiseConfirmed}},
		},
		Ledger: []model.LedgerEntry{
			{ID: "l1", Date: model.NewDate(2026, 2, 1), Kind: model.LedgerMeeting, Hours: 250, Amount: 2500},
			{ID: "l2", Date: model.NewDate(2026, 2, 2), Kind: model.LedgerOneToOne, Hours: 100, With: "Member A"},
			{ID: "l3", Date: model.NewDate(2026, 2, 3), Kind: model.LedgerEvent, Hours: 800},
			{ID: "l4", Date: model.NewDate(2026, 2, 4), Kind: model.LedgerReferralGiven, With: "Member B"},
			{ID: "l5", Date: model.NewDate(2026, 2, 5), Kind: model.LedgerReferralReceived, With: "Member A"},
			{ID: "l6", Date: model.NewDate(2026, 2, 6), Kind: model.LedgerClosedBusiness, Amount: model.MoneyFromMajor(4000), Margin: vmRate(0.5)},
			{ID: "l7", Date: model.NewDate(2026, 2, 7), Kind: model.LedgerCost, Amount: model.MoneyFromMajor(90), Note: "Ticket"},
			{ID: "l8", Date: model.NewDate(2026, 2, 8), Kind: model.LedgerPromiseCheck, PromiseID: "p1", Answer: model.AnswerPartly},
		},
	}
}

// TestNetworkValidateVersion2 has one case per rule of a network's fields
// of version 2, the membership and its ledger included, each named by its
// path from the network.
func TestNetworkValidateVersion2(t *testing.T) {
	entry := func(i int, f func(e *model.LedgerEntry)) func(n *model.Network) {
		return func(n *model.Network) { f(&n.Membership.Ledger[i]) }
	}
	tests := []struct {
		name   string
		change func(n *model.Network)
		field  string
		msg    string
	}{
		{"every field of version 2 set passes", func(n *model.Network) {}, "", ""},
		{"no membership passes", func(n *model.Network) { n.Membership = nil }, "", ""},
		{"VAT rate 0.3 passes", func(n *model.Network) { n.VATRate = 0.3 }, "", ""},
		{"VAT rate above 0.3", func(n *model.Network) { n.VATRate = 0.9 }, "vat_rate", "0.9 is outside 0–0.3"},
		{"VAT rate negative", func(n *model.Network) { n.VATRate = -0.19 }, "vat_rate", "-0.19 is outside 0–0.3"},
		{"extra costs not negative", func(n *model.Network) { n.ExtraCostsPerYear = -1 }, "extra_costs_per_year", "must not be negative"},
		{"other benefit not negative", func(n *model.Network) { n.OtherBenefitPerYear = -1 }, "other_benefit_per_year", "must not be negative"},
		{"new warning signs pass", func(n *model.Network) {
			n.Warnings = []model.WarningSign{model.WarnAttendanceObligation, model.WarnQuotas, model.WarnSellerEarnsFromFee, model.WarnNoDistanceLearning, model.WarnFeesNotRefundable}
		}, "", ""},
		{"joining date required", func(n *model.Network) { n.Membership.JoinedOn = model.Date{} }, "membership.joined_on", "a date is required"},
		{"minimum term at least a month", func(n *model.Network) { n.Membership.MinTermMonths = 0 }, "membership.min_term_months", "must be between 1 and 360 months"},
		{"renewal term at most 30 years", func(n *model.Network) { n.Membership.RenewalTermMonths = 361 }, "membership.renewal_term_months", ""},
		{"notice period not negative", func(n *model.Network) { n.Membership.NoticeDays = -1 }, "membership.notice_days", "must be between 0 and 730 days"},
		{"notice period at most two years", func(n *model.Network) { n.Membership.NoticeDays = 731 }, "membership.notice_days", ""},
		{"expected profit not negative", func(n *model.Network) { n.Membership.Expectations.ExpectedProfitPerYear = -1 },
			"membership.expectations.expected_profit_per_year", "must not be negative"},
		{"frozen hours at most a year's", func(n *model.Network) { n.Membership.Expectations.MembershipHoursPerYear = 9000 },
			"membership.expectations.membership_hours_per_year", ""},
		{"an unknown cash cost passes", func(n *model.Network) { n.Membership.Expectations.CashCostPerYear = nil }, "", ""},
		{"frozen score 0–100", func(n *model.Network) { n.Membership.Expectations.Score = -1 }, "membership.expectations.score", "-1 is outside 0–100"},
		{"frozen verdict a verdict word", func(n *model.Network) { n.Membership.Expectations.Verdict = "" }, "membership.expectations.verdict", ""},
		{"frozen promise of the network", func(n *model.Network) { n.Membership.Expectations.Promises[0].PromiseID = "p9" },
			"membership.expectations.promises[0].promise_id", `names promise "p9", which this network does not have`},
		{"frozen promise once", func(n *model.Network) {
			e := &n.Membership.Expectations
			e.Promises = append(e.Promises, model.PromiseExpectation{PromiseID: "p1", Status: model.PromiseMixed})
		}, "membership.expectations.promises[1].promise_id", `id "p1" is used twice`},
		{"frozen status valid", func(n *model.Network) { n.Membership.Expectations.Promises[0].Status = "fine" },
			"membership.expectations.promises[0].status", ""},
		{"ledger entry needs a date", entry(0, func(e *model.LedgerEntry) { e.Date = model.Date{} }), "membership.ledger[0].date", "a date is required"},
		{"ledger kind valid", entry(0, func(e *model.LedgerEntry) { e.Kind = "lunch" }), "membership.ledger[0].kind", ""},
		{"ledger hours not negative", entry(0, func(e *model.LedgerEntry) { e.Hours = -1 }), "membership.ledger[0].hours", "must not be negative"},
		{"ledger hours at most 1000", entry(0, func(e *model.LedgerEntry) { e.Hours = 100001 }), "membership.ledger[0].hours", "1000.01 hours is more than 1000"},
		{"ledger amount not negative", entry(5, func(e *model.LedgerEntry) { e.Amount = -1 }), "membership.ledger[5].amount", "must not be negative"},
		{"ledger margin 0–1", entry(5, func(e *model.LedgerEntry) { e.Margin = vmRate(1.01) }), "membership.ledger[5].margin", "1.01 is outside 0–1"},
		{"ledger with is one line", entry(1, func(e *model.LedgerEntry) { e.With = "A\nB" }), "membership.ledger[1].with", "contains control characters"},
		{"ledger note without control characters", entry(6, func(e *model.LedgerEntry) { e.Note = "x\x07" }), "membership.ledger[6].note", "contains control characters"},
		{"ledger ids unique", entry(1, func(e *model.LedgerEntry) { e.ID = "l1" }), "membership.ledger[1].id", `id "l1" is used twice`},
		{"hours do not apply to a cost", entry(6, func(e *model.LedgerEntry) { e.Hours = 100 }), "membership.ledger[6].hours", `does not apply to an entry of kind "cost"`},
		{"an amount does not apply to a referral", entry(3, func(e *model.LedgerEntry) { e.Amount = 1 }), "membership.ledger[3].amount", `does not apply to an entry of kind "referral_given"`},
		{"a margin applies only to closed business", entry(6, func(e *model.LedgerEntry) { e.Margin = vmRate(0.5) }), "membership.ledger[6].margin", ""},
		{"with does not apply to a meeting", entry(0, func(e *model.LedgerEntry) { e.With = "Member A" }), "membership.ledger[0].with", ""},
		{"a promise does not apply to a cost", entry(6, func(e *model.LedgerEntry) { e.PromiseID = "p1" }), "membership.ledger[6].promise_id", ""},
		{"an answer does not apply to an event", entry(2, func(e *model.LedgerEntry) { e.Answer = model.AnswerYes }), "membership.ledger[2].answer", ""},
		{"a promise check names a promise", entry(7, func(e *model.LedgerEntry) { e.PromiseID = "" }), "membership.ledger[7].promise_id", "is required"},
		{"a promise check names a promise of the network", entry(7, func(e *model.LedgerEntry) { e.PromiseID = "p9" }), "membership.ledger[7].promise_id", ""},
		{"a promise check answers yes, partly or no", entry(7, func(e *model.LedgerEntry) { e.Answer = model.AnswerUnknown }),
			"membership.ledger[7].answer", `"unknown" is not one of yes, partly, no`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := validateFixtureNetwork()
			n.VATRate, n.FeesNotDeductible = 0.19, true
			n.ExtraCostsPerYear, n.OtherBenefitPerYear = model.MoneyFromMajor(720), model.MoneyFromMajor(1500)
			n.Membership = vmMembership()
			tt.change(&n)
			vmCheck(t, n.Validate(), tt.field, tt.msg)
		})
	}
}

// vmPlan is a plan that passes every rule.
func vmPlan() model.OwnNetwork {
	o := model.NewOwnNetwork()
	o.Goal, o.TargetGroup = "Six experts", "Dentists"
	o.MeetingsPerYear, o.HoursPerMeeting, o.PrepHoursPerMeeting = 10, 3, 1
	o.Factors = model.FactorRatings{Mentors: 3, Training: 2}
	o.Seats = []model.Seat{
		{ID: "s1", Role: "Tax adviser", GivesMe: "Clients", IGive: "Audits", Covers: []model.Cover{model.CoverContracts, model.CoverMentors},
			Candidates: []model.Candidate{{ID: "c1", Name: "Eva Roth", Status: model.CandidateApproached, Chemistry: 5}, {ID: "c2", Name: "Omar Said", Status: model.CandidateCommitted}}},
		{ID: "s2", Role: "Lawyer"},
	}
	return o
}

// TestOwnNetworkValidate has one case per rule of the own-network plan.
func TestOwnNetworkValidate(t *testing.T) {
	tests := []struct {
		name   string
		change func(o *model.OwnNetwork)
		field  string
		msg    string
	}{
		{"a full plan passes", func(o *model.OwnNetwork) {}, "", ""},
		{"an empty plan passes", func(o *model.OwnNetwork) { *o = model.NewOwnNetwork() }, "", ""},
		{"goal without control characters", func(o *model.OwnNetwork) { o.Goal = "x\x1b" }, "goal", "contains control characters"},
		{"meetings not negative", func(o *model.OwnNetwork) { o.MeetingsPerYear = -1 }, "meetings_per_year", "must not be negative"},
		{"meetings at most one a day", func(o *model.OwnNetwork) { o.MeetingsPerYear = 367 }, "meetings_per_year", "367 is more than 366"},
		{"hours per meeting at most 24", func(o *model.OwnNetwork) { o.HoursPerMeeting = 25 }, "hours_per_meeting", "25 is more than 24"},
		{"preparation at most 24", func(o *model.OwnNetwork) { o.PrepHoursPerMeeting = 25 }, "prep_hours_per_meeting", ""},
		{"recruiting hours not negative", func(o *model.OwnNetwork) { o.RecruitingHoursPerSeat = -6 }, "recruiting_hours_per_seat", ""},
		{"factor ratings 1–5", func(o *model.OwnNetwork) { o.Factors.ContractChances = 6 }, "factors.contract_chances", "rating 6 is outside 1–5"},
		{"seat role required", func(o *model.OwnNetwork) { o.Seats[1].Role = "" }, "seats[1].role", "is required"},
		{"seat role one line", func(o *model.OwnNetwork) { o.Seats[1].Role = strings.Repeat("r", 201) }, "seats[1].role", "is longer than 200 characters"},
		{"seat ids unique", func(o *model.OwnNetwork) { o.Seats[1].ID = "s1" }, "seats[1].id", `id "s1" is used twice`},
		{"covers valid", func(o *model.OwnNetwork) { o.Seats[0].Covers[1] = "coffee" }, "seats[0].covers[1]", `"coffee" is not one of mentors, training, contracts`},
		{"covers once", func(o *model.OwnNetwork) { o.Seats[0].Covers[1] = model.CoverContracts }, "seats[0].covers[1]", `"contracts" is listed twice`},
		{"candidate name required", func(o *model.OwnNetwork) { o.Seats[0].Candidates[0].Name = " " }, "seats[0].candidates[0].name", "is required"},
		{"candidate status valid", func(o *model.OwnNetwork) { o.Seats[0].Candidates[0].Status = "" }, "seats[0].candidates[0].status", ""},
		{"candidate ratings 1–5", func(o *model.OwnNetwork) { o.Seats[0].Candidates[1].Reliability = 9 }, "seats[0].candidates[1].reliability", "rating 9 is outside 1–5"},
		{"candidate ids unique in their seat", func(o *model.OwnNetwork) { o.Seats[0].Candidates[1].ID = "c1" }, "seats[0].candidates[1].id", `id "c1" is used twice`},
		{"candidate ids may repeat across seats", func(o *model.OwnNetwork) {
			o.Seats[1].Candidates = []model.Candidate{{ID: "c1", Name: "Ida", Status: model.CandidateIdentified}}
		}, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := vmPlan()
			tt.change(&o)
			vmCheck(t, o.Validate(), tt.field, tt.msg)
		})
	}
}

// TestOwnNetworkDerived checks the plan's derived figures of SPEC.md 1.7.
func TestOwnNetworkDerived(t *testing.T) {
	o := vmPlan()
	o.RecruitingHoursPerSeat = 6
	if h, ok := o.BuildHours(); !ok || h != 12 { // 2 seats × 6
		t.Errorf("BuildHours = %d, %v; want 12", h, ok)
	}
	if h := o.UpkeepHoursPerYear(); h != 40 { // 10 × (3 + 1)
		t.Errorf("UpkeepHoursPerYear = %d, want 40", h)
	}
	if !o.Seats[0].Filled() || o.Seats[1].Filled() {
		t.Error("a seat is filled exactly when a candidate has committed")
	}
	o.Seats = nil
	if _, ok := o.BuildHours(); ok {
		t.Error("a plan without seats gives build hours")
	}
	if model.NewOwnNetwork().RecruitingHoursPerSeat != 6 {
		t.Error("the default recruiting hours per seat are not 6")
	}
	n := model.NewNetwork()
	n.Factors = model.FactorRatings{Mentors: 3, Training: 3, ContractChances: 1}
	want := []model.Shortfall{{Factor: model.FactorTraining, Plan: 2, Need: 3}, {Factor: model.FactorContractChances, Plan: model.Unset, Need: 1}}
	if got := vmPlan().ShortOf(n); len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("ShortOf = %+v, want %+v", got, want)
	}
}

// TestNewMembership checks the defaults of SPEC.md 1.6 and the frozen
// expectations.
func TestNewMembership(t *testing.T) {
	p := validateFixtureProfile()
	n := validateFixtureNetwork()
	n.ExtraCostsPerYear = model.MoneyFromMajor(720)
	n.OtherBenefitPerYear = model.MoneyFromMajor(500)
	day := model.NewDate(2026, 3, 1)
	m := model.NewMembership(p, nil, n, day)
	v := model.ComputeVerdict(p, nil, n)
	if m.JoinedOn != day || m.MinTermMonths != 12 || m.RenewalTermMonths != 12 || m.NoticeDays != 90 || !m.RenewsAutomatically {
		t.Errorf("terms %+v; want joined on the day, 12 × 1 year, 12 months, 90 days, renewing", m)
	}
	e := m.Expectations
	// Cash cost per year: 1200 + 720, both factors 1.
	if e.ExpectedProfitPerYear != n.ExpectedProfitPerYear || e.OtherBenefitPerYear != n.OtherBenefitPerYear ||
		e.MembershipHoursPerYear != 60 || e.CashCostPerYear == nil || *e.CashCostPerYear != model.MoneyFromMajor(1920) ||
		e.Score != v.Score.Total || e.Verdict != v.Word {
		t.Errorf("expectations %+v", e)
	}
	if len(e.Promises) != 2 || e.Promises[0] != (model.PromiseExpectation{PromiseID: "p1", Status: n.PromiseStatus("p1")}) {
		t.Errorf("frozen promises %+v", e.Promises)
	}
	n.MinTermYears = 0
	n.AnnualFee = nil
	if m := model.NewMembership(p, nil, n, day); m.MinTermMonths != 12 || m.Expectations.CashCostPerYear != nil {
		t.Errorf("without a minimum term or annual fee: %d months, cash %v; want 12 and unknown", m.MinTermMonths, m.Expectations.CashCostPerYear)
	}
	n.MinTermYears = 2
	if m := model.NewMembership(p, nil, n, day); m.MinTermMonths != 24 {
		t.Errorf("a minimum term of 2 years gives %d months, want 24", m.MinTermMonths)
	}
	if err := model.NewMembership(p, nil, n, day).Validate(n.PromiseIDs()); err != nil {
		t.Errorf("a new membership does not validate: %v", err)
	}
}

// TestLedgerKindUses pins which fields each kind uses.
func TestLedgerKindUses(t *testing.T) {
	want := map[model.LedgerKind]string{
		model.LedgerMeeting: "hours amount", model.LedgerOneToOne: "hours amount with", model.LedgerEvent: "hours amount",
		model.LedgerReferralGiven: "with", model.LedgerReferralReceived: "with", model.LedgerClosedBusiness: "amount margin with",
		model.LedgerCost: "amount", model.LedgerPromiseCheck: "promise_id answer",
	}
	fields := []model.LedgerField{model.LedgerFieldHours, model.LedgerFieldAmount, model.LedgerFieldMargin, model.LedgerFieldWith, model.LedgerFieldPromiseID, model.LedgerFieldAnswer}
	for _, k := range model.LedgerKinds {
		var got []string
		for _, f := range fields {
			if k.Uses(f) {
				got = append(got, string(f))
			}
		}
		if strings.Join(got, " ") != want[k] {
			t.Errorf("%s uses %q, want %q", k, got, want[k])
		}
		if k.Label() == "" || k.Label() == string(k) {
			t.Errorf("%s has no label", k)
		}
	}
}

// TestHoursJSON: ledger hours are exact hundredths, written without
// trailing zeros and read back with at most two decimals.
func TestHoursJSON(t *testing.T) {
	for _, tt := range []struct {
		h    model.Hours
		text string
	}{{model.HoursOf(2), "2"}, {150, "1.5"}, {125, "1.25"}, {1, "0.01"}} {
		if got := tt.h.String(); got != tt.text {
			t.Errorf("%d hundredths = %q, want %q", tt.h, got, tt.text)
		}
		if back, err := model.HoursFromJSONNumber(tt.h.JSONNumber()); err != nil || back != tt.h {
			t.Errorf("%q reads back as %d, %v", tt.text, back, err)
		}
	}
	for _, bad := range []string{"1.005", "-1", "1001", "x"} {
		if _, err := model.HoursFromJSONNumber(jsonNumber(bad)); err == nil {
			t.Errorf("%q was accepted", bad)
		}
	}
}

func jsonNumber(s string) encjson.Number { return encjson.Number(s) }
