package model

import (
	"strings"
)

// The Markdown report keeps the Markdown the user wrote (emphasis, lists,
// links to web pages) but nothing that can act on a reader: Markdown
// viewers differ in what raw HTML and which links they let through, and a
// report goes to partners and advisers who open it in any of them. mdText
// is the one way user text enters the report.

// mdText makes user text inert in Markdown: control sequences removed as
// the interface removes them ([Clean]); every "<" written as &lt;, so that
// no HTML tag, comment or autolink can start (<script>, <img onerror>,
// </blockquote>, an unclosed <!-- that would hide the rest of the report,
// <javascript:…>); every "&" that would start a character reference
// written as &amp;, so that no entity can spell out a scheme
// (&#106;avascript:); and every inline link, image or reference
// definition whose destination has a scheme other than http, https or
// mailto turned into plain text by escaping the bracket's "(" or ":".
// Inside code spans the escapes show as written: the price of never
// mistaking where code ends.
func mdText(s string) string {
	s = Clean(s)
	if !strings.ContainsAny(s, "<&]") {
		return s
	}
	return mdNeutraliseLinks(mdEscapeHTML(s))
}

// mdLine is mdText for text shown on one line (a heading, a list item):
// line breaks become spaces.
func mdLine(s string) string {
	return mdText(strings.Join(strings.Fields(s), " "))
}

// mdEscapeHTML writes "<" as &lt; and "&" as &amp; where it starts a
// character reference (&name; &#123; &#x1F;); any other "&" is text in
// Markdown already and stays readable ("R&D").
func mdEscapeHTML(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '<':
			b.WriteString("&lt;")
		case c == '&' && isCharRef(s[i:]):
			b.WriteString("&amp;")
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// isCharRef reports whether s starts with what CommonMark reads as a
// character reference: & then a name, # and digits, or #x and hex digits,
// then ";".
func isCharRef(s string) bool {
	i := 1
	digit := func(c byte) bool { return '0' <= c && c <= '9' }
	hex := func(c byte) bool { return digit(c) || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }
	alnum := func(c byte) bool { return digit(c) || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
	ok := alnum
	switch {
	case i+1 < len(s) && s[i] == '#' && (s[i+1] == 'x' || s[i+1] == 'X'):
		i, ok = i+2, hex
	case i < len(s) && s[i] == '#':
		i, ok = i+1, digit
	}
	start := i
	for i < len(s) && ok(s[i]) {
		i++
	}
	return i > start && i < len(s) && s[i] == ';'
}

// mdNeutraliseLinks escapes the "(" of every "](" and the ":" of every
// "]:" that a destination with a scheme other than http, https or mailto
// follows, so that no link, image or link reference definition forms. It
// reads the destination after white space and quote markers, with
// backslash escapes resolved. Since the text has passed through
// mdEscapeHTML, an entity cannot spell a scheme, and a destination in
// pointy brackets starts with &lt;, which no safe scheme does.
func mdNeutraliseLinks(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		b.WriteByte(s[i])
		if s[i] != ']' || i+1 >= len(s) || (s[i+1] != '(' && s[i+1] != ':') {
			continue
		}
		if scheme, ok := linkScheme(s[i+2:]); ok && !safeScheme(scheme) {
			b.WriteByte('\\')
		}
	}
	return b.String()
}

// linkScheme returns what comes before the first ":" of the link
// destination at the start of s, lower-cased and with backslash escapes
// resolved, and whether there is a ":" before the path or the query starts
// or the destination ends. Anything before such a colon counts as a
// scheme, even what a browser would not take for one (&#106;avascript:):
// a relative link has no colon in its first part (a fragment with a colon,
// "#a:b", is the rare exception, and is then shown as text).
func linkScheme(s string) (string, bool) {
	s = strings.TrimLeft(s, " \t\n>")
	var scheme strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\\' && i+1 < len(s) && isASCIIPunct(s[i+1]) {
			i++
			c = s[i]
		} else if strings.IndexByte("/?) \t\n>", c) >= 0 {
			return "", false
		}
		switch c {
		case ':':
			return strings.ToLower(scheme.String()), true
		case '&':
			// A character reference, escaped by mdEscapeHTML: no scheme
			// a report links to is spelt with one.
			return "&", true
		}
		scheme.WriteByte(c)
	}
	return "", false
}

// safeScheme reports the schemes a report may link to.
func safeScheme(scheme string) bool {
	return scheme == "http" || scheme == "https" || scheme == "mailto"
}

// isASCIIPunct reports the characters a backslash escapes in Markdown.
func isASCIIPunct(c byte) bool {
	return strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) >= 0
}
