package store

import (
	"runtime/debug"
	"time"

	bolt "go.etcd.io/bbolt"

	"netvet/model"
)

// view runs fn in a read transaction and gives its errors the path. A
// memory fault reading the file (another program cut it short) becomes an
// error.
func (s *Store) view(fn func(tx *bolt.Tx) error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = errorf(nil, nil, msgFault, s.path, r)
		}
	}()
	return s.explain(s.db.View(fn), msgRead)
}

// update runs fn in one write transaction, which is on disk when update
// returns without error. A store opened read-only refuses at once with
// ErrReadOnly.
func (s *Store) update(fn func(tx *bolt.Tx) error) (err error) {
	if s.readOnly {
		return errorf(ErrReadOnly, nil, msgReadOnly, s.path)
	}
	s.takePreloaded()
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = errorf(nil, nil, msgFault, s.path, r)
		}
	}()
	return s.explain(s.db.Update(fn), msgWrite)
}

// explain keeps the store's own errors and puts the others (bbolt's, the
// operating system's) into a sentence naming the file.
func (s *Store) explain(err error, format string) error {
	if err == nil {
		return nil
	}
	if _, ok := err.(*storeError); ok {
		return err
	}
	return errorf(nil, err, format, s.path, err)
}

// stamp is the time written into Created and Updated: the clock's time in
// UTC without its monotonic reading, so that it survives encoding as it is.
func (s *Store) stamp() time.Time {
	return s.now().UTC().Round(0)
}

// Networks returns every network, archived ones included, in creation
// order, each with its promises, interviews and evidence in creation order.
// Empty lists are nil.
func (s *Store) Networks() ([]model.Network, error) {
	if nets, ok := s.takePreloaded(); ok {
		return nets, nil
	}
	var all []model.Network
	err := s.view(func(tx *bolt.Tx) error {
		var err error
		all, err = s.loadAll(tx, true)
		return err
	})
	return all, err
}

// NetworksLite is Networks without the interviews' notes, which are left
// empty: for lists, which should not have to load megabytes of Markdown.
// Read notes with InterviewNotes. Never write a network or interview read
// this way back with UpdateNetwork or PutInterview: that would erase the
// notes. SaveBasics and the other Put methods are safe.
func (s *Store) NetworksLite() ([]model.Network, error) {
	var all []model.Network
	err := s.view(func(tx *bolt.Tx) error {
		var err error
		all, err = s.loadAll(tx, false)
		return err
	})
	return all, err
}

// Network returns the network with the given id, with everything under it.
func (s *Store) Network(id string) (model.Network, error) {
	var n model.Network
	err := s.view(func(tx *bolt.Tx) error {
		nb, key, err := s.findNetwork(tx, id)
		if err != nil {
			return err
		}
		n, err = s.loadNetwork(nb, key, true)
		return err
	})
	return n, err
}

// InterviewNotes returns the notes of one interview.
func (s *Store) InterviewNotes(networkID, interviewID string) (string, error) {
	var notes string
	err := s.view(func(tx *bolt.Tx) error {
		nb, key, err := s.findNetwork(tx, networkID)
		if err != nil {
			return err
		}
		k, err := s.childKey(nb, key, interviewKind, interviewID)
		if err != nil {
			return err
		}
		if b := nb.Bucket([]byte(notesBucket)); b != nil {
			notes = string(b.Get(k))
		}
		return nil
	})
	return notes, err
}

// childKey finds the key of a child by id, or explains that there is none.
func (s *Store) childKey(nb *bolt.Bucket, netKey []byte, kind childKind, id string) ([]byte, error) {
	if idx := nb.Bucket([]byte(childIDsBucket)); idx != nil && id != "" {
		if k := idx.Get(kind.indexKey(id)); k != nil {
			return clone(k), nil
		}
	}
	n, err := s.loadRecord(nb, netKey)
	if err != nil {
		return nil, err
	}
	return nil, errorf(ErrNotFound, nil, msgChildNotFound, n.Name, kind.noun, id)
}

// CreateNetwork stores a new network with its children. A network without
// an id gets one, and so do children without one; Created and Updated are
// set to now. The network is validated first and a duplicate name or id is
// refused, so a bad value writes nothing. It returns the stored network.
func (s *Store) CreateNetwork(n model.Network) (model.Network, error) {
	var stored model.Network
	err := s.update(func(tx *bolt.Tx) error {
		ids, err := s.bucket(tx, networkIDsBucket)
		if err != nil {
			return err
		}
		if n.ID != "" && ids.Get([]byte(n.ID)) != nil {
			return errorf(ErrDuplicateID, nil, msgDuplicateID, n.ID)
		}
		id, key, err := s.newNetworkKey(tx, n.ID, nil)
		if err != nil {
			return err
		}
		n = copyNetwork(n)
		n.ID = id
		now := s.stamp()
		n.Created, n.Updated = now, now
		if err := s.writeNetwork(tx, key, &n, true, true, nil); err != nil {
			return err
		}
		if err := ids.Put([]byte(id), key); err != nil {
			return err
		}
		stored, err = s.reload(tx, key)
		return err
	})
	return stored, err
}

