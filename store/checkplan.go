package store

import (
	"bytes"
	"fmt"
	"strings"

	bolt "go.etcd.io/bbolt"

	"netvet/model"
)

// plan checks the own-network plan: its buckets are there; the design,
// every seat and every candidate decode; the seat index and each seat's
// candidate index match the records; seats have a design to belong to;
// and, when everything could be read, the whole plan passes validation.
// Reading, it keeps the plan; salvaging, what keeps the rules of it.
func (c *checker) plan(tx *bolt.Tx) {
	plan := tx.Bucket([]byte(planBucket))
	if plan == nil {
		c.add(chkNoBucket, planBucket)
		return
	}
	ids, seats := plan.Bucket([]byte(seatIDsBucket)), plan.Bucket([]byte(seatsBucket))
	complete := c.nestedBuckets(partPlan, plan, seatIDsBucket, seatsBucket)
	c.strayPlanKeys(plan)
	rec := plan.Get([]byte(designKey))
	o, err := decodeDesign(rec)
	if rec != nil && err != nil {
		c.add(chkUndecodable, partPlan, err)
		c.leaveOut(leftPlanUnreadable, err)
		return
	}
	if !complete {
		return
	}
	o.Seats, complete = c.seats(ids, seats)
	switch {
	case rec == nil && len(o.Seats) > 0:
		c.add(chkSeatsWithoutDesign)
		c.leaveOut(leftSeatNoDesign)
	case rec == nil:
	case c.mode == salvage:
		if err := o.Validate(); err != nil && complete {
			c.add(chkInvalid, partPlan, err)
		}
		c.out.plan = salvagePlan(o, func(format string, args ...any) { c.leaveOut(format, args...) })
	default:
		if err := o.Validate(); err != nil && complete {
			c.add(chkInvalid, partPlan, err)
		}
		if c.mode == readAll {
			c.out.plan = &o
		}
	}
}

// seats checks every seat and the seat index, and returns the seats that
// could be read; complete is false when one could not.
func (c *checker) seats(ids, seats *bolt.Bucket) (out []model.Seat, complete bool) {
	complete = true
	// seatKeys maps the key of each readable seat to its id, seatIDs
	// holds the ids seen.
	seatKeys, seatIDs := make(map[string]string), make(map[string]bool)
	_ = seats.ForEach(func(k, v []byte) error {
		if _, ok := keySeq(k); !ok || v != nil {
			c.add(chkStrayKey, keyText(k), fmt.Sprintf(partBucketOf, seatsBucket, partPlan))
			c.leaveOut(leftStrayKey, keyText(k), fmt.Sprintf(partBucketOf, seatsBucket, partPlan))
			return nil
		}
		st, ok := c.seat(seats.Bucket(k), k)
		complete = complete && ok
		if st == nil {
			return nil
		}
		where := seatLabel(*st)
		if seatIDs[st.ID] {
			c.add(chkDuplicateSeat, where)
		}
		seatKeys[string(k)], seatIDs[st.ID] = st.ID, true
		if !bytes.Equal(ids.Get([]byte(st.ID)), k) {
			c.add(chkSeatNotIndexed, where)
		}
		out = append(out, *st)
		return nil
	})
	_ = ids.ForEach(func(id, k []byte) error {
		if got, ok := seatKeys[string(k)]; (!ok || got != string(id)) && complete {
			c.add(chkStaleSeatIndex, id)
		}
		return nil
	})
	return out, complete
}

// salvagePlan makes the plan keep the rules by leaving out the candidates
// and seats that fail validation or repeat an id; when its design breaks
// them, the whole plan is left out.
func salvagePlan(o model.OwnNetwork, leave func(string, ...any)) *model.OwnNetwork {
	for i := range o.Seats {
		st := &o.Seats[i]
		st.Candidates = keepValid(st.Candidates, func(c model.Candidate) string { return c.ID }, model.Candidate.Validate, nounCandidate, seatLabel(*st), leave)
	}
	o.Seats = keepValid(o.Seats, func(st model.Seat) string { return st.ID }, model.Seat.Validate, nounSeat, partPlan, leave)
	if err := o.Validate(); err != nil {
		leave(leftPlan, err)
		return nil
	}
	return &o
}

