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

// object consumes an object whose keys are among keys, each at most once,
// calling field with the key's index to consume its value; field reports
// whether it could.
func (r *jsonReader) object(keys []string, field func(i int) bool) bool {
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
		i := 0
		for i < len(keys) && key != keys[i] {
			i++
		}
		if i == len(keys) || seen&(1<<i) != 0 || !field(i) {
			return false
		}
		seen |= 1 << i
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

// The keys of the records, as model's json tags name them.
var (
	interviewKeys = []string{"id", "member", "business", "member_since", "date", "channel",
		"similar_to_me", "introduced_by_network", "answers", "contracts_count", "contracts_value",
		"would_join_again", "recommendation", "red_flags"}
	answerKeys   = []string{"promise_id", "answer", "comment"}
	promiseKeys  = []string{"id", "category", "text", "source", "must_have", "documented", "notes"}
	evidenceKeys = []string{"id", "description", "beneficiary", "similar_to_me", "value", "date", "level", "interview_id"}
)

// fastInterview decodes an interview record as decodeInterview does, or
// reports false when the record is not of the shape it reads.
func fastInterview(b []byte) (model.Interview, bool) {
	var iv model.Interview
	ok := whole(b, func(r *jsonReader) bool {
		return r.object(interviewKeys, func(i int) bool {
			var ok bool
			var s string
			var v int64
			switch interviewKeys[i] {
			case "id":
				iv.ID, ok = r.str()
			case "member":
				iv.Member, ok = r.str()
			case "business":
				iv.Business, ok = r.str()
			case "member_since":
				iv.MemberSince, ok = r.int()
			case "date":
				ok = r.date(&iv.Date)
			case "channel":
				s, ok = r.str()
				iv.Channel = model.Channel(s)
			case "similar_to_me":
				iv.SimilarToMe, ok = r.boolean()
			case "introduced_by_network":
				iv.IntroducedByNetwork, ok = r.boolean()
			case "answers":
				iv.Answers, ok = r.answers()
			case "contracts_count":
				iv.ContractsCount, ok = r.int()
			case "contracts_value":
				v, ok = r.integer()
				iv.ContractsValue = model.Money(v)
			case "would_join_again":
				s, ok = r.str()
				iv.WouldJoinAgain = model.JoinAgain(s)
			case "recommendation":
				iv.Recommendation, ok = r.optionalInt()
			case "red_flags":
				iv.RedFlags, ok = r.str()
			}
			return ok
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
	list := []model.Answer{}
	if r.skip(']') {
		return list, true
	}
	for {
		var a model.Answer
		ok := r.object(answerKeys, func(i int) bool {
			var ok bool
			var s string
			switch answerKeys[i] {
			case "promise_id":
				a.PromiseID, ok = r.str()
			case "answer":
				s, ok = r.str()
				a.Answer = model.AnswerValue(s)
			case "comment":
				a.Comment, ok = r.str()
			}
			return ok
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
		return r.object(promiseKeys, func(i int) bool {
			var ok bool
			var s string
			switch promiseKeys[i] {
			case "id":
				p.ID, ok = r.str()
			case "category":
				s, ok = r.str()
				p.Category = model.Category(s)
			case "text":
				p.Text, ok = r.str()
			case "source":
				s, ok = r.str()
				p.Source = model.Source(s)
			case "must_have":
				p.MustHave, ok = r.boolean()
			case "documented":
				p.Documented, ok = r.boolean()
			case "notes":
				p.Notes, ok = r.str()
			}
			return ok
		})
	})
	return p, ok
}

// fastEvidence decodes an evidence record as decodeEvidence does, or
// reports false when the record is not of the shape it reads.
func fastEvidence(b []byte) (model.Evidence, bool) {
	var e model.Evidence
	ok := whole(b, func(r *jsonReader) bool {
		return r.object(evidenceKeys, func(i int) bool {
			var ok bool
			var s string
			var v int64
			switch evidenceKeys[i] {
			case "id":
				e.ID, ok = r.str()
			case "description":
				e.Description, ok = r.str()
			case "beneficiary":
				e.Beneficiary, ok = r.str()
			case "similar_to_me":
				e.SimilarToMe, ok = r.boolean()
			case "value":
				v, ok = r.integer()
				e.Value = model.Money(v)
			case "date":
				ok = r.date(&e.Date)
			case "level":
				s, ok = r.str()
				e.Level = model.Level(s)
			case "interview_id":
				e.InterviewID, ok = r.str()
			}
			return ok
		})
	})
	return e, ok
}
