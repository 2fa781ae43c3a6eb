package store

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"netvet/model"
)

// withIDs is fullNetwork as the store returns it when it is the first
// network of a file: the ids it generates filled in.
func withIDs(n model.Network, id string) model.Network {
	n = copyNetwork(n)
	n.ID = id
	n.Promises[1].ID = "p000002"
	n.Interviews[1].ID = "i000002"
	n.Evidence[1].ID = "e000002"
	n.Membership.Ledger[0].ID = "l000001"
	return n
}

func TestCreateNetworkRoundTrip(t *testing.T) {
	s, clk := openTest(t)
	in := fullNetwork("Alpha Circle")
	got := mustCreate(t, s, in)

	want := withIDs(in, "n000001")
	want.Created, want.Updated = clk.Last(), clk.Last()
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("CreateNetwork returned\n%+v\nwant\n%+v", got, want)
	}
	if in.ID != "" || in.Promises[1].ID != "" {
		t.Errorf("CreateNetwork changed the caller's value: %q %q", in.ID, in.Promises[1].ID)
	}
	byID, err := s.Network(got.ID)
	if err != nil {
		t.Fatalf("Network: %v", err)
	}
	if !reflect.DeepEqual(byID, want) {
		t.Errorf("Network returned\n%+v\nwant\n%+v", byID, want)
	}
	if all := mustNetworks(t, s); !reflect.DeepEqual(all, []model.Network{want}) {
		t.Errorf("Networks returned\n%+v\nwant one network\n%+v", all, want)
	}
}

func TestRoundTripSurvivesReopen(t *testing.T) {
	path := testPath(t)
	clk := newTestClock()
	s, err := Open(path, Options{Now: clk.Now})
	if err != nil {
		t.Fatal(err)
	}
	created := mustCreate(t, s, fullNetwork("Alpha"))
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err = Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got, err := s.Network(created.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, created) {
		t.Errorf("after reopening\n%+v\nwant\n%+v", got, created)
	}
}

func TestNetworksAreInCreationOrder(t *testing.T) {
	s, _ := openTest(t)
	for _, name := range []string{"Zeta", "Alpha", "Mu"} {
		mustCreate(t, s, model.Network{Name: name, Kind: model.KindOther, Status: model.StatusResearching})
	}
	all := mustNetworks(t, s)
	if got, want := names(all), []string{"Zeta", "Alpha", "Mu"}; !reflect.DeepEqual(got, want) {
		t.Errorf("names = %v, want %v", got, want)
	}
	var ids []string
	for _, n := range all {
		ids = append(ids, n.ID)
	}
	if want := []string{"n000001", "n000002", "n000003"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("ids = %v, want %v", ids, want)
	}
}

func TestChildrenKeepCreationOrder(t *testing.T) {
	s, _ := openTest(t)
	n := mustCreate(t, s, model.Network{Name: "Alpha", Kind: model.KindOther, Status: model.StatusResearching})
	for _, text := range []string{"first", "second", "third"} {
		if _, err := s.PutPromise(n.ID, model.Promise{Category: model.CategoryOther, Text: text}); err != nil {
			t.Fatal(err)
		}
	}
	// Passing the children in another order does not reorder them: keys
	// sort in creation order.
	n, err := s.Network(n.ID)
	if err != nil {
		t.Fatal(err)
	}
	n.Promises[0], n.Promises[2] = n.Promises[2], n.Promises[0]
	n, err = s.UpdateNetwork(n)
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, p := range n.Promises {
		texts = append(texts, p.Text)
	}
	if want := []string{"first", "second", "third"}; !reflect.DeepEqual(texts, want) {
		t.Errorf("promises = %v, want %v", texts, want)
	}
}

