package store

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"netvet/model"
)

// testClock is a clock that moves one second at every reading, so that
// Created and Updated are predictable and every write has a later time.
type testClock struct {
	mu sync.Mutex
	t  time.Time
}

func newTestClock() *testClock {
	return &testClock{t: time.Date(2026, 11, 27, 10, 0, 0, 0, time.UTC)}
}

// Now advances the clock and returns the new time.
func (c *testClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(time.Second)
	return c.t
}

// Last returns the time last handed out.
func (c *testClock) Last() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

// testPath is a database path in a fresh temporary folder.
func testPath(t *testing.T) string {
	t.Helper()
	return filepath.Join(t.TempDir(), "netvet.db")
}

// openTest opens a new store with a test clock; it is closed when the test
// ends.
func openTest(t *testing.T) (*Store, *testClock) {
	t.Helper()
	clk := newTestClock()
	s, err := Open(testPath(t), Options{Now: clk.Now})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	// Generated network ids carry the file's random id tag; tests expect
	// the plain form.
	s.idTag = ""
	t.Cleanup(func() { s.Close() })
	return s, clk
}

// fileHash is the SHA-256 of the file's bytes.
func fileHash(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// rawUpdate changes the file with bbolt directly, bypassing the store, to
// plant what the store would never write.
func rawUpdate(t *testing.T, path string, fn func(tx *bolt.Tx) error) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatalf("bolt.Open: %v", err)
	}
	defer db.Close()
	if err := db.Update(fn); err != nil {
		t.Fatalf("raw update: %v", err)
	}
}

func ptr[T any](v T) *T { return &v }

// fullNetwork is a network with every field set and children of each kind,
// answers and an evidence link, without ids.
func fullNetwork(name string) model.Network {
	return model.Network{
		Name:                    name,
		Kind:                    model.KindMastermind,
		Website:                 "https://example.org/" + name,
		Contact:                 "Jane Roe, +49 30 1234",
		Summary:                 "Monthly circle of twelve owners.\nMeets in Berlin.",
		Status:                  model.StatusInterviewing,
		EntryFee:                ptr(model.Money(300000)),
		AnnualFee:               ptr(model.Money(0)),
		MinTermYears:            2,
		MembershipHoursPerYear:  60,
		BuildHours:              ptr(400),
		BuildUpkeepHoursPerYear: 50,
		ExpectedProfitPerYear:   1000000,
		Fit: model.FitRatings{
			TargetGroupOverlap: 4, ComplementaryStrengths: 3, Positioning: 5,
			MyContribution: 2, Chemistry: 1,
		},
		Factors:     model.FactorRatings{Mentors: 5, Training: 4, ContractChances: 3},
		RatingNotes: "Chemistry was off at the guest evening.",
		Warnings:    []model.WarningSign{model.WarnAutoRenewal, model.WarnExtraCosts},
		Promises: []model.Promise{
			{ID: "p-mentor", Category: model.CategoryMentoring, Text: "Monthly mentoring", Source: model.SourceWebsite, MustHave: true, Notes: "on the pricing page"},
			{Category: model.CategoryContracts, Text: "Referrals every quarter", Source: model.SourceSalesTalk, Documented: true},
		},
		Interviews: []model.Interview{
			{
				ID: "i-anna", Member: "Anna", Business: "Tax advice", MemberSince: 2019,
				Date: model.NewDate(2026, 11, 20), Channel: model.ChannelCall,
				SimilarToMe: true, IntroducedByNetwork: false,
				Answers:        []model.Answer{{PromiseID: "p-mentor", Answer: model.AnswerYes, Comment: "every month"}},
				ContractsCount: 2, ContractsValue: 1500000,
				WouldJoinAgain: model.JoinAgainYes, Recommendation: ptr(8),
				RedFlags: "none", Notes: "# Call with Anna\n\n- mentoring *works*\n",
			},
			{Member: "Ben", Channel: model.ChannelEvent, IntroducedByNetwork: true, WouldJoinAgain: model.JoinAgainNo, Recommendation: ptr(0)},
		},
		Evidence: []model.Evidence{
			{ID: "e-1", Description: "Bookkeeping contract", Beneficiary: "Anna", SimilarToMe: true, Value: 800000, Date: model.NewDate(2026, 6, 1), Level: model.LevelMemberReported, InterviewID: "i-anna"},
			{Description: "Website relaunch", Level: model.LevelHearsay},
		},
	}
}

// mustCreate creates n or fails the test.
func mustCreate(t *testing.T, s *Store, n model.Network) model.Network {
	t.Helper()
	got, err := s.CreateNetwork(n)
	if err != nil {
		t.Fatalf("CreateNetwork(%q): %v", n.Name, err)
	}
	return got
}

// mustNetworks lists the networks or fails the test.
func mustNetworks(t *testing.T, s *Store) []model.Network {
	t.Helper()
	all, err := s.Networks()
	if err != nil {
		t.Fatalf("Networks: %v", err)
	}
	return all
}

// assertUnchanged fails when the networks differ from before.
func assertUnchanged(t *testing.T, s *Store, before []model.Network) {
	t.Helper()
	if after := mustNetworks(t, s); !reflect.DeepEqual(before, after) {
		t.Errorf("networks changed:\nbefore %+v\nafter  %+v", before, after)
	}
}

// names lists the networks' names.
func names(nets []model.Network) []string {
	out := make([]string, len(nets))
	for i, n := range nets {
		out[i] = n.Name
	}
	return out
}
