package model

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
)

// xpTime is the injected clock of the export tests.
var xpTime = time.Date(2026, time.November, 27, 10, 0, 0, 0, time.UTC)

func xpMoney(cents int64) *Money {
	m := Money(cents)
	return &m
}

func xpInt(v int) *int { return &v }

func xpRate(f float64) *float64 { return &f }

// xpExport is an export with every field of the format set at least once,
// and every optional one left unset at least once.
func xpExport() Export {
	p := NewProfile()
	p.Name = "Dana Example"
	p.Positioning = "Data protection for dentists"
	p.TargetGroups = []string{"Dentists", "Small clinics"}
	p.Strengths = []string{"GDPR audits"}
	p.TargetAnnualIncome = 120_000_00
	p.PlannedHoursPerYear = 1600
	p.MarginalTaxRate = 0.42
	p.CannotReclaimVAT = true
	p.ProfitMargin = xpRate(0.55)
	p.Weights = Weights{ContractChances: 30, Mentors: 10, Training: 10, Fit: 25, PromiseDelivery: 15, MemberSentiment: 10.5}
	p.Language = LanguageGerman

	full := NewNetwork()
	full.ID = "alpha"
	full.Name = "Alpha Circle"
	full.Kind = KindMastermind
	full.Website = "https://alpha.example"
	full.Contact = "Eva <eva@alpha.example>"
	full.Summary = "Two lines\nwith \"quotes\" & <tags>"
	full.Status = StatusInterviewing
	full.EntryFee = xpMoney(3000_50)
	full.AnnualFee = xpMoney(0)
	full.VATRate = 0.19
	full.FeesNotDeductible = true
	full.ExtraCostsPerYear = 720_00
	full.MinTermYears = 1
	full.MembershipHoursPerYear = 60
	full.BuildHours = xpInt(400)
	full.BuildUpkeepHoursPerYear = 50
	full.ExpectedProfitPerYear = 10_000_05
	full.OtherBenefitPerYear = 1500_00
	full.Fit = FitRatings{TargetGroupOverlap: 4, ComplementaryStrengths: 3, Positioning: 5, MyContribution: 1, Chemistry: 2}
	full.Factors = FactorRatings{Mentors: 4, ContractChances: 3}
	full.RatingNotes = "Training not rated yet."
	full.Warnings = []WarningSign{WarnAutoRenewal, WarnExtraCosts, WarnQuotas, WarnNoDistanceLearning}
	full.Promises = []Promise{
		{ID: "p1", Category: CategoryContracts, Text: "Referrals", Source: SourceSalesTalk, MustHave: true, Notes: "Said twice"},
		{ID: "p2", Category: CategoryOther, Text: "Coffee", Source: "a flyer", Documented: true},
	}
	full.Interviews = []Interview{
		{
			ID: "i1", Member: "Jörg Müller", Business: "Müller GmbH", MemberSince: 2019,
			Date: NewDate(2026, time.November, 20), Channel: ChannelCall, SimilarToMe: true,
			Answers:        []Answer{{PromiseID: "p1", Answer: AnswerYes, Comment: "two | three"}, {PromiseID: "p2", Answer: AnswerUnknown}},
			ContractsCount: 2, ContractsValue: 15_000_00, WouldJoinAgain: JoinAgainYes, Recommendation: xpInt(8),
			RedFlags: "none", Notes: "# Call\n\n- *good*\n- ü",
		},
		{ID: "i2", Member: "Ann Lee", IntroducedByNetwork: true, Recommendation: xpInt(0)},
	}
	full.Evidence = []Evidence{
		{ID: "e1", Description: "Audit", Beneficiary: "Jörg Müller", SimilarToMe: true, Value: 8000_00, Date: NewDate(2026, time.June, 1), Level: LevelMemberReported, InterviewID: "i1"},
		{ID: "e2", Description: "Rumour", Level: LevelHearsay},
	}

	full.Membership = &Membership{
		JoinedOn: NewDate(2026, time.January, 15), MinTermMonths: 24, RenewalTermMonths: 12, NoticeDays: 90, RenewsAutomatically: true,
		Expectations: Expectations{
			ExpectedProfitPerYear: 10_000_05, OtherBenefitPerYear: 1500_00, MembershipHoursPerYear: 60,
			CashCostPerYear: xpMoney(1920_00), Score: 72, Verdict: VerdictJoin,
			Promises: []PromiseExpectation{{PromiseID: "p1", Status: PromiseConfirmed}, {PromiseID: "p2", Status: PromiseMixed}},
		},
		Ledger: []LedgerEntry{
			{ID: "l1", Date: NewDate(2026, time.February, 5), Kind: LedgerMeeting, Hours: 250, Amount: 25_00, Note: "Breakfast"},
			{ID: "l2", Date: NewDate(2026, time.February, 20), Kind: LedgerClosedBusiness, Amount: 4000_00, Margin: xpRate(0.5), With: "Jörg Müller"},
			{ID: "l3", Date: NewDate(2026, time.March, 1), Kind: LedgerPromiseCheck, PromiseID: "p1", Answer: AnswerPartly, Note: "Mentor busy"},
			{ID: "l4", Date: NewDate(2026, time.March, 10), Kind: LedgerReferralReceived, With: "Ann Lee"},
			{ID: "l5", Date: NewDate(2026, time.April, 1), Kind: LedgerCost, Amount: 120_00},
			{ID: "l6", Date: NewDate(2026, time.April, 2), Kind: LedgerOneToOne, Hours: 125, With: "Ann Lee"},
			{ID: "l7", Date: NewDate(2026, time.April, 3), Kind: LedgerClosedBusiness, Amount: 800_00},
		},
	}

	empty := NewNetwork()
	empty.ID = "beta"
	empty.Name = "Beta"

	plan := NewOwnNetwork()
	plan.Goal = "Six experts around dental practices"
	plan.TargetGroup = "Dentists in Hesse"
	plan.MeetingsPerYear, plan.HoursPerMeeting, plan.PrepHoursPerMeeting, plan.RecruitingHoursPerSeat = 10, 3, 1, 8
	plan.Factors = FactorRatings{Mentors: 3, Training: 2, ContractChances: 4}
	plan.Seats = []Seat{
		{
			ID: "s1", Role: "Tax adviser", GivesMe: "Clients with data questions", IGive: "Audits for her clients",
			Covers: []Cover{CoverContracts, CoverMentors},
			Candidates: []Candidate{
				{ID: "c1", Name: "Eva Roth", Status: CandidateApproached, TargetGroup: 4, Strengths: 4, Positioning: 3, Chemistry: 5, Notes: "Met at a fair"},
				{ID: "c2", Name: "Omar Said", Status: CandidateCommitted},
			},
		},
		{ID: "s2", Role: "Lawyer"},
	}
	return Export{ExportedAt: xpTime, Profile: &p, Networks: []Network{full, empty}, OwnNetwork: &plan}
}

