//go:build !unix

package store

import (
	"os"
	"time"
)

// unlockFile does nothing beyond what closing f does: outside Unix, bbolt's
// lock belongs to the file handle, which the caller closes.
func unlockFile(f *os.File) {}

// lockFile does nothing outside Unix, where bbolt's own lock is the only
// one.
func lockFile(f *os.File, exclusive bool, timeout time.Duration) error { return nil }

// openNonBlocking opens path for reading.
func openNonBlocking(path string) (*os.File, error) {
	return os.Open(path)
}

// openFileNonBlocking is os.OpenFile.
func openFileNonBlocking(name string, flag int, perm os.FileMode) (*os.File, error) {
	return os.OpenFile(name, flag, perm)
}
