package model

import (
	"encoding/json"
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"
)

// Amount is a computed money figure that may be unknown: SPEC.md 1 says a
// figure that depends on something not entered is unknown, never 0. Every
// derived figure that can be unknown is an Amount from the model to the
// screen; values the user enters keep the *Money of the stored format (nil
// is "not entered"), and [AmountOf] turns one into an Amount.
type Amount struct {
	Value Money
	Known bool
}

// KnownAmount returns m as a known Amount.
func KnownAmount(m Money) Amount { return Amount{Value: m, Known: true} }

// AmountOf returns the entered value m, unknown when it is nil.
func AmountOf(m *Money) Amount {
	if m == nil {
		return Amount{}
	}
	return KnownAmount(*m)
}

// Plus is a + b, unknown when either is.
func (a Amount) Plus(b Amount) Amount {
	if !a.Known || !b.Known {
		return Amount{}
	}
	return KnownAmount(a.Value + b.Value)
}

// Minus is a − b, unknown when either is.
func (a Amount) Minus(b Amount) Amount {
	if !a.Known || !b.Known {
		return Amount{}
	}
	return KnownAmount(a.Value - b.Value)
}

// Format writes a known amount as [Money.Format] does and an unknown one as
// [UnknownFigure].
func (a Amount) Format(currency string) string {
	if !a.Known {
		return UnknownFigure
	}
	return a.Value.Format(currency)
}

// JSONNumber returns the amount as the export format writes money, or nil
// (JSON null) when it is unknown.
func (a Amount) JSONNumber() *json.Number {
	if !a.Known {
		return nil
	}
	n := a.Value.JSONNumber()
	return &n
}

// Months is a number of months to two decimals, rounded half away from
// zero, or unknown. Screens, reports and the command line all show the two
// decimals, so a figure on paper is the figure on screen.
type Months struct {
	// Hundredths is the number of months × 100.
	Hundredths int64
	Known      bool
}

// Float returns the months as a float, for display and sorting only.
func (m Months) Float() float64 { return float64(m.Hundredths) / 100 }

// String writes the months with two decimals, "20.79", or
// [UnknownFigure].
func (m Months) String() string {
	if !m.Known {
		return UnknownFigure
	}
	return Money(m.Hundredths).String()
}

// JSON returns the months as a JSON number with at most two decimals, or
// nil (null) when unknown.
func (m Months) JSON() *json.Number {
	if !m.Known {
		return nil
	}
	n := Money(m.Hundredths).JSONNumber()
	return &n
}

// ratio is an exact non-negative fraction num/den, den > 0. Rates (tax,
// VAT, margins) are floats in the stored format; ratioOf reads a float as
// the shortest decimal that prints as it, which is the number the user
// typed ("0.42" is 42/100), so factors derived from it are exact.
type ratio struct{ num, den int64 }

// one is the ratio 1.
var one = ratio{1, 1}

// ratioOf returns the exact decimal value of f ≥ 0 as a ratio. Values with
// more than 17 decimals (which no form accepts) are taken to 17 decimals.
func ratioOf(f float64) ratio {
	r, _ := exactRatio(f)
	return r
}

// exactRatio is [ratioOf], and whether the ratio is f's decimal exactly
// (false when decimals were cut or f is too large).
func exactRatio(f float64) (ratio, bool) {
	if !(f > 0) || math.IsInf(f, 0) {
		return ratio{0, 1}, f == 0
	}
	s := strconv.FormatFloat(f, 'f', -1, 64)
	whole, frac, _ := strings.Cut(s, ".")
	exact := len(frac) <= 17
	if !exact {
		frac = frac[:17]
	}
	den := int64(1)
	for range len(frac) {
		den *= 10
	}
	w, err1 := strconv.ParseInt(whole, 10, 64)
	fr, err2 := int64(0), error(nil)
	if frac != "" {
		fr, err2 = strconv.ParseInt(frac, 10, 64)
	}
	hi, lo := bits.Mul64(uint64(w), uint64(den))
	if err1 != nil || err2 != nil || hi != 0 || lo > math.MaxInt64-uint64(fr) {
		return ratio{math.MaxInt64, 1}, false
	}
	return ratio{int64(lo) + fr, den}, exact
}

