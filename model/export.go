package model

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// The export format (SPEC.md 4.1) is the JSON document that `netvet export`
// writes and `netvet import` reads. This file holds its types, the
// conversion between them and the domain types, and a strict decoder that
// names the JSON path of every value it refuses.

// ExportFormat is the value of the "format" field of every export.
const ExportFormat = "netvet.export"

// ExportVersion is the version of the export format this netvet writes, and
// the highest one it reads.
const ExportVersion = 2

// ExportTimeLayout is how "exported_at" is written: RFC 3339 in UTC, whole
// seconds.
const ExportTimeLayout = time.RFC3339

// maxJSONDepth bounds the nesting of an import. The format itself nests six
// levels deep; anything far deeper is not an export, and refusing it keeps
// the recursive reader's stack small.
const maxJSONDepth = 64

// Export is the content of an export file.
type Export struct {
	// ExportedAt is when the export was made; it is written in UTC with
	// whole seconds and is the only field that differs between two exports
	// of the same data.
	ExportedAt time.Time
	// Profile is nil when the database has no profile yet; the file then
	// says "profile": null.
	Profile *Profile
	// Networks are written in this order.
	Networks []Network
	// OwnNetwork is the own-network plan, or nil when there is none; the
	// file then says "own_network": null.
	OwnNetwork *OwnNetwork
	// AsOf is the day the reports' membership reviews and deadlines are as
	// of (`netvet export --as-of`); the zero Date means the day of
	// ExportedAt. It is not part of the export format.
	AsOf Date
}

// ReviewDay is the day the reports' membership reviews are as of: AsOf,
// or else the day of ExportedAt.
func (e Export) ReviewDay() Date {
	if !e.AsOf.IsZero() {
		return e.AsOf
	}
	return DateOf(e.ExportedAt)
}

// Totals counts the promises, interviews and evidence of all networks.
func (e Export) Totals() (promises, interviews, evidence int) {
	for _, n := range e.Networks {
		promises += len(n.Promises)
		interviews += len(n.Interviews)
		evidence += len(n.Evidence)
	}
	return promises, interviews, evidence
}

// WriteJSON writes e in the export format: fields in the order of SPEC.md
// 4.1, indented with two spaces, with a final newline, and without escaping
// <, > and & so that notes stay readable. Money is a JSON number in major
// units; unset ratings, fees, build hours, recommendations, years, dates,
// channels and would-join-again answers are null; empty lists are [].
// Created and Updated times are not part of the format.
func (e Export) WriteJSON(w io.Writer) error {
	doc := exportDoc{
		Format:     ExportFormat,
		Version:    ExportVersion,
		ExportedAt: e.ExportedAt.UTC().Truncate(time.Second).Format(ExportTimeLayout),
		Networks:   make([]exportNetwork, len(e.Networks)),
	}
	if e.Profile != nil {
		p := toExportProfile(*e.Profile)
		doc.Profile = &p
	}
	for i, n := range e.Networks {
		doc.Networks[i] = toExportNetwork(n)
	}
	if e.OwnNetwork != nil {
		o := toExportOwnNetwork(*e.OwnNetwork)
		doc.OwnNetwork = &o
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("write export: %w", err)
	}
	return nil
}

// The export document. Field order is the order of SPEC.md 4.1; the
// encoder writes fields in struct order.
type exportDoc struct {
	Format     string            `json:"format"`
	Version    int               `json:"version"`
	ExportedAt string            `json:"exported_at"`
	Profile    *exportProfile    `json:"profile"`
	Networks   []exportNetwork   `json:"networks"`
	OwnNetwork *exportOwnNetwork `json:"own_network"`
}

type exportProfile struct {
	Name                string        `json:"name"`
	Positioning         string        `json:"positioning"`
	TargetGroups        []string      `json:"target_groups"`
	Strengths           []string      `json:"strengths"`
	Currency            string        `json:"currency"`
	TargetAnnualIncome  json.Number   `json:"target_annual_income"`
	PlannedHoursPerYear int           `json:"planned_hours_per_year"`
	MarginalTaxRate     json.Number   `json:"marginal_tax_rate"`
	HorizonYears        int           `json:"horizon_years"`
	MinInterviews       int           `json:"min_interviews"`
	JoinThreshold       int           `json:"join_threshold"`
	CannotReclaimVAT    bool          `json:"cannot_reclaim_vat"`
	ProfitMargin        *json.Number  `json:"profit_margin"`
	Weights             exportWeights `json:"weights"`
	Language            *string       `json:"language"`
}

type exportWeights struct {
	ContractChances json.Number `json:"contract_chances"`
	Mentors         json.Number `json:"mentors"`
	Training        json.Number `json:"training"`
	Fit             json.Number `json:"fit"`
	Delivery        json.Number `json:"delivery"`
	Sentiment       json.Number `json:"sentiment"`
}

type exportNetwork struct {
	ID                      string            `json:"id"`
	Name                    string            `json:"name"`
	Kind                    string            `json:"kind"`
	Website                 string            `json:"website"`
	Contact                 string            `json:"contact"`
	Summary                 string            `json:"summary"`
	Status                  string            `json:"status"`
	StatusBeforeArchive     string            `json:"status_before_archive,omitempty"`
	EntryFee                *json.Number      `json:"entry_fee"`
	AnnualFee               *json.Number      `json:"annual_fee"`
	VATRate                 json.Number       `json:"vat_rate"`
	FeesNotDeductible       bool              `json:"fees_not_deductible"`
	ExtraCostsPerYear       json.Number       `json:"extra_costs_per_year"`
	MinTermYears            int               `json:"min_term_years"`
	MembershipHoursPerYear  int               `json:"membership_hours_per_year"`
	BuildHours              *int              `json:"build_hours"`
	BuildUpkeepHoursPerYear int               `json:"build_upkeep_hours_per_year"`
	ExpectedProfitPerYear   json.Number       `json:"expected_profit_per_year"`
	OtherBenefitPerYear     json.Number       `json:"other_benefit_per_year"`
	Fit                     exportFit         `json:"fit"`
	Factors                 exportFactors     `json:"factors"`
	RatingNotes             string            `json:"rating_notes,omitempty"`
	Warnings                []string          `json:"warnings"`
	Promises                []exportPromise   `json:"promises"`
	Interviews              []exportInterview `json:"interviews"`
	Evidence                []exportEvidence  `json:"evidence"`
	Membership              *exportMembership `json:"membership"`
}

