package model

import (
	"encoding/json"
	"errors"
	"strconv"
)

// The membership and the own-network plan in the export format (SPEC.md
// 4.1, version 2): their types in field order, the writers and the
// readers. The rest of the format is in export.go.

type exportMembership struct {
	JoinedOn            *string            `json:"joined_on"`
	MinTermMonths       int                `json:"min_term_months"`
	RenewalTermMonths   int                `json:"renewal_term_months"`
	NoticeDays          int                `json:"notice_days"`
	RenewsAutomatically bool               `json:"renews_automatically"`
	Expectations        exportExpectations `json:"expectations"`
	Ledger              []exportLedger     `json:"ledger"`
}

type exportExpectations struct {
	ExpectedProfitPerYear  json.Number          `json:"expected_profit_per_year"`
	OtherBenefitPerYear    json.Number          `json:"other_benefit_per_year"`
	MembershipHoursPerYear int                  `json:"membership_hours_per_year"`
	CashCostPerYear        *json.Number         `json:"cash_cost_per_year"`
	Score                  int                  `json:"score"`
	Verdict                string               `json:"verdict"`
	Promises               []exportPromiseState `json:"promises"`
}

type exportPromiseState struct {
	PromiseID string `json:"promise_id"`
	Status    string `json:"status"`
}

type exportLedger struct {
	ID        string       `json:"id"`
	Date      *string      `json:"date"`
	Kind      string       `json:"kind"`
	Hours     json.Number  `json:"hours"`
	Amount    json.Number  `json:"amount"`
	Margin    *json.Number `json:"margin"`
	With      string       `json:"with"`
	PromiseID string       `json:"promise_id"`
	Answer    string       `json:"answer"`
	Note      string       `json:"note"`
}

type exportOwnNetwork struct {
	Goal                   string        `json:"goal"`
	TargetGroup            string        `json:"target_group"`
	MeetingsPerYear        int           `json:"meetings_per_year"`
	HoursPerMeeting        int           `json:"hours_per_meeting"`
	PrepHoursPerMeeting    int           `json:"prep_hours_per_meeting"`
	RecruitingHoursPerSeat int           `json:"recruiting_hours_per_seat"`
	Factors                exportFactors `json:"factors"`
	Seats                  []exportSeat  `json:"seats"`
}

type exportSeat struct {
	ID         string            `json:"id"`
	Role       string            `json:"role"`
	GivesMe    string            `json:"gives_me"`
	IGive      string            `json:"i_give"`
	Covers     []string          `json:"covers"`
	Candidates []exportCandidate `json:"candidates"`
}

type exportCandidate struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Status      string `json:"status"`
	TargetGroup *int   `json:"target_group"`
	Strengths   *int   `json:"strengths"`
	Positioning *int   `json:"positioning"`
	Chemistry   *int   `json:"chemistry"`
	Reliability *int   `json:"reliability"`
	Notes       string `json:"notes"`
}

func toExportMembership(m Membership) exportMembership {
	e := m.Expectations
	out := exportMembership{
		JoinedOn:            exportDate(m.JoinedOn),
		MinTermMonths:       m.MinTermMonths,
		RenewalTermMonths:   m.RenewalTermMonths,
		NoticeDays:          m.NoticeDays,
		RenewsAutomatically: m.RenewsAutomatically,
		Expectations: exportExpectations{
			ExpectedProfitPerYear:  e.ExpectedProfitPerYear.JSONNumber(),
			OtherBenefitPerYear:    e.OtherBenefitPerYear.JSONNumber(),
			MembershipHoursPerYear: e.MembershipHoursPerYear,
			CashCostPerYear:        exportMoney(e.CashCostPerYear),
			Score:                  e.Score,
			Verdict:                string(e.Verdict),
			Promises:               make([]exportPromiseState, len(e.Promises)),
		},
		Ledger: make([]exportLedger, len(m.Ledger)),
	}
	for i, p := range e.Promises {
		out.Expectations.Promises[i] = exportPromiseState{PromiseID: p.PromiseID, Status: string(p.Status)}
	}
	for i, l := range m.Ledger {
		out.Ledger[i] = exportLedger{
			ID: l.ID, Date: exportDate(l.Date), Kind: string(l.Kind), Hours: l.Hours.JSONNumber(),
			Amount: l.Amount.JSONNumber(), Margin: exportRate(l.Margin), With: l.With,
			PromiseID: l.PromiseID, Answer: string(l.Answer), Note: l.Note,
		}
	}
	return out
}

