package store

import (
	"encoding/json"

	"netvet/model"
)

// Values are JSON with the field names of the model types' json tags, so a
// record can be read by a person with bbolt's tools and survives added
// fields.

// networkRecord is how a network's own fields are stored. The child lists
// live in buckets of their own; the fields below shadow them (the shallower
// field wins in encoding/json) and, being nil, are left out.
type networkRecord struct {
	model.Network
	Promises   *struct{} `json:"promises,omitempty"`
	Interviews *struct{} `json:"interviews,omitempty"`
	Evidence   *struct{} `json:"evidence,omitempty"`
}

// interviewRecord is how an interview is stored: without its notes, which
// live in the notes bucket.
type interviewRecord struct {
	model.Interview
	Notes *struct{} `json:"notes,omitempty"`
}

// encodeNetwork encodes the network's own fields.
func encodeNetwork(n model.Network) ([]byte, error) {
	return json.Marshal(networkRecord{Network: n})
}

// decodeNetwork decodes a network record; the child lists stay empty.
func decodeNetwork(b []byte) (model.Network, error) {
	var r networkRecord
	err := json.Unmarshal(b, &r)
	return r.Network, err
}

// encodeInterview encodes an interview without its notes.
func encodeInterview(iv model.Interview) ([]byte, error) {
	return json.Marshal(interviewRecord{Interview: iv})
}

// decodeInterview decodes an interview record; Notes stays empty. Records
// as encodeInterview writes them take the fast path of fastdecode.go.
func decodeInterview(b []byte) (model.Interview, error) {
	if iv, ok := fastInterview(b); ok {
		return iv, nil
	}
	var r interviewRecord
	err := json.Unmarshal(b, &r)
	return r.Interview, err
}

// decodePromise decodes a promise record; records as json.Marshal writes
// them take the fast path of fastdecode.go.
func decodePromise(b []byte) (model.Promise, error) {
	if p, ok := fastPromise(b); ok {
		return p, nil
	}
	var p model.Promise
	err := json.Unmarshal(b, &p)
	return p, err
}

// decodeEvidence decodes an evidence record; records as json.Marshal
// writes them take the fast path of fastdecode.go.
func decodeEvidence(b []byte) (model.Evidence, error) {
	if e, ok := fastEvidence(b); ok {
		return e, nil
	}
	var e model.Evidence
	err := json.Unmarshal(b, &e)
	return e, err
}

// decodeProfile decodes the profile; fields missing from the record keep
// the defaults of model.NewProfile.
func decodeProfile(b []byte) (model.Profile, error) {
	p := model.NewProfile()
	err := json.Unmarshal(b, &p)
	return p, err
}
