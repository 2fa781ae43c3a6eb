package store

import (
	"fmt"

	bolt "go.etcd.io/bbolt"

	"netvet/model"
)

// The own-network plan (SPEC.md 1.7), one per database: its design is one
// record, each seat a bucket of its own with the seat's record and its
// candidates, one record each (see keys.go). Each method below is one
// transaction that writes what it changes: saving a candidate writes that
// candidate and its index entry, not the seat or the plan.

// Plan returns the own-network plan with its seats and their candidates in
// creation order. Before one is saved it returns model.NewOwnNetwork() and
// false.
func (s *Store) Plan() (model.OwnNetwork, bool, error) {
	var o model.OwnNetwork
	var found bool
	err := s.view(func(tx *bolt.Tx) error {
		var err error
		o, found, err = s.loadPlan(tx)
		return err
	})
	if err != nil {
		return model.NewOwnNetwork(), false, err
	}
	return o, found, nil
}

// loadPlan reads the plan inside tx.
func (s *Store) loadPlan(tx *bolt.Tx) (model.OwnNetwork, bool, error) {
	plan, _, seats, err := s.planBuckets(tx)
	if err != nil {
		return model.OwnNetwork{}, false, err
	}
	rec := plan.Get([]byte(designKey))
	if rec == nil {
		return model.NewOwnNetwork(), false, nil
	}
	o, err := decodeDesign(rec)
	if err != nil {
		return o, false, s.unreadable(partPlan, err)
	}
	err = seats.ForEachBucket(func(k []byte) error {
		st, err := s.loadSeat(seats.Bucket(k), k)
		o.Seats = append(o.Seats, st)
		return err
	})
	return o, true, err
}

// loadSeat decodes a seat and its candidates.
func (s *Store) loadSeat(sb *bolt.Bucket, key []byte) (model.Seat, error) {
	st, err := decodeSeat(sb.Get([]byte(recordKey)))
	if err != nil {
		return st, s.unreadable(fmt.Sprintf(partSeat, keyText(key)), err)
	}
	err = forEachChild(sb, candidateKind, func(k, v []byte) error {
		c, err := decodeCandidate(v)
		if err != nil {
			return s.unreadable(fmt.Sprintf(partCandidate, keyText(k), st.ID), err)
		}
		st.Candidates = append(st.Candidates, c)
		return nil
	})
	return st, err
}

// SavePlanDesign stores the plan's own fields from o — goal, target group,
// meetings, hours and ratings — making the plan if there is none; its
// seats are not touched (o.Seats is ignored: seats are saved with
// SaveSeat). It returns what was written: o without seats.
func (s *Store) SavePlanDesign(o model.OwnNetwork) (model.OwnNetwork, error) {
	o.Seats = nil
	if err := o.Validate(); err != nil {
		return model.OwnNetwork{}, errorf(ErrInvalid, err, msgInvalidPlan, err)
	}
	err := s.update(func(tx *bolt.Tx) error {
		plan, _, _, err := s.planBuckets(tx)
		if err != nil {
			return err
		}
		rec, err := encodeDesign(o)
		if err != nil {
			return err
		}
		return putChanged(plan, []byte(designKey), rec)
	})
	if err != nil {
		return model.OwnNetwork{}, err
	}
	return o, nil
}

// SaveSeat adds st to the plan (when st.ID is empty; the id is generated)
// or replaces the seat with st's id, and returns the stored seat. Only the
// seat's own fields are saved (st.Candidates is ignored: candidates are
// saved with SaveCandidate), and the stored seat is returned without
// them. A database without a plan gets one with the defaults.
func (s *Store) SaveSeat(st model.Seat) (model.Seat, error) {
	st.Candidates = nil
	st.Covers = append([]model.Cover(nil), st.Covers...)
	if err := st.Validate(); err != nil {
		return model.Seat{}, errorf(ErrInvalid, err, msgInvalidSeat, st.Role, err)
	}
	err := s.update(func(tx *bolt.Tx) error {
		plan, ids, seats, err := s.planBuckets(tx)
		if err != nil {
			return err
		}
		if err := ensureDesign(plan); err != nil {
			return err
		}
		key := ids.Get([]byte(st.ID))
		switch {
		case st.ID != "" && key == nil:
			return errorf(ErrNotFound, nil, msgSeatNotFound, st.ID)
		case key == nil:
			if st.ID, key, err = newSeatKey(ids, seats, "", nil); err != nil {
				return err
			}
		}
		return writeSeat(ids, seats, clone(key), st)
	})
	if err != nil {
		return model.Seat{}, err
	}
	return st, nil
}

