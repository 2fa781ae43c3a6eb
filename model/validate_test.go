package model_test

import (
	"errors"
	"math"
	"strings"
	"testing"

	"netvet/model"
)

// validateFixtureProfile returns a profile that passes every rule.
func validateFixtureProfile() model.Profile {
	p := model.NewProfile()
	p.Name = "Anna Beispiel"
	p.Positioning = "Interim CFO for family firms.\n\tFinance, not tax."
	p.TargetGroups = []string{"Family firms", "Mittelstand"}
	p.Strengths = []string{"Restructuring"}
	p.TargetAnnualIncome = model.MoneyFromMajor(120000)
	p.PlannedHoursPerYear = 1600
	p.MarginalTaxRate = 0.42
	return p
}

// validateFixtureNetwork returns a network with every field and list filled
// in that passes every rule.
func validateFixtureNetwork() model.Network {
	fee := model.MoneyFromMajor(3000)
	annual := model.MoneyFromMajor(1200)
	build := 400
	rec := 8
	n := model.NewNetwork()
	n.ID = "n1"
	n.Name = "Expertenkreis Süd"
	n.Website = "https://example.org"
	n.Contact = "Frau Muster, +49 89 1234"
	n.Summary = "Monthly meetings.\n\n- mentoring\n- referrals"
	n.EntryFee = &fee
	n.AnnualFee = &annual
	n.MinTermYears = 1
	n.MembershipHoursPerYear = 60
	n.BuildHours = &build
	n.BuildUpkeepHoursPerYear = 50
	n.ExpectedProfitPerYear = model.MoneyFromMajor(10000)
	n.Fit = model.FitRatings{TargetGroupOverlap: 4, ComplementaryStrengths: 4, Positioning: 3, MyContribution: 5, Chemistry: 1}
	n.Factors = model.FactorRatings{Mentors: 4, Training: 2, ContractChances: 4}
	n.RatingNotes = "Chemistry after the guest evening."
	n.Warnings = []model.WarningSign{model.WarnAutoRenewal, model.WarnExtraCosts}
	n.Promises = []model.Promise{
		{ID: "p1", Category: model.CategoryContracts, Text: "Referrals every month", Source: model.SourceSalesTalk, MustHave: true},
		{ID: "p2", Category: model.CategoryMentoring, Text: "A mentor for the first year", Source: "Flyer at the fair", Notes: "Ask who."},
	}
	n.Interviews = []model.Interview{
		{
			ID: "i1", Member: "Member A", Business: "Tax adviser", MemberSince: 2019,
			Date: model.NewDate(2026, 11, 20), Channel: model.ChannelCall, SimilarToMe: true,
			Answers: []model.Answer{
				{PromiseID: "p1", Answer: model.AnswerYes, Comment: "Two so far"},
				{PromiseID: "p2", Answer: model.AnswerPartly},
			},
			ContractsCount: 2, ContractsValue: model.MoneyFromMajor(15000),
			WouldJoinAgain: model.JoinAgainYes, Recommendation: &rec,
			Notes: "# Call\n\n| a | b |\n|---|---|\n\tindented",
		},
		{ID: "i2", Member: "Member B", IntroducedByNetwork: true},
	}
	n.Evidence = []model.Evidence{
		{ID: "e1", Description: "Audit for a bakery", Beneficiary: "Member A", SimilarToMe: true, Value: model.MoneyFromMajor(8000), Date: model.NewDate(2026, 6, 1), Level: model.LevelMemberReported, InterviewID: "i1"},
		{ID: "e2", Description: "Heard of a contract", Level: model.LevelHearsay},
	}
	return n
}

func validateIntPtr(v int) *int { return &v }

func validateMoneyPtr(m model.Money) *model.Money { return &m }

// validationErrors unwraps err into its field errors, failing the test if it
// is neither nil nor a ValidationError.
func validationErrors(t *testing.T, err error) model.ValidationError {
	t.Helper()
	if err == nil {
		return nil
	}
	var v model.ValidationError
	if !errors.As(err, &v) {
		t.Fatalf("error %v (%T) is not a ValidationError", err, err)
	}
	if len(v) == 0 {
		t.Fatalf("non-nil error with no field errors")
	}
	return v
}

