package store

import (
	"bytes"
	"encoding/json"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	bolt "go.etcd.io/bbolt"

	"netvet/model"
)

// This file reads and writes networks inside a transaction. The methods in
// networks.go, children.go and replace.go wrap them in exactly one
// transaction each.

// slot is where one child goes: its id and its key in the kind's bucket.
type slot struct {
	id  string
	key []byte
}

// bucket returns the top-level bucket name, or explains that it is missing.
func (s *Store) bucket(tx *bolt.Tx, name string) (*bolt.Bucket, error) {
	b := tx.Bucket([]byte(name))
	if b == nil {
		return nil, errorf(nil, nil, msgDamagedPart, s.path, fmt.Sprintf(partBucket, name))
	}
	return b, nil
}

// findNetwork returns the bucket and key of the network with the given id.
func (s *Store) findNetwork(tx *bolt.Tx, id string) (*bolt.Bucket, []byte, error) {
	ids, err := s.bucket(tx, networkIDsBucket)
	if err != nil {
		return nil, nil, err
	}
	nets, err := s.bucket(tx, networksBucket)
	if err != nil {
		return nil, nil, err
	}
	k := ids.Get([]byte(id))
	if k == nil {
		return nil, nil, errorf(ErrNotFound, nil, msgNetworkNotFound, id)
	}
	nb := nets.Bucket(k)
	if nb == nil {
		return nil, nil, errorf(nil, nil, msgDamagedPart, s.path, fmt.Sprintf(partNetwork, id))
	}
	return nb, clone(k), nil
}

// nameList holds the names of the stored networks by key, for the rule
// that names are unique, indexed by model.NameKey so that a clash is one
// look-up. An import loads it once instead of decoding every record for
// every imported network.
type nameList struct {
	// names maps a network's key to its name.
	names map[string]string
	// keys maps a name key to the keys of the networks with that name:
	// one, except in a file written before names were compared this way.
	keys map[string][]string
}

// loadNames reads the names of all stored networks.
func (s *Store) loadNames(tx *bolt.Tx) (*nameList, error) {
	nets, err := s.bucket(tx, networksBucket)
	if err != nil {
		return nil, err
	}
	l := &nameList{}
	err = nets.ForEachBucket(func(k []byte) error {
		n, err := s.loadRecord(nets.Bucket(k), k)
		if err != nil {
			return err
		}
		l.set(k, n.Name)
		return nil
	})
	return l, err
}

// find returns the key and the name of a network whose name is the same as
// name (see model.SameName), other than the one at except, or nil.
func (l *nameList) find(name string, except []byte) ([]byte, string) {
	key := model.NameKey(name)
	if key == "" {
		return nil, ""
	}
	for _, k := range l.keys[key] {
		if k != string(except) {
			return []byte(k), l.names[k]
		}
	}
	return nil, ""
}

// set records the name of the network at key.
func (l *nameList) set(key []byte, name string) {
	if l.names == nil {
		l.names, l.keys = make(map[string]string), make(map[string][]string)
	}
	k := string(key)
	if old, ok := l.names[k]; ok {
		oldKey := model.NameKey(old)
		l.keys[oldKey] = slices.DeleteFunc(l.keys[oldKey], func(x string) bool { return x == k })
	}
	l.names[k] = name
	nameKey := model.NameKey(name)
	l.keys[nameKey] = append(l.keys[nameKey], k)
}

// loadRecord decodes the network's own fields.
func (s *Store) loadRecord(nb *bolt.Bucket, key []byte) (model.Network, error) {
	n, err := decodeNetwork(nb.Get([]byte(recordKey)))
	if err != nil {
		return model.Network{}, s.unreadable(fmt.Sprintf(partRecord, keyText(key)), err)
	}
	return n, nil
}

// loadNetwork decodes a network and its children, in creation order; with
// notes false, interviews come without their notes.
func (s *Store) loadNetwork(nb *bolt.Bucket, key []byte, notes bool) (model.Network, error) {
	return s.decodeRaw(readNetwork(nb, key, notes))
}

// rawNetwork is a network as stored: the bytes of its record and of its
// children, in key order. They point into the transaction's memory map and
// are valid until it ends.
type rawNetwork struct {
	key        []byte
	record     []byte
	membership []byte
	promises   []rawChild
	interviews []rawChild
	evidence   []rawChild
	ledger     []rawChild
}

