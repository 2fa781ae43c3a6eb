package model

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// MaxMoney is the largest amount netvet accepts: a trillion major units.
// Anything larger is a typing mistake, and the limit keeps every sum netvet
// computes (fees times a horizon of up to 30 years) far from int64 overflow.
const MaxMoney Money = 1_000_000_000_000 * 100

// maxMajor is MaxMoney in major units.
const maxMajor = int64(MaxMoney / 100)

// maxShownInput is how much of a refused input an error message repeats.
const maxShownInput = 40

// MoneyProblem says why an amount was refused. Its values are sentinel errors:
// test for them with errors.Is on the error of [ParseMoney] or
// [MoneyFromJSONNumber].
type MoneyProblem int

// Reasons for refusing an amount.
const (
	// ErrMoneyEmpty means nothing but spaces (or only a currency) was given.
	ErrMoneyEmpty MoneyProblem = iota + 1
	// ErrMoneyNegative means the amount carries a minus sign.
	ErrMoneyNegative
	// ErrMoneyNotANumber means letters or other characters that are not
	// part of an amount.
	ErrMoneyNotANumber
	// ErrMoneyDecimals means more than two decimals.
	ErrMoneyDecimals
	// ErrMoneyTooLarge means more than [MaxMoney].
	ErrMoneyTooLarge
	// ErrMoneySeparators means thousands or decimal separators in
	// impossible places, such as "1.00.0" or "1,,0".
	ErrMoneySeparators
	// ErrMoneyCurrency means the amount is marked with another currency
	// than the profile's; see [ParseMoneyIn].
	ErrMoneyCurrency
)

// Error implements [error] with a short description of the problem.
func (p MoneyProblem) Error() string {
	switch p {
	case ErrMoneyEmpty:
		return msgMoneyEmpty
	case ErrMoneyNegative:
		return msgMoneyNegative
	case ErrMoneyNotANumber:
		return msgMoneyProblemNotANumber
	case ErrMoneyDecimals:
		return msgMoneyProblemDecimals
	case ErrMoneyTooLarge:
		return msgMoneyProblemTooLarge
	case ErrMoneySeparators:
		return msgMoneyProblemSeparator
	case ErrMoneyCurrency:
		return msgMoneyProblemCurrency
	}
	return msgMoneyProblemNotANumber
}

// MoneyError is the error of [ParseMoney] and [MoneyFromJSONNumber]: the
// refused input and why it was refused. It unwraps to its [MoneyProblem].
type MoneyError struct {
	Input   string
	Problem MoneyProblem
	// Given and Currency are, for ErrMoneyCurrency, the currency the input
	// was marked with and the one amounts are in.
	Given, Currency string
}

// Error implements [error] with one line a person can act on.
func (e *MoneyError) Error() string {
	in := shorten(e.Input, maxShownInput)
	switch e.Problem {
	case ErrMoneyEmpty:
		return msgMoneyEmpty
	case ErrMoneyNegative:
		return msgMoneyNegative
	case ErrMoneyDecimals:
		return fmt.Sprintf(msgMoneyDecimals, in)
	case ErrMoneyTooLarge:
		return fmt.Sprintf(msgMoneyOverflow, in, MaxMoney.Format(""))
	case ErrMoneySeparators:
		return fmt.Sprintf(msgMoneySeparator, in)
	case ErrMoneyCurrency:
		return fmt.Sprintf(msgMoneyCurrency, in, e.Given, e.Currency)
	}
	return fmt.Sprintf(msgMoneyLetters, in)
}

// Unwrap returns the [MoneyProblem], so that errors.Is(err, ErrMoneyNegative)
// works.
func (e *MoneyError) Unwrap() error { return e.Problem }

// shorten cuts s to at most n runes, marking the cut with an ellipsis.
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}

// MoneyFromMajor returns units whole units of the currency (euros, dollars)
// as Money. It is meant for literal amounts; units must lie within
// ±math.MaxInt64/100.
func MoneyFromMajor(units int64) Money { return Money(units * 100) }

