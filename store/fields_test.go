package store

import (
	"reflect"
	"testing"

	"netvet/model"
)

// TestEveryFieldIsSetInTheTestData guards the round-trip tests: the full
// network, membership, ledger and profile they save set every field of
// the model's types, so that a field added later and dropped by the
// store's encoding (codec.go, fastdecode.go) makes them fail. The fields
// the store sets itself, and the status before archiving (only for an
// archived network, see TestArchivedStatusRoundTrips), are left out.
func TestEveryFieldIsSetInTheTestData(t *testing.T) {
	n := fullNetwork("Alpha")
	unsetFields(t, "Network", n, "ID", "StatusBeforeArchive", "Created", "Updated")
	unsetFields(t, "Membership", *n.Membership)
	unsetFields(t, "Expectations", n.Membership.Expectations)
	unsetFields(t, "Profile", fullProfile())
	for _, f := range []struct {
		name string
		v    any
	}{{"Promise", n.Promises}, {"Interview", n.Interviews}, {"Evidence", n.Evidence}, {"LedgerEntry", n.Membership.Ledger}} {
		unsetInAll(t, f.name, f.v)
	}
	unsetInAll(t, "Seat", fullPlan().Seats)
	unsetInAll(t, "Candidate", fullPlan().Seats[0].Candidates)
	unsetFields(t, "OwnNetwork", fullPlan())
}

// unsetFields fails for every exported field of v that is zero, except
// those named.
func unsetFields(t *testing.T, what string, v any, except ...string) {
	t.Helper()
	rv := reflect.ValueOf(v)
	for i := range rv.NumField() {
		f := rv.Type().Field(i)
		if f.IsExported() && rv.Field(i).IsZero() && !contains(except, f.Name) {
			t.Errorf("the test data leaves %s.%s unset", what, f.Name)
		}
	}
}

// unsetInAll fails for every exported field that is zero in every item of
// the slice items.
func unsetInAll(t *testing.T, what string, items any) {
	t.Helper()
	rv := reflect.ValueOf(items)
	typ := rv.Type().Elem()
	for i := range typ.NumField() {
		set := false
		for j := range rv.Len() {
			set = set || !rv.Index(j).Field(i).IsZero()
		}
		if typ.Field(i).IsExported() && !set {
			t.Errorf("the test data leaves %s.%s unset in every item", what, typ.Field(i).Name)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestArchivedStatusRoundTrips: the status an archived network had is
// stored with it, and a network archived without one (a file of version 1)
// reads as before.
func TestArchivedStatusRoundTrips(t *testing.T) {
	s, _ := openTest(t)
	n := fullNetwork("Alpha")
	n.SetStatus(model.StatusArchived)
	got := mustCreate(t, s, n)
	if got.Status != model.StatusArchived || got.StatusBeforeArchive != model.StatusJoined {
		t.Fatalf("stored %s before %q, want archived before joined", got.Status, got.StatusBeforeArchive)
	}
	got.Restore()
	back, err := s.SaveBasics(got)
	if err != nil {
		t.Fatal(err)
	}
	if back.Status != model.StatusJoined || back.StatusBeforeArchive != "" {
		t.Errorf("restored %s before %q, want joined and none", back.Status, back.StatusBeforeArchive)
	}
	old := plain("", "Old")
	old.Status = model.StatusArchived
	stored := mustCreate(t, s, old)
	stored.Restore()
	if stored.Status != model.StatusResearching {
		t.Errorf("a network archived without its status restores as %s, want researching", stored.Status)
	}
}