// rawChild is one stored child; notes are an interview's, if read.
type rawChild struct {
	key, value, notes []byte
}

// readNetwork collects the bytes of a network and its children without
// decoding them; with notes, each interview's notes too.
func readNetwork(nb *bolt.Bucket, key []byte, notes bool) rawNetwork {
	raw := rawNetwork{key: key, record: nb.Get([]byte(recordKey)), membership: nb.Get([]byte(membershipKey))}
	children := func(kind childKind, notes *bolt.Bucket) []rawChild {
		var out []rawChild
		_ = forEachChild(nb, kind, func(k, v []byte) error {
			c := rawChild{key: k, value: v}
			if notes != nil {
				c.notes = notes.Get(k)
			}
			out = append(out, c)
			return nil
		})
		return out
	}
	var nts *bolt.Bucket
	if notes {
		nts = nb.Bucket([]byte(notesBucket))
	}
	raw.promises = children(promiseKind, nil)
	raw.interviews = children(interviewKind, nts)
	raw.evidence = children(evidenceKind, nil)
	raw.ledger = children(ledgerKind, nil)
	return raw
}

// decodeRaw decodes what readNetwork collected. It touches no bbolt
// object, only bytes, so networks of one transaction can be decoded in
// parallel.
func (s *Store) decodeRaw(raw rawNetwork) (model.Network, error) {
	n, err := decodeNetwork(raw.record)
	if err != nil {
		return model.Network{}, s.unreadable(fmt.Sprintf(partRecord, keyText(raw.key)), err)
	}
	where := func(kind childKind, k []byte) string {
		return fmt.Sprintf(partChild, kind.noun, keyText(k), n.ID)
	}
	if len(raw.promises) > 0 {
		n.Promises = make([]model.Promise, len(raw.promises))
	}
	for i, c := range raw.promises {
		if n.Promises[i], err = decodePromise(c.value); err != nil {
			return n, s.unreadable(where(promiseKind, c.key), err)
		}
	}
	if len(raw.interviews) > 0 {
		n.Interviews = make([]model.Interview, len(raw.interviews))
	}
	for i, c := range raw.interviews {
		if n.Interviews[i], err = decodeInterview(c.value); err != nil {
			return n, s.unreadable(where(interviewKind, c.key), err)
		}
		n.Interviews[i].Notes = string(c.notes)
	}
	if len(raw.evidence) > 0 {
		n.Evidence = make([]model.Evidence, len(raw.evidence))
	}
	for i, c := range raw.evidence {
		if n.Evidence[i], err = decodeEvidence(c.value); err != nil {
			return n, s.unreadable(where(evidenceKind, c.key), err)
		}
	}
	return n, s.decodeMembership(raw, &n)
}

// decodeMembership decodes the membership and its ledger of a network
// read by readNetwork into n. Ledger entries without a membership are
// damage: the store never writes them.
func (s *Store) decodeMembership(raw rawNetwork, n *model.Network) error {
	if raw.membership == nil {
		if len(raw.ledger) > 0 {
			return errorf(nil, nil, msgDamagedPart, s.path, fmt.Sprintf(partMembership, n.ID))
		}
		return nil
	}
	m, err := decodeMembership(raw.membership)
	if err != nil {
		return s.unreadable(fmt.Sprintf(partMembership, n.ID), err)
	}
	if len(raw.ledger) > 0 {
		m.Ledger = make([]model.LedgerEntry, len(raw.ledger))
	}
	for i, c := range raw.ledger {
		if m.Ledger[i], err = decodeLedgerEntry(c.value); err != nil {
			return s.unreadable(fmt.Sprintf(partChild, ledgerKind.noun, keyText(c.key), n.ID), err)
		}
	}
	n.Membership = &m
	return nil
}

// forEachChild calls fn for every child of the kind in key order; a
// network without the kind's bucket has none.
func forEachChild(nb *bolt.Bucket, kind childKind, fn func(k, v []byte) error) error {
	cb := nb.Bucket([]byte(kind.bucket))
	if cb == nil {
		return nil
	}
	return cb.ForEach(func(k, v []byte) error {
		if v == nil {
			return nil
		}
		return fn(k, v)
	})
}

// unreadable explains that part of the file cannot be decoded.
func (s *Store) unreadable(part string, err error) error {
	return errorf(nil, err, msgUnreadable, s.path, part, err)
}

