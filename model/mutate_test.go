package model

import "testing"

// TestDeletePromiseReachesTheMembership: deleting a promise removes its
// frozen status and the user's checks of it, and leaves the rest and
// earlier copies alone.
func TestDeletePromiseReachesTheMembership(t *testing.T) {
	n := Network{
		Promises: []Promise{{ID: "p1", Text: "Mentoring"}, {ID: "p2", Text: "Events"}},
		Membership: &Membership{
			Expectations: Expectations{Promises: []PromiseExpectation{{PromiseID: "p1", Status: PromiseMixed}, {PromiseID: "p2", Status: PromiseConfirmed}}},
			Ledger: []LedgerEntry{
				{ID: "l1", Kind: LedgerPromiseCheck, PromiseID: "p2", Answer: AnswerNo},
				{ID: "l2", Kind: LedgerMeeting, Hours: 200},
				{ID: "l3", Kind: LedgerPromiseCheck, PromiseID: "p1", Answer: AnswerYes},
			},
		},
	}
	old := n
	n.DeletePromise("p2")
	m := n.Membership
	if len(m.Expectations.Promises) != 1 || m.Expectations.Promises[0].PromiseID != "p1" || len(m.Ledger) != 2 || m.Ledger[0].ID != "l2" || m.Ledger[1].ID != "l3" {
		t.Fatalf("after deleting p2: %+v", m)
	}
	if len(old.Membership.Ledger) != 3 || len(old.Membership.Expectations.Promises) != 2 {
		t.Fatal("deleting a promise changed an earlier copy's membership")
	}
}

func TestNetworkMutationsKeepReferencesWhole(t *testing.T) {
	n := Network{
		Promises:   []Promise{{ID: "p1", Text: "Mentoring"}, {ID: "p2", Text: "Events"}},
		Interviews: []Interview{{ID: "i1", Member: "A", Answers: []Answer{{PromiseID: "p1", Answer: AnswerYes}, {PromiseID: "p2", Answer: AnswerNo}}}},
		Evidence:   []Evidence{{ID: "e1", Description: "Job", InterviewID: "i1"}},
	}
	before := n.Interviews[0].Answers
	old := n

	n.PutPromise(Promise{ID: "p2", Text: "Monthly events"})
	if len(n.Promises) != 2 || n.Promises[1].Text != "Monthly events" {
		t.Fatalf("replace promise: %+v", n.Promises)
	}
	n.PutPromise(Promise{ID: "p3", Text: "Contracts"})
	if len(n.Promises) != 3 {
		t.Fatal("append promise")
	}
	if got := n.AnswersAbout("p1"); got != 1 {
		t.Fatalf("AnswersAbout = %d", got)
	}

	n.DeletePromise("p2")
	if len(n.Promises) != 2 || len(n.Interviews[0].Answers) != 1 || n.Interviews[0].Answers[0].PromiseID != "p1" {
		t.Fatalf("delete promise left %+v / %+v", n.Promises, n.Interviews[0].Answers)
	}
	if len(before) != 2 || before[1].PromiseID != "p2" {
		t.Fatal("deleting a promise changed an earlier copy's answers")
	}

	n.PutEvidence(Evidence{ID: "e2", Description: "Second"})
	n.DeleteInterview("i1")
	if len(n.Interviews) != 0 || n.Evidence[0].InterviewID != "" {
		t.Fatalf("delete interview: %+v", n.Evidence)
	}
	if old.Evidence[0].InterviewID != "i1" || len(old.Interviews) != 1 || len(old.Promises) != 2 {
		t.Fatal("mutations changed an earlier copy of the network")
	}
	n.DeleteEvidence("e1")
	if len(n.Evidence) != 1 || n.Evidence[0].ID != "e2" {
		t.Fatalf("delete evidence: %+v", n.Evidence)
	}
}

// TestRestoreBringsBackTheStatus: archiving keeps the status a network
// had, restoring brings it back; a network archived without one (a file
// of an earlier netvet) is restored as researching; any other status
// clears the kept one.
func TestRestoreBringsBackTheStatus(t *testing.T) {
	for _, st := range []Status{StatusResearching, StatusInterviewing, StatusDecided, StatusJoined, StatusDeclined} {
		n := NewNetwork()
		n.Status = st
		n.SetStatus(StatusArchived)
		if n.Status != StatusArchived || n.StatusBeforeArchive != st {
			t.Fatalf("archiving a %s network: status %s, before %q", st, n.Status, n.StatusBeforeArchive)
		}
		n.SetStatus(StatusArchived)
		if n.StatusBeforeArchive != st {
			t.Errorf("archiving an archived %s network again lost its status: %q", st, n.StatusBeforeArchive)
		}
		n.Restore()
		if n.Status != st || n.StatusBeforeArchive != "" {
			t.Errorf("restoring: status %s, before %q; want %s and none", n.Status, n.StatusBeforeArchive, st)
		}
	}
	old := NewNetwork()
	old.Status = StatusArchived
	old.Restore()
	if old.Status != StatusResearching {
		t.Errorf("a network archived without its status is restored as %s, want researching", old.Status)
	}
	n := NewNetwork()
	n.Status = StatusJoined
	n.SetStatus(StatusArchived)
	n.SetStatus(StatusDeclined)
	if n.Status != StatusDeclined || n.StatusBeforeArchive != "" {
		t.Errorf("leaving the archive by another status: %s, before %q", n.Status, n.StatusBeforeArchive)
	}
	n.Restore()
	if n.Status != StatusDeclined {
		t.Errorf("restoring a network that is not archived changed it to %s", n.Status)
	}
}
