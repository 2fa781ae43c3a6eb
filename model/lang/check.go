package lang

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// CheckText lists what is wrong with one message: a language missing, a
// German placeholder the English one does not have (or the other way
// round), a singular form with a placeholder its plural lacks, a count
// position without a singular form, or German that addresses the user as
// "du" (netvet says "Sie", SPEC.md 5). Each problem is one sentence naming
// the key.
func CheckText(k Key, t Text) []string {
	var out []string
	add := func(format string, args ...any) {
		out = append(out, fmt.Sprintf("message %q: ", k)+fmt.Sprintf(format, args...))
	}
	if t.En == "" {
		add("no English text")
	}
	if t.De == "" {
		add("no German text")
	}
	en, de := placeholders(t.En), placeholders(t.De)
	if !slices.Equal(en, de) {
		add("the English placeholders %v differ from the German %v", en, de)
	}
	for _, one := range []struct{ lang, text, other string }{{"English", t.EnOne, t.En}, {"German", t.DeOne, t.De}} {
		if one.text == "" {
			continue
		}
		all := placeholders(one.other)
		for _, p := range placeholders(one.text) {
			if !slices.Contains(all, p) {
				add("the %s singular uses %s, which its plural does not", one.lang, p)
			}
		}
	}
	if t.plural() && (t.EnOne == "" || t.DeOne == "") {
		add("a singular form in one language only")
	}
	if t.Count != 0 && !t.plural() {
		add("a count position without singular forms")
	}
	for _, s := range []string{t.De, t.DeOne} {
		if w := informal.FindString(s); w != "" {
			add("the German text says %q: netvet addresses the user as \"Sie\"", w)
		}
	}
	return out
}

// informal finds the German informal address: du and its forms.
var informal = regexp.MustCompile(`(?i)\b(du|dich|dir|dein|deine|deinem|deinen|deiner|deines|euch|euer|eure|euren)\b`)

// placeholders lists the fmt verbs of a format string as "argument:verb"
// ("1:s", "2:d"), sorted, with the argument positions fmt would give them:
// counted from 1, and continuing after an explicit [n].
func placeholders(format string) []string {
	var out []string
	next := 1
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		for i < len(format) && strings.IndexByte("+-# 0", format[i]) >= 0 {
			i++
		}
		arg := next
		if i < len(format) && format[i] == '[' {
			end := strings.IndexByte(format[i:], ']')
			if end < 0 {
				break
			}
			fmt.Sscanf(format[i+1:i+end], "%d", &arg)
			i += end + 1
		}
		for i < len(format) && (format[i] >= '0' && format[i] <= '9' || format[i] == '.') {
			i++
		}
		if i >= len(format) {
			break
		}
		if format[i] == '%' {
			continue
		}
		out = append(out, fmt.Sprintf("%d:%c", arg, format[i]))
		next = arg + 1
	}
	slices.Sort(out)
	return slices.Compact(out)
}
