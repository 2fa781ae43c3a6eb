package store

import (
	"bytes"
	"fmt"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"

	bolt "go.etcd.io/bbolt"

	"netvet/model"
)

// Check verifies the file and returns one error per problem found, each a
// sentence naming where it is; none means the file is sound. It runs
// bbolt's check of every page and then netvet's own rules: the meta bucket
// marks the file and holds the schema version; every record decodes; the
// id indexes match the records; every interview answer names a promise and
// every evidence link an interview of the same network, every promise
// check and frozen promise status a promise of it; names are unique; every
// network with its membership and ledger, the profile and the own-network
// plan pass validation.
func (s *Store) Check() []error {
	problems, _ := s.CheckAll()
	return problems
}

// CheckAll is [Store.Check] that also returns notices: findings that are
// no damage and stop no write, such as two networks whose names were
// different under netvet's first name rule and count as the same name
// since (model.NameKey: "Strasse" and "Straße"). Each is a sentence that
// says what to do.
func (s *Store) CheckAll() (problems, notices []error) {
	err := s.db.View(func(tx *bolt.Tx) (err error) {
		defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
		defer func() {
			if r := recover(); r != nil {
				problems = append(problems, fmt.Errorf(chkPanic, r))
			}
		}()
		for err := range tx.Check() {
			problems = append(problems, fmt.Errorf(chkStructure, err))
		}
		recs := s.checkRecords(tx, checkOnly)
		problems, notices = append(problems, recs.problems...), recs.notices
		return nil
	})
	if err != nil {
		problems = append(problems, fmt.Errorf(chkRead, err))
	}
	return problems, notices
}

// readMode says what a pass over the records keeps besides the problems.
type readMode int

const (
	// checkOnly keeps nothing; notes are looked at where they lie in the
	// file, without copying them.
	checkOnly readMode = iota
	// readAll keeps the profile and the networks as they are read.
	readAll
	// salvage keeps what can be read of a damaged file, leaving out what
	// cannot be read or breaks a rule, and lists what it left out.
	salvage
)

// records is what a pass over the records found.
type records struct {
	problems []error
	// profile, networks and plan are kept with readAll and salvage.
	profile  *model.Profile
	networks []model.Network
	plan     *model.OwnNetwork
	// leftOut lists, with salvage, what is not in profile and networks.
	leftOut []error
	// notices are findings that are no damage; see [Store.CheckAll].
	notices []error
}

// checkRecords checks netvet's own rules (see Check) on the records of tx.
// The networks are decoded and checked in parallel, as loadAll does.
func (s *Store) checkRecords(tx *bolt.Tx, mode readMode) records {
	c := checker{s: s, mode: mode}
	c.meta(tx)
	c.profile(tx)
	c.networks(tx)
	c.plan(tx)
	return c.out
}

// checker collects what checkRecords finds.
type checker struct {
	s    *Store
	mode readMode
	out  records
}

// add records a problem.
func (c *checker) add(format string, args ...any) {
	c.out.problems = append(c.out.problems, fmt.Errorf(format, args...))
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
		c.leaveOut(leftProfile, err)
		return
	}
	if err := p.Validate(); err != nil {
		c.add(chkInvalid, partProfile, err)
		c.leaveOut(leftProfile, err)
		return
	}
	if c.mode != checkOnly {
		c.out.profile = &p
	}
}

// leaveOut records, when salvaging, what was left out and why.
func (c *checker) leaveOut(format string, args ...any) {
	if c.mode == salvage {
		c.out.leftOut = append(c.out.leftOut, fmt.Errorf(format, args...))
	}
}

