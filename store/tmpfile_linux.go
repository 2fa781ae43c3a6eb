package store

import (
	"crypto/rand"
	"errors"
	"os"
	"path/filepath"
	"strconv"

	"golang.org/x/sys/unix"
)

// procFD is where Linux shows a process's open files by number; linking
// an unnamed file into a folder goes through it.
const procFD = "/proc/self/fd/"

// createUnnamed makes an unnamed file in dir (O_TMPFILE), which
// disappears with the process unless it is linked in; ok is false where
// the file system has no such files or /proc is missing.
func createUnnamed(dir string) (f *os.File, ok bool) {
	if _, err := os.Stat(procFD); err != nil {
		return nil, false
	}
	fd, err := unix.Open(dir, unix.O_TMPFILE|unix.O_WRONLY|unix.O_CLOEXEC, 0o600)
	if err != nil {
		return nil, false
	}
	return os.NewFile(uintptr(fd), filepath.Join(dir, "(unnamed)")), true
}

// unnamedPath is a path that opens the unnamed file f.
func unnamedPath(f *os.File) string {
	return procFD + strconv.Itoa(int(f.Fd()))
}

// linkUnnamed gives the unnamed file f the name path, failing with an
// error wrapping fs.ErrExist when path exists.
func linkUnnamed(f *os.File, path string) error {
	err := unix.Linkat(unix.AT_FDCWD, unnamedPath(f), unix.AT_FDCWD, path, unix.AT_SYMLINK_FOLLOW)
	if err != nil {
		return &os.LinkError{Op: "link", Old: unnamedPath(f), New: path, Err: err}
	}
	return nil
}

// linkUnnamedTemp gives the unnamed file f a new name in dir that starts
// with prefix, and returns it.
func linkUnnamedTemp(f *os.File, dir, prefix string) (string, error) {
	for {
		name := filepath.Join(dir, prefix+rand.Text()[:10])
		err := linkUnnamed(f, name)
		if !errors.Is(err, os.ErrExist) {
			return name, err
		}
	}
}