type exportFit struct {
	TargetGroupOverlap     *int `json:"target_group_overlap"`
	ComplementaryStrengths *int `json:"complementary_strengths"`
	Positioning            *int `json:"positioning"`
	MyContribution         *int `json:"my_contribution"`
	Chemistry              *int `json:"chemistry"`
}

type exportFactors struct {
	Mentors         *int `json:"mentors"`
	Training        *int `json:"training"`
	ContractChances *int `json:"contract_chances"`
}

type exportPromise struct {
	ID         string `json:"id"`
	Category   string `json:"category"`
	Text       string `json:"text"`
	Source     string `json:"source"`
	MustHave   bool   `json:"must_have"`
	Documented bool   `json:"documented"`
	Notes      string `json:"notes"`
}

type exportInterview struct {
	ID                  string         `json:"id"`
	Member              string         `json:"member"`
	Business            string         `json:"business"`
	MemberSince         *int           `json:"member_since"`
	Date                *string        `json:"date"`
	Channel             *string        `json:"channel"`
	SimilarToMe         bool           `json:"similar_to_me"`
	IntroducedByNetwork bool           `json:"introduced_by_network"`
	Answers             []exportAnswer `json:"answers"`
	ContractsCount      int            `json:"contracts_count"`
	ContractsValue      json.Number    `json:"contracts_value"`
	WouldJoinAgain      *string        `json:"would_join_again"`
	Recommendation      *int           `json:"recommendation"`
	RedFlags            string         `json:"red_flags"`
	Notes               string         `json:"notes"`
}

type exportAnswer struct {
	PromiseID string `json:"promise_id"`
	Answer    string `json:"answer"`
	Comment   string `json:"comment"`
}

type exportEvidence struct {
	ID          string      `json:"id"`
	Description string      `json:"description"`
	Beneficiary string      `json:"beneficiary"`
	SimilarToMe bool        `json:"similar_to_me"`
	Value       json.Number `json:"value"`
	Date        *string     `json:"date"`
	Level       string      `json:"level"`
	InterviewID string      `json:"interview_id"`
}

func toExportProfile(p Profile) exportProfile {
	return exportProfile{
		Name:                p.Name,
		Positioning:         p.Positioning,
		TargetGroups:        nonNilStrings(p.TargetGroups),
		Strengths:           nonNilStrings(p.Strengths),
		Currency:            p.Currency,
		TargetAnnualIncome:  p.TargetAnnualIncome.JSONNumber(),
		PlannedHoursPerYear: p.PlannedHoursPerYear,
		MarginalTaxRate:     formatRate(p.MarginalTaxRate),
		HorizonYears:        p.HorizonYears,
		MinInterviews:       p.MinInterviews,
		JoinThreshold:       p.JoinThreshold,
		CannotReclaimVAT:    p.CannotReclaimVAT,
		ProfitMargin:        exportRate(p.ProfitMargin),
		Weights: exportWeights{
			ContractChances: formatRate(p.Weights.ContractChances),
			Mentors:         formatRate(p.Weights.Mentors),
			Training:        formatRate(p.Weights.Training),
			Fit:             formatRate(p.Weights.Fit),
			Delivery:        formatRate(p.Weights.PromiseDelivery),
			Sentiment:       formatRate(p.Weights.MemberSentiment),
		},
		Language: exportString(string(p.Language)),
	}
}

func toExportNetwork(n Network) exportNetwork {
	out := exportNetwork{
		ID:                      n.ID,
		Name:                    n.Name,
		Kind:                    string(n.Kind),
		Website:                 n.Website,
		Contact:                 n.Contact,
		Summary:                 n.Summary,
		Status:                  string(n.Status),
		StatusBeforeArchive:     string(n.StatusBeforeArchive),
		EntryFee:                exportMoney(n.EntryFee),
		AnnualFee:               exportMoney(n.AnnualFee),
		VATRate:                 formatRate(n.VATRate),
		FeesNotDeductible:       n.FeesNotDeductible,
		ExtraCostsPerYear:       n.ExtraCostsPerYear.JSONNumber(),
		MinTermYears:            n.MinTermYears,
		MembershipHoursPerYear:  n.MembershipHoursPerYear,
		BuildHours:              cloneIntPtr(n.BuildHours),
		BuildUpkeepHoursPerYear: n.BuildUpkeepHoursPerYear,
		ExpectedProfitPerYear:   n.ExpectedProfitPerYear.JSONNumber(),
		OtherBenefitPerYear:     n.OtherBenefitPerYear.JSONNumber(),
		Fit: exportFit{
			TargetGroupOverlap:     exportRating(n.Fit.TargetGroupOverlap),
			ComplementaryStrengths: exportRating(n.Fit.ComplementaryStrengths),
			Positioning:            exportRating(n.Fit.Positioning),
			MyContribution:         exportRating(n.Fit.MyContribution),
			Chemistry:              exportRating(n.Fit.Chemistry),
		},
		Factors: exportFactors{
			Mentors:         exportRating(n.Factors.Mentors),
			Training:        exportRating(n.Factors.Training),
			ContractChances: exportRating(n.Factors.ContractChances),
		},
		RatingNotes: n.RatingNotes,
		Warnings:    make([]string, len(n.Warnings)),
		Promises:    make([]exportPromise, len(n.Promises)),
		Interviews:  make([]exportInterview, len(n.Interviews)),
		Evidence:    make([]exportEvidence, len(n.Evidence)),
	}
	for i, w := range n.Warnings {
		out.Warnings[i] = string(w)
	}
	for i, p := range n.Promises {
		out.Promises[i] = exportPromise{
			ID: p.ID, Category: string(p.Category), Text: p.Text, Source: string(p.Source),
			MustHave: p.MustHave, Documented: p.Documented, Notes: p.Notes,
		}
	}
	for i, iv := range n.Interviews {
		out.Interviews[i] = toExportInterview(iv)
	}
	for i, e := range n.Evidence {
		out.Evidence[i] = exportEvidence{
			ID: e.ID, Description: e.Description, Beneficiary: e.Beneficiary,
			SimilarToMe: e.SimilarToMe, Value: e.Value.JSONNumber(), Date: exportDate(e.Date),
			Level: string(e.Level), InterviewID: e.InterviewID,
		}
	}
	if n.Membership != nil {
		m := toExportMembership(*n.Membership)
		out.Membership = &m
	}
	return out
}

