//go:build unix

package tui

import (
	"errors"
	"os"
	"syscall"
)

// errIsSymlink is what openNoFollow returns for a symbolic link.
var errIsSymlink = errors.New("is a symbolic link")

// openNoFollow opens path for reading, refusing a symbolic link in its
// last part (O_NOFOLLOW) instead of opening what it points to.
func openNoFollow(path string) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NOFOLLOW, 0)
	if errors.Is(err, syscall.ELOOP) {
		return nil, errIsSymlink
	}
	return f, err
}