func TestUpdateNetworkReplacesChildren(t *testing.T) {
	s, clk := openTest(t)
	created := mustCreate(t, s, fullNetwork("Alpha"))

	n := created
	n.Name = "Alpha Circle"
	// Drop the first promise (and the answer naming it), change the
	// second, add a third; drop the second interview and the evidence.
	n.Promises = []model.Promise{created.Promises[1], {Category: model.CategoryTraining, Text: "Workshops"}}
	n.Promises[0].Text = "Referrals every month"
	n.Interviews = []model.Interview{created.Interviews[0]}
	n.Interviews[0].Answers = nil
	n.Evidence = nil
	// The membership goes too, with its ledger, which names the first
	// promise.
	n.Membership = nil
	got, err := s.UpdateNetwork(n)
	if err != nil {
		t.Fatalf("UpdateNetwork: %v", err)
	}

	want := n
	want.Promises = []model.Promise{n.Promises[0], n.Promises[1]}
	want.Promises[1].ID = "p000003"
	want.Created, want.Updated = created.Created, clk.Last()
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("UpdateNetwork returned\n%+v\nwant\n%+v", got, want)
	}
	if stored, _ := s.Network(n.ID); !reflect.DeepEqual(stored, want) {
		t.Errorf("Network returned\n%+v\nwant\n%+v", stored, want)
	}
	if _, err := s.InterviewNotes(n.ID, "i000002"); !errors.Is(err, ErrNotFound) {
		t.Errorf("notes of the removed interview: err = %v, want ErrNotFound", err)
	}
}

func TestUpdateNetworkUnknownIDIsNotFound(t *testing.T) {
	s, _ := openTest(t)
	n := fullNetwork("Alpha")
	n.ID = "nope"
	if _, err := s.UpdateNetwork(n); !errors.Is(err, ErrNotFound) {
		t.Errorf("err = %v, want ErrNotFound", err)
	}
	if all := mustNetworks(t, s); len(all) != 0 {
		t.Errorf("UpdateNetwork created %d networks", len(all))
	}
}

func TestSaveBasicsLeavesChildren(t *testing.T) {
	s, clk := openTest(t)
	created := mustCreate(t, s, fullNetwork("Alpha"))

	basics := created
	basics.Promises, basics.Interviews, basics.Evidence = nil, nil, nil
	basics.Name = "Alpha Circle"
	basics.EntryFee = ptr(model.Money(450000))
	basics.Warnings = nil
	basics.Fit.Chemistry = 4
	got, err := s.SaveBasics(basics)
	if err != nil {
		t.Fatalf("SaveBasics: %v", err)
	}

	want := created
	want.Name, want.EntryFee, want.Warnings, want.Fit.Chemistry = "Alpha Circle", ptr(model.Money(450000)), nil, 4
	want.Updated = clk.Last()
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("SaveBasics returned\n%+v\nwant\n%+v", got, want)
	}
	if stored, _ := s.Network(created.ID); !reflect.DeepEqual(stored, want) {
		t.Errorf("Network returned\n%+v\nwant\n%+v", stored, want)
	}
}

func TestPutPromiseCreatesAndReplaces(t *testing.T) {
	s, clk := openTest(t)
	n := mustCreate(t, s, fullNetwork("Alpha"))

	added, err := s.PutPromise(n.ID, model.Promise{Category: model.CategoryEvents, Text: "Four events a year"})
	if err != nil {
		t.Fatalf("PutPromise new: %v", err)
	}
	if added.ID != "p000003" || added.Text != "Four events a year" {
		t.Errorf("new promise = %+v, want id p000003", added)
	}
	stored, _ := s.Network(n.ID)
	if len(stored.Promises) != 3 || stored.Promises[2] != added {
		t.Errorf("promises = %+v, want the new one last", stored.Promises)
	}
	if !stored.Updated.Equal(clk.Last()) {
		t.Errorf("Updated = %v, want %v", stored.Updated, clk.Last())
	}

	changed := stored.Promises[0]
	changed.Text, changed.Documented = "Mentoring every two weeks", true
	replaced, err := s.PutPromise(n.ID, changed)
	if err != nil {
		t.Fatalf("PutPromise replace: %v", err)
	}
	if replaced != changed {
		t.Errorf("replaced = %+v, want %+v", replaced, changed)
	}
	stored, _ = s.Network(n.ID)
	if len(stored.Promises) != 3 || stored.Promises[0] != changed {
		t.Errorf("promises = %+v, want the first replaced in place", stored.Promises)
	}
	// The interview answer about it is untouched.
	if a, ok := stored.Interviews[0].Answer(changed.ID); !ok || a.Answer != model.AnswerYes {
		t.Errorf("answer about the replaced promise = %+v, %v", a, ok)
	}
}

