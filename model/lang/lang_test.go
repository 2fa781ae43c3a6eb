package lang

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestParseReadsTheEnvironmentsWayOfWritingALocale(t *testing.T) {
	cases := []struct {
		in   string
		want Locale
		ok   bool
	}{
		{"de", Locale{German, ""}, true},
		{"de_DE.UTF-8", Locale{German, "DE"}, true},
		{"de-AT", Locale{German, "AT"}, true},
		{"de_CH.utf8@euro", Locale{German, "CH"}, true},
		{"en_GB.UTF-8", Locale{English, "GB"}, true},
		{"EN", Locale{English, ""}, true},
		{"C", Locale{}, false},
		{"POSIX", Locale{}, false},
		{"fr_FR.UTF-8", Locale{}, false},
		{"", Locale{}, false},
	}
	for _, c := range cases {
		got, ok := Parse(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("Parse(%q) = %v, %v; want %v, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestChooseFollowsFlagThenProfileThenEnvironment(t *testing.T) {
	env := func(vars map[string]string) func(string) string { return func(k string) string { return vars[k] } }
	cases := []struct {
		name          string
		flag, profile string
		env           map[string]string
		want          Locale
	}{
		{"nothing set is English", "", "", nil, Locale{English, ""}},
		{"LANG=de_DE is German", "", "", map[string]string{"LANG": "de_DE.UTF-8"}, Locale{German, "DE"}},
		{"LC_ALL before LC_MESSAGES before LANG", "", "", map[string]string{"LC_ALL": "de_AT.UTF-8", "LC_MESSAGES": "en_US", "LANG": "en_US"}, Locale{German, "AT"}},
		{"LC_MESSAGES before LANG", "", "", map[string]string{"LC_MESSAGES": "de_CH", "LANG": "en_US"}, Locale{German, "CH"}},
		{"the first that is set decides, even C", "", "", map[string]string{"LC_ALL": "C", "LANG": "de_DE"}, Locale{English, ""}},
		{"the profile before the environment", "", "en", map[string]string{"LANG": "de_DE"}, Locale{English, ""}},
		{"the profile's German takes the environment's region", "", "de", map[string]string{"LANG": "de_AT.UTF-8"}, Locale{German, "AT"}},
		{"the flag before the profile", "de", "en", nil, Locale{German, ""}},
		{"the flag before everything", "en", "de", map[string]string{"LANG": "de_DE"}, Locale{English, ""}},
		{"a flag with a region keeps it", "de-CH", "", map[string]string{"LANG": "de_AT"}, Locale{German, "CH"}},
	}
	for _, c := range cases {
		if got := Choose(c.flag, c.profile, env(c.env)); got != c.want {
			t.Errorf("%s: Choose = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestMoneyFollowsTheLocale(t *testing.T) {
	cases := []struct {
		loc      Locale
		cents    int64
		currency string
		want     string
	}{
		{Locale{English, ""}, 300000, "EUR", "€3,000.00"},
		{Locale{English, ""}, 1250, "USD", "$12.50"},
		{Locale{English, ""}, 300000, "CHF", "CHF 3,000.00"},
		{Locale{English, ""}, 300000, "JPY", "3,000.00 JPY"},
		{Locale{English, ""}, -123456789, "EUR", "-€1,234,567.89"},
		{Locale{English, ""}, 5, "", "0.05"},
		{Locale{German, ""}, 300000, "EUR", "3.000,00\u00a0€"},
		{Locale{German, "DE"}, 123456789, "EUR", "1.234.567,89\u00a0€"},
		{Locale{German, ""}, 300000, "CHF", "3.000,00\u00a0CHF"},
		{Locale{German, ""}, -5000, "EUR", "-50,00\u00a0€"},
		{Locale{German, "AT"}, 300000, "EUR", "€\u00a03.000,00"},
		{Locale{German, "CH"}, 300000, "CHF", "CHF\u00a03'000.00"},
		{Locale{German, "CH"}, 99, "CHF", "CHF\u00a00.99"},
		{Locale{English, ""}, -9223372036854775808, "", "-92,233,720,368,547,758.08"},
	}
	for _, c := range cases {
		if got := NewPrinter(c.loc).Money(c.cents, c.currency); got != c.want {
			t.Errorf("%v: Money(%d, %q) = %q, want %q", c.loc, c.cents, c.currency, got, c.want)
		}
	}
}

func TestNumbersDatesAndUnitsFollowTheLocale(t *testing.T) {
	en, de := NewPrinter(Locale{English, ""}), NewPrinter(Locale{German, ""})
	day := time.Date(2026, time.March, 21, 0, 0, 0, 0, time.UTC)
	checks := []struct{ got, want string }{
		{en.Hours(1500), "1,500\u00a0h"},
		{de.Hours(1500), "1.500\u00a0h"},
		{en.Percent(42), "42%"},
		{de.Percent(42), "42\u00a0%"},
		{en.Int(1234567), "1,234,567"},
		{de.Int(-1500), "-1.500"},
		{en.Decimal(10.05, 1), "10.1"},
		{de.Decimal(20.791, 2), "20,79"},
		{de.Decimal(12345.5, 1), "12.345,5"},
		{de.Decimal(-0.04, 1), "0,0"},
		{en.Date(day), "2026-03-21"},
		{de.Date(day), "21.03.2026"},
		{de.Render(M("%s", Plain(2019))), "2019"},
	}
	for i, c := range checks {
		if c.got != c.want {
			t.Errorf("check %d: %q, want %q", i, c.got, c.want)
		}
	}
}

func TestRegisteredMessagesRenderInEachLanguageWithPlurals(t *testing.T) {
	const years, since, nested Key = "lang.test.years", "lang.test.since", "lang.test.nested"
	Register(Catalog{
		years:  {En: "%d years", EnOne: "1 year", De: "%d Jahre", DeOne: "1 Jahr"},
		since:  {En: "member since %s, paid %s", De: "Mitglied seit %s, %s bezahlt"},
		nested: {En: "Reason: %s", De: "Grund: %s"},
	})
	en, de := NewPrinter(Locale{English, ""}), NewPrinter(Locale{German, ""})
	checks := []struct{ got, want string }{
		{en.T(years, 1), "1 year"},
		{en.T(years, 3), "3 years"},
		{de.T(years, 1), "1 Jahr"},
		{de.T(years, 3), "3 Jahre"},
		{de.T(since, Plain(2019), Cash{300000, "EUR"}), "Mitglied seit 2019, 3.000,00\u00a0€ bezahlt"},
		{en.T(since, Plain(2019), Cash{300000, "EUR"}), "member since 2019, paid €3,000.00"},
		{de.T(nested, M(years, 1)), "Grund: 1 Jahr"},
		{M(years, 2).String(), "2 years"},
		{de.T("lang.test.unknown"), "lang.test.unknown"},
	}
	for i, c := range checks {
		if c.got != c.want {
			t.Errorf("check %d: %q, want %q", i, c.got, c.want)
		}
	}
}

func TestCheckTextFindsWhatATranslationGetsWrong(t *testing.T) {
	cases := []struct {
		name string
		text Text
		want string
	}{
		{"both languages and the same placeholders", Text{En: "%s has %d", De: "%[2]d bei %[1]s"}, ""},
		{"German missing", Text{En: "Save"}, "no German text"},
		{"English missing", Text{De: "Speichern"}, "no English text"},
		{"a German placeholder English lacks", Text{En: "Saved", De: "%s gespeichert"}, "placeholders"},
		{"a placeholder German lacks", Text{En: "%d left", De: "übrig"}, "placeholders"},
		{"a different verb", Text{En: "%d left", De: "%s übrig"}, "placeholders"},
		{"a singular that uses an argument the plural lacks", Text{En: "%d more", EnOne: "one more of %s", De: "%d weitere", DeOne: "ein weiteres"}, "English singular uses 1:s"},
		{"a singular in one language only", Text{En: "%d more", EnOne: "one more", De: "%d weitere"}, "one language only"},
		{"du", Text{En: "Enter your income", De: "Gib dein Einkommen ein"}, `says "dein"`},
		{"Du at the start", Text{En: "You", De: "Du bist"}, `says "Du"`},
		{"Sie is right", Text{En: "Enter your income", De: "Geben Sie Ihr Einkommen ein"}, ""},
		{"a word that contains du is fine", Text{En: "Products", De: "Produkte und Dubletten"}, ""},
		{"%% is no placeholder", Text{En: "100%%", De: "100 %%"}, ""},
	}
	for _, c := range cases {
		got := strings.Join(CheckText("k", c.text), "; ")
		if c.want == "" && got != "" || c.want != "" && !strings.Contains(got, c.want) {
			t.Errorf("%s: CheckText = %q, want %q", c.name, got, c.want)
		}
	}
}

func TestSortByNameUsesTheLanguagesCollation(t *testing.T) {
	names := []string{"Zunftkreis", "bäckerrunde", "Bäckerrunde", "Ärztenetz", "Apfel", "Zeta", "Arzt"}
	for _, loc := range []Locale{{German, ""}, {English, ""}} {
		got := append([]string(nil), names...)
		SortByName(NewPrinter(loc), got, func(s string) string { return s })
		want := []string{"Apfel", "Arzt", "Ärztenetz", "bäckerrunde", "Bäckerrunde", "Zeta", "Zunftkreis"}
		if strings.Join(got, ",") != strings.Join(want, ",") {
			t.Errorf("%v: sorted %v, want %v", loc, got, want)
		}
	}
}

func TestErrorsAreSaidInThePrintersLanguage(t *testing.T) {
	const open, locked Key = "lang.test.open", "lang.test.locked"
	Register(Catalog{
		open:   {En: "cannot open %q: %s", De: "%q lässt sich nicht öffnen: %s"},
		locked: {En: "another netvet has it open", De: "ein anderes netvet hat sie geöffnet"},
	})
	sentinel := Errorf(locked)
	err := Errorf(open, "a.db", sentinel)
	de := NewPrinter(Locale{German, ""})
	if got, want := de.Error(err), `"a.db" lässt sich nicht öffnen: ein anderes netvet hat sie geöffnet`; got != want {
		t.Errorf("German: %q, want %q", got, want)
	}
	if got, want := err.Error(), `cannot open "a.db": another netvet has it open`; got != want {
		t.Errorf("English: %q, want %q", got, want)
	}
	if !errors.Is(err, sentinel) {
		t.Error("the error does not wrap its error argument")
	}
	plain := fmt.Errorf("wrapped: %w", err)
	if got := de.Error(plain); got != plain.Error() {
		t.Errorf("an error that is not an Error is said as it is: %q", got)
	}
}

func TestAPrinterMadeBeforeARegistrationFindsItsMessages(t *testing.T) {
	de := NewPrinter(Locale{German, ""})
	const late Key = "lang.test.late"
	Register(Catalog{late: {En: "registered late", De: "spät eingetragen"}})
	if got := de.T(late); got != "spät eingetragen" {
		t.Errorf("a printer made before the registration says %q", got)
	}
}
