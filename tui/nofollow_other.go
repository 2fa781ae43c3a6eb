//go:build !unix

package tui

import (
	"errors"
	"os"
)

// errIsSymlink is what openNoFollow returns for a symbolic link.
var errIsSymlink = errors.New("is a symbolic link")

// openNoFollow opens path for reading, refusing a symbolic link. Without
// O_NOFOLLOW the check comes first; readBack's comparison with the file
// netvet made catches a link put in place between the two.
func openNoFollow(path string) (*os.File, error) {
	if info, err := os.Lstat(path); err == nil && info.Mode()&os.ModeSymlink != 0 {
		return nil, errIsSymlink
	}
	return os.Open(path)
}
