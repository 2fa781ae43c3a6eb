package store

import (
	"bytes"
	"errors"
	"regexp"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"netvet/model"
)

// damagedFile writes a file with the networks Alpha and Beta, lets plant
// change it behind the store's back and returns its path and Alpha as
// stored.
func damagedFile(t *testing.T, plant func(tx *bolt.Tx, a model.Network) error) (string, model.Network) {
	t.Helper()
	path := testPath(t)
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := mustCreate(t, s, fullNetwork("Alpha"))
	mustCreate(t, s, fullNetwork("Beta"))
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	rawUpdate(t, path, func(tx *bolt.Tx) error { return plant(tx, a) })
	return path, a
}

// TestOpenForWritingRefusesADamagedFile: a file whose records break
// netvet's rules is not opened for writing — the error names the problem
// and says to run netvet check — but opens read-only, and there every
// write is refused with ErrReadOnly; the file never changes.
func TestOpenForWritingRefusesADamagedFile(t *testing.T) {
	for _, tt := range plantedProblems() {
		t.Run(tt.name, func(t *testing.T) {
			path, a := damagedFile(t, tt.plant)
			hash := fileHash(t, path)
			s, err := Open(path, Options{})
			if err == nil {
				s.Close()
				t.Fatal("Open for writing succeeded")
			}
			msg := err.Error()
			switch {
			case errors.Is(err, ErrNotNetvet):
				// Without the app marker the file is not netvet's at all.
			case !errors.Is(err, ErrDamaged) || !strings.Contains(msg, path+" is damaged: ") || !strings.Contains(msg, tt.want) || !strings.Contains(msg, "run netvet check"):
				t.Errorf("Open = %q, want ErrDamaged naming %q and netvet check", msg, tt.want)
			}
			if strings.Contains(msg, "\n") {
				t.Errorf("Open = %q, not one line", msg)
			}
			if errors.Is(err, ErrDamaged) {
				ro, err := Open(path, Options{ReadOnly: true})
				if err != nil {
					t.Fatalf("read-only Open: %v", err)
				}
				writes := map[string]error{}
				_, writes["CreateNetwork"] = ro.CreateNetwork(fullNetwork("Gamma"))
				writes["SaveProfile"] = ro.SaveProfile(model.NewProfile())
				writes["DeleteNetwork"] = ro.DeleteNetwork(a.ID)
				_, writes["PutPromise"] = ro.PutPromise(a.ID, a.Promises[1])
				for name, err := range writes {
					if !errors.Is(err, ErrReadOnly) || err.Error() != path+" is open read-only: nothing was saved" {
						t.Errorf("%s on the read-only store = %v, want ErrReadOnly", name, err)
					}
				}
				ro.Close()
			}
			if fileHash(t, path) != hash {
				t.Error("the damaged file changed")
			}
		})
	}
}