func xpJSON(t *testing.T, e Export) string {
	t.Helper()
	var b bytes.Buffer
	if err := e.WriteJSON(&b); err != nil {
		t.Fatalf("WriteJSON: %v", err)
	}
	return b.String()
}

// xpGolden is what WriteJSON writes for a small export: the layout of
// SPEC.md 4.1 field by field.
const xpGolden = `{
  "format": "netvet.export",
  "version": 2,
  "exported_at": "2026-11-27T10:00:00Z",
  "profile": null,
  "networks": [
    {
      "id": "n1",
      "name": "Gamma & <Co>",
      "kind": "referral_chapter",
      "website": "",
      "contact": "",
      "summary": "",
      "status": "researching",
      "entry_fee": 1200.5,
      "annual_fee": null,
      "vat_rate": 0,
      "fees_not_deductible": false,
      "extra_costs_per_year": 0,
      "min_term_years": 0,
      "membership_hours_per_year": 0,
      "build_hours": null,
      "build_upkeep_hours_per_year": 0,
      "expected_profit_per_year": 0.01,
      "other_benefit_per_year": 0,
      "fit": {
        "target_group_overlap": null,
        "complementary_strengths": null,
        "positioning": null,
        "my_contribution": null,
        "chemistry": 3
      },
      "factors": {
        "mentors": null,
        "training": null,
        "contract_chances": null
      },
      "warnings": [],
      "promises": [
        {
          "id": "p1",
          "category": "events",
          "text": "Gala",
          "source": "",
          "must_have": false,
          "documented": false,
          "notes": ""
        }
      ],
      "interviews": [
        {
          "id": "i1",
          "member": "Kim",
          "business": "",
          "member_since": null,
          "date": null,
          "channel": null,
          "similar_to_me": false,
          "introduced_by_network": false,
          "answers": [
            {
              "promise_id": "p1",
              "answer": "partly",
              "comment": ""
            }
          ],
          "contracts_count": 0,
          "contracts_value": 0,
          "would_join_again": null,
          "recommendation": null,
          "red_flags": "",
          "notes": ""
        }
      ],
      "evidence": [
        {
          "id": "e1",
          "description": "Deal",
          "beneficiary": "",
          "similar_to_me": false,
          "value": 99.99,
          "date": null,
          "level": "documented",
          "interview_id": ""
        }
      ],
      "membership": null
    }
  ],
  "own_network": null
}
`

func TestWriteJSONFormat(t *testing.T) {
	n := NewNetwork()
	n.ID, n.Name, n.Kind = "n1", "Gamma & <Co>", KindReferralChapter
	n.EntryFee = xpMoney(1200_50)
	n.ExpectedProfitPerYear = 1
	n.Fit.Chemistry = 3
	n.Promises = []Promise{{ID: "p1", Category: CategoryEvents, Text: "Gala"}}
	n.Interviews = []Interview{{ID: "i1", Member: "Kim", Answers: []Answer{{PromiseID: "p1", Answer: AnswerPartly}}}}
	n.Evidence = []Evidence{{ID: "e1", Description: "Deal", Value: 99_99, Level: LevelDocumented}}
	// The clock's sub-second part and zone do not show.
	at := time.Date(2026, time.November, 27, 11, 0, 0, 999, time.FixedZone("CET", 3600))
	got := xpJSON(t, Export{ExportedAt: at, Networks: []Network{n}})
	if got != xpGolden {
		t.Errorf("WriteJSON wrote\n%s\nwant\n%s", got, xpGolden)
	}
}

