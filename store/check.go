package store

import (
	"bytes"
	"fmt"
	"runtime/debug"
	"strings"

	bolt "go.etcd.io/bbolt"

	"netvet/model"
)

// Check verifies the file and returns one error per problem found, each a
// sentence naming where it is; none means the file is sound. It runs
// bbolt's check of every page and then netvet's own rules: the meta bucket
// marks the file and holds the schema version; every record decodes; the
// id indexes match the records; every interview answer names a promise and
// every evidence link an interview of the same network; names are unique;
// every network and the profile pass validation.
func (s *Store) Check() []error {
	c := checker{s: s}
	err := s.db.View(func(tx *bolt.Tx) (err error) {
		defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
		defer func() {
			if r := recover(); r != nil {
				c.add(chkPanic, r)
			}
		}()
		for err := range tx.Check() {
			c.add(chkStructure, err)
		}
		c.meta(tx)
		c.profile(tx)
		c.networks(tx)
		return nil
	})
	if err != nil {
		c.add(chkRead, err)
	}
	return c.problems
}

// checker collects the problems Check finds.
type checker struct {
	s        *Store
	problems []error
}

// add records a problem.
func (c *checker) add(format string, args ...any) {
	c.problems = append(c.problems, fmt.Errorf(format, args...))
}

// meta checks the meta bucket.
func (c *checker) meta(tx *bolt.Tx) {
	m := readMeta(tx)
	switch {
	case !m.netvet:
		c.add(chkNoMarker)
	case m.version == 0:
		c.add(chkVersion, m.versionText)
	case m.version != c.s.version:
		c.add(chkVersionChanged, m.version, c.s.version)
	}
}

// profile checks the saved profile, if there is one.
func (c *checker) profile(tx *bolt.Tx) {
	b := tx.Bucket([]byte(profileBucket))
	if b == nil {
		c.add(chkNoBucket, profileBucket)
		return
	}
	v := b.Get([]byte(profileKey))
	if v == nil {
		return
	}
	p, err := decodeProfile(v)
	if err != nil {
		c.add(chkUndecodable, partProfile, err)
		return
	}
	if err := p.Validate(); err != nil {
		c.add(chkInvalid, partProfile, err)
	}
}

// networks checks every network and the network id index.
func (c *checker) networks(tx *bolt.Tx) {
	nets, ids := tx.Bucket([]byte(networksBucket)), tx.Bucket([]byte(networkIDsBucket))
	if nets == nil {
		c.add(chkNoBucket, networksBucket)
	}
	if ids == nil {
		c.add(chkNoBucket, networkIDsBucket)
	}
	if nets == nil || ids == nil {
		return
	}
	var names []string
	recordIDs := make(map[string]string)
	_ = nets.ForEach(func(k, v []byte) error {
		if _, ok := keySeq(k); !ok || v != nil {
			c.add(chkStrayKey, keyText(k), networksBucket)
			return nil
		}
		n, ok := c.network(nets.Bucket(k), k)
		if !ok {
			return nil
		}
		where := networkLabel(n)
		recordIDs[string(k)] = n.ID
		if got := ids.Get([]byte(n.ID)); !bytes.Equal(got, k) {
			c.add(chkNotIndexed, where)
		}
		for _, other := range names {
			if model.SameName(other, n.Name) {
				c.add(chkDuplicateName, where)
			}
		}
		names = append(names, n.Name)
		return nil
	})
	_ = ids.ForEach(func(id, k []byte) error {
		if got, ok := recordIDs[string(k)]; !ok || got != string(id) {
			c.add(chkStaleIndex, id)
		}
		return nil
	})
}

