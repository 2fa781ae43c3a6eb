package lang

import (
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// Msg is a message and its arguments, not yet put into words: what the
// domain returns (a verdict's reasons, a validation problem) so that each
// screen renders it in its own language. Arguments may be plain values, a
// [Formatter] such as [Cash], or another Msg.
type Msg struct {
	Key  Key
	Args []any
}

// M makes a Msg.
func M(k Key, args ...any) Msg { return Msg{Key: k, Args: args} }

// IsZero reports whether m names no message.
func (m Msg) IsZero() bool { return m.Key == "" }

// String renders m in English, for logs, errors that reach no screen, and
// tests.
func (m Msg) String() string { return NewPrinter(Default).Render(m) }

// Formatter is an argument that writes itself in the printer's locale,
// such as an amount of money or a date.
type Formatter interface {
	Format(p *Printer) string
}

// Printer puts messages into the words, numbers and dates of one locale.
// It is cheap to copy and safe for concurrent use.
type Printer struct {
	loc Locale
	fmt numberFormat
	p   *message.Printer
}

// NewPrinter returns the printer of loc, with every catalog registered so
// far.
func NewPrinter(loc Locale) *Printer {
	tag := language.English
	if loc.Language == German {
		tag = language.German
	}
	return &Printer{loc: loc, fmt: formatOf(loc), p: message.NewPrinter(tag, message.Catalog(built()))}
}

// Locale is the printer's locale.
func (p *Printer) Locale() Locale { return p.loc }

// Language is the printer's language.
func (p *Printer) Language() Language { return p.loc.Language }

// T renders the message k with args.
func (p *Printer) T(k Key, args ...any) string { return p.Render(Msg{Key: k, Args: args}) }

// Render puts m into words: arguments that are a [Formatter], a Msg or an
// error (see [Printer.Error]) are rendered first, then the catalog's text for the printer's language is
// filled in. An unknown key is shown as it is, so a missing message is
// visible instead of empty.
func (p *Printer) Render(m Msg) string {
	if len(m.Args) == 0 {
		return p.p.Sprintf(string(m.Key))
	}
	args := m.Args
	for i, a := range m.Args {
		var s string
		switch v := a.(type) {
		case Formatter:
			s = v.Format(p)
		case Msg:
			s = p.Render(v)
		case error:
			s = p.Error(v)
		default:
			continue
		}
		if &args[0] == &m.Args[0] {
			args = append([]any(nil), m.Args...)
		}
		args[i] = s
	}
	return p.p.Sprintf(string(m.Key), args...)
}

// Strings renders each of msgs.
func (p *Printer) Strings(msgs []Msg) []string {
	out := make([]string, len(msgs))
	for i, m := range msgs {
		out[i] = p.Render(m)
	}
	return out
}
