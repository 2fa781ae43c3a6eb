package store

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

func TestWriteFileAtomic(t *testing.T) {
	errWrite := errors.New("disk on fire")
	write := func(s string) func(io.Writer) error {
		return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
	}
	cases := []struct {
		rule      string
		existing  *string
		overwrite bool
		write     func(io.Writer) error
		wantErr   error
		want      string
	}{
		{rule: "a new file is written", write: write("new"), want: "new"},
		{rule: "an existing file is kept without overwrite", existing: ptr("old"), write: write("new"), wantErr: fs.ErrExist, want: "old"},
		{rule: "an existing file is replaced with overwrite", existing: ptr("old"), overwrite: true, write: write("new"), want: "new"},
		{rule: "a failed write leaves the old file", existing: ptr("old"), overwrite: true,
			write: func(w io.Writer) error { io.WriteString(w, "half"); return errWrite }, wantErr: errWrite, want: "old"},
	}
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "out.json")
			if c.existing != nil {
				if err := os.WriteFile(path, []byte(*c.existing), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			err := WriteFileAtomic(path, c.overwrite, c.write)
			if !errors.Is(err, c.wantErr) || (c.wantErr == nil && err != nil) {
				t.Fatalf("error = %v, want %v", err, c.wantErr)
			}
			got, rerr := os.ReadFile(path)
			if rerr != nil || string(got) != c.want {
				t.Errorf("file holds %q (%v), want %q", got, rerr, c.want)
			}
			entries, _ := os.ReadDir(dir)
			if len(entries) != 1 {
				t.Errorf("the folder holds %d files, want only out.json (no temporary file left)", len(entries))
			}
			if c.wantErr == nil {
				if info, err := os.Stat(path); err != nil || info.Mode().Perm() != 0o600 {
					t.Errorf("mode = %v (%v), want 0600", info.Mode().Perm(), err)
				}
			}
		})
	}
}

func TestStoreBackupIsASoundCopy(t *testing.T) {
	s, _ := openTest(t)
	mustCreate(t, s, fullNetwork("Alpha"))
	mustCreate(t, s, fullNetwork("Beta"))
	target := filepath.Join(t.TempDir(), "copy.db")

	size, err := s.Backup(target, false)
	if err != nil {
		t.Fatalf("Backup: %v", err)
	}
	info, err := os.Stat(target)
	if err != nil || info.Size() != size || info.Mode().Perm() != 0o600 {
		t.Fatalf("copy: %v, size %d (Backup said %d), mode %v", err, info.Size(), size, info.Mode().Perm())
	}
	c, err := Open(target, Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("open the copy: %v", err)
	}
	defer c.Close()
	if problems := c.Check(); len(problems) > 0 {
		t.Errorf("the copy has problems: %v", problems)
	}
	if got := names(mustNetworks(t, c)); strings.Join(got, ",") != "Alpha,Beta" {
		t.Errorf("the copy holds %q", got)
	}

	before := fileHash(t, target)
	if _, err := s.Backup(target, false); !errors.Is(err, fs.ErrExist) {
		t.Errorf("a second backup without overwrite: %v, want fs.ErrExist", err)
	}
	if fileHash(t, target) != before {
		t.Error("a refused backup changed the existing file")
	}
}

func TestStoreBackupWhileOthersRead(t *testing.T) {
	s, _ := openTest(t)
	mustCreate(t, s, fullNetwork("Alpha"))
	path := s.Path()
	s.Close()

	// Two read-only opens share the file; one keeps reading while the
	// other makes copies.
	reader, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("open reader: %v", err)
	}
	defer reader.Close()
	backer, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("open a second reader: %v", err)
	}
	defer backer.Close()

	stop := make(chan struct{})
	var wg sync.WaitGroup
	var reads int
	var readErr error
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			default:
			}
			if _, err := reader.Networks(); err != nil {
				readErr = err
				return
			}
			reads++
		}
	}()
	dir := t.TempDir()
	for i := range 5 {
		target := filepath.Join(dir, "copy"+string(rune('0'+i))+".db")
		if _, err := backer.Backup(target, false); err != nil {
			t.Errorf("backup %d: %v", i, err)
		}
	}
	close(stop)
	wg.Wait()
	if readErr != nil || reads == 0 {
		t.Errorf("the concurrent reader: %d reads, error %v", reads, readErr)
	}
}
