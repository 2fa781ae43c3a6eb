package model

import (
	"encoding/json"
	"fmt"
	"slices"
)

// Defaults of a new membership (SPEC.md 1.6). An import reads absent terms
// as these too, but an absent renews_automatically as false.
const (
	DefaultMinTermMonths     = 12
	DefaultRenewalTermMonths = 12
	DefaultNoticeDays        = 90
)

// Membership is what netvet records when the user joins a network: the
// terms, the expectations of that moment and the ledger of what the
// membership brought since (SPEC.md 1.6).
type Membership struct {
	// JoinedOn is the day the membership started; it is required.
	JoinedOn            Date `json:"joined_on"`
	MinTermMonths       int  `json:"min_term_months"`
	RenewalTermMonths   int  `json:"renewal_term_months"`
	NoticeDays          int  `json:"notice_days"`
	RenewsAutomatically bool `json:"renews_automatically"`
	// Expectations are frozen when the membership is recorded.
	Expectations Expectations `json:"expectations"`
	// Ledger lists the events of the membership in the order recorded.
	Ledger []LedgerEntry `json:"ledger"`
}

// Expectations are the figures of the moment the user joined, kept to be
// compared with what the membership really brings.
type Expectations struct {
	ExpectedProfitPerYear  Money `json:"expected_profit_per_year"`
	OtherBenefitPerYear    Money `json:"other_benefit_per_year"`
	MembershipHoursPerYear int   `json:"membership_hours_per_year"`
	// CashCostPerYear is (annual fee + extra costs per year) × vat_factor ×
	// tax_factor (SPEC.md 1.2); nil when the annual fee was not entered.
	CashCostPerYear *Money               `json:"cash_cost_per_year"`
	Score           int                  `json:"score"`
	Verdict         VerdictWord          `json:"verdict"`
	Promises        []PromiseExpectation `json:"promises"`
}

// PromiseExpectation is the status a promise had when the user joined.
type PromiseExpectation struct {
	PromiseID string        `json:"promise_id"`
	Status    PromiseStatus `json:"status"`
}

// LedgerEntry is one event of a membership (SPEC.md 1.6). Which fields
// apply depends on the kind (see [LedgerKind.Uses]); the others are empty
// or 0.
type LedgerEntry struct {
	ID   string     `json:"id"`
	Date Date       `json:"date"`
	Kind LedgerKind `json:"kind"`
	// Hours the event took: meetings, one-to-ones and events.
	Hours Hours `json:"hours"`
	// Amount is the revenue net of VAT of closed business, or money spent:
	// a cost, or the meal of a meeting.
	Amount Money `json:"amount"`
	// Margin is the profit margin of closed business, 0–1; nil means the
	// profile's.
	Margin *float64 `json:"margin"`
	// With is the member the entry is about: whom a referral went to or
	// came from, whom a one-to-one or a closed deal was with.
	With string `json:"with"`
	// PromiseID and Answer are a promise check: the user's own answer,
	// yes, partly or no, to one promise of the network.
	PromiseID string      `json:"promise_id"`
	Answer    AnswerValue `json:"answer"`
	Note      string      `json:"note"`
}

// LedgerField names a field of a ledger entry that only some kinds use.
type LedgerField string

// The fields of a ledger entry that depend on its kind; the values are
// the export format's keys.
const (
	LedgerFieldHours     LedgerField = "hours"
	LedgerFieldAmount    LedgerField = "amount"
	LedgerFieldMargin    LedgerField = "margin"
	LedgerFieldWith      LedgerField = "with"
	LedgerFieldPromiseID LedgerField = "promise_id"
	LedgerFieldAnswer    LedgerField = "answer"
)

