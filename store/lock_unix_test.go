//go:build unix

package store

import (
	"os"
	"syscall"
	"testing"
)

// TestRefusedFileIsNotLeftLocked: even when bbolt panics on a damaged file,
// Open lets go of the file, so that another program can lock it.
func TestRefusedFileIsNotLeftLocked(t *testing.T) {
	path := writeNetvetFile(t, t.TempDir(), 3)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	clear(b[2*os.Getpagesize():])
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(path, Options{}); err == nil {
		t.Fatal("Open of a damaged file succeeded")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		t.Errorf("the refused file is still locked: %v", err)
	}
}