func TestPutInterviewCreatesAndReplaces(t *testing.T) {
	s, _ := openTest(t)
	n := mustCreate(t, s, fullNetwork("Alpha"))

	iv := model.Interview{
		Member: "Carla", Channel: model.ChannelInPerson, SimilarToMe: true,
		Answers: []model.Answer{{PromiseID: "p000002", Answer: model.AnswerPartly}},
		Notes:   "long notes",
	}
	added, err := s.PutInterview(n.ID, iv)
	if err != nil {
		t.Fatalf("PutInterview new: %v", err)
	}
	iv.ID = "i000003"
	if !reflect.DeepEqual(added, iv) {
		t.Errorf("new interview = %+v, want %+v", added, iv)
	}
	if notes, err := s.InterviewNotes(n.ID, "i000003"); err != nil || notes != "long notes" {
		t.Errorf("InterviewNotes = %q, %v", notes, err)
	}

	iv.Notes = ""
	iv.Answers = append(iv.Answers, model.Answer{PromiseID: "p-mentor", Answer: model.AnswerNo})
	replaced, err := s.PutInterview(n.ID, iv)
	if err != nil {
		t.Fatalf("PutInterview replace: %v", err)
	}
	if !reflect.DeepEqual(replaced, iv) {
		t.Errorf("replaced = %+v, want %+v", replaced, iv)
	}
	if notes, err := s.InterviewNotes(n.ID, "i000003"); err != nil || notes != "" {
		t.Errorf("notes after clearing = %q, %v", notes, err)
	}
	stored, _ := s.Network(n.ID)
	if len(stored.Interviews) != 3 || !reflect.DeepEqual(stored.Interviews[2], iv) {
		t.Errorf("interviews = %+v", stored.Interviews)
	}
}

func TestPutEvidenceCreatesAndReplaces(t *testing.T) {
	s, _ := openTest(t)
	n := mustCreate(t, s, fullNetwork("Alpha"))

	e := model.Evidence{Description: "Audit", Level: model.LevelDocumented, Value: 120000, InterviewID: "i000002"}
	added, err := s.PutEvidence(n.ID, e)
	if err != nil {
		t.Fatalf("PutEvidence new: %v", err)
	}
	e.ID = "e000003"
	if added != e {
		t.Errorf("new evidence = %+v, want %+v", added, e)
	}
	e.InterviewID = ""
	if replaced, err := s.PutEvidence(n.ID, e); err != nil || replaced != e {
		t.Errorf("PutEvidence replace = %+v, %v", replaced, err)
	}
	stored, _ := s.Network(n.ID)
	if len(stored.Evidence) != 3 || stored.Evidence[2] != e {
		t.Errorf("evidence = %+v", stored.Evidence)
	}
}

