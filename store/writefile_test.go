//go:build unix

package store

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// writeString is a write function for WriteFile.
func writeString(s string) func(io.Writer) error {
	return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
}

// folderNames lists the names in dir.
func folderNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		out = append(out, e.Name())
	}
	return out
}

// TestWriteFileNeverReplacesWhatIsNotARegularFile: even with every option
// set, a folder, a named pipe, a socket, a symbolic link to a device or to
// a folder, a dangling link, a netvet database another netvet has open,
// any bbolt file without Database, and a bbolt file of another program
// with it, are refused with one line and left as they were; a symbolic
// link to a regular file is followed.
func TestWriteFileNeverReplacesWhatIsNotARegularFile(t *testing.T) {
	all := WriteOptions{Overwrite: true, Database: true}
	cases := []struct {
		rule string
		make func(t *testing.T, dir string) string
		opt  WriteOptions
		want string
	}{
		{"a folder", func(t *testing.T, dir string) string {
			p := filepath.Join(dir, "folder")
			if err := os.Mkdir(p, 0o700); err != nil {
				t.Fatal(err)
			}
			return p
		}, all, "is a folder; netvet never writes over it"},
		{"a named pipe", func(t *testing.T, dir string) string {
			p := filepath.Join(dir, "fifo")
			if err := syscall.Mkfifo(p, 0o600); err != nil {
				t.Fatal(err)
			}
			return p
		}, all, "is a named pipe; netvet never writes over it"},
		{"a socket", func(t *testing.T, dir string) string {
			p := filepath.Join(dir, "sock")
			l, err := net.Listen("unix", p)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { l.Close() })
			return p
		}, all, "is a socket; netvet never writes over it"},
		{"a symbolic link to a device", func(t *testing.T, dir string) string {
			p := filepath.Join(dir, "null")
			if err := os.Symlink("/dev/null", p); err != nil {
				t.Fatal(err)
			}
			return p
		}, all, "is a device; netvet never writes over it"},
		{"a symbolic link to nothing", func(t *testing.T, dir string) string {
			p := filepath.Join(dir, "dangling")
			if err := os.Symlink(filepath.Join(dir, "nothing"), p); err != nil {
				t.Fatal(err)
			}
			return p
		}, all, "is a symbolic link to nothing"},
		{"a netvet database, without Database", func(t *testing.T, dir string) string {
			return writeNetvetFile(t, dir, 1)
		}, WriteOptions{Overwrite: true}, "is a database; netvet never writes over one"},
		{"a bbolt file of another program", func(t *testing.T, dir string) string {
			p := filepath.Join(dir, "other.db")
			rawUpdate(t, p, func(tx *bolt.Tx) error { _, err := tx.CreateBucket([]byte("theirs")); return err })
			return p
		}, all, "is a database that netvet cannot open as its own"},
		{"a damaged bbolt file, without Database", func(t *testing.T, dir string) string {
			p := writeNetvetFile(t, dir, 1)
			b, _ := os.ReadFile(p)
			clear(b[2*os.Getpagesize():])
			return writeFile(t, dir, b)
		}, WriteOptions{Overwrite: true}, "is a database; netvet never writes over one"},
	}
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			dir := t.TempDir()
			path := c.make(t, dir)
			before, _ := os.Lstat(path)
			var hash string
			if before.Mode().IsRegular() {
				hash = fileHash(t, path)
			}
			names := folderNames(t, dir)
			done := make(chan error, 1)
			go func() { done <- WriteFile(path, c.opt, writeString("replaced")) }()
			var err error
			select {
			case err = <-done:
			case <-time.After(10 * time.Second):
				t.Fatal("WriteFile did not return")
			}
			if !errors.Is(err, ErrWontReplace) || !strings.Contains(err.Error(), c.want) || strings.Contains(err.Error(), "\n") {
				t.Fatalf("WriteFile = %v, want ErrWontReplace saying %q in one line", err, c.want)
			}
			after, _ := os.Lstat(path)
			if after == nil || after.Mode() != before.Mode() || !os.SameFile(before, after) {
				t.Errorf("the target changed: %v, was %v", after, before)
			}
			if hash != "" && fileHash(t, path) != hash {
				t.Error("the target's bytes changed")
			}
			if got := folderNames(t, dir); strings.Join(got, ",") != strings.Join(names, ",") {
				t.Errorf("the folder holds %v, held %v", got, names)
			}
		})
	}
}

