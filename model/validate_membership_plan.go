package model

import "strings"

// Validate checks a membership (SPEC.md 1.6): a joining date; terms of 1 to
// [MaxTermMonths] months; a notice period of 0 to [MaxNoticeDays] days; the
// expectations (amounts not negative, hours of a year at most, a score of
// 0–100, a valid verdict word, each promise of the network at most once
// with a valid status); and each ledger entry (see [LedgerEntry.Validate]),
// with ids unique in the ledger. promiseIDs are the network's promises.
// Fields are relative to the membership ("ledger[2].hours"). It returns
// nil or a [ValidationError].
func (m Membership) Validate(promiseIDs []string) error {
	var c checker
	if m.JoinedOn.IsZero() {
		c.add("joined_on", msgDateRequired)
	}
	c.months("min_term_months", m.MinTermMonths)
	c.months("renewal_term_months", m.RenewalTermMonths)
	if m.NoticeDays < 0 || m.NoticeDays > MaxNoticeDays {
		c.add("notice_days", msgNoticeDays, MaxNoticeDays)
	}
	c.nested("expectations", m.Expectations.Validate(promiseIDs))
	ids := make([]string, len(m.Ledger))
	for i, e := range m.Ledger {
		ids[i] = e.ID
		c.nested(itemPath("ledger", i), e.Validate(promiseIDs))
	}
	c.unique("ledger", ids)
	return c.err()
}

// Validate checks the expectations frozen when the user joined; see
// [Membership.Validate].
func (e Expectations) Validate(promiseIDs []string) error {
	var c checker
	c.amount("expected_profit_per_year", e.ExpectedProfitPerYear)
	c.amount("other_benefit_per_year", e.OtherBenefitPerYear)
	c.hoursPerYear("membership_hours_per_year", e.MembershipHoursPerYear)
	if e.CashCostPerYear != nil {
		c.amount("cash_cost_per_year", *e.CashCostPerYear)
	}
	if e.Score < 0 || e.Score > 100 {
		c.add("score", msgScoreRange, e.Score)
	}
	checkEnum(&c, "verdict", e.Verdict, oneOf(e.Verdict, VerdictWords), VerdictWords)
	seen := make(map[string]bool, len(e.Promises))
	for i, pe := range e.Promises {
		path := itemPath("promises", i)
		c.promiseRef(path+".promise_id", pe.PromiseID, promiseIDs, seen)
		checkEnum(&c, path+".status", pe.Status, oneOf(pe.Status, PromiseStatusValues), PromiseStatusValues)
	}
	return c.err()
}

// Validate checks one ledger entry on its own, as its form will: an id and
// "with" of one line, a date, a valid kind, hours of 0 to [MaxEntryHours],
// an amount not negative, a margin of 0–1, a note without control
// characters; a promise check names a promise of the network (promiseIDs)
// and answers yes, partly or no; and every field its kind does not use
// (see [LedgerKind.Uses]) is empty or 0. Fields are relative to the entry.
// It returns nil or a [ValidationError].
func (e LedgerEntry) Validate(promiseIDs []string) error {
	var c checker
	c.line("id", e.ID, MaxNameRunes)
	if e.Date.IsZero() {
		c.add("date", msgDateRequired)
	}
	checkEnum(&c, "kind", e.Kind, e.Kind.Valid(), LedgerKinds)
	switch {
	case e.Hours < 0:
		c.add("hours", msgNegativeHours)
	case e.Hours > MaxEntryHours:
		c.add("hours", msgEntryHoursRange, e.Hours.String(), MaxEntryHours/100)
	}
	c.amount("amount", e.Amount)
	if e.Margin != nil {
		c.rate("margin", *e.Margin, 1, msgMarginRange)
	}
	c.line("with", e.With, MaxNameRunes)
	if e.Kind == LedgerPromiseCheck {
		c.promiseRef("promise_id", e.PromiseID, promiseIDs, nil)
		checkEnum(&c, "answer", e.Answer, oneOf(e.Answer, PromiseCheckAnswers), PromiseCheckAnswers)
	}
	c.text("note", e.Note)
	if e.Kind.Valid() {
		c.notForKind(e)
	}
	return c.err()
}