func TestDeletePromiseRemovesAnswers(t *testing.T) {
	s, clk := openTest(t)
	n := mustCreate(t, s, fullNetwork("Alpha"))
	if err := s.DeletePromise(n.ID, "p-mentor"); err != nil {
		t.Fatalf("DeletePromise: %v", err)
	}
	stored, _ := s.Network(n.ID)
	if len(stored.Promises) != 1 || stored.Promises[0].ID != "p000002" {
		t.Errorf("promises = %+v, want only p000002", stored.Promises)
	}
	if len(stored.Interviews[0].Answers) != 0 {
		t.Errorf("answers = %+v, want none", stored.Interviews[0].Answers)
	}
	if !stored.Updated.Equal(clk.Last()) {
		t.Errorf("Updated = %v, want %v", stored.Updated, clk.Last())
	}
	if err := s.DeletePromise(n.ID, "p-mentor"); !errors.Is(err, ErrNotFound) {
		t.Errorf("second delete: err = %v, want ErrNotFound", err)
	}
}

func TestDeleteInterviewClearsEvidenceLinks(t *testing.T) {
	s, _ := openTest(t)
	n := mustCreate(t, s, fullNetwork("Alpha"))
	if err := s.DeleteInterview(n.ID, "i-anna"); err != nil {
		t.Fatalf("DeleteInterview: %v", err)
	}
	stored, _ := s.Network(n.ID)
	if len(stored.Interviews) != 1 || stored.Interviews[0].ID != "i000002" {
		t.Errorf("interviews = %+v, want only i000002", stored.Interviews)
	}
	if stored.Evidence[0].InterviewID != "" {
		t.Errorf("evidence still links %q", stored.Evidence[0].InterviewID)
	}
	if _, err := s.InterviewNotes(n.ID, "i-anna"); !errors.Is(err, ErrNotFound) {
		t.Errorf("notes of the deleted interview: err = %v, want ErrNotFound", err)
	}
	if problems := s.Check(); len(problems) != 0 {
		t.Errorf("Check after delete: %v", problems)
	}
}

func TestDeleteEvidence(t *testing.T) {
	s, _ := openTest(t)
	n := mustCreate(t, s, fullNetwork("Alpha"))
	if err := s.DeleteEvidence(n.ID, "e-1"); err != nil {
		t.Fatalf("DeleteEvidence: %v", err)
	}
	stored, _ := s.Network(n.ID)
	if len(stored.Evidence) != 1 || stored.Evidence[0].ID != "e000002" {
		t.Errorf("evidence = %+v, want only e000002", stored.Evidence)
	}
	if err := s.DeleteEvidence(n.ID, "e-1"); !errors.Is(err, ErrNotFound) {
		t.Errorf("second delete: err = %v, want ErrNotFound", err)
	}
}