// checkOneFieldError asserts that err reports exactly one problem, with the
// given field and, if msg is not empty, the given message.
func checkOneFieldError(t *testing.T, err error, field, msg string) {
	t.Helper()
	v := validationErrors(t, err)
	if len(v) != 1 {
		t.Fatalf("got %d problems (%v), want one with field %q", len(v), err, field)
	}
	if v[0].Field != field {
		t.Errorf("field = %q (%v), want %q", v[0].Field, err, field)
	}
	if msg != "" && v[0].Msg != msg {
		t.Errorf("message = %q, want %q", v[0].Msg, msg)
	}
}

func TestProfileValidate(t *testing.T) {
	tests := []struct {
		name   string
		change func(p *model.Profile)
		field  string // "" means the profile must pass
		msg    string
	}{
		{"fully valid profile passes", func(p *model.Profile) {}, "", ""},
		{"new profile with defaults passes", func(p *model.Profile) { *p = model.NewProfile() }, "", ""},
		{"name at most 200 characters", func(p *model.Profile) { p.Name = strings.Repeat("ä", 201) }, "name", "is longer than 200 characters"},
		{"name of 200 characters passes", func(p *model.Profile) { p.Name = strings.Repeat("ä", 200) }, "", ""},
		{"name without control characters", func(p *model.Profile) { p.Name = "Anna\x1b[31m" }, "name", "contains control characters"},
		{"name without tabs", func(p *model.Profile) { p.Name = "Anna\tB" }, "name", "contains control characters"},
		{"name is valid UTF-8", func(p *model.Profile) { p.Name = "Anna\xff" }, "name", "is not valid UTF-8 text"},
		{"positioning without control characters", func(p *model.Profile) { p.Positioning = "CFO\r\n" }, "positioning", "contains control characters"},
		{"target group not blank", func(p *model.Profile) { p.TargetGroups[1] = "  " }, "target_groups[1]", "is required"},
		{"target group at most 200 characters", func(p *model.Profile) { p.TargetGroups[0] = strings.Repeat("x", 201) }, "target_groups[0]", ""},
		{"strength without control characters", func(p *model.Profile) { p.Strengths[0] = "a\nb" }, "strengths[0]", "contains control characters"},
		{"currency required", func(p *model.Profile) { p.Currency = "" }, "currency", "is required"},
		{"currency upper-case", func(p *model.Profile) { p.Currency = "eur" }, "currency", `"eur" is not an ISO 4217 currency code (such as EUR, CHF or USD)`},
		{"currency is a real ISO 4217 code", func(p *model.Profile) { p.Currency = "XYZ" }, "currency", `"XYZ" is not an ISO 4217 currency code (such as EUR, CHF or USD)`},
		{"currency three letters", func(p *model.Profile) { p.Currency = "EURO" }, "currency", ""},
		{"currency letters only", func(p *model.Profile) { p.Currency = "€" }, "currency", ""},
		{"other currency passes", func(p *model.Profile) { p.Currency = "CHF" }, "", ""},
		{"income not negative", func(p *model.Profile) { p.TargetAnnualIncome = -1 }, "target_annual_income", "must not be negative"},
		{"income at most MaxMoney", func(p *model.Profile) { p.TargetAnnualIncome = model.MaxMoney + 1 }, "target_annual_income", "is more than 1,000,000,000,000.00"},
		{"income zero passes", func(p *model.Profile) { p.TargetAnnualIncome = 0 }, "", ""},
		{"hours not negative", func(p *model.Profile) { p.PlannedHoursPerYear = -1 }, "planned_hours_per_year", "must not be negative"},
		{"hours at most a leap year", func(p *model.Profile) { p.PlannedHoursPerYear = 8785 }, "planned_hours_per_year", "8785 hours is more than a year has"},
		{"hours of a leap year pass", func(p *model.Profile) { p.PlannedHoursPerYear = 8784 }, "", ""},
		{"tax rate not negative", func(p *model.Profile) { p.MarginalTaxRate = -0.1 }, "marginal_tax_rate", "-0.1 is outside 0–0.6"},
		{"tax rate at most 0.6", func(p *model.Profile) { p.MarginalTaxRate = 0.601 }, "marginal_tax_rate", "0.601 is outside 0–0.6"},
		{"tax rate is a number", func(p *model.Profile) { p.MarginalTaxRate = math.NaN() }, "marginal_tax_rate", ""},
		{"tax rate 0.6 passes", func(p *model.Profile) { p.MarginalTaxRate = 0.6 }, "", ""},
		{"tax rate 0 passes", func(p *model.Profile) { p.MarginalTaxRate = 0 }, "", ""},
		{"horizon at least 1", func(p *model.Profile) { p.HorizonYears = 0 }, "horizon_years", "must be between 1 and 30 years"},
		{"horizon at most 30", func(p *model.Profile) { p.HorizonYears = 31 }, "horizon_years", ""},
		{"horizon 30 passes", func(p *model.Profile) { p.HorizonYears = 30 }, "", ""},
		{"min interviews at least 1", func(p *model.Profile) { p.MinInterviews = 0 }, "min_interviews", "must be between 1 and 50"},
		{"min interviews at most 50", func(p *model.Profile) { p.MinInterviews = 51 }, "min_interviews", ""},
		{"min interviews 50 passes", func(p *model.Profile) { p.MinInterviews = 50 }, "", ""},
		{"join threshold not negative", func(p *model.Profile) { p.JoinThreshold = -1 }, "join_threshold", "must be between 0 and 100"},
		{"join threshold at most 100", func(p *model.Profile) { p.JoinThreshold = 101 }, "join_threshold", ""},
		{"join threshold 100 passes", func(p *model.Profile) { p.JoinThreshold = 100 }, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := validateFixtureProfile()
			tt.change(&p)
			err := p.Validate()
			if tt.field == "" {
				if err != nil {
					t.Fatalf("Validate() = %v, want nil", err)
				}
				return
			}
			checkOneFieldError(t, err, tt.field, tt.msg)
		})
	}
}

