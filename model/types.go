// Package model is netvet's domain: the profile, candidate networks and the
// findings about them, their validation and everything derived from them.
// It is pure Go and knows neither the terminal nor the database.
package model

import (
	"time"
)

// Defaults for a new profile (SPEC.md 1).
const (
	DefaultCurrency      = "EUR"
	DefaultHorizonYears  = 3
	DefaultMinInterviews = 3
	DefaultJoinThreshold = 60
)

// Profile describes the user: what they want from a network and what their
// time is worth. A database holds one.
type Profile struct {
	Name         string   `json:"name"`
	Positioning  string   `json:"positioning"`
	TargetGroups []string `json:"target_groups"`
	Strengths    []string `json:"strengths"`
	// Currency is an ISO 4217 code; every Money in the database is in it.
	Currency string `json:"currency"`
	// TargetAnnualIncome is the income the user wants per year; zero means
	// not entered.
	TargetAnnualIncome Money `json:"target_annual_income"`
	// PlannedHoursPerYear is how many hours the user wants to work per year;
	// zero means not entered.
	PlannedHoursPerYear int `json:"planned_hours_per_year"`
	// MarginalTaxRate is between 0 and 0.6.
	MarginalTaxRate float64 `json:"marginal_tax_rate"`
	HorizonYears    int     `json:"horizon_years"`
	MinInterviews   int     `json:"min_interviews"`
	JoinThreshold   int     `json:"join_threshold"`
	// CannotReclaimVAT is true for a small business that cannot deduct
	// input VAT (German "Kleinunternehmer"): it pays the fees' VAT. The
	// default, false, is SPEC.md's "reclaims VAT: yes".
	CannotReclaimVAT bool `json:"cannot_reclaim_vat"`
	// ProfitMargin is the share of revenue from the user's own contracts
	// that is profit, 0–1; nil when not entered.
	ProfitMargin *float64 `json:"profit_margin"`
	// Weights say how much each part of the score counts (SPEC.md 1.3).
	Weights Weights `json:"weights"`
	// Language is the language the user chose, or unset.
	Language Language `json:"language"`
}

// NewProfile returns an empty profile with the defaults of SPEC.md 1.
func NewProfile() Profile {
	return Profile{
		Currency:      DefaultCurrency,
		HorizonYears:  DefaultHorizonYears,
		MinInterviews: DefaultMinInterviews,
		JoinThreshold: DefaultJoinThreshold,
		Weights:       DefaultWeights(),
	}
}

// Network is a candidate network and every finding about it.
type Network struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	Kind    Kind   `json:"kind"`
	Website string `json:"website"`
	Contact string `json:"contact"`
	Summary string `json:"summary"`
	Status  Status `json:"status"`
	// StatusBeforeArchive is the status an archived network had before it
	// was archived, so that restoring it brings that status back. It is
	// empty for a network that is not archived, and for one archived
	// before netvet kept it, which is restored to researching.
	StatusBeforeArchive Status `json:"status_before_archive,omitempty"`

	// EntryFee and AnnualFee are nil until entered; zero is a real fee.
	EntryFee  *Money `json:"entry_fee"`
	AnnualFee *Money `json:"annual_fee"`
	// VATRate is the VAT on the fees, 0–0.3; 0 means the fees as entered
	// are what is paid. It counts only for a user who cannot reclaim VAT.
	VATRate float64 `json:"vat_rate"`
	// FeesNotDeductible says the tax office will not accept the fees as
	// business expenses; by default they are.
	FeesNotDeductible bool `json:"fees_not_deductible"`
	// ExtraCostsPerYear is what the membership costs besides its fees:
	// meals, event tickets, travel.
	ExtraCostsPerYear Money `json:"extra_costs_per_year"`
	// MinTermYears is the minimum membership term.
	MinTermYears int `json:"min_term_years"`
	// MembershipHoursPerYear is the time the membership itself takes:
	// meetings, events, travel.
	MembershipHoursPerYear int `json:"membership_hours_per_year"`
	// BuildHours is the time to build an equivalent network yourself; nil
	// until estimated.
	BuildHours              *int  `json:"build_hours"`
	BuildUpkeepHoursPerYear int   `json:"build_upkeep_hours_per_year"`
	ExpectedProfitPerYear   Money `json:"expected_profit_per_year"`
	// OtherBenefitPerYear is what the mentoring, training and events are
	// worth to the user in money, for example what a coach or a course
	// would cost.
	OtherBenefitPerYear Money `json:"other_benefit_per_year"`

	Fit     FitRatings    `json:"fit"`
	Factors FactorRatings `json:"factors"`
	// RatingNotes explains the ratings in the user's words.
	RatingNotes string        `json:"rating_notes,omitempty"`
	Warnings    []WarningSign `json:"warnings"`

	Promises   []Promise   `json:"promises"`
	Interviews []Interview `json:"interviews"`
	Evidence   []Evidence  `json:"evidence"`

	// Membership is recorded when the user joins; nil before.
	Membership *Membership `json:"membership"`

	Created time.Time `json:"created"`
	Updated time.Time `json:"updated"`
}