// ParseMoney reads an amount the way a German or English speaker types it:
// "3000", "3000,50", "3.000,00 €", "€3,000.00", "3 000", "EUR 1.200",
// "1.234.567,89", "3.000,- €". Spaces around it and one currency sign or code
// (€, $, £, EUR, USD, GBP, CHF, Euro) before or after it are ignored; the
// amount is taken to be in the profile's currency.
//
// Separators: if both '.' and ',' occur, the last one is the decimal
// separator and the other separates thousands. If only one of them occurs, it
// separates thousands when it occurs more than once or is followed by exactly
// three digits ("1,500" is 1500), and is the decimal separator when followed
// by one or two digits ("12,5" is 12.50). Spaces and apostrophes always
// separate thousands. Thousands separators must stand between groups of
// three digits.
//
// Negative amounts, letters, more than two decimals, amounts above
// [MaxMoney] and misplaced separators are refused with a [*MoneyError].
func ParseMoney(s string) (Money, error) {
	m, _, err := parseMoney(s)
	return m, err
}

// ParseMoneyIn is [ParseMoney] for an amount in the given currency (the
// profile's): an amount marked with another currency's sign or code, such as
// "$3000" or "£3,000" in a EUR profile, is refused with ErrMoneyCurrency,
// because netvet does not convert amounts. "$" stands for any dollar.
func ParseMoneyIn(s, currency string) (Money, error) {
	m, code, err := parseMoney(s)
	if err != nil {
		return 0, err
	}
	want := strings.ToUpper(strings.TrimSpace(currency))
	if code != "" && want != "" && code != want && !(code == "USD" && isDollar(want)) {
		return 0, &MoneyError{Input: s, Problem: ErrMoneyCurrency, Given: code, Currency: want}
	}
	return m, nil
}

// isDollar reports whether the ISO 4217 code names a dollar, which "$"
// also marks (CAD, AUD, NZD, HKD, SGD…): the code ends in D and its first
// two letters are the country's.
func isDollar(code string) bool {
	switch code {
	case "USD", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "JMD", "BSD", "BBD", "BZD", "BMD", "KYD", "FJD", "GYD", "LRD", "NAD", "SBD", "SRD", "TTD", "XCD", "BND", "ZWL":
		return true
	}
	return false
}

// parseMoney is [ParseMoney] that also returns the currency code of the
// marker the amount carried, "" without one.
func parseMoney(s string) (Money, string, error) {
	body, code, neg, wholeUnits, ok := stripMoneyDecor(s)
	if !ok {
		return 0, "", &MoneyError{Input: s, Problem: ErrMoneyNotANumber}
	}
	if body == "" {
		return 0, "", &MoneyError{Input: s, Problem: ErrMoneyEmpty}
	}
	m, hasDecimals, problem := parseAmount(body)
	if problem == 0 && wholeUnits && hasDecimals {
		problem = ErrMoneySeparators
	}
	if problem == 0 && neg {
		problem = ErrMoneyNegative
	}
	if problem != 0 {
		return 0, "", &MoneyError{Input: s, Problem: problem}
	}
	return m, code, nil
}

// stripMoneyDecor removes spaces, minus signs, at most one currency marker
// and a German ",-" (no cents) from both ends of s. It returns the currency
// code of the marker ("" without one) and reports whether a minus sign or
// the ",-" was seen; ok is false when more than one currency marker was
// found.
func stripMoneyDecor(s string) (body, code string, negative, wholeUnits, ok bool) {
	body = s
	markers := 0
	for {
		body = strings.TrimSpace(body)
		if rest, cut := cutDash(body, true); cut {
			body, negative = rest, true
			continue
		}
		// ",-" and ",--" mean "no cents"; they must be recognised before
		// the trailing dash that would otherwise read as a minus sign.
		if rest, cut := cutWholeUnits(body); cut && !wholeUnits {
			body, wholeUnits = rest, true
			continue
		}
		if rest, cut := cutDash(body, false); cut {
			body, negative = rest, true
			continue
		}
		if rest, c, cut := cutMarker(body); cut {
			body, code = rest, c
			markers++
			continue
		}
		return body, code, negative, wholeUnits, markers <= 1
	}
}

// isDash reports whether r is a hyphen, minus sign or en dash.
func isDash(r rune) bool { return r == '-' || r == '−' || r == '–' }