// ledgerUses lists which kind-dependent fields each kind uses. SPEC.md 1.6
// names hours and an optional cost for meetings, one-to-ones and events,
// whom for referrals, revenue and margin for closed business, money for a
// cost and a promise with an answer for a promise check; "with" is also
// used by a one-to-one and closed business, whom they were with. Date and
// note apply to every kind.
var ledgerUses = map[LedgerKind][]LedgerField{
	LedgerMeeting:          {LedgerFieldHours, LedgerFieldAmount},
	LedgerOneToOne:         {LedgerFieldHours, LedgerFieldAmount, LedgerFieldWith},
	LedgerEvent:            {LedgerFieldHours, LedgerFieldAmount},
	LedgerReferralGiven:    {LedgerFieldWith},
	LedgerReferralReceived: {LedgerFieldWith},
	LedgerClosedBusiness:   {LedgerFieldAmount, LedgerFieldMargin, LedgerFieldWith},
	LedgerCost:             {LedgerFieldAmount},
	LedgerPromiseCheck:     {LedgerFieldPromiseID, LedgerFieldAnswer},
}

// Uses reports whether entries of kind k use field f.
func (k LedgerKind) Uses(f LedgerField) bool { return slices.Contains(ledgerUses[k], f) }

// PromiseCheckAnswers are the answers a promise check may give.
var PromiseCheckAnswers = []AnswerValue{AnswerYes, AnswerPartly, AnswerNo}

// NewMembership records joining n on joinedOn (SPEC.md 1.6): a minimum
// term of 12 × the network's minimum term in years (12 months when it has
// none), a renewal term of 12 months, a notice period of 90 days, renewing
// automatically, and the expectations of this moment — the network's
// expected profit, other benefit and membership hours per year, its cash
// cost per year, the score and verdict of [ComputeVerdict] and each
// promise's status.
func NewMembership(p Profile, plan *OwnNetwork, n Network, joinedOn Date) Membership {
	v := ComputeVerdict(p, plan, n)
	term := DefaultMinTermMonths
	if n.MinTermYears > 0 {
		term = 12 * n.MinTermYears
	}
	exp := Expectations{
		ExpectedProfitPerYear:  n.ExpectedProfitPerYear,
		OtherBenefitPerYear:    n.OtherBenefitPerYear,
		MembershipHoursPerYear: n.MembershipHoursPerYear,
		Score:                  v.Score.Total,
		Verdict:                v.Word,
	}
	if c := CashCostPerYear(p, n); c.Known {
		m := c.Value
		exp.CashCostPerYear = &m
	}
	statuses := n.PromiseStatuses()
	for _, pr := range n.Promises {
		exp.Promises = append(exp.Promises, PromiseExpectation{PromiseID: pr.ID, Status: statuses[pr.ID]})
	}
	return Membership{
		JoinedOn:            joinedOn,
		MinTermMonths:       term,
		RenewalTermMonths:   DefaultRenewalTermMonths,
		NoticeDays:          DefaultNoticeDays,
		RenewsAutomatically: true,
		Expectations:        exp,
	}
}

// Hours is a number of hours in hundredths of an hour, so that a ledger
// entry of 1.25 hours is exact. It is never a float.
type Hours int64

// HoursOf returns whole hours as Hours.
func HoursOf(whole int) Hours { return Hours(whole) * 100 }

// String writes h with at most two decimals and without trailing zeros:
// "2", "1.5", "0.25".
func (h Hours) String() string { return string(Money(h).JSONNumber()) }

// JSONNumber writes h as the export format wants it (see [Hours.String]).
func (h Hours) JSONNumber() json.Number { return Money(h).JSONNumber() }

// HoursFromJSONNumber reads hours with at most two decimals exactly, the
// way [MoneyFromJSONNumber] reads an amount.
func HoursFromJSONNumber(n json.Number) (Hours, error) {
	m, err := MoneyFromJSONNumber(n)
	if err != nil {
		return 0, err
	}
	if m > Money(MaxEntryHours) {
		return 0, fmt.Errorf(msgEntryHoursRange, shorten(string(n), maxShownInput), MaxEntryHours/100)
	}
	return Hours(m), nil
}