// networks checks every network and the network id index: the buckets are
// read in order, then decoded and checked in parallel (checkNetwork), then
// the results are put together in order with the checks across networks.
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
	var raws []rawBucket
	_ = nets.ForEach(func(k, v []byte) error {
		if _, ok := keySeq(k); !ok || v != nil {
			raws = append(raws, rawBucket{key: k, stray: true})
			return nil
		}
		raws = append(raws, collect(nets.Bucket(k), k))
		return nil
	})
	results := make([]netCheck, len(raws))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(raws)) {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < len(raws); i = int(next.Add(1) - 1) {
				results[i] = checkNetwork(raws[i], c.mode)
			}
		})
	}
	wg.Wait()
	c.across(ids, raws, results)
}

// sameNameVersion1 is the name rule of netvet's first release: equal
// ignoring case and surrounding spaces. Two stored names equal under it
// cannot have been written by netvet.
func sameNameVersion1(a, b string) bool {
	return strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(b))
}

// across puts the results of the networks together in order and checks
// what spans networks: the network index and unique names.
func (c *checker) across(ids *bolt.Bucket, raws []rawBucket, results []netCheck) {
	recordIDs := make(map[string]string, len(raws))
	// names maps each name's key to the first name that had it.
	names := make(map[string]string, len(raws))
	for i, r := range results {
		k := raws[i].key
		if raws[i].stray {
			c.add(chkStrayKey, keyText(k), networksBucket)
			c.leaveOut(leftStrayKey, keyText(k), networksBucket)
			continue
		}
		c.out.problems = append(c.out.problems, r.problems...)
		c.out.leftOut = append(c.out.leftOut, r.leftOut...)
		if !r.readable {
			continue
		}
		n := r.network
		where := networkLabel(n)
		recordIDs[string(k)] = n.ID
		if got := ids.Get([]byte(n.ID)); !bytes.Equal(got, k) {
			c.add(chkNotIndexed, where)
		}
		name := model.NameKey(n.Name)
		earlier, dup := names[name]
		switch {
		case !dup:
			names[name] = n.Name
		case sameNameVersion1(earlier, n.Name):
			c.add(chkDuplicateName, where)
			c.leaveOut(leftDuplicateName, where)
			continue
		default:
			// Two names that netvet's first rule kept apart: a file made
			// then is sound, and both stay; a rename of either is checked
			// with today's rule.
			c.out.notices = append(c.out.notices, fmt.Errorf(chkSameNameSince, where, earlier))
		}
		if c.mode != checkOnly && r.keep {
			c.out.networks = append(c.out.networks, n)
		}
	}
	_ = ids.ForEach(func(id, k []byte) error {
		if got, ok := recordIDs[string(k)]; !ok || got != string(id) {
			c.add(chkStaleIndex, id)
		}
		return nil
	})
}

// rawBucket is what one network's bucket holds, read without decoding:
// the bytes point into the transaction's memory map, so that the checks
// run on them in parallel touch no bbolt object.
type rawBucket struct {
	key []byte
	// stray is true when key is not a network key or holds a value.
	stray  bool
	record []byte
	// membership is the membership's record, nil when there is none.
	membership []byte
	// children are the promises, interviews, evidence and ledger entries,
	// in the order of childKinds; nil when the kind's bucket is missing.
	children [len(childKinds)]*[]rawChild
	// index is the child id index in key order, nil when missing.
	index []rawChild
	// notes are the notes, nil when the bucket is missing.
	notes *[]rawChild
}

// childKinds are the kinds of children in the order they are checked.
var childKinds = [...]childKind{promiseKind, interviewKind, evidenceKind, ledgerKind}

// collect reads a network's bucket for checkNetwork. A child bucket's
// entry whose value is nil is a nested bucket where a child should be.
func collect(nb *bolt.Bucket, key []byte) rawBucket {
	raw := rawBucket{key: key, record: nb.Get([]byte(recordKey)), membership: nb.Get([]byte(membershipKey))}
	all := func(name string) *[]rawChild {
		b := nb.Bucket([]byte(name))
		if b == nil {
			return nil
		}
		out := []rawChild{}
		_ = b.ForEach(func(k, v []byte) error {
			out = append(out, rawChild{key: k, value: v})
			return nil
		})
		return &out
	}
	for i, kind := range childKinds {
		raw.children[i] = all(kind.bucket)
	}
	raw.notes = all(notesBucket)
	if idx := nb.Bucket([]byte(childIDsBucket)); idx != nil {
		raw.index = []rawChild{}
		_ = idx.ForEach(func(k, v []byte) error {
			raw.index = append(raw.index, rawChild{key: k, value: v})
			return nil
		})
	}
	return raw
}

