package store

import (
	"encoding/json"
	"reflect"
	"testing"

	"netvet/model"
	"netvet/model/sample"
)

// jsonInterview is decodeInterview without its fast path: what the fast
// path must give.
func jsonInterview(b []byte) (model.Interview, error) {
	var r interviewRecord
	err := json.Unmarshal(b, &r)
	return r.Interview, err
}

// checkFastInterview fails if the fast path accepts a record that
// encoding/json decodes differently or refuses, and returns whether it
// accepted.
func checkFastInterview(t *testing.T, rec []byte) bool {
	t.Helper()
	fast, ok := fastInterview(rec)
	want, err := jsonInterview(rec)
	if ok && err != nil {
		t.Fatalf("the fast path accepts what encoding/json refuses (%v): %s", err, rec)
	}
	if ok && !reflect.DeepEqual(fast, want) {
		t.Fatalf("the fast path decodes %s\nas %#v\nwant %#v", rec, fast, want)
	}
	got, gotErr := decodeInterview(rec)
	if (gotErr == nil) != (err == nil) || !reflect.DeepEqual(got, want) {
		t.Fatalf("decodeInterview(%s) = %#v, %v; want %#v, %v", rec, got, gotErr, want, err)
	}
	return ok
}

func TestFastInterviewDecodesWhatEncodeInterviewWrites(t *testing.T) {
	rec := 7
	full := model.Interview{
		ID: "iv-1", Member: "Günther Müller 👍", Business: "Steuerberatung", MemberSince: 2009,
		Date: model.NewDate(2025, 11, 2), Channel: model.ChannelEvent, SimilarToMe: true,
		IntroducedByNetwork: true, ContractsCount: 2, ContractsValue: -1500,
		WouldJoinAgain: model.JoinAgainUnsure, Recommendation: &rec, RedFlags: "Pressure to sign",
		Answers: []model.Answer{
			{PromiseID: "p1", Answer: model.AnswerYes},
			{PromiseID: "p2", Answer: model.AnswerNo, Comment: "Hat seit zwei Jahren keinen Auftrag bekommen."},
		},
	}
	tests := []struct {
		name string
		iv   model.Interview
		// fast says whether the record takes the fast path.
		fast bool
	}{
		{"every field set", full, true},
		{"the zero interview", model.Interview{}, true},
		{"no recommendation and no date", func() model.Interview { iv := full; iv.Recommendation, iv.Date = nil, model.Date{}; return iv }(), true},
		{"an empty list of answers", func() model.Interview { iv := full; iv.Answers = []model.Answer{}; return iv }(), true},
		{"notes are not part of the record", func() model.Interview { iv := full; iv.Notes = "# Notes"; return iv }(), true},
		{"a quote takes the slow path", func() model.Interview { iv := full; iv.Member = `Anna "Nina" Roe`; return iv }(), false},
		{"a line break takes the slow path", func() model.Interview { iv := full; iv.RedFlags = "one\ntwo"; return iv }(), false},
		{"HTML characters take the slow path", func() model.Interview { iv := full; iv.Business = "Smith & Sons <GmbH>"; return iv }(), false},
		{"an escaped comment takes the slow path", func() model.Interview {
			iv := full
			iv.Answers = []model.Answer{{PromiseID: "p1", Answer: model.AnswerYes, Comment: "tab\there"}}
			return iv
		}(), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := encodeInterview(tt.iv)
			if err != nil {
				t.Fatal(err)
			}
			if got := checkFastInterview(t, b); got != tt.fast {
				t.Errorf("fast path taken: %v, want %v, for %s", got, tt.fast, b)
			}
		})
	}
}