func TestNetworkValidate(t *testing.T) {
	tests := []struct {
		name   string
		change func(n *model.Network)
		field  string // "" means the network must pass
		msg    string
	}{
		{"fully valid network passes", func(n *model.Network) {}, "", ""},
		{"new network with a name passes", func(n *model.Network) { *n = model.NewNetwork(); n.Name = "X" }, "", ""},
		{"id without control characters", func(n *model.Network) { n.ID = "n\x00" }, "id", "contains control characters"},
		{"name required", func(n *model.Network) { n.Name = "" }, "name", "is required"},
		{"name required after trimming spaces", func(n *model.Network) { n.Name = " \t " }, "name", "is required"},
		{"name at most 200 characters", func(n *model.Network) { n.Name = strings.Repeat("ü", 201) }, "name", "is longer than 200 characters"},
		{"name without control characters", func(n *model.Network) { n.Name = "Club\x1b[2J" }, "name", "contains control characters"},
		{"kind valid", func(n *model.Network) { n.Kind = "guild" }, "kind", `"guild" is not one of expert_network, mastermind, referral_chapter, association, other`},
		{"kind not empty", func(n *model.Network) { n.Kind = "" }, "kind", ""},
		{"status valid", func(n *model.Network) { n.Status = "paused" }, "status", `"paused" is not one of researching, interviewing, decided, joined, declined, archived`},
		{"an archived network keeps its status before", func(n *model.Network) { n.SetStatus(model.StatusArchived) }, "", ""},
		{"status before archive only when archived", func(n *model.Network) { n.StatusBeforeArchive = model.StatusDecided }, "status_before_archive", "is kept only for an archived network"},
		{"status before archive not archived", func(n *model.Network) { n.Status, n.StatusBeforeArchive = model.StatusArchived, model.StatusArchived },
			"status_before_archive", `"archived" is not one of researching, interviewing, decided, joined, declined`},
		{"status before archive valid", func(n *model.Network) { n.Status, n.StatusBeforeArchive = model.StatusArchived, "paused" },
			"status_before_archive", `"paused" is not one of researching, interviewing, decided, joined, declined`},
		{"website at most 2000 characters", func(n *model.Network) { n.Website = strings.Repeat("w", 2001) }, "website", "is longer than 2000 characters"},
		{"contact on one line", func(n *model.Network) { n.Contact = "a\nb" }, "contact", "contains control characters"},
		{"summary without control characters", func(n *model.Network) { n.Summary = "a\x07" }, "summary", "contains control characters"},
		{"summary at most MaxTextBytes", func(n *model.Network) { n.Summary = strings.Repeat("x", model.MaxTextBytes+1) }, "summary", "is longer than 1048576 bytes"},
		{"summary of a million bytes passes", func(n *model.Network) { n.Summary = strings.Repeat("x\n", 500000) }, "", ""},
		{"entry fee not negative", func(n *model.Network) { n.EntryFee = validateMoneyPtr(-1) }, "entry_fee", "must not be negative"},
		{"entry fee at most MaxMoney", func(n *model.Network) { n.EntryFee = validateMoneyPtr(model.MaxMoney + 1) }, "entry_fee", ""},
		{"annual fee not negative", func(n *model.Network) { n.AnnualFee = validateMoneyPtr(-100) }, "annual_fee", "must not be negative"},
		{"unset fees pass", func(n *model.Network) { n.EntryFee, n.AnnualFee = nil, nil }, "", ""},
		{"zero fees pass", func(n *model.Network) { n.EntryFee, n.AnnualFee = validateMoneyPtr(0), validateMoneyPtr(0) }, "", ""},
		{"min term not negative", func(n *model.Network) { n.MinTermYears = -1 }, "min_term_years", "must be between 0 and 30 years"},
		{"min term at most 30", func(n *model.Network) { n.MinTermYears = 31 }, "min_term_years", ""},
		{"membership hours not negative", func(n *model.Network) { n.MembershipHoursPerYear = -1 }, "membership_hours_per_year", "must not be negative"},
		{"membership hours at most a leap year", func(n *model.Network) { n.MembershipHoursPerYear = 8785 }, "membership_hours_per_year", "8785 hours is more than a year has"},
		{"build hours not negative", func(n *model.Network) { n.BuildHours = validateIntPtr(-1) }, "build_hours", "must not be negative"},
		{"build hours at most 30 years round the clock", func(n *model.Network) { n.BuildHours = validateIntPtr(model.MaxBuildHours + 1) }, "build_hours", "263521 hours is more than 263520"},
		{"unset build hours pass", func(n *model.Network) { n.BuildHours = nil }, "", ""},
		{"build upkeep hours not negative", func(n *model.Network) { n.BuildUpkeepHoursPerYear = -5 }, "build_upkeep_hours_per_year", "must not be negative"},
		{"build upkeep hours at most a leap year", func(n *model.Network) { n.BuildUpkeepHoursPerYear = 9000 }, "build_upkeep_hours_per_year", ""},
		{"expected profit not negative", func(n *model.Network) { n.ExpectedProfitPerYear = -1 }, "expected_profit_per_year", "must not be negative"},
		{"fit rating at most 5", func(n *model.Network) { n.Fit.Chemistry = 7 }, "fit.chemistry", "rating 7 is outside 1–5"},
		{"fit rating not negative", func(n *model.Network) { n.Fit.TargetGroupOverlap = -1 }, "fit.target_group_overlap", "rating -1 is outside 1–5"},
		{"factor rating at most 5", func(n *model.Network) { n.Factors.ContractChances = 6 }, "factors.contract_chances", "rating 6 is outside 1–5"},
		{"unset ratings pass", func(n *model.Network) { n.Fit, n.Factors = model.FitRatings{}, model.FactorRatings{} }, "", ""},
		{"rating notes without control characters", func(n *model.Network) { n.RatingNotes = "\x1b]0;x\x07" }, "rating_notes", "contains control characters"},
		{"warning valid", func(n *model.Network) { n.Warnings[1] = "bad_coffee" }, "warnings[1]", ""},
		{"warning not duplicated", func(n *model.Network) { n.Warnings = append(n.Warnings, model.WarnAutoRenewal) }, "warnings[2]", `"auto_renewal" is ticked twice`},
		{"no warnings pass", func(n *model.Network) { n.Warnings = nil }, "", ""},
		{"promise category valid", func(n *model.Network) { n.Promises[1].Category = "coffee" }, "promises[1].category", ""},
		{"promise text required", func(n *model.Network) { n.Promises[0].Text = "  " }, "promises[0].text", "is required"},
		{"promise source on one line", func(n *model.Network) { n.Promises[0].Source = "web\nsite" }, "promises[0].source", "contains control characters"},
		{"promise notes without control characters", func(n *model.Network) { n.Promises[1].Notes = "\x00" }, "promises[1].notes", "contains control characters"},
		{"promise ids unique", func(n *model.Network) { n.Promises[1].ID = "p1"; n.Interviews[0].Answers = n.Interviews[0].Answers[:1] }, "promises[1].id", `id "p1" is used twice`},
		{"empty promise ids may repeat", func(n *model.Network) {
			n.Promises[0].ID, n.Promises[1].ID = "", ""
			n.Interviews[0].Answers = nil
		}, "", ""},
		{"interview member required", func(n *model.Network) { n.Interviews[0].Member = "" }, "interviews[0].member", "is required"},
		{"interview member at most 200 characters", func(n *model.Network) { n.Interviews[1].Member = strings.Repeat("m", 201) }, "interviews[1].member", ""},
		{"interview business on one line", func(n *model.Network) { n.Interviews[1].Business = "a\tb" }, "interviews[1].business", "contains control characters"},
		{"interview member since 1900 or later", func(n *model.Network) { n.Interviews[0].MemberSince = 1899 }, "interviews[0].member_since", "1899 is not a plausible year"},
		{"interview member since 2100 or earlier", func(n *model.Network) { n.Interviews[0].MemberSince = 2101 }, "interviews[0].member_since", ""},
		{"interview not dated before the member joined", func(n *model.Network) {
			n.Interviews[0].MemberSince = 2026
			n.Interviews[0].Date = model.NewDate(2025, 12, 31)
		}, "interviews[0].date", "the interview on 2025-12-31 is before the member joined (member since 2026)"},
		{"interview member since unknown passes", func(n *model.Network) { n.Interviews[0].MemberSince = 0 }, "", ""},
		{"interview date may be zero", func(n *model.Network) { n.Interviews[0].Date = model.Date{} }, "", ""},
		{"interview channel valid", func(n *model.Network) { n.Interviews[0].Channel = "pigeon" }, "interviews[0].channel", `"pigeon" is not one of call, in_person, event, written`},
		{"interview channel may be empty", func(n *model.Network) { n.Interviews[0].Channel = "" }, "", ""},
		{"answer names a promise", func(n *model.Network) { n.Interviews[0].Answers[0].PromiseID = "" }, "interviews[0].answers[0].promise_id", "is required"},
		{"answer names a promise of this network", func(n *model.Network) { n.Interviews[0].Answers[1].PromiseID = "p9" }, "interviews[0].answers[1].promise_id", `names promise "p9", which this network does not have`},
		{"promise answered at most once", func(n *model.Network) { n.Interviews[0].Answers[1].PromiseID = "p1" }, "interviews[0].answers[1].promise_id", `promise "p1" is answered twice`},
		{"answer value valid", func(n *model.Network) { n.Interviews[0].Answers[0].Answer = "maybe" }, "interviews[0].answers[0].answer", `"maybe" is not one of yes, partly, no, unknown`},
		{"answer comment without control characters", func(n *model.Network) { n.Interviews[0].Answers[0].Comment = "\x1b" }, "interviews[0].answers[0].comment", ""},
		{"contracts count not negative", func(n *model.Network) { n.Interviews[0].ContractsCount = -1 }, "interviews[0].contracts_count", "must not be negative"},
		{"contracts value not negative", func(n *model.Network) { n.Interviews[0].ContractsValue = -1 }, "interviews[0].contracts_value", "must not be negative"},
		{"would join again valid", func(n *model.Network) { n.Interviews[0].WouldJoinAgain = "perhaps" }, "interviews[0].would_join_again", `"perhaps" is not one of yes, unsure, no`},
		{"would join again may be unset", func(n *model.Network) { n.Interviews[0].WouldJoinAgain = model.JoinAgainUnset }, "", ""},
		{"recommendation at most 10", func(n *model.Network) { n.Interviews[0].Recommendation = validateIntPtr(11) }, "interviews[0].recommendation", "11 is outside 0–10"},
		{"recommendation not negative", func(n *model.Network) { n.Interviews[0].Recommendation = validateIntPtr(-1) }, "interviews[0].recommendation", "-1 is outside 0–10"},
		{"recommendation 0 passes", func(n *model.Network) { n.Interviews[0].Recommendation = validateIntPtr(0) }, "", ""},
		{"recommendation 10 passes", func(n *model.Network) { n.Interviews[0].Recommendation = validateIntPtr(10) }, "", ""},
		{"red flags without control characters", func(n *model.Network) { n.Interviews[1].RedFlags = "\x1b[31mred" }, "interviews[1].red_flags", ""},
		{"notes without control characters", func(n *model.Network) { n.Interviews[0].Notes = "a\x08b" }, "interviews[0].notes", "contains control characters"},
		{"interview ids unique", func(n *model.Network) { n.Interviews[1].ID = "i1" }, "interviews[1].id", `id "i1" is used twice`},
		{"evidence description required", func(n *model.Network) { n.Evidence[0].Description = "" }, "evidence[0].description", "is required"},
		{"evidence beneficiary on one line", func(n *model.Network) { n.Evidence[0].Beneficiary = "a\nb" }, "evidence[0].beneficiary", ""},
		{"evidence value not negative", func(n *model.Network) { n.Evidence[1].Value = -1 }, "evidence[1].value", "must not be negative"},
		{"evidence level valid", func(n *model.Network) { n.Evidence[0].Level = "rumour" }, "evidence[0].level", `"rumour" is not one of hearsay, member_reported, documented`},
		{"evidence level not empty", func(n *model.Network) { n.Evidence[1].Level = "" }, "evidence[1].level", ""},
		{"evidence names an interview of this network", func(n *model.Network) { n.Evidence[0].InterviewID = "i9" }, "evidence[0].interview_id", `names interview "i9", which this network does not have`},
		{"evidence without interview passes", func(n *model.Network) { n.Evidence[0].InterviewID = "" }, "", ""},
		{"evidence ids unique", func(n *model.Network) { n.Evidence[1].ID = "e1" }, "evidence[1].id", `id "e1" is used twice`},
		{"ids may repeat across lists", func(n *model.Network) { n.Evidence[0].ID = "p1"; n.Interviews[1].ID = "p2" }, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := validateFixtureNetwork()
			tt.change(&n)
			err := n.Validate()
			if tt.field == "" {
				if err != nil {
					t.Fatalf("Validate() = %v, want nil", err)
				}
				return
			}
			checkOneFieldError(t, err, tt.field, tt.msg)
		})
	}
}