func toExportInterview(iv Interview) exportInterview {
	out := exportInterview{
		ID:                  iv.ID,
		Member:              iv.Member,
		Business:            iv.Business,
		Date:                exportDate(iv.Date),
		Channel:             exportString(string(iv.Channel)),
		SimilarToMe:         iv.SimilarToMe,
		IntroducedByNetwork: iv.IntroducedByNetwork,
		Answers:             make([]exportAnswer, len(iv.Answers)),
		ContractsCount:      iv.ContractsCount,
		ContractsValue:      iv.ContractsValue.JSONNumber(),
		WouldJoinAgain:      exportString(string(iv.WouldJoinAgain)),
		Recommendation:      cloneIntPtr(iv.Recommendation),
		RedFlags:            iv.RedFlags,
		Notes:               iv.Notes,
	}
	if iv.MemberSince != 0 {
		y := iv.MemberSince
		out.MemberSince = &y
	}
	for i, a := range iv.Answers {
		out.Answers[i] = exportAnswer{PromiseID: a.PromiseID, Answer: string(a.Answer), Comment: a.Comment}
	}
	return out
}

// nonNilStrings returns s, or an empty list instead of nil so that it is written
// as [] rather than null.
func nonNilStrings(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// formatRate writes a tax rate as the shortest decimal that reads back as
// the same float, without an exponent; negative zero is written as 0.
func formatRate(f float64) json.Number {
	if f == 0 {
		f = 0
	}
	return json.Number(strconv.FormatFloat(f, 'f', -1, 64))
}

// exportRate writes an optional rate, nil (null) when unset.
func exportRate(f *float64) *json.Number {
	if f == nil {
		return nil
	}
	n := formatRate(*f)
	return &n
}

func exportMoney(m *Money) *json.Number {
	if m == nil {
		return nil
	}
	n := m.JSONNumber()
	return &n
}

func exportRating(r Rating) *int {
	if r == Unset {
		return nil
	}
	v := int(r)
	return &v
}

func cloneIntPtr(p *int) *int {
	if p == nil {
		return nil
	}
	v := *p
	return &v
}

func exportString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func exportDate(d Date) *string {
	if d.IsZero() {
		return nil
	}
	s := d.String()
	return &s
}

// ImportError is why an import file was refused: every problem found, in
// the order of the file. Nothing of a refused file is imported.
type ImportError struct {
	// Problems name the JSON path of the offending value in Field
	// ("networks[2].fit.chemistry"); Field is empty for a problem of the
	// file as a whole, such as malformed JSON.
	Problems []FieldError
}

// Error implements [error]: the first problem on one line, and how many
// more there are.
func (e *ImportError) Error() string {
	if len(e.Problems) == 0 {
		return msgImportRefused
	}
	first := e.Problems[0]
	s := first.Msg
	if first.Field != "" {
		s = first.Error()
	}
	switch more := len(e.Problems) - 1; more {
	case 0:
	case 1:
		s += msgImportOneMore
	default:
		s += fmt.Sprintf(msgImportMore, more)
	}
	return s
}

// Lines returns every problem as one line, "path: message".
func (e *ImportError) Lines() []string {
	out := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		out[i] = p.Msg
		if p.Field != "" {
			out[i] = p.Error()
		}
	}
	return out
}

// ParseExport reads an export file strictly and validates everything in it,
// so that an import of the result cannot fail on a value. It refuses, with
// an [*ImportError] naming the JSON path of each offending value: an empty
// file; malformed JSON (with line and column); a value of the wrong JSON
// type; unknown or repeated fields at any depth; a missing or wrong
// "format"; a missing, invalid or higher "version"; a malformed
// "exported_at"; an amount that is negative, has more than two decimals or
// is not a number; a rating that is not null and not 1–5; a malformed date;
// everything [Profile.Validate] and [Network.Validate] refuse (bad enum
// values, an answer naming a promise the network does not have, an evidence
// link to an unknown interview, an id used twice in a list); and two
// networks with the same id or name (see [SameName]).
//
// Absent and null fields take the value of a new profile ([NewProfile]) or
// network ([NewNetwork]), or the zero value; a UTF-8 byte order mark at the
// start is ignored.
func ParseExport(data []byte) (Export, error) {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if len(bytes.TrimSpace(data)) == 0 {
		return Export{}, importErr("", msgImportEmpty)
	}
	root, err := parseJSONTree(data)
	if err != nil {
		return Export{}, err
	}
	var r importReader
	e := r.document(root)
	if len(r.problems) > 0 {
		return Export{}, &ImportError{Problems: r.problems}
	}
	if problems := validateExport(e); len(problems) > 0 {
		return Export{}, &ImportError{Problems: problems}
	}
	return e, nil
}

