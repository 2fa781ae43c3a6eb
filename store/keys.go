package store

import (
	"crypto/rand"
	"encoding/binary"
	"fmt"
	"strconv"
)

// The layout of a netvet database file, schema version 2. Bucket names
// are nested like this:
//
//	meta/
//	    app            -> "netvet"
//	    schema_version -> decimal ASCII, "2"
//	    id_tag         -> random letters that make generated network ids
//	                      unique across databases
//	profile/
//	    profile        -> JSON of model.Profile
//	network_ids/
//	    <network id>   -> <network key>
//	networks/                      (sequence: last network key handed out)
//	    <network key>/             one bucket per network, 8-byte big-endian
//	        record     -> JSON of model.Network without promises,
//	                      interviews, evidence and membership
//	        membership -> JSON of model.Membership without its ledger: the
//	                      terms and the frozen expectations (absent before
//	                      the user joins)
//	        promises/
//	            <child key>  -> JSON of model.Promise
//	        interviews/
//	            <child key>  -> JSON of model.Interview without notes
//	        notes/
//	            <interview's child key> -> Markdown bytes (absent when empty)
//	        evidence/
//	            <child key>  -> JSON of model.Evidence
//	        ledger/                                         (schema 2)
//	            <child key>  -> JSON of model.LedgerEntry, one per entry
//	        ids/
//	            "p:" <promise id>   -> <child key in promises>
//	            "i:" <interview id> -> <child key in interviews>
//	            "e:" <evidence id>  -> <child key in evidence>
//	            "l:" <entry id>     -> <child key in ledger>
//	own_network/                   the own-network plan, one per database
//	                               (schema 2)
//	    design         -> JSON of model.OwnNetwork without seats (absent
//	                      while there is no plan)
//	    seat_ids/
//	        <seat id>  -> <seat key>
//	    seats/                     (sequence: last seat key handed out)
//	        <seat key>/            one bucket per seat, 8-byte big-endian
//	            record -> JSON of model.Seat without candidates
//	            candidates/
//	                <child key> -> JSON of model.Candidate
//	            ids/
//	                "c:" <candidate id> -> <child key in candidates>
//
// Keys of networks, seats and children are 8-byte big-endian numbers taken
// from the enclosing bucket's NextSequence, so a cursor walks them in
// creation order. Ids are opaque strings (an import brings arbitrary ones),
// so they are never keys themselves; the ids buckets map them to keys. The
// notes of an interview live apart from it so that lists can be loaded
// without megabytes of Markdown. A ledger entry, a seat and a candidate are
// records of their own, so that saving one writes that record and its
// index entry, not the network or the plan.
//
// Schema version 2 added the membership, the ledger buckets and the
// own_network bucket; the migration from version 1 (schema.go) creates the
// empty buckets and changes nothing else. The records of version 1 are
// read as they are: the fields version 2 added to the profile and the
// network take their defaults where a record lacks them.
const (
	// metaBucket holds what the file is: appKey and schemaVersionKey.
	metaBucket = "meta"
	// appKey maps to appMarker; a file without it is not netvet's.
	appKey = "app"
	// schemaVersionKey maps to the schema version as decimal ASCII digits.
	schemaVersionKey = "schema_version"
	// idTagKey maps to this database's id tag: a few random letters put
	// into every generated network id, so that networks exported from two
	// databases never share an id (an import would take one for the other).
	idTagKey = "id_tag"

	// profileBucket holds the one profile under profileKey.
	profileBucket = "profile"
	// profileKey maps to the profile's JSON.
	profileKey = "profile"

	// networkIDsBucket maps a network's id to its key in networksBucket.
	networkIDsBucket = "network_ids"
	// networksBucket holds one nested bucket per network, keyed by an
	// 8-byte big-endian sequence number.
	networksBucket = "networks"

	// recordKey, inside a network's or a seat's bucket, maps to its own
	// fields as JSON.
	recordKey = "record"
	// membershipKey, inside a network's bucket, maps to the membership's
	// terms and expectations as JSON.
	membershipKey = "membership"
	// promisesBucket, inside a network's bucket, maps child keys to
	// promises.
	promisesBucket = "promises"
	// interviewsBucket, inside a network's bucket, maps child keys to
	// interviews without their notes.
	interviewsBucket = "interviews"
	// notesBucket, inside a network's bucket, maps an interview's child key
	// to its notes.
	notesBucket = "notes"
	// evidenceBucket, inside a network's bucket, maps child keys to
	// evidence.
	evidenceBucket = "evidence"
	// ledgerBucket, inside a network's bucket, maps child keys to the
	// membership's ledger entries.
	ledgerBucket = "ledger"
	// childIDsBucket, inside a network's or a seat's bucket, maps a kind
	// prefix and a child's id to the child's key.
	childIDsBucket = "ids"

	// planBucket holds the own-network plan.
	planBucket = "own_network"
	// designKey, inside planBucket, maps to the plan's own fields as JSON.
	designKey = "design"
	// seatIDsBucket, inside planBucket, maps a seat's id to its key in
	// seatsBucket.
	seatIDsBucket = "seat_ids"
	// seatsBucket, inside planBucket, holds one nested bucket per seat,
	// keyed by an 8-byte big-endian sequence number.
	seatsBucket = "seats"
	// candidatesBucket, inside a seat's bucket, maps child keys to the
	// seat's candidates.
	candidatesBucket = "candidates"
)

