package lang

import (
	"math"
	"strconv"
	"strings"
	"time"
)

// nbsp keeps a number and its unit on one line: "3.000,00 €", "42 %".
const nbsp = "\u00a0"

// numberFormat is how a locale writes numbers and amounts.
type numberFormat struct {
	// group separates thousands, decimal the cents.
	group, decimal string
	// symbolFirst writes the currency before the number ("€3,000.00",
	// "€ 3.000,00"); spaced puts a no-break space between them.
	symbolFirst, spaced bool
	// percent goes between a number and "%".
	percent string
	// dateLayout writes a day.
	dateLayout string
}

// formatOf returns the number format of loc: English as netvet always
// wrote it; German "3.000,00 €" and "21.03.2026"; Austrian German "€
// 3.000,00"; Swiss German "CHF 3'000.00".
func formatOf(loc Locale) numberFormat {
	if loc.Language != German {
		return numberFormat{group: ",", decimal: ".", symbolFirst: true, dateLayout: "2006-01-02"}
	}
	f := numberFormat{group: ".", decimal: ",", spaced: true, percent: nbsp, dateLayout: "02.01.2006"}
	switch loc.Region {
	case "AT":
		f.symbolFirst = true
	case "CH", "LI":
		f.group, f.decimal, f.symbolFirst = "'", ".", true
	}
	return f
}

// currencySigns are the currencies written with a sign rather than their
// code.
var currencySigns = map[string]string{"EUR": "€", "USD": "$", "GBP": "£"}

// Money writes an amount of cents in currency (an ISO 4217 code; "" for a
// bare number): "€3,000.00" in English, "3.000,00 €" in German. Amounts
// are integers, so this is exact for every value.
func (p *Printer) Money(cents int64, currency string) string {
	f := p.fmt
	sign, num := "", f.digits(cents)
	if cents < 0 {
		sign = "-"
	}
	code := strings.ToUpper(strings.TrimSpace(currency))
	if code == "" {
		return sign + num
	}
	sym, hasSign := currencySigns[code]
	if !hasSign {
		sym = code
	}
	switch {
	case f.symbolFirst && hasSign && !f.spaced:
		return sign + sym + num
	case f.symbolFirst && !hasSign && !f.spaced:
		// English writes a code after the number, except CHF, which is
		// written first ("CHF 3,000.00"), as netvet always did.
		if code == "CHF" {
			return sign + sym + " " + num
		}
		return sign + num + " " + sym
	case f.symbolFirst:
		return sign + sym + nbsp + num
	}
	return sign + num + nbsp + sym
}

// digits writes |cents| with grouped thousands and two decimals.
func (f numberFormat) digits(cents int64) string {
	u := uint64(cents)
	if cents < 0 {
		u = uint64(-(cents + 1)) + 1
	}
	return f.grouped(strconv.FormatUint(u/100, 10)) + f.decimal + twoDigits(u%100)
}

func twoDigits(n uint64) string {
	if n < 10 {
		return "0" + strconv.FormatUint(n, 10)
	}
	return strconv.FormatUint(n, 10)
}

// grouped puts the group separator between every three digits of a string
// of digits.
func (f numberFormat) grouped(digits string) string {
	if len(digits) <= 3 {
		return digits
	}
	var b strings.Builder
	head := len(digits) % 3
	if head > 0 {
		b.WriteString(digits[:head])
	}
	for i := head; i < len(digits); i += 3 {
		if b.Len() > 0 {
			b.WriteString(f.group)
		}
		b.WriteString(digits[i : i+3])
	}
	return b.String()
}

// Int writes a quantity with grouped thousands: "1,500" / "1.500". Years,
// ids and other numbers that are not quantities are written plainly
// ([Plain]).
func (p *Printer) Int(n int64) string {
	s := strconv.FormatInt(n, 10)
	if n < 0 {
		return "-" + p.fmt.grouped(s[1:])
	}
	return p.fmt.grouped(s)
}

// Decimal writes v with prec decimals, rounded half away from zero, and
// grouped thousands: "10.1" / "10,1".
func (p *Printer) Decimal(v float64, prec int) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "?"
	}
	s := strconv.FormatFloat(roundHalfAway(v, prec), 'f', prec, 64)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, frac, _ := strings.Cut(s, ".")
	out := p.fmt.grouped(whole)
	if frac != "" {
		out += p.fmt.decimal + frac
	}
	if neg && strings.Trim(out, "0.,'") != "" {
		out = "-" + out
	}
	return out
}

// roundHalfAway rounds v to prec decimals, halves away from zero.
func roundHalfAway(v float64, prec int) float64 {
	scale := math.Pow(10, float64(prec))
	return math.Round(v*scale) / scale
}

// Hours writes a number of hours: "1,500 h" / "1.500 h".
func (p *Printer) Hours(h int64) string { return p.Int(h) + nbsp + "h" }

// Percent writes a whole percentage: "42%" / "42 %".
func (p *Printer) Percent(pct int64) string { return p.Int(pct) + p.fmt.percent + "%" }

// Date writes a calendar day: "2026-03-21" in English (as the export
// format writes it, unambiguous to every reader), "21.03.2026" in German.
// The zero time writes "".
func (p *Printer) Date(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(p.fmt.dateLayout)
}

// Cash is an amount of money as a message argument.
type Cash struct {
	Cents    int64
	Currency string
}

// Format implements [Formatter].
func (c Cash) Format(p *Printer) string { return p.Money(c.Cents, c.Currency) }

// Hours is a number of hours as a message argument.
type Hours int64

// Format implements [Formatter].
func (h Hours) Format(p *Printer) string { return p.Hours(int64(h)) }

// Percent is a whole percentage as a message argument.
type Percent int64

// Format implements [Formatter].
func (v Percent) Format(p *Printer) string { return p.Percent(int64(v)) }

// Quantity is a count or amount with grouped thousands as a message
// argument; a plain int would be grouped the same way in most places, but
// by the catalog's own rules, which differ for Austrian German.
type Quantity int64

// Format implements [Formatter].
func (q Quantity) Format(p *Printer) string { return p.Int(int64(q)) }

// Plain is a number that is not a quantity — a year, an id, a
// sequence number — as a message argument: never grouped ("2019", not
// "2.019").
type Plain int64

// Format implements [Formatter].
func (v Plain) Format(*Printer) string { return strconv.FormatInt(int64(v), 10) }

// Day is a calendar day as a message argument.
type Day time.Time

// Format implements [Formatter].
func (d Day) Format(p *Printer) string { return p.Date(time.Time(d)) }

// Fixed is a decimal number with a fixed number of decimals as a message
// argument.
type Fixed struct {
	Value    float64
	Decimals int
}

// Format implements [Formatter].
func (f Fixed) Format(p *Printer) string { return p.Decimal(f.Value, f.Decimals) }
