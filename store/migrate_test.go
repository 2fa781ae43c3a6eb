package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"netvet/model"
)

// tagsBucket is what the test migration to schema 2 adds.
const tagsBucket = "tags"

// countingMigration is a migration to version to that creates the bucket
// name and counts its runs in *runs.
func countingMigration(to int, name string, runs *int) migration {
	return migration{to: to, apply: func(tx *bolt.Tx) error {
		*runs++
		_, err := tx.CreateBucket([]byte(name))
		return err
	}}
}

// failingMigration is a migration to version to that changes the file and
// then fails.
func failingMigration(to int) migration {
	return migration{to: to, apply: func(tx *bolt.Tx) error {
		if _, err := tx.CreateBucket([]byte("half_done")); err != nil {
			return err
		}
		if err := tx.DeleteBucket([]byte(networksBucket)); err != nil {
			return err
		}
		return errors.New("disk says no")
	}}
}

// storedVersion reads the schema version straight from the file.
func storedVersion(t *testing.T, path string) string {
	t.Helper()
	var v string
	rawView(t, path, func(tx *bolt.Tx) {
		v = string(tx.Bucket([]byte(metaBucket)).Get([]byte(schemaVersionKey)))
	})
	return v
}

// rawView reads the file with bbolt directly.
func rawView(t *testing.T, path string, fn func(tx *bolt.Tx)) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("bolt.Open: %v", err)
	}
	defer db.Close()
	if err := db.View(func(tx *bolt.Tx) error { fn(tx); return nil }); err != nil {
		t.Fatal(err)
	}
}

// hasBucket reports whether the file has the top-level bucket.
func hasBucket(t *testing.T, path, name string) bool {
	t.Helper()
	var ok bool
	rawView(t, path, func(tx *bolt.Tx) { ok = tx.Bucket([]byte(name)) != nil })
	return ok
}

// v1Fixture copies the database the version-1 binary wrote
// (testdata/schema1) into a fresh folder and returns the copy's path and
// the bytes it started with.
func v1Fixture(t *testing.T) (string, []byte) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "schema1", "demo.db"))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "netvet.db")
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return path, b
}

// counted is m, counting its runs in *runs.
func counted(m migration, runs *int) migration {
	apply := m.apply
	return migration{to: m.to, apply: func(tx *bolt.Tx) error {
		*runs++
		return apply(tx)
	}}
}

// withThird is this netvet's migrations and a test one to schema 3.
func withThird(m migration) []migration { return append(knownMigrations(), m) }

func TestMigrationIsAppliedOnce(t *testing.T) {
	path := writeNetvetFile(t, t.TempDir(), 2)
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var runs int
	migrations := withThird(countingMigration(3, tagsBucket, &runs))

	s, err := open(path, Options{}, migrations)
	if err != nil {
		t.Fatalf("open with a migration to schema 3: %v", err)
	}
	if s.SchemaVersion() != 3 || runs != 1 {
		t.Errorf("SchemaVersion = %d after %d runs, want 3 after 1", s.SchemaVersion(), runs)
	}
	if nets := mustNetworks(t, s); len(nets) != 2 {
		t.Errorf("%d networks after migrating, want 2", len(nets))
	}
	s.Close()
	if v := storedVersion(t, path); v != "3" || !hasBucket(t, path, tagsBucket) {
		t.Errorf("stored version %q, tags bucket %v; want 3 and true", v, hasBucket(t, path, tagsBucket))
	}

	// The backup holds the bytes from before the migration, privately.
	backupPath := path + ".v2.bak"
	saved, err := os.ReadFile(backupPath)
	if err != nil {
		t.Fatalf("backup: %v", err)
	}
	if !reflect.DeepEqual(saved, before) {
		t.Error("the backup differs from the file before migrating")
	}
	if info, _ := os.Stat(backupPath); info.Mode().Perm() != 0o600 {
		t.Errorf("backup mode %o, want 600", info.Mode().Perm())
	}

	// Opening again does not migrate again.
	s, err = open(path, Options{}, migrations)
	if err != nil {
		t.Fatalf("second open: %v", err)
	}
	s.Close()
	if runs != 1 {
		t.Errorf("the migration ran %d times, want once", runs)
	}
	if _, err := os.Stat(path + ".v3.bak"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("second open made a backup: %v", err)
	}
}

