package store

import (
	"errors"
	"fmt"
	"reflect"
	"testing"
	"time"

	"netvet/model"
)

// plain is a minimal valid network.
func plain(id, name string) model.Network {
	return model.Network{ID: id, Name: name, Kind: model.KindOther, Status: model.StatusResearching}
}

func TestReplaceAllKeepsIDsAndOrder(t *testing.T) {
	s, clk := openTest(t)
	mustCreate(t, s, plain("", "Stored first"))

	zz := fullNetwork("Zulu")
	zz.ID = "zz"
	zz.Promises[0].ID, zz.Promises[1].ID = "z-2", "z-1"
	zz.Interviews[0].Answers[0].PromiseID = "z-2"
	zz.Membership.Expectations.Promises[0].PromiseID = "z-2"
	zz.Membership.Ledger[8].PromiseID = "z-2"
	zz.Created = time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)
	zz.Updated = time.Date(2025, 2, 3, 4, 5, 6, 0, time.UTC)
	imported := []model.Network{zz, plain("aa", "Alpha"), plain("", "No id"), plain("mm", "Mike")}
	if err := s.ReplaceAll(nil, imported, false); err != nil {
		t.Fatalf("ReplaceAll: %v", err)
	}

	all := mustNetworks(t, s)
	var ids []string
	for _, n := range all {
		ids = append(ids, n.ID)
	}
	if want := []string{"n000001", "zz", "aa", "n000004", "mm"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("ids in order = %v, want %v", ids, want)
	}
	want := withIDs(zz, "zz")
	want.Promises[1].ID = "z-1"
	if !reflect.DeepEqual(all[1], want) {
		t.Errorf("imported network =\n%+v\nwant\n%+v", all[1], want)
	}
	if !all[2].Created.Equal(clk.Last()) || !all[2].Updated.Equal(clk.Last()) {
		t.Errorf("a network without times got %v, %v; want now", all[2].Created, all[2].Updated)
	}
}

// TestReplaceAllSortsKeysNumerically imports more networks than one key
// byte can count, which only big-endian keys keep in order.
func TestReplaceAllSortsKeysNumerically(t *testing.T) {
	s, _ := openTest(t)
	var nets []model.Network
	for i := range 300 {
		nets = append(nets, plain(fmt.Sprintf("id-%03d", 299-i), fmt.Sprintf("Network %03d", i)))
	}
	if err := s.ReplaceAll(nil, nets, false); err != nil {
		t.Fatal(err)
	}
	all := mustNetworks(t, s)
	if len(all) != 300 {
		t.Fatalf("%d networks, want 300", len(all))
	}
	for i, n := range all {
		if want := fmt.Sprintf("Network %03d", i); n.Name != want {
			t.Fatalf("network %d is %q, want %q", i, n.Name, want)
		}
	}
}

func TestReplaceAllAvoidsImportedIDsWhenGenerating(t *testing.T) {
	s, _ := openTest(t)
	if err := s.ReplaceAll(nil, []model.Network{plain("", "First"), plain("n000001", "Second")}, false); err != nil {
		t.Fatalf("ReplaceAll: %v", err)
	}
	all := mustNetworks(t, s)
	if got := []string{all[0].ID, all[1].ID}; !reflect.DeepEqual(got, []string{"n000002", "n000001"}) {
		t.Errorf("ids = %v, want [n000002 n000001]", got)
	}
}

func TestReplaceAllWritesTheProfile(t *testing.T) {
	s, _ := openTest(t)
	p := model.NewProfile()
	p.Name = "Kim"
	if err := s.ReplaceAll(&p, nil, false); err != nil {
		t.Fatal(err)
	}
	if got, ok, _ := s.Profile(); !ok || got.Name != "Kim" {
		t.Errorf("profile = %+v, %v; want Kim's", got, ok)
	}
	if err := s.ReplaceAll(nil, []model.Network{plain("", "Alpha")}, false); err != nil {
		t.Fatal(err)
	}
	if got, _, _ := s.Profile(); got.Name != "Kim" {
		t.Errorf("a nil profile changed the stored one to %+v", got)
	}
}

func TestReplaceAllReplaces(t *testing.T) {
	s, _ := openTest(t)
	alpha := mustCreate(t, s, fullNetwork("Alpha"))
	beta := mustCreate(t, s, fullNetwork("Beta"))
	gamma := mustCreate(t, s, fullNetwork("Gamma"))

	byID := plain(alpha.ID, "Alpha renamed")
	byName := plain("", "beta")
	byNameNewID := plain("g-new", "GAMMA")
	if err := s.ReplaceAll(nil, []model.Network{byID, byName, byNameNewID, plain("", "Delta")}, true); err != nil {
		t.Fatalf("ReplaceAll: %v", err)
	}
	all := mustNetworks(t, s)
	if got, want := names(all), []string{"Alpha renamed", "beta", "GAMMA", "Delta"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("names = %v, want %v (replaced in place)", got, want)
	}
	if all[0].ID != alpha.ID || all[1].ID != beta.ID || all[2].ID != "g-new" {
		t.Errorf("ids = %q %q %q, want %q %q g-new", all[0].ID, all[1].ID, all[2].ID, alpha.ID, beta.ID)
	}
	if len(all[0].Promises) != 0 || len(all[1].Interviews) != 0 {
		t.Error("the children of a replaced network were kept")
	}
	if !all[0].Created.Equal(alpha.Created) {
		t.Errorf("Created = %v, want the replaced network's %v", all[0].Created, alpha.Created)
	}
	if _, err := s.Network(gamma.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("the old id of a network replaced under a new id: err = %v, want ErrNotFound", err)
	}
	if problems := s.Check(); len(problems) != 0 {
		t.Errorf("Check: %v", problems)
	}
}

// TestReplaceAllIsAllOrNothing: one refused network, anywhere in the
// import, leaves the profile, the networks and the file's bytes as they
// were.
func TestReplaceAllIsAllOrNothing(t *testing.T) {
	bad := fullNetwork("Bad")
	bad.Factors.Mentors = 7
	tests := []struct {
		name    string
		nets    []model.Network
		replace bool
		want    error
	}{
		{"an invalid network in the middle", []model.Network{plain("", "One"), bad, plain("", "Two")}, false, ErrInvalid},
		{"an existing id", []model.Network{plain("", "One"), plain("a", "Other")}, false, ErrDuplicateID},
		{"an existing name", []model.Network{plain("", "One"), plain("", " ALPHA")}, false, ErrDuplicateName},
		{"two imported networks with one id", []model.Network{plain("x", "One"), plain("x", "Two")}, true, ErrDuplicateID},
		{"two imported networks with one name", []model.Network{plain("", "One"), plain("", "one")}, true, ErrDuplicateName},
		{"an id of one stored network and the name of another", []model.Network{plain("", "One"), plain("a", "Beta")}, true, ErrDuplicateName},
		{"an invalid replacement", []model.Network{plain("", "One"), {ID: "a", Name: "Alpha", Kind: "club", Status: model.StatusResearching}}, true, ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := openTest(t)
			mustCreate(t, s, plain("a", "Alpha"))
			mustCreate(t, s, plain("b", "Beta"))
			before := mustNetworks(t, s)
			hash := fileHash(t, s.Path())
			p := model.NewProfile()
			p.Name = "Imported"

			err := s.ReplaceAll(&p, tt.nets, tt.replace)
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			assertUnchanged(t, s, before)
			if _, ok, _ := s.Profile(); ok {
				t.Error("the profile was written")
			}
			if fileHash(t, s.Path()) != hash {
				t.Error("the file's bytes changed")
			}
		})
	}
}