// DeleteSeat removes the seat with its candidates.
func (s *Store) DeleteSeat(seatID string) error {
	return s.update(func(tx *bolt.Tx) error {
		_, ids, seats, err := s.planBuckets(tx)
		if err != nil {
			return err
		}
		_, key, err := s.findSeat(ids, seats, seatID)
		if err != nil {
			return err
		}
		if err := seats.DeleteBucket(key); err != nil {
			return err
		}
		return ids.Delete([]byte(seatID))
	})
}

// SaveCandidate adds c to the seat (when c.ID is empty; the id is
// generated) or replaces the seat's candidate with c's id, and returns the
// stored candidate.
func (s *Store) SaveCandidate(seatID string, c model.Candidate) (model.Candidate, error) {
	if err := c.Validate(); err != nil {
		return model.Candidate{}, errorf(ErrInvalid, err, msgInvalidCandidate, c.Name, err)
	}
	err := s.update(func(tx *bolt.Tx) error {
		_, ids, seats, err := s.planBuckets(tx)
		if err != nil {
			return err
		}
		sb, _, err := s.findSeat(ids, seats, seatID)
		if err != nil {
			return err
		}
		idx := sb.Bucket([]byte(childIDsBucket))
		if c.ID != "" && idx.Get(candidateKind.indexKey(c.ID)) == nil {
			return errorf(ErrNotFound, nil, msgCandidateNotFound, seatID, c.ID)
		}
		slots, err := planChildren(sb, candidateKind, []string{c.ID})
		if err != nil {
			return err
		}
		c.ID = slots[0].id
		v, err := encodeCandidate(c)
		if err != nil {
			return err
		}
		if err := putChanged(sb.Bucket([]byte(candidatesBucket)), slots[0].key, v); err != nil {
			return err
		}
		return putChanged(idx, candidateKind.indexKey(c.ID), slots[0].key)
	})
	if err != nil {
		return model.Candidate{}, err
	}
	return c, nil
}

// DeleteCandidate removes one candidate of a seat.
func (s *Store) DeleteCandidate(seatID, candidateID string) error {
	return s.update(func(tx *bolt.Tx) error {
		_, ids, seats, err := s.planBuckets(tx)
		if err != nil {
			return err
		}
		sb, _, err := s.findSeat(ids, seats, seatID)
		if err != nil {
			return err
		}
		idx := sb.Bucket([]byte(childIDsBucket))
		k := clone(idx.Get(candidateKind.indexKey(candidateID)))
		if candidateID == "" || k == nil {
			return errorf(ErrNotFound, nil, msgCandidateNotFound, seatID, candidateID)
		}
		if err := sb.Bucket([]byte(candidatesBucket)).Delete(k); err != nil {
			return err
		}
		return idx.Delete(candidateKind.indexKey(candidateID))
	})
}

// writePlan makes the plan hold exactly o, inside an import's transaction:
// its design, and its seats and candidates, which keep their ids; missing
// ids are generated. Seats stored before are removed. o is validated
// first, so that a bad value writes nothing.
func (s *Store) writePlan(tx *bolt.Tx, o model.OwnNetwork) error {
	if err := o.Validate(); err != nil {
		return errorf(ErrInvalid, err, msgInvalidPlan, err)
	}
	plan, _, _, err := s.planBuckets(tx)
	if err != nil {
		return err
	}
	for _, name := range []string{seatIDsBucket, seatsBucket} {
		if err := plan.DeleteBucket([]byte(name)); err != nil {
			return err
		}
	}
	if err := createPlanBuckets(tx); err != nil {
		return err
	}
	ids, seats := plan.Bucket([]byte(seatIDsBucket)), plan.Bucket([]byte(seatsBucket))
	rec, err := encodeDesign(o)
	if err != nil {
		return err
	}
	if err := plan.Put([]byte(designKey), rec); err != nil {
		return err
	}
	reserved := make(map[string]bool, len(o.Seats))
	for _, st := range o.Seats {
		reserved[st.ID] = true
	}
	for _, st := range o.Seats {
		id, key, err := newSeatKey(ids, seats, st.ID, reserved)
		if err != nil {
			return err
		}
		st.ID = id
		if err := writeSeat(ids, seats, key, st); err != nil {
			return err
		}
		if err := writeCandidates(seats.Bucket(key), st.Candidates); err != nil {
			return err
		}
	}
	return nil
}

