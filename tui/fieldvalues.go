package tui

import (
	"errors"
	"fmt"
	"math"
	"netvet/model"
	"strconv"
	"strings"
)

// Values in form fields: fieldParser reads what was typed into a model
// value, marking the fields it cannot read; the *Text functions write a
// model value into a field, an unknown or zero value as an empty field.

// fieldParser reads typed values out of a form, marking fields it cannot
// read; bad records whether any field was wrong.
type fieldParser struct {
	f   *form
	bad bool
	// other holds messages about values the form does not show, so that
	// they can go to the status line instead of vanishing.
	other []string
}

// problem is what the status line says after a refused submit.
func (p *fieldParser) problem() string {
	if len(p.other) > 0 {
		return p.other[0]
	}
	return statusFixFields
}

func (p *fieldParser) fail(key, msg string) {
	p.f.SetError(key, msg)
	p.bad = true
}

func (p *fieldParser) money(key string) model.Money {
	v := strings.TrimSpace(p.f.Value(key))
	if v == "" {
		return 0
	}
	m, err := model.ParseMoney(v)
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
		shown := false
		for i := range p.f.fields {
			if p.f.fields[i].key == fe.Field {
				shown = true
				if p.f.fields[i].err == "" {
					p.f.fields[i].err = fe.Msg
				}
			}
		}
		if !shown {
			p.other = append(p.other, fe.Error())
		}
	}
}

// rate reads a tax rate typed as 42, 42% or 0.42 (a comma works as the
// decimal separator too); values of 1 and more are percentages.
func (p *fieldParser) rate(key string) float64 {
	v := strings.TrimSpace(p.f.Value(key))
	if v == "" {
		return 0
	}
	pct := strings.HasSuffix(v, "%")
	num := strings.TrimSpace(strings.ReplaceAll(strings.TrimSuffix(v, "%"), ",", "."))
	r, err := strconv.ParseFloat(num, 64)
	if err != nil || r < 0 {
		p.fail(key, fmt.Sprintf(errNotPercent, v))
		return 0
	}
	if pct || r >= 1 {
		r /= 100
	}
	return r
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

// rateText shows a tax rate as a percentage.
func rateText(r float64) string {
	if r == 0 {
		return ""
	}
	return strconv.FormatFloat(math.Round(r*1e4)/1e2, 'f', -1, 64) + "%"
}

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
