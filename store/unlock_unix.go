//go:build unix

package store

import (
	"os"
	"syscall"
)

// unlockFile drops bbolt's lock on f. Closing f is not enough while bbolt's
// memory map of the file is still there: the map keeps the locked file open.
func unlockFile(f *os.File) {
	_ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
}