// cutDash removes one dash from the start (or the end) of s.
func cutDash(s string, atStart bool) (string, bool) {
	if atStart {
		r, n := utf8.DecodeRuneInString(s)
		if n > 0 && isDash(r) {
			return s[n:], true
		}
		return s, false
	}
	r, n := utf8.DecodeLastRuneInString(s)
	if n > 0 && isDash(r) {
		return s[:len(s)-n], true
	}
	return s, false
}

// cutWholeUnits removes a trailing ",-", ",--", ".-" or ".--" (also with en
// dashes), the German way of writing an amount without cents.
func cutWholeUnits(s string) (string, bool) {
	rest := s
	dashes := 0
	for dashes < 2 {
		r, cut := cutDash(rest, false)
		if !cut {
			break
		}
		rest = r
		dashes++
	}
	if dashes == 0 || !(strings.HasSuffix(rest, ",") || strings.HasSuffix(rest, ".")) {
		return s, false
	}
	return rest[:len(rest)-1], true
}

// cutMarker removes one currency marker from the start or the end of s and
// returns the ISO 4217 code it stands for. The markers are the signs and
// codes of [currencySymbol] and Format, plus the word "Euro"; longer words
// come before their prefixes so that "Euros" is cut whole.
func cutMarker(s string) (rest, code string, cut bool) {
	markers := [...]struct{ text, code string }{
		{"€", "EUR"}, {"$", "USD"}, {"£", "GBP"}, {"euros", "EUR"}, {"euro", "EUR"},
		{"eur", "EUR"}, {"usd", "USD"}, {"gbp", "GBP"}, {"chf", "CHF"},
	}
	for _, m := range markers {
		if len(s) >= len(m.text) && asciiEqualFold(s[:len(m.text)], m.text) {
			return s[len(m.text):], m.code, true
		}
		if len(s) >= len(m.text) && asciiEqualFold(s[len(s)-len(m.text):], m.text) {
			return s[:len(s)-len(m.text)], m.code, true
		}
	}
	return s, "", false
}

