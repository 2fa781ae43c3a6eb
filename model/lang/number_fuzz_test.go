package lang

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// The thousands grouping is written by hand because amounts are integer
// cents: x/text formats floats (inexact beyond 2^53 cents) and places
// currency signs by CLDR rules that differ from the forms SPEC.md 5 asks
// for. FuzzGroupingMatchesXText checks the hand-written grouping against
// x/text's for English and German; BenchmarkMoney compares their speed.
func FuzzGroupingMatchesXText(f *testing.F) {
	for _, n := range []int64{0, 7, 999, 1000, 1500, -1500, 123456789, 1 << 62, -1 << 63} {
		f.Add(n)
	}
	enX, deX := message.NewPrinter(language.English), message.NewPrinter(language.German)
	en, de := NewPrinter(Locale{English, ""}), NewPrinter(Locale{German, ""})
	f.Fuzz(func(t *testing.T, n int64) {
		if got, want := en.Int(n), enX.Sprintf("%d", n); got != want {
			t.Errorf("English %d: %q, x/text %q", n, got, want)
		}
		// x/text writes a minus sign as "-" in German too.
		if got, want := de.Int(n), deX.Sprintf("%d", n); got != want {
			t.Errorf("German %d: %q, x/text %q", n, got, want)
		}
		// An amount's whole units are grouped the same way.
		units := n / 100
		if units < 0 {
			units = -units
		}
		money := de.Money(n, "")
		whole, _, _ := strings.Cut(strings.TrimPrefix(money, "-"), ",")
		if n > -1<<63 {
			if want := deX.Sprintf("%d", units); whole != want {
				t.Errorf("German amount %d: whole part %q, x/text %q", n, whole, want)
			}
		}
	})
}

func BenchmarkMoney(b *testing.B) {
	de := NewPrinter(Locale{German, ""})
	b.Run("netvet", func(b *testing.B) {
		for i := range b.N {
			_ = de.Money(int64(i)*137+300000, "EUR")
		}
	})
	deX := message.NewPrinter(language.German)
	b.Run("x-text", func(b *testing.B) {
		for i := range b.N {
			_ = deX.Sprintf("%.2f €", float64(int64(i)*137+300000)/100)
		}
	})
}