// UpdateNetwork replaces the network with n's id and everything under it:
// children not in n are removed, children without an id are added. Created
// is kept, Updated set to now. The same validation as CreateNetwork
// applies; the name may stay the same. It returns the stored network.
func (s *Store) UpdateNetwork(n model.Network) (model.Network, error) {
	var stored model.Network
	err := s.update(func(tx *bolt.Tx) error {
		nb, key, err := s.findNetwork(tx, n.ID)
		if err != nil {
			return err
		}
		old, err := s.loadRecord(nb, key)
		if err != nil {
			return err
		}
		n = copyNetwork(n)
		n.Created, n.Updated = old.Created, s.stamp()
		if err := s.writeNetwork(tx, key, &n, true, true, nil); err != nil {
			return err
		}
		stored, err = s.reload(tx, key)
		return err
	})
	return stored, err
}

// SaveBasics updates the network's own fields (name, kind, fees, ratings,
// warnings, notes …) from n and leaves its promises, interviews, evidence
// and ledger as they are. When n has a membership, its terms and
// expectations are saved too, so that joining (status and membership) is
// one transaction; a nil membership leaves the stored one alone.
// Validation and the duplicate-name rule are those of UpdateNetwork. It
// returns the stored network.
func (s *Store) SaveBasics(n model.Network) (model.Network, error) {
	return s.change(n.ID, func(cur *model.Network) error {
		n.Promises, n.Interviews, n.Evidence = cur.Promises, cur.Interviews, cur.Evidence
		n.Created = cur.Created
		n.Membership = termsOf(n.Membership, cur.Membership)
		*cur = n
		return nil
	}, true, false)
}

// termsOf is the membership with the terms and expectations of m and the
// ledger of stored; stored itself when m is nil.
func termsOf(m, stored *model.Membership) *model.Membership {
	if m == nil {
		return stored
	}
	out := *m
	out.Ledger = nil
	if stored != nil {
		out.Ledger = stored.Ledger
	}
	return &out
}

// DeleteNetwork removes the network and everything under it.
func (s *Store) DeleteNetwork(id string) error {
	return s.update(func(tx *bolt.Tx) error {
		_, key, err := s.findNetwork(tx, id)
		if err != nil {
			return err
		}
		nets, err := s.bucket(tx, networksBucket)
		if err != nil {
			return err
		}
		ids, err := s.bucket(tx, networkIDsBucket)
		if err != nil {
			return err
		}
		if err := nets.DeleteBucket(key); err != nil {
			return err
		}
		return ids.Delete([]byte(id))
	})
}

// change applies edit to the stored network with the given id, sets
// Updated and writes the result, all in one transaction, and returns the
// stored network. Only with ledger may edit change the ledger's entries;
// without, they are left as stored, which spares encoding a ledger of
// thousands of entries for a change of anything else.
func (s *Store) change(id string, edit func(n *model.Network) error, validate, ledger bool) (model.Network, error) {
	var stored, n model.Network
	err := s.update(func(tx *bolt.Tx) error {
		nb, key, err := s.findNetwork(tx, id)
		if err != nil {
			return err
		}
		n, err = s.loadNetwork(nb, key, true)
		if err != nil {
			return err
		}
		oldName := n.Name
		if err := edit(&n); err != nil {
			return err
		}
		n.ID, n.Updated = id, s.stamp()
		// A network that keeps its name keeps it unique, so the other
		// networks' names (one record each to decode) are needed only
		// for a new name; an empty list has nothing to clash with.
		var names *nameList
		if model.SameName(oldName, n.Name) {
			names = &nameList{}
		}
		if err := s.writeNetwork(tx, key, &n, validate, ledger, names); err != nil {
			return err
		}
		stored, err = s.reload(tx, key)
		return err
	})
	return stored, err
}

// reload reads back the network just written, so that callers get exactly
// what a later read returns.
func (s *Store) reload(tx *bolt.Tx, key []byte) (model.Network, error) {
	nets, err := s.bucket(tx, networksBucket)
	if err != nil {
		return model.Network{}, err
	}
	return s.loadNetwork(nets.Bucket(key), key, true)
}

// copyNetwork copies the child slices and the membership of n, so that
// the ids the store writes into them do not change the caller's value.
func copyNetwork(n model.Network) model.Network {
	n.Promises = append([]model.Promise(nil), n.Promises...)
	n.Interviews = append([]model.Interview(nil), n.Interviews...)
	n.Evidence = append([]model.Evidence(nil), n.Evidence...)
	if n.Membership != nil {
		m := *n.Membership
		m.Ledger = append([]model.LedgerEntry(nil), m.Ledger...)
		n.Membership = &m
	}
	return n
}