func TestWriteJSONEmptyDatabase(t *testing.T) {
	got := xpJSON(t, Export{ExportedAt: xpTime})
	want := "{\n  \"format\": \"netvet.export\",\n  \"version\": 2,\n  \"exported_at\": \"2026-11-27T10:00:00Z\",\n  \"profile\": null,\n  \"networks\": [],\n  \"own_network\": null\n}\n"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestExportRoundTripIsByteIdentical(t *testing.T) {
	first := xpJSON(t, xpExport())
	e, err := ParseExport([]byte(first))
	if err != nil {
		t.Fatalf("ParseExport of our own export: %v", err)
	}
	if !e.ExportedAt.Equal(xpTime) {
		t.Errorf("ExportedAt = %v, want %v", e.ExportedAt, xpTime)
	}
	second := xpJSON(t, e)
	if first != second {
		t.Errorf("export → import → export changed the JSON:\n%s\nthen\n%s", first, second)
	}
	for _, want := range []string{
		`"entry_fee": 3000.5,`, `"annual_fee": 0,`, `"expected_profit_per_year": 10000.05,`,
		`"training": null,`, `"recommendation": 0,`, `"marginal_tax_rate": 0.42,`,
		`"summary": "Two lines\nwith \"quotes\" & <tags>",`, `"member": "Jörg Müller",`,
		// Version 2.
		`"cannot_reclaim_vat": true,`, `"profit_margin": 0.55,`, `"sentiment": 10.5`, `"language": "de"`,
		`"vat_rate": 0.19,`, `"fees_not_deductible": true,`, `"extra_costs_per_year": 720,`, `"other_benefit_per_year": 1500,`,
		`"joined_on": "2026-01-15",`, `"cash_cost_per_year": 1920,`, `"hours": 2.5,`, `"hours": 1.25,`, `"margin": null,`,
		`"recruiting_hours_per_seat": 8,`, `"reliability": null,`, `"membership": null`,
	} {
		if !strings.Contains(first, want) {
			t.Errorf("export lacks %s", want)
		}
	}
	if !reflect.DeepEqual(e.OwnNetwork, xpExport().OwnNetwork) || !reflect.DeepEqual(e.Networks[0].Membership, xpExport().Networks[0].Membership) ||
		!reflect.DeepEqual(e.Profile, xpExport().Profile) {
		t.Error("the plan, the membership or the profile changed through the round trip")
	}
}

// TestExportFieldOrder checks that the fields of version 2 stand where
// SPEC.md 4.1 puts them.
func TestExportFieldOrder(t *testing.T) {
	js := xpJSON(t, xpExport())
	for _, seq := range [][]string{
		{`"join_threshold"`, `"cannot_reclaim_vat"`, `"profit_margin"`, `"weights"`, `"contract_chances": 30`, `"mentors": 10`, `"training": 10`, `"fit": 25`, `"delivery": 15`, `"sentiment": 10.5`, `"language"`, `"networks"`},
		{`"annual_fee"`, `"vat_rate"`, `"fees_not_deductible"`, `"extra_costs_per_year"`, `"min_term_years"`},
		{`"expected_profit_per_year": 10000.05`, `"other_benefit_per_year"`, `"fit"`},
		{`"evidence"`, `"membership"`, `"joined_on"`, `"min_term_months"`, `"renewal_term_months"`, `"notice_days"`, `"renews_automatically"`,
			`"expectations"`, `"expected_profit_per_year"`, `"other_benefit_per_year"`, `"membership_hours_per_year"`, `"cash_cost_per_year"`,
			`"score"`, `"verdict"`, `"promises"`, `"ledger"`},
		{`"ledger"`, `"id": "l1"`, `"date"`, `"kind"`, `"hours"`, `"amount"`, `"margin"`, `"with"`, `"promise_id"`, `"answer"`, `"note"`},
		{`"own_network"`, `"goal"`, `"target_group"`, `"meetings_per_year"`, `"hours_per_meeting"`, `"prep_hours_per_meeting"`,
			`"recruiting_hours_per_seat"`, `"factors"`, `"seats"`, `"id": "s1"`, `"role"`, `"gives_me"`, `"i_give"`, `"covers"`, `"candidates"`,
			`"id": "c1"`, `"name"`, `"status"`, `"target_group"`, `"strengths"`, `"positioning"`, `"chemistry"`, `"reliability"`, `"notes"`},
	} {
		at := 0
		for _, key := range seq {
			i := strings.Index(js[at:], key)
			if i < 0 {
				t.Fatalf("%s is not after %s in the export", key, seq[0])
			}
			at += i + len(key)
		}
	}
}

// TestParseExportReadsVersion1 reads a file of version 1 as before: the
// fields of version 2 take their defaults.
func TestParseExportReadsVersion1(t *testing.T) {
	in := `{"format": "netvet.export", "version": 1,
		"profile": {"name": "Dana", "marginal_tax_rate": 0.42},
		"networks": [{"name": "Alpha", "entry_fee": 100, "annual_fee": 50, "warnings": ["no_trial"]}]}`
	e, err := ParseExport([]byte(in))
	if err != nil {
		t.Fatalf("ParseExport: %v", err)
	}
	p, n := e.Profile, e.Networks[0]
	switch {
	case p.Weights != DefaultWeights() || p.ProfitMargin != nil || p.CannotReclaimVAT || p.Language != LanguageUnset:
		t.Errorf("profile %+v; want the defaults of version 2", p)
	case n.VATRate != 0 || n.FeesNotDeductible || n.ExtraCostsPerYear != 0 || n.OtherBenefitPerYear != 0 || n.Membership != nil:
		t.Errorf("network %+v; want the defaults of version 2", n)
	case e.OwnNetwork != nil:
		t.Error("a version-1 file has no plan")
	}
	var b bytes.Buffer
	if err := e.WriteJSON(&b); err != nil || !strings.Contains(b.String(), `"version": 2`) {
		t.Errorf("a version-1 import exports as version 2: %v", err)
	}
}

// TestParseExportVersion1Refusals: a version-1 file is read as version 1
// read it, so the fields and values of version 2 are refused in it.
func TestParseExportVersion1Refusals(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{`{"format": "netvet.export", "version": 1, "own_network": null}`, "own_network: unknown field"},
		{`{"format": "netvet.export", "version": 1, "profile": {"profit_margin": 0.5}}`, "profile.profit_margin: unknown field"},
		{`{"format": "netvet.export", "version": 1, "networks": [{"name": "A", "vat_rate": 0.19}]}`, "networks[0].vat_rate: unknown field"},
		{`{"format": "netvet.export", "version": 1, "networks": [{"name": "A", "membership": null}]}`, "networks[0].membership: unknown field"},
		{`{"format": "netvet.export", "version": 1, "networks": [{"name": "A", "warnings": ["quotas"]}]}`,
			`networks[0].warnings[0]: "quotas" is not one of pressure_to_sign, auto_renewal, long_minimum_term, no_trial, no_profession_exclusivity, extra_costs, members_not_free_to_talk`},
	} {
		_, err := ParseExport([]byte(tt.in))
		if err == nil || err.Error() != tt.want {
			t.Errorf("ParseExport(%s) = %v, want %q", tt.in, err, tt.want)
		}
	}
}

