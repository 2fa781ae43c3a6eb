package store

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"netvet/model"
)

// TestVersion1FileMigrates opens the file the version-1 binary wrote
// (testdata/schema1): it is backed up byte for byte, migrated to schema 2,
// passes Check, and holds exactly the data of the export the same binary
// made of it — every field of version 1 equal, the fields of version 2 at
// their defaults, as the model's reader of version-1 exports gives them.
func TestVersion1FileMigrates(t *testing.T) {
	path, before := v1Fixture(t)
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatalf("opening the version-1 file: %v", err)
	}
	defer s.Close()
	if s.SchemaVersion() != 2 {
		t.Errorf("schema %d after opening, want 2", s.SchemaVersion())
	}
	if saved, err := os.ReadFile(path + ".v1.bak"); err != nil || !bytes.Equal(saved, before) {
		t.Errorf("the backup %s.v1.bak is not the version-1 file byte for byte (%v)", path, err)
	}
	if problems := s.Check(); len(problems) != 0 {
		t.Errorf("Check after migrating: %v", problems)
	}

	got := storeExportJSON(t, s)
	v1, err := os.ReadFile(filepath.Join("testdata", "schema1", "demo.export.json"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := model.ParseExport(v1)
	if err != nil {
		t.Fatalf("the version-1 export does not parse: %v", err)
	}
	doc.ExportedAt = fixtureTime
	var want bytes.Buffer
	if err := doc.WriteJSON(&want); err != nil {
		t.Fatal(err)
	}
	if got != want.String() {
		t.Errorf("the migrated file differs from the version-1 export:\n%s", firstDiff(want.String(), got))
	}
	if !strings.Contains(got, `"own_network": null`) || strings.Contains(got, `"membership": {`) {
		t.Error("the migrated file has a plan or a membership it never had")
	}
}

// TestMigrationKeepsEveryByte: the migration writes nothing but the schema
// version and empty buckets — a ledger in every network and the plan's —
// so every key and value of the version-1 file is in the migrated one as
// it was.
func TestMigrationKeepsEveryByte(t *testing.T) {
	path, _ := v1Fixture(t)
	old := dumpFile(t, path)
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	migrated := dumpFile(t, path)
	for k, v := range old {
		if k == "meta/schema_version" {
			if migrated[k] != "2" {
				t.Errorf("schema version %q, want 2", migrated[k])
			}
			continue
		}
		if got, ok := migrated[k]; !ok || got != v {
			t.Errorf("%s changed from %.60q to %.60q (there: %v)", k, v, got, ok)
		}
	}
	networks := 0
	for k, v := range migrated {
		if _, ok := old[k]; ok {
			continue
		}
		switch {
		case v == "<bucket>" && strings.HasPrefix(k, networksBucket+"/") && strings.HasSuffix(k, "/"+ledgerBucket):
			networks++
		case v == "<bucket>" && (k == planBucket || k == planBucket+"/"+seatIDsBucket || k == planBucket+"/"+seatsBucket):
		default:
			t.Errorf("the migration added %s = %.60q", k, v)
		}
	}
	if networks != 5 {
		t.Errorf("the migration gave %d networks a ledger, want the 5 of the file", networks)
	}
}

// TestMigrationMovesAMembershipOutOfTheRecord: a development build kept a
// membership inside the network record; the migration moves it and its
// ledger to the records of schema 2, ids generated where missing.
func TestMigrationMovesAMembershipOutOfTheRecord(t *testing.T) {
	path, _ := v1Fixture(t)
	m := fullMembership()
	m.Expectations.Promises = nil
	m.Ledger = m.Ledger[:8]
	rawUpdate(t, path, func(tx *bolt.Tx) error {
		nb := tx.Bucket([]byte(networksBucket)).Bucket(seqKey(1))
		var rec map[string]any
		if err := json.Unmarshal(nb.Get([]byte(recordKey)), &rec); err != nil {
			return err
		}
		rec["membership"] = m
		b, err := json.Marshal(rec)
		if err != nil {
			return err
		}
		return nb.Put([]byte(recordKey), b)
	})
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if problems := s.Check(); len(problems) != 0 {
		t.Errorf("Check after migrating: %v", problems)
	}
	nets := mustNetworks(t, s)
	s.Close()
	want := *m
	want.Ledger = append([]model.LedgerEntry(nil), m.Ledger...)
	want.Ledger[0].ID = "l000001"
	if got := nets[0].Membership; got == nil || !reflect.DeepEqual(*got, want) {
		t.Errorf("membership after migrating = %+v, want %+v", got, want)
	}
	if nets[1].Membership != nil {
		t.Error("another network got a membership")
	}
	rawView(t, path, func(tx *bolt.Tx) {
		rec := tx.Bucket([]byte(networksBucket)).Bucket(seqKey(1)).Get([]byte(recordKey))
		if bytes.Contains(rec, []byte(`"membership"`)) {
			t.Error("the record still holds the membership")
		}
	})
}

// fixtureTime is the export time the fixture tests write.
var fixtureTime = time.Date(2026, 12, 2, 14, 53, 23, 0, time.UTC)

// storeExportJSON is the store's whole content in the export format, as
// `netvet export` writes it.
func storeExportJSON(t *testing.T, s *Store) string {
	t.Helper()
	e := model.Export{ExportedAt: fixtureTime, Networks: mustNetworks(t, s)}
	p, found, err := s.Profile()
	if err != nil {
		t.Fatal(err)
	}
	if found {
		e.Profile = &p
	}
	plan, found, err := s.Plan()
	if err != nil {
		t.Fatal(err)
	}
	if found {
		e.OwnNetwork = &plan
	}
	var b bytes.Buffer
	if err := e.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// dumpFile lists every key of the file by its path of bucket names
// ("networks/<key>/record"), with its value, or "<bucket>" for a bucket.
func dumpFile(t *testing.T, path string) map[string]string {
	t.Helper()
	out := make(map[string]string)
	var walk func(prefix string, b *bolt.Bucket)
	walk = func(prefix string, b *bolt.Bucket) {
		_ = b.ForEach(func(k, v []byte) error {
			name := prefix + "/" + string(k)
			if bytes.ContainsFunc(k, func(r rune) bool { return r < ' ' || r > '~' }) {
				name = prefix + "/" + keyText(k)
			}
			if v == nil {
				out[name] = "<bucket>"
				walk(name, b.Bucket(k))
				return nil
			}
			out[name] = string(v)
			return nil
		})
	}
	rawView(t, path, func(tx *bolt.Tx) {
		_ = tx.ForEach(func(name []byte, b *bolt.Bucket) error {
			out[string(name)] = "<bucket>"
			walk(string(name), b)
			return nil
		})
	})
	return out
}

// firstDiff shows the first line where two texts differ.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return fmt.Sprintf("line %d:\nwant %s\ngot  %s", i+1, wl, gl)
		}
	}
	return "(none)"
}