func toExportOwnNetwork(o OwnNetwork) exportOwnNetwork {
	out := exportOwnNetwork{
		Goal:                   o.Goal,
		TargetGroup:            o.TargetGroup,
		MeetingsPerYear:        o.MeetingsPerYear,
		HoursPerMeeting:        o.HoursPerMeeting,
		PrepHoursPerMeeting:    o.PrepHoursPerMeeting,
		RecruitingHoursPerSeat: o.RecruitingHoursPerSeat,
		Factors: exportFactors{
			Mentors:         exportRating(o.Factors.Mentors),
			Training:        exportRating(o.Factors.Training),
			ContractChances: exportRating(o.Factors.ContractChances),
		},
		Seats: make([]exportSeat, len(o.Seats)),
	}
	for i, s := range o.Seats {
		es := exportSeat{
			ID: s.ID, Role: s.Role, GivesMe: s.GivesMe, IGive: s.IGive,
			Covers:     make([]string, len(s.Covers)),
			Candidates: make([]exportCandidate, len(s.Candidates)),
		}
		for j, c := range s.Covers {
			es.Covers[j] = string(c)
		}
		for j, c := range s.Candidates {
			es.Candidates[j] = exportCandidate{
				ID: c.ID, Name: c.Name, Status: string(c.Status),
				TargetGroup: exportRating(c.TargetGroup), Strengths: exportRating(c.Strengths),
				Positioning: exportRating(c.Positioning), Chemistry: exportRating(c.Chemistry),
				Reliability: exportRating(c.Reliability), Notes: c.Notes,
			}
		}
		out.Seats[i] = es
	}
	return out
}

// number reads a JSON number as a float, for rates, margins and weights;
// the range is checked by the validation.
func (r *importReader) number(path string, v *jsonValue) (float64, bool) {
	if v.kind != jsonNumber {
		r.fail(path, msgJSONWantNumber, jsonTypeName(v))
		return 0, false
	}
	x, err := strconv.ParseFloat(string(v.num), 64)
	if err != nil {
		r.fail(path, msgJSONTooLarge, jsonShow(v))
		return 0, false
	}
	return x, true
}

// numberField reads an optional number into dst.
func (r *importReader) numberField(f map[string]*jsonValue, path, key string, dst *float64) {
	if v, ok := jsonField(f, key); ok {
		if x, ok := r.number(joinPath(path, key), v); ok {
			*dst = x
		}
	}
}

// optionalNumber reads a number that may be null or absent.
func (r *importReader) optionalNumber(f map[string]*jsonValue, path, key string) *float64 {
	v, ok := jsonField(f, key)
	if !ok {
		return nil
	}
	x, ok := r.number(joinPath(path, key), v)
	if !ok {
		return nil
	}
	return &x
}

// weights reads the score weights; absent or null ones keep the defaults.
func (r *importReader) weights(f map[string]*jsonValue, path string) Weights {
	w := DefaultWeights()
	v, ok := jsonField(f, "weights")
	if !ok {
		return w
	}
	wp := joinPath(path, "weights")
	wf := r.fields(wp, v, ScoreKeys()...)
	for _, k := range ScoreKeys() {
		if wf == nil {
			break
		}
		x, _ := w.Get(k)
		r.numberField(wf, wp, k, &x)
		w.Set(k, x)
	}
	return w
}

// factors reads an object of the three decisive factors' ratings.
func (r *importReader) factors(f map[string]*jsonValue, path string, set func(RatingKey, Rating)) {
	fv, ok := jsonField(f, "factors")
	if !ok {
		return
	}
	fp := joinPath(path, "factors")
	if ff := r.fields(fp, fv, exportRatingNames(FactorKeys)...); ff != nil {
		for _, k := range FactorKeys {
			set(k, r.rating(ff, fp, string(k)))
		}
	}
}

func (r *importReader) membership(path string, v *jsonValue) *Membership {
	m := Membership{MinTermMonths: DefaultMinTermMonths, RenewalTermMonths: DefaultRenewalTermMonths, NoticeDays: DefaultNoticeDays}
	f := r.fields(path, v, "joined_on", "min_term_months", "renewal_term_months", "notice_days",
		"renews_automatically", "expectations", "ledger")
	if f == nil {
		return nil
	}
	m.JoinedOn = r.date(f, path, "joined_on")
	r.intField(f, path, "min_term_months", &m.MinTermMonths)
	r.intField(f, path, "renewal_term_months", &m.RenewalTermMonths)
	r.intField(f, path, "notice_days", &m.NoticeDays)
	r.boolField(f, path, "renews_automatically", &m.RenewsAutomatically)
	if ev, ok := jsonField(f, "expectations"); ok {
		m.Expectations = r.expectations(joinPath(path, "expectations"), ev)
	}
	r.list(f, path, "ledger", func(p string, item *jsonValue) {
		m.Ledger = append(m.Ledger, r.ledgerEntry(p, item))
	})
	return &m
}

