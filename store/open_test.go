package store

import (
	"bytes"
	"errors"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"netvet/model"
)

func TestOpenCreatesFileAndFoldersPrivately(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data", "netvet")
	path := filepath.Join(dir, "netvet.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer s.Close()
	for _, d := range []string{dir, filepath.Dir(dir)} {
		info, err := os.Stat(d)
		if err != nil {
			t.Fatal(err)
		}
		if got := info.Mode().Perm(); got != 0o700 {
			t.Errorf("folder %s has mode %o, want 700", d, got)
		}
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := info.Mode().Perm(); got != 0o600 {
		t.Errorf("file has mode %o, want 600", got)
	}
	// The file was built under a temporary name; nothing else is left.
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 || entries[0].Name() != "netvet.db" {
		t.Errorf("folder holds %v, want only netvet.db", entries)
	}
	if s.SchemaVersion() != 2 || s.Path() != path {
		t.Errorf("SchemaVersion, Path = %d, %q", s.SchemaVersion(), s.Path())
	}
}

func TestOpenKeepsAnExistingFilesMode(t *testing.T) {
	path := testPath(t)
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if err := os.Chmod(path, 0o640); err != nil {
		t.Fatal(err)
	}
	s, err = Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.CreateNetwork(fullNetwork("Alpha")); err != nil {
		t.Fatal(err)
	}
	info, _ := os.Stat(path)
	if got := info.Mode().Perm(); got != 0o640 {
		t.Errorf("mode = %o, want the user's 640", got)
	}
}

// writeNetvetFile makes a netvet file with a few networks and returns its
// path.
func writeNetvetFile(t *testing.T, dir string, networks int) string {
	t.Helper()
	path := filepath.Join(dir, "netvet.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for i := range networks {
		n := fullNetwork(string(rune('A'+i)) + " circle")
		n.Interviews[0].Notes = strings.Repeat("Notes that fill pages. ", 400)
		mustCreate(t, s, n)
	}
	return path
}

// TestOpenRefusesWhatIsNotANetvetDatabase: a foreign or damaged file gives
// ErrNotNetvet with a one-line message naming it, and its bytes and folder
// stay as they were.
func TestOpenRefusesWhatIsNotANetvetDatabase(t *testing.T) {
	tests := []struct {
		name    string
		make    func(t *testing.T, dir string) string
		wantMsg string
	}{
		{"a text file", func(t *testing.T, dir string) string {
			return writeFile(t, dir, []byte("name,fee\nAlpha,3000\n"))
		}, "is not a netvet database"},
		{"random bytes", func(t *testing.T, dir string) string {
			b := make([]byte, 64<<10)
			r := rand.New(rand.NewPCG(1, 2))
			for i := range b {
				b[i] = byte(r.Uint32())
			}
			return writeFile(t, dir, b)
		}, "is not a netvet database"},
		{"an empty file", func(t *testing.T, dir string) string {
			return writeFile(t, dir, nil)
		}, "is an empty file"},
		{"a bbolt file of another program", func(t *testing.T, dir string) string {
			path := filepath.Join(dir, "netvet.db")
			rawUpdate(t, path, func(tx *bolt.Tx) error {
				b, err := tx.CreateBucket([]byte("foo"))
				if err != nil {
					return err
				}
				return b.Put([]byte("bar"), []byte("baz"))
			})
			return path
		}, "is not a netvet database"},
		{"an empty bbolt file", func(t *testing.T, dir string) string {
			path := filepath.Join(dir, "netvet.db")
			rawUpdate(t, path, func(tx *bolt.Tx) error { return nil })
			return path
		}, "is not a netvet database"},
		{"a netvet file whose version is not a number", func(t *testing.T, dir string) string {
			path := writeNetvetFile(t, dir, 1)
			rawUpdate(t, path, func(tx *bolt.Tx) error {
				return tx.Bucket([]byte(metaBucket)).Put([]byte(schemaVersionKey), []byte("one"))
			})
			return path
		}, `schema version "one" is not a number`},
		{"a netvet file cut short", func(t *testing.T, dir string) string {
			path := writeNetvetFile(t, dir, 8)
			info, _ := os.Stat(path)
			if err := os.Truncate(path, info.Size()/2); err != nil {
				t.Fatal(err)
			}
			return path
		}, "is damaged"},
		{"a netvet file with its pages zeroed", func(t *testing.T, dir string) string {
			path := writeNetvetFile(t, dir, 3)
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			page := os.Getpagesize()
			clear(b[2*page:])
			return writeFile(t, dir, b)
		}, "is damaged"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := tt.make(t, dir)
			hash := fileHash(t, path)
			before, _ := os.ReadDir(dir)

			s, err := Open(path, Options{Timeout: 200 * time.Millisecond})
			if err == nil {
				s.Close()
				t.Fatal("Open succeeded")
			}
			if !errors.Is(err, ErrNotNetvet) {
				t.Errorf("err = %v, want ErrNotNetvet", err)
			}
			msg := err.Error()
			if !strings.Contains(msg, path) || !strings.Contains(msg, tt.wantMsg) || strings.Contains(msg, "\n") {
				t.Errorf("message %q: want one line naming the file and saying %q", msg, tt.wantMsg)
			}
			if got := fileHash(t, path); got != hash {
				t.Error("the file's bytes changed")
			}
			if after, _ := os.ReadDir(dir); !reflect.DeepEqual(before, after) {
				t.Errorf("folder changed from %v to %v", before, after)
			}
		})
	}
}

// writeFile writes b as netvet.db in dir.
func writeFile(t *testing.T, dir string, b []byte) string {
	t.Helper()
	path := filepath.Join(dir, "netvet.db")
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestOpenRefusesAFolder(t *testing.T) {
	dir := t.TempDir()
	_, err := Open(dir, Options{})
	if err == nil || !strings.Contains(err.Error(), "is a folder") {
		t.Errorf("err = %v, want a folder refusal", err)
	}
}

func TestOpenRefusesANewerSchema(t *testing.T) {
	for _, readOnly := range []bool{false, true} {
		path := writeNetvetFile(t, t.TempDir(), 1)
		rawUpdate(t, path, func(tx *bolt.Tx) error { return writeVersion(tx, 7) })
		hash := fileHash(t, path)

		_, err := Open(path, Options{ReadOnly: readOnly})
		if !errors.Is(err, ErrNewerSchema) {
			t.Fatalf("read-only %v: err = %v, want ErrNewerSchema", readOnly, err)
		}
		if want := "was written by a newer netvet (schema 7, this one knows 2)"; !strings.Contains(err.Error(), want) {
			t.Errorf("message %q, want it to say %q", err, want)
		}
		if fileHash(t, path) != hash {
			t.Error("the file's bytes changed")
		}
	}
}

func TestSecondOpenIsLockedOut(t *testing.T) {
	path := testPath(t)
	first, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer first.Close()

	for _, readOnly := range []bool{false, true} {
		start := time.Now()
		second, err := Open(path, Options{Timeout: 200 * time.Millisecond, ReadOnly: readOnly})
		if err == nil {
			second.Close()
			t.Fatalf("read-only %v: second Open succeeded", readOnly)
		}
		if !errors.Is(err, ErrLocked) {
			t.Errorf("read-only %v: err = %v, want ErrLocked", readOnly, err)
		}
		if want := path + " is open in another netvet (close it and try again)"; err.Error() != want {
			t.Errorf("message %q, want %q", err, want)
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("second Open took %v", d)
		}
	}

	// The first one is unharmed.
	n, err := first.CreateNetwork(fullNetwork("Alpha"))
	if err != nil {
		t.Fatalf("first store cannot write: %v", err)
	}
	if got, err := first.Network(n.ID); err != nil || got.Name != "Alpha" {
		t.Errorf("first store cannot read: %v", err)
	}
}

func TestLockTimeoutDefaultsToOneSecond(t *testing.T) {
	path := testPath(t)
	first, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer first.Close()
	start := time.Now()
	_, err = Open(path, Options{})
	d := time.Since(start)
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("err = %v, want ErrLocked", err)
	}
	if d < 800*time.Millisecond || d > 3*time.Second {
		t.Errorf("gave up after %v, want about one second", d)
	}
}

func TestLockIsReleasedOnClose(t *testing.T) {
	path := testPath(t)
	first, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := first.Close(); err != nil {
		t.Fatal(err)
	}
	second, err := Open(path, Options{Timeout: 200 * time.Millisecond})
	if err != nil {
		t.Fatalf("Open after Close: %v", err)
	}
	second.Close()
}

func TestReadOnlyOpen(t *testing.T) {
	path := writeNetvetFile(t, t.TempDir(), 2)
	hash := fileHash(t, path)

	a, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("first read-only Open: %v", err)
	}
	defer a.Close()
	b, err := Open(path, Options{ReadOnly: true, Timeout: 200 * time.Millisecond})
	if err != nil {
		t.Fatalf("second read-only Open: %v", err)
	}
	defer b.Close()
	if !a.ReadOnly() {
		t.Error("ReadOnly() = false")
	}
	if nets, err := b.Networks(); err != nil || len(nets) != 2 {
		t.Errorf("Networks = %d, %v; want 2", len(nets), err)
	}
	if problems := a.Check(); len(problems) != 0 {
		t.Errorf("Check: %v", problems)
	}
	if _, err := a.CreateNetwork(fullNetwork("Gamma")); err == nil {
		t.Error("a read-only store wrote")
	}
	if fileHash(t, path) != hash {
		t.Error("the file's bytes changed")
	}

	missing := filepath.Join(t.TempDir(), "none.db")
	if _, err := Open(missing, Options{ReadOnly: true}); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("read-only Open of a missing file: err = %v, want ErrNotExist", err)
	}
	if _, err := os.Stat(missing); !errors.Is(err, fs.ErrNotExist) {
		t.Error("read-only Open created the file")
	}
}

func TestWriteToMakesAUsableCopy(t *testing.T) {
	s, _ := openTest(t)
	mustCreate(t, s, fullNetwork("Alpha"))
	if err := s.SaveProfile(model.NewProfile()); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	n, err := s.WriteTo(&buf)
	if err != nil || n != int64(buf.Len()) {
		t.Fatalf("WriteTo = %d, %v (wrote %d)", n, err, buf.Len())
	}
	copyPath := writeFile(t, t.TempDir(), buf.Bytes())
	c, err := Open(copyPath, Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("Open copy: %v", err)
	}
	defer c.Close()
	if got, want := mustNetworks(t, c), mustNetworks(t, s); !reflect.DeepEqual(got, want) {
		t.Errorf("copy holds\n%+v\nwant\n%+v", got, want)
	}
}
