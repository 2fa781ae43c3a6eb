package store

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"netvet/model"
)

// storedPlan is fullPlan as the store returns it when it is the first plan
// of a file: the ids it generates filled in.
func storedPlan() model.OwnNetwork {
	o := fullPlan()
	o.Seats[0].Candidates[1].ID = "c000002"
	o.Seats[1].ID = "s000002"
	o.Seats[1].Candidates[0].ID = "c000001"
	return o
}

// mustPlan reads the plan or fails the test.
func mustPlan(t *testing.T, s *Store) model.OwnNetwork {
	t.Helper()
	o, found, err := s.Plan()
	if err != nil || !found {
		t.Fatalf("Plan: %v, found %v", err, found)
	}
	return o
}

func TestPlanRoundTripsThroughAnImport(t *testing.T) {
	s, _ := openTest(t)
	if o, found, err := s.Plan(); err != nil || found || !reflect.DeepEqual(o, model.NewOwnNetwork()) {
		t.Fatalf("Plan before one is saved = %+v, %v, %v; want NewOwnNetwork, false", o, found, err)
	}
	in := fullPlan()
	got, err := s.Import(model.Export{OwnNetwork: &in}, false)
	if err != nil || !got.Plan || got.Profile {
		t.Fatalf("Import = %+v, %v; want the plan taken", got, err)
	}
	if o := mustPlan(t, s); !reflect.DeepEqual(o, storedPlan()) {
		t.Errorf("Plan after the import\n%+v\nwant\n%+v", o, storedPlan())
	}
	if in.Seats[1].ID != "" || in.Seats[0].Candidates[1].ID != "" {
		t.Error("the import changed the caller's plan")
	}
	// A second import leaves the stored plan alone.
	other := fullPlan()
	other.Goal = "Another goal"
	if got, err := s.Import(model.Export{OwnNetwork: &other}, true); err != nil || got.Plan {
		t.Fatalf("second Import = %+v, %v; want the plan skipped", got, err)
	}
	if o := mustPlan(t, s); o.Goal != fullPlan().Goal {
		t.Errorf("the second import replaced the plan: goal %q", o.Goal)
	}
	if problems := s.Check(); len(problems) != 0 {
		t.Errorf("Check: %v", problems)
	}
}

// TestImportOfABadPlanWritesNothing: an import is all or nothing, the
// plan included.
func TestImportOfABadPlanWritesNothing(t *testing.T) {
	s, _ := openTest(t)
	bad := fullPlan()
	bad.Seats[0].Candidates[0].Chemistry = 6
	p := fullProfile()
	before := lastTxID(t, s)
	_, err := s.Import(model.Export{Profile: &p, Networks: []model.Network{fullNetwork("Alpha")}, OwnNetwork: &bad}, false)
	if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), "cannot save the own-network plan: seats[0].candidates[0].chemistry") {
		t.Errorf("err = %v, want the plan refused with the path of the rating", err)
	}
	if lastTxID(t, s) != before {
		t.Error("the refused import wrote something")
	}
}

func TestSavePlanDesign(t *testing.T) {
	s, _ := openTest(t)
	o := fullPlan()
	got, err := s.SavePlanDesign(o)
	o.Seats = nil
	if err != nil || !reflect.DeepEqual(got, o) {
		t.Fatalf("SavePlanDesign = %+v, %v", got, err)
	}
	if stored := mustPlan(t, s); !reflect.DeepEqual(stored, o) {
		t.Errorf("the design's seats were saved too: %+v", stored)
	}
	bad := o
	bad.MeetingsPerYear = -1
	before := lastTxID(t, s)
	if _, err := s.SavePlanDesign(bad); !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), "meetings_per_year") {
		t.Errorf("a negative number of meetings: %v", err)
	}
	if lastTxID(t, s) != before {
		t.Error("the refused design was written")
	}
}

