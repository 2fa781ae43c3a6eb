package store

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"netvet/model"
)

// rawRecord returns the bytes of the network's record.
func rawRecord(t *testing.T, s *Store, id string) []byte {
	t.Helper()
	var rec []byte
	err := s.db.View(func(tx *bolt.Tx) error {
		nb, _, err := s.findNetwork(tx, id)
		if err == nil {
			rec = clone(nb.Get([]byte(recordKey)))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return rec
}

func TestSaveLedgerEntry(t *testing.T) {
	s, _ := openTest(t)
	n := mustCreate(t, s, fullNetwork("Alpha"))
	rec := rawRecord(t, s, n.ID)

	// A new entry gets the next key and a generated id, and goes last.
	added, err := s.SaveLedgerEntry(n.ID, model.LedgerEntry{Date: model.NewDate(2026, 5, 1), Kind: model.LedgerReferralGiven, With: "Cem"})
	if err != nil {
		t.Fatalf("SaveLedgerEntry: %v", err)
	}
	if added.ID != "l000010" || added.With != "Cem" {
		t.Errorf("stored entry %+v, want id l000010", added)
	}
	// A changed entry keeps its place.
	changed := n.Membership.Ledger[1]
	changed.Hours = 300
	if got, err := s.SaveLedgerEntry(n.ID, changed); err != nil || !reflect.DeepEqual(got, changed) {
		t.Fatalf("SaveLedgerEntry of an existing entry = %+v, %v", got, err)
	}
	after, err := s.Network(n.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := append([]model.LedgerEntry(nil), n.Membership.Ledger...)
	want[1] = changed
	want = append(want, added)
	if !reflect.DeepEqual(after.Membership.Ledger, want) {
		t.Errorf("ledger after the saves\n%+v\nwant\n%+v", after.Membership.Ledger, want)
	}
	// Neither save rewrote the network.
	if got := rawRecord(t, s, n.ID); string(got) != string(rec) || !after.Updated.Equal(n.Updated) {
		t.Error("saving a ledger entry rewrote the network record")
	}
	if problems := s.Check(); len(problems) != 0 {
		t.Errorf("Check: %v", problems)
	}
}

// TestSaveLedgerEntryRefusals: a bad entry, an entry of a network without
// a membership, an unknown id and a promise check of a promise the network
// does not have are refused, and nothing is written.
func TestSaveLedgerEntryRefusals(t *testing.T) {
	s, _ := openTest(t)
	n := mustCreate(t, s, fullNetwork("Alpha"))
	bare := mustCreate(t, s, plain("", "Bare"))
	day := model.NewDate(2026, 5, 1)
	tests := []struct {
		name    string
		network string
		e       model.LedgerEntry
		is      error
		want    string
	}{
		{"a negative amount", n.ID, model.LedgerEntry{Date: day, Kind: model.LedgerCost, Amount: -1}, ErrInvalid,
			`cannot save the ledger entry of network "Alpha": amount: must not be negative`},
		{"a field its kind does not use", n.ID, model.LedgerEntry{Date: day, Kind: model.LedgerCost, Amount: 100, With: "Eve"}, ErrInvalid, "with:"},
		{"a promise check of a missing promise", n.ID, model.LedgerEntry{Date: day, Kind: model.LedgerPromiseCheck, PromiseID: "p-gone", Answer: model.AnswerNo}, ErrInvalid,
			`promise_id: names promise "p-gone", which this network does not have`},
		{"an unknown id", n.ID, model.LedgerEntry{ID: "l-new", Date: day, Kind: model.LedgerCost, Amount: 100}, ErrNotFound,
			`network "Alpha" has no ledger entry with id "l-new"`},
		{"a network without a membership", bare.ID, model.LedgerEntry{Date: day, Kind: model.LedgerCost, Amount: 100}, ErrNotFound,
			`network "Bare" has no membership yet, so it has no ledger`},
		{"an unknown network", "n-gone", model.LedgerEntry{Date: day, Kind: model.LedgerCost, Amount: 100}, ErrNotFound, `there is no network with id "n-gone"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := lastTxID(t, s)
			_, err := s.SaveLedgerEntry(tt.network, tt.e)
			if !errors.Is(err, tt.is) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want %v containing %q", err, tt.is, tt.want)
			}
			if lastTxID(t, s) != before {
				t.Error("the refused entry was written")
			}
		})
	}
	// A promise check of a promise the network has is fine.
	if _, err := s.SaveLedgerEntry(n.ID, model.LedgerEntry{Date: day, Kind: model.LedgerPromiseCheck, PromiseID: "p-mentor", Answer: model.AnswerNo}); err != nil {
		t.Errorf("a promise check of p-mentor: %v", err)
	}
}

func TestDeleteLedgerEntry(t *testing.T) {
	s, _ := openTest(t)
	n := mustCreate(t, s, fullNetwork("Alpha"))
	if err := s.DeleteLedgerEntry(n.ID, "l-event"); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Network(n.ID)
	var ids []string
	for _, e := range got.Membership.Ledger {
		ids = append(ids, e.ID)
	}
	if want := []string{"l000001", "l-121", "l-given", "l-got", "l-deal", "l-deal2", "l-cost", "l-check"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("ledger after the delete: %v, want %v", ids, want)
	}
	if err := s.DeleteLedgerEntry(n.ID, "l-event"); !errors.Is(err, ErrNotFound) {
		t.Errorf("second delete: %v, want ErrNotFound", err)
	}
	if problems := s.Check(); len(problems) != 0 {
		t.Errorf("Check: %v", problems)
	}
}

func TestSaveMembership(t *testing.T) {
	s, _ := openTest(t)
	n := mustCreate(t, s, fullNetwork("Alpha"))
	rec := rawRecord(t, s, n.ID)
	m := *n.Membership
	m.NoticeDays, m.RenewsAutomatically = 30, false
	m.Ledger = nil
	got, err := s.SaveMembership(n.ID, m)
	if err != nil || !reflect.DeepEqual(got, m) {
		t.Fatalf("SaveMembership = %+v, %v", got, err)
	}
	after, _ := s.Network(n.ID)
	want := m
	want.Ledger = n.Membership.Ledger
	if !reflect.DeepEqual(*after.Membership, want) {
		t.Errorf("membership after saving the terms\n%+v\nwant the new terms with the old ledger\n%+v", *after.Membership, want)
	}
	if string(rawRecord(t, s, n.ID)) != string(rec) {
		t.Error("saving the membership rewrote the network record")
	}

	// A network that joins gets one.
	bare := mustCreate(t, s, plain("", "Bare"))
	if _, err := s.SaveMembership(bare.ID, model.NewMembership(model.NewProfile(), nil, bare, model.NewDate(2026, 3, 1))); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Network(bare.ID); got.Membership == nil || got.Membership.NoticeDays != model.DefaultNoticeDays {
		t.Errorf("the joined network's membership is %+v", got.Membership)
	}

	bad := m
	bad.Expectations.Promises = []model.PromiseExpectation{{PromiseID: "p-gone", Status: model.PromiseConfirmed}}
	before := lastTxID(t, s)
	if _, err := s.SaveMembership(n.ID, bad); !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), `cannot save the membership of network "Alpha": expectations.promises[0].promise_id`) {
		t.Errorf("expectations of a missing promise: %v", err)
	}
	bad = m
	bad.MinTermMonths = 0
	if _, err := s.SaveMembership(n.ID, bad); !errors.Is(err, ErrInvalid) {
		t.Errorf("a term of 0 months: %v", err)
	}
	if lastTxID(t, s) != before {
		t.Error("a refused membership was written")
	}
}

// TestSaveBasicsJoinsInOneSave: the status and the membership of joining
// are saved together; the ledger stays as stored, and a network saved
// without a membership keeps the stored one.
func TestSaveBasicsJoinsInOneSave(t *testing.T) {
	s, _ := openTest(t)
	n := mustCreate(t, s, plain("", "Alpha"))
	n.SetStatus(model.StatusJoined)
	m := model.NewMembership(model.NewProfile(), nil, n, model.NewDate(2026, 3, 1))
	n.Membership = &m
	got, err := s.SaveBasics(n)
	if err != nil || got.Status != model.StatusJoined || !reflect.DeepEqual(got.Membership, &m) {
		t.Fatalf("SaveBasics of joining = %+v, %v", got, err)
	}
	e, err := s.SaveLedgerEntry(n.ID, model.LedgerEntry{Date: model.NewDate(2026, 3, 5), Kind: model.LedgerMeeting, Hours: 200})
	if err != nil {
		t.Fatal(err)
	}
	// The screen's copy has no ledger entry yet; the terms change.
	terms := m
	terms.NoticeDays = 60
	n.Membership = &terms
	n.Summary = "Joined in March"
	got, err = s.SaveBasics(n)
	if err != nil || got.Membership.NoticeDays != 60 || !reflect.DeepEqual(got.Membership.Ledger, []model.LedgerEntry{e}) {
		t.Fatalf("SaveBasics with new terms = %+v, %v", got.Membership, err)
	}
	n.Membership = nil
	if got, err = s.SaveBasics(n); err != nil || got.Membership == nil || len(got.Membership.Ledger) != 1 {
		t.Errorf("SaveBasics without a membership dropped the stored one: %+v, %v", got.Membership, err)
	}
}

// TestDeletePromiseRemovesItsChecks: deleting a promise removes, in the
// same transaction, its frozen status and the promise checks of it.
func TestDeletePromiseRemovesItsChecks(t *testing.T) {
	s, _ := openTest(t)
	n := mustCreate(t, s, fullNetwork("Alpha"))
	if err := s.DeletePromise(n.ID, "p-mentor"); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Network(n.ID)
	want := n
	want.DeletePromise("p-mentor")
	if !reflect.DeepEqual(got.Membership, want.Membership) || len(got.Membership.Ledger) != len(n.Membership.Ledger)-1 || len(got.Membership.Expectations.Promises) != 0 {
		t.Errorf("membership after deleting the promise\n%+v\nwant\n%+v", got.Membership, want.Membership)
	}
	if problems := s.Check(); len(problems) != 0 {
		t.Errorf("Check: %v", problems)
	}
}

// TestSavesOfOneRecordDecodeNothingElse: a ledger entry and a candidate
// are saved without decoding the network, the other entries, the plan's
// design or the seat: with those made unreadable, the saves still work.
func TestSavesOfOneRecordDecodeNothingElse(t *testing.T) {
	s, _ := openTest(t)
	o := fullPlan()
	if _, err := s.Import(model.Export{Networks: []model.Network{fullNetwork("Alpha")}, OwnNetwork: &o}, false); err != nil {
		t.Fatal(err)
	}
	n := mustNetworks(t, s)[0]
	err := s.db.Update(func(tx *bolt.Tx) error {
		nb := tx.Bucket([]byte(networksBucket)).Bucket(seqKey(1))
		for _, put := range []struct {
			b    *bolt.Bucket
			k, v []byte
		}{
			{nb, []byte(recordKey), []byte("not a record")},
			{nb, []byte(membershipKey), []byte("not a membership")},
			{nb.Bucket([]byte(ledgerBucket)), seqKey(2), []byte("not an entry")},
			{tx.Bucket([]byte(planBucket)), []byte(designKey), []byte("not a design")},
			{tx.Bucket([]byte(planBucket)).Bucket([]byte(seatsBucket)).Bucket(seqKey(1)), []byte(recordKey), []byte("not a seat")},
		} {
			if err := put.b.Put(put.k, put.v); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveLedgerEntry(n.ID, model.LedgerEntry{Date: model.NewDate(2026, 5, 1), Kind: model.LedgerCost, Amount: 100}); err != nil {
		t.Errorf("SaveLedgerEntry read what it need not: %v", err)
	}
	if err := s.DeleteLedgerEntry(n.ID, "l-cost"); err != nil {
		t.Errorf("DeleteLedgerEntry read what it need not: %v", err)
	}
	if _, err := s.SaveCandidate("s-tax", model.Candidate{Name: "Ida", Status: model.CandidateIdentified}); err != nil {
		t.Errorf("SaveCandidate read what it need not: %v", err)
	}
}