// TestFastInterviewDeclinesOtherShapes feeds records encodeInterview does
// not write: the fast path must leave them to encoding/json, which then
// decodes or refuses them as it always did.
func TestFastInterviewDeclinesOtherShapes(t *testing.T) {
	tests := []struct{ name, rec string }{
		{"white space", `{ "id":"a"}`},
		{"an unknown field", `{"id":"a","colour":"red"}`},
		{"a field in other case", `{"ID":"a"}`},
		{"a repeated field", `{"id":"a","id":"b"}`},
		{"the notes field", `{"notes":null}`},
		{"null for a string", `{"member":null}`},
		{"null for a flag", `{"similar_to_me":null}`},
		{"a float", `{"contracts_value":1.5}`},
		{"an exponent", `{"contracts_count":1e2}`},
		{"a leading zero", `{"member_since":01}`},
		{"a number too large", `{"contracts_value":99999999999999999999}`},
		{"a string for a number", `{"member_since":"2009"}`},
		{"a bad date", `{"date":"2025-13-40"}`},
		{"invalid UTF-8", "{\"member\":\"a\xffb\"}"},
		{"an answer with an unknown field", `{"answers":[{"promise_id":"p1","x":1}]}`},
		{"a trailing comma", `{"answers":[{"promise_id":"p1"},]}`},
		{"data after the record", `{"id":"a"} `},
		{"not an object", `["id"]`},
		{"truncated", `{"id":"a"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if checkFastInterview(t, []byte(tt.rec)) {
				t.Errorf("the fast path took %s", tt.rec)
			}
		})
	}
	for _, rec := range []string{`{}`, `{"answers":null,"recommendation":null,"date":null}`, `{"date":""}`} {
		if !checkFastInterview(t, []byte(rec)) {
			t.Errorf("the fast path declined %s", rec)
		}
	}
}

// TestFastPathsTakeTheSampleData checks the fast paths on generated
// interviews, promises and evidence of every kind, and that they are the
// paths taken for almost all.
func TestFastPathsTakeTheSampleData(t *testing.T) {
	_, nets := sample.Generate(3, sample.Config{Networks: 20, Interviews: 600, NotesBytes: 1 << 18})
	fast, total := 0, 0
	count := func(ok bool) {
		total++
		if ok {
			fast++
		}
	}
	for _, n := range nets {
		for _, iv := range n.Interviews {
			b, err := encodeInterview(iv)
			if err != nil {
				t.Fatal(err)
			}
			count(checkFastInterview(t, b))
		}
		for _, p := range n.Promises {
			b, err := json.Marshal(p)
			if err != nil {
				t.Fatal(err)
			}
			count(checkFast(t, b, fastPromise, decodePromise))
		}
		for _, e := range n.Evidence {
			b, err := json.Marshal(e)
			if err != nil {
				t.Fatal(err)
			}
			count(checkFast(t, b, fastEvidence, decodeEvidence))
		}
	}
	if fast < total*9/10 {
		t.Errorf("the fast paths took %d of %d records, want at least 90%%", fast, total)
	}
}

// FuzzFastInterview checks the fast path against encoding/json on
// arbitrary records.
func FuzzFastInterview(f *testing.F) {
	f.Add([]byte(`{"id":"iv-1","member":"Anna","date":"2025-11-02","answers":[{"promise_id":"p1","answer":"yes","comment":""}],"recommendation":7,"contracts_value":-5}`))
	f.Add([]byte(`{"recommendation":null,"answers":[]}`))
	f.Fuzz(func(t *testing.T, rec []byte) { checkFastInterview(t, rec) })
}

// checkFast fails if fast accepts a record that encoding/json decodes
// differently into a T or refuses, or if decode (the codec's function,
// fast path first) differs from encoding/json; it returns whether the
// fast path accepted.
func checkFast[T any](t *testing.T, rec []byte, fast func([]byte) (T, bool), decode func([]byte) (T, error)) bool {
	t.Helper()
	got, ok := fast(rec)
	var want T
	err := json.Unmarshal(rec, &want)
	if ok && (err != nil || !reflect.DeepEqual(got, want)) {
		t.Fatalf("the fast path decodes %s as %#v; encoding/json: %#v, %v", rec, got, want, err)
	}
	dec, decErr := decode(rec)
	if (decErr == nil) != (err == nil) || !reflect.DeepEqual(dec, want) {
		t.Fatalf("decoding %s gives %#v, %v; want %#v, %v", rec, dec, decErr, want, err)
	}
	return ok
}

func TestFastPromiseAndEvidence(t *testing.T) {
	marshal := func(v any) []byte {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	promise := model.Promise{ID: "p1", Category: model.CategoryContracts, Text: "Referrals worth €20k a year",
		Source: model.SourceSalesTalk, MustHave: true, Documented: true, Notes: "on the pricing page"}
	evidence := model.Evidence{ID: "ev-1", Description: "Website relaunch", Beneficiary: "Anna Öztürk",
		SimilarToMe: true, Value: 800000, Date: model.NewDate(2026, 6, 1), Level: model.LevelDocumented, InterviewID: "iv-1"}
	tests := []struct {
		name string
		rec  []byte
		// promise says which kind the record is; fast whether the fast
		// path takes it.
		promise, fast bool
	}{
		{"a promise with every field", marshal(promise), true, true},
		{"the zero promise", marshal(model.Promise{}), true, true},
		{"a promise with a quote in its text", marshal(model.Promise{Text: `"Monthly" mentoring`}), true, false},
		{"a promise with an unknown field", []byte(`{"id":"p1","colour":"red"}`), true, false},
		{"a promise with null notes", []byte(`{"notes":null}`), true, false},
		{"evidence with every field", marshal(evidence), false, true},
		{"the zero evidence", marshal(model.Evidence{}), false, true},
		{"evidence with a line break", marshal(model.Evidence{Description: "one\ntwo"}), false, false},
		{"evidence with a float value", []byte(`{"value":1.5}`), false, false},
		{"evidence with a bad date", []byte(`{"date":"2026-02-30"}`), false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got bool
			if tt.promise {
				got = checkFast(t, tt.rec, fastPromise, decodePromise)
			} else {
				got = checkFast(t, tt.rec, fastEvidence, decodeEvidence)
			}
			if got != tt.fast {
				t.Errorf("fast path taken: %v, want %v, for %s", got, tt.fast, tt.rec)
			}
		})
	}
}

// FuzzFastPromise checks the promise fast path against encoding/json.
func FuzzFastPromise(f *testing.F) {
	f.Add([]byte(`{"id":"p1","category":"contracts","text":"Referrals","source":"website","must_have":true,"documented":false,"notes":""}`))
	f.Fuzz(func(t *testing.T, rec []byte) { checkFast(t, rec, fastPromise, decodePromise) })
}

// FuzzFastEvidence checks the evidence fast path against encoding/json.
func FuzzFastEvidence(f *testing.F) {
	f.Add([]byte(`{"id":"ev-1","description":"A contract","beneficiary":"","similar_to_me":true,"value":800000,"date":"2026-06-01","level":"documented","interview_id":""}`))
	f.Fuzz(func(t *testing.T, rec []byte) { checkFast(t, rec, fastEvidence, decodeEvidence) })
}

func TestFastLedgerEntry(t *testing.T) {
	marshal := func(v any) []byte {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	margin := 0.55
	tests := []struct {
		name string
		rec  []byte
		fast bool
	}{
		{"an entry with every field", marshal(model.LedgerEntry{ID: "l1", Date: model.NewDate(2026, 2, 5), Kind: model.LedgerClosedBusiness,
			Hours: 125, Amount: 400000, Margin: &margin, With: "Anna Öztürk", PromiseID: "p1", Answer: model.AnswerNo, Note: "Deal"}), true},
		{"the zero entry", marshal(model.LedgerEntry{}), true},
		{"every entry of the test network", nil, true},
		{"a margin of 1", []byte(`{"margin":1}`), true},
		{"a margin with an exponent", []byte(`{"margin":5e-1}`), true},
		{"a margin too large for a float", []byte(`{"margin":1e400}`), false},
		{"a margin that is a string", []byte(`{"margin":"0.5"}`), false},
		{"a margin with a leading zero", []byte(`{"margin":01}`), false},
		{"a margin without digits after the point", []byte(`{"margin":1.}`), false},
		{"fractional hours", []byte(`{"hours":2.5}`), false},
		{"a note with a line break", marshal(model.LedgerEntry{Note: "one\ntwo"}), false},
		{"an unknown field", []byte(`{"id":"l1","mood":"good"}`), false},
		{"a repeated field", []byte(`{"id":"l1","id":"l2"}`), false},
		{"a bad date", []byte(`{"date":"2026-13-01"}`), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.rec == nil {
				for _, e := range fullMembership().Ledger {
					if !checkFast(t, marshal(e), fastLedgerEntry, decodeLedgerEntry) {
						t.Errorf("the fast path declines %s", marshal(e))
					}
				}
				return
			}
			if got := checkFast(t, tt.rec, fastLedgerEntry, decodeLedgerEntry); got != tt.fast {
				t.Errorf("fast path taken: %v, want %v, for %s", got, tt.fast, tt.rec)
			}
		})
	}
}

// FuzzFastLedgerEntry checks the ledger entry fast path against
// encoding/json.
func FuzzFastLedgerEntry(f *testing.F) {
	f.Add([]byte(`{"id":"l1","date":"2026-02-05","kind":"closed_business","hours":0,"amount":400000,"margin":0.5,"with":"Anna","promise_id":"","answer":"","note":""}`))
	f.Add([]byte(`{"margin":null,"hours":-3}`))
	f.Fuzz(func(t *testing.T, rec []byte) { checkFast(t, rec, fastLedgerEntry, decodeLedgerEntry) })
}