// asciiEqualFold compares a and b ignoring the case of ASCII letters only,
// so that no Unicode folding can make a multi-byte rune match.
func asciiEqualFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// isGroupSpace reports whether r separates thousands wherever it occurs: a
// space (plain, no-break, narrow no-break or thin) or an apostrophe (Swiss
// "3'000").
func isGroupSpace(r rune) bool {
	switch r {
	case ' ', '\u00a0', '\u202f', '\u2009', '\'', '’':
		return true
	}
	return false
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

// parseAmount reads the bare number of ParseMoney: digits, '.', ',' and
// thousands spaces. It reports whether the number has a decimal part.
func parseAmount(body string) (m Money, hasDecimals bool, problem MoneyProblem) {
	rs := []rune(body)
	dots, commas := 0, 0
	lastDot, lastComma := -1, -1
	for i, r := range rs {
		switch {
		case isDigit(r), isGroupSpace(r):
		case r == '.':
			dots++
			lastDot = i
		case r == ',':
			commas++
			lastComma = i
		default:
			return 0, false, ErrMoneyNotANumber
		}
	}

	switch {
	case dots > 0 && commas > 0:
		// The last one is the decimal separator; it may occur only once.
		dec, count := lastDot, dots
		if lastComma > lastDot {
			dec, count = lastComma, commas
		}
		if count > 1 {
			return 0, false, ErrMoneySeparators
		}
		return splitAmount(rs, dec)
	case dots+commas == 1:
		if dec := max(lastDot, lastComma); !thousandsAt(rs, dec) {
			return splitAmount(rs, dec)
		}
	}
	return splitAmount(rs, -1)
}

// thousandsAt reports whether the only '.' or ',' of an amount, at index i,
// separates thousands: it is followed by exactly three digits and preceded by
// a number that does not start with 0 ("0,500" is half a unit with too many
// decimals, not 500).
func thousandsAt(rs []rune, i int) bool {
	run := 0
	for j := i + 1; j < len(rs) && isDigit(rs[j]); j++ {
		run++
	}
	return run == 3 && i > 0 && rs[0] != '0'
}

// splitAmount converts rs, whose decimal separator is at index dec (or -1 for
// none) and whose other non-digits all separate thousands.
func splitAmount(rs []rune, dec int) (Money, bool, MoneyProblem) {
	intPart, frac := rs, []rune(nil)
	if dec >= 0 {
		intPart, frac = rs[:dec], rs[dec+1:]
		if len(frac) == 0 {
			return 0, false, ErrMoneySeparators
		}
		for _, r := range frac {
			if !isDigit(r) {
				return 0, false, ErrMoneySeparators
			}
		}
		if len(frac) > 2 {
			return 0, false, ErrMoneyDecimals
		}
	}
	major, problem := parseGroups(intPart, dec >= 0)
	if problem != 0 {
		return 0, false, problem
	}
	cents := major * 100
	for i, r := range frac {
		d := int64(r - '0')
		if i == 0 {
			d *= 10
		}
		cents += d
	}
	if cents > int64(MaxMoney) {
		return 0, false, ErrMoneyTooLarge
	}
	return Money(cents), dec >= 0, 0
}

// parseGroups reads the whole units of an amount. Without separators it is a
// plain run of digits (empty only if decimals follow, as in ".5"); with them
// the first group has one to three digits, the others exactly three, and the
// first does not start with 0.
func parseGroups(rs []rune, hasDecimals bool) (int64, MoneyProblem) {
	var groups [][]rune
	start := 0
	for i, r := range rs {
		if !isDigit(r) {
			groups = append(groups, rs[start:i])
			start = i + 1
		}
	}
	groups = append(groups, rs[start:])
	if len(groups) == 1 {
		if len(rs) == 0 && !hasDecimals {
			return 0, ErrMoneySeparators
		}
	} else {
		for i, g := range groups {
			switch {
			case i == 0 && (len(g) == 0 || len(g) > 3 || g[0] == '0'):
				return 0, ErrMoneySeparators
			case i > 0 && len(g) != 3:
				return 0, ErrMoneySeparators
			}
		}
	}
	var v int64
	for _, g := range groups {
		for _, r := range g {
			v = v*10 + int64(r-'0')
			if v > maxMajor {
				return 0, ErrMoneyTooLarge
			}
		}
	}
	return v, 0
}

// magnitude returns |m| as whole units and cents; it is exact for every
// int64, including the most negative one.
func (m Money) magnitude() (major, minor uint64) {
	u := uint64(m)
	if m < 0 {
		u = -u
	}
	return u / 100, u % 100
}

// sign returns "-" for a negative amount and "" otherwise.
func (m Money) sign() string {
	if m < 0 {
		return "-"
	}
	return ""
}

// grouped writes |m| with the given thousands and decimal separators and
// always two decimals.
func (m Money) grouped(thousands, decimal byte) string {
	major, minor := m.magnitude()
	digits := strconv.FormatUint(major, 10)
	var b strings.Builder
	for i := 0; i < len(digits); i++ {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte(thousands)
		}
		b.WriteByte(digits[i])
	}
	b.WriteByte(decimal)
	b.WriteByte(byte('0' + minor/10))
	b.WriteByte(byte('0' + minor%10))
	return b.String()
}

// currencySymbol returns the sign written for an ISO currency code, or "" if
// the code has none netvet knows.
func currencySymbol(code string) string {
	switch code {
	case "EUR":
		return "€"
	case "USD":
		return "$"
	case "GBP":
		return "£"
	}
	return ""
}

// Format writes m for English readers: "€3,000.00", "$12.50", "£1.00",
// "CHF 3,000.00", and for other codes "3,000.00 XYZ". An empty currency gives
// the bare number "3,000.00". Negative amounts start with "-".
func (m Money) Format(currency string) string {
	code := strings.ToUpper(strings.TrimSpace(currency))
	num := m.grouped(',', '.')
	switch sym := currencySymbol(code); {
	case code == "":
		return m.sign() + num
	case sym != "":
		return m.sign() + sym + num
	case code == "CHF":
		return m.sign() + code + " " + num
	}
	return m.sign() + num + " " + code
}

// FormatCompact is [Money.Format] without the cents when they are zero
// ("€3,000", but "€12.50"), for tight columns.
func (m Money) FormatCompact(currency string) string {
	s := m.Format(currency)
	if m%100 == 0 {
		s = strings.Replace(s, ".00", "", 1)
	}
	return s
}

