package store

import (
	"fmt"

	"netvet/model"
)

// What Check verifies of a network's membership and ledger beyond what it
// verifies of every child (check.go): the membership record decodes, and
// every ledger entry belongs to a membership. Its references to promises
// and its validation are checked with the rest of the network.

// membership decodes the network's membership into n, if it has one. It
// reports false when the membership cannot be read, or when the network
// has ledger entries but no membership; n then gets an empty one, so that
// the ledger's entries are still checked (and, salvaging, left out with
// it).
func (k *kidCheck) membership() bool {
	ledger := k.raw.children[len(childKinds)-1]
	if k.raw.membership == nil {
		if ledger != nil && len(*ledger) > 0 {
			k.r.add(chkLedgerWithoutMembership, k.where, len(*ledger))
			k.leaveOut(leftOrphanLedger, k.where, len(*ledger))
			k.n.Membership, k.placeholder = &model.Membership{}, true
			return false
		}
		return true
	}
	m, err := decodeMembership(k.raw.membership)
	if err != nil {
		k.r.add(chkUndecodable, fmt.Sprintf(partMembership, k.n.ID), err)
		k.leaveOut(leftMembershipUnreadable, k.where, err)
		k.n.Membership, k.placeholder = &model.Membership{}, true
		return false
	}
	k.n.Membership = &m
	return true
}

// dropPlaceholder takes away the empty membership that membership gave a
// network whose own cannot be read, once its ledger has been checked: what
// is read or salvaged has no membership then.
func (k *kidCheck) dropPlaceholder() {
	if k.placeholder {
		k.n.Membership = nil
	}
}

// addLedgerEntry decodes a ledger entry, appends it to n's membership
// (the check gives every network with ledger entries one) and returns its
// id.
func addLedgerEntry(n *model.Network, v []byte) (string, error) {
	e, err := decodeLedgerEntry(v)
	if err == nil && n.Membership != nil {
		n.Membership.Ledger = append(n.Membership.Ledger, e)
	}
	return e.ID, err
}

// kindMissing reports whether the bucket of the child kind whose index
// entries start with prefix is missing, which has been reported once.
func (k *kidCheck) kindMissing(prefix string) bool {
	for i, kind := range childKinds {
		if kind.indexPrefix == prefix {
			return k.raw.children[i] == nil
		}
	}
	return false
}
