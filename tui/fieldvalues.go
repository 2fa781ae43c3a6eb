package tui

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"

	"netvet/model"
)

// Values in form fields: fieldParser reads what was typed into a model
// value, marking the fields it cannot read; the *Text functions write a
// model value into a field, an unknown or zero value as an empty field.

// fieldParser reads typed values out of a form, marking fields it cannot
// read; bad records whether any field was wrong.
type fieldParser struct {
	f *form
	// currency is the currency amounts are in: one marked with another
	// currency's sign or code is refused, as netvet does not convert.
	currency string
	bad      bool
	// other holds messages about values the form does not show, so that
	// they can go to the status line instead of vanishing.
	other []string
	// alias names the form field that shows a validation problem of a
	// value the form has no field of its own for ("weights" → the first
	// weight).
	alias map[string]string
}

// problem is what the status line says after a refused submit.
func (p *fieldParser) problem() string {
	if len(p.other) > 0 {
		return p.other[0]
	}
	return statusFixFields
}

// fail marks the field with the given key with msg, which the form shows
// with the field's name.
func (p *fieldParser) fail(key, msg string) {
	p.f.SetError(key, p.f.labelled(key, msg))
	p.bad = true
}

func (p *fieldParser) money(key string) model.Money {
	v := strings.TrimSpace(p.f.Value(key))
	if v == "" {
		return 0
	}
	m, err := model.ParseMoneyIn(v, p.currency)
	if err != nil {
		p.fail(key, err.Error())
	}
	return m
}

func (p *fieldParser) optMoney(key string) *model.Money {
	if strings.TrimSpace(p.f.Value(key)) == "" {
		return nil
	}
	m := p.money(key)
	return &m
}

func (p *fieldParser) integer(key string) int {
	v := strings.TrimSpace(p.f.Value(key))
	if v == "" {
		return 0
	}
	i, err := strconv.Atoi(v)
	if err != nil {
		p.fail(key, fmt.Sprintf(errNotNumber, v))
	}
	return i
}

func (p *fieldParser) optInt(key string) *int {
	if strings.TrimSpace(p.f.Value(key)) == "" {
		return nil
	}
	i := p.integer(key)
	return &i
}

// validation marks the fields named by a model validation error. A field
// that already has a parse error keeps it.
func (p *fieldParser) validation(err error) {
	if err == nil {
		return
	}
	var ve model.ValidationError
	if !errors.As(err, &ve) {
		p.bad = true
		return
	}
	for _, fe := range ve {
		p.bad = true
		if a, ok := p.alias[fe.Field]; ok {
			fe.Field = a
		}
		shown := false
		for i := range p.f.fields {
			if p.f.fields[i].key == fe.Field {
				shown = true
				if p.f.fields[i].err == "" {
					p.f.fields[i].err = p.f.labelled(fe.Field, fe.Msg)
				}
			}
		}
		if !shown {
			p.other = append(p.other, fe.Error())
		}
	}
}

// rate reads a rate or margin typed as a percentage or a fraction (see
// parseRate), between 0 and max. An empty field is 0.
func (p *fieldParser) rate(key string, max float64) float64 {
	if r := p.optRate(key, max); r != nil {
		return *r
	}
	return 0
}

// optRate is [fieldParser.rate] where an empty field is nil, not entered.
func (p *fieldParser) optRate(key string, max float64) *float64 {
	v := strings.TrimSpace(p.f.Value(key))
	if v == "" {
		return nil
	}
	r, ok := parseRate(v)
	switch {
	case !ok:
		p.fail(key, fmt.Sprintf(errNotRate, v))
	case r > max:
		p.fail(key, fmt.Sprintf(errRateRange, percentText(r), percentText(max)))
	default:
		return &r
	}
	return nil
}

// parseRate reads a rate typed as 19, 19 %, 0.19 or 0,19: a comma works
// as the decimal separator, and values of 1 and more are percentages (so
// a rate of 1 % is typed 1 or 0.01, and 100 % is 100). ok is false for
// anything else, a negative number included.
func parseRate(v string) (r float64, ok bool) {
	v = strings.TrimSpace(v)
	pct := strings.HasSuffix(v, "%")
	num := strings.TrimSpace(strings.ReplaceAll(strings.TrimSuffix(v, "%"), ",", "."))
	if !plainNumber(num) {
		return 0, false
	}
	r, err := strconv.ParseFloat(num, 64)
	if err != nil {
		return 0, false
	}
	if pct || r >= 1 {
		r /= 100
	}
	return r, true
}

