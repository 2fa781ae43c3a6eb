package store

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"

	bolt "go.etcd.io/bbolt"

	"netvet/model"
)

// firstVersion is the schema version of the first netvet release: the
// layout documented in keys.go without what version 2 added.
const firstVersion = 1

// migration upgrades a file from schema version to-1 to version to. apply
// runs inside the one transaction that applies every pending migration and
// writes the new version, so a failure leaves the file as it was.
type migration struct {
	to    int
	apply func(tx *bolt.Tx) error
}

// knownMigrations lists the migrations of this netvet in order. A new
// schema appends {to: N, apply: …} here; the first schema, version 1, needs
// none. A new file is made by the same steps (see initSchema), so that it
// has the same layout as a migrated one.
func knownMigrations() []migration {
	return []migration{{to: 2, apply: migrateTo2}}
}

// migrateTo2 upgrades a file of version 1 to version 2 (SPEC.md 2): it
// creates the empty ledger bucket of every network and the empty
// own_network bucket of the plan (keys.go), and changes no record: the
// fields version 2 added to the profile and the network take their
// defaults where a record lacks them. Only a network record that holds a
// membership — written by a development build between the model of
// version 2 and this schema, never by a released netvet — is split: the
// membership and its ledger move to their own records, as version 2 keeps
// them, and the record is written again without them.
func migrateTo2(tx *bolt.Tx) error {
	nets := tx.Bucket([]byte(networksBucket))
	if nets == nil {
		return fmt.Errorf(msgMigrationMissing, networksBucket)
	}
	var keys [][]byte
	if err := nets.ForEachBucket(func(k []byte) error {
		keys = append(keys, clone(k))
		return nil
	}); err != nil {
		return err
	}
	for _, k := range keys {
		nb := nets.Bucket(k)
		if _, err := nb.CreateBucketIfNotExists([]byte(ledgerBucket)); err != nil {
			return err
		}
		if err := moveMembership(nb); err != nil {
			return fmt.Errorf(msgMigrationNetwork, keyText(k), err)
		}
	}
	return createPlanBuckets(tx)
}

// moveMembership moves a membership kept in a network's record to the
// membership record and ledger of version 2; a record without one, as
// every released version 1 wrote, is left as it is.
func moveMembership(nb *bolt.Bucket) error {
	var probe struct {
		Membership *model.Membership `json:"membership"`
	}
	rec := nb.Get([]byte(recordKey))
	if rec == nil || !bytes.Contains(rec, []byte(`"membership"`)) {
		return nil
	}
	if err := json.Unmarshal(rec, &probe); err != nil || probe.Membership == nil {
		return err
	}
	n, err := decodeNetwork(rec)
	if err != nil {
		return err
	}
	slots, err := planChildren(nb, ledgerKind, idsOf(probe.Membership.Ledger, ledgerIDOf))
	if err != nil {
		return err
	}
	for i := range probe.Membership.Ledger {
		probe.Membership.Ledger[i].ID = slots[i].id
	}
	if err := writeMembership(nb, probe.Membership, slots, true); err != nil {
		return err
	}
	out, err := encodeNetwork(n)
	if err != nil {
		return err
	}
	return nb.Put([]byte(recordKey), out)
}

// createPlanBuckets makes the buckets of the own-network plan.
func createPlanBuckets(tx *bolt.Tx) error {
	plan, err := tx.CreateBucketIfNotExists([]byte(planBucket))
	if err != nil {
		return err
	}
	for _, name := range []string{seatIDsBucket, seatsBucket} {
		if _, err := plan.CreateBucketIfNotExists([]byte(name)); err != nil {
			return err
		}
	}
	return nil
}

// latestVersion is the schema version a file has after all of migrations.
func latestVersion(migrations []migration) int {
	if len(migrations) == 0 {
		return firstVersion
	}
	return migrations[len(migrations)-1].to
}

// checkMigrations makes sure the list goes up one version at a time, from
// firstVersion+1; anything else is a programming error.
func checkMigrations(migrations []migration) error {
	for i, m := range migrations {
		if want := firstVersion + 1 + i; m.to != want || m.apply == nil {
			return fmt.Errorf(msgBadMigrationList, i, m.to, want)
		}
	}
	return nil
}