// validateExport runs the domain validation over a decoded export and
// checks that no two networks share an id or a name ([NameKey]), with one
// map look-up per network.
func validateExport(e Export) []FieldError {
	var out []FieldError
	if e.Profile != nil {
		if v, ok := e.Profile.Validate().(ValidationError); ok {
			out = append(out, v.Prefix("profile")...)
		}
	}
	ids := make(map[string]bool, len(e.Networks))
	names := make(map[string]int, len(e.Networks))
	for i, n := range e.Networks {
		path := itemPath("networks", i)
		if v, ok := n.Validate().(ValidationError); ok {
			out = append(out, v.Prefix(path)...)
		}
		if n.ID != "" && ids[n.ID] {
			out = append(out, FieldError{Field: path + ".id", Msg: fmt.Sprintf(msgDuplicateID, n.ID)})
		}
		ids[n.ID] = true
		key := NameKey(n.Name)
		if j, ok := names[key]; ok && key != "" {
			out = append(out, FieldError{Field: path + ".name", Msg: twoNamesMessage(n.Name, e.Networks[j].Name, j)})
		} else if !ok {
			names[key] = i
		}
	}
	if e.OwnNetwork != nil {
		if v, ok := e.OwnNetwork.Validate().(ValidationError); ok {
			out = append(out, v.Prefix("own_network")...)
		}
	}
	return out
}

// twoNamesMessage says that the name of a network of an import is the
// same as that of networks[j], named first.
func twoNamesMessage(name, first string, j int) string {
	name, first = strings.TrimSpace(name), strings.TrimSpace(first)
	if name == first {
		return fmt.Sprintf(msgImportTwoNames, name)
	}
	return fmt.Sprintf(msgImportTwoNamesAlike, name, first, j)
}

// CheckImportConflicts compares the networks of an import with the stored
// ones. Without replace, an imported network whose id or name (see
// [SameName]) a stored network has already is refused. With replace, such a
// network replaces the stored one, but one that matches a stored network by
// id and another by name is refused, since it is unclear which to replace.
// It returns nil or an [*ImportError] naming the imported network's field,
// and reports in replaced how many stored networks the import replaces.
// The stored networks are indexed once, so the time grows with the number
// of networks, not with its square.
func CheckImportConflicts(stored, imported []Network, replace bool) (replaced int, err error) {
	byID := make(map[string]int, len(stored))
	byName := make(map[string]int, len(stored))
	for j := len(stored) - 1; j >= 0; j-- {
		// Backwards, so that the first stored network with an id or a name
		// is the one found, as a search from the front would find it.
		if id := stored[j].ID; id != "" {
			byID[id] = j
		}
		byName[NameKey(stored[j].Name)] = j
	}
	var problems []FieldError
	for i, n := range imported {
		path := itemPath("networks", i)
		idAt, idOK := byID[n.ID]
		nameAt, nameOK := byName[NameKey(n.Name)]
		idOK = idOK && n.ID != ""
		switch {
		case !idOK && !nameOK:
		case !replace && idOK:
			problems = append(problems, FieldError{Field: path + ".id", Msg: fmt.Sprintf(msgImportIDExists, n.ID, stored[idAt].Name)})
		case !replace:
			problems = append(problems, FieldError{Field: path + ".name", Msg: nameExistsMessage(n.Name, stored[nameAt].Name)})
		case idOK && nameOK && idAt != nameAt:
			problems = append(problems, FieldError{Field: path, Msg: fmt.Sprintf(msgImportAmbiguous, n.ID, stored[idAt].Name, stored[nameAt].Name)})
		default:
			replaced++
		}
	}
	if len(problems) > 0 {
		return 0, &ImportError{Problems: problems}
	}
	return replaced, nil
}

// nameExistsMessage says that an imported network's name is the same as
// that of the stored network named existing.
func nameExistsMessage(name, existing string) string {
	name, existing = strings.TrimSpace(name), strings.TrimSpace(existing)
	if name == existing {
		return fmt.Sprintf(msgImportNameExists, name)
	}
	return fmt.Sprintf(msgImportNameAlike, name, existing)
}

// importErr is an import refused for one problem.
func importErr(field, format string, args ...any) error {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	return &ImportError{Problems: []FieldError{{Field: field, Msg: msg}}}
}

// jsonKind is the type of a JSON value.
type jsonKind int

const (
	jsonNull jsonKind = iota
	jsonBool
	jsonNumber
	jsonString
	jsonArray
	jsonObject
)

// jsonValue is one value of a parsed JSON document, with object members in
// the order of the file so that problems are reported in that order.
type jsonValue struct {
	kind    jsonKind
	boolean bool
	str     string
	// invalidUTF8 marks a string that held a lone surrogate or bytes that
	// are not UTF-8, which str has as U+FFFD (see unquote).
	invalidUTF8 bool
	num         json.Number
	items       []*jsonValue
	members     []jsonMember
}

type jsonMember struct {
	key   string
	value *jsonValue
	// invalidKey is invalidUTF8 of the key.
	invalidKey bool
}