// TestReadAllSalvagesWhatCanBeRead: ReadAll without salvage reports the
// problems; with it, it leaves out exactly what is broken, says so for
// each part, and what remains is a valid export.
func TestReadAllSalvagesWhatCanBeRead(t *testing.T) {
	path, a := damagedFile(t, func(tx *bolt.Tx, a model.Network) error {
		// Alpha's mentoring promise cannot be read; Anna's answer about
		// it has no promise then.
		b, k := childOf(tx, a.ID, promiseKind, "p-mentor")
		if err := b.Put(k, []byte("{not json")); err != nil {
			return err
		}
		nb := tx.Bucket([]byte(networksBucket)).Bucket(tx.Bucket([]byte(networkIDsBucket)).Get([]byte(a.ID)))
		if err := nb.Bucket([]byte(notesBucket)).Put(seqKey(99), []byte("orphan")); err != nil {
			return err
		}
		// Beta's record cannot be read.
		nets := tx.Bucket([]byte(networksBucket))
		return nets.Bucket(seqKey(2)).Put([]byte(recordKey), []byte(`{"name": 7}`))
	})
	s, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	c, err := s.ReadAll(false)
	if err != nil || len(c.Problems) != 4 || c.LeftOut != nil {
		t.Fatalf("ReadAll(false) = %d problems %v, left out %v, %v; want 4 problems (with the index entry of Beta)", len(c.Problems), c.Problems, c.LeftOut, err)
	}
	c, err = s.ReadAll(true)
	if err != nil {
		t.Fatal(err)
	}
	alpha := networkLabel(a)
	want := []string{
		`^the promise at key 1 of ` + regexp.QuoteMeta(alpha) + `: it cannot be read \(.+\)$`,
		`^the notes at key 99 of ` + regexp.QuoteMeta(alpha) + ` \(6 bytes\): they belong to no interview$`,
		`^the answer of interview "i-anna" about promise "p-mentor" of ` + regexp.QuoteMeta(alpha) + `: the network has no such promise$`,
		// The membership's frozen status of the promise and the
		// ledger's check of it.
		`^the status on joining of promise "p-mentor" of ` + regexp.QuoteMeta(alpha) + `: the network has no such promise$`,
		`^the ledger entry "l-check" of ` + regexp.QuoteMeta(alpha) + `: promise_id: names promise "p-mentor", which this network does not have$`,
		`^the network at key 2: its record cannot be read \(.+\)$`,
	}
	if len(c.LeftOut) != len(want) {
		t.Fatalf("left out %v, want %d parts", c.LeftOut, len(want))
	}
	for i, w := range want {
		if !regexp.MustCompile(w).MatchString(c.LeftOut[i].Error()) {
			t.Errorf("left out[%d] = %q, want %s", i, c.LeftOut[i], w)
		}
	}
	if len(c.Networks) != 1 || c.Networks[0].Name != "Alpha" || len(c.Networks[0].Promises) != 1 || len(c.Networks[0].Interviews) != 2 || len(c.Networks[0].Interviews[0].Answers) != 0 ||
		len(c.Networks[0].Membership.Ledger) != len(a.Membership.Ledger)-1 {
		t.Fatalf("salvaged %+v", c.Networks)
	}
	if c.Networks[0].Interviews[0].Notes != a.Interviews[0].Notes {
		t.Errorf("Anna's notes are %q, want them kept", c.Networks[0].Interviews[0].Notes)
	}
	var out bytes.Buffer
	if err := (model.Export{ExportedAt: time.Now(), Networks: c.Networks}).WriteJSON(&out); err != nil {
		t.Fatal(err)
	}
	if _, err := model.ParseExport(out.Bytes()); err != nil {
		t.Errorf("the salvaged export does not import: %v", err)
	}
}

// TestReadAllOfASoundFileIsNetworks: on a sound file ReadAll reads what
// Networks and Profile read.
func TestReadAllOfASoundFileIsNetworks(t *testing.T) {
	s, _ := openTest(t)
	mustCreate(t, s, fullNetwork("Alpha"))
	mustCreate(t, s, fullNetwork("Beta"))
	if err := s.SaveProfile(model.NewProfile()); err != nil {
		t.Fatal(err)
	}
	for _, salvage := range []bool{false, true} {
		c, err := s.ReadAll(salvage)
		if err != nil || len(c.Problems) != 0 || len(c.LeftOut) != 0 || c.Profile == nil {
			t.Fatalf("ReadAll(%v) = %+v, %v", salvage, c, err)
		}
		want := mustNetworks(t, s)
		var a, b bytes.Buffer
		_ = (model.Export{Networks: want}).WriteJSON(&a)
		_ = (model.Export{Networks: c.Networks}).WriteJSON(&b)
		if a.String() != b.String() {
			t.Errorf("ReadAll(%v) differs from Networks:\n%s\nwant\n%s", salvage, b.String(), a.String())
		}
	}
}