// TestParseExportVersion2Defaults: absent membership terms mean 12, 12
// and 90 and an absent renews_automatically no; absent weights the
// defaults, a weight left out its default; a null recruiting_hours_per_seat
// 6; a candidate without a status identified.
func TestParseExportVersion2Defaults(t *testing.T) {
	in := `{"format": "netvet.export", "version": 2,
		"profile": {"name": "Dana", "weights": {"fit": 40, "mentors": null}},
		"networks": [{"name": "Alpha", "membership": {"joined_on": "2026-01-15", "expectations": {"verdict": "join"}}}],
		"own_network": {"recruiting_hours_per_seat": null, "seats": [{"role": "Lawyer", "candidates": [{"name": "Ida"}]}]}}`
	e, err := ParseExport([]byte(in))
	if err != nil {
		t.Fatalf("ParseExport: %v", err)
	}
	w := DefaultWeights()
	w.Fit = 40
	m := e.Networks[0].Membership
	switch {
	case e.Profile.Weights != w:
		t.Errorf("weights %+v, want %+v", e.Profile.Weights, w)
	case m == nil || m.MinTermMonths != 12 || m.RenewalTermMonths != 12 || m.NoticeDays != 90 || m.RenewsAutomatically:
		t.Errorf("membership %+v; want 12, 12, 90 and not renewing", m)
	case e.OwnNetwork.RecruitingHoursPerSeat != 6 || e.OwnNetwork.Seats[0].Candidates[0].Status != CandidateIdentified:
		t.Errorf("plan %+v", e.OwnNetwork)
	}
}

func TestParseExportFillsDefaults(t *testing.T) {
	in := "\uFEFF" + `{"format": "netvet.export", "version": 1,
		"profile": {"name": "Dana"},
		"networks": [{"name": "Alpha", "entry_fee": null, "fit": {"chemistry": null},
			"interviews": [{"member": "Kim"}], "evidence": [{"description": "Deal", "level": "hearsay", "date": ""}]}]}`
	e, err := ParseExport([]byte(in))
	if err != nil {
		t.Fatalf("ParseExport: %v", err)
	}
	want := NewProfile()
	want.Name = "Dana"
	if e.Profile == nil || e.Profile.Currency != want.Currency || e.Profile.HorizonYears != want.HorizonYears ||
		e.Profile.MinInterviews != want.MinInterviews || e.Profile.JoinThreshold != want.JoinThreshold || e.Profile.Name != "Dana" {
		t.Errorf("profile = %+v, want the defaults of NewProfile with the name", e.Profile)
	}
	n := e.Networks[0]
	switch {
	case n.Kind != KindExpertNetwork || n.Status != StatusResearching:
		t.Errorf("kind, status = %q, %q; want the defaults of NewNetwork", n.Kind, n.Status)
	case n.EntryFee != nil || n.AnnualFee != nil || n.BuildHours != nil:
		t.Error("fees and build hours absent or null must stay not entered")
	case n.Fit.Chemistry != Unset || n.Interviews[0].Recommendation != nil || !n.Evidence[0].Date.IsZero():
		t.Error("null ratings, recommendations and empty dates must stay unset")
	case !e.ExportedAt.IsZero():
		t.Error("an absent exported_at must give the zero time")
	}
}

func TestParseExportWithoutProfile(t *testing.T) {
	for _, in := range []string{
		`{"format": "netvet.export", "version": 1, "profile": null, "networks": []}`,
		`{"format": "netvet.export", "version": 1}`,
	} {
		e, err := ParseExport([]byte(in))
		if err != nil {
			t.Fatalf("ParseExport(%s): %v", in, err)
		}
		if e.Profile != nil || len(e.Networks) != 0 {
			t.Errorf("ParseExport(%s) = %+v, want no profile and no networks", in, e)
		}
	}
}

// xpBase is a valid export to break in one place per refusal.
func xpBase(t *testing.T) string {
	t.Helper()
	return xpJSON(t, xpExport())
}