// isZero reports whether r is 0.
func (r ratio) isZero() bool { return r.num == 0 }

// onePlus is 1 + r.
func (r ratio) onePlus() ratio { return ratio{r.den + r.num, r.den} }

// inverseOfOneMinus is 1 / (1 − r); r must be below 1.
func (r ratio) inverseOfOneMinus() ratio { return ratio{r.den, r.den - r.num} }

// mulRound returns v × the product of the factors, rounded half away from
// zero once at the end: exact, clamped to the int64 range. The product of
// the factors' numerators and denominators is taken in 64 bits when it
// fits (it does for rates of a few decimals), else through big integers.
func mulRound(v int64, factors ...ratio) int64 {
	num, den := int64(1), int64(1)
	for _, f := range factors {
		if f.num == f.den {
			continue
		}
		n, okN := mul64(num, f.num)
		d, okD := mul64(den, f.den)
		if !okN || !okD {
			return mulRoundBig(v, factors)
		}
		num, den = n, d
	}
	if num == den {
		return v
	}
	return mulDivRound(v, num, den)
}

// mul64 is a × b for a, b ≥ 0, and whether it fits in an int64.
func mul64(a, b int64) (int64, bool) {
	hi, lo := bits.Mul64(uint64(a), uint64(b))
	return int64(lo), hi == 0 && lo <= math.MaxInt64
}

// mulRoundBig is [mulRound] through big integers.
func mulRoundBig(v int64, factors []ratio) int64 {
	num, den := big.NewInt(v), big.NewInt(1)
	for _, f := range factors {
		num.Mul(num, big.NewInt(f.num))
		den.Mul(den, big.NewInt(f.den))
	}
	return roundQuo(num, den)
}

// roundQuo returns num / den rounded half away from zero and clamped to the
// int64 range; den must not be 0.
func roundQuo(num, den *big.Int) int64 {
	q, r := new(big.Int).QuoRem(num, den, new(big.Int))
	twice := r.Abs(r)
	twice.Lsh(twice, 1)
	if twice.CmpAbs(den) >= 0 {
		if num.Sign()*den.Sign() < 0 {
			q.Sub(q, big.NewInt(1))
		} else {
			q.Add(q, big.NewInt(1))
		}
	}
	switch {
	case q.IsInt64():
		return q.Int64()
	case q.Sign() > 0:
		return math.MaxInt64
	default:
		return math.MinInt64
	}
}

// mulDivRound returns a × b / c rounded half away from zero, exact and
// clamped to the int64 range; c must not be 0. The common case, a product
// within 128 bits and a quotient within 64, takes no allocation.
func mulDivRound(a, b, c int64) int64 {
	neg := (a < 0) != (b < 0) != (c < 0)
	ua, ub, uc := absU(a), absU(b), absU(c)
	hi, lo := bits.Mul64(ua, ub)
	if hi >= uc {
		return roundQuo(new(big.Int).Mul(big.NewInt(a), big.NewInt(b)), big.NewInt(c))
	}
	q, r := bits.Div64(hi, lo, uc)
	// Round half away from zero: 2r ≥ c moves q one step away from zero.
	if r >= uc-r {
		q++
	}
	switch {
	case q <= math.MaxInt64 && neg:
		return -int64(q)
	case q <= math.MaxInt64:
		return int64(q)
	case neg:
		return math.MinInt64
	}
	return math.MaxInt64
}

func absU(v int64) uint64 {
	if v < 0 {
		return uint64(-(v + 1)) + 1
	}
	return uint64(v)
}