// NewNetwork returns an empty candidate with the defaults a form starts from.
func NewNetwork() Network {
	return Network{Kind: KindExpertNetwork, Status: StatusResearching}
}

// Archived reports whether the network is hidden from the working lists.
func (n Network) Archived() bool { return n.Status == StatusArchived }

// SetStatus gives the network the status st. Archiving keeps the status
// the network had in StatusBeforeArchive, for [Network.Restore]; any other
// status clears it, as it means nothing for a network that is not
// archived.
func (n *Network) SetStatus(st Status) {
	switch {
	case st == StatusArchived && n.Status != StatusArchived:
		n.StatusBeforeArchive = n.Status
	case st != StatusArchived:
		n.StatusBeforeArchive = ""
	}
	n.Status = st
}

// Restore brings an archived network back with the status it had before
// it was archived, or as researching when that is not known (a network
// archived before netvet kept it). A network that is not archived stays
// as it is.
func (n *Network) Restore() {
	if n.Status != StatusArchived {
		return
	}
	st := n.StatusBeforeArchive
	if st == "" {
		st = StatusResearching
	}
	n.SetStatus(st)
}

// HasWarning reports whether the user ticked w on this network.
func (n Network) HasWarning(w WarningSign) bool { return oneOf(w, n.Warnings) }

// Promise finds the promise with the given id.
func (n Network) Promise(id string) (Promise, bool) {
	for _, p := range n.Promises {
		if p.ID == id {
			return p, true
		}
	}
	return Promise{}, false
}

// Promise is a service the network promises.
type Promise struct {
	ID       string   `json:"id"`
	Category Category `json:"category"`
	// Text says exactly what is promised.
	Text string `json:"text"`
	// Source says where it was promised; see [Sources] for the usual values.
	Source   Source `json:"source"`
	MustHave bool   `json:"must_have"`
	// Documented means the user has seen proof that it is delivered.
	Documented bool   `json:"documented"`
	Notes      string `json:"notes"`
}

// Interview is a conversation with a member of the network.
type Interview struct {
	ID       string `json:"id"`
	Member   string `json:"member"`
	Business string `json:"business"`
	// MemberSince is a year; zero when unknown.
	MemberSince int     `json:"member_since"`
	Date        Date    `json:"date"`
	Channel     Channel `json:"channel"`
	// SimilarToMe means the member has the user's target group or
	// positioning, so their experience predicts the user's.
	SimilarToMe bool `json:"similar_to_me"`
	// IntroducedByNetwork means the network picked this member; members the
	// user found independently are the better witnesses.
	IntroducedByNetwork bool     `json:"introduced_by_network"`
	Answers             []Answer `json:"answers"`
	// ContractsCount and ContractsValue are the contracts the member got
	// through the network in the last twelve months.
	ContractsCount int       `json:"contracts_count"`
	ContractsValue Money     `json:"contracts_value"`
	WouldJoinAgain JoinAgain `json:"would_join_again"`
	// Recommendation is 0–10, nil when not asked.
	Recommendation *int   `json:"recommendation"`
	RedFlags       string `json:"red_flags"`
	// Notes is Markdown of any length.
	Notes string `json:"notes"`
}

