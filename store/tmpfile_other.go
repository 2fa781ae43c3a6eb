//go:build !linux

package store

import (
	"errors"
	"os"
)

// errNoUnnamed: only Linux has unnamed files here.
var errNoUnnamed = errors.New("no unnamed files on this system")

// createUnnamed reports that this system has no unnamed files.
func createUnnamed(dir string) (*os.File, bool) { return nil, false }

// unnamedPath is never called without an unnamed file.
func unnamedPath(f *os.File) string { return f.Name() }

// linkUnnamed is never called without an unnamed file.
func linkUnnamed(f *os.File, path string) error { return errNoUnnamed }

// linkUnnamedTemp is never called without an unnamed file.
func linkUnnamedTemp(f *os.File, dir, prefix string) (string, error) { return "", errNoUnnamed }