func TestParseExportRefusals(t *testing.T) {
	cases := []struct {
		rule string
		// edit changes the valid export; from is replaced by to once.
		from, to string
		// raw, if set, is the whole file instead.
		raw  *string
		want string
	}{
		{rule: "an empty file is refused", raw: xpStr(""), want: "the file is empty, not a netvet export"},
		{rule: "a file of spaces is empty", raw: xpStr(" \n\t"), want: "the file is empty, not a netvet export"},
		{rule: "malformed JSON names line and column", raw: xpStr("{\n  \"format\": \"netvet.export\",,\n}"),
			want: "malformed JSON at line 2, column 29: invalid character ',' looking for beginning of object key string"},
		{rule: "a cut-off file is malformed", raw: xpStr(`{"format": "netvet.export", "networks": [`),
			want: "malformed JSON at line 1, column 42: the file ends in the middle of a value"},
		{rule: "data after the export is malformed", raw: xpStr(`{"format": "netvet.export", "version": 1} {}`),
			want: "malformed JSON at line 1, column 43: more data after the end of the export"},
		{rule: "deep nesting is refused", raw: xpStr(strings.Repeat("[", 100) + strings.Repeat("]", 100)),
			want: "malformed JSON at line 1, column 66: values are nested too deeply for a netvet export"},
		{rule: "the file must hold an object", raw: xpStr(`["netvet.export"]`),
			want: "the file holds a list, not a netvet export (a JSON object)"},
		{rule: "format is required", raw: xpStr(`{"version": 1}`), want: "format: is required"},
		{rule: "a wrong format is refused", from: `"format": "netvet.export"`, to: `"format": "other.export"`,
			want: `format: "other.export" is not a netvet export (want "netvet.export")`},
		{rule: "version is required", raw: xpStr(`{"format": "netvet.export"}`), want: "version: is required"},
		{rule: "a higher version is refused", from: `"version": 2`, to: `"version": 3`,
			want: "version: version 3 is newer than this netvet reads (2); please update netvet"},
		{rule: "version 0 is refused", from: `"version": 2`, to: `"version": 0`, want: "version: version 0 is not a valid version"},
		{rule: "version must be a number", from: `"version": 2`, to: `"version": "2"`, want: "version: must be a number, not a string"},
		{rule: "exported_at must be a time", from: `"exported_at": "2026-11-27T10:00:00Z"`, to: `"exported_at": "yesterday"`,
			want: `exported_at: "yesterday" is not a time of the form 2026-11-27T10:00:00Z`},
		{rule: "an unknown top-level field is refused", from: `"version": 2,`, to: `"version": 2, "comment": "hi",`,
			want: "comment: unknown field"},
		{rule: "an unknown nested field is refused", from: `"chemistry": 2`, to: `"chemistry": 2, "charm": 5`,
			want: "networks[0].fit.charm: unknown field"},
		{rule: "an unknown field in an answer is refused", from: `"comment": "two | three"`, to: `"comment": "two | three", "mood": "ok"`,
			want: "networks[0].interviews[0].answers[0].mood: unknown field"},
		{rule: "a repeated field is refused", from: `"name": "Beta",`, to: `"name": "Beta", "name": "Gamma",`,
			want: "networks[1].name: appears twice"},
		{rule: "a bad kind is refused", from: `"kind": "mastermind"`, to: `"kind": "club"`,
			want: `networks[0].kind: "club" is not one of expert_network, mastermind, referral_chapter, association, other`},
		{rule: "a bad status is refused", from: `"status": "interviewing"`, to: `"status": "maybe"`,
			want: `networks[0].status: "maybe" is not one of researching, interviewing, decided, joined, declined, archived`},
		{rule: "a bad warning sign is refused", from: `"auto_renewal"`, to: `"free_lunch"`,
			want: `networks[0].warnings[0]: "free_lunch" is not one of pressure_to_sign, auto_renewal, long_minimum_term, no_trial, no_profession_exclusivity, extra_costs, members_not_free_to_talk, attendance_obligation, quotas, seller_earns_from_fee, no_distance_learning_approval, fees_not_refundable`},
		{rule: "a bad answer is refused", from: `"answer": "yes"`, to: `"answer": "sure"`,
			want: `networks[0].interviews[0].answers[0].answer: "sure" is not one of yes, partly, no, unknown`},
		{rule: "a bad evidence level is refused", from: `"level": "hearsay"`, to: `"level": "rumour"`,
			want: `networks[0].evidence[1].level: "rumour" is not one of hearsay, member_reported, documented`},
		{rule: "a rating above 5 is refused", from: `"chemistry": 2`, to: `"chemistry": 7`,
			want: "networks[0].fit.chemistry: rating 7 is outside 1–5"},
		{rule: "a rating of 0 is refused (unset is null)", from: `"mentors": 4`, to: `"mentors": 0`,
			want: "networks[0].factors.mentors: rating 0 is outside 1–5"},
		{rule: "a rating must be whole", from: `"mentors": 4`, to: `"mentors": 2.5`,
			want: "networks[0].factors.mentors: 2.5 is not a whole number"},
		{rule: "a negative amount is refused", from: `"entry_fee": 3000.5`, to: `"entry_fee": -3000.5`,
			want: "networks[0].entry_fee: an amount must not be negative"},
		{rule: "more than two decimals are refused", from: `"value": 8000`, to: `"value": 8000.125`,
			want: `networks[0].evidence[0].value: "8000.125" has more than two decimals`},
		{rule: "an amount must be a number", from: `"contracts_value": 15000`, to: `"contracts_value": "15000"`,
			want: "networks[0].interviews[0].contracts_value: must be a number in major units (for example 3000.50), not a string"},
		{rule: "a malformed date is refused", from: `"date": "2026-11-20"`, to: `"date": "20.11.2026"`,
			want: `networks[0].interviews[0].date: "20.11.2026" is not a date of the form YYYY-MM-DD`},
		{rule: "an impossible date is refused", from: `"date": "2026-06-01"`, to: `"date": "2026-02-30"`,
			want: `networks[0].evidence[0].date: "2026-02-30" is not a real date`},
		{rule: "an answer must name an existing promise", from: `"promise_id": "p2"`, to: `"promise_id": "p9"`,
			want: `networks[0].interviews[0].answers[1].promise_id: names promise "p9", which this network does not have`},
		{rule: "evidence must name an existing interview", from: `"interview_id": "i1"`, to: `"interview_id": "i7"`,
			want: `networks[0].evidence[0].interview_id: names interview "i7", which this network does not have`},
		{rule: "duplicate promise ids are refused", from: `"id": "p2"`, to: `"id": "p1"`,
			want: `networks[0].promises[1].id: id "p1" is used twice (and 2 more problems)`},
		{rule: "duplicate interview ids are refused", from: `"id": "i2"`, to: `"id": "i1"`,
			want: `networks[0].interviews[1].id: id "i1" is used twice`},
		{rule: "duplicate network ids are refused", from: `"id": "beta"`, to: `"id": "alpha"`,
			want: `networks[1].id: id "alpha" is used twice`},
		{rule: "two networks with the same name are refused", from: `"name": "Beta"`, to: `"name": " alpha circle "`,
			want: `networks[1].name: "alpha circle" counts as the same name as "Alpha Circle" of networks[0]`},
		{rule: "two networks with the very same name are refused", from: `"name": "Beta"`, to: `"name": " Alpha Circle "`,
			want: `networks[1].name: the file has two networks named "Alpha Circle"`},
		{rule: "a network needs a name", from: `"name": "Beta"`, to: `"name": ""`, want: "networks[1].name: is required"},
		{rule: "a boolean must be true or false", from: `"must_have": true`, to: `"must_have": "yes"`,
			want: "networks[0].promises[0].must_have: must be true or false, not a string"},
		{rule: "a text must be a string", from: `"summary": ""`, to: `"summary": 5`,
			want: "networks[1].summary: must be a string, not a number"},
		{rule: "networks must be a list", raw: xpStr(`{"format": "netvet.export", "version": 1, "networks": {}}`),
			want: "networks: must be a list, not an object"},
		{rule: "a network must be an object", raw: xpStr(`{"format": "netvet.export", "version": 1, "networks": [1]}`),
			want: "networks[0]: must be an object, not a number"},
		{rule: "a huge whole number is refused", from: `"member_since": 2019`, to: `"member_since": 99999999999`,
			want: "networks[0].interviews[0].member_since: 99999999999 is too large"},
		{rule: "the profile is validated", from: `"marginal_tax_rate": 0.42`, to: `"marginal_tax_rate": 0.7`,
			want: "profile.marginal_tax_rate: 0.7 is outside 0–0.6"},
		{rule: "control characters are refused", from: `"red_flags": "none"`, to: `"red_flags": "bell\u0007"`,
			want: "networks[0].interviews[0].red_flags: contains control characters"},
		{rule: "every problem is counted", from: `"chemistry": 2`, to: `"chemistry": 7, "charm": 1, "luck": 2`,
			want: "networks[0].fit.charm: unknown field (and 2 more problems)"},
		// Version 2.
		{rule: "a profit margin above 1 is refused", from: `"profit_margin": 0.55`, to: `"profit_margin": 1.5`,
			want: "profile.profit_margin: 1.5 is outside 0–1"},
		{rule: "a negative profit margin is refused", from: `"profit_margin": 0.55`, to: `"profit_margin": -0.1`,
			want: "profile.profit_margin: -0.1 is outside 0–1"},
		{rule: "a profit margin must be a number", from: `"profit_margin": 0.55`, to: `"profit_margin": "55 %"`,
			want: "profile.profit_margin: must be a number, not a string"},
		{rule: "cannot_reclaim_vat must be true or false", from: `"cannot_reclaim_vat": true`, to: `"cannot_reclaim_vat": 1`,
			want: "profile.cannot_reclaim_vat: must be true or false, not a number"},
		{rule: "a negative weight is refused", from: `"mentors": 10,`, to: `"mentors": -1,`,
			want: "profile.weights.mentors: -1 is negative; a weight must be 0 or more"},
		{rule: "a weight above the maximum is refused", from: `"mentors": 10,`, to: `"mentors": 5000,`,
			want: "profile.weights.mentors: 5000 is more than 1000"},
		{rule: "weights all 0 are refused", from: `"weights": {
      "contract_chances": 30,
      "mentors": 10,
      "training": 10,
      "fit": 25,
      "delivery": 15,
      "sentiment": 10.5
    }`, to: `"weights": {"contract_chances": 0, "mentors": 0, "training": 0, "fit": 0, "delivery": 0, "sentiment": 0}`,
			want: "profile.weights: all weights are 0; at least one must be above 0"},
		{rule: "an unknown weight is refused", from: `"sentiment": 10.5`, to: `"sentiment": 10.5, "luck": 1`,
			want: "profile.weights.luck: unknown field"},
		{rule: "an unknown language is refused", from: `"language": "de"`, to: `"language": "fr"`,
			want: `profile.language: "fr" is not a language netvet speaks (en or de)`},
		{rule: "a VAT rate above 0.3 is refused", from: `"vat_rate": 0.19`, to: `"vat_rate": 0.9`,
			want: "networks[0].vat_rate: 0.9 is outside 0–0.3"},
		{rule: "negative extra costs are refused", from: `"extra_costs_per_year": 720`, to: `"extra_costs_per_year": -720`,
			want: "networks[0].extra_costs_per_year: an amount must not be negative"},
		{rule: "a negative other benefit is refused", from: `"other_benefit_per_year": 1500`, to: `"other_benefit_per_year": -1`,
			want: "networks[0].other_benefit_per_year: an amount must not be negative"},
		{rule: "a new warning sign twice is refused", from: `"quotas"`, to: `"auto_renewal"`,
			want: `networks[0].warnings[2]: "auto_renewal" is ticked twice`},
		{rule: "a membership needs a joining date", from: `"joined_on": "2026-01-15"`, to: `"joined_on": null`,
			want: "networks[0].membership.joined_on: a date is required"},
		{rule: "a minimum term of 0 months is refused", from: `"min_term_months": 24`, to: `"min_term_months": 0`,
			want: "networks[0].membership.min_term_months: must be between 1 and 360 months"},
		{rule: "a negative notice period is refused", from: `"notice_days": 90`, to: `"notice_days": -1`,
			want: "networks[0].membership.notice_days: must be between 0 and 730 days"},
		{rule: "an unknown membership field is refused", from: `"notice_days": 90`, to: `"notice_days": 90, "fee": 1`,
			want: "networks[0].membership.fee: unknown field"},
		{rule: "a frozen score above 100 is refused", from: `"score": 72`, to: `"score": 101`,
			want: "networks[0].membership.expectations.score: 101 is outside 0–100"},
		{rule: "a frozen verdict must be a verdict word", from: `"verdict": "join"`, to: `"verdict": "maybe"`,
			want: `networks[0].membership.expectations.verdict: "maybe" is not one of join, build_own, keep_investigating, dont_join`},
		{rule: "a frozen promise status must be valid", from: `"status": "confirmed"`, to: `"status": "great"`,
			want: `networks[0].membership.expectations.promises[0].status: "great" is not one of confirmed, mixed, not_delivered, unverified`},
		{rule: "a frozen status must name a promise", from: `"status": "mixed"`, to: `"status": "mixed", "x": 1`,
			want: `networks[0].membership.expectations.promises[1].x: unknown field`},
		{rule: "a negative cash cost is refused", from: `"cash_cost_per_year": 1920`, to: `"cash_cost_per_year": -1`,
			want: "networks[0].membership.expectations.cash_cost_per_year: an amount must not be negative"},
		{rule: "a bad ledger kind is refused", from: `"kind": "cost"`, to: `"kind": "lunch"`,
			want: `networks[0].membership.ledger[4].kind: "lunch" is not one of meeting, one_to_one, event, referral_given, referral_received, closed_business, cost, promise_check`},
		{rule: "ledger hours have at most two decimals", from: `"hours": 2.5`, to: `"hours": 2.505`,
			want: `networks[0].membership.ledger[0].hours: "2.505" has more than two decimals`},
		{rule: "negative ledger hours are refused", from: `"hours": 2.5`, to: `"hours": -2`,
			want: "networks[0].membership.ledger[0].hours: must not be negative"},
		{rule: "a ledger entry needs a date", from: `"date": "2026-02-05"`, to: `"date": ""`,
			want: "networks[0].membership.ledger[0].date: a date is required"},
		{rule: "a ledger margin above 1 is refused", from: `"margin": 0.5`, to: `"margin": 50`,
			want: "networks[0].membership.ledger[1].margin: 50 is outside 0–1"},
		{rule: "a field the kind does not use is refused", from: `"with": ""`, to: `"with": "Ann"`,
			want: `networks[0].membership.ledger[0].with: does not apply to an entry of kind "meeting"`},
		{rule: "a promise check must name a promise", from: `"promise_id": "p1",
            "answer": "partly"`, to: `"promise_id": "p7",
            "answer": "partly"`,
			want: `networks[0].membership.ledger[2].promise_id: names promise "p7", which this network does not have`},
		{rule: "a promise check answers yes, partly or no", from: `"answer": "partly",
            "note": "Mentor busy"`, to: `"answer": "unknown",
            "note": "Mentor busy"`,
			want: `networks[0].membership.ledger[2].answer: "unknown" is not one of yes, partly, no`},
		{rule: "ledger ids are unique", from: `"id": "l2"`, to: `"id": "l1"`,
			want: `networks[0].membership.ledger[1].id: id "l1" is used twice`},
		{rule: "an unknown own_network field is refused", from: `"goal": "Six experts around dental practices"`, to: `"goal": "", "budget": 1`,
			want: "own_network.budget: unknown field"},
		{rule: "a plan's meetings are bounded", from: `"meetings_per_year": 10`, to: `"meetings_per_year": 400`,
			want: "own_network.meetings_per_year: 400 is more than 366"},
		{rule: "a plan's factor rating is 1–5", from: `"training": 2`, to: `"training": 6`,
			want: "own_network.factors.training: rating 6 is outside 1–5"},
		{rule: "a seat needs a role", from: `"role": "Lawyer"`, to: `"role": " "`,
			want: "own_network.seats[1].role: is required"},
		{rule: "a bad cover is refused", from: `"mentors"
        ]`, to: `"coffee"
        ]`,
			want: `own_network.seats[0].covers[1]: "coffee" is not one of mentors, training, contracts`},
		{rule: "a bad candidate status is refused", from: `"status": "approached"`, to: `"status": "hired"`,
			want: `own_network.seats[0].candidates[0].status: "hired" is not one of identified, approached, one_to_one, committed, dropped`},
		{rule: "a candidate rating is 1–5", from: `"chemistry": 5,`, to: `"chemistry": 9,`,
			want: "own_network.seats[0].candidates[0].chemistry: rating 9 is outside 1–5"},
		{rule: "candidate ids are unique in their seat", from: `"id": "c2"`, to: `"id": "c1"`,
			want: `own_network.seats[0].candidates[1].id: id "c1" is used twice`},
	}
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			in := xpBase(t)
			if c.raw != nil {
				in = *c.raw
			} else {
				if !strings.Contains(in, c.from) {
					t.Fatalf("the base export lacks %s", c.from)
				}
				in = strings.Replace(in, c.from, c.to, 1)
			}
			_, err := ParseExport([]byte(in))
			var ie *ImportError
			if !errors.As(err, &ie) {
				t.Fatalf("ParseExport error = %v, want an *ImportError", err)
			}
			if got := err.Error(); got != c.want {
				t.Errorf("error = %q\nwant    %q", got, c.want)
			}
		})
	}
}

