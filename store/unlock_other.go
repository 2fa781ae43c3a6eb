//go:build !unix

package store

import "os"

// unlockFile does nothing beyond what closing f does: outside Unix, bbolt's
// lock belongs to the file handle, which the caller closes.
func unlockFile(f *os.File) {}