// appMarker is the value of appKey in every netvet file.
const appMarker = "netvet"

// keyLen is the length of every network and child key.
const keyLen = 8

// childKind describes one of a network's child lists, or a seat's
// candidates.
type childKind struct {
	// bucket is the nested bucket holding the children.
	bucket string
	// indexPrefix starts the child's entries in childIDsBucket.
	indexPrefix string
	// idPrefix starts the ids netvet generates for such children.
	idPrefix string
	// noun names the kind in messages.
	noun string
}

// The child kinds: a network's promises, interviews, evidence and ledger
// entries, and a seat's candidates.
var (
	promiseKind   = childKind{bucket: promisesBucket, indexPrefix: "p:", idPrefix: "p", noun: nounPromise}
	interviewKind = childKind{bucket: interviewsBucket, indexPrefix: "i:", idPrefix: "i", noun: nounInterview}
	evidenceKind  = childKind{bucket: evidenceBucket, indexPrefix: "e:", idPrefix: "e", noun: nounEvidence}
	ledgerKind    = childKind{bucket: ledgerBucket, indexPrefix: "l:", idPrefix: "l", noun: nounLedger}
	candidateKind = childKind{bucket: candidatesBucket, indexPrefix: "c:", idPrefix: "c", noun: nounCandidate}
)

// networkIDPrefix starts the ids netvet generates for networks, and
// seatIDPrefix those of seats.
const (
	networkIDPrefix = "n"
	seatIDPrefix    = "s"
)

// indexKey is the key of a child's id in childIDsBucket.
func (k childKind) indexKey(id string) []byte {
	return []byte(k.indexPrefix + id)
}

// seqKey encodes a sequence number as a key that sorts in numeric order.
func seqKey(seq uint64) []byte {
	k := make([]byte, keyLen)
	binary.BigEndian.PutUint64(k, seq)
	return k
}

// keySeq decodes a key made by seqKey; ok is false for any other key.
func keySeq(k []byte) (seq uint64, ok bool) {
	if len(k) != keyLen {
		return 0, false
	}
	return binary.BigEndian.Uint64(k), true
}

// generatedID is the id netvet gives a record that has none: the prefix and
// the record's sequence number, zero-padded to six digits so that ids sort
// in creation order (up to a million records of a kind in one network or
// database), for example "n000001", "p000012" or "l000345". Network ids also carry the
// database's id tag after the prefix ("nk3xq7000001"); child ids need none,
// as they are unique within their network.
func generatedID(prefix string, seq uint64) string {
	return fmt.Sprintf("%s%06d", prefix, seq)
}

// idTagLen is the number of letters in an id tag: 32⁵ ≈ 33 million tags.
const idTagLen = 5

// newIDTag returns a random id tag of lower-case letters and digits.
func newIDTag() string {
	const alphabet = "abcdefghijkmnpqrstuvwxyz23456789"
	b := make([]byte, idTagLen)
	if _, err := rand.Read(b); err != nil {
		// crypto/rand does not fail on supported systems; a fixed tag
		// still gives valid, if less unique, ids.
		return "x"
	}
	for i := range b {
		b[i] = alphabet[int(b[i])%len(alphabet)]
	}
	return string(b)
}

// keyText shows a key in a message: the sequence number of a network or
// child key, the hex bytes of any other.
func keyText(k []byte) string {
	if seq, ok := keySeq(k); ok {
		return strconv.FormatUint(seq, 10)
	}
	return fmt.Sprintf("0x%x", k)
}

// clone copies b out of a transaction's memory map, which is only valid
// until the transaction ends.
func clone(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append([]byte(nil), b...)
}
