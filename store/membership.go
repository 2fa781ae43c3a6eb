package store

import (
	"bytes"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"netvet/model"
)

// The membership of a joined network and its ledger (SPEC.md 1.6). The
// terms and expectations are one record beside the network's, and each
// ledger entry is a record of its own, so that saving an entry writes that
// entry and its index entry and neither reads nor rewrites the network.
// None of these changes the network's Updated time, which is the network
// record's.

// SaveMembership stores the terms and frozen expectations of m as the
// network's membership, in place of any it has; the ledger is not touched
// (m.Ledger is ignored: entries are saved with SaveLedgerEntry). The
// expectations may name only promises of the network. It returns what was
// written: m without a ledger.
func (s *Store) SaveMembership(networkID string, m model.Membership) (model.Membership, error) {
	m.Ledger = nil
	m.Expectations.Promises = append([]model.PromiseExpectation(nil), m.Expectations.Promises...)
	err := s.update(func(tx *bolt.Tx) error {
		nb, key, err := s.findNetwork(tx, networkID)
		if err != nil {
			return err
		}
		if err := m.Validate(promiseIDs(nb)); err != nil {
			return s.refuse(nb, key, msgInvalidMembership, err)
		}
		rec, err := encodeMembership(m)
		if err != nil {
			return err
		}
		return putChanged(nb, []byte(membershipKey), rec)
	})
	if err != nil {
		return model.Membership{}, err
	}
	return m, nil
}

// SaveLedgerEntry adds e to the network's ledger (when e.ID is empty; the
// id is generated) or replaces the entry with e's id, and returns the
// stored entry. The network must have a membership, and e must pass
// model's validation against the network: a promise check names one of
// its promises. Nothing is written otherwise.
func (s *Store) SaveLedgerEntry(networkID string, e model.LedgerEntry) (model.LedgerEntry, error) {
	err := s.update(func(tx *bolt.Tx) error {
		nb, key, err := s.findNetwork(tx, networkID)
		if err != nil {
			return err
		}
		lb, idx, err := s.ledgerBuckets(nb, key)
		if err != nil {
			return err
		}
		var known []string
		if e.Kind == model.LedgerPromiseCheck && e.PromiseID != "" && idx.Get(promiseKind.indexKey(e.PromiseID)) != nil {
			known = []string{e.PromiseID}
		}
		if err := e.Validate(known); err != nil {
			return s.refuse(nb, key, msgInvalidLedgerEntry, err)
		}
		if e.ID != "" && idx.Get(ledgerKind.indexKey(e.ID)) == nil {
			return s.childMissing(nb, key, ledgerKind, e.ID)
		}
		slots, err := planChildren(nb, ledgerKind, []string{e.ID})
		if err != nil {
			return err
		}
		e.ID = slots[0].id
		v, err := encodeLedgerEntry(e)
		if err != nil {
			return err
		}
		if err := putChanged(lb, slots[0].key, v); err != nil {
			return err
		}
		return putChanged(idx, ledgerKind.indexKey(e.ID), slots[0].key)
	})
	if err != nil {
		return model.LedgerEntry{}, err
	}
	return e, nil
}

// DeleteLedgerEntry removes one entry from the network's ledger.
func (s *Store) DeleteLedgerEntry(networkID, entryID string) error {
	return s.update(func(tx *bolt.Tx) error {
		nb, key, err := s.findNetwork(tx, networkID)
		if err != nil {
			return err
		}
		lb, idx, err := s.ledgerBuckets(nb, key)
		if err != nil {
			return err
		}
		k, err := s.childKey(nb, key, ledgerKind, entryID)
		if err != nil {
			return err
		}
		if err := lb.Delete(k); err != nil {
			return err
		}
		return idx.Delete(ledgerKind.indexKey(entryID))
	})
}

// ledgerBuckets returns the ledger and the child index of a network that
// has a membership, or explains why there are none.
func (s *Store) ledgerBuckets(nb *bolt.Bucket, key []byte) (ledger, idx *bolt.Bucket, err error) {
	if nb.Get([]byte(membershipKey)) == nil {
		n, err := s.loadRecord(nb, key)
		if err != nil {
			return nil, nil, err
		}
		return nil, nil, errorf(ErrNotFound, nil, msgNoMembership, n.Name)
	}
	ledger, idx = nb.Bucket([]byte(ledgerBucket)), nb.Bucket([]byte(childIDsBucket))
	if ledger == nil || idx == nil {
		n, err := s.loadRecord(nb, key)
		if err != nil {
			return nil, nil, err
		}
		return nil, nil, errorf(nil, nil, msgDamagedPart, s.path, fmt.Sprintf(partBucketOf, ledgerBucket, networkLabel(n)))
	}
	return ledger, idx, nil
}

// promiseIDs lists the ids of a network's promises from its child index,
// without decoding a record.
func promiseIDs(nb *bolt.Bucket) []string {
	idx := nb.Bucket([]byte(childIDsBucket))
	if idx == nil {
		return nil
	}
	var ids []string
	prefix := []byte(promiseKind.indexPrefix)
	c := idx.Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		ids = append(ids, string(k[len(prefix):]))
	}
	return ids
}

// refuse explains that a part of the network was not saved because of
// err, a validation error; the network's name is read for the message.
func (s *Store) refuse(nb *bolt.Bucket, key []byte, format string, err error) error {
	n, rerr := s.loadRecord(nb, key)
	if rerr != nil {
		return rerr
	}
	return errorf(ErrInvalid, err, format, n.Name, err)
}

// childMissing explains that the network has no child of the kind with id.
func (s *Store) childMissing(nb *bolt.Bucket, key []byte, kind childKind, id string) error {
	n, err := s.loadRecord(nb, key)
	if err != nil {
		return err
	}
	return errorf(ErrNotFound, nil, msgChildNotFound, n.Name, kind.noun, id)
}