// parseJSONTree reads exactly one JSON value from data; a syntax error is
// reported with its line and column. A valid document takes the fast path
// of jsontree.go; the decoder's tokens are read only to explain an error.
func parseJSONTree(data []byte) (*jsonValue, error) {
	if v, ok := fastJSONTree(data); ok {
		return v, nil
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	p := treeParser{dec: dec, data: data}
	v, err := p.value(0)
	if err != nil {
		return nil, err
	}
	end := dec.InputOffset()
	if _, err := dec.Token(); err != io.EOF {
		return nil, importErr("", msgJSONTrailing, jsonPosition(data, nextToken(data, end)))
	}
	return v, nil
}

// treeParser builds a jsonValue tree from the decoder's tokens.
type treeParser struct {
	dec  *json.Decoder
	data []byte
}

// token reads the next token, turning errors into import problems.
func (p *treeParser) token() (json.Token, error) {
	t, err := p.dec.Token()
	if err == nil {
		return t, nil
	}
	if se, ok := err.(*json.SyntaxError); ok {
		return nil, importErr("", msgJSONSyntax, jsonPosition(p.data, se.Offset), se.Error())
	}
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return nil, importErr("", msgJSONTruncated, jsonPosition(p.data, int64(len(p.data))))
	}
	return nil, importErr("", msgJSONSyntax, jsonPosition(p.data, p.dec.InputOffset()), err.Error())
}

// value reads one value at the given nesting depth.
func (p *treeParser) value(depth int) (*jsonValue, error) {
	if depth > maxJSONDepth {
		return nil, importErr("", msgJSONTooDeep, jsonPosition(p.data, nextToken(p.data, p.dec.InputOffset())))
	}
	t, err := p.token()
	if err != nil {
		return nil, err
	}
	switch t := t.(type) {
	case nil:
		return &jsonValue{kind: jsonNull}, nil
	case bool:
		return &jsonValue{kind: jsonBool, boolean: t}, nil
	case json.Number:
		return &jsonValue{kind: jsonNumber, num: t}, nil
	case string:
		return &jsonValue{kind: jsonString, str: t}, nil
	case json.Delim:
		if t == '[' {
			return p.array(depth)
		}
		return p.object(depth)
	}
	return nil, importErr("", msgJSONSyntax, jsonPosition(p.data, p.dec.InputOffset()), fmt.Sprint(t))
}

func (p *treeParser) array(depth int) (*jsonValue, error) {
	v := &jsonValue{kind: jsonArray}
	for p.dec.More() {
		item, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		v.items = append(v.items, item)
	}
	if _, err := p.token(); err != nil {
		return nil, err
	}
	return v, nil
}

func (p *treeParser) object(depth int) (*jsonValue, error) {
	v := &jsonValue{kind: jsonObject}
	for p.dec.More() {
		t, err := p.token()
		if err != nil {
			return nil, err
		}
		key, ok := t.(string)
		if !ok {
			return nil, importErr("", msgJSONSyntax, jsonPosition(p.data, p.dec.InputOffset()), fmt.Sprint(t))
		}
		val, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		v.members = append(v.members, jsonMember{key: key, value: val})
	}
	if _, err := p.token(); err != nil {
		return nil, err
	}
	return v, nil
}

// jsonPosition says where byte offset off of data is, as "line L, column
// C"; columns count characters, both start at 1. An offset at the end of
// data names the place just after the last character.
func jsonPosition(data []byte, off int64) string {
	off = max(0, min(off, int64(len(data))))
	before := data[:off]
	line := bytes.Count(before, []byte("\n")) + 1
	start := bytes.LastIndexByte(before, '\n') + 1
	col := utf8.RuneCount(before[start:]) + 1
	return fmt.Sprintf(msgJSONPosition, line, col)
}

// nextToken returns the offset of the first byte at or after off that is
// not JSON white space: where the decoder's next token starts.
func nextToken(data []byte, off int64) int64 {
	for off < int64(len(data)) && strings.IndexByte(" \t\r\n", data[off]) >= 0 {
		off++
	}
	return off
}

// importReader converts a parsed JSON tree into an Export, collecting a problem
// with its JSON path for every value it cannot use.
type importReader struct {
	problems []FieldError
	// version is the file's format version; a version-1 file is read as
	// version 1 read it, without the fields and values of version 2.
	version int
}

func (r *importReader) fail(path, format string, args ...any) {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	r.problems = append(r.problems, FieldError{Field: path, Msg: msg})
}

// fields checks that v is an object with no unknown or repeated keys and
// returns its members by key; it returns nil (and records why) when v is
// not an object.
func (r *importReader) fields(path string, v *jsonValue, known ...string) map[string]*jsonValue {
	if v.kind != jsonObject {
		r.fail(path, msgJSONWantObject, jsonTypeName(v))
		return nil
	}
	out := make(map[string]*jsonValue, len(v.members))
	for _, m := range v.members {
		field := keyPath(path, m.key)
		switch {
		case m.invalidKey:
			r.fail(field, msgInvalidUTF8)
		case !oneOf(m.key, known):
			r.fail(field, msgJSONUnknownField)
		case out[m.key] != nil:
			r.fail(field, msgJSONRepeatedField)
		default:
			out[m.key] = m.value
		}
	}
	return out
}

// keyPath is the path of the member key of the object at path: joined
// with a dot when the key is a plain name of lower-case letters, digits
// and underscores, as every key of the format is, else in brackets and
// quoted with its control characters escaped, as an unknown key from a
// hostile file may be.
func keyPath(path, key string) string {
	plain := key != ""
	for i := 0; i < len(key) && plain; i++ {
		c := key[i]
		plain = 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '_'
	}
	if plain {
		return joinPath(path, key)
	}
	return path + "[" + strconv.Quote(shorten(key, maxShownInput)) + "]"
}

// jsonField returns the value of a field that is there and not null.
func jsonField(fields map[string]*jsonValue, key string) (*jsonValue, bool) {
	v, ok := fields[key]
	if !ok || v.kind == jsonNull {
		return nil, false
	}
	return v, true
}