// network checks one network bucket and returns the network; ok is false
// when its record cannot be read.
func (c *checker) network(nb *bolt.Bucket, key []byte) (n model.Network, ok bool) {
	n, err := decodeNetwork(nb.Get([]byte(recordKey)))
	if err != nil {
		c.add(chkUndecodable, fmt.Sprintf(partRecord, keyText(key)), err)
		return n, false
	}
	where := networkLabel(n)
	idx := nb.Bucket([]byte(childIDsBucket))
	if idx == nil {
		c.add(chkNoNestedBucket, where, childIDsBucket)
	}
	// indexed holds the index keys that point at a readable child,
	// unreadable the kind prefix and key of each child that cannot be
	// decoded, so that its index entry is not reported as well.
	indexed, unreadable := make(map[string]bool), make(map[string]bool)
	complete := true
	for _, kind := range []childKind{promiseKind, interviewKind, evidenceKind} {
		if !c.children(nb, idx, kind, where, &n, indexed, unreadable) {
			complete = false
		}
	}
	c.notes(nb, where, &n, unreadable)
	if idx != nil {
		_ = idx.ForEach(func(k, v []byte) error {
			prefix, _, _ := strings.Cut(string(k), ":")
			if !indexed[string(k)] && !unreadable[prefix+":"+string(v)] {
				c.add(chkStaleChildIndex, where, k)
			}
			return nil
		})
	}
	// With a child missing, references to it and validation would only
	// repeat the problem already reported.
	if !complete {
		return n, true
	}
	refs := danglingRefs(n)
	for _, err := range refs {
		c.add(chkInvalid, where, err)
	}
	if len(refs) == 0 {
		if err := n.Validate(); err != nil {
			c.add(chkInvalid, where, err)
		}
	}
	return n, true
}

// children checks the children of one kind, adds them to n, and marks the
// index entries that point at them. It reports whether every child could
// be read.
func (c *checker) children(nb, idx *bolt.Bucket, kind childKind, where string, n *model.Network, indexed, unreadable map[string]bool) bool {
	cb := nb.Bucket([]byte(kind.bucket))
	if cb == nil {
		c.add(chkNoNestedBucket, where, kind.bucket)
		return false
	}
	complete := true
	seen := make(map[string]bool)
	_ = cb.ForEach(func(k, v []byte) error {
		if _, ok := keySeq(k); !ok || v == nil {
			c.add(chkStrayKey, keyText(k), fmt.Sprintf(partBucketOf, kind.bucket, where))
			return nil
		}
		id, err := addChild(n, kind, v)
		if err != nil {
			c.add(chkUndecodable, fmt.Sprintf(partChild, kind.noun, keyText(k), n.ID), err)
			unreadable[kind.indexPrefix+string(k)] = true
			complete = false
			return nil
		}
		if seen[id] {
			c.add(chkDuplicateChild, where, kind.noun, id)
		}
		seen[id] = true
		ik := kind.indexKey(id)
		if idx != nil && bytes.Equal(idx.Get(ik), k) {
			indexed[string(ik)] = true
		} else {
			c.add(chkChildNotIndexed, where, kind.noun, id)
		}
		return nil
	})
	return complete
}

// addChild decodes a child of the kind, appends it to n and returns its id.
func addChild(n *model.Network, kind childKind, v []byte) (string, error) {
	switch kind.bucket {
	case promisesBucket:
		p, err := decodePromise(v)
		if err == nil {
			n.Promises = append(n.Promises, p)
		}
		return p.ID, err
	case interviewsBucket:
		iv, err := decodeInterview(v)
		if err == nil {
			n.Interviews = append(n.Interviews, iv)
		}
		return iv.ID, err
	default:
		e, err := decodeEvidence(v)
		if err == nil {
			n.Evidence = append(n.Evidence, e)
		}
		return e.ID, err
	}
}

// notes checks that every note belongs to an interview, and adds the notes
// to n's interviews so that validation sees them. The notes of an
// interview that cannot be read are not reported again.
func (c *checker) notes(nb *bolt.Bucket, where string, n *model.Network, unreadable map[string]bool) {
	b := nb.Bucket([]byte(notesBucket))
	if b == nil {
		c.add(chkNoNestedBucket, where, notesBucket)
		return
	}
	idx := nb.Bucket([]byte(childIDsBucket))
	_ = b.ForEach(func(k, v []byte) error {
		if unreadable[interviewKind.indexPrefix+string(k)] {
			return nil
		}
		for i, iv := range n.Interviews {
			if idx != nil && bytes.Equal(idx.Get(interviewKind.indexKey(iv.ID)), k) {
				n.Interviews[i].Notes = string(v)
				return nil
			}
		}
		c.add(chkStrayNotes, where, keyText(k))
		return nil
	})
}

// networkLabel names a network in a problem report.
func networkLabel(n model.Network) string {
	return fmt.Sprintf(labelNetwork, strings.TrimSpace(n.Name), n.ID)
}
