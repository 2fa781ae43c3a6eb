package store

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
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