func TestNetworkValidateReportsEveryProblemInFieldOrder(t *testing.T) {
	n := validateFixtureNetwork()
	n.Name = ""
	n.Fit.Chemistry = 9
	n.Interviews[1].Member = ""
	n.Evidence[1].Level = "x"
	v := validationErrors(t, n.Validate())
	want := []string{"name", "fit.chemistry", "interviews[1].member", "evidence[1].level"}
	if len(v) != len(want) {
		t.Fatalf("got %d problems %v, want %d", len(v), v, len(want))
	}
	for i, f := range want {
		if v[i].Field != f {
			t.Errorf("problem %d is about %q, want %q", i, v[i].Field, f)
		}
	}
}

func TestItemValidateAlone(t *testing.T) {
	n := validateFixtureNetwork()
	tests := []struct {
		name  string
		err   error
		field string // "" means the item must pass
	}{
		{"valid promise passes", n.Promises[0].Validate(), ""},
		{"promise fields are relative to the promise", model.Promise{Category: "x", Text: "t"}.Validate(), "category"},
		{"valid interview passes with the network's promises", n.Interviews[0].Validate(n.PromiseIDs()), ""},
		{"interview answers need the network's promises", n.Interviews[0].Validate(nil), "answers[0].promise_id"},
		{"interview fields are relative to the interview", model.Interview{}.Validate(nil), "member"},
		{"valid evidence passes with the network's interviews", n.Evidence[0].Validate(n.InterviewIDs()), ""},
		{"evidence link needs the network's interviews", n.Evidence[0].Validate([]string{"i2"}), "interview_id"},
		{"evidence fields are relative to the evidence", model.Evidence{Level: model.LevelHearsay}.Validate(nil), "description"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := validationErrors(t, tt.err)
			if tt.field == "" {
				if v != nil {
					t.Fatalf("Validate() = %v, want nil", v)
				}
				return
			}
			if len(v) == 0 || v[0].Field != tt.field {
				t.Errorf("Validate() = %v, want first problem about %q", v, tt.field)
			}
		})
	}
}

