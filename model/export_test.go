package model

import (
	"bytes"
	"errors"
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
	full.MinTermYears = 1
	full.MembershipHoursPerYear = 60
	full.BuildHours = xpInt(400)
	full.BuildUpkeepHoursPerYear = 50
	full.ExpectedProfitPerYear = 10_000_05
	full.Fit = FitRatings{TargetGroupOverlap: 4, ComplementaryStrengths: 3, Positioning: 5, MyContribution: 1, Chemistry: 2}
	full.Factors = FactorRatings{Mentors: 4, ContractChances: 3}
	full.RatingNotes = "Training not rated yet."
	full.Warnings = []WarningSign{WarnAutoRenewal, WarnExtraCosts}
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

	empty := NewNetwork()
	empty.ID = "beta"
	empty.Name = "Beta"
	return Export{ExportedAt: xpTime, Profile: &p, Networks: []Network{full, empty}}
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
  "version": 1,
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
      "min_term_years": 0,
      "membership_hours_per_year": 0,
      "build_hours": null,
      "build_upkeep_hours_per_year": 0,
      "expected_profit_per_year": 0.01,
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
      ]
    }
  ]
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
	want := "{\n  \"format\": \"netvet.export\",\n  \"version\": 1,\n  \"exported_at\": \"2026-11-27T10:00:00Z\",\n  \"profile\": null,\n  \"networks\": []\n}\n"
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
	} {
		if !strings.Contains(first, want) {
			t.Errorf("export lacks %s", want)
		}
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
		{rule: "a higher version is refused", from: `"version": 1`, to: `"version": 2`,
			want: "version: version 2 is newer than this netvet reads (1); please update netvet"},
		{rule: "version 0 is refused", from: `"version": 1`, to: `"version": 0`, want: "version: version 0 is not a valid version"},
		{rule: "version must be a number", from: `"version": 1`, to: `"version": "1"`, want: "version: must be a number, not a string"},
		{rule: "exported_at must be a time", from: `"exported_at": "2026-11-27T10:00:00Z"`, to: `"exported_at": "yesterday"`,
			want: `exported_at: "yesterday" is not a time of the form 2026-11-27T10:00:00Z`},
		{rule: "an unknown top-level field is refused", from: `"version": 1,`, to: `"version": 1, "comment": "hi",`,
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
			want: `networks[0].warnings[0]: "free_lunch" is not one of pressure_to_sign, auto_renewal, long_minimum_term, no_trial, no_profession_exclusivity, extra_costs, members_not_free_to_talk`},
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
			want: `networks[0].promises[1].id: id "p1" is used twice (and 1 more problem)`},
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
