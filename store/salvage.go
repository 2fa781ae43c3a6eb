package store

import (
	"fmt"

	bolt "go.etcd.io/bbolt"

	"netvet/model"
)

// Contents is everything a netvet file holds, read in one pass that also
// checks netvet's rules (see Check).
type Contents struct {
	// Profile is nil when there is none (or, salvaged, it was left out).
	Profile *model.Profile
	// Networks are in creation order, with everything under them.
	Networks []model.Network
	// Plan is the own-network plan, nil when there is none (or, salvaged,
	// it was left out).
	Plan *model.OwnNetwork
	// Problems are the problems with netvet's rules Check would report.
	// The pages themselves were checked when the file was opened.
	Problems []error
	// LeftOut lists, when salvaging, each part of the file that is not in
	// Profile and Networks, in the order of the file, as a sentence saying
	// which part and why.
	LeftOut []error
}

// ReadAll reads the profile, every network with everything under it and
// the own-network plan.
// Problems says whether the file keeps netvet's rules; a caller that must
// not pass on a damaged file (an export) refuses when there are any.
//
// With salvage, what cannot be read or breaks a rule is left out, so that
// the rest is a valid export: a network whose record cannot be read, that
// fails validation on its own fields, or has the name of an earlier one; a
// promise, interview or evidence that cannot be read, fails validation or
// repeats an id; an answer about a promise the network lacks; the link of
// evidence to an interview the network lacks (the evidence stays); of a
// membership, the status on joining of a promise the network lacks and a
// ledger entry that fails validation or repeats an id; a membership that
// cannot be read, ledger entries without a membership; notes that belong
// to no interview; a key where none belongs; the own-network plan when its
// design cannot be read or fails validation, a seat or a candidate that
// cannot be read, fails validation or repeats an id. LeftOut lists each of
// them.
func (s *Store) ReadAll(salvageFile bool) (Contents, error) {
	mode := readAll
	if salvageFile {
		mode = salvage
	}
	var r records
	err := s.view(func(tx *bolt.Tx) error {
		r = s.checkRecords(tx, mode)
		return nil
	})
	if err != nil {
		return Contents{}, err
	}
	return Contents{Profile: r.profile, Networks: r.networks, Plan: r.plan, Problems: r.problems, LeftOut: r.leftOut}, nil
}

// salvageNetwork makes n keep the rules by leaving out what breaks them,
// adding a sentence for each to left; keep is false when the network's own
// fields break them, so that the whole network is left out.
func salvageNetwork(n model.Network, left *[]error) (model.Network, bool) {
	where := networkLabel(n)
	leave := func(format string, args ...any) {
		*left = append(*left, fmt.Errorf(format, args...))
	}
	n.Promises = keepValid(n.Promises, func(p model.Promise) string { return p.ID }, func(p model.Promise) error { return p.Validate() }, nounPromise, where, leave)
	promiseIDs := make(map[string]bool, len(n.Promises))
	for _, p := range n.Promises {
		promiseIDs[p.ID] = true
	}
	for i := range n.Interviews {
		iv := &n.Interviews[i]
		answers := iv.Answers[:0:0]
		for _, a := range iv.Answers {
			if promiseIDs[a.PromiseID] {
				answers = append(answers, a)
				continue
			}
			leave(leftAnswer, iv.ID, a.PromiseID, where)
		}
		iv.Answers = answers
	}
	ids := n.PromiseIDs()
	n.Interviews = keepValid(n.Interviews, func(iv model.Interview) string { return iv.ID }, func(iv model.Interview) error { return iv.Validate(ids) }, nounInterview, where, leave)
	interviewIDs := make(map[string]bool, len(n.Interviews))
	for _, iv := range n.Interviews {
		interviewIDs[iv.ID] = true
	}
	for i := range n.Evidence {
		if e := &n.Evidence[i]; e.InterviewID != "" && !interviewIDs[e.InterviewID] {
			leave(leftEvidenceLink, e.ID, e.InterviewID, where)
			e.InterviewID = ""
		}
	}
	ivIDs := n.InterviewIDs()
	n.Evidence = keepValid(n.Evidence, func(e model.Evidence) string { return e.ID }, func(e model.Evidence) error { return e.Validate(ivIDs) }, nounEvidence, where, leave)
	if n.Membership != nil {
		m := salvageMembership(*n.Membership, ids, promiseIDs, where, leave)
		n.Membership = &m
	}
	if err := n.Validate(); err != nil {
		leave(leftNetwork, where, err)
		return n, false
	}
	return n, true
}

// salvageMembership leaves out of m the frozen status of a promise the
// network lacks and every ledger entry that fails validation (a promise
// check of a promise the network lacks among them) or repeats an id; the
// terms stay, and if they break a rule the network is left out.
func salvageMembership(m model.Membership, ids []string, promiseIDs map[string]bool, where string, leave func(string, ...any)) model.Membership {
	var kept []model.PromiseExpectation
	for _, pe := range m.Expectations.Promises {
		if promiseIDs[pe.PromiseID] {
			kept = append(kept, pe)
			continue
		}
		leave(leftExpectation, pe.PromiseID, where)
	}
	m.Expectations.Promises = kept
	m.Ledger = keepValid(m.Ledger, func(e model.LedgerEntry) string { return e.ID }, func(e model.LedgerEntry) error { return e.Validate(ids) }, nounLedger, where, leave)
	return m
}

// keepValid returns the items that pass validate and whose id no earlier
// item has, and says why each other one is left out.
func keepValid[T any](items []T, id func(T) string, validate func(T) error, noun, where string, leave func(string, ...any)) []T {
	var out []T
	seen := make(map[string]bool, len(items))
	for _, it := range items {
		switch err := validate(it); {
		case seen[id(it)]:
			leave(leftDuplicateChild, noun, id(it), where)
		case err != nil:
			leave(leftInvalidChild, noun, id(it), where, err)
		default:
			seen[id(it)] = true
			out = append(out, it)
		}
	}
	return out
}