// strayPlanKeys reports what the plan's bucket holds besides its design
// and its two buckets.
func (c *checker) strayPlanKeys(plan *bolt.Bucket) {
	_ = plan.ForEach(func(k, v []byte) error {
		switch name := string(k); {
		case name == designKey && v != nil:
		case (name == seatIDsBucket || name == seatsBucket) && v == nil:
		default:
			c.add(chkStrayKey, keyText(k), fmt.Sprintf(partBucket, planBucket))
			c.leaveOut(leftStrayKey, keyText(k), fmt.Sprintf(partBucket, planBucket))
		}
		return nil
	})
}

// seat checks one seat's bucket and returns the seat with the candidates
// that could be read, or nil when its record cannot be read; ok is false
// when something of it cannot be read.
func (c *checker) seat(sb *bolt.Bucket, key []byte) (*model.Seat, bool) {
	st, err := decodeSeat(sb.Get([]byte(recordKey)))
	if err != nil {
		c.add(chkUndecodable, fmt.Sprintf(partSeat, keyText(key)), err)
		c.leaveOut(leftSeatUnreadable, keyText(key), err)
		return nil, false
	}
	where := seatLabel(st)
	if !c.nestedBuckets(where, sb, candidatesBucket, childIDsBucket) {
		return &st, false
	}
	cands, idx := sb.Bucket([]byte(candidatesBucket)), sb.Bucket([]byte(childIDsBucket))
	ok := true
	// keyOf maps the id of each readable candidate to its key.
	keyOf := make(map[string]string)
	_ = cands.ForEach(func(k, v []byte) error {
		if _, isKey := keySeq(k); !isKey || v == nil {
			c.add(chkStrayKey, keyText(k), fmt.Sprintf(partBucketOf, candidatesBucket, where))
			c.leaveOut(leftStrayKey, keyText(k), fmt.Sprintf(partBucketOf, candidatesBucket, where))
			return nil
		}
		cd, err := decodeCandidate(v)
		if err != nil {
			c.add(chkUndecodable, fmt.Sprintf(partCandidate, keyText(k), st.ID), err)
			c.leaveOut(leftChild, candidateKind.noun, keyText(k), where, err)
			ok = false
			return nil
		}
		if _, dup := keyOf[cd.ID]; dup {
			c.add(chkDuplicateChild, where, candidateKind.noun, cd.ID)
		}
		keyOf[cd.ID] = string(k)
		if !bytes.Equal(idx.Get(candidateKind.indexKey(cd.ID)), k) {
			c.add(chkChildNotIndexed, where, candidateKind.noun, cd.ID)
		}
		st.Candidates = append(st.Candidates, cd)
		return nil
	})
	_ = idx.ForEach(func(k, v []byte) error {
		id, isCandidate := strings.CutPrefix(string(k), candidateKind.indexPrefix)
		if got, found := keyOf[id]; ok && (!isCandidate || !found || got != string(v)) {
			c.add(chkStaleChildIndex, where, k)
		}
		return nil
	})
	return &st, ok
}

// seatLabel names a seat in a problem report.
func seatLabel(st model.Seat) string {
	return fmt.Sprintf(labelSeat, strings.TrimSpace(st.Role), st.ID)
}

// nestedBuckets reports whether b holds every one of the named buckets,
// and reports each that is missing as a problem of where.
func (c *checker) nestedBuckets(where string, b *bolt.Bucket, names ...string) bool {
	all := true
	for _, name := range names {
		if b.Bucket([]byte(name)) == nil {
			c.add(chkNoNestedBucket, where, name)
			all = false
		}
	}
	return all
}
