package store

import (
	"encoding/json"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"netvet/model"
)

func TestCheckPassesASoundStore(t *testing.T) {
	s, _ := openTest(t)
	mustCreate(t, s, fullNetwork("Alpha"))
	b := mustCreate(t, s, fullNetwork("Beta"))
	if err := s.SaveProfile(model.NewProfile()); err != nil {
		t.Fatal(err)
	}
	if err := s.DeletePromise(b.ID, "p-mentor"); err != nil {
		t.Fatal(err)
	}
	if problems := s.Check(); len(problems) != 0 {
		t.Errorf("Check = %v, want no problems", problems)
	}
}

// childOf returns the bucket of a network's children of a kind and the
// key of the child with the id.
func childOf(tx *bolt.Tx, netID string, kind childKind, id string) (*bolt.Bucket, []byte) {
	key := tx.Bucket([]byte(networkIDsBucket)).Get([]byte(netID))
	nb := tx.Bucket([]byte(networksBucket)).Bucket(key)
	return nb.Bucket([]byte(kind.bucket)), nb.Bucket([]byte(childIDsBucket)).Get(kind.indexKey(id))
}

// plantedProblem is something the store never writes, planted straight
// into the file of two networks, Alpha (a) and Beta; want is what Check
// says about it.
type plantedProblem struct {
	name  string
	plant func(tx *bolt.Tx, a model.Network) error
	want  string
}

// plantedProblems are the problems Check must find, one each.
func plantedProblems() []plantedProblem {
	child := childOf
	return []plantedProblem{
		{"an answer naming a promise the network lacks", func(tx *bolt.Tx, a model.Network) error {
			b, k := child(tx, a.ID, interviewKind, "i-anna")
			iv := a.Interviews[0]
			iv.Answers[0].PromiseID = "p-gone"
			v, _ := encodeInterview(iv)
			return b.Put(k, v)
		}, `interview "i-anna" answers promise "p-gone", which the network does not have`},
		{"evidence naming an interview the network lacks", func(tx *bolt.Tx, a model.Network) error {
			b, k := child(tx, a.ID, evidenceKind, "e-1")
			e := a.Evidence[0]
			e.InterviewID = "i-gone"
			v, _ := json.Marshal(e)
			return b.Put(k, v)
		}, `evidence "e-1" names interview "i-gone"`},
		{"a record that does not decode", func(tx *bolt.Tx, a model.Network) error {
			b, k := child(tx, a.ID, promiseKind, "p-mentor")
			return b.Put(k, []byte("{not json"))
		}, "cannot be read"},
		{"a record that fails validation", func(tx *bolt.Tx, a model.Network) error {
			b, k := child(tx, a.ID, promiseKind, "p-mentor")
			p := a.Promises[0]
			p.Category = "bribes"
			v, _ := json.Marshal(p)
			return b.Put(k, v)
		}, `"bribes" is not one of`},
		{"a network missing from the index", func(tx *bolt.Tx, a model.Network) error {
			return tx.Bucket([]byte(networkIDsBucket)).Delete([]byte(a.ID))
		}, "is missing from the network index"},
		{"an index entry naming no network", func(tx *bolt.Tx, a model.Network) error {
			return tx.Bucket([]byte(networkIDsBucket)).Put([]byte("n-ghost"), seqKey(99))
		}, `the network index names "n-ghost"`},
		{"a child missing from its index", func(tx *bolt.Tx, a model.Network) error {
			nb := tx.Bucket([]byte(networksBucket)).Bucket(tx.Bucket([]byte(networkIDsBucket)).Get([]byte(a.ID)))
			return nb.Bucket([]byte(childIDsBucket)).Delete(evidenceKind.indexKey("e-1"))
		}, `evidence "e-1" is missing from its index`},
		{"notes of no interview", func(tx *bolt.Tx, a model.Network) error {
			nb := tx.Bucket([]byte(networksBucket)).Bucket(tx.Bucket([]byte(networkIDsBucket)).Get([]byte(a.ID)))
			return nb.Bucket([]byte(notesBucket)).Put(seqKey(99), []byte("orphan"))
		}, "belong to no interview"},
		{"two networks of the same name", func(tx *bolt.Tx, a model.Network) error {
			key := tx.Bucket([]byte(networkIDsBucket)).Get([]byte(a.ID))
			nb := tx.Bucket([]byte(networksBucket)).Bucket(key)
			n := a
			n.Name = "BETA"
			v, _ := encodeNetwork(n)
			return nb.Put([]byte(recordKey), v)
		}, "has the name of an earlier network"},
		{"no app marker", func(tx *bolt.Tx, a model.Network) error {
			return tx.Bucket([]byte(metaBucket)).Delete([]byte(appKey))
		}, "does not mark the file as netvet's"},
		{"a profile that fails validation", func(tx *bolt.Tx, a model.Network) error {
			return tx.Bucket([]byte(profileBucket)).Put([]byte(profileKey), []byte(`{"currency":"euro","horizon_years":3,"min_interviews":3}`))
		}, "the profile: currency"},
	}
}