func TestNetworkIDLists(t *testing.T) {
	n := validateFixtureNetwork()
	if got := strings.Join(n.PromiseIDs(), ","); got != "p1,p2" {
		t.Errorf("PromiseIDs() = %q, want p1,p2", got)
	}
	if got := strings.Join(n.InterviewIDs(), ","); got != "i1,i2" {
		t.Errorf("InterviewIDs() = %q, want i1,i2", got)
	}
}

func TestValidationError(t *testing.T) {
	v := model.ValidationError{
		{Field: "name", Msg: "is required"},
		{Field: "fit.chemistry", Msg: "rating 7 is outside 1–5"},
		{Field: "name", Msg: "second"},
	}
	t.Run("error joins problems with semicolons", func(t *testing.T) {
		want := "name: is required; fit.chemistry: rating 7 is outside 1–5; name: second"
		if got := v.Error(); got != want {
			t.Errorf("Error() = %q, want %q", got, want)
		}
	})
	t.Run("field error is field colon message", func(t *testing.T) {
		if got := v[1].Error(); got != "fit.chemistry: rating 7 is outside 1–5" {
			t.Errorf("FieldError.Error() = %q", got)
		}
	})
	t.Run("for finds the first message of a field", func(t *testing.T) {
		msg, ok := v.For("name")
		if !ok || msg != "is required" {
			t.Errorf("For(name) = %q, %v", msg, ok)
		}
	})
	t.Run("for reports a field without problems", func(t *testing.T) {
		if msg, ok := v.For("kind"); ok {
			t.Errorf("For(kind) = %q, true; want false", msg)
		}
	})
	t.Run("prefix places fields under a path", func(t *testing.T) {
		got := v.Prefix("networks[2]")
		if got[1].Error() != "networks[2].fit.chemistry: rating 7 is outside 1–5" {
			t.Errorf("Prefix: %q", got[1].Error())
		}
		if v[1].Field != "fit.chemistry" {
			t.Errorf("Prefix changed the original: %q", v[1].Field)
		}
	})
	t.Run("prefix joins an index without a dot", func(t *testing.T) {
		got := model.ValidationError{{Field: "[0]", Msg: "m"}}.Prefix("warnings")
		if got[0].Field != "warnings[0]" {
			t.Errorf("Prefix: %q, want warnings[0]", got[0].Field)
		}
	})
	t.Run("empty prefix keeps fields", func(t *testing.T) {
		if got := v.Prefix(""); got[0].Field != "name" {
			t.Errorf("Prefix(\"\"): %q, want name", got[0].Field)
		}
	})
}

