package store

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"

	bolt "go.etcd.io/bbolt"
)

// firstVersion is the schema version of the first netvet release: the
// layout documented in keys.go.
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
// none.
func knownMigrations() []migration {
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

// initSchema creates the buckets of a new file and marks it as netvet's at
// the given version.
func initSchema(tx *bolt.Tx, version int) error {
	for _, name := range []string{profileBucket, networkIDsBucket, networksBucket} {
		if _, err := tx.CreateBucketIfNotExists([]byte(name)); err != nil {
			return err
		}
	}
	if err := writeVersion(tx, version); err != nil {
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