// TestDowngradeIsRefused: a file of schema 2 is refused by a netvet that
// knows only schema 1, and a file of schema 3 by this one, which knows 2;
// neither changes a byte.
func TestDowngradeIsRefused(t *testing.T) {
	path := writeNetvetFile(t, t.TempDir(), 1)
	hash := fileHash(t, path)
	_, err := open(path, Options{}, nil)
	if !errors.Is(err, ErrNewerSchema) || !strings.Contains(err.Error(), "(schema 2, this one knows 1)") {
		t.Errorf("a netvet of schema 1 opening a file of schema 2: %v, want ErrNewerSchema giving both versions", err)
	}
	if fileHash(t, path) != hash {
		t.Error("the refused open changed the file's bytes")
	}

	var runs int
	s, err := open(path, Options{}, withThird(countingMigration(3, tagsBucket, &runs)))
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	hash = fileHash(t, path)
	_, err = Open(path, Options{})
	if !errors.Is(err, ErrNewerSchema) {
		t.Fatalf("err = %v, want ErrNewerSchema", err)
	}
	if !strings.Contains(err.Error(), "(schema 3, this one knows 2)") {
		t.Errorf("message %q does not give both versions", err)
	}
	if fileHash(t, path) != hash {
		t.Error("the file's bytes changed")
	}
}

// TestFailingMigrationChangesNothing: whichever step fails, the data and
// the version of the version-1 file stay as they were, byte for byte, and
// this netvet's own migration then still works.
func TestFailingMigrationChangesNothing(t *testing.T) {
	var runs int
	tests := []struct {
		name       string
		migrations []migration
	}{
		{"the only step fails", []migration{failingMigration(2)}},
		{"the real step to 2 works, the step to 3 fails", withThird(failingMigration(3))},
		{"a test step to 2 works, the step to 3 fails", []migration{countingMigration(2, tagsBucket, &runs), failingMigration(3)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path, before := v1Fixture(t)
			_, err := open(path, Options{}, tt.migrations)
			if err == nil {
				t.Fatal("open succeeded")
			}
			want := fmt.Sprintf("cannot upgrade %s from schema 1 to %d", path, len(tt.migrations)+1)
			if !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "disk says no") {
				t.Errorf("message %q, want it to start %q and give the cause", err, want)
			}
			if after, _ := os.ReadFile(path); !reflect.DeepEqual(after, before) {
				t.Error("the file's bytes changed")
			}
			if v := storedVersion(t, path); v != "1" {
				t.Errorf("version = %q, want 1", v)
			}
			for _, b := range []string{tagsBucket, "half_done", planBucket} {
				if hasBucket(t, path, b) {
					t.Errorf("a step's change was kept: the bucket %q", b)
				}
			}
			s, err := Open(path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if nets := mustNetworks(t, s); len(nets) != 5 || s.SchemaVersion() != 2 {
				t.Errorf("after the failed upgrade this netvet reads %d networks at schema %d, want 5 at 2", len(nets), s.SchemaVersion())
			}
		})
	}
}

func TestOnlyPendingMigrationsRun(t *testing.T) {
	path, _ := v1Fixture(t)
	var to2, to3 int
	s, err := open(path, Options{}, []migration{counted(knownMigrations()[0], &to2)})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = open(path, Options{}, []migration{counted(knownMigrations()[0], &to2), countingMigration(3, tagsBucket, &to3)})
	if err != nil {
		t.Fatalf("open to schema 3: %v", err)
	}
	s.Close()
	if to2 != 1 || to3 != 1 || storedVersion(t, path) != "3" {
		t.Errorf("runs to 2: %d, to 3: %d, version %q; want 1, 1, 3", to2, to3, storedVersion(t, path))
	}
	if _, err := os.Stat(path + ".v2.bak"); err != nil {
		t.Errorf("no backup of the schema 2 file: %v", err)
	}
}

