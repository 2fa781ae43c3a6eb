//go:build unix

package store

import (
	"net"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestOpenRefusesWhatIsNotARegularFile: a named pipe as the database
// would make Open wait forever for a writer; it, a socket and a link to a
// device are refused at once, with one line, for reading and writing, and
// left as they were.
func TestOpenRefusesWhatIsNotARegularFile(t *testing.T) {
	cases := []struct {
		rule string
		make func(t *testing.T, dir string) string
		want string
	}{
		{"a named pipe", func(t *testing.T, dir string) string {
			p := filepath.Join(dir, "fifo.db")
			if err := syscall.Mkfifo(p, 0o600); err != nil {
				t.Fatal(err)
			}
			return p
		}, "is a named pipe, not a database file"},
		{"a socket", func(t *testing.T, dir string) string {
			p := filepath.Join(dir, "sock.db")
			l, err := net.Listen("unix", p)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { l.Close() })
			return p
		}, "is a socket, not a database file"},
		{"a link to a device", func(t *testing.T, dir string) string {
			p := filepath.Join(dir, "null.db")
			if err := os.Symlink("/dev/null", p); err != nil {
				t.Fatal(err)
			}
			return p
		}, "is a device, not a database file"},
	}
	for _, c := range cases {
		for _, readOnly := range []bool{false, true} {
			t.Run(c.rule, func(t *testing.T) {
				path := c.make(t, t.TempDir())
				before, _ := os.Lstat(path)
				done := make(chan error, 1)
				go func() {
					s, err := Open(path, Options{ReadOnly: readOnly})
					if err == nil {
						s.Close()
					}
					done <- err
				}()
				select {
				case err := <-done:
					if err == nil || !strings.Contains(err.Error(), c.want) || strings.Contains(err.Error(), "\n") {
						t.Errorf("Open = %v, want one line saying %q", err, c.want)
					}
				case <-time.After(5 * time.Second):
					t.Fatal("Open did not return")
				}
				if after, _ := os.Lstat(path); after == nil || after.Mode() != before.Mode() {
					t.Errorf("the file changed: %v, was %v", after, before)
				}
			})
		}
	}
}

// TestMkdirAllSyncsEachNewFolderIntoItsParent: the parent of every new
// folder is synced, from the top down, and nothing above what existed.
func TestMkdirAllSyncsEachNewFolderIntoItsParent(t *testing.T) {
	base := t.TempDir()
	dir := filepath.Join(base, "a", "b", "c")
	var synced []string
	if err := mkdirAll(dir, 0o700, func(d string) { synced = append(synced, d) }); err != nil {
		t.Fatal(err)
	}
	want := []string{base, filepath.Join(base, "a"), filepath.Join(base, "a", "b")}
	if !slices.Equal(synced, want) {
		t.Errorf("synced %v, want %v", synced, want)
	}
	for _, d := range []string{"a", "a/b", "a/b/c"} {
		if info, err := os.Stat(filepath.Join(base, d)); err != nil || !info.IsDir() || info.Mode().Perm() != 0o700 {
			t.Errorf("%s: %v %v", d, info, err)
		}
	}
	synced = nil
	if err := mkdirAll(dir, 0o700, func(d string) { synced = append(synced, d) }); err != nil || len(synced) != 0 {
		t.Errorf("a second call: %v, synced %v; want nothing to do", err, synced)
	}
}
