package store

import (
	"errors"
	"fmt"
	"os"
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

func TestMigrationIsAppliedOnce(t *testing.T) {
	path := writeNetvetFile(t, t.TempDir(), 2)
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var runs int
	migrations := []migration{countingMigration(2, tagsBucket, &runs)}

	s, err := open(path, Options{}, migrations)
	if err != nil {
		t.Fatalf("open with a v2 migration: %v", err)
	}
	if s.SchemaVersion() != 2 || runs != 1 {
		t.Errorf("SchemaVersion = %d after %d runs, want 2 after 1", s.SchemaVersion(), runs)
	}
	if nets := mustNetworks(t, s); len(nets) != 2 {
		t.Errorf("%d networks after migrating, want 2", len(nets))
	}
	s.Close()
	if v := storedVersion(t, path); v != "2" || !hasBucket(t, path, tagsBucket) {
		t.Errorf("stored version %q, tags bucket %v; want 2 and true", v, hasBucket(t, path, tagsBucket))
	}

	// The backup holds the bytes from before the migration, privately.
	backupPath := path + ".v1.bak"
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
	if _, err := os.Stat(path + ".v2.bak"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("second open made a backup: %v", err)
	}
}

func TestDowngradeIsRefused(t *testing.T) {
	path := writeNetvetFile(t, t.TempDir(), 1)
	var runs int
	s, err := open(path, Options{}, []migration{countingMigration(2, tagsBucket, &runs)})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	hash := fileHash(t, path)

	// This netvet knows schema 1 only.
	_, err = Open(path, Options{})
	if !errors.Is(err, ErrNewerSchema) {
		t.Fatalf("err = %v, want ErrNewerSchema", err)
	}
	if !strings.Contains(err.Error(), "(schema 2, this one knows 1)") {
		t.Errorf("message %q does not give both versions", err)
	}
	if fileHash(t, path) != hash {
		t.Error("the file's bytes changed")
	}
}

// TestFailingMigrationChangesNothing: whichever step fails, the data and
// the version stay as they were, byte for byte.
func TestFailingMigrationChangesNothing(t *testing.T) {
	var runs int
	tests := []struct {
		name       string
		migrations []migration
	}{
		{"the only step fails", []migration{failingMigration(2)}},
		{"a later step fails after an earlier one worked", []migration{countingMigration(2, tagsBucket, &runs), failingMigration(3)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeNetvetFile(t, t.TempDir(), 2)
			s, err := Open(path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			before := mustNetworks(t, s)
			s.Close()
			hash := fileHash(t, path)

			_, err = open(path, Options{}, tt.migrations)
			if err == nil {
				t.Fatal("open succeeded")
			}
			want := fmt.Sprintf("cannot upgrade %s from schema 1 to %d", path, len(tt.migrations)+1)
			if !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "disk says no") {
				t.Errorf("message %q, want it to start %q and give the cause", err, want)
			}
			if fileHash(t, path) != hash {
				t.Error("the file's bytes changed")
			}
			if v := storedVersion(t, path); v != "1" {
				t.Errorf("version = %q, want 1", v)
			}
			if hasBucket(t, path, tagsBucket) || hasBucket(t, path, "half_done") {
				t.Error("a step's change was kept")
			}
			s, err = Open(path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			assertUnchanged(t, s, before)
		})
	}
}

func TestOnlyPendingMigrationsRun(t *testing.T) {
	path := writeNetvetFile(t, t.TempDir(), 1)
	var to2, to3 int
	s, err := open(path, Options{}, []migration{countingMigration(2, tagsBucket, &to2)})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = open(path, Options{}, []migration{countingMigration(2, tagsBucket, &to2), countingMigration(3, "labels", &to3)})
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
	path := writeNetvetFile(t, t.TempDir(), 1)
	before, _ := os.ReadFile(path)
	if err := os.WriteFile(path+".v1.bak", []byte("keep me"), 0o600); err != nil {
		t.Fatal(err)
	}
	var runs int
	s, err := open(path, Options{}, []migration{countingMigration(2, tagsBucket, &runs)})
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
	path := writeNetvetFile(t, t.TempDir(), 1)
	hash := fileHash(t, path)
	var runs int
	_, err := open(path, Options{ReadOnly: true}, []migration{countingMigration(2, tagsBucket, &runs)})
	if !errors.Is(err, ErrOlderSchema) {
		t.Fatalf("err = %v, want ErrOlderSchema", err)
	}
	if runs != 0 || fileHash(t, path) != hash {
		t.Errorf("read-only open migrated (%d runs) or changed the file", runs)
	}
	if _, err := os.Stat(path + ".v1.bak"); !errors.Is(err, os.ErrNotExist) {
		t.Error("read-only open made a backup")
	}
}

func TestNewFileStartsAtTheLatestSchema(t *testing.T) {
	var runs int
	s, err := open(testPath(t), Options{}, []migration{countingMigration(2, tagsBucket, &runs)})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.SchemaVersion() != 2 || runs != 0 {
		t.Errorf("new file: version %d after %d runs, want 2 without migrating", s.SchemaVersion(), runs)
	}
	if _, err := s.CreateNetwork(model.Network{Name: "Alpha", Kind: model.KindOther, Status: model.StatusResearching}); err != nil {
		t.Errorf("new file is not usable: %v", err)
	}
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