// TestCheckFindsPlantedProblems writes what the store never would, straight
// into the file, and expects Check to say so.
func TestCheckFindsPlantedProblems(t *testing.T) {
	tests := plantedProblems()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := openTest(t)
			a := mustCreate(t, s, fullNetwork("Alpha"))
			mustCreate(t, s, fullNetwork("Beta"))
			if err := s.db.Update(func(tx *bolt.Tx) error { return tt.plant(tx, a) }); err != nil {
				t.Fatalf("plant: %v", err)
			}
			// Exactly one problem: the planted one, not a cascade of
			// follow-up reports.
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

// TestCheckFindsADuplicateNameAmongMany: the last of many networks has
// the name of the first, in other letter case.
func TestCheckFindsADuplicateNameAmongMany(t *testing.T) {
	s := manyNetworks(t, 2000, "NETWORK 1")
	problems := s.Check()
	if len(problems) != 1 || !strings.Contains(problems[0].Error(), `network "NETWORK 1" (id "n002000") has the name of an earlier network`) {
		t.Errorf("Check = %v, want the one duplicate name", problems)
	}
}

// TestCheckNamesTheSameOnlySinceVersion1AreANotice: "Strasse" and "Straße"
// were two names under netvet's first rule; a file that has both is sound,
// opens for writing, and check says once that they count as one name now.
func TestCheckNamesTheSameOnlySinceVersion1AreANotice(t *testing.T) {
	s, _ := openTest(t)
	a := mustCreate(t, s, fullNetwork("Kreis Strasse"))
	mustCreate(t, s, fullNetwork("Beta"))
	err := s.db.Update(func(tx *bolt.Tx) error {
		b := mustNetworks(t, s)[1]
		key := tx.Bucket([]byte(networkIDsBucket)).Get([]byte(b.ID))
		b.Name = "Kreis Straße"
		v, _ := encodeNetwork(b)
		return tx.Bucket([]byte(networksBucket)).Bucket(key).Put([]byte(recordKey), v)
	})
	if err != nil {
		t.Fatal(err)
	}
	problems, notices := s.CheckAll()
	if len(problems) != 0 {
		t.Fatalf("problems %v, want none: the file is sound", problems)
	}
	if len(notices) != 1 || !strings.Contains(notices[0].Error(), `and the network "Kreis Strasse" count as the same name`) {
		t.Fatalf("notices %v, want one naming both networks", notices)
	}
	path := s.Path()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s2, err := Open(path, Options{})
	if err != nil {
		t.Fatalf("a sound file with such names is refused: %v", err)
	}
	defer s2.Close()
	// Editing either keeps its name; renaming the first onto the second's
	// spelling is refused by today's rule.
	a.Summary = "edited"
	if _, err := s2.SaveBasics(a); err != nil {
		t.Errorf("saving a network that keeps its name: %v", err)
	}
	a.Name = "KREIS STRASSE "
	if _, err := s2.SaveBasics(a); err != nil {
		t.Errorf("a rename that keeps the name under both rules: %v", err)
	}
}