// loadAll decodes every network in creation order. Reading the bytes is
// quick; decoding the JSON is most of the work of loading a large file, so
// it is spread over the processors (the bytes stay valid while tx is
// open, and no bbolt object is shared).
func (s *Store) loadAll(tx *bolt.Tx, notes bool) ([]model.Network, error) {
	nets, err := s.bucket(tx, networksBucket)
	if err != nil {
		return nil, err
	}
	var raws []rawNetwork
	err = nets.ForEachBucket(func(k []byte) error {
		raws = append(raws, readNetwork(nets.Bucket(k), k, notes))
		return nil
	})
	if err != nil || len(raws) == 0 {
		return nil, err
	}
	all := make([]model.Network, len(raws))
	errs := make([]error, len(raws))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(raws)) {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < len(raws); i = int(next.Add(1) - 1) {
				all[i], errs[i] = s.decodeRaw(raws[i])
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return all, nil
}

// newNetworkKey hands out the key of a new network and, if id is empty, a
// generated id that no network has and that is not reserved.
func (s *Store) newNetworkKey(tx *bolt.Tx, id string, reserved map[string]bool) (string, []byte, error) {
	nets, err := s.bucket(tx, networksBucket)
	if err != nil {
		return "", nil, err
	}
	ids, err := s.bucket(tx, networkIDsBucket)
	if err != nil {
		return "", nil, err
	}
	for {
		seq, err := nets.NextSequence()
		if err != nil {
			return "", nil, err
		}
		if id != "" {
			return id, seqKey(seq), nil
		}
		if gen := generatedID(networkIDPrefix+s.idTag, seq); ids.Get([]byte(gen)) == nil && !reserved[gen] {
			return gen, seqKey(seq), nil
		}
	}
}

// writeNetwork makes the network bucket at key hold exactly n: its own
// fields and its children, which keep their keys when their ids are
// already there, and get new keys (and generated ids, written back into n)
// otherwise; children not in n are removed. Without ledger, the ledger's
// entries are taken to be as stored and are not written. With validate, n is checked
// with model's Validate, for dangling references and for a duplicate name
// first, so that a bad value writes nothing; names are the stored names,
// loaded when nil, and get n's name. The caller sets n.ID, Created and
// Updated, and the network id index.
func (s *Store) writeNetwork(tx *bolt.Tx, key []byte, n *model.Network, validate, ledger bool, names *nameList) error {
	if validate && names == nil {
		// Before the network's bucket exists: a new one has no record yet.
		var err error
		if names, err = s.loadNames(tx); err != nil {
			return err
		}
	}
	nets, err := s.bucket(tx, networksBucket)
	if err != nil {
		return err
	}
	nb, err := nets.CreateBucketIfNotExists(key)
	if err != nil {
		return err
	}
	for _, name := range networkBuckets {
		if _, err := nb.CreateBucketIfNotExists([]byte(name)); err != nil {
			return err
		}
	}

	ps, err := planChildren(nb, promiseKind, idsOf(n.Promises, func(p model.Promise) string { return p.ID }))
	if err != nil {
		return invalid(*n, err)
	}
	is, err := planChildren(nb, interviewKind, idsOf(n.Interviews, func(iv model.Interview) string { return iv.ID }))
	if err != nil {
		return invalid(*n, err)
	}
	es, err := planChildren(nb, evidenceKind, idsOf(n.Evidence, func(e model.Evidence) string { return e.ID }))
	if err != nil {
		return invalid(*n, err)
	}
	for i := range n.Promises {
		n.Promises[i].ID = ps[i].id
	}
	for i := range n.Interviews {
		n.Interviews[i].ID = is[i].id
	}
	for i := range n.Evidence {
		n.Evidence[i].ID = es[i].id
	}
	var ls []slot
	if ledger {
		if ls, err = planChildren(nb, ledgerKind, idsOf(ledgerOf(n), ledgerIDOf)); err != nil {
			return invalid(*n, err)
		}
		for i := range ledgerOf(n) {
			n.Membership.Ledger[i].ID = ls[i].id
		}
	}

	if validate {
		if err := n.Validate(); err != nil {
			return invalid(*n, err)
		}
		if errs := danglingRefs(*n); len(errs) > 0 {
			return invalid(*n, errs[0])
		}
		if k, existing := names.find(n.Name, key); k != nil {
			return nameTaken(n.Name, existing)
		}
	}

	rec, err := encodeNetwork(*n)
	if err != nil {
		return err
	}
	if err := putChanged(nb, []byte(recordKey), rec); err != nil {
		return err
	}
	if names != nil {
		names.set(key, n.Name)
	}
	values, err := encodeAll(n.Promises, func(p model.Promise) ([]byte, error) { return json.Marshal(p) })
	if err != nil {
		return err
	}
	if err := writeChildren(nb, promiseKind, ps, values); err != nil {
		return err
	}
	if values, err = encodeAll(n.Interviews, encodeInterview); err != nil {
		return err
	}
	if err := writeChildren(nb, interviewKind, is, values); err != nil {
		return err
	}
	notes := make([][]byte, len(n.Interviews))
	for i, iv := range n.Interviews {
		notes[i] = []byte(iv.Notes)
	}
	if err := writeNotes(nb, is, notes); err != nil {
		return err
	}
	if values, err = encodeAll(n.Evidence, func(e model.Evidence) ([]byte, error) { return json.Marshal(e) }); err != nil {
		return err
	}
	if err := writeChildren(nb, evidenceKind, es, values); err != nil {
		return err
	}
	return writeMembership(nb, n.Membership, ls, ledger)
}

// networkBuckets are the nested buckets of every network's bucket.
var networkBuckets = []string{promisesBucket, interviewsBucket, notesBucket, evidenceBucket, ledgerBucket, childIDsBucket}

// ledgerOf is the network's ledger; nil without a membership.
func ledgerOf(n *model.Network) []model.LedgerEntry {
	if n.Membership == nil {
		return nil
	}
	return n.Membership.Ledger
}

// writeMembership makes the network bucket hold exactly the membership m,
// whose ledger entries go into the slots: its terms and expectations under
// membershipKey and, with ledger, one record per entry; without a
// membership, neither.
func writeMembership(nb *bolt.Bucket, m *model.Membership, slots []slot, ledger bool) error {
	if m == nil && !ledger {
		return nb.Delete([]byte(membershipKey))
	}
	if m == nil {
		if err := nb.Delete([]byte(membershipKey)); err != nil {
			return err
		}
		return writeChildren(nb, ledgerKind, nil, nil)
	}
	rec, err := encodeMembership(*m)
	if err != nil {
		return err
	}
	if err := putChanged(nb, []byte(membershipKey), rec); err != nil || !ledger {
		return err
	}
	values, err := encodeAll(m.Ledger, encodeLedgerEntry)
	if err != nil {
		return err
	}
	return writeChildren(nb, ledgerKind, slots, values)
}

// invalid explains that n was not saved because of err.
func invalid(n model.Network, err error) error {
	if n.Name == "" {
		return errorf(ErrInvalid, err, msgInvalidUnnamed, err)
	}
	return errorf(ErrInvalid, err, msgInvalidNetwork, n.Name, err)
}

// danglingRefs lists every answer, promise check and frozen promise status
// naming a promise, and every evidence naming an interview, that the
// network does not have. model's Validate checks this too; the store
// checks it itself because its own consistency depends on it.
func danglingRefs(n model.Network) []error {
	var errs []error
	promises := make(map[string]bool, len(n.Promises))
	for _, p := range n.Promises {
		promises[p.ID] = true
	}
	interviews := make(map[string]bool, len(n.Interviews))
	for _, iv := range n.Interviews {
		interviews[iv.ID] = true
		for _, a := range iv.Answers {
			if !promises[a.PromiseID] {
				errs = append(errs, fmt.Errorf(msgDanglingAnswer, iv.ID, a.PromiseID))
			}
		}
	}
	for _, e := range n.Evidence {
		if e.InterviewID != "" && !interviews[e.InterviewID] {
			errs = append(errs, fmt.Errorf(msgDanglingEvidence, e.ID, e.InterviewID))
		}
	}
	if n.Membership == nil {
		return errs
	}
	for _, pe := range n.Membership.Expectations.Promises {
		if !promises[pe.PromiseID] {
			errs = append(errs, fmt.Errorf(msgDanglingExpectation, pe.PromiseID))
		}
	}
	for _, e := range n.Membership.Ledger {
		if e.Kind == model.LedgerPromiseCheck && !promises[e.PromiseID] {
			errs = append(errs, fmt.Errorf(msgDanglingPromiseCheck, e.ID, e.PromiseID))
		}
	}
	return errs
}

// idsOf lists the ids of items.
func idsOf[T any](items []T, id func(T) string) []string {
	ids := make([]string, len(items))
	for i, it := range items {
		ids[i] = id(it)
	}
	return ids
}

// encodeAll encodes every item.
func encodeAll[T any](items []T, enc func(T) ([]byte, error)) ([][]byte, error) {
	out := make([][]byte, len(items))
	for i, it := range items {
		b, err := enc(it)
		if err != nil {
			return nil, err
		}
		out[i] = b
	}
	return out, nil
}

// planChildren decides the slot of each child of a kind, given their ids in
// order: a known id keeps its key; a new id gets the next key; an empty id
// gets the next key and the id generated from it, skipping ids already in
// use. Two children with the same id are an error.
func planChildren(nb *bolt.Bucket, kind childKind, ids []string) ([]slot, error) {
	cb := nb.Bucket([]byte(kind.bucket))
	idx := nb.Bucket([]byte(childIDsBucket))
	taken := make(map[string]bool, len(ids))
	for _, id := range ids {
		if id == "" {
			continue
		}
		if taken[id] {
			return nil, fmt.Errorf(msgDuplicateChildID, kind.noun, id)
		}
		taken[id] = true
	}
	slots := make([]slot, len(ids))
	for i, id := range ids {
		if k := idx.Get(kind.indexKey(id)); id != "" && k != nil {
			slots[i] = slot{id: id, key: clone(k)}
			continue
		}
		for {
			seq, err := cb.NextSequence()
			if err != nil {
				return nil, err
			}
			if id != "" {
				slots[i] = slot{id: id, key: seqKey(seq)}
				break
			}
			gen := generatedID(kind.idPrefix, seq)
			if !taken[gen] && idx.Get(kind.indexKey(gen)) == nil {
				taken[gen] = true
				slots[i] = slot{id: gen, key: seqKey(seq)}
				break
			}
		}
	}
	return slots, nil
}

// writeChildren makes the kind's bucket and id index hold exactly the
// given slots and values; values that did not change are not written again.
func writeChildren(nb *bolt.Bucket, kind childKind, slots []slot, values [][]byte) error {
	cb := nb.Bucket([]byte(kind.bucket))
	idx := nb.Bucket([]byte(childIDsBucket))
	keep := make(map[string]bool, len(slots))
	ids := make(map[string]bool, len(slots))
	for i, sl := range slots {
		keep[string(sl.key)] = true
		ids[sl.id] = true
		if err := putChanged(cb, sl.key, values[i]); err != nil {
			return err
		}
		if err := putChanged(idx, kind.indexKey(sl.id), sl.key); err != nil {
			return err
		}
	}
	if err := deleteKeys(cb, func(k []byte) bool { return !keep[string(k)] }); err != nil {
		return err
	}
	return deleteKeys(idx, func(k []byte) bool {
		id, ok := strings.CutPrefix(string(k), kind.indexPrefix)
		return ok && !ids[id]
	})
}

// writeNotes stores each interview's notes under its key, and removes empty
// notes and the notes of interviews that are gone.
func writeNotes(nb *bolt.Bucket, slots []slot, notes [][]byte) error {
	b := nb.Bucket([]byte(notesBucket))
	keep := make(map[string]bool, len(slots))
	for i, sl := range slots {
		if len(notes[i]) == 0 {
			continue
		}
		keep[string(sl.key)] = true
		if err := putChanged(b, sl.key, notes[i]); err != nil {
			return err
		}
	}
	return deleteKeys(b, func(k []byte) bool { return !keep[string(k)] })
}

// putChanged writes v under k unless it is there already, sparing the
// pages of unchanged records.
func putChanged(b *bolt.Bucket, k, v []byte) error {
	if old := b.Get(k); old != nil && bytes.Equal(old, v) {
		return nil
	}
	return b.Put(k, v)
}

// deleteKeys removes the values (not nested buckets) of b whose keys match.
func deleteKeys(b *bolt.Bucket, match func(k []byte) bool) error {
	var doomed [][]byte
	if err := b.ForEach(func(k, v []byte) error {
		if v != nil && match(k) {
			doomed = append(doomed, clone(k))
		}
		return nil
	}); err != nil {
		return err
	}
	for _, k := range doomed {
		if err := b.Delete(k); err != nil {
			return err
		}
	}
	return nil
}