// FormatDE writes m for German readers: "3.000,00 €", "12,50 $",
// "3.000,00 CHF". An empty currency gives the bare number "3.000,00".
func (m Money) FormatDE(currency string) string {
	code := strings.ToUpper(strings.TrimSpace(currency))
	num := m.sign() + m.grouped('.', ',')
	if code == "" {
		return num
	}
	if sym := currencySymbol(code); sym != "" {
		return num + " " + sym
	}
	return num + " " + code
}

// String writes m as a plain number with a decimal point and two decimals,
// without grouping or currency ("3000.00"), as form fields show it: every
// non-negative amount up to [MaxMoney] reads back unchanged with [ParseMoney].
func (m Money) String() string {
	major, minor := m.magnitude()
	return fmt.Sprintf("%s%d.%02d", m.sign(), major, minor)
}

// JSONNumber writes m in major units with no more decimals than needed, as
// the export format wants it: "3000", "3000.5", "0.01".
func (m Money) JSONNumber() json.Number {
	major, minor := m.magnitude()
	s := m.sign() + strconv.FormatUint(major, 10)
	switch {
	case minor == 0:
	case minor%10 == 0:
		s += "." + strconv.FormatUint(minor/10, 10)
	default:
		s += fmt.Sprintf(".%02d", minor)
	}
	return json.Number(s)
}

// maxExponent bounds the exponent MoneyFromJSONNumber reads; any larger one
// already decides the outcome (too large or too many decimals).
const maxExponent = 1 << 40

// MoneyFromJSONNumber reads an amount of the export format: a JSON number in
// major units. The decimal text is read exactly, never through a float. An
// exponent is allowed if the value it gives has at most two decimals
// ("1.5e1" is 15, "100e-2" is 1, "1e-3" is refused); trailing zeros do not
// count as decimals ("3000.500" is 3000.50). Negative numbers, malformed
// numbers and amounts above [MaxMoney] are refused with a [*MoneyError].
func MoneyFromJSONNumber(n json.Number) (Money, error) {
	s := string(n)
	fail := func(p MoneyProblem) (Money, error) { return 0, &MoneyError{Input: s, Problem: p} }
	if s == "" {
		return fail(ErrMoneyEmpty)
	}
	digitsFrom := func(i int) int {
		for i < len(s) && '0' <= s[i] && s[i] <= '9' {
			i++
		}
		return i
	}
	i := 0
	neg := s[0] == '-'
	if neg {
		i++
	}
	end := digitsFrom(i)
	intDigits := s[i:end]
	if intDigits == "" || (len(intDigits) > 1 && intDigits[0] == '0') {
		return fail(ErrMoneyNotANumber)
	}
	i = end
	frac := ""
	if i < len(s) && s[i] == '.' {
		end = digitsFrom(i + 1)
		frac = s[i+1 : end]
		if frac == "" {
			return fail(ErrMoneyNotANumber)
		}
		i = end
	}
	var exp int64
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		expNeg := false
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			expNeg = s[i] == '-'
			i++
		}
		end = digitsFrom(i)
		if end == i {
			return fail(ErrMoneyNotANumber)
		}
		for _, c := range s[i:end] {
			exp = min(exp*10+int64(c-'0'), maxExponent)
		}
		if expNeg {
			exp = -exp
		}
		i = end
	}
	if i != len(s) {
		return fail(ErrMoneyNotANumber)
	}
	if neg {
		return fail(ErrMoneyNegative)
	}

	// The value in cents is digits × 10^scale.
	digits := strings.TrimLeft(intDigits+frac, "0")
	if digits == "" {
		return 0, nil
	}
	scale := exp - int64(len(frac)) + 2
	trimmed := strings.TrimRight(digits, "0")
	scale += int64(len(digits) - len(trimmed))
	digits = trimmed
	if scale < 0 {
		return fail(ErrMoneyDecimals)
	}
	// MaxMoney has 15 digits in cents.
	if int64(len(digits))+scale > 15 {
		return fail(ErrMoneyTooLarge)
	}
	v, err := strconv.ParseInt(digits, 10, 64)
	if err != nil {
		return fail(ErrMoneyTooLarge)
	}
	for ; scale > 0; scale-- {
		v *= 10
	}
	if v > int64(MaxMoney) {
		return fail(ErrMoneyTooLarge)
	}
	return Money(v), nil
}
