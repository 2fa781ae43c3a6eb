package model

import "slices"

// The methods below change one finding of a network in memory, keeping the
// references between findings whole. They never write into slices the
// network shares with earlier copies of itself. The store makes the same change in a
// transaction; the screens apply it to their copy once the store has
// committed, so nothing is read back.

// PutPromise replaces the promise with p's id, or appends p.
func (n *Network) PutPromise(p Promise) { put(&n.Promises, p, func(x Promise) string { return x.ID }) }

// DeletePromise removes the promise, every interview answer about it and,
// in the membership, its frozen status and the user's own checks of it.
func (n *Network) DeletePromise(id string) {
	n.Promises = slices.DeleteFunc(slices.Clone(n.Promises), func(p Promise) bool { return p.ID == id })
	n.Interviews = slices.Clone(n.Interviews)
	for i := range n.Interviews {
		n.Interviews[i].Answers = slices.DeleteFunc(slices.Clone(n.Interviews[i].Answers), func(a Answer) bool { return a.PromiseID == id })
	}
	if n.Membership != nil {
		m := *n.Membership
		m.Expectations.Promises = slices.DeleteFunc(slices.Clone(m.Expectations.Promises), func(p PromiseExpectation) bool { return p.PromiseID == id })
		m.Ledger = slices.DeleteFunc(slices.Clone(m.Ledger), func(e LedgerEntry) bool {
			return e.Kind == LedgerPromiseCheck && e.PromiseID == id
		})
		n.Membership = &m
	}
}

// PutInterview replaces the interview with iv's id, or appends iv.
func (n *Network) PutInterview(iv Interview) {
	put(&n.Interviews, iv, func(x Interview) string { return x.ID })
}

// DeleteInterview removes the interview and unlinks the evidence that came
// from it.
func (n *Network) DeleteInterview(id string) {
	n.Interviews = slices.DeleteFunc(slices.Clone(n.Interviews), func(iv Interview) bool { return iv.ID == id })
	n.Evidence = slices.Clone(n.Evidence)
	for i := range n.Evidence {
		if n.Evidence[i].InterviewID == id {
			n.Evidence[i].InterviewID = ""
		}
	}
}

// PutEvidence replaces the evidence with e's id, or appends e.
func (n *Network) PutEvidence(e Evidence) {
	put(&n.Evidence, e, func(x Evidence) string { return x.ID })
}

// DeleteEvidence removes the evidence.
func (n *Network) DeleteEvidence(id string) {
	n.Evidence = slices.DeleteFunc(slices.Clone(n.Evidence), func(e Evidence) bool { return e.ID == id })
}

// AnswersAbout counts the interviews that answered the promise.
func (n Network) AnswersAbout(promiseID string) int {
	count := 0
	for _, iv := range n.Interviews {
		if _, ok := iv.Answer(promiseID); ok {
			count++
		}
	}
	return count
}

// put replaces the item with v's id in a copy of the slice, or appends v.
// The copy keeps slices shared with earlier values of the network intact.
func put[T any](items *[]T, v T, id func(T) string) {
	out := slices.Clone(*items)
	for i := range out {
		if id(out[i]) == id(v) {
			out[i] = v
			*items = out
			return
		}
	}
	*items = append(out, v)
}