// plainNumber reports whether s is digits with at most one decimal point:
// what a person types, not Go's syntax for floats
// ("1e3", "0x1p3", "Inf").
func plainNumber(s string) bool {
	digits, points := 0, 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '.':
			points++
		default:
			return false
		}
	}
	return digits > 0 && points <= 1
}

// rateNote says how a rate field's text was read ("taken as 19 %"), so
// that 0.19 and 19 are seen to mean the same; "" while the field is empty
// or cannot be read.
func rateNote(v string) string {
	if strings.TrimSpace(v) == "" {
		return ""
	}
	r, ok := parseRate(v)
	if !ok {
		return ""
	}
	return fmt.Sprintf(noteTakenAs, percentText(r))
}

// weight reads a score weight: a number from 0 to model.MaxWeight with at
// most one decimal ("25", "12.5", "12,5"). An empty field is 0.
func (p *fieldParser) weight(key string) float64 {
	v := strings.TrimSpace(p.f.Value(key))
	if v == "" {
		return 0
	}
	w, problem := parseWeight(v)
	switch problem {
	case weightOK:
		return w
	case weightDecimals:
		p.fail(key, fmt.Sprintf(errWeightDecimals, v))
	case weightNegative:
		p.fail(key, errWeightNegative)
	case weightTooLarge:
		p.fail(key, fmt.Sprintf(errWeightRange, v, model.MaxWeight))
	default:
		p.fail(key, fmt.Sprintf(errNotWeight, v))
	}
	return 0
}

// weightProblem says why a typed weight was refused.
type weightProblem int

const (
	weightOK weightProblem = iota
	weightNotANumber
	weightDecimals
	weightNegative
	weightTooLarge
)

// parseWeight reads a weight typed with a point or a comma and at most
// one decimal.
func parseWeight(v string) (float64, weightProblem) {
	num := strings.ReplaceAll(strings.TrimSpace(v), ",", ".")
	if neg, found := strings.CutPrefix(num, "-"); found && plainNumber(neg) {
		return 0, weightNegative
	}
	w, err := strconv.ParseFloat(num, 64)
	switch {
	case !plainNumber(num) || err != nil:
		return 0, weightNotANumber
	case w > model.MaxWeight:
		return 0, weightTooLarge
	}
	if _, frac, ok := strings.Cut(num, "."); ok && len(frac) > 1 {
		return 0, weightDecimals
	}
	return w, weightOK
}

// date reads a YYYY-MM-DD date; empty is no date.
func (p *fieldParser) date(key string) model.Date {
	d, err := model.ParseDate(strings.TrimSpace(p.f.Value(key)))
	if err != nil {
		p.fail(key, err.Error())
	}
	return d
}

func optMoneyText(m *model.Money) string {
	if m == nil {
		return ""
	}
	return m.String()
}

func moneyText(m model.Money) string {
	if m == 0 {
		return ""
	}
	return m.String()
}

func intText(i int) string {
	if i == 0 {
		return ""
	}
	return strconv.Itoa(i)
}

func optIntText(i *int) string {
	if i == nil {
		return ""
	}
	return strconv.Itoa(*i)
}

// rateText shows a rate in its field as a percentage, "19%"; 0 as an
// empty field.
func rateText(r float64) string {
	if r == 0 {
		return ""
	}
	return strconv.FormatFloat(math.Round(r*1e4)/1e2, 'f', -1, 64) + "%"
}

// optRateText is [rateText] for a rate that may be not entered; a rate of
// 0 that is entered shows as "0%".
func optRateText(r *float64) string {
	switch {
	case r == nil:
		return ""
	case *r == 0:
		return "0%"
	}
	return rateText(*r)
}

// percentText writes a rate as a percentage for people, "19 %", with at
// most two decimals.
func percentText(r float64) string {
	return fmt.Sprintf(percentFormat, strconv.FormatFloat(math.Round(r*1e4)/1e2, 'f', -1, 64))
}

// decimalText writes a factor or rate with at most four decimals and no
// trailing zeros: 1.19, 0.42.
func decimalText(f float64) string {
	return strconv.FormatFloat(math.Round(f*1e4)/1e4, 'f', -1, 64)
}

// weightText shows a weight in its field: "25", "12.5", "0".
func weightText(w float64) string { return model.FormatWeight(w) }

// splitList reads a comma-separated list, dropping empty entries.
func splitList(s string) []string {
	var out []string
	for _, part := range strings.Split(s, ",") {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}
