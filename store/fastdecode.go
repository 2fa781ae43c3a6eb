package store

import (
	"strconv"
	"unicode/utf8"

	"netvet/model"
)

// A fast path for decoding the children of a network — interviews,
// promises, evidence — which are most of what loading a file decodes (a
// heavy user has thousands). encoding/json spends most of its time on
// reflection, on checking the syntax twice and on one allocation per
// string; this reads the one shape that json.Marshal writes — the fields
// in any order, no white space, strings without escapes — directly into
// the struct, with every string a part of one copy of the record. Anything
// else (an escape, an unknown or repeated field, a float, null where it is
// not written, white space, invalid UTF-8) makes it give up, and the
// record is decoded by encoding/json, so that the result, and every error,
// is always exactly what encoding/json gives.

// jsonReader reads one JSON value from the start of s.
type jsonReader struct {
	s   string
	pos int
}

// next is the next byte, or 0 at the end.
func (r *jsonReader) next() byte {
	if r.pos < len(r.s) {
		return r.s[r.pos]
	}
	return 0
}

// skip consumes c if it comes next.
func (r *jsonReader) skip(c byte) bool {
	if r.next() == c {
		r.pos++
		return true
	}
	return false
}

// literal consumes lit if it comes next.
func (r *jsonReader) literal(lit string) bool {
	if len(r.s)-r.pos >= len(lit) && r.s[r.pos:r.pos+len(lit)] == lit {
		r.pos += len(lit)
		return true
	}
	return false
}

// str consumes a string without escapes or control characters and returns
// it without the quotes.
func (r *jsonReader) str() (string, bool) {
	if !r.skip('"') {
		return "", false
	}
	start := r.pos
	ascii := true
	for ; r.pos < len(r.s); r.pos++ {
		c := r.s[r.pos]
		switch {
		case c == '"':
			s := r.s[start:r.pos]
			r.pos++
			return s, ascii || utf8.ValidString(s)
		case c == '\\' || c < 0x20:
			return "", false
		case c >= utf8.RuneSelf:
			ascii = false
		}
	}
	return "", false
}

// integer consumes an integer in JSON's syntax that fits in 64 bits.
func (r *jsonReader) integer() (int64, bool) {
	start := r.pos
	r.skip('-')
	digits := r.pos
	for r.pos < len(r.s) && '0' <= r.s[r.pos] && r.s[r.pos] <= '9' {
		r.pos++
	}
	n := r.pos - digits
	if n == 0 || (n > 1 && r.s[digits] == '0') {
		return 0, false
	}
	if c := r.next(); c == '.' || c == 'e' || c == 'E' {
		return 0, false
	}
	v, err := strconv.ParseInt(r.s[start:r.pos], 10, 64)
	return v, err == nil
}

// int consumes an integer that fits in an int.
func (r *jsonReader) int() (int, bool) {
	v, ok := r.integer()
	return int(v), ok && int64(int(v)) == v
}

// optionalInt consumes null (nil) or an integer that fits in an int.
func (r *jsonReader) optionalInt() (*int, bool) {
	if r.literal("null") {
		return nil, true
	}
	v, ok := r.int()
	return &v, ok
}

// boolean consumes true or false.
func (r *jsonReader) boolean() (bool, bool) {
	switch {
	case r.literal("true"):
		return true, true
	case r.literal("false"):
		return false, true
	}
	return false, false
}

// date consumes a date string or null, as model.Date decodes them.
func (r *jsonReader) date(d *model.Date) bool {
	if r.literal("null") {
		*d = model.Date{}
		return true
	}
	s, ok := r.str()
	if !ok {
		return false
	}
	v, err := model.ParseDate(s)
	*d = v
	return err == nil
}

// object consumes an object, calling field for each member with its key
// to consume the value; field returns a bit of its own for the key, and
// false for a key it does not know or a value it could not read. A key may
// come only once.
func (r *jsonReader) object(field func(key string) (bit uint64, ok bool)) bool {
	if !r.skip('{') {
		return false
	}
	if r.skip('}') {
		return true
	}
	var seen uint64
	for {
		key, ok := r.str()
		if !ok || !r.skip(':') {
			return false
		}
		bit, ok := field(key)
		if !ok || seen&bit != 0 {
			return false
		}
		seen |= bit
		if r.skip('}') {
			return true
		}
		if !r.skip(',') {
			return false
		}
	}
}