// netCheck is what checkNetwork found in one network.
type netCheck struct {
	// readable is false when the network's record cannot be read.
	readable bool
	// network is the network as read; with salvage, without what was
	// left out.
	network model.Network
	// keep is false when salvage leaves the whole network out.
	keep     bool
	problems []error
	leftOut  []error
}

func (r *netCheck) add(format string, args ...any) {
	r.problems = append(r.problems, fmt.Errorf(format, args...))
}

// checkNetwork checks one network: its record and children decode, the
// child index matches the children, the notes belong to interviews, and,
// when every child could be read, references resolve and the network
// passes validation. A panic (a decoder's bug, a fault) becomes a problem.
func checkNetwork(raw rawBucket, mode readMode) (r netCheck) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if p := recover(); p != nil {
			r = netCheck{}
			r.add(chkPanic, p)
			if mode == salvage {
				r.leftOut = append(r.leftOut, fmt.Errorf(leftNetworkAt, keyText(raw.key), p))
			}
		}
	}()
	n, err := decodeNetwork(raw.record)
	if err != nil {
		r.add(chkUndecodable, fmt.Sprintf(partRecord, keyText(raw.key)), err)
		if mode == salvage {
			r.leftOut = append(r.leftOut, fmt.Errorf(leftNetworkAt, keyText(raw.key), err))
		}
		return r
	}
	r.readable, r.keep = true, true
	k := kidCheck{r: &r, raw: raw, n: &n, where: networkLabel(n), mode: mode}
	if raw.index == nil {
		r.add(chkNoNestedBucket, k.where, childIDsBucket)
	}
	complete := k.membership()
	for i, kind := range childKinds {
		if !k.children(i, kind) {
			complete = false
		}
	}
	k.notes()
	k.staleIndex()
	k.dropPlaceholder()
	r.network = n
	// With a child missing, references to it and validation would only
	// repeat the problem already reported.
	if complete {
		refs := danglingRefs(n)
		for _, err := range refs {
			r.add(chkInvalid, k.where, err)
		}
		if len(refs) == 0 {
			if err := n.Validate(); err != nil {
				r.add(chkInvalid, k.where, err)
			}
		}
	}
	if mode == salvage && len(r.problems) > 0 {
		r.network, r.keep = salvageNetwork(n, &r.leftOut)
	}
	return r
}

// kidCheck is the state of checking one network's children.
type kidCheck struct {
	r     *netCheck
	raw   rawBucket
	n     *model.Network
	where string
	mode  readMode
	// indexed marks the index entries that point at a readable child;
	// unreadable holds the kind prefix and key of each child that cannot
	// be decoded, so that its index entry is not reported as well.
	indexed    []bool
	unreadable map[string]bool
	// interviewAt maps the key of each readable interview to its place in
	// n.Interviews.
	interviewAt map[string]int
	// placeholder is true when n's membership is an empty stand-in for
	// one that cannot be read (see membership).
	placeholder bool
}

