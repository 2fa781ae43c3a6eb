package store

import (
	"encoding/json"

	"netvet/model"
)

// Values are JSON with the field names of the model types' json tags, so a
// record can be read by a person with bbolt's tools and survives added
// fields.

// networkRecord is how a network's own fields are stored. The child lists
// and the membership live apart; the fields below shadow them (the
// shallower field wins in encoding/json) and, being nil, are left out.
type networkRecord struct {
	model.Network
	Promises   *struct{} `json:"promises,omitempty"`
	Interviews *struct{} `json:"interviews,omitempty"`
	Evidence   *struct{} `json:"evidence,omitempty"`
	Membership *struct{} `json:"membership,omitempty"`
}

// membershipRecord is how a membership is stored: its terms and
// expectations, without the ledger, whose entries are records of their
// own.
type membershipRecord struct {
	model.Membership
	Ledger *struct{} `json:"ledger,omitempty"`
}

// designRecord is how the own-network plan's own fields are stored,
// without its seats.
type designRecord struct {
	model.OwnNetwork
	Seats *struct{} `json:"seats,omitempty"`
}

// seatRecord is how a seat is stored, without its candidates.
type seatRecord struct {
	model.Seat
	Candidates *struct{} `json:"candidates,omitempty"`
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

// encodeMembership encodes a membership without its ledger.
func encodeMembership(m model.Membership) ([]byte, error) {
	return json.Marshal(membershipRecord{Membership: m})
}

// decodeMembership decodes a membership record; the ledger stays empty.
func decodeMembership(b []byte) (model.Membership, error) {
	var r membershipRecord
	err := json.Unmarshal(b, &r)
	return r.Membership, err
}

// encodeLedgerEntry encodes one ledger entry.
func encodeLedgerEntry(e model.LedgerEntry) ([]byte, error) { return json.Marshal(e) }

// decodeLedgerEntry decodes one ledger entry; records as json.Marshal
// writes them take the fast path of fastdecode.go.
func decodeLedgerEntry(b []byte) (model.LedgerEntry, error) {
	if e, ok := fastLedgerEntry(b); ok {
		return e, nil
	}
	var e model.LedgerEntry
	err := json.Unmarshal(b, &e)
	return e, err
}

// encodeDesign encodes the plan's own fields.
func encodeDesign(o model.OwnNetwork) ([]byte, error) {
	return json.Marshal(designRecord{OwnNetwork: o})
}

// decodeDesign decodes the plan's own fields; the seats stay empty.
// Fields missing from the record keep the defaults of model.NewOwnNetwork.
func decodeDesign(b []byte) (model.OwnNetwork, error) {
	r := designRecord{OwnNetwork: model.NewOwnNetwork()}
	err := json.Unmarshal(b, &r)
	return r.OwnNetwork, err
}

// encodeSeat encodes a seat without its candidates.
func encodeSeat(st model.Seat) ([]byte, error) { return json.Marshal(seatRecord{Seat: st}) }

// decodeSeat decodes a seat record; the candidates stay empty.
func decodeSeat(b []byte) (model.Seat, error) {
	var r seatRecord
	err := json.Unmarshal(b, &r)
	return r.Seat, err
}

// encodeCandidate encodes one candidate.
func encodeCandidate(c model.Candidate) ([]byte, error) { return json.Marshal(c) }

// decodeCandidate decodes one candidate.
func decodeCandidate(b []byte) (model.Candidate, error) {
	var c model.Candidate
	err := json.Unmarshal(b, &c)
	return c, err
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