// whole decodes one record with read, which reports whether it could, and
// reports whether it also reached the end of the record.
func whole(b []byte, read func(r *jsonReader) bool) bool {
	r := &jsonReader{s: string(b)}
	return read(r) && r.pos == len(r.s)
}

// fastInterview decodes an interview record as decodeInterview does, or
// reports false when the record is not of the shape it reads.
func fastInterview(b []byte) (model.Interview, bool) {
	var iv model.Interview
	ok := whole(b, func(r *jsonReader) bool {
		return r.object(func(key string) (uint64, bool) {
			var s string
			var v int64
			ok := false
			switch key {
			case "id":
				iv.ID, ok = r.str()
				return 1 << 0, ok
			case "member":
				iv.Member, ok = r.str()
				return 1 << 1, ok
			case "business":
				iv.Business, ok = r.str()
				return 1 << 2, ok
			case "member_since":
				iv.MemberSince, ok = r.int()
				return 1 << 3, ok
			case "date":
				return 1 << 4, r.date(&iv.Date)
			case "channel":
				s, ok = r.str()
				iv.Channel = model.Channel(s)
				return 1 << 5, ok
			case "similar_to_me":
				iv.SimilarToMe, ok = r.boolean()
				return 1 << 6, ok
			case "introduced_by_network":
				iv.IntroducedByNetwork, ok = r.boolean()
				return 1 << 7, ok
			case "answers":
				iv.Answers, ok = r.answers()
				return 1 << 8, ok
			case "contracts_count":
				iv.ContractsCount, ok = r.int()
				return 1 << 9, ok
			case "contracts_value":
				v, ok = r.integer()
				iv.ContractsValue = model.Money(v)
				return 1 << 10, ok
			case "would_join_again":
				s, ok = r.str()
				iv.WouldJoinAgain = model.JoinAgain(s)
				return 1 << 11, ok
			case "recommendation":
				iv.Recommendation, ok = r.optionalInt()
				return 1 << 12, ok
			case "red_flags":
				iv.RedFlags, ok = r.str()
				return 1 << 13, ok
			}
			return 0, false
		})
	})
	return iv, ok
}

// answers consumes the array of an interview's answers; [] is an empty
// list and null none, as with encoding/json.
func (r *jsonReader) answers() ([]model.Answer, bool) {
	if r.literal("null") {
		return nil, true
	}
	if !r.skip('[') {
		return nil, false
	}
	// Most interviews answer a handful of promises.
	list := make([]model.Answer, 0, 4)
	if r.skip(']') {
		return list, true
	}
	for {
		var a model.Answer
		ok := r.object(func(key string) (uint64, bool) {
			var s string
			ok := false
			switch key {
			case "promise_id":
				a.PromiseID, ok = r.str()
				return 1 << 0, ok
			case "answer":
				s, ok = r.str()
				a.Answer = model.AnswerValue(s)
				return 1 << 1, ok
			case "comment":
				a.Comment, ok = r.str()
				return 1 << 2, ok
			}
			return 0, false
		})
		if !ok {
			return nil, false
		}
		list = append(list, a)
		if r.skip(']') {
			return list, true
		}
		if !r.skip(',') {
			return nil, false
		}
	}
}

// fastPromise decodes a promise record as decodePromise does, or reports
// false when the record is not of the shape it reads.
func fastPromise(b []byte) (model.Promise, bool) {
	var p model.Promise
	ok := whole(b, func(r *jsonReader) bool {
		return r.object(func(key string) (uint64, bool) {
			var s string
			ok := false
			switch key {
			case "id":
				p.ID, ok = r.str()
				return 1 << 0, ok
			case "category":
				s, ok = r.str()
				p.Category = model.Category(s)
				return 1 << 1, ok
			case "text":
				p.Text, ok = r.str()
				return 1 << 2, ok
			case "source":
				s, ok = r.str()
				p.Source = model.Source(s)
				return 1 << 3, ok
			case "must_have":
				p.MustHave, ok = r.boolean()
				return 1 << 4, ok
			case "documented":
				p.Documented, ok = r.boolean()
				return 1 << 5, ok
			case "notes":
				p.Notes, ok = r.str()
				return 1 << 6, ok
			}
			return 0, false
		})
	})
	return p, ok
}

