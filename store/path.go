package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// Environment variables and folders that decide where the database lives
// (SPEC.md 2).
const (
	// EnvDB names the database file, overriding the XDG location.
	EnvDB = "NETVET_DB"
	// envXDGDataHome is the XDG base directory for user data.
	envXDGDataHome = "XDG_DATA_HOME"
	// appDir is netvet's folder inside the data home.
	appDir = "netvet"
	// fileName is the database's file name inside appDir.
	fileName = "netvet.db"
)

// ResolvePath says which database file to use: flagValue (from --db) if it
// is not empty, else $NETVET_DB, else $XDG_DATA_HOME/netvet/netvet.db, else
// ~/.local/share/netvet/netvet.db. A leading "~/" in flagValue or
// $NETVET_DB stands for the home folder, since a shell leaves it alone in
// --db=~/x. The result is absolute.
func ResolvePath(flagValue string) (string, error) {
	if flagValue != "" {
		return absolute(flagValue)
	}
	if v := os.Getenv(EnvDB); v != "" {
		return absolute(v)
	}
	// The XDG specification says to ignore a relative $XDG_DATA_HOME.
	if v := os.Getenv(envXDGDataHome); v != "" && filepath.IsAbs(v) {
		return filepath.Join(v, appDir, fileName), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf(msgNoHome, err)
	}
	return filepath.Join(home, ".local", "share", appDir, fileName), nil
}

// DefaultPath is the database file used when no --db flag is given.
func DefaultPath() (string, error) {
	return ResolvePath("")
}

// absolute expands a leading "~/" and makes p absolute.
func absolute(p string) (string, error) {
	if strings.HasPrefix(p, "~"+string(filepath.Separator)) {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf(msgNoHome, err)
		}
		p = filepath.Join(home, p[1:])
	}
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", fmt.Errorf(msgBadPath, p, err)
	}
	return abs, nil
}

// fileKind names the kind of a file that is not a regular file.
func fileKind(mode os.FileMode) string {
	switch {
	case mode&os.ModeNamedPipe != 0:
		return kindFIFO
	case mode&(os.ModeDevice|os.ModeCharDevice) != 0:
		return kindDevice
	case mode&os.ModeSocket != 0:
		return kindSocket
	case mode&os.ModeSymlink != 0:
		return kindSymlink
	case mode.IsDir():
		return kindFolder
	}
	return kindOther
}

// MkdirAll makes dir and the folders above it that are missing, with mode
// perm, and syncs the parent of each folder it makes, from the top down: a
// new folder, like a new file, is only sure to be there after a crash once
// the folder holding it has been synced.
func MkdirAll(dir string, perm os.FileMode) error {
	return mkdirAll(dir, perm, syncDir)
}

// mkdirAll is MkdirAll with the sync as a parameter, for tests.
func mkdirAll(dir string, perm os.FileMode, sync func(dir string)) error {
	var missing []string
	for d := filepath.Clean(dir); ; d = filepath.Dir(d) {
		info, err := os.Stat(d)
		if err == nil {
			if !info.IsDir() {
				return &fs.PathError{Op: "mkdir", Path: d, Err: syscall.ENOTDIR}
			}
			break
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return err
		}
		missing = append(missing, d)
		if filepath.Dir(d) == d {
			break
		}
	}
	for i := len(missing) - 1; i >= 0; i-- {
		if err := os.Mkdir(missing[i], perm); err != nil && !errors.Is(err, fs.ErrExist) {
			return err
		}
		sync(filepath.Dir(missing[i]))
	}
	return nil
}
