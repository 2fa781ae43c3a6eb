package model_test

import (
	"encoding/json"
	"errors"
	"math"
	"math/big"
	"strconv"
	"strings"
	"testing"

	"netvet/model"
)

func TestParseMoneyAccepts(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want model.Money
	}{
		{"plain whole number", "3000", 300000},
		{"zero", "0", 0},
		{"leading zeros", "007", 700},
		{"dot followed by one digit is decimal", "3000.5", 300050},
		{"comma followed by two digits is decimal", "3000,50", 300050},
		{"comma followed by one digit is decimal", "12,5", 1250},
		{"dot followed by two digits is decimal", "0.05", 5},
		{"decimals without whole units", ".5", 50},
		{"comma followed by three digits is thousands", "1,500", 150000},
		{"dot followed by three digits is thousands", "EUR 1.200", 120000},
		{"three decimals read as thousands", "3.999", 399900},
		{"repeated dot is thousands", "1.000.000", 100000000},
		{"repeated comma is thousands", "1,000,000", 100000000},
		{"both separators, comma last is decimal", "1.234.567,89", 123456789},
		{"both separators, dot last is decimal", "1,234,567.89", 123456789},
		{"both separators with one decimal", "1,000.5", 100050},
		{"german with euro sign after", "3.000,00 €", 300000},
		{"english with euro sign before", "€3,000.00", 300000},
		{"space separates thousands", "3 000", 300000},
		{"spaces and decimal comma", "3 000,50", 300050},
		{"no-break space separates thousands", "3\u00a0000", 300000},
		{"narrow no-break space separates thousands", "3\u202f000,00 €", 300000},
		{"apostrophe separates thousands", "CHF 3'000.00", 300000},
		{"spaces around", "  42  ", 4200},
		{"tabs and newlines around", "\t42\n", 4200},
		{"dollar sign", "$12.50", 1250},
		{"pound sign", "£1", 100},
		{"code before without space", "USD12.50", 1250},
		{"code after", "12.50 USD", 1250},
		{"lower-case code", "3000 chf", 300000},
		{"GBP code", "GBP 7", 700},
		{"word Euro before", "Euro 5", 500},
		{"word Euros after", "5 euros", 500},
		{"german dash for no cents", "3.000,- €", 300000},
		{"german double dash for no cents", "3.000,--", 300000},
		{"swiss en dash for no cents", "5.–", 500},
		{"largest amount", "1.000.000.000.000,00", model.MaxMoney},
		{"one cent", "0,01", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := model.ParseMoney(tt.in)
			if err != nil {
				t.Fatalf("ParseMoney(%q): %v", tt.in, err)
			}
			if got != tt.want {
				t.Errorf("ParseMoney(%q) = %d cents, want %d", tt.in, got, tt.want)
			}
		})
	}
}

