package lang

import "errors"

// Error is an error whose text is a message: Error() says it in English,
// [Printer.Error] in the printer's language. Errors among its arguments
// are said in the same language, so a chain of Errors made with [Errorf]
// reads as one sentence in either language.
type Error struct {
	Msg Msg
	// wrapped is the first error among the arguments, for errors.Is and
	// errors.As.
	wrapped error
}

// Errorf makes an [Error] of the message k with args. The first argument
// that is an error is what the Error wraps.
func Errorf(k Key, args ...any) error {
	e := &Error{Msg: M(k, args...)}
	for _, a := range args {
		if err, ok := a.(error); ok {
			e.wrapped = err
			break
		}
	}
	return e
}

// Error implements [error], in English.
func (e *Error) Error() string { return e.Msg.String() }

// Unwrap returns the error among the arguments, if any.
func (e *Error) Unwrap() error { return e.wrapped }

// Error says err in the printer's language: an [Error] is rendered as its
// message, any other error as its own text.
func (p *Printer) Error(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) && e == err {
		return p.Render(e.Msg)
	}
	if le, ok := err.(interface{ Localize(*Printer) string }); ok {
		return le.Localize(p)
	}
	return err.Error()
}