// notForKind refuses the fields of e that its kind does not use but that
// are set.
func (c *checker) notForKind(e LedgerEntry) {
	set := []struct {
		f   LedgerField
		set bool
	}{
		{LedgerFieldHours, e.Hours != 0},
		{LedgerFieldAmount, e.Amount != 0},
		{LedgerFieldMargin, e.Margin != nil},
		{LedgerFieldWith, e.With != ""},
		{LedgerFieldPromiseID, e.PromiseID != ""},
		{LedgerFieldAnswer, e.Answer != ""},
	}
	for _, s := range set {
		if s.set && !e.Kind.Uses(s.f) {
			c.add(string(s.f), msgNotForKind, string(e.Kind))
		}
	}
}

// promiseRef checks a reference to a promise of the network: given, one of
// promiseIDs and, when seen is not nil, not given twice.
func (c *checker) promiseRef(field, id string, promiseIDs []string, seen map[string]bool) {
	switch {
	case strings.TrimSpace(id) == "":
		c.add(field, msgRequired)
	case !oneOf(id, promiseIDs):
		c.add(field, msgUnknownPromise, id)
	case seen != nil && seen[id]:
		c.add(field, msgDuplicateID, id)
	}
	if seen != nil {
		seen[id] = true
	}
}

// months checks a term in months: 1 to [MaxTermMonths].
func (c *checker) months(field string, m int) {
	if m < 1 || m > MaxTermMonths {
		c.add(field, msgTermMonths, MaxTermMonths)
	}
}

// Validate checks the own-network plan (SPEC.md 1.7): text without control
// characters; meetings per year of 0–366; hours and preparation hours per
// meeting of 0–24; recruiting hours per seat of 0 to the hours of a year;
// ratings unset or 1–5; each seat (see [Seat.Validate]) with ids unique
// among the seats. Fields are relative to the plan ("seats[0].role"). It
// returns nil or a [ValidationError].
func (o OwnNetwork) Validate() error {
	var c checker
	c.text("goal", o.Goal)
	c.text("target_group", o.TargetGroup)
	c.bounded("meetings_per_year", o.MeetingsPerYear, MaxMeetingsPerYear)
	c.bounded("hours_per_meeting", o.HoursPerMeeting, MaxHoursPerMeeting)
	c.bounded("prep_hours_per_meeting", o.PrepHoursPerMeeting, MaxHoursPerMeeting)
	c.bounded("recruiting_hours_per_seat", o.RecruitingHoursPerSeat, MaxHoursPerYear)
	for _, k := range FactorKeys {
		c.rating("factors."+string(k), o.Rating(k))
	}
	ids := make([]string, len(o.Seats))
	for i, s := range o.Seats {
		ids[i] = s.ID
		c.nested(itemPath("seats", i), s.Validate())
	}
	c.unique("seats", ids)
	return c.err()
}

// Validate checks one seat of the plan on its own: a role of one line,
// text without control characters, valid covers each at most once, and
// each candidate (see [Candidate.Validate]) with ids unique in the seat.
// It returns nil or a [ValidationError].
func (s Seat) Validate() error {
	var c checker
	c.line("id", s.ID, MaxNameRunes)
	if c.required("role", s.Role) {
		c.line("role", s.Role, MaxNameRunes)
	}
	c.text("gives_me", s.GivesMe)
	c.text("i_give", s.IGive)
	seen := make(map[Cover]bool, len(s.Covers))
	for i, cv := range s.Covers {
		path := itemPath("covers", i)
		switch {
		case !cv.Valid():
			checkEnum(&c, path, cv, false, Covers)
		case seen[cv]:
			c.add(path, msgDuplicateCover, string(cv))
		}
		seen[cv] = true
	}
	ids := make([]string, len(s.Candidates))
	for i, cd := range s.Candidates {
		ids[i] = cd.ID
		c.nested(itemPath("candidates", i), cd.Validate())
	}
	c.unique("candidates", ids)
	return c.err()
}

// Validate checks one candidate on its own: a name of one line, a valid
// status, ratings unset or 1–5 and notes without control characters. It
// returns nil or a [ValidationError].
func (cd Candidate) Validate() error {
	var c checker
	c.line("id", cd.ID, MaxNameRunes)
	if c.required("name", cd.Name) {
		c.line("name", cd.Name, MaxNameRunes)
	}
	checkEnum(&c, "status", cd.Status, cd.Status.Valid(), CandidateStatuses)
	for _, k := range CandidateRatingKeys {
		c.rating(k, *cd.ratingPtr(k))
	}
	c.text("notes", cd.Notes)
	return c.err()
}

// bounded checks a whole number from 0 to max.
func (c *checker) bounded(field string, v, max int) {
	switch {
	case v < 0:
		c.add(field, msgNegativeCount)
	case v > max:
		c.add(field, msgPlanHoursRange, v, max)
	}
}