func TestSaveSeatAndCandidates(t *testing.T) {
	s, _ := openTest(t)
	// The first seat makes a plan with the defaults.
	seat, err := s.SaveSeat(model.Seat{Role: "Designer", Covers: []model.Cover{model.CoverTraining},
		Candidates: []model.Candidate{{Name: "not saved", Status: model.CandidateIdentified}}})
	if err != nil || seat.ID != "s000001" || seat.Candidates != nil {
		t.Fatalf("SaveSeat = %+v, %v; want id s000001 without candidates", seat, err)
	}
	if o := mustPlan(t, s); o.RecruitingHoursPerSeat != model.DefaultRecruitingHoursPerSeat || len(o.Seats) != 1 || o.Seats[0].Candidates != nil {
		t.Errorf("plan after the first seat: %+v", o)
	}
	c, err := s.SaveCandidate(seat.ID, model.Candidate{Name: "Ida", Status: model.CandidateApproached, Chemistry: 4})
	if err != nil || c.ID != "c000001" {
		t.Fatalf("SaveCandidate = %+v, %v", c, err)
	}
	c2, err := s.SaveCandidate(seat.ID, model.Candidate{Name: "Jo", Status: model.CandidateIdentified})
	if err != nil {
		t.Fatal(err)
	}
	c.Status = model.CandidateCommitted
	if got, err := s.SaveCandidate(seat.ID, c); err != nil || !reflect.DeepEqual(got, c) {
		t.Fatalf("SaveCandidate of an existing candidate = %+v, %v", got, err)
	}
	// A changed seat keeps its candidates.
	seat.Role = "Industrial designer"
	if _, err := s.SaveSeat(seat); err != nil {
		t.Fatal(err)
	}
	o := mustPlan(t, s)
	if got := o.Seats[0]; got.Role != "Industrial designer" || !reflect.DeepEqual(got.Candidates, []model.Candidate{c, c2}) || !got.Filled() {
		t.Errorf("seat after the saves: %+v", got)
	}
	if err := s.DeleteCandidate(seat.ID, c.ID); err != nil {
		t.Fatal(err)
	}
	if o := mustPlan(t, s); !reflect.DeepEqual(o.Seats[0].Candidates, []model.Candidate{c2}) {
		t.Errorf("candidates after the delete: %+v", o.Seats[0].Candidates)
	}
	second, err := s.SaveSeat(model.Seat{Role: "Lawyer"})
	if err != nil || second.ID != "s000002" {
		t.Fatal(second, err)
	}
	if err := s.DeleteSeat(seat.ID); err != nil {
		t.Fatal(err)
	}
	if o := mustPlan(t, s); len(o.Seats) != 1 || o.Seats[0].ID != second.ID {
		t.Errorf("seats after the delete: %+v", o.Seats)
	}
	if problems := s.Check(); len(problems) != 0 {
		t.Errorf("Check: %v", problems)
	}
}

// TestPlanRefusals: bad values and unknown ids are refused, and nothing
// is written.
func TestPlanRefusals(t *testing.T) {
	s, _ := openTest(t)
	seat, err := s.SaveSeat(model.Seat{Role: "Designer"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		do   func() error
		is   error
		want string
	}{
		{"a seat without a role", func() error { _, err := s.SaveSeat(model.Seat{}); return err }, ErrInvalid, `cannot save the seat "" of the own-network plan: role: is required`},
		{"a seat covering a factor twice", func() error {
			_, err := s.SaveSeat(model.Seat{Role: "X", Covers: []model.Cover{model.CoverMentors, model.CoverMentors}})
			return err
		}, ErrInvalid, "covers[1]"},
		{"an unknown seat", func() error { _, err := s.SaveSeat(model.Seat{ID: "s-gone", Role: "X"}); return err }, ErrNotFound, `no seat with id "s-gone"`},
		{"deleting an unknown seat", func() error { return s.DeleteSeat("s-gone") }, ErrNotFound, `no seat with id "s-gone"`},
		{"a candidate rated 0 to 6", func() error {
			_, err := s.SaveCandidate(seat.ID, model.Candidate{Name: "Ida", Status: model.CandidateIdentified, Reliability: 6})
			return err
		}, ErrInvalid, `cannot save the candidate "Ida" of the own-network plan: reliability`},
		{"a candidate of an unknown seat", func() error {
			_, err := s.SaveCandidate("s-gone", model.Candidate{Name: "Ida", Status: model.CandidateIdentified})
			return err
		}, ErrNotFound, `no seat with id "s-gone"`},
		{"an unknown candidate", func() error {
			_, err := s.SaveCandidate(seat.ID, model.Candidate{ID: "c-gone", Name: "Ida", Status: model.CandidateIdentified})
			return err
		}, ErrNotFound, `seat "s000001" of the own-network plan has no candidate with id "c-gone"`},
		{"deleting an unknown candidate", func() error { return s.DeleteCandidate(seat.ID, "c-gone") }, ErrNotFound, `no candidate with id "c-gone"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := lastTxID(t, s)
			err := tt.do()
			if !errors.Is(err, tt.is) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want %v containing %q", err, tt.is, tt.want)
			}
			if lastTxID(t, s) != before {
				t.Error("the refused change was written")
			}
		})
	}
}

// TestCandidateSaveWritesOnlyTheCandidate: saving a candidate leaves the
// bytes of the design and of every seat record as they were.
func TestCandidateSaveWritesOnlyTheCandidate(t *testing.T) {
	s, _ := openTest(t)
	in := fullPlan()
	if _, err := s.Import(model.Export{OwnNetwork: &in}, false); err != nil {
		t.Fatal(err)
	}
	records := func() []string {
		var out []string
		_ = s.db.View(func(tx *bolt.Tx) error {
			plan := tx.Bucket([]byte(planBucket))
			out = append(out, string(plan.Get([]byte(designKey))))
			return plan.Bucket([]byte(seatsBucket)).ForEachBucket(func(k []byte) error {
				out = append(out, string(plan.Bucket([]byte(seatsBucket)).Bucket(k).Get([]byte(recordKey))))
				return nil
			})
		})
		return out
	}
	before := records()
	c := storedPlan().Seats[0].Candidates[0]
	c.Notes = "Called back"
	if _, err := s.SaveCandidate("s-tax", c); err != nil {
		t.Fatal(err)
	}
	if after := records(); !reflect.DeepEqual(after, before) {
		t.Error("saving a candidate changed the design or a seat record")
	}
	if o := mustPlan(t, s); o.Seats[0].Candidates[0].Notes != "Called back" {
		t.Error("the candidate was not saved")
	}
}