// fastEvidence decodes an evidence record as decodeEvidence does, or
// reports false when the record is not of the shape it reads.
func fastEvidence(b []byte) (model.Evidence, bool) {
	var e model.Evidence
	ok := whole(b, func(r *jsonReader) bool {
		return r.object(func(key string) (uint64, bool) {
			var s string
			var v int64
			ok := false
			switch key {
			case "id":
				e.ID, ok = r.str()
				return 1 << 0, ok
			case "description":
				e.Description, ok = r.str()
				return 1 << 1, ok
			case "beneficiary":
				e.Beneficiary, ok = r.str()
				return 1 << 2, ok
			case "similar_to_me":
				e.SimilarToMe, ok = r.boolean()
				return 1 << 3, ok
			case "value":
				v, ok = r.integer()
				e.Value = model.Money(v)
				return 1 << 4, ok
			case "date":
				return 1 << 5, r.date(&e.Date)
			case "level":
				s, ok = r.str()
				e.Level = model.Level(s)
				return 1 << 6, ok
			case "interview_id":
				e.InterviewID, ok = r.str()
				return 1 << 7, ok
			}
			return 0, false
		})
	})
	return e, ok
}

// number consumes a number in JSON's syntax and returns it as a float, as
// encoding/json decodes one into a float64; ok is false for anything else,
// and for a number a float64 cannot hold.
func (r *jsonReader) number() (float64, bool) {
	start := r.pos
	r.skip('-')
	digits := func() int {
		n := 0
		for r.pos < len(r.s) && '0' <= r.s[r.pos] && r.s[r.pos] <= '9' {
			r.pos++
			n++
		}
		return n
	}
	first := r.pos
	if n := digits(); n == 0 || (n > 1 && r.s[first] == '0') {
		return 0, false
	}
	if r.skip('.') && digits() == 0 {
		return 0, false
	}
	if c := r.next(); c == 'e' || c == 'E' {
		r.pos++
		if !r.skip('+') {
			r.skip('-')
		}
		if digits() == 0 {
			return 0, false
		}
	}
	v, err := strconv.ParseFloat(r.s[start:r.pos], 64)
	return v, err == nil
}

// fastLedgerEntry decodes a ledger entry as decodeLedgerEntry does, or
// reports false when the record is not of the shape it reads. A network
// that has been a member for years has thousands of entries, which a save
// of the network decodes.
func fastLedgerEntry(b []byte) (model.LedgerEntry, bool) {
	var e model.LedgerEntry
	ok := whole(b, func(r *jsonReader) bool {
		return r.object(func(key string) (uint64, bool) {
			var s string
			var v int64
			ok := false
			switch key {
			case "id":
				e.ID, ok = r.str()
				return 1 << 0, ok
			case "date":
				return 1 << 1, r.date(&e.Date)
			case "kind":
				s, ok = r.str()
				e.Kind = model.LedgerKind(s)
				return 1 << 2, ok
			case "hours":
				v, ok = r.integer()
				e.Hours = model.Hours(v)
				return 1 << 3, ok
			case "amount":
				v, ok = r.integer()
				e.Amount = model.Money(v)
				return 1 << 4, ok
			case "margin":
				e.Margin, ok = nil, r.literal("null")
				if !ok {
					var m float64
					m, ok = r.number()
					e.Margin = &m
				}
				return 1 << 5, ok
			case "with":
				e.With, ok = r.str()
				return 1 << 6, ok
			case "promise_id":
				e.PromiseID, ok = r.str()
				return 1 << 7, ok
			case "answer":
				s, ok = r.str()
				e.Answer = model.AnswerValue(s)
				return 1 << 8, ok
			case "note":
				e.Note, ok = r.str()
				return 1 << 9, ok
			}
			return 0, false
		})
	})
	return e, ok
}