func TestSameName(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"identical names are the same", "BNI Süd", "BNI Süd", true},
		{"case is ignored", "BNI Süd", "bni süd", true},
		{"case of non-ASCII letters is ignored", "ÄRZTEKREIS", "ärztekreis", true},
		{"surrounding spaces are ignored", "  BNI Süd\t", "BNI Süd", true},
		{"inner spaces count", "BNI Süd", "BNISüd", false},
		{"different names differ", "BNI Süd", "BNI Nord", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := model.SameName(tt.a, tt.b); got != tt.want {
				t.Errorf("SameName(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

func TestNameTakenError(t *testing.T) {
	v := model.NameTakenError(" BNI Süd ", "BNI Süd")
	msg, ok := v.For("name")
	if !ok || msg != `a network named "BNI Süd" exists already` {
		t.Errorf("NameTakenError: For(name) = %q, %v", msg, ok)
	}
}

func TestNormalizeNewlines(t *testing.T) {
	got := model.NormalizeNewlines("a\r\nb\rc\nd")
	if got != "a\nb\nc\nd" {
		t.Errorf("NormalizeNewlines = %q", got)
	}
	n := validateFixtureNetwork()
	n.Interviews[0].Notes = model.NormalizeNewlines("line\r\nline\r\n")
	if err := n.Validate(); err != nil {
		t.Errorf("normalised notes do not validate: %v", err)
	}
}