// children checks the children of one kind, adds them to n, and marks the
// index entries that point at them. It reports whether every child could
// be read.
func (k *kidCheck) children(i int, kind childKind) bool {
	if k.indexed == nil {
		k.indexed, k.unreadable, k.interviewAt = make([]bool, len(k.raw.index)), map[string]bool{}, map[string]int{}
	}
	kids := k.raw.children[i]
	if kids == nil {
		k.r.add(chkNoNestedBucket, k.where, kind.bucket)
		return false
	}
	complete := true
	seen := make(map[string]bool, len(*kids))
	for _, c := range *kids {
		if _, ok := keySeq(c.key); !ok || c.value == nil {
			k.r.add(chkStrayKey, keyText(c.key), fmt.Sprintf(partBucketOf, kind.bucket, k.where))
			k.leaveOut(leftStrayKey, keyText(c.key), fmt.Sprintf(partBucketOf, kind.bucket, k.where))
			continue
		}
		id, err := addChild(k.n, kind, c.value)
		if err != nil {
			k.r.add(chkUndecodable, fmt.Sprintf(partChild, kind.noun, keyText(c.key), k.n.ID), err)
			k.leaveOut(leftChild, kind.noun, keyText(c.key), k.where, err)
			k.unreadable[kind.indexPrefix+string(c.key)] = true
			complete = false
			continue
		}
		if seen[id] {
			k.r.add(chkDuplicateChild, k.where, kind.noun, id)
		}
		seen[id] = true
		ik := kind.indexKey(id)
		if at, ok := k.indexEntry(ik); ok && bytes.Equal(k.raw.index[at].value, c.key) {
			k.indexed[at] = true
			if kind.bucket == interviewsBucket {
				k.interviewAt[string(c.key)] = len(k.n.Interviews) - 1
			}
		} else {
			k.r.add(chkChildNotIndexed, k.where, kind.noun, id)
		}
	}
	return complete
}

// leaveOut records, when salvaging, what was left out.
func (k *kidCheck) leaveOut(format string, args ...any) {
	if k.mode == salvage {
		k.r.leftOut = append(k.r.leftOut, fmt.Errorf(format, args...))
	}
}

// notes checks that every note belongs to an interview, and adds the notes
// to n's interviews so that validation sees them. The notes of an
// interview that cannot be read are not reported again. Without keeping
// them, the notes are looked at where they lie in the memory map, without
// a copy: nothing keeps them past the check.
func (k *kidCheck) notes() {
	if k.raw.notes == nil {
		k.r.add(chkNoNestedBucket, k.where, notesBucket)
		return
	}
	for _, c := range *k.raw.notes {
		if k.unreadable[interviewKind.indexPrefix+string(c.key)] {
			continue
		}
		i, ok := k.interviewAt[string(c.key)]
		if !ok || c.value == nil {
			k.r.add(chkStrayNotes, k.where, keyText(c.key))
			k.leaveOut(leftNotes, keyText(c.key), k.where, len(c.value))
			continue
		}
		if k.mode == checkOnly && len(c.value) > 0 {
			k.n.Interviews[i].Notes = unsafe.String(&c.value[0], len(c.value))
		} else {
			k.n.Interviews[i].Notes = string(c.value)
		}
	}
}

// indexEntry finds the index entry with key ik, by a binary search: bbolt
// keeps keys in byte order.
func (k *kidCheck) indexEntry(ik []byte) (int, bool) {
	return slices.BinarySearchFunc(k.raw.index, ik, func(e rawChild, key []byte) int {
		return bytes.Compare(e.key, key)
	})
}

// staleIndex reports index entries that point at no child.
func (k *kidCheck) staleIndex() {
	for i, e := range k.raw.index {
		prefix, _, _ := strings.Cut(string(e.key), ":")
		if !k.indexed[i] && !k.unreadable[prefix+":"+string(e.value)] && !k.kindMissing(prefix+":") {
			k.r.add(chkStaleChildIndex, k.where, e.key)
		}
	}
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
	case ledgerBucket:
		return addLedgerEntry(n, v)
	default:
		e, err := decodeEvidence(v)
		if err == nil {
			n.Evidence = append(n.Evidence, e)
		}
		return e.ID, err
	}
}

// networkLabel names a network in a problem report.
func networkLabel(n model.Network) string {
	return fmt.Sprintf(labelNetwork, strings.TrimSpace(n.Name), n.ID)
}
