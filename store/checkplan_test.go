package store

import (
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"netvet/model"
)

// TestCheckFindsPlantedLedgerAndPlanProblems writes into the ledger and
// the own-network plan what the store never would, and expects Check to
// report exactly that, in one line.
func TestCheckFindsPlantedLedgerAndPlanProblems(t *testing.T) {
	network := func(tx *bolt.Tx, id string) *bolt.Bucket {
		return tx.Bucket([]byte(networksBucket)).Bucket(tx.Bucket([]byte(networkIDsBucket)).Get([]byte(id)))
	}
	entry := func(tx *bolt.Tx, id, entryID string) (*bolt.Bucket, []byte) {
		nb := network(tx, id)
		return nb.Bucket([]byte(ledgerBucket)), nb.Bucket([]byte(childIDsBucket)).Get(ledgerKind.indexKey(entryID))
	}
	plan := func(tx *bolt.Tx) *bolt.Bucket { return tx.Bucket([]byte(planBucket)) }
	seat := func(tx *bolt.Tx, id string) *bolt.Bucket {
		p := plan(tx)
		return p.Bucket([]byte(seatsBucket)).Bucket(p.Bucket([]byte(seatIDsBucket)).Get([]byte(id)))
	}
	tests := []struct {
		name  string
		plant func(tx *bolt.Tx, a model.Network) error
		want  string
	}{
		{"a promise check naming a promise the network lacks", func(tx *bolt.Tx, a model.Network) error {
			b, k := entry(tx, a.ID, "l-check")
			e := a.Membership.Ledger[8]
			e.PromiseID = "p-gone"
			v, _ := encodeLedgerEntry(e)
			return b.Put(k, v)
		}, `the promise check "l-check" of the ledger names promise "p-gone", which the network does not have`},
		{"frozen expectations naming a promise the network lacks", func(tx *bolt.Tx, a model.Network) error {
			m := *a.Membership
			m.Expectations.Promises = []model.PromiseExpectation{{PromiseID: "p-gone", Status: model.PromiseMixed}}
			v, _ := encodeMembership(m)
			return network(tx, a.ID).Put([]byte(membershipKey), v)
		}, `the membership's expectations name promise "p-gone"`},
		{"a ledger entry that does not decode", func(tx *bolt.Tx, a model.Network) error {
			b, k := entry(tx, a.ID, "l-cost")
			return b.Put(k, []byte(`{"hours": "many"}`))
		}, `the ledger entry at key 8 of the network with id "` + "n000001" + `" cannot be read`},
		{"a ledger entry that fails validation", func(tx *bolt.Tx, a model.Network) error {
			b, k := entry(tx, a.ID, "l-cost")
			e := a.Membership.Ledger[7]
			e.Amount = -5
			v, _ := encodeLedgerEntry(e)
			return b.Put(k, v)
		}, "membership.ledger[7].amount: must not be negative"},
		{"a ledger without a membership", func(tx *bolt.Tx, a model.Network) error {
			return network(tx, a.ID).Delete([]byte(membershipKey))
		}, `network "Alpha" (id "n000001"): its ledger holds 9 entries, but it has no membership`},
		{"a membership that does not decode", func(tx *bolt.Tx, a model.Network) error {
			return network(tx, a.ID).Put([]byte(membershipKey), []byte("{"))
		}, `the membership of the network with id "n000001" cannot be read`},
		{"a ledger entry missing from its index", func(tx *bolt.Tx, a model.Network) error {
			return network(tx, a.ID).Bucket([]byte(childIDsBucket)).Delete(ledgerKind.indexKey("l-got"))
		}, `ledger entry "l-got" is missing from its index`},
		{"an index entry naming no ledger entry", func(tx *bolt.Tx, a model.Network) error {
			return network(tx, a.ID).Bucket([]byte(childIDsBucket)).Put(ledgerKind.indexKey("l-ghost"), seqKey(99))
		}, `its index entry "l:l-ghost" names nothing`},
		{"a network without a ledger bucket", func(tx *bolt.Tx, a model.Network) error {
			return network(tx, a.ID).DeleteBucket([]byte(ledgerBucket))
		}, `the bucket "ledger" is missing`},
		{"an index entry of no kind", func(tx *bolt.Tx, a model.Network) error {
			return network(tx, a.ID).Bucket([]byte(childIDsBucket)).Put([]byte("x:odd"), seqKey(1))
		}, `its index entry "x:odd" names nothing`},
		{"no plan bucket", func(tx *bolt.Tx, a model.Network) error {
			return tx.DeleteBucket([]byte(planBucket))
		}, `the bucket "own_network" is missing`},
		{"a plan that fails validation", func(tx *bolt.Tx, a model.Network) error {
			o := fullPlan()
			o.HoursPerMeeting = 25
			v, _ := encodeDesign(o)
			return plan(tx).Put([]byte(designKey), v)
		}, "the own-network plan: hours_per_meeting"},
		{"seats without a design", func(tx *bolt.Tx, a model.Network) error {
			return plan(tx).Delete([]byte(designKey))
		}, "the own-network plan has seats but no design"},
		{"a design that does not decode", func(tx *bolt.Tx, a model.Network) error {
			return plan(tx).Put([]byte(designKey), []byte("[]"))
		}, "the own-network plan cannot be read"},
		{"a seat missing from the seat index", func(tx *bolt.Tx, a model.Network) error {
			return plan(tx).Bucket([]byte(seatIDsBucket)).Delete([]byte("s-tax"))
		}, `seat "Tax adviser" (id "s-tax") of the own-network plan is missing from the seat index`},
		{"a seat index entry naming no seat", func(tx *bolt.Tx, a model.Network) error {
			return plan(tx).Bucket([]byte(seatIDsBucket)).Put([]byte("s-ghost"), seqKey(42))
		}, `the seat index names "s-ghost", which no seat has`},
		{"a seat record that does not decode", func(tx *bolt.Tx, a model.Network) error {
			return seat(tx, "s-tax").Put([]byte(recordKey), []byte("nope"))
		}, "the seat at key 1 of the own-network plan cannot be read"},
		{"a candidate that does not decode", func(tx *bolt.Tx, a model.Network) error {
			return seat(tx, "s-tax").Bucket([]byte(candidatesBucket)).Put(seqKey(1), []byte(`{"name": 5}`))
		}, `the candidate at key 1 of the seat with id "s-tax" cannot be read`},
		{"a candidate missing from its index", func(tx *bolt.Tx, a model.Network) error {
			return seat(tx, "s-tax").Bucket([]byte(childIDsBucket)).Delete(candidateKind.indexKey("c-eva"))
		}, `candidate "c-eva" is missing from its index`},
		{"a candidate index entry naming no candidate", func(tx *bolt.Tx, a model.Network) error {
			return seat(tx, "s-tax").Bucket([]byte(childIDsBucket)).Put(candidateKind.indexKey("c-ghost"), seqKey(7))
		}, `its index entry "c:c-ghost" names nothing`},
		{"a seat without its candidates bucket", func(tx *bolt.Tx, a model.Network) error {
			return seat(tx, "s-tax").DeleteBucket([]byte(candidatesBucket))
		}, `the bucket "candidates" is missing`},
		{"a stray key in the plan", func(tx *bolt.Tx, a model.Network) error {
			return plan(tx).Put([]byte("notes"), []byte("x"))
		}, `unexpected key 0x6e6f746573 in the bucket "own_network"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := openTest(t)
			o := fullPlan()
			if _, err := s.Import(model.Export{Networks: []model.Network{fullNetwork("Alpha")}, OwnNetwork: &o}, false); err != nil {
				t.Fatal(err)
			}
			a := mustNetworks(t, s)[0]
			if problems := s.Check(); len(problems) != 0 {
				t.Fatalf("Check before planting: %v", problems)
			}
			if err := s.db.Update(func(tx *bolt.Tx) error { return tt.plant(tx, a) }); err != nil {
				t.Fatalf("plant: %v", err)
			}
			problems := s.Check()
			if len(problems) != 1 || !strings.Contains(problems[0].Error(), tt.want) {
				t.Fatalf("Check = %v, want just a problem saying %q", problems, tt.want)
			}
			if msg := problems[0].Error(); strings.Contains(msg, "\n") {
				t.Errorf("problem %q is not one line", msg)
			}
		})
	}
}

// TestReadAllSalvagesTheLedgerAndThePlan: ReadAll gives the plan; with
// salvage it leaves out a ledger entry, a seat and a candidate that break
// the rules, says so for each, and keeps the rest.
func TestReadAllSalvagesTheLedgerAndThePlan(t *testing.T) {
	s, _ := openTest(t)
	o := fullPlan()
	if _, err := s.Import(model.Export{Networks: []model.Network{fullNetwork("Alpha")}, OwnNetwork: &o}, false); err != nil {
		t.Fatal(err)
	}
	c, err := s.ReadAll(false)
	if err != nil || len(c.Problems) != 0 || c.Plan == nil || len(c.Plan.Seats) != 2 || len(c.Networks[0].Membership.Ledger) != 9 {
		t.Fatalf("ReadAll of a sound file = %+v, %v", c, err)
	}
	a := c.Networks[0]
	err = s.db.Update(func(tx *bolt.Tx) error {
		nb := tx.Bucket([]byte(networksBucket)).Bucket(seqKey(1))
		e := a.Membership.Ledger[7]
		e.Amount = -1
		v, _ := encodeLedgerEntry(e)
		if err := nb.Bucket([]byte(ledgerBucket)).Put(nb.Bucket([]byte(childIDsBucket)).Get(ledgerKind.indexKey(e.ID)), v); err != nil {
			return err
		}
		seats := tx.Bucket([]byte(planBucket)).Bucket([]byte(seatsBucket))
		if err := seats.Bucket(seqKey(1)).Bucket([]byte(candidatesBucket)).Put(seqKey(1), []byte(`{"id":"c-eva","name":"","status":"identified"}`)); err != nil {
			return err
		}
		return seats.Bucket(seqKey(2)).Put([]byte(recordKey), []byte(`{"id":"s000002","role":""}`))
	})
	if err != nil {
		t.Fatal(err)
	}
	c, err = s.ReadAll(true)
	if err != nil {
		t.Fatal(err)
	}
	var left []string
	for _, e := range c.LeftOut {
		left = append(left, e.Error())
	}
	want := []string{
		`the ledger entry "l-cost" of network "Alpha" (id "n000001"): amount: must not be negative`,
		`the candidate "c-eva" of seat "Tax adviser" (id "s-tax") of the own-network plan: name: is required`,
		`the seat "s000002" of the own-network plan: role: is required`,
	}
	if strings.Join(left, "\n") != strings.Join(want, "\n") {
		t.Errorf("left out\n%s\nwant\n%s", strings.Join(left, "\n"), strings.Join(want, "\n"))
	}
	if len(c.Networks[0].Membership.Ledger) != 8 || c.Plan == nil || len(c.Plan.Seats) != 1 || len(c.Plan.Seats[0].Candidates) != 1 {
		t.Errorf("salvaged %+v and the plan %+v", c.Networks[0].Membership, c.Plan)
	}
}

// TestReadAllSalvagesAroundAnUnreadableMembership: a membership that
// cannot be read is left out with its ledger, and so is a ledger without a
// membership; the networks stay.
func TestReadAllSalvagesAroundAnUnreadableMembership(t *testing.T) {
	s, _ := openTest(t)
	mustCreate(t, s, fullNetwork("Alpha"))
	mustCreate(t, s, fullNetwork("Beta"))
	err := s.db.Update(func(tx *bolt.Tx) error {
		nets := tx.Bucket([]byte(networksBucket))
		if err := nets.Bucket(seqKey(1)).Put([]byte(membershipKey), []byte("{")); err != nil {
			return err
		}
		return nets.Bucket(seqKey(2)).Delete([]byte(membershipKey))
	})
	if err != nil {
		t.Fatal(err)
	}
	c, err := s.ReadAll(true)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.LeftOut) != 2 || !strings.HasPrefix(c.LeftOut[0].Error(), `the membership of network "Alpha" (id "n000001"), with its ledger: it cannot be read`) ||
		c.LeftOut[1].Error() != `the ledger of network "Beta" (id "n000002") (9 entries): it belongs to no membership` {
		t.Errorf("left out %v", c.LeftOut)
	}
	if len(c.Networks) != 2 || c.Networks[0].Membership != nil || c.Networks[1].Membership != nil {
		t.Errorf("salvaged %d networks, memberships %v %v; want both without", len(c.Networks), c.Networks[0].Membership, c.Networks[1].Membership)
	}
}