// jsonTypeName names the JSON type of v for a message.
func jsonTypeName(v *jsonValue) string {
	switch v.kind {
	case jsonNull:
		return "null"
	case jsonBool:
		return "true or false"
	case jsonNumber:
		return "a number"
	case jsonString:
		return "a string"
	case jsonArray:
		return "a list"
	}
	return "an object"
}

func (r *importReader) document(root *jsonValue) Export {
	var e Export
	if root.kind != jsonObject {
		r.fail("", msgImportNotObject, jsonTypeName(root))
		return e
	}
	f := r.fields("", root, "format", "version", "exported_at", "profile", "networks", "own_network")
	if f == nil {
		return e
	}
	format, ok := jsonField(f, "format")
	switch {
	case !ok:
		r.fail("format", msgRequired)
		return e
	case format.kind != jsonString || format.str != ExportFormat:
		r.fail("format", msgImportFormat, jsonShow(format), ExportFormat)
		return e
	}
	version, ok := jsonField(f, "version")
	if !ok {
		r.fail("version", msgRequired)
		return e
	}
	switch v := r.integer("version", version); {
	case v == nil:
		return e
	case *v > ExportVersion:
		r.fail("version", msgImportNewer, *v, ExportVersion)
		return e
	case *v < 1:
		r.fail("version", msgImportBadVersion, *v)
		return e
	default:
		r.version = *v
	}
	if _, ok := f["own_network"]; ok && r.version < 2 {
		r.fail("own_network", msgJSONUnknownField)
	}
	if at, ok := jsonField(f, "exported_at"); ok {
		if s, ok := r.str("exported_at", at); ok {
			t, err := time.Parse(time.RFC3339, s)
			if err != nil {
				r.fail("exported_at", msgImportTime, shorten(s, maxShownInput))
			}
			e.ExportedAt = t
		}
	}
	if pv, ok := jsonField(f, "profile"); ok {
		if p, ok := r.profile("profile", pv); ok {
			e.Profile = &p
		}
	}
	if nv, ok := jsonField(f, "networks"); ok {
		r.each("networks", nv, func(path string, v *jsonValue) {
			e.Networks = append(e.Networks, r.network(path, v))
		})
	}
	if ov, ok := jsonField(f, "own_network"); ok && r.version >= 2 {
		e.OwnNetwork = r.ownNetwork("own_network", ov)
	}
	return e
}

// Fields of the profile and of a network in each version of the format.
var (
	profileFieldsV1 = []string{"name", "positioning", "target_groups", "strengths", "currency",
		"target_annual_income", "planned_hours_per_year", "marginal_tax_rate", "horizon_years",
		"min_interviews", "join_threshold"}
	profileFieldsV2 = append(slices.Clone(profileFieldsV1), "cannot_reclaim_vat", "profit_margin", "weights", "language")
	networkFieldsV1 = []string{"id", "name", "kind", "website", "contact", "summary", "status",
		"entry_fee", "annual_fee", "min_term_years", "membership_hours_per_year", "build_hours",
		"build_upkeep_hours_per_year", "expected_profit_per_year", "fit", "factors", "rating_notes",
		"warnings", "promises", "interviews", "evidence"}
	networkFieldsV2 = append(slices.Clone(networkFieldsV1), "vat_rate", "fees_not_deductible",
		"extra_costs_per_year", "other_benefit_per_year", "membership", "status_before_archive")
)

// v2 reports whether the file is of version 2 or later.
func (r *importReader) v2() bool { return r.version >= 2 }

// jsonShow shows a refused value: a string in quotes, anything else by
// its type.
func jsonShow(v *jsonValue) string {
	if v.kind == jsonString {
		return strconv.Quote(shorten(v.str, maxShownInput))
	}
	if v.kind == jsonNumber {
		return shorten(string(v.num), maxShownInput)
	}
	return jsonTypeName(v)
}

// each calls fn for every item of a list, with the item's path.
func (r *importReader) each(path string, v *jsonValue, fn func(path string, item *jsonValue)) {
	if v.kind != jsonArray {
		r.fail(path, msgJSONWantList, jsonTypeName(v))
		return
	}
	for i, item := range v.items {
		fn(itemPath(path, i), item)
	}
}

// str reads a string; ok is false (and a problem recorded) for another type.
func (r *importReader) str(path string, v *jsonValue) (string, bool) {
	if v.kind != jsonString {
		r.fail(path, msgJSONWantString, jsonTypeName(v))
		return "", false
	}
	if v.invalidUTF8 {
		r.fail(path, msgInvalidUTF8)
		return "", false
	}
	return v.str, true
}

// strField reads an optional string field into dst.
func (r *importReader) strField(f map[string]*jsonValue, path, key string, dst *string) {
	if v, ok := jsonField(f, key); ok {
		if s, ok := r.str(joinPath(path, key), v); ok {
			*dst = s
		}
	}
}

// strings reads an optional list of strings.
func (r *importReader) strings(f map[string]*jsonValue, path, key string) []string {
	v, ok := jsonField(f, key)
	if !ok {
		return nil
	}
	var out []string
	r.each(joinPath(path, key), v, func(p string, item *jsonValue) {
		if s, ok := r.str(p, item); ok {
			out = append(out, s)
		}
	})
	return out
}

// boolField reads an optional boolean field into dst.
func (r *importReader) boolField(f map[string]*jsonValue, path, key string, dst *bool) {
	v, ok := jsonField(f, key)
	if !ok {
		return
	}
	if v.kind != jsonBool {
		r.fail(joinPath(path, key), msgJSONWantBool, jsonTypeName(v))
		return
	}
	*dst = v.boolean
}

