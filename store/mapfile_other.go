//go:build !unix

package store

import (
	"io"
	"os"
)

// mapFile reads the first size bytes of f: without mmap, a copy does.
func mapFile(f *os.File, size int64) ([]byte, func(), error) {
	data := make([]byte, size)
	if n, err := f.ReadAt(data, 0); n < len(data) {
		if err == nil || err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return nil, nil, err
	}
	return data, func() {}, nil
}
