package model

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/currency"
)

// Limits of the validated values.
const (
	// MaxNameRunes bounds one-line names: of the user, a network, a member,
	// a business, a beneficiary, a promise source, an id, a list entry.
	MaxNameRunes = 200
	// MaxLineRunes bounds the other one-line fields: website and contact.
	MaxLineRunes = 2000
	// MaxTextBytes bounds multi-line text such as interview notes.
	MaxTextBytes = 1 << 20
	// MaxHoursPerYear is the number of hours in a leap year.
	MaxHoursPerYear = 366 * 24
	// MaxBuildHours bounds the hours to build a network yourself: working
	// round the clock for the longest horizon.
	MaxBuildHours = MaxHorizonYears * MaxHoursPerYear
	// MaxTaxRate is the highest marginal tax rate a profile may have.
	MaxTaxRate = 0.6
	// MaxHorizonYears is the longest horizon, and the longest minimum term.
	MaxHorizonYears = 30
	// MaxMinInterviews is the largest number of interviews a profile may
	// demand per network.
	MaxMinInterviews = 50
	// MaxRecommendation is the top of the 0–10 recommendation scale.
	MaxRecommendation = 10
	// MinMemberSince and MaxMemberSince bound the year a member joined.
	MinMemberSince = 1900
	MaxMemberSince = 2100
	// MaxVATRate is the highest VAT rate on a network's fees.
	MaxVATRate = 0.3
	// MaxTermMonths bounds a membership's minimum and renewal terms.
	MaxTermMonths = 12 * MaxHorizonYears
	// MaxNoticeDays bounds a membership's notice period: two years.
	MaxNoticeDays = 730
	// MaxEntryHours bounds the hours of one ledger entry.
	MaxEntryHours Hours = 1000 * 100
	// MaxMeetingsPerYear, MaxHoursPerMeeting bound the own-network plan's
	// meetings: one a day, a day long (preparation likewise).
	MaxMeetingsPerYear = 366
	MaxHoursPerMeeting = 24
)

// FieldError is one problem with one field. Field is the JSON path of the
// field in the export format (SPEC.md 4.1), relative to the validated value:
// "name", "fit.chemistry", "interviews[0].answers[1].promise_id".
type FieldError struct {
	Field string
	Msg   string
}

// Error implements [error] as "field: message".
func (e FieldError) Error() string { return e.Field + ": " + e.Msg }

// ValidationError lists every problem found in a value, in the order of the
// fields in the export format. The Validate methods return it (or nil); get
// at it with errors.As.
type ValidationError []FieldError

var _ error = ValidationError(nil)

// Error implements [error], joining the problems with "; ".
func (v ValidationError) Error() string {
	parts := make([]string, len(v))
	for i, e := range v {
		parts[i] = e.Error()
	}
	return strings.Join(parts, "; ")
}

// For returns the message of the first problem with the given field, so that
// a form can show it beside the field.
func (v ValidationError) For(field string) (string, bool) {
	for _, e := range v {
		if e.Field == field {
			return e.Msg, true
		}
	}
	return "", false
}

// Prefix returns a copy of v with every field placed under path:
// ValidationError{{"fit.chemistry", m}}.Prefix("networks[2]") has the field
// "networks[2].fit.chemistry". Import and the network validation use it to
// report nested values.
func (v ValidationError) Prefix(path string) ValidationError {
	out := make(ValidationError, len(v))
	for i, e := range v {
		out[i] = FieldError{Field: joinPath(path, e.Field), Msg: e.Msg}
	}
	return out
}

func joinPath(path, field string) string {
	switch {
	case path == "":
		return field
	case field == "":
		return path
	case strings.HasPrefix(field, "["):
		return path + field
	}
	return path + "." + field
}