// maxJSONInt bounds the whole numbers of an import; every real value is far
// smaller, and the bound keeps them within int on every platform.
const maxJSONInt = 1<<31 - 1

// integer reads a whole number written without a fraction or exponent.
func (r *importReader) integer(path string, v *jsonValue) *int {
	if v.kind != jsonNumber {
		r.fail(path, msgJSONWantNumber, jsonTypeName(v))
		return nil
	}
	n, err := strconv.ParseInt(string(v.num), 10, 64)
	switch {
	case err != nil && strings.ContainsAny(string(v.num), ".eE"):
		r.fail(path, msgJSONWantWhole, jsonShow(v))
		return nil
	case err != nil || n > maxJSONInt || n < -maxJSONInt:
		r.fail(path, msgJSONTooLarge, jsonShow(v))
		return nil
	}
	i := int(n)
	return &i
}

// intField reads an optional whole-number field into dst.
func (r *importReader) intField(f map[string]*jsonValue, path, key string, dst *int) {
	if v, ok := jsonField(f, key); ok {
		if n := r.integer(joinPath(path, key), v); n != nil {
			*dst = *n
		}
	}
}

// optionalInt reads a whole-number field that may be null.
func (r *importReader) optionalInt(f map[string]*jsonValue, path, key string) *int {
	if v, ok := jsonField(f, key); ok {
		return r.integer(joinPath(path, key), v)
	}
	return nil
}

// money reads an amount in major units (see [MoneyFromJSONNumber]).
func (r *importReader) money(path string, v *jsonValue) *Money {
	if v.kind != jsonNumber {
		r.fail(path, msgJSONWantAmount, jsonTypeName(v))
		return nil
	}
	m, err := MoneyFromJSONNumber(v.num)
	if err != nil {
		r.fail(path, "%s", err.Error())
		return nil
	}
	return &m
}

// moneyField reads an optional amount into dst.
func (r *importReader) moneyField(f map[string]*jsonValue, path, key string, dst *Money) {
	if v, ok := jsonField(f, key); ok {
		if m := r.money(joinPath(path, key), v); m != nil {
			*dst = *m
		}
	}
}

// optionalMoney reads an amount that may be null or absent (not entered).
func (r *importReader) optionalMoney(f map[string]*jsonValue, path, key string) *Money {
	if v, ok := jsonField(f, key); ok {
		return r.money(joinPath(path, key), v)
	}
	return nil
}

// rating reads a rating: null or absent is unset, otherwise 1–5.
func (r *importReader) rating(f map[string]*jsonValue, path, key string) Rating {
	v, ok := jsonField(f, key)
	if !ok {
		return Unset
	}
	field := joinPath(path, key)
	n := r.integer(field, v)
	if n == nil {
		return Unset
	}
	if *n < 1 || *n > 5 {
		r.fail(field, msgRatingRange, *n)
		return Unset
	}
	return Rating(*n)
}

// date reads a YYYY-MM-DD date; null, absent or "" is no date.
func (r *importReader) date(f map[string]*jsonValue, path, key string) Date {
	var s string
	r.strField(f, path, key, &s)
	d, err := ParseDate(s)
	if err != nil {
		r.fail(joinPath(path, key), "%s", err.Error())
	}
	return d
}

func (r *importReader) profile(path string, v *jsonValue) (Profile, bool) {
	p := NewProfile()
	known := profileFieldsV1
	if r.v2() {
		known = profileFieldsV2
	}
	f := r.fields(path, v, known...)
	if f == nil {
		return p, false
	}
	r.strField(f, path, "name", &p.Name)
	r.strField(f, path, "positioning", &p.Positioning)
	p.TargetGroups = r.strings(f, path, "target_groups")
	p.Strengths = r.strings(f, path, "strengths")
	r.strField(f, path, "currency", &p.Currency)
	r.moneyField(f, path, "target_annual_income", &p.TargetAnnualIncome)
	r.intField(f, path, "planned_hours_per_year", &p.PlannedHoursPerYear)
	r.numberField(f, path, "marginal_tax_rate", &p.MarginalTaxRate)
	r.intField(f, path, "horizon_years", &p.HorizonYears)
	r.intField(f, path, "min_interviews", &p.MinInterviews)
	r.intField(f, path, "join_threshold", &p.JoinThreshold)
	r.boolField(f, path, "cannot_reclaim_vat", &p.CannotReclaimVAT)
	p.ProfitMargin = r.optionalNumber(f, path, "profit_margin")
	p.Weights = r.weights(f, path)
	r.strField(f, path, "language", (*string)(&p.Language))
	return p, true
}

