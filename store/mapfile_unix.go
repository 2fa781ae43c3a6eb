//go:build unix

package store

import (
	"os"
	"syscall"
)

// mapFile maps the first size bytes of f into memory, read-only, and
// returns them with the function that unmaps them.
func mapFile(f *os.File, size int64) ([]byte, func(), error) {
	data, err := syscall.Mmap(int(f.Fd()), 0, int(size), syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		return nil, nil, err
	}
	return data, func() { _ = syscall.Munmap(data) }, nil
}
