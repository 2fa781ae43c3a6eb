package model

import "testing"

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
