package model

// PromiseStatus is what the interviews and the user's own proof say about
// whether a promise is really delivered (SPEC.md 1.1).
type PromiseStatus string

// Promise statuses (SPEC.md 1.1).
const (
	// PromiseUnverified means no member has answered yes, partly or no, and
	// the user has seen no proof.
	PromiseUnverified PromiseStatus = "unverified"
	// PromiseConfirmed means documented, or at least two yes and no no.
	PromiseConfirmed PromiseStatus = "confirmed"
	// PromiseNotDelivered means more no than yes and partly together.
	PromiseNotDelivered PromiseStatus = "not_delivered"
	// PromiseMixed means one confirmation only, or the answers disagree.
	PromiseMixed PromiseStatus = "mixed"
)

// PromiseStatusValues lists every promise status, best first.
var PromiseStatusValues = []PromiseStatus{PromiseConfirmed, PromiseMixed, PromiseNotDelivered, PromiseUnverified}

// Label is the user-facing name of s.
func (s PromiseStatus) Label() string {
	if l, ok := promiseStatusLabels[s]; ok {
		return l
	}
	return string(s)
}

// AnswerTally counts the interview answers about one promise.
type AnswerTally struct {
	Yes, Partly, No, Unknown int
}

// Answered is yes + partly + no: the answers that say something about
// delivery.
func (t AnswerTally) Answered() int { return t.Yes + t.Partly + t.No }

// add counts one answer; a value outside [AnswerValues] is not counted.
func (t *AnswerTally) add(a AnswerValue) {
	switch a {
	case AnswerYes:
		t.Yes++
	case AnswerPartly:
		t.Partly++
	case AnswerNo:
		t.No++
	case AnswerUnknown:
		t.Unknown++
	}
}

// Tally counts the interview answers about the promise with the given id.
// Each interview counts once, with its first answer about the promise, the
// same answer [Interview.Answer] finds (validation refuses a second one).
func (n Network) Tally(promiseID string) AnswerTally {
	var t AnswerTally
	for _, iv := range n.Interviews {
		if a, ok := iv.Answer(promiseID); ok {
			t.add(a.Answer)
		}
	}
	return t
}

// PromiseStatus derives the status of the promise with the given id from the
// interview answers and its documented flag (SPEC.md 1.1). The rules apply in
// this order:
//
//   - unverified if answered = 0 and the promise is not documented;
//   - confirmed if documented, or yes ≥ 2 and no = 0;
//   - not_delivered if no > yes + partly;
//   - mixed otherwise.
//
// An id the network has no promise for is treated as an undocumented promise.
func (n Network) PromiseStatus(promiseID string) PromiseStatus {
	p, _ := n.Promise(promiseID)
	return promiseStatus(p.Documented, n.Tally(promiseID))
}

// PromiseStatuses derives the status of every promise of the network in one
// pass over the interviews, keyed by promise id. It gives the same result as
// calling [Network.PromiseStatus] for each promise.
func (n Network) PromiseStatuses() map[string]PromiseStatus {
	tallies := n.tallies()
	out := make(map[string]PromiseStatus, len(n.Promises))
	for _, p := range n.Promises {
		out[p.ID] = promiseStatus(p.Documented, tallies[p.ID])
	}
	return out
}

// tallies counts the answers of every interview about the network's
// promises, keyed by promise id, with the same first-answer-per-interview
// rule as [Network.Tally]. A network has a handful of promises, so answers
// are counted by the promise's position, found by a linear search, rather
// than hashed one by one (this runs for every verdict).
func (n Network) tallies() map[string]AnswerTally {
	pos := func(id string) int {
		for i, p := range n.Promises {
			if p.ID == id {
				return i
			}
		}
		return -1
	}
	counts := make([]AnswerTally, len(n.Promises))
	seen := make([]bool, len(n.Promises))
	for _, iv := range n.Interviews {
		clear(seen)
		for _, a := range iv.Answers {
			if i := pos(a.PromiseID); i >= 0 && !seen[i] {
				seen[i] = true
				counts[i].add(a.Answer)
			}
		}
	}
	out := make(map[string]AnswerTally, len(n.Promises))
	for _, p := range n.Promises {
		out[p.ID] = counts[pos(p.ID)]
	}
	return out
}

// promiseStatus applies the rules of SPEC.md 1.1 in their order.
func promiseStatus(documented bool, t AnswerTally) PromiseStatus {
	switch {
	case t.Answered() == 0 && !documented:
		return PromiseUnverified
	case documented || (t.Yes >= 2 && t.No == 0):
		return PromiseConfirmed
	case t.No > t.Yes+t.Partly:
		return PromiseNotDelivered
	default:
		return PromiseMixed
	}
}