func TestDeleteNetworkRemovesAll(t *testing.T) {
	s, _ := openTest(t)
	a := mustCreate(t, s, fullNetwork("Alpha"))
	b := mustCreate(t, s, fullNetwork("Beta"))
	if err := s.DeleteNetwork(a.ID); err != nil {
		t.Fatalf("DeleteNetwork: %v", err)
	}
	if _, err := s.Network(a.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("Network after delete: err = %v, want ErrNotFound", err)
	}
	if got := names(mustNetworks(t, s)); !reflect.DeepEqual(got, []string{"Beta"}) {
		t.Errorf("networks = %v, want [Beta]", got)
	}
	err := s.db.View(func(tx *bolt.Tx) error {
		if k := tx.Bucket([]byte(networkIDsBucket)).Get([]byte(a.ID)); k != nil {
			t.Errorf("id index still has %q", a.ID)
		}
		if n := tx.Bucket([]byte(networksBucket)).Stats().BucketN; n != 1+1*7 {
			t.Errorf("networks bucket holds %d buckets, want the root and Beta's seven", n)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// The name is free again.
	again := mustCreate(t, s, fullNetwork("alpha"))
	if again.ID == a.ID || again.ID == b.ID {
		t.Errorf("new network reuses id %q", again.ID)
	}
	if err := s.DeleteNetwork(a.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("second delete: err = %v, want ErrNotFound", err)
	}
}

// TestBadWritesChangeNothing: every refused write leaves the networks and
// the file's bytes as they were.
func TestBadWritesChangeNothing(t *testing.T) {
	tests := []struct {
		name  string
		write func(s *Store, a, b model.Network) error
		want  error
	}{
		{"create without a name", func(s *Store, a, b model.Network) error {
			n := fullNetwork("")
			_, err := s.CreateNetwork(n)
			return err
		}, ErrInvalid},
		{"create with a rating outside 1-5", func(s *Store, a, b model.Network) error {
			n := fullNetwork("Gamma")
			n.Fit.Chemistry = 9
			_, err := s.CreateNetwork(n)
			return err
		}, ErrInvalid},
		{"create with an answer naming no promise", func(s *Store, a, b model.Network) error {
			n := fullNetwork("Gamma")
			n.Interviews[0].Answers[0].PromiseID = "p-missing"
			_, err := s.CreateNetwork(n)
			return err
		}, ErrInvalid},
		{"create with two promises of one id", func(s *Store, a, b model.Network) error {
			n := fullNetwork("Gamma")
			n.Promises[1].ID = "p-mentor"
			_, err := s.CreateNetwork(n)
			return err
		}, ErrInvalid},
		{"create with a name that differs only in case and spaces", func(s *Store, a, b model.Network) error {
			_, err := s.CreateNetwork(fullNetwork("  alpha "))
			return err
		}, ErrDuplicateName},
		{"create with an id in use", func(s *Store, a, b model.Network) error {
			n := fullNetwork("Gamma")
			n.ID = a.ID
			_, err := s.CreateNetwork(n)
			return err
		}, ErrDuplicateID},
		{"update to another network's name", func(s *Store, a, b model.Network) error {
			b.Name = "ALPHA"
			_, err := s.UpdateNetwork(b)
			return err
		}, ErrDuplicateName},
		{"update with a negative fee", func(s *Store, a, b model.Network) error {
			b.AnnualFee = ptr(model.Money(-1))
			_, err := s.UpdateNetwork(b)
			return err
		}, ErrInvalid},
		{"save basics with a bad status", func(s *Store, a, b model.Network) error {
			b.Status = "maybe"
			_, err := s.SaveBasics(b)
			return err
		}, ErrInvalid},
		{"save basics to another network's name", func(s *Store, a, b model.Network) error {
			b.Name = "Alpha"
			_, err := s.SaveBasics(b)
			return err
		}, ErrDuplicateName},
		{"put a promise without text", func(s *Store, a, b model.Network) error {
			_, err := s.PutPromise(a.ID, model.Promise{Category: model.CategoryOther})
			return err
		}, ErrInvalid},
		{"put a promise with an unknown id", func(s *Store, a, b model.Network) error {
			_, err := s.PutPromise(a.ID, model.Promise{ID: "p-x", Category: model.CategoryOther, Text: "x"})
			return err
		}, ErrNotFound},
		{"put a promise into an unknown network", func(s *Store, a, b model.Network) error {
			_, err := s.PutPromise("n-x", model.Promise{Category: model.CategoryOther, Text: "x"})
			return err
		}, ErrNotFound},
		{"put an interview answering a missing promise", func(s *Store, a, b model.Network) error {
			_, err := s.PutInterview(a.ID, model.Interview{Member: "Dora", Answers: []model.Answer{{PromiseID: "p-x", Answer: model.AnswerYes}}})
			return err
		}, ErrInvalid},
		{"put evidence with a negative value", func(s *Store, a, b model.Network) error {
			_, err := s.PutEvidence(a.ID, model.Evidence{Description: "x", Level: model.LevelHearsay, Value: -5})
			return err
		}, ErrInvalid},
		{"put evidence linking a missing interview", func(s *Store, a, b model.Network) error {
			_, err := s.PutEvidence(a.ID, model.Evidence{Description: "x", Level: model.LevelHearsay, InterviewID: "i-x"})
			return err
		}, ErrInvalid},
		{"delete an unknown interview", func(s *Store, a, b model.Network) error {
			return s.DeleteInterview(a.ID, "i-x")
		}, ErrNotFound},
		{"delete an unknown network", func(s *Store, a, b model.Network) error {
			return s.DeleteNetwork("n-x")
		}, ErrNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := openTest(t)
			a := mustCreate(t, s, fullNetwork("Alpha"))
			b := mustCreate(t, s, fullNetwork("Beta"))
			before := mustNetworks(t, s)
			hash := fileHash(t, s.Path())

			err := tt.write(s, a, b)
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			if msg := err.Error(); msg == "" || strings.Contains(msg, "\n") {
				t.Errorf("message %q is not one line", msg)
			}
			assertUnchanged(t, s, before)
			if got := fileHash(t, s.Path()); got != hash {
				t.Errorf("the file's bytes changed")
			}
		})
	}
}

func TestValidationErrorsReachTheCaller(t *testing.T) {
	s, _ := openTest(t)
	mustCreate(t, s, fullNetwork("Alpha"))
	tests := []struct {
		name      string
		n         model.Network
		wantField string
	}{
		{"a missing name is reported on the name field", fullNetwork(""), "name"},
		{"a taken name is reported on the name field", fullNetwork("alpha"), "name"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := s.CreateNetwork(tt.n)
			var ve model.ValidationError
			if !errors.As(err, &ve) {
				t.Fatalf("err = %v, want a model.ValidationError inside", err)
			}
			if _, ok := ve.For(tt.wantField); !ok {
				t.Errorf("no problem reported for %q in %v", tt.wantField, ve)
			}
		})
	}
}

func TestNetworksLiteLeavesOutNotes(t *testing.T) {
	s, _ := openTest(t)
	n := mustCreate(t, s, fullNetwork("Alpha"))
	lite, err := s.NetworksLite()
	if err != nil {
		t.Fatal(err)
	}
	want := mustNetworks(t, s)
	want[0].Interviews[0].Notes = ""
	if !reflect.DeepEqual(lite, want) {
		t.Errorf("NetworksLite =\n%+v\nwant\n%+v", lite, want)
	}
	notes, err := s.InterviewNotes(n.ID, "i-anna")
	if err != nil || notes != n.Interviews[0].Notes {
		t.Errorf("InterviewNotes = %q, %v; want %q", notes, err, n.Interviews[0].Notes)
	}
	if _, err := s.InterviewNotes("n-x", "i-anna"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown network: err = %v, want ErrNotFound", err)
	}
}

// TestRecordLayout pins the layout documented in keys.go.
func TestRecordLayout(t *testing.T) {
	s, _ := openTest(t)
	n := mustCreate(t, s, fullNetwork("Alpha"))
	err := s.db.View(func(tx *bolt.Tx) error {
		key := tx.Bucket([]byte(networkIDsBucket)).Get([]byte(n.ID))
		if seq, ok := keySeq(key); !ok || seq != 1 {
			t.Fatalf("network key = %x, want 8-byte 1", key)
		}
		nb := tx.Bucket([]byte(networksBucket)).Bucket(key)
		var rec map[string]any
		if err := json.Unmarshal(nb.Get([]byte(recordKey)), &rec); err != nil {
			t.Fatal(err)
		}
		for _, field := range []string{"promises", "interviews", "evidence", "membership"} {
			if _, ok := rec[field]; ok {
				t.Errorf("network record has %q", field)
			}
		}
		var m map[string]any
		if err := json.Unmarshal(nb.Get([]byte(membershipKey)), &m); err != nil {
			t.Fatal(err)
		}
		if _, ok := m["ledger"]; ok || m["joined_on"] != "2026-01-31" || m["notice_days"] != 45.0 {
			t.Errorf("membership record = %v, want the terms and expectations without the ledger", m)
		}
		// One record per ledger entry, in creation order, with the index.
		lb := nb.Bucket([]byte(ledgerBucket))
		if got := lb.Stats().KeyN; got != len(n.Membership.Ledger) {
			t.Errorf("ledger bucket holds %d entries, want %d", got, len(n.Membership.Ledger))
		}
		for i, e := range n.Membership.Ledger {
			lk := nb.Bucket([]byte(childIDsBucket)).Get(ledgerKind.indexKey(e.ID))
			if seq, ok := keySeq(lk); !ok || seq != uint64(i+1) {
				t.Errorf("ledger entry %s has key %x, want 8-byte %d", e.ID, lk, i+1)
			}
			var got model.LedgerEntry
			if err := json.Unmarshal(lb.Get(lk), &got); err != nil || !reflect.DeepEqual(got, e) {
				t.Errorf("ledger record of %s = %+v, %v; want %+v", e.ID, got, err, e)
			}
		}
		if rec["name"] != "Alpha" || rec["kind"] != "mastermind" {
			t.Errorf("record = %v, want the json field names of model", rec)
		}
		ik := nb.Bucket([]byte(childIDsBucket)).Get(interviewKind.indexKey("i-anna"))
		var iv map[string]any
		if err := json.Unmarshal(nb.Bucket([]byte(interviewsBucket)).Get(ik), &iv); err != nil {
			t.Fatal(err)
		}
		if _, ok := iv["notes"]; ok {
			t.Error("interview record has notes")
		}
		if got := string(nb.Bucket([]byte(notesBucket)).Get(ik)); got != n.Interviews[0].Notes {
			t.Errorf("notes bucket = %q", got)
		}
		if v := nb.Bucket([]byte(notesBucket)).Get(seqKey(2)); v != nil {
			t.Errorf("empty notes are stored: %q", v)
		}
		meta := tx.Bucket([]byte(metaBucket))
		if string(meta.Get([]byte(appKey))) != "netvet" || string(meta.Get([]byte(schemaVersionKey))) != "2" {
			t.Errorf("meta = %q %q", meta.Get([]byte(appKey)), meta.Get([]byte(schemaVersionKey)))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestProfileRoundTrip(t *testing.T) {
	s, _ := openTest(t)
	p, ok, err := s.Profile()
	if err != nil || ok || !reflect.DeepEqual(p, model.NewProfile()) {
		t.Fatalf("Profile before saving = %+v, %v, %v; want NewProfile, false", p, ok, err)
	}
	want := fullProfile()
	if err := s.SaveProfile(want); err != nil {
		t.Fatalf("SaveProfile: %v", err)
	}
	got, ok, err := s.Profile()
	if err != nil || !ok || !reflect.DeepEqual(got, want) {
		t.Errorf("Profile = %+v, %v, %v; want %+v", got, ok, err, want)
	}

	bad := want
	bad.MarginalTaxRate = 0.9
	if err := s.SaveProfile(bad); !errors.Is(err, ErrInvalid) {
		t.Errorf("SaveProfile(tax 0.9): err = %v, want ErrInvalid", err)
	}
	if got, _, _ := s.Profile(); !reflect.DeepEqual(got, want) {
		t.Errorf("a refused profile changed the stored one: %+v", got)
	}
}

func TestGeneratedNetworkIDsDifferAcrossDatabases(t *testing.T) {
	ids := map[string]bool{}
	for i := 0; i < 3; i++ {
		s, err := Open(testPath(t), Options{})
		if err != nil {
			t.Fatal(err)
		}
		n, err := s.CreateNetwork(fullNetwork("Same Name"))
		s.Close()
		if err != nil {
			t.Fatal(err)
		}
		if ids[n.ID] {
			t.Fatalf("two databases generated the network id %q", n.ID)
		}
		if !strings.HasPrefix(n.ID, "n") || !strings.HasSuffix(n.ID, "000001") || len(n.ID) != 1+idTagLen+6 {
			t.Fatalf("id %q is not n + tag + sequence", n.ID)
		}
		ids[n.ID] = true
	}
}
