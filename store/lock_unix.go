//go:build unix

package store

import (
	"errors"
	"os"
	"syscall"
	"time"

	berrors "go.etcd.io/bbolt/errors"
)

// lockPoll is how often a lock held by another program is tried again;
// bbolt waits as long between its tries.
const lockPoll = 50 * time.Millisecond

// unlockFile drops bbolt's lock on f. Closing f is not enough while bbolt's
// memory map of the file is still there: the map keeps the locked file open.
func unlockFile(f *os.File) {
	_ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
}

// lockFile takes the lock bbolt takes on a database file — flock, shared
// for reading or exclusive for writing — trying again until timeout has
// passed; then it fails with bbolt's ErrTimeout. A timeout of 0 tries
// once.
func lockFile(f *os.File, exclusive bool, timeout time.Duration) error {
	how := syscall.LOCK_SH
	if exclusive {
		how = syscall.LOCK_EX
	}
	deadline := time.Now().Add(timeout)
	for {
		err := syscall.Flock(int(f.Fd()), how|syscall.LOCK_NB)
		if !errors.Is(err, syscall.EWOULDBLOCK) {
			return err
		}
		if !time.Now().Before(deadline) {
			return berrors.ErrTimeout
		}
		time.Sleep(min(lockPoll, time.Until(deadline)))
	}
}

// openNonBlocking opens path for reading without waiting: opening a named
// pipe that nobody writes to would wait forever.
func openNonBlocking(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}

// openFileNonBlocking is os.OpenFile that does not wait on a named pipe.
func openFileNonBlocking(name string, flag int, perm os.FileMode) (*os.File, error) {
	return os.OpenFile(name, flag|syscall.O_NONBLOCK, perm)
}