func xpStr(s string) *string { return &s }

func TestImportErrorLines(t *testing.T) {
	in := strings.Replace(xpBase(t), `"chemistry": 2`, `"chemistry": 9, "x": 1`, 1)
	_, err := ParseExport([]byte(in))
	var ie *ImportError
	if !errors.As(err, &ie) {
		t.Fatalf("error = %v, want an *ImportError", err)
	}
	want := []string{"networks[0].fit.x: unknown field", "networks[0].fit.chemistry: rating 9 is outside 1–5"}
	got := ie.Lines()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Lines() = %q, want %q (document order)", got, want)
	}
}

func TestCheckImportConflicts(t *testing.T) {
	stored := []Network{{ID: "a", Name: "Alpha"}, {ID: "b", Name: "Beta"}}
	cases := []struct {
		rule         string
		imported     []Network
		replace      bool
		wantReplaced int
		wantErr      string
	}{
		{rule: "new ids and names are fine", imported: []Network{{ID: "c", Name: "Gamma"}, {Name: "Delta"}}},
		{rule: "an existing id is refused", imported: []Network{{ID: "c", Name: "Gamma"}, {ID: "b", Name: "Other"}},
			wantErr: `networks[1].id: a network with id "b" exists already in the database ("Beta"); use --replace to replace it`},
		{rule: "an existing name is refused, ignoring case and spaces", imported: []Network{{Name: "  alpha "}},
			wantErr: `networks[0].name: "alpha" counts as the same name as the network "Alpha" in the database; use --replace to replace it`},
		{rule: "an existing name is refused", imported: []Network{{Name: "Beta "}},
			wantErr: `networks[0].name: a network named "Beta" exists already in the database; use --replace to replace it`},
		{rule: "replace replaces by id", imported: []Network{{ID: "a", Name: "Alpha 2"}}, replace: true, wantReplaced: 1},
		{rule: "replace replaces by name", imported: []Network{{Name: "BETA"}, {Name: "Gamma"}}, replace: true, wantReplaced: 1},
		{rule: "replace refuses a network matching two stored ones", imported: []Network{{ID: "a", Name: "Beta"}}, replace: true,
			wantErr: `networks[0]: matches the stored network "Alpha" by id "a" and the stored network "Beta" by name; rename one of them first`},
	}
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			replaced, err := CheckImportConflicts(stored, c.imported, c.replace)
			gotErr := ""
			if err != nil {
				gotErr = err.Error()
			}
			if gotErr != c.wantErr || replaced != c.wantReplaced {
				t.Errorf("= %d, %q; want %d, %q", replaced, gotErr, c.wantReplaced, c.wantErr)
			}
		})
	}
}