// TestWriteFileFollowsALinkToARegularFile: the link stays, the file it
// names gets the new content.
func TestWriteFileFollowsALinkToARegularFile(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real.json")
	if err := os.WriteFile(real, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.json")
	if err := os.Symlink(real, link); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(link, WriteOptions{}, writeString("new")); !errors.Is(err, fs.ErrExist) {
		t.Errorf("without Overwrite: %v, want fs.ErrExist", err)
	}
	if err := WriteFile(link, WriteOptions{Overwrite: true}, writeString("new")); err != nil {
		t.Fatal(err)
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link is gone: %v %v", info, err)
	}
	if b, _ := os.ReadFile(real); string(b) != "new" {
		t.Errorf("the linked file holds %q", b)
	}
}

// TestWriteFileReplacesADatabaseOnlyUnderItsLock: with Database, a netvet
// database nobody has open is replaced; one that a netvet holds open,
// for writing or reading, is refused with ErrLocked and unchanged.
func TestWriteFileReplacesADatabaseOnlyUnderItsLock(t *testing.T) {
	for _, readOnly := range []bool{false, true} {
		t.Run(fmt.Sprintf("held read-only %v", readOnly), func(t *testing.T) {
			path := writeNetvetFile(t, t.TempDir(), 1)
			s, err := Open(path, Options{ReadOnly: readOnly})
			if err != nil {
				t.Fatal(err)
			}
			hash := fileHash(t, path)
			err = WriteFile(path, WriteOptions{Overwrite: true, Database: true}, writeString("replaced"))
			if !errors.Is(err, ErrLocked) || !strings.Contains(err.Error(), "is open in another netvet") {
				t.Errorf("WriteFile over an open database = %v, want ErrLocked", err)
			}
			if fileHash(t, path) != hash {
				t.Error("the open database changed")
			}
			s.Close()
			if err := WriteFile(path, WriteOptions{Overwrite: true, Database: true}, writeString("replaced")); err != nil {
				t.Errorf("WriteFile over the closed database: %v", err)
			}
		})
	}
}

// TestWriteFileNamedOrUnnamed: both kinds of temporary file give the same
// results and leave nothing behind.
func TestWriteFileNamedOrUnnamed(t *testing.T) {
	errWrite := errors.New("disk on fire")
	for _, unnamed := range []bool{true, false} {
		for _, c := range []struct {
			rule      string
			existing  bool
			overwrite bool
			write     func(io.Writer) error
			wantErr   error
			want      string
		}{
			{rule: "new", write: writeString("new"), want: "new"},
			{rule: "kept", existing: true, write: writeString("new"), wantErr: fs.ErrExist, want: "old"},
			{rule: "replaced", existing: true, overwrite: true, write: writeString("new"), want: "new"},
			{rule: "failed", existing: true, overwrite: true, write: func(w io.Writer) error { io.WriteString(w, "half"); return errWrite }, wantErr: errWrite, want: "old"},
		} {
			t.Run(fmt.Sprintf("%s unnamed %v", c.rule, unnamed), func(t *testing.T) {
				dir := t.TempDir()
				path := filepath.Join(dir, "out.json")
				if c.existing {
					if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
						t.Fatal(err)
					}
				}
				err := writeTarget(path, WriteOptions{Overwrite: c.overwrite}, c.write, unnamed)
				if !errors.Is(err, c.wantErr) || (c.wantErr == nil && err != nil) {
					t.Fatalf("error = %v, want %v", err, c.wantErr)
				}
				if b, _ := os.ReadFile(path); string(b) != c.want {
					t.Errorf("file holds %q, want %q", b, c.want)
				}
				if got := folderNames(t, dir); len(got) != 1 {
					t.Errorf("the folder holds %v, want only out.json", got)
				}
				if info, _ := os.Stat(path); c.wantErr == nil && info.Mode().Perm() != 0o600 {
					t.Errorf("mode %v, want 0600", info.Mode().Perm())
				}
			})
		}
	}
}