func TestParseMoneyRefuses(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want model.MoneyProblem
	}{
		{"empty", "", model.ErrMoneyEmpty},
		{"only spaces", "   ", model.ErrMoneyEmpty},
		{"only a currency", "€", model.ErrMoneyEmpty},
		{"leading minus", "-5", model.ErrMoneyNegative},
		{"trailing minus", "5-", model.ErrMoneyNegative},
		{"minus before currency", "-€5", model.ErrMoneyNegative},
		{"minus after currency", "€-5", model.ErrMoneyNegative},
		{"minus sign character", "−5", model.ErrMoneyNegative},
		{"minus with space", "- 5", model.ErrMoneyNegative},
		{"minus zero", "-0", model.ErrMoneyNegative},
		{"letters", "abc", model.ErrMoneyNotANumber},
		{"trailing words", "5 apples", model.ErrMoneyNotANumber},
		{"letter inside", "12a", model.ErrMoneyNotANumber},
		{"exponent", "5e3", model.ErrMoneyNotANumber},
		{"hexadecimal", "0x10", model.ErrMoneyNotANumber},
		{"plus sign", "+5", model.ErrMoneyNotANumber},
		{"unknown currency", "3000 XYZ", model.ErrMoneyNotANumber},
		{"two currencies", "$5 USD", model.ErrMoneyNotANumber},
		{"non-ASCII digits", "٣٠٠", model.ErrMoneyNotANumber},
		{"dash inside", "1,-5", model.ErrMoneyNotANumber},
		{"four decimals after comma", "3,9999", model.ErrMoneyDecimals},
		{"three decimals after both separators", "1.000,123", model.ErrMoneyDecimals},
		{"four decimals after dot", "1.0000", model.ErrMoneyDecimals},
		{"three decimals after zero", "0.001", model.ErrMoneyDecimals},
		{"three decimals after zero with comma", "0,500", model.ErrMoneyDecimals},
		{"three decimals without whole units", ".500", model.ErrMoneyDecimals},
		{"above a trillion", "1000000000000.01", model.ErrMoneyTooLarge},
		{"above a trillion with groups", "1.000.000.000.001", model.ErrMoneyTooLarge},
		{"more than int64", "99999999999999999999999", model.ErrMoneyTooLarge},
		{"group of two after dot", "1.00.0", model.ErrMoneySeparators},
		{"double comma", "1,,0", model.ErrMoneySeparators},
		{"trailing dot", "1.", model.ErrMoneySeparators},
		{"trailing comma", "5,", model.ErrMoneySeparators},
		{"trailing decimal separator after thousands", "1.000,", model.ErrMoneySeparators},
		{"groups of two", "12.34.56", model.ErrMoneySeparators},
		{"short group after space", "1 00", model.ErrMoneySeparators},
		{"double space", "1  000", model.ErrMoneySeparators},
		{"lone dot", ".", model.ErrMoneySeparators},
		{"decimal separator twice", "1,000.000,00", model.ErrMoneySeparators},
		{"first group too long", "1000.000.000", model.ErrMoneySeparators},
		{"grouped number with leading zero", "0.000.000", model.ErrMoneySeparators},
		{"separator before decimals", ",5.00", model.ErrMoneySeparators},
		{"both separators with three decimals", ",5.000", model.ErrMoneyDecimals},
		{"space inside decimals", "1,5 0", model.ErrMoneySeparators},
		{"no-cents dash after decimals", "1,5,-", model.ErrMoneySeparators},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := model.ParseMoney(tt.in)
			if err == nil {
				t.Fatalf("ParseMoney(%q) = %d, want error %v", tt.in, got, tt.want)
			}
			if !errors.Is(err, tt.want) {
				t.Errorf("ParseMoney(%q) error %q is not %q", tt.in, err, tt.want)
			}
			var me *model.MoneyError
			if !errors.As(err, &me) || me.Input != tt.in {
				t.Errorf("ParseMoney(%q) error %#v is not a *MoneyError with the input", tt.in, err)
			}
		})
	}
}

