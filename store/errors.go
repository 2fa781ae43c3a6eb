package store

import (
	"errors"
	"fmt"
)

// Sentinel errors. Every error the store returns reads as one line for a
// person and wraps one of these where it applies, so callers can decide with
// errors.Is.
var (
	// ErrLocked means another netvet has the file open.
	ErrLocked = errors.New(errTextLocked)
	// ErrNotNetvet means the file exists but is not a netvet database, or is
	// damaged; it was not modified.
	ErrNotNetvet = errors.New(errTextNotNetvet)
	// ErrDamaged means the file's pages are sound but its records break
	// netvet's rules (see Store.Check): Open refuses to open it for
	// writing; it can still be opened read-only. It was not modified.
	ErrDamaged = errors.New(errTextDamaged)
	// ErrReadOnly means a write was refused because the store was opened
	// read-only; nothing was written.
	ErrReadOnly = errors.New(errTextReadOnly)
	// ErrWontReplace means WriteFile refused to replace what is at the
	// path: not a regular file, or a database; it was left as it was.
	ErrWontReplace = errors.New(errTextWontReplace)
	// ErrNewerSchema means the file was written by a newer netvet.
	ErrNewerSchema = errors.New(errTextNewerSchema)
	// ErrOlderSchema means the file needs upgrading, which a read-only open
	// cannot do.
	ErrOlderSchema = errors.New(errTextOlderSchema)
	// ErrNotFound means there is no network, promise, interview or evidence
	// with the given id.
	ErrNotFound = errors.New(errTextNotFound)
	// ErrDuplicateName means a network with that name (compared with
	// model.SameName) exists.
	ErrDuplicateName = errors.New(errTextDuplicateName)
	// ErrDuplicateID means a network with that id exists.
	ErrDuplicateID = errors.New(errTextDuplicateID)
	// ErrInvalid means a value failed validation; nothing was written. The
	// error also wraps the validation error of package model.
	ErrInvalid = errors.New(errTextInvalid)
)

// storeError is an error with a message of its own that still matches the
// sentinels and causes it wraps.
type storeError struct {
	msg  string
	errs []error
}

// Error returns the message for a person.
func (e *storeError) Error() string { return e.msg }

// Unwrap returns the sentinel and the cause, for errors.Is and errors.As.
func (e *storeError) Unwrap() []error { return e.errs }

// newError returns an error reading msg that wraps each non-nil error of
// wrapped.
func newError(msg string, wrapped ...error) error {
	e := &storeError{msg: msg}
	for _, w := range wrapped {
		if w != nil {
			e.errs = append(e.errs, w)
		}
	}
	return e
}

// errorf is newError with a formatted message; the message does not repeat
// the sentinel's text.
func errorf(sentinel, cause error, format string, args ...any) error {
	return newError(fmt.Sprintf(format, args...), sentinel, cause)
}