func (r *importReader) network(path string, v *jsonValue) Network {
	n := NewNetwork()
	known := networkFieldsV1
	if r.v2() {
		known = networkFieldsV2
	}
	f := r.fields(path, v, known...)
	if f == nil {
		return n
	}
	r.strField(f, path, "id", &n.ID)
	r.strField(f, path, "name", &n.Name)
	r.strField(f, path, "kind", (*string)(&n.Kind))
	r.strField(f, path, "website", &n.Website)
	r.strField(f, path, "contact", &n.Contact)
	r.strField(f, path, "summary", &n.Summary)
	r.strField(f, path, "status", (*string)(&n.Status))
	r.strField(f, path, "status_before_archive", (*string)(&n.StatusBeforeArchive))
	n.EntryFee = r.optionalMoney(f, path, "entry_fee")
	n.AnnualFee = r.optionalMoney(f, path, "annual_fee")
	r.numberField(f, path, "vat_rate", &n.VATRate)
	r.boolField(f, path, "fees_not_deductible", &n.FeesNotDeductible)
	r.moneyField(f, path, "extra_costs_per_year", &n.ExtraCostsPerYear)
	r.intField(f, path, "min_term_years", &n.MinTermYears)
	r.intField(f, path, "membership_hours_per_year", &n.MembershipHoursPerYear)
	n.BuildHours = r.optionalInt(f, path, "build_hours")
	r.intField(f, path, "build_upkeep_hours_per_year", &n.BuildUpkeepHoursPerYear)
	r.moneyField(f, path, "expected_profit_per_year", &n.ExpectedProfitPerYear)
	r.moneyField(f, path, "other_benefit_per_year", &n.OtherBenefitPerYear)
	if fv, ok := jsonField(f, "fit"); ok {
		fp := joinPath(path, "fit")
		if ff := r.fields(fp, fv, exportRatingNames(FitKeys)...); ff != nil {
			for _, k := range FitKeys {
				n.SetRating(k, r.rating(ff, fp, string(k)))
			}
		}
	}
	r.factors(f, path, func(k RatingKey, rt Rating) { n.SetRating(k, rt) })
	r.strField(f, path, "rating_notes", &n.RatingNotes)
	for i, w := range r.strings(f, path, "warnings") {
		if ws := WarningSign(w); r.v2() || !ws.Valid() || oneOf(ws, warningSignsV1) {
			n.Warnings = append(n.Warnings, ws)
			continue
		}
		r.fail(itemPath(joinPath(path, "warnings"), i), msgBadEnum, shorten(w, maxShownInput), strings.Join(enumNames(warningSignsV1), ", "))
	}
	r.list(f, path, "promises", func(p string, item *jsonValue) {
		n.Promises = append(n.Promises, r.promise(p, item))
	})
	r.list(f, path, "interviews", func(p string, item *jsonValue) {
		n.Interviews = append(n.Interviews, r.interview(p, item))
	})
	r.list(f, path, "evidence", func(p string, item *jsonValue) {
		n.Evidence = append(n.Evidence, r.evidence(p, item))
	})
	if mv, ok := jsonField(f, "membership"); ok {
		n.Membership = r.membership(joinPath(path, "membership"), mv)
	}
	return n
}

// list calls fn for each item of an optional list field.
func (r *importReader) list(f map[string]*jsonValue, path, key string, fn func(path string, item *jsonValue)) {
	if v, ok := jsonField(f, key); ok {
		r.each(joinPath(path, key), v, fn)
	}
}

func exportRatingNames(keys []RatingKey) []string {
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = string(k)
	}
	return out
}

func (r *importReader) promise(path string, v *jsonValue) Promise {
	var p Promise
	f := r.fields(path, v, "id", "category", "text", "source", "must_have", "documented", "notes")
	if f == nil {
		return p
	}
	r.strField(f, path, "id", &p.ID)
	r.strField(f, path, "category", (*string)(&p.Category))
	r.strField(f, path, "text", &p.Text)
	r.strField(f, path, "source", (*string)(&p.Source))
	r.boolField(f, path, "must_have", &p.MustHave)
	r.boolField(f, path, "documented", &p.Documented)
	r.strField(f, path, "notes", &p.Notes)
	return p
}

func (r *importReader) interview(path string, v *jsonValue) Interview {
	var iv Interview
	f := r.fields(path, v, "id", "member", "business", "member_since", "date", "channel",
		"similar_to_me", "introduced_by_network", "answers", "contracts_count", "contracts_value",
		"would_join_again", "recommendation", "red_flags", "notes")
	if f == nil {
		return iv
	}
	r.strField(f, path, "id", &iv.ID)
	r.strField(f, path, "member", &iv.Member)
	r.strField(f, path, "business", &iv.Business)
	r.intField(f, path, "member_since", &iv.MemberSince)
	iv.Date = r.date(f, path, "date")
	r.strField(f, path, "channel", (*string)(&iv.Channel))
	r.boolField(f, path, "similar_to_me", &iv.SimilarToMe)
	r.boolField(f, path, "introduced_by_network", &iv.IntroducedByNetwork)
	r.list(f, path, "answers", func(p string, item *jsonValue) {
		iv.Answers = append(iv.Answers, r.answer(p, item))
	})
	r.intField(f, path, "contracts_count", &iv.ContractsCount)
	r.moneyField(f, path, "contracts_value", &iv.ContractsValue)
	r.strField(f, path, "would_join_again", (*string)(&iv.WouldJoinAgain))
	iv.Recommendation = r.optionalInt(f, path, "recommendation")
	r.strField(f, path, "red_flags", &iv.RedFlags)
	r.strField(f, path, "notes", &iv.Notes)
	return iv
}

func (r *importReader) answer(path string, v *jsonValue) Answer {
	var a Answer
	f := r.fields(path, v, "promise_id", "answer", "comment")
	if f == nil {
		return a
	}
	r.strField(f, path, "promise_id", &a.PromiseID)
	r.strField(f, path, "answer", (*string)(&a.Answer))
	r.strField(f, path, "comment", &a.Comment)
	return a
}

func (r *importReader) evidence(path string, v *jsonValue) Evidence {
	var e Evidence
	f := r.fields(path, v, "id", "description", "beneficiary", "similar_to_me", "value", "date",
		"level", "interview_id")
	if f == nil {
		return e
	}
	r.strField(f, path, "id", &e.ID)
	r.strField(f, path, "description", &e.Description)
	r.strField(f, path, "beneficiary", &e.Beneficiary)
	r.boolField(f, path, "similar_to_me", &e.SimilarToMe)
	r.moneyField(f, path, "value", &e.Value)
	e.Date = r.date(f, path, "date")
	r.strField(f, path, "level", (*string)(&e.Level))
	r.strField(f, path, "interview_id", &e.InterviewID)
	return e
}