func TestMoneyErrorMessages(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"empty says no amount", "", "no amount given"},
		{"negative says so", "-5", "an amount must not be negative"},
		{"letters quote the input", "abc", `"abc" is not an amount (use digits, for example 3000 or 3.000,00)`},
		{"decimals quote the input", "3,9999", `"3,9999" has more than two decimals`},
		{"overflow names the limit", "2000000000000", `"2000000000000" is too large (at most 1,000,000,000,000.00)`},
		{"separators quote the input", "1.00.0", `"1.00.0" has misplaced separators`},
		{"control characters are escaped", "5\x1b", `"5\x1b" is not an amount (use digits, for example 3000 or 3.000,00)`},
		{"long input is shortened", strings.Repeat("x", 50), `"` + strings.Repeat("x", 40) + `…" is not an amount (use digits, for example 3000 or 3.000,00)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := model.ParseMoney(tt.in)
			if err == nil || err.Error() != tt.want {
				t.Errorf("ParseMoney(%q) error = %v, want %q", tt.in, err, tt.want)
			}
		})
	}
}

func TestMoneyProblemText(t *testing.T) {
	tests := []struct {
		problem model.MoneyProblem
		want    string
	}{
		{model.ErrMoneyEmpty, "no amount given"},
		{model.ErrMoneyNegative, "an amount must not be negative"},
		{model.ErrMoneyNotANumber, "not an amount"},
		{model.ErrMoneyDecimals, "more than two decimals"},
		{model.ErrMoneyTooLarge, "amount too large"},
		{model.ErrMoneySeparators, "misplaced separators"},
	}
	for _, tt := range tests {
		if got := tt.problem.Error(); got != tt.want {
			t.Errorf("MoneyProblem(%d).Error() = %q, want %q", int(tt.problem), got, tt.want)
		}
	}
}

func TestMoneyFormat(t *testing.T) {
	tests := []struct {
		name     string
		m        model.Money
		currency string
		en, de   string
	}{
		{"euro sign before in English, after in German", 300000, "EUR", "€3,000.00", "3.000,00 €"},
		{"dollar sign", 1250, "USD", "$12.50", "12,50 $"},
		{"pound sign", 100, "GBP", "£1.00", "1,00 £"},
		{"swiss franc code before in English", 300000, "CHF", "CHF 3,000.00", "3.000,00 CHF"},
		{"unknown code after", 300000, "XYZ", "3,000.00 XYZ", "3.000,00 XYZ"},
		{"code is case-insensitive", 300000, " eur ", "€3,000.00", "3.000,00 €"},
		{"no currency", 123456789, "", "1,234,567.89", "1.234.567,89"},
		{"zero", 0, "EUR", "€0.00", "0,00 €"},
		{"one cent", 1, "EUR", "€0.01", "0,01 €"},
		{"below a thousand has no separator", 99999, "EUR", "€999.99", "999,99 €"},
		{"largest amount", model.MaxMoney, "EUR", "€1,000,000,000,000.00", "1.000.000.000.000,00 €"},
		{"negative", -1250, "EUR", "-€12.50", "-12,50 €"},
		{"most negative int64", model.Money(math.MinInt64), "", "-92,233,720,368,547,758.08", "-92.233.720.368.547.758,08"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.m.Format(tt.currency); got != tt.en {
				t.Errorf("Format(%q) = %q, want %q", tt.currency, got, tt.en)
			}
			if got := tt.m.FormatDE(tt.currency); got != tt.de {
				t.Errorf("FormatDE(%q) = %q, want %q", tt.currency, got, tt.de)
			}
		})
	}
}

func TestMoneyStringAndJSONNumber(t *testing.T) {
	tests := []struct {
		name       string
		m          model.Money
		str, jsonN string
	}{
		{"whole amount", 300000, "3000.00", "3000"},
		{"one decimal", 300050, "3000.50", "3000.5"},
		{"two decimals", 300055, "3000.55", "3000.55"},
		{"one cent", 1, "0.01", "0.01"},
		{"ten cents", 10, "0.10", "0.1"},
		{"zero", 0, "0.00", "0"},
		{"negative", -1250, "-12.50", "-12.5"},
		{"most negative int64", model.Money(math.MinInt64), "-92233720368547758.08", "-92233720368547758.08"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.m.String(); got != tt.str {
				t.Errorf("String() = %q, want %q", got, tt.str)
			}
			if got := tt.m.JSONNumber(); string(got) != tt.jsonN {
				t.Errorf("JSONNumber() = %q, want %q", got, tt.jsonN)
			}
		})
	}
}

func TestMoneyFromMajor(t *testing.T) {
	if got := model.MoneyFromMajor(3000); got != 300000 {
		t.Errorf("MoneyFromMajor(3000) = %d, want 300000", got)
	}
	if got := model.MoneyFromMajor(-2); got != -200 {
		t.Errorf("MoneyFromMajor(-2) = %d, want -200", got)
	}
}

// TestMoneyRoundTrip checks that every way netvet writes an amount reads
// back to the same amount.
func TestMoneyRoundTrip(t *testing.T) {
	amounts := []model.Money{0, 1, 10, 99, 100, 1250, 99999, 100000, 150000, 300050, 123456789, 100000000000, model.MaxMoney}
	writers := []struct {
		name  string
		write func(model.Money) string
	}{
		{"String", model.Money.String},
		{"Format EUR", func(m model.Money) string { return m.Format("EUR") }},
		{"Format USD", func(m model.Money) string { return m.Format("USD") }},
		{"Format GBP", func(m model.Money) string { return m.Format("GBP") }},
		{"Format CHF", func(m model.Money) string { return m.Format("CHF") }},
		{"Format without currency", func(m model.Money) string { return m.Format("") }},
		{"FormatDE EUR", func(m model.Money) string { return m.FormatDE("EUR") }},
		{"FormatDE CHF", func(m model.Money) string { return m.FormatDE("CHF") }},
		{"FormatDE without currency", func(m model.Money) string { return m.FormatDE("") }},
	}
	for _, w := range writers {
		t.Run(w.name, func(t *testing.T) {
			for _, m := range amounts {
				s := w.write(m)
				got, err := model.ParseMoney(s)
				if err != nil || got != m {
					t.Errorf("ParseMoney(%q) = %d, %v; want %d", s, got, err, m)
				}
			}
		})
	}
	t.Run("JSONNumber", func(t *testing.T) {
		for _, m := range amounts {
			n := m.JSONNumber()
			got, err := model.MoneyFromJSONNumber(n)
			if err != nil || got != m {
				t.Errorf("MoneyFromJSONNumber(%q) = %d, %v; want %d", n, got, err, m)
			}
		}
	})
}

func TestMoneyFromJSONNumberAccepts(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want model.Money
	}{
		{"zero", "0", 0},
		{"whole number", "3000", 300000},
		{"one decimal", "3000.5", 300050},
		{"one cent", "0.01", 1},
		{"trailing zeros are not decimals", "3000.500", 300050},
		{"zero with decimals", "0.000", 0},
		{"positive exponent", "1.5e1", 1500},
		{"upper-case exponent", "1E2", 10000},
		{"explicit plus exponent", "1e+2", 10000},
		{"negative exponent resolving to whole units", "100e-2", 100},
		{"negative exponent resolving to two decimals", "1.10e-1", 11},
		{"exponent moving decimals into cents", "1.2345e2", 12345},
		{"zero with a huge exponent", "0e999999999999999999", 0},
		{"largest amount", "1e12", model.MaxMoney},
		{"largest amount written out", "1000000000000.00", model.MaxMoney},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := model.MoneyFromJSONNumber(json.Number(tt.in))
			if err != nil {
				t.Fatalf("MoneyFromJSONNumber(%q): %v", tt.in, err)
			}
			if got != tt.want {
				t.Errorf("MoneyFromJSONNumber(%q) = %d, want %d", tt.in, got, tt.want)
			}
			if want, ok := ratCents(tt.in); ok && want != int64(tt.want) {
				t.Errorf("table is wrong: exact value of %q is %d cents", tt.in, want)
			}
		})
	}
}

func TestMoneyFromJSONNumberRefuses(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want model.MoneyProblem
	}{
		{"empty", "", model.ErrMoneyEmpty},
		{"negative", "-5", model.ErrMoneyNegative},
		{"negative zero", "-0", model.ErrMoneyNegative},
		{"three decimals", "1.234", model.ErrMoneyDecimals},
		{"one tenth of a cent", "0.001", model.ErrMoneyDecimals},
		{"exponent leaving three decimals", "1e-3", model.ErrMoneyDecimals},
		{"huge negative exponent", "1e-99999999999999999999", model.ErrMoneyDecimals},
		{"above a trillion", "1000000000000.01", model.ErrMoneyTooLarge},
		{"exponent above a trillion", "1e13", model.ErrMoneyTooLarge},
		{"huge exponent", "1e99999999999999999999", model.ErrMoneyTooLarge},
		{"more digits than int64", "123456789012345678901234567890", model.ErrMoneyTooLarge},
		{"letters", "abc", model.ErrMoneyNotANumber},
		{"leading zero", "01", model.ErrMoneyNotANumber},
		{"trailing dot", "1.", model.ErrMoneyNotANumber},
		{"leading dot", ".5", model.ErrMoneyNotANumber},
		{"exponent without digits", "1e", model.ErrMoneyNotANumber},
		{"plus sign", "+1", model.ErrMoneyNotANumber},
		{"trailing space", "1 ", model.ErrMoneyNotANumber},
		{"decimal comma", "1,5", model.ErrMoneyNotANumber},
		{"not a number", "NaN", model.ErrMoneyNotANumber},
		{"infinity", "Infinity", model.ErrMoneyNotANumber},
		{"only a minus", "-", model.ErrMoneyNotANumber},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := model.MoneyFromJSONNumber(json.Number(tt.in))
			if err == nil {
				t.Fatalf("MoneyFromJSONNumber(%q) = %d, want error %v", tt.in, got, tt.want)
			}
			if !errors.Is(err, tt.want) {
				t.Errorf("MoneyFromJSONNumber(%q) error %q is not %q", tt.in, err, tt.want)
			}
		})
	}
}

// ratCents is the exact value of the JSON number s in cents, computed with
// math/big as an independent check; ok is false if it is not a whole number
// of cents within int64, s has an exponent too large to compute, or s has
// characters that cannot occur in a JSON number (big.Rat also reads
// fractions, hexadecimal and binary exponents).
func ratCents(s string) (int64, bool) {
	if strings.Trim(s, "0123456789.eE+-") != "" {
		return 0, false
	}
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		e, err := strconv.Atoi(s[i+1:])
		if err != nil || e > 100 || e < -100 {
			return 0, false
		}
	}
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		return 0, false
	}
	r.Mul(r, big.NewRat(100, 1))
	if !r.IsInt() || !r.Num().IsInt64() {
		return 0, false
	}
	return r.Num().Int64(), true
}

func FuzzParseMoney(f *testing.F) {
	for _, s := range []string{"3000", "3.000,00 €", "€3,000.00", "1,500", "12,5", "3 000", "-5", "1.00.0", "3,9999", "3.000,- €", "CHF 3'000.00", ".5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := model.ParseMoney(s)
		if err != nil {
			var me *model.MoneyError
			if !errors.As(err, &me) || !errors.Is(err, me.Problem) || err.Error() == "" {
				t.Fatalf("ParseMoney(%q) error %#v is not a usable *MoneyError", s, err)
			}
			return
		}
		if m < 0 || m > model.MaxMoney {
			t.Fatalf("ParseMoney(%q) = %d, outside 0..MaxMoney", s, m)
		}
		for _, out := range []string{m.String(), m.Format("EUR"), m.FormatDE("EUR"), m.Format("CHF")} {
			back, err := model.ParseMoney(out)
			if err != nil || back != m {
				t.Fatalf("ParseMoney(%q) = %d; %q reads back as %d, %v", s, m, out, back, err)
			}
		}
		back, err := model.MoneyFromJSONNumber(m.JSONNumber())
		if err != nil || back != m {
			t.Fatalf("ParseMoney(%q) = %d; JSON %q reads back as %d, %v", s, m, m.JSONNumber(), back, err)
		}
	})
}

func FuzzMoneyFromJSONNumber(f *testing.F) {
	for _, s := range []string{"0", "3000.5", "0.01", "1.5e1", "100e-2", "1e-3", "-5", "1e13", "01", "1.10e-1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := model.MoneyFromJSONNumber(json.Number(s))
		want, exact := ratCents(s)
		isJSONNumber := json.Valid([]byte(s)) && strings.TrimSpace(s) == s && s != "" && (s[0] == '-' || ('0' <= s[0] && s[0] <= '9'))
		if err != nil {
			if isJSONNumber && exact && want >= 0 && want <= int64(model.MaxMoney) && !strings.HasPrefix(s, "-") {
				t.Fatalf("MoneyFromJSONNumber(%q) refused a valid amount of %d cents: %v", s, want, err)
			}
			return
		}
		if !isJSONNumber {
			t.Fatalf("MoneyFromJSONNumber(%q) = %d, but it is not a JSON number", s, m)
		}
		if exact && want != int64(m) {
			t.Fatalf("MoneyFromJSONNumber(%q) = %d, exact value is %d cents", s, m, want)
		}
		if m < 0 || m > model.MaxMoney {
			t.Fatalf("MoneyFromJSONNumber(%q) = %d, outside 0..MaxMoney", s, m)
		}
	})
}

func TestMoneyFormatCompact(t *testing.T) {
	for _, tc := range []struct {
		m    model.Money
		cur  string
		want string
	}{
		{300000, "EUR", "€3,000"},
		{1250, "EUR", "€12.50"},
		{0, "EUR", "€0"},
		{300000, "CHF", "CHF 3,000"},
		{-500, "USD", "-$5"},
		{100001, "XYZ", "1,000.01 XYZ"},
	} {
		if got := tc.m.FormatCompact(tc.cur); got != tc.want {
			t.Errorf("FormatCompact(%d, %s) = %q, want %q", tc.m, tc.cur, got, tc.want)
		}
	}
}

func TestParseMoneyInRefusesAnotherCurrency(t *testing.T) {
	cases := []struct {
		in, currency string
		want         model.Money
		err          string
	}{
		{"$3000", "EUR", 0, `"$3000" is in USD, but your amounts are in EUR (netvet does not convert amounts; enter it in EUR)`},
		{"£3,000", "EUR", 0, `"£3,000" is in GBP, but your amounts are in EUR (netvet does not convert amounts; enter it in EUR)`},
		{"3.000 CHF", "EUR", 0, `"3.000 CHF" is in CHF, but your amounts are in EUR (netvet does not convert amounts; enter it in EUR)`},
		{"€3,000", "CHF", 0, `"€3,000" is in EUR, but your amounts are in CHF (netvet does not convert amounts; enter it in CHF)`},
		{"3.000,00 €", "EUR", 300000, ""},
		{"EUR 1.200", "EUR", 120000, ""},
		{"3000 Euro", "EUR", 300000, ""},
		{"$3000", "USD", 300000, ""},
		{"$3000", "CAD", 300000, ""},
		{"£3,000", "GBP", 300000, ""},
		{"CHF 3'000", "CHF", 300000, ""},
		{"3000", "JPY", 300000, ""},
	}
	for _, c := range cases {
		got, err := model.ParseMoneyIn(c.in, c.currency)
		switch {
		case c.err != "" && (err == nil || err.Error() != c.err):
			t.Errorf("ParseMoneyIn(%q, %s) = %v, %v; want error %s", c.in, c.currency, got, err, c.err)
		case c.err != "" && !errors.Is(err, model.ErrMoneyCurrency):
			t.Errorf("ParseMoneyIn(%q, %s): error does not unwrap to ErrMoneyCurrency", c.in, c.currency)
		case c.err == "" && (err != nil || got != c.want):
			t.Errorf("ParseMoneyIn(%q, %s) = %v, %v; want %v", c.in, c.currency, got, err, c.want)
		}
	}
}