// Environment of the killed writer of TestKilledWriteLeavesNoCopy.
const (
	killWriterEnv  = "NETVET_TEST_KILLED_WRITER"
	killUnnamedEnv = "NETVET_TEST_KILLED_UNNAMED"
)

// TestKilledWriteLeavesNoCopy kills a writer (this test binary again) in
// the middle of writing a megabyte. Where the system has unnamed
// temporary files, nothing is left behind at all; otherwise (and with
// named files forced) the hidden copy left behind is removed by the next
// write once it is older than staleAge and nobody holds it — but not while
// its writer is alive.
func TestKilledWriteLeavesNoCopy(t *testing.T) {
	if path := os.Getenv(killWriterEnv); path != "" {
		killedWriter(path, os.Getenv(killUnnamedEnv) == "1")
		return
	}
	for _, unnamed := range []bool{true, false} {
		t.Run(fmt.Sprintf("unnamed %v", unnamed), func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "copy.db")
			probe, ok := createUnnamed(dir)
			if ok {
				probe.Close()
			}
			cmd, lines := startKilledWriter(t, path, unnamed)
			if line := <-lines; line != "halfway" {
				t.Fatalf("the writer said %q", line)
			}
			left := folderNames(t, dir)
			if unnamed && ok && len(left) != 0 {
				t.Errorf("while writing, the folder holds %v: the unnamed file has a name", left)
			}
			// Alive, the writer's file is never stale, however old.
			makeOld(t, dir)
			if err := WriteFile(filepath.Join(dir, "copy.db"), WriteOptions{}, writeString("other")); err != nil {
				t.Fatal(err)
			}
			os.Remove(path)
			if got := folderNames(t, dir); len(got) != len(left) {
				t.Errorf("a write removed the live writer's file: %v, was %v", got, left)
			}
			if err := cmd.Process.Kill(); err != nil {
				t.Fatal(err)
			}
			_ = cmd.Wait()
			left = folderNames(t, dir)
			if unnamed && ok {
				if len(left) != 0 {
					t.Fatalf("the killed writer left %v", left)
				}
				return
			}
			if len(left) != 1 || !strings.HasPrefix(left[0], ".copy.db"+tmpInfix) {
				t.Fatalf("the killed writer left %v, want its hidden copy", left)
			}
			// A fresh leftover stays: it may be a slow writer's.
			now := time.Now()
			if err := os.Chtimes(filepath.Join(dir, left[0]), now, now); err != nil {
				t.Fatal(err)
			}
			if err := WriteFile(path, WriteOptions{}, writeString("next")); err != nil {
				t.Fatal(err)
			}
			os.Remove(path)
			if got := folderNames(t, dir); len(got) != 1 {
				t.Errorf("a fresh leftover was removed: %v", got)
			}
			makeOld(t, dir)
			if err := WriteFile(path, WriteOptions{}, writeString("next")); err != nil {
				t.Fatal(err)
			}
			if got := folderNames(t, dir); len(got) != 1 || got[0] != "copy.db" {
				t.Errorf("after the next write the folder holds %v, want only copy.db", got)
			}
		})
	}
}

// startKilledWriter starts the writer and returns it with its output.
func startKilledWriter(t *testing.T, path string, unnamed bool) (*exec.Cmd, <-chan string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestKilledWriteLeavesNoCopy$", "-test.count=1")
	flag := "0"
	if unnamed {
		flag = "1"
	}
	cmd.Env = append(os.Environ(), killWriterEnv+"="+path, killUnnamedEnv+"="+flag)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	lines := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	return cmd, lines
}

// killedWriter writes half a file, says so, and waits to be killed.
func killedWriter(path string, unnamed bool) {
	err := writeTarget(path, WriteOptions{}, func(w io.Writer) error {
		if _, err := w.Write(make([]byte, 1<<20)); err != nil {
			return err
		}
		fmt.Println("halfway")
		time.Sleep(time.Minute)
		return nil
	}, unnamed)
	fmt.Println(err)
	os.Exit(1)
}

// makeOld dates every file in dir back past staleAge.
func makeOld(t *testing.T, dir string) {
	t.Helper()
	old := time.Now().Add(-2 * staleAge)
	for _, name := range folderNames(t, dir) {
		if err := os.Chtimes(filepath.Join(dir, name), old, old); err != nil {
			t.Fatal(err)
		}
	}
}
