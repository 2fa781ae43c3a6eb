// Package lang is how netvet speaks English and German (SPEC.md 5): the
// language and region in use, one message catalog per language built on
// golang.org/x/text/message, and the formats of numbers, money and dates
// that follow the language.
//
// Every package keeps its user-facing text in one [Catalog] with both
// languages side by side and registers it once at start-up; a [Msg] names a
// message and its arguments without formatting it, so the domain can say
// what it means and leave the words to the screen, in whichever language
// that screen speaks.
package lang

import "strings"

// Language is a language netvet speaks; its values are those of the
// profile's `language` field.
type Language string

// The languages of SPEC.md 5.
const (
	English Language = "en"
	German  Language = "de"
)

// Languages lists every language netvet speaks, English first.
var Languages = []Language{English, German}

// Valid reports whether l is a language netvet speaks.
func (l Language) Valid() bool { return l == English || l == German }

// Locale is a language and, where it changes how amounts are written, a
// region: German in Austria writes "€ 3.000,00", in Switzerland
// "CHF 3'000.00".
type Locale struct {
	Language Language
	// Region is an upper-case ISO 3166 code such as "AT" or "CH", or "".
	Region string
}

// Default is the locale when nothing chooses one: English.
var Default = Locale{Language: English}

// Parse reads a locale the way the environment and the command line write
// one: "de", "de_DE.UTF-8", "de-AT", "en_GB@euro", "C", "POSIX". It reports
// false for a language netvet does not speak.
func Parse(s string) (Locale, bool) {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, ".@"); i >= 0 {
		s = s[:i]
	}
	lang, region, _ := strings.Cut(strings.ReplaceAll(s, "-", "_"), "_")
	l := Language(strings.ToLower(lang))
	if !l.Valid() {
		return Locale{}, false
	}
	region = strings.ToUpper(region)
	if len(region) != 2 {
		region = ""
	}
	return Locale{Language: l, Region: region}, true
}

// Choose picks the locale of SPEC.md 5: the --lang flag, else the
// profile's language, else the first of LC_ALL, LC_MESSAGES and LANG that
// is set (German when it starts with "de"), else English. getenv reads the
// environment (os.Getenv). A region comes from the environment whenever its
// language is the one chosen, so that `--lang de` in an Austrian
// environment still writes Austrian amounts.
func Choose(flag, profile string, getenv func(string) string) Locale {
	env := Default
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(name); v != "" {
			if loc, ok := Parse(v); ok {
				env = loc
			}
			break
		}
	}
	pick := func(s string) (Locale, bool) {
		loc, ok := Parse(s)
		if ok && loc.Region == "" && env.Language == loc.Language {
			loc.Region = env.Region
		}
		return loc, ok
	}
	if loc, ok := pick(flag); ok {
		return loc
	}
	if loc, ok := pick(profile); ok {
		return loc
	}
	return env
}

// String writes the locale as a BCP 47 tag: "en", "de-AT".
func (l Locale) String() string {
	if l.Region == "" {
		return string(l.Language)
	}
	return string(l.Language) + "-" + l.Region
}
