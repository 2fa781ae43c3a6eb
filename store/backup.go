package store

import (
	"fmt"
	"io"
)

// Backup writes a consistent copy of the whole database to path, while
// other reads go on: bbolt's Tx.WriteTo inside one read transaction, written
// with WriteFile. Before the copy takes path's place it is opened read-only
// and must pass Check. Unless overwrite is true an existing path is refused
// with an error wrapping fs.ErrExist; with it, an older copy — a netvet
// database that no netvet has open — may be replaced, but never anything
// WriteFile refuses, nor a database another netvet has open (ErrLocked).
// It returns the size of the copy.
func (s *Store) Backup(path string, overwrite bool) (int64, error) {
	var size int64
	write := func(w io.Writer) error {
		var err error
		size, err = s.WriteTo(w)
		return err
	}
	if err := WriteFile(path, WriteOptions{Overwrite: overwrite, Database: true, Verify: verifyCopy}, write); err != nil {
		return 0, err
	}
	return size, nil
}

// verifyCopy opens the copy at path read-only and returns the first problem
// Check finds, if any.
func verifyCopy(path string) error {
	c, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		return err
	}
	problems := c.Check()
	if err := c.Close(); err != nil {
		return err
	}
	if len(problems) > 0 {
		return fmt.Errorf("verify copy: %w", problems[0])
	}
	return nil
}