// writeCandidates stores the candidates of a new seat, generating the
// missing ids.
func writeCandidates(sb *bolt.Bucket, cands []model.Candidate) error {
	slots, err := planChildren(sb, candidateKind, idsOf(cands, func(c model.Candidate) string { return c.ID }))
	if err != nil {
		return err
	}
	values := make([][]byte, len(cands))
	for i, c := range cands {
		c.ID = slots[i].id
		if values[i], err = encodeCandidate(c); err != nil {
			return err
		}
	}
	return writeChildren(sb, candidateKind, slots, values)
}

// planBuckets returns the plan's bucket, its seat index and its seats, or
// explains that one is missing.
func (s *Store) planBuckets(tx *bolt.Tx) (plan, ids, seats *bolt.Bucket, err error) {
	if plan, err = s.bucket(tx, planBucket); err != nil {
		return nil, nil, nil, err
	}
	for _, b := range []struct {
		name string
		dst  **bolt.Bucket
	}{{seatIDsBucket, &ids}, {seatsBucket, &seats}} {
		if *b.dst = plan.Bucket([]byte(b.name)); *b.dst == nil {
			return nil, nil, nil, errorf(nil, nil, msgDamagedPart, s.path, fmt.Sprintf(partBucketOf, b.name, partPlan))
		}
	}
	return plan, ids, seats, nil
}

// ensureDesign gives a plan without a design the default one.
func ensureDesign(plan *bolt.Bucket) error {
	if plan.Get([]byte(designKey)) != nil {
		return nil
	}
	rec, err := encodeDesign(model.NewOwnNetwork())
	if err != nil {
		return err
	}
	return plan.Put([]byte(designKey), rec)
}

// findSeat returns the bucket and key of the seat with the given id.
func (s *Store) findSeat(ids, seats *bolt.Bucket, id string) (*bolt.Bucket, []byte, error) {
	k := ids.Get([]byte(id))
	if id == "" || k == nil {
		return nil, nil, errorf(ErrNotFound, nil, msgSeatNotFound, id)
	}
	sb := seats.Bucket(k)
	if sb == nil || sb.Bucket([]byte(candidatesBucket)) == nil || sb.Bucket([]byte(childIDsBucket)) == nil {
		return nil, nil, errorf(nil, nil, msgDamagedPart, s.path, fmt.Sprintf(partSeatID, id))
	}
	return sb, clone(k), nil
}

// newSeatKey hands out the key of a new seat and, if id is empty, a
// generated id that no seat has and that is not reserved.
func newSeatKey(ids, seats *bolt.Bucket, id string, reserved map[string]bool) (string, []byte, error) {
	for {
		seq, err := seats.NextSequence()
		if err != nil {
			return "", nil, err
		}
		if id != "" {
			return id, seqKey(seq), nil
		}
		if gen := generatedID(seatIDPrefix, seq); ids.Get([]byte(gen)) == nil && !reserved[gen] {
			return gen, seqKey(seq), nil
		}
	}
}

// writeSeat stores the seat's own fields at key, with its buckets, and its
// id in the seat index.
func writeSeat(ids, seats *bolt.Bucket, key []byte, st model.Seat) error {
	sb, err := seats.CreateBucketIfNotExists(key)
	if err != nil {
		return err
	}
	for _, name := range []string{candidatesBucket, childIDsBucket} {
		if _, err := sb.CreateBucketIfNotExists([]byte(name)); err != nil {
			return err
		}
	}
	rec, err := encodeSeat(st)
	if err != nil {
		return err
	}
	if err := putChanged(sb, []byte(recordKey), rec); err != nil {
		return err
	}
	return putChanged(ids, []byte(st.ID), key)
}
