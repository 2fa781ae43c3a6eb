package store

import (
	"slices"

	"netvet/model"
)

// Each method here is one transaction that reads the network, changes one
// child, validates the whole network, writes what changed and sets the
// network's Updated time.

// PutPromise adds p to the network (when p.ID is empty; the id is
// generated) or replaces the promise with p's id, and returns the stored
// promise.
func (s *Store) PutPromise(networkID string, p model.Promise) (model.Promise, error) {
	n, err := s.change(networkID, func(n *model.Network) error {
		return putChild(&n.Promises, p, promiseIDOf, n.Name, promiseKind)
	}, true, false)
	if err != nil {
		return model.Promise{}, err
	}
	return storedChild(n.Promises, promiseIDOf, p.ID), nil
}

// DeletePromise removes the promise, every interview answer about it and,
// in the membership, its frozen status and the promise checks of it (see
// model.Network.DeletePromise), in one transaction.
func (s *Store) DeletePromise(networkID, promiseID string) error {
	_, err := s.change(networkID, func(n *model.Network) error {
		if _, ok := n.Promise(promiseID); !ok {
			return errorf(ErrNotFound, nil, msgChildNotFound, n.Name, promiseKind.noun, promiseID)
		}
		n.DeletePromise(promiseID)
		return nil
	}, false, true)
	return err
}

// PutInterview adds iv to the network (when iv.ID is empty) or replaces
// the interview with iv's id, notes included, and returns the stored
// interview. Its answers must name promises of the network.
func (s *Store) PutInterview(networkID string, iv model.Interview) (model.Interview, error) {
	n, err := s.change(networkID, func(n *model.Network) error {
		return putChild(&n.Interviews, iv, interviewIDOf, n.Name, interviewKind)
	}, true, false)
	if err != nil {
		return model.Interview{}, err
	}
	return storedChild(n.Interviews, interviewIDOf, iv.ID), nil
}

// DeleteInterview removes the interview and its notes, and unlinks the
// evidence that came from it.
func (s *Store) DeleteInterview(networkID, interviewID string) error {
	_, err := s.change(networkID, func(n *model.Network) error {
		if err := deleteChild(&n.Interviews, interviewIDOf, interviewID, n.Name, interviewKind); err != nil {
			return err
		}
		for i := range n.Evidence {
			if n.Evidence[i].InterviewID == interviewID {
				n.Evidence[i].InterviewID = ""
			}
		}
		return nil
	}, false, false)
	return err
}

// PutEvidence adds e to the network (when e.ID is empty) or replaces the
// evidence with e's id, and returns the stored evidence. A link to an
// interview must name one of the network's.
func (s *Store) PutEvidence(networkID string, e model.Evidence) (model.Evidence, error) {
	n, err := s.change(networkID, func(n *model.Network) error {
		return putChild(&n.Evidence, e, evidenceIDOf, n.Name, evidenceKind)
	}, true, false)
	if err != nil {
		return model.Evidence{}, err
	}
	return storedChild(n.Evidence, evidenceIDOf, e.ID), nil
}

// DeleteEvidence removes the evidence.
func (s *Store) DeleteEvidence(networkID, evidenceID string) error {
	_, err := s.change(networkID, func(n *model.Network) error {
		return deleteChild(&n.Evidence, evidenceIDOf, evidenceID, n.Name, evidenceKind)
	}, false, false)
	return err
}

// promiseIDOf, interviewIDOf and evidenceIDOf give a child's id to the
// generic helpers below.
func promiseIDOf(p model.Promise) string      { return p.ID }
func interviewIDOf(iv model.Interview) string { return iv.ID }
func evidenceIDOf(e model.Evidence) string    { return e.ID }
func ledgerIDOf(e model.LedgerEntry) string   { return e.ID }

// putChild appends c when it has no id, or replaces the child with its id.
func putChild[T any](items *[]T, c T, id func(T) string, network string, kind childKind) error {
	if id(c) == "" {
		*items = append(*items, c)
		return nil
	}
	i := slices.IndexFunc(*items, func(it T) bool { return id(it) == id(c) })
	if i < 0 {
		return errorf(ErrNotFound, nil, msgChildNotFound, network, kind.noun, id(c))
	}
	(*items)[i] = c
	return nil
}

// deleteChild removes the child with the given id.
func deleteChild[T any](items *[]T, id func(T) string, want, network string, kind childKind) error {
	i := slices.IndexFunc(*items, func(it T) bool { return id(it) == want })
	if i < 0 {
		return errorf(ErrNotFound, nil, msgChildNotFound, network, kind.noun, want)
	}
	*items = slices.Delete(*items, i, i+1)
	return nil
}

// storedChild finds the child just written: the one with the given id, or,
// for a new child, the last one, since a new child gets the highest key.
func storedChild[T any](items []T, id func(T) string, want string) T {
	if want == "" {
		return items[len(items)-1]
	}
	i := slices.IndexFunc(items, func(it T) bool { return id(it) == want })
	return items[i]
}