// Answer finds the interview's answer about a promise.
func (iv Interview) Answer(promiseID string) (Answer, bool) {
	for _, a := range iv.Answers {
		if a.PromiseID == promiseID {
			return a, true
		}
	}
	return Answer{}, false
}

// Answer is what a member said about one promise.
type Answer struct {
	PromiseID string      `json:"promise_id"`
	Answer    AnswerValue `json:"answer"`
	Comment   string      `json:"comment"`
}

// Evidence is one contract that came out of the network.
type Evidence struct {
	ID          string `json:"id"`
	Description string `json:"description"`
	Beneficiary string `json:"beneficiary"`
	SimilarToMe bool   `json:"similar_to_me"`
	Value       Money  `json:"value"`
	Date        Date   `json:"date"`
	Level       Level  `json:"level"`
	// InterviewID optionally links the interview the evidence came from.
	InterviewID string `json:"interview_id"`
}

// Rating is 1–5, or 0 when unset.
type Rating int

// Unset is the zero Rating.
const Unset Rating = 0

// IsSet reports whether the rating has a value.
func (r Rating) IsSet() bool { return r != Unset }

// Valid reports whether r is unset or 1–5.
func (r Rating) Valid() bool { return r >= 0 && r <= 5 }

// RatingKey names one fit rating or decisive factor; the values are the
// export format's field names.
type RatingKey string

// Fit ratings and decisive factors (SPEC.md 1).
const (
	FitTargetGroupOverlap    RatingKey = "target_group_overlap"
	FitComplementaryStrength RatingKey = "complementary_strengths"
	FitPositioning           RatingKey = "positioning"
	FitMyContribution        RatingKey = "my_contribution"
	FitChemistry             RatingKey = "chemistry"
	FactorMentors            RatingKey = "mentors"
	FactorTraining           RatingKey = "training"
	FactorContractChances    RatingKey = "contract_chances"
)

// FitKeys lists the five fit ratings in display order.
var FitKeys = []RatingKey{FitTargetGroupOverlap, FitComplementaryStrength, FitPositioning, FitMyContribution, FitChemistry}

// FactorKeys lists the three decisive factors in display order.
var FactorKeys = []RatingKey{FactorMentors, FactorTraining, FactorContractChances}

// Label is the user-facing name of the rating.
func (k RatingKey) Label() string { return ratingLabels[k] }

// Meaning says in one line what rating r means for this key, or "" for an
// unset or invalid rating.
func (k RatingKey) Meaning(r Rating) string {
	if r < 1 || r > 5 {
		return ""
	}
	return ratingScale[k][r-1]
}

// FitRatings is how well the network fits the user.
type FitRatings struct {
	TargetGroupOverlap     Rating `json:"target_group_overlap"`
	ComplementaryStrengths Rating `json:"complementary_strengths"`
	Positioning            Rating `json:"positioning"`
	MyContribution         Rating `json:"my_contribution"`
	Chemistry              Rating `json:"chemistry"`
}

// FactorRatings are the three decisive factors.
type FactorRatings struct {
	Mentors         Rating `json:"mentors"`
	Training        Rating `json:"training"`
	ContractChances Rating `json:"contract_chances"`
}

// Rating returns the rating stored under k.
func (n Network) Rating(k RatingKey) Rating {
	if p := n.ratingPtr(k); p != nil {
		return *p
	}
	return Unset
}

// SetRating stores r under k; it reports false for an unknown key.
func (n *Network) SetRating(k RatingKey, r Rating) bool {
	p := n.ratingPtr(k)
	if p == nil {
		return false
	}
	*p = r
	return true
}

func (n *Network) ratingPtr(k RatingKey) *Rating {
	switch k {
	case FitTargetGroupOverlap:
		return &n.Fit.TargetGroupOverlap
	case FitComplementaryStrength:
		return &n.Fit.ComplementaryStrengths
	case FitPositioning:
		return &n.Fit.Positioning
	case FitMyContribution:
		return &n.Fit.MyContribution
	case FitChemistry:
		return &n.Fit.Chemistry
	case FactorMentors:
		return &n.Factors.Mentors
	case FactorTraining:
		return &n.Factors.Training
	case FactorContractChances:
		return &n.Factors.ContractChances
	}
	return nil
}

// Money is an amount in cents of the profile's currency; never a float.
type Money int64