func (r *importReader) expectations(path string, v *jsonValue) Expectations {
	var e Expectations
	f := r.fields(path, v, "expected_profit_per_year", "other_benefit_per_year", "membership_hours_per_year",
		"cash_cost_per_year", "score", "verdict", "promises")
	if f == nil {
		return e
	}
	r.moneyField(f, path, "expected_profit_per_year", &e.ExpectedProfitPerYear)
	r.moneyField(f, path, "other_benefit_per_year", &e.OtherBenefitPerYear)
	r.intField(f, path, "membership_hours_per_year", &e.MembershipHoursPerYear)
	e.CashCostPerYear = r.optionalMoney(f, path, "cash_cost_per_year")
	r.intField(f, path, "score", &e.Score)
	r.strField(f, path, "verdict", (*string)(&e.Verdict))
	r.list(f, path, "promises", func(p string, item *jsonValue) {
		var ps PromiseExpectation
		if pf := r.fields(p, item, "promise_id", "status"); pf != nil {
			r.strField(pf, p, "promise_id", &ps.PromiseID)
			r.strField(pf, p, "status", (*string)(&ps.Status))
		}
		e.Promises = append(e.Promises, ps)
	})
	return e
}

func (r *importReader) ledgerEntry(path string, v *jsonValue) LedgerEntry {
	var e LedgerEntry
	f := r.fields(path, v, "id", "date", "kind", "hours", "amount", "margin", "with", "promise_id", "answer", "note")
	if f == nil {
		return e
	}
	r.strField(f, path, "id", &e.ID)
	e.Date = r.date(f, path, "date")
	r.strField(f, path, "kind", (*string)(&e.Kind))
	if hv, ok := jsonField(f, "hours"); ok {
		e.Hours = r.hours(joinPath(path, "hours"), hv)
	}
	r.moneyField(f, path, "amount", &e.Amount)
	e.Margin = r.optionalNumber(f, path, "margin")
	r.strField(f, path, "with", &e.With)
	r.strField(f, path, "promise_id", &e.PromiseID)
	r.strField(f, path, "answer", (*string)(&e.Answer))
	r.strField(f, path, "note", &e.Note)
	return e
}

// hours reads ledger hours: a number with at most two decimals.
func (r *importReader) hours(path string, v *jsonValue) Hours {
	if v.kind != jsonNumber {
		r.fail(path, msgJSONWantNumber, jsonTypeName(v))
		return 0
	}
	h, err := HoursFromJSONNumber(v.num)
	var me *MoneyError
	switch {
	case errors.As(err, &me) && me.Problem == ErrMoneyNegative:
		r.fail(path, msgNegativeHours)
	case err != nil:
		r.fail(path, "%s", err.Error())
	}
	return h
}

func (r *importReader) ownNetwork(path string, v *jsonValue) *OwnNetwork {
	o := NewOwnNetwork()
	f := r.fields(path, v, "goal", "target_group", "meetings_per_year", "hours_per_meeting",
		"prep_hours_per_meeting", "recruiting_hours_per_seat", "factors", "seats")
	if f == nil {
		return nil
	}
	r.strField(f, path, "goal", &o.Goal)
	r.strField(f, path, "target_group", &o.TargetGroup)
	r.intField(f, path, "meetings_per_year", &o.MeetingsPerYear)
	r.intField(f, path, "hours_per_meeting", &o.HoursPerMeeting)
	r.intField(f, path, "prep_hours_per_meeting", &o.PrepHoursPerMeeting)
	r.intField(f, path, "recruiting_hours_per_seat", &o.RecruitingHoursPerSeat)
	r.factors(f, path, func(k RatingKey, rt Rating) {
		switch k {
		case FactorMentors:
			o.Factors.Mentors = rt
		case FactorTraining:
			o.Factors.Training = rt
		case FactorContractChances:
			o.Factors.ContractChances = rt
		}
	})
	r.list(f, path, "seats", func(p string, item *jsonValue) {
		o.Seats = append(o.Seats, r.seat(p, item))
	})
	return &o
}

func (r *importReader) seat(path string, v *jsonValue) Seat {
	var s Seat
	f := r.fields(path, v, "id", "role", "gives_me", "i_give", "covers", "candidates")
	if f == nil {
		return s
	}
	r.strField(f, path, "id", &s.ID)
	r.strField(f, path, "role", &s.Role)
	r.strField(f, path, "gives_me", &s.GivesMe)
	r.strField(f, path, "i_give", &s.IGive)
	for _, c := range r.strings(f, path, "covers") {
		s.Covers = append(s.Covers, Cover(c))
	}
	r.list(f, path, "candidates", func(p string, item *jsonValue) {
		s.Candidates = append(s.Candidates, r.candidate(p, item))
	})
	return s
}

func (r *importReader) candidate(path string, v *jsonValue) Candidate {
	c := Candidate{Status: CandidateIdentified}
	keys := append([]string{"id", "name", "status"}, CandidateRatingKeys...)
	f := r.fields(path, v, append(keys, "notes")...)
	if f == nil {
		return c
	}
	r.strField(f, path, "id", &c.ID)
	r.strField(f, path, "name", &c.Name)
	r.strField(f, path, "status", (*string)(&c.Status))
	for _, k := range CandidateRatingKeys {
		*c.ratingPtr(k) = r.rating(f, path, k)
	}
	r.strField(f, path, "notes", &c.Notes)
	return c
}