func TestBackupNeverOverwrites(t *testing.T) {
	path, before := v1Fixture(t)
	if err := os.WriteFile(path+".v1.bak", []byte("keep me"), 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if got, _ := os.ReadFile(path + ".v1.bak"); string(got) != "keep me" {
		t.Errorf("the existing backup was overwritten: %q", got)
	}
	if got, _ := os.ReadFile(path + ".v1.2.bak"); !reflect.DeepEqual(got, before) {
		t.Error("the new backup does not hold the file from before migrating")
	}
}

func TestReadOnlyOpenDoesNotMigrate(t *testing.T) {
	path, before := v1Fixture(t)
	var runs int
	_, err := open(path, Options{ReadOnly: true}, []migration{counted(knownMigrations()[0], &runs)})
	if !errors.Is(err, ErrOlderSchema) {
		t.Fatalf("err = %v, want ErrOlderSchema", err)
	}
	if after, _ := os.ReadFile(path); runs != 0 || !reflect.DeepEqual(after, before) {
		t.Errorf("read-only open migrated (%d runs) or changed the file", runs)
	}
	if _, err := os.Stat(path + ".v1.bak"); !errors.Is(err, os.ErrNotExist) {
		t.Error("read-only open made a backup")
	}
}

// TestNewFileStartsAtTheLatestSchema: a new file is made by the same steps
// as a migrated one, in the one transaction that creates it, so it has the
// same layout; nothing is backed up.
func TestNewFileStartsAtTheLatestSchema(t *testing.T) {
	var runs int
	path := testPath(t)
	s, err := open(path, Options{}, withThird(countingMigration(3, tagsBucket, &runs)))
	if err != nil {
		t.Fatal(err)
	}
	if s.SchemaVersion() != 3 || runs != 1 {
		t.Errorf("new file: version %d after %d runs, want 3 after 1", s.SchemaVersion(), runs)
	}
	if _, err := s.CreateNetwork(model.Network{Name: "Alpha", Kind: model.KindOther, Status: model.StatusResearching}); err != nil {
		t.Errorf("new file is not usable: %v", err)
	}
	s.Close()
	if matches, _ := filepath.Glob(path + "*.bak"); len(matches) != 0 {
		t.Errorf("a new file was backed up: %v", matches)
	}

	fresh, err := Open(testPath(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	fresh.Close()
	migrated, _ := v1Fixture(t)
	s, err = Open(migrated, Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if a, b := bucketNames(t, fresh.Path()), bucketNames(t, migrated); !reflect.DeepEqual(a, b) {
		t.Errorf("a new file has the buckets %v, a migrated one %v", a, b)
	}
}

// bucketNames lists the file's buckets outside the networks, by path.
func bucketNames(t *testing.T, path string) []string {
	t.Helper()
	var names []string
	rawView(t, path, func(tx *bolt.Tx) {
		_ = tx.ForEach(func(name []byte, b *bolt.Bucket) error {
			names = append(names, string(name))
			if string(name) == networksBucket {
				return nil
			}
			return b.ForEachBucket(func(k []byte) error {
				names = append(names, string(name)+"/"+string(k))
				return nil
			})
		})
	})
	return names
}

func TestMigrationListMustGoUpOneAtATime(t *testing.T) {
	noop := func(*bolt.Tx) error { return nil }
	tests := []struct {
		name       string
		migrations []migration
		ok         bool
	}{
		{"no migrations", nil, true},
		{"2 then 3", []migration{{2, noop}, {3, noop}}, true},
		{"starting past 2", []migration{{3, noop}}, false},
		{"a gap", []migration{{2, noop}, {4, noop}}, false},
		{"out of order", []migration{{3, noop}, {2, noop}}, false},
		{"without a function", []migration{{2, nil}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := checkMigrations(tt.migrations); (err == nil) != tt.ok {
				t.Errorf("checkMigrations = %v, want ok %v", err, tt.ok)
			}
		})
	}
	if err := checkMigrations(knownMigrations()); err != nil {
		t.Errorf("this netvet's own list: %v", err)
	}
}
