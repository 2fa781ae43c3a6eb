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

// fullNetwork is a network with every field set, those of schema 2
// included, and children of each kind, answers, an evidence link and a
// membership with a ledger entry of every kind, without generated ids.
func fullNetwork(name string) model.Network {
	return model.Network{
		Name:                    name,
		Kind:                    model.KindMastermind,
		Website:                 "https://example.org/" + name,
		Contact:                 "Jane Roe, +49 30 1234",
		Summary:                 "Monthly circle of twelve owners.\nMeets in Berlin.",
		Status:                  model.StatusJoined,
		EntryFee:                ptr(model.Money(300000)),
		AnnualFee:               ptr(model.Money(0)),
		VATRate:                 0.19,
		FeesNotDeductible:       true,
		ExtraCostsPerYear:       72000,
		OtherBenefitPerYear:     150000,
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
		Warnings:    []model.WarningSign{model.WarnAutoRenewal, model.WarnExtraCosts, model.WarnAttendanceObligation, model.WarnQuotas, model.WarnSellerEarnsFromFee, model.WarnNoDistanceLearning, model.WarnFeesNotRefundable},
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
		Membership: fullMembership(),
	}
}

// fullMembership is a membership with every field set and a ledger entry
// of every kind, the first without an id; its promise check and frozen
// status name fullNetwork's promise "p-mentor".
func fullMembership() *model.Membership {
	return &model.Membership{
		JoinedOn: model.NewDate(2026, 1, 31), MinTermMonths: 24, RenewalTermMonths: 6, NoticeDays: 45, RenewsAutomatically: true,
		Expectations: model.Expectations{
			ExpectedProfitPerYear: 1000000, OtherBenefitPerYear: 150000, MembershipHoursPerYear: 60,
			CashCostPerYear: ptr(model.Money(192000)), Score: 72, Verdict: model.VerdictJoin,
			Promises: []model.PromiseExpectation{{PromiseID: "p-mentor", Status: model.PromiseConfirmed}},
		},
		Ledger: []model.LedgerEntry{
			{Date: model.NewDate(2026, 2, 5), Kind: model.LedgerMeeting, Hours: 250, Amount: 2500, Note: "Breakfast"},
			{ID: "l-121", Date: model.NewDate(2026, 2, 6), Kind: model.LedgerOneToOne, Hours: 125, With: "Anna"},
			{ID: "l-event", Date: model.NewDate(2026, 2, 7), Kind: model.LedgerEvent, Hours: 400, Amount: 9000},
			{ID: "l-given", Date: model.NewDate(2026, 2, 8), Kind: model.LedgerReferralGiven, With: "Ben"},
			{ID: "l-got", Date: model.NewDate(2026, 2, 9), Kind: model.LedgerReferralReceived, With: "Anna"},
			{ID: "l-deal", Date: model.NewDate(2026, 2, 20), Kind: model.LedgerClosedBusiness, Amount: 400000, Margin: ptr(0.5), With: "Anna"},
			{ID: "l-deal2", Date: model.NewDate(2026, 3, 20), Kind: model.LedgerClosedBusiness, Amount: 100000},
			{ID: "l-cost", Date: model.NewDate(2026, 4, 1), Kind: model.LedgerCost, Amount: 12000, Note: "Tickets"},
			{ID: "l-check", Date: model.NewDate(2026, 4, 2), Kind: model.LedgerPromiseCheck, PromiseID: "p-mentor", Answer: model.AnswerPartly, Note: "Mentor busy"},
		},
	}
}

// fullProfile is a profile with every field set, those of schema 2
// included, none at its default.
func fullProfile() model.Profile {
	return model.Profile{
		Name: "Kim", Positioning: "Tax advice for craftspeople",
		TargetGroups: []string{"carpenters", "plumbers"}, Strengths: []string{"payroll"},
		Currency: "CHF", TargetAnnualIncome: 12000000, PlannedHoursPerYear: 1600,
		MarginalTaxRate: 0.42, HorizonYears: 5, MinInterviews: 4, JoinThreshold: 70,
		CannotReclaimVAT: true, ProfitMargin: ptr(0.55),
		Weights:  model.Weights{ContractChances: 30, Mentors: 10, Training: 10.5, Fit: 25, PromiseDelivery: 15, MemberSentiment: 9.5},
		Language: model.LanguageGerman,
	}
}

// fullPlan is an own-network plan with every field set: two seats with
// candidates, some without ids.
func fullPlan() model.OwnNetwork {
	return model.OwnNetwork{
		Goal: "Six experts around dental practices", TargetGroup: "Dentists in Hesse",
		MeetingsPerYear: 10, HoursPerMeeting: 3, PrepHoursPerMeeting: 1, RecruitingHoursPerSeat: 8,
		Factors: model.FactorRatings{Mentors: 3, Training: 2, ContractChances: 4},
		Seats: []model.Seat{
			{
				ID: "s-tax", Role: "Tax adviser", GivesMe: "Clients with data questions", IGive: "Audits for her clients",
				Covers: []model.Cover{model.CoverContracts, model.CoverMentors},
				Candidates: []model.Candidate{
					{ID: "c-eva", Name: "Eva Roth", Status: model.CandidateApproached, TargetGroup: 4, Strengths: 4, Positioning: 3, Chemistry: 5, Reliability: 2, Notes: "Met at a fair"},
					{Name: "Omar Said", Status: model.CandidateCommitted},
				},
			},
			{Role: "Lawyer", Covers: []model.Cover{model.CoverTraining}, Candidates: []model.Candidate{{Name: "Lea Kurz", Status: model.CandidateIdentified}}},
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