// metaInfo is what the meta bucket says about a file.
type metaInfo struct {
	// netvet is true when the app marker is there.
	netvet bool
	// version is the schema version; 0 when missing or unreadable.
	version int
	// versionText is the stored version, for messages.
	versionText string
	// idTag is the database's id tag; "" in files without one.
	idTag string
}

// readMeta reads the meta bucket; a file without one is not netvet's.
func readMeta(tx *bolt.Tx) metaInfo {
	b := tx.Bucket([]byte(metaBucket))
	if b == nil || string(b.Get([]byte(appKey))) != appMarker {
		return metaInfo{}
	}
	text := string(b.Get([]byte(schemaVersionKey)))
	v, err := strconv.Atoi(text)
	if err != nil || v < firstVersion {
		v = 0
	}
	return metaInfo{netvet: true, version: v, versionText: text, idTag: string(b.Get([]byte(idTagKey)))}
}

// writeVersion stores the schema version.
func writeVersion(tx *bolt.Tx, version int) error {
	b, err := tx.CreateBucketIfNotExists([]byte(metaBucket))
	if err != nil {
		return err
	}
	if err := b.Put([]byte(appKey), []byte(appMarker)); err != nil {
		return err
	}
	return b.Put([]byte(schemaVersionKey), []byte(strconv.Itoa(version)))
}

// initSchema creates the buckets of a new file — those of the first
// version, then what each migration adds — and marks it as netvet's at the
// latest version.
func initSchema(tx *bolt.Tx, migrations []migration) error {
	for _, name := range []string{profileBucket, networkIDsBucket, networksBucket} {
		if _, err := tx.CreateBucketIfNotExists([]byte(name)); err != nil {
			return err
		}
	}
	for _, m := range migrations {
		if err := m.apply(tx); err != nil {
			return fmt.Errorf(msgMigrationStep, m.to, err)
		}
	}
	if err := writeVersion(tx, latestVersion(migrations)); err != nil {
		return err
	}
	return tx.Bucket([]byte(metaBucket)).Put([]byte(idTagKey), []byte(newIDTag()))
}

// migrate applies every migration past from, and the new version, in one
// transaction, which verify may still refuse.
func migrate(db *bolt.DB, from int, migrations []migration, verify func(tx *bolt.Tx) error) error {
	return db.Update(func(tx *bolt.Tx) error {
		for _, m := range migrations {
			if m.to <= from {
				continue
			}
			if err := m.apply(tx); err != nil {
				return fmt.Errorf(msgMigrationStep, m.to, err)
			}
		}
		if err := writeVersion(tx, latestVersion(migrations)); err != nil {
			return err
		}
		return verify(tx)
	})
}

// backup copies the file at path to a new file next to it,
// <name>.v<version>.bak (or <name>.v<version>.<n>.bak if that exists), and
// returns the copy's path. The copy is never written over an existing
// file. The caller holds the database's exclusive lock, so the bytes do not
// change while they are copied.
func backup(path string, version int) (string, error) {
	src, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer src.Close()
	var dst *os.File
	var name string
	for n := 1; dst == nil; n++ {
		name = fmt.Sprintf("%s.v%d.bak", path, version)
		if n > 1 {
			name = fmt.Sprintf("%s.v%d.%d.bak", path, version, n)
		}
		dst, err = os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if err != nil && !os.IsExist(err) {
			return "", err
		}
	}
	if _, err := io.Copy(dst, src); err != nil {
		dst.Close()
		os.Remove(name)
		return "", err
	}
	if err := dst.Sync(); err != nil {
		dst.Close()
		os.Remove(name)
		return "", err
	}
	if err := dst.Close(); err != nil {
		os.Remove(name)
		return "", err
	}
	syncDir(filepath.Dir(path))
	return name, nil
}

// syncDir makes a new directory entry in dir durable. It is best effort:
// some file systems refuse to sync a directory, and the file itself is
// already synced.
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	_ = d.Sync()
	_ = d.Close()
}