// NormalizeNewlines turns Windows and old Mac line ends into "\n". Text from
// $EDITOR or a paste should pass through it before validation, which refuses
// carriage returns as control characters.
func NormalizeNewlines(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// Validate checks the profile: a three-letter upper-case currency code,
// non-negative income, 0–8784 hours per year, a tax rate of 0–0.6, a horizon
// of 1–30 years, 1–50 minimum interviews, a join threshold of 0–100, and
// text without control characters. It returns nil or a [ValidationError].
func (p Profile) Validate() error {
	var c checker
	c.line("name", p.Name, MaxNameRunes)
	c.text("positioning", p.Positioning)
	c.list("target_groups", p.TargetGroups)
	c.list("strengths", p.Strengths)
	c.currency("currency", p.Currency)
	c.amount("target_annual_income", p.TargetAnnualIncome)
	c.hoursPerYear("planned_hours_per_year", p.PlannedHoursPerYear)
	if !(p.MarginalTaxRate >= 0 && p.MarginalTaxRate <= MaxTaxRate) {
		c.add("marginal_tax_rate", msgTaxRange, p.MarginalTaxRate)
	}
	if p.HorizonYears < 1 || p.HorizonYears > MaxHorizonYears {
		c.add("horizon_years", msgHorizonRange)
	}
	if p.MinInterviews < 1 || p.MinInterviews > MaxMinInterviews {
		c.add("min_interviews", msgMinInterviews)
	}
	if p.JoinThreshold < 0 || p.JoinThreshold > 100 {
		c.add("join_threshold", msgThresholdRange)
	}
	if p.ProfitMargin != nil {
		c.rate("profit_margin", *p.ProfitMargin, 1, msgMarginRange)
	}
	c.weights("weights", p.Weights)
	if !p.Language.Valid() {
		c.add("language", msgBadLanguage, shorten(string(p.Language), maxShownInput))
	}
	return c.err()
}

// Validate checks the network and everything under it: the fields of the
// network itself, each promise, interview and evidence (see their Validate
// methods), that answers name promises and evidence names interviews of this
// network, and that non-empty ids are unique within their list. Whether the
// name is unique among the networks is the store's business (see
// [SameName]). It returns nil or a [ValidationError].
func (n Network) Validate() error {
	var c checker
	c.line("id", n.ID, MaxNameRunes)
	// A name of nothing but invisible characters is as good as none.
	if NameKey(n.Name) == "" {
		c.add("name", msgRequired)
	} else {
		c.line("name", n.Name, MaxNameRunes)
	}
	checkEnum(&c, "kind", n.Kind, n.Kind.Valid(), Kinds)
	c.line("website", n.Website, MaxLineRunes)
	c.line("contact", n.Contact, MaxLineRunes)
	c.text("summary", n.Summary)
	checkEnum(&c, "status", n.Status, n.Status.Valid(), Statuses)
	c.statusBeforeArchive(n)
	if n.EntryFee != nil {
		c.amount("entry_fee", *n.EntryFee)
	}
	if n.AnnualFee != nil {
		c.amount("annual_fee", *n.AnnualFee)
	}
	c.rate("vat_rate", n.VATRate, MaxVATRate, msgVATRange)
	c.amount("extra_costs_per_year", n.ExtraCostsPerYear)
	if n.MinTermYears < 0 || n.MinTermYears > MaxHorizonYears {
		c.add("min_term_years", msgMinTerm)
	}
	c.hoursPerYear("membership_hours_per_year", n.MembershipHoursPerYear)
	if n.BuildHours != nil {
		switch h := *n.BuildHours; {
		case h < 0:
			c.add("build_hours", msgNegativeHours)
		case h > MaxBuildHours:
			c.add("build_hours", msgBuildHoursRange, h, MaxBuildHours)
		}
	}
	c.hoursPerYear("build_upkeep_hours_per_year", n.BuildUpkeepHoursPerYear)
	c.amount("expected_profit_per_year", n.ExpectedProfitPerYear)
	c.amount("other_benefit_per_year", n.OtherBenefitPerYear)
	for _, k := range FitKeys {
		c.rating("fit."+string(k), n.Rating(k))
	}
	for _, k := range FactorKeys {
		c.rating("factors."+string(k), n.Rating(k))
	}
	c.text("rating_notes", n.RatingNotes)
	c.warnings(n.Warnings)

	promiseIDs := n.PromiseIDs()
	for i, p := range n.Promises {
		c.nested(itemPath("promises", i), p.Validate())
	}
	c.unique("promises", promiseIDs)

	interviewIDs := n.InterviewIDs()
	for i, iv := range n.Interviews {
		c.nested(itemPath("interviews", i), iv.Validate(promiseIDs))
	}
	c.unique("interviews", interviewIDs)

	evidenceIDs := make([]string, len(n.Evidence))
	for i, e := range n.Evidence {
		evidenceIDs[i] = e.ID
		c.nested(itemPath("evidence", i), e.Validate(interviewIDs))
	}
	c.unique("evidence", evidenceIDs)
	if n.Membership != nil {
		c.nested("membership", n.Membership.Validate(promiseIDs))
	}
	return c.err()
}

// statusBeforeArchive checks the status an archived network had: empty,
// or a status other than archived, and only on an archived network.
func (c *checker) statusBeforeArchive(n Network) {
	switch st := n.StatusBeforeArchive; {
	case st == "":
	case n.Status != StatusArchived:
		c.add("status_before_archive", msgNotArchived)
	case st == StatusArchived || !st.Valid():
		checkEnum(c, "status_before_archive", st, false, unarchivedStatuses())
	}
}

// unarchivedStatuses lists the statuses a network can have before it is
// archived.
func unarchivedStatuses() []Status {
	return slices.DeleteFunc(slices.Clone(Statuses), func(st Status) bool { return st == StatusArchived })
}

// PromiseIDs lists the ids of the network's promises in order; this is what
// [Interview.Validate] wants.
func (n Network) PromiseIDs() []string {
	ids := make([]string, len(n.Promises))
	for i, p := range n.Promises {
		ids[i] = p.ID
	}
	return ids
}

// InterviewIDs lists the ids of the network's interviews in order; this is
// what [Evidence.Validate] wants.
func (n Network) InterviewIDs() []string {
	ids := make([]string, len(n.Interviews))
	for i, iv := range n.Interviews {
		ids[i] = iv.ID
	}
	return ids
}

// Validate checks one promise on its own, as the promise form does: a valid
// category, a text saying what is promised, and text fields without control
// characters. Fields are relative to the promise ("category", "text"). It
// returns nil or a [ValidationError].
func (p Promise) Validate() error {
	var c checker
	c.line("id", p.ID, MaxNameRunes)
	checkEnum(&c, "category", p.Category, p.Category.Valid(), Categories)
	if c.required("text", p.Text) {
		c.text("text", p.Text)
	}
	c.line("source", string(p.Source), MaxNameRunes)
	c.text("notes", p.Notes)
	return c.err()
}

// Validate checks one interview on its own, as the interview form does.
// promiseIDs are the ids of the network's promises (see
// [Network.PromiseIDs]); every answer must name one of them, and each at most
// once. It also checks: a member is named; member_since is 0 or 1900–2100;
// the channel is valid or empty; answers, would-join-again and the 0–10
// recommendation are valid; contract counts and values are not negative.
// The date may be zero. Fields are relative to the interview ("member",
// "answers[1].promise_id"). It returns nil or a [ValidationError].
func (iv Interview) Validate(promiseIDs []string) error {
	var c checker
	c.line("id", iv.ID, MaxNameRunes)
	if c.required("member", iv.Member) {
		c.line("member", iv.Member, MaxNameRunes)
	}
	c.line("business", iv.Business, MaxNameRunes)
	switch {
	case iv.MemberSince != 0 && (iv.MemberSince < MinMemberSince || iv.MemberSince > MaxMemberSince):
		c.add("member_since", msgMemberSince, iv.MemberSince)
	case iv.MemberSince != 0 && !iv.Date.IsZero() && iv.Date.Time().Year() < iv.MemberSince:
		c.add("date", msgDateBeforeMemberSince, iv.Date, iv.MemberSince)
	}
	if iv.Channel != "" {
		checkEnum(&c, "channel", iv.Channel, iv.Channel.Valid(), Channels)
	}
	answered := make(map[string]bool, len(iv.Answers))
	for i, a := range iv.Answers {
		path := itemPath("answers", i)
		switch {
		case strings.TrimSpace(a.PromiseID) == "":
			c.add(path+".promise_id", msgRequired)
		case !oneOf(a.PromiseID, promiseIDs):
			c.add(path+".promise_id", msgUnknownPromise, a.PromiseID)
		case answered[a.PromiseID]:
			c.add(path+".promise_id", msgDuplicateAnswer, a.PromiseID)
		}
		answered[a.PromiseID] = true
		checkEnum(&c, path+".answer", a.Answer, a.Answer.Valid(), AnswerValues)
		c.text(path+".comment", a.Comment)
	}
	if iv.ContractsCount < 0 {
		c.add("contracts_count", msgNegativeCount)
	}
	c.amount("contracts_value", iv.ContractsValue)
	checkEnum(&c, "would_join_again", iv.WouldJoinAgain, iv.WouldJoinAgain.Valid(), JoinAgainValues)
	if r := iv.Recommendation; r != nil && (*r < 0 || *r > MaxRecommendation) {
		c.add("recommendation", msgRecommendation, *r)
	}
	c.text("red_flags", iv.RedFlags)
	c.text("notes", iv.Notes)
	return c.err()
}

// Validate checks one piece of evidence on its own, as the evidence form
// does. interviewIDs are the ids of the network's interviews (see
// [Network.InterviewIDs]); a non-empty interview_id must name one of them. It
// also checks: a description is given, the level is valid and the value is
// not negative. Fields are relative to the evidence ("description"). It
// returns nil or a [ValidationError].
func (e Evidence) Validate(interviewIDs []string) error {
	var c checker
	c.line("id", e.ID, MaxNameRunes)
	if c.required("description", e.Description) {
		c.text("description", e.Description)
	}
	c.line("beneficiary", e.Beneficiary, MaxNameRunes)
	c.amount("value", e.Value)
	checkEnum(&c, "level", e.Level, e.Level.Valid(), Levels)
	if e.InterviewID != "" && !oneOf(e.InterviewID, interviewIDs) {
		c.add("interview_id", msgUnknownInterview, e.InterviewID)
	}
	return c.err()
}

// rate checks a rate or margin: a number from 0 to max.
func (c *checker) rate(field string, v, max float64, msg string) {
	if !(v >= 0 && v <= max) {
		c.add(field, msg, v)
	}
}

// weights checks the score weights: each a number from 0 to [MaxWeight],
// and not all 0.
func (c *checker) weights(field string, w Weights) {
	ok := true
	for _, k := range ScoreKeys() {
		v, _ := w.Get(k)
		switch path := field + "." + k; {
		case math.IsNaN(v) || math.IsInf(v, 0):
			c.add(path, msgNotANumber)
			ok = false
		case v < 0:
			c.add(path, msgWeightNegative, v)
			ok = false
		case v > MaxWeight:
			c.add(path, msgWeightRange, v, MaxWeight)
			ok = false
		}
	}
	if ok && w.Sum() == 0 {
		c.add(field, msgWeightsAllZero)
	}
}

// itemPath is the path of the i-th element of a list: "promises[2]".
func itemPath(list string, i int) string { return list + "[" + strconv.Itoa(i) + "]" }

// checker collects the problems of one Validate call.
type checker struct {
	errs ValidationError
}

// add records a problem; format gets args when there are any.
func (c *checker) add(field, format string, args ...any) {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	c.errs = append(c.errs, FieldError{Field: field, Msg: msg})
}

// err returns the problems, or a nil error when there are none.
func (c *checker) err() error {
	if len(c.errs) == 0 {
		return nil
	}
	return c.errs
}

// nested records the problems of an item's own Validate under path.
func (c *checker) nested(path string, err error) {
	if v, ok := err.(ValidationError); ok {
		c.errs = append(c.errs, v.Prefix(path)...)
	}
}

// required records a problem if s is blank and reports whether it is not.
func (c *checker) required(field, s string) bool {
	if strings.TrimSpace(s) == "" {
		c.add(field, msgRequired)
		return false
	}
	return true
}

// line checks one-line text: valid UTF-8, no control characters (not even
// tabs or line breaks), at most maxRunes characters.
func (c *checker) line(field, s string, maxRunes int) {
	switch {
	case !utf8.ValidString(s):
		c.add(field, msgInvalidUTF8)
	case strings.IndexFunc(s, unicode.IsControl) >= 0:
		c.add(field, msgControlChars)
	case utf8.RuneCountInString(s) > maxRunes:
		c.add(field, msgTooLong, maxRunes)
	}
}

// text checks multi-line text: valid UTF-8, no control characters other
// than line feeds and tabs, at most MaxTextBytes.
func (c *checker) text(field, s string) {
	valid, control := scanText(s)
	switch {
	case !valid:
		c.add(field, msgInvalidUTF8)
	case control:
		c.add(field, msgControlChars)
	case len(s) > MaxTextBytes:
		c.add(field, msgTooLongBytes, MaxTextBytes)
	}
}

func isForbiddenInText(r rune) bool { return unicode.IsControl(r) && r != '\n' && r != '\t' }

// list checks a list of short entries: each one-line and not blank.
func (c *checker) list(field string, entries []string) {
	for i, s := range entries {
		if path := itemPath(field, i); c.required(path, s) {
			c.line(path, s, MaxNameRunes)
		}
	}
}

// currency checks an ISO 4217 code: three upper-case ASCII letters that
// name a currency (see [IsCurrencyCode]).
func (c *checker) currency(field, code string) {
	if code == "" {
		c.add(field, msgRequired)
		return
	}
	if !IsCurrencyCode(code) {
		c.add(field, msgCurrency, shorten(code, maxShownInput))
	}
}

// IsCurrencyCode reports whether code is an ISO 4217 currency code written
// as the standard writes it, in three upper-case letters: one that
// golang.org/x/text/currency knows, or one of the codes introduced after
// its data was made ([recentCurrencies]).
func IsCurrencyCode(code string) bool {
	ok := len(code) == 3
	for i := 0; ok && i < len(code); i++ {
		ok = 'A' <= code[i] && code[i] <= 'Z'
	}
	if !ok {
		return false
	}
	if _, err := currency.ParseISO(code); err == nil {
		return true
	}
	return slices.Contains(recentCurrencies, code)
}

// recentCurrencies are ISO 4217 codes newer than the currency data of
// golang.org/x/text v0.44.0, which refuses them: the Venezuelan bolívar
// soberano (VES, 2018) and digital (VED, 2021), the new Sierra Leonean
// leone (SLE, 2022), the Zimbabwe gold (ZWG, 2024) and the Caribbean
// guilder (XCG, 2025).
var recentCurrencies = []string{"VES", "VED", "SLE", "ZWG", "XCG"}

// amount checks money: not negative and at most MaxMoney.
func (c *checker) amount(field string, m Money) {
	switch {
	case m < 0:
		c.add(field, msgNegativeAmount)
	case m > MaxMoney:
		c.add(field, msgAmountTooLarge, MaxMoney.Format(""))
	}
}

// hoursPerYear checks hours per year: 0 to the hours of a leap year.
func (c *checker) hoursPerYear(field string, h int) {
	switch {
	case h < 0:
		c.add(field, msgNegativeHours)
	case h > MaxHoursPerYear:
		c.add(field, msgHoursRange, h)
	}
}

// rating checks a rating: unset or 1–5.
func (c *checker) rating(field string, r Rating) {
	if !r.Valid() {
		c.add(field, msgRatingRange, int(r))
	}
}

// warnings checks the ticked warning signs: known and each ticked once.
func (c *checker) warnings(ws []WarningSign) {
	seen := make(map[WarningSign]bool, len(ws))
	for i, w := range ws {
		path := itemPath("warnings", i)
		switch {
		case !w.Valid():
			checkEnum(c, path, w, false, WarningSigns)
		case seen[w]:
			c.add(path, msgDuplicateWarning, string(w))
		}
		seen[w] = true
	}
}

// unique checks that the non-empty ids of a list are distinct; the second
// use of an id is the one reported.
func (c *checker) unique(list string, ids []string) {
	seen := make(map[string]bool, len(ids))
	for i, id := range ids {
		if id == "" {
			continue
		}
		if seen[id] {
			c.add(itemPath(list, i)+".id", msgDuplicateID, id)
		}
		seen[id] = true
	}
}

// checkEnum records a problem naming the allowed values if v is not valid.
func checkEnum[T ~string](c *checker, field string, v T, valid bool, all []T) {
	if valid {
		return
	}
	c.add(field, msgBadEnum, shorten(string(v), maxShownInput), strings.Join(enumNames(all), ", "))
}

// enumNames lists the values of an enum as strings.
func enumNames[T ~string](all []T) []string {
	names := make([]string, len(all))
	for i, a := range all {
		names[i] = string(a)
	}
	return names
}
