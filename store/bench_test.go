package store

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"netvet/model"
	"netvet/model/sample"
)

// Benchmarks of the store. The Large ones use the large sample data set
// (200 networks, 6,000 interviews, about 12 MB of notes; model/sample):
//
//	go test ./store -run '^$' -bench . -benchmem
//
// BenchmarkSave compares one saved edit with a bare bbolt put of the same
// bytes into the same file, and TestSaveIsOneTransaction checks that every
// change the screens make is one bbolt transaction.

// benchStore fills a store with a large data set: 50 networks of 10
// interviews, each with 20 KB of notes.
func benchStore(b *testing.B) *Store {
	b.Helper()
	s, err := Open(b.TempDir()+"/bench.db", Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	var nets []model.Network
	for i := range 50 {
		n := fullNetwork(fmt.Sprintf("Network %d", i))
		for j := range 10 {
			n.Interviews = append(n.Interviews, model.Interview{
				Member: fmt.Sprintf("Member %d", j),
				Notes:  strings.Repeat("Notes of a long member interview. ", 600),
			})
		}
		nets = append(nets, n)
	}
	if err := s.ReplaceAll(nil, nets, false); err != nil {
		b.Fatal(err)
	}
	return s
}

// largeStore is a store holding the large sample data set, closed when
// the benchmark or test ends.
func largeStore(tb testing.TB) *Store {
	tb.Helper()
	s, err := Open(filepath.Join(tb.TempDir(), "large.db"), Options{})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	p, nets := sample.Large()
	if err := s.ReplaceAll(&p, nets, false); err != nil {
		tb.Fatal(err)
	}
	return s
}

func BenchmarkNetworks(b *testing.B) {
	s := benchStore(b)
	for b.Loop() {
		if _, err := s.Networks(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkNetworksLite(b *testing.B) {
	s := benchStore(b)
	for b.Loop() {
		if _, err := s.NetworksLite(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPutPromise(b *testing.B) {
	s := benchStore(b)
	nets, err := s.NetworksLite()
	if err != nil {
		b.Fatal(err)
	}
	p := nets[0].Promises[0]
	for i := 0; b.Loop(); i++ {
		p.Notes = fmt.Sprint(i)
		if _, err := s.PutPromise(nets[0].ID, p); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkOpen(b *testing.B) {
	s := benchStore(b)
	path := s.Path()
	s.Close()
	for b.Loop() {
		s, err := Open(path, Options{})
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
}

// BenchmarkLargeOpen opens the large file, which Open reads and checks
// page by page before it writes anything.
func BenchmarkLargeOpen(b *testing.B) {
	s := largeStore(b)
	path := s.Path()
	if err := s.Close(); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		s, err := Open(path, Options{})
		if err != nil {
			b.Fatal(err)
		}
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLargeNetworks loads every network with everything under it,
// notes included, as the interface does when it starts.
func BenchmarkLargeNetworks(b *testing.B) {
	s := largeStore(b)
	b.ReportAllocs()
	for b.Loop() {
		nets, err := s.Networks()
		if err != nil || len(nets) != sample.LargeNetworks {
			b.Fatalf("%d networks, %v", len(nets), err)
		}
	}
}

// BenchmarkLargeNetworksLite loads every network without the notes.
func BenchmarkLargeNetworksLite(b *testing.B) {
	s := largeStore(b)
	b.ReportAllocs()
	for b.Loop() {
		nets, err := s.NetworksLite()
		if err != nil || len(nets) != sample.LargeNetworks {
			b.Fatalf("%d networks, %v", len(nets), err)
		}
	}
}

// BenchmarkLargeReplaceAll stores the whole data set in a new file in one
// transaction: the store's part of an import. "grow-map" opens the file as
// the interface does, so bbolt doubles its memory map as the file grows,
// copying what the transaction wrote at each step; "import-map" maps room
// for the import at once, as the import command does (Options.MapSize).
func BenchmarkLargeReplaceAll(b *testing.B) {
	p, nets := sample.Large()
	for _, c := range []struct {
		name    string
		mapSize int
	}{{"grow-map", 0}, {"import-map", 128 << 20}} {
		b.Run(c.name, func(b *testing.B) {
			dir := b.TempDir()
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				b.StopTimer()
				s, err := Open(filepath.Join(dir, fmt.Sprintf("import-%d.db", i)), Options{MapSize: c.mapSize})
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				if err := s.ReplaceAll(&p, nets, false); err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				if err := s.Close(); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
			}
		})
	}
}

// BenchmarkSave compares saving one edit in the large file with the least
// bbolt itself can do for it. "edit" changes one rating through
// SaveBasics, as the fit step does on ←/→: one transaction that reads the
// network, validates it, writes the changed record and reads the network
// back. "bare-put" is one bbolt transaction that puts the same record
// bytes under the same key, without netvet. Both alternate two values, so
// every transaction writes and syncs a changed page.
func BenchmarkSave(b *testing.B) {
	s := largeStore(b)
	nets, err := s.NetworksLite()
	if err != nil {
		b.Fatal(err)
	}
	n := nets[len(nets)/2]
	b.Run("edit", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			n.Fit.Chemistry = model.Rating(1 + i%2)
			if _, err := s.SaveBasics(n); err != nil {
				b.Fatal(err)
			}
		}
	})
	// The two records SaveBasics wrote last, as bytes.
	var records [2][]byte
	var key []byte
	for i := range records {
		n.Fit.Chemistry = model.Rating(1 + i)
		if _, err := s.SaveBasics(n); err != nil {
			b.Fatal(err)
		}
		err := s.db.View(func(tx *bolt.Tx) error {
			nb, k, err := s.findNetwork(tx, n.ID)
			records[i], key = clone(nb.Get([]byte(recordKey))), k
			return err
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.Run("bare-put", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			err := s.db.Update(func(tx *bolt.Tx) error {
				return tx.Bucket([]byte(networksBucket)).Bucket(key).Put([]byte(recordKey), records[i%2])
			})
			if err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkSaveLedgerEntry compares saving one ledger entry of a network
// with 2,000 of them, in the large file, with the least bbolt itself can
// do for it. "save-entry" changes one entry through SaveLedgerEntry, as
// the membership screen does: one transaction that validates the entry
// and writes it and its index entry, without reading the network.
// "bare-put" is one bbolt transaction that puts the same entry's bytes
// under the same key. Both alternate two values, so every transaction
// writes and syncs a changed page. "save-basics" changes a rating of the
// same network, for comparison with BenchmarkSave/edit: it reads and
// validates the network with its ledger but writes no ledger entry.
func BenchmarkSaveLedgerEntry(b *testing.B) {
	s := largeStore(b)
	n := ledgerNetwork(b, s, 2000)
	e := n.Membership.Ledger[len(n.Membership.Ledger)/2]
	b.Run("save-basics", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			n.Fit.Chemistry = model.Rating(1 + i%2)
			if _, err := s.SaveBasics(n); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("save-entry", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			e.Amount = model.Money(100 + i%2)
			if _, err := s.SaveLedgerEntry(n.ID, e); err != nil {
				b.Fatal(err)
			}
		}
	})
	var values [2][]byte
	for i := range values {
		e.Amount = model.Money(100 + i)
		v, err := encodeLedgerEntry(e)
		if err != nil {
			b.Fatal(err)
		}
		values[i] = v
	}
	var netKey, entryKey []byte
	err := s.db.View(func(tx *bolt.Tx) error {
		nb, k, err := s.findNetwork(tx, n.ID)
		netKey, entryKey = k, clone(nb.Bucket([]byte(childIDsBucket)).Get(ledgerKind.indexKey(e.ID)))
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	b.Run("bare-put", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			err := s.db.Update(func(tx *bolt.Tx) error {
				return tx.Bucket([]byte(networksBucket)).Bucket(netKey).Bucket([]byte(ledgerBucket)).Put(entryKey, values[i%2])
			})
			if err != nil {
				b.Fatal(err)
			}
		}
	})
}

// ledgerNetwork gives the middle network of s a membership with entries
// ledger entries of every kind, in one transaction, and returns it.
func ledgerNetwork(tb testing.TB, s *Store, entries int) model.Network {
	tb.Helper()
	nets, err := s.NetworksLite()
	if err != nil {
		tb.Fatal(err)
	}
	n, err := s.Network(nets[len(nets)/2].ID)
	if err != nil {
		tb.Fatal(err)
	}
	m := model.NewMembership(model.NewProfile(), nil, n, model.NewDate(2020, 1, 1))
	kinds := model.LedgerKinds
	for i := range entries {
		e := model.LedgerEntry{Date: model.NewDate(2020, 1, 1).AddDays(i), Kind: kinds[i%len(kinds)], Note: fmt.Sprintf("Entry %d", i)}
		switch e.Kind {
		case model.LedgerMeeting, model.LedgerOneToOne, model.LedgerEvent:
			e.Hours = model.HoursOf(2)
		case model.LedgerReferralGiven, model.LedgerReferralReceived:
			e.With = "A member"
		case model.LedgerClosedBusiness, model.LedgerCost:
			e.Amount = model.Money(1000 + i)
		case model.LedgerPromiseCheck:
			if len(n.Promises) == 0 {
				e.Kind, e.Amount = model.LedgerCost, 1
				break
			}
			e.PromiseID, e.Answer = n.Promises[0].ID, model.AnswerYes
		}
		m.Ledger = append(m.Ledger, e)
	}
	n.Membership = &m
	stored, err := s.UpdateNetwork(n)
	if err != nil {
		tb.Fatal(err)
	}
	return stored
}

// TestSaveIsOneTransaction checks that each change the screens make costs
// exactly one bbolt write transaction: the transaction id, which bbolt
// raises by one per committed write, goes up by one.
func TestSaveIsOneTransaction(t *testing.T) {
	s, _ := openTest(t)
	stored, err := s.CreateNetwork(fullNetwork("Kreis"))
	if err != nil {
		t.Fatal(err)
	}
	iv := stored.Interviews[0]
	tests := []struct {
		name string
		save func() error
	}{
		{"save basics", func() error {
			n := stored
			n.Fit.Chemistry = 5
			_, err := s.SaveBasics(n)
			return err
		}},
		{"save profile", func() error { return s.SaveProfile(model.NewProfile()) }},
		{"put promise", func() error {
			_, err := s.PutPromise(stored.ID, model.Promise{Category: model.CategoryTraining, Text: "Workshops"})
			return err
		}},
		{"put interview", func() error {
			iv.Notes = "New notes"
			_, err := s.PutInterview(stored.ID, iv)
			return err
		}},
		{"put evidence", func() error {
			_, err := s.PutEvidence(stored.ID, model.Evidence{Description: "A contract", Level: model.LevelHearsay})
			return err
		}},
		{"delete evidence", func() error { return s.DeleteEvidence(stored.ID, stored.Evidence[0].ID) }},
		{"delete promise", func() error { return s.DeletePromise(stored.ID, stored.Promises[0].ID) }},
		{"delete interview", func() error { return s.DeleteInterview(stored.ID, iv.ID) }},
		{"create network", func() error {
			n := model.NewNetwork()
			n.Name = "Runde"
			_, err := s.CreateNetwork(n)
			return err
		}},
		{"save membership", func() error {
			cur, err := s.Network(stored.ID)
			if err != nil {
				return err
			}
			_, err = s.SaveMembership(stored.ID, *cur.Membership)
			return err
		}},
		{"save ledger entry", func() error {
			_, err := s.SaveLedgerEntry(stored.ID, model.LedgerEntry{Date: model.NewDate(2026, 5, 1), Kind: model.LedgerCost, Amount: 500})
			return err
		}},
		{"delete ledger entry", func() error { return s.DeleteLedgerEntry(stored.ID, "l-cost") }},
		{"save plan design", func() error {
			_, err := s.SavePlanDesign(fullPlan())
			return err
		}},
		{"save seat", func() error {
			_, err := s.SaveSeat(model.Seat{Role: "Designer"})
			return err
		}},
		{"save candidate", func() error {
			_, err := s.SaveCandidate("s000001", model.Candidate{Name: "Ida", Status: model.CandidateIdentified})
			return err
		}},
		{"delete candidate", func() error { return s.DeleteCandidate("s000001", "c000001") }},
		{"delete seat", func() error { return s.DeleteSeat("s000001") }},
		{"delete network", func() error { return s.DeleteNetwork(stored.ID) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := lastTxID(t, s)
			if err := tt.save(); err != nil {
				t.Fatal(err)
			}
			if got := lastTxID(t, s) - before; got != 1 {
				t.Errorf("%d write transactions, want 1", got)
			}
		})
	}
}

// lastTxID is the id of the last committed write transaction.
func lastTxID(t *testing.T, s *Store) int {
	t.Helper()
	var id int
	if err := s.db.View(func(tx *bolt.Tx) error {
		id = tx.ID()
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return id
}

// BenchmarkLargeCheck runs Check on the large file: every page, then
// every record against netvet's rules.
func BenchmarkLargeCheck(b *testing.B) {
	s := largeStore(b)
	b.ReportAllocs()
	for b.Loop() {
		if p := s.Check(); len(p) > 0 {
			b.Fatal(p)
		}
	}
}

// manyNetworks writes n small networks straight into a new file, as the
// store lays them out, without going through the store's own checks of
// every save; dup, if not empty, is the name of the last one.
func manyNetworks(tb testing.TB, n int, dup string) *Store {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "many.db")
	s, err := Open(path, Options{})
	if err != nil {
		tb.Fatal(err)
	}
	if err := s.Close(); err != nil {
		tb.Fatal(err)
	}
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		tb.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		nets, ids := tx.Bucket([]byte(networksBucket)), tx.Bucket([]byte(networkIDsBucket))
		for i := 1; i <= n; i++ {
			net := model.NewNetwork()
			net.ID, net.Name, net.Kind = fmt.Sprintf("n%06d", i), fmt.Sprintf("Network %d", i), model.KindMastermind
			if i == n && dup != "" {
				net.Name = dup
			}
			rec, err := encodeNetwork(net)
			if err != nil {
				return err
			}
			key := seqKey(uint64(i))
			nb, err := nets.CreateBucket(key)
			if err != nil {
				return err
			}
			for _, b := range networkBuckets {
				if _, err := nb.CreateBucket([]byte(b)); err != nil {
					return err
				}
			}
			if err := nb.Put([]byte(recordKey), rec); err != nil {
				return err
			}
			if err := ids.Put([]byte(net.ID), key); err != nil {
				return err
			}
		}
		return nil
	})
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		tb.Fatal(err)
	}
	s, err = Open(path, Options{ReadOnly: true})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// BenchmarkCheckManyNetworks checks a file of 20,000 small networks:
// names are compared through a map, so the check grows with the number
// of networks, not with its square.
func BenchmarkCheckManyNetworks(b *testing.B) {
	s := manyNetworks(b, 20_000, "")
	b.ReportAllocs()
	for b.Loop() {
		if p := s.Check(); len(p) > 0 {
			b.Fatal(p[0])
		}
	}
}