func TestExportTotals(t *testing.T) {
	p, i, e := xpExport().Totals()
	if p != 2 || i != 2 || e != 2 {
		t.Errorf("Totals() = %d, %d, %d; want 2, 2, 2", p, i, e)
	}
}

// FuzzImport feeds arbitrary bytes to the import: it must never panic, and
// whatever it accepts must export and import again to the same JSON.
func FuzzImport(f *testing.F) {
	var b bytes.Buffer
	if err := xpExport().WriteJSON(&b); err != nil {
		f.Fatal(err)
	}
	f.Add(b.Bytes())
	f.Add([]byte(xpGolden))
	f.Add([]byte(`{"format": "netvet.export", "version": 1}`))
	f.Add([]byte(`{"format": "netvet.export", "version": 1, "networks": [{"name": "A", "entry_fee": 1e2, "fit": {"chemistry": 5}}]}`))
	f.Add([]byte(`{"format": "netvet.export", "version": 1, "profile": {"marginal_tax_rate": 1e-300}}`))
	f.Add([]byte(`[[[[{"a":`))
	f.Fuzz(func(t *testing.T, data []byte) {
		e, err := ParseExport(data)
		if err != nil {
			var ie *ImportError
			if !errors.As(err, &ie) || len(ie.Problems) == 0 {
				t.Fatalf("error %v is not an *ImportError with problems", err)
			}
			return
		}
		var first, second bytes.Buffer
		if err := e.WriteJSON(&first); err != nil {
			t.Fatalf("WriteJSON: %v", err)
		}
		again, err := ParseExport(first.Bytes())
		if err != nil {
			t.Fatalf("re-import of an accepted export failed: %v\n%s", err, first.String())
		}
		if err := again.WriteJSON(&second); err != nil {
			t.Fatalf("WriteJSON: %v", err)
		}
		if !bytes.Equal(first.Bytes(), second.Bytes()) {
			t.Fatalf("round trip changed the export:\n%s\nthen\n%s", first.String(), second.String())
		}
	})
}

// TestExportKeepsTheStatusBeforeArchive: an archived network's earlier
// status goes through an export and back; a network without one writes no
// field, so files of earlier netvets read and write as before.
func TestExportKeepsTheStatusBeforeArchive(t *testing.T) {
	e := xpExport()
	e.Networks[0].SetStatus(StatusArchived)
	first := xpJSON(t, e)
	if !strings.Contains(first, "\"status\": \"archived\",\n      \"status_before_archive\": \"interviewing\",\n      \"entry_fee\"") {
		t.Fatalf("the export lacks the status before archiving after the status:\n%s", first)
	}
	if strings.Count(first, "status_before_archive") != 1 {
		t.Error("a network that was not archived has a status before archiving")
	}
	back, err := ParseExport([]byte(first))
	if err != nil {
		t.Fatal(err)
	}
	if got := back.Networks[0].StatusBeforeArchive; got != StatusInterviewing {
		t.Errorf("read back %q, want interviewing", got)
	}
	if second := xpJSON(t, back); second != first {
		t.Error("export → import → export changed the JSON")
	}
}
