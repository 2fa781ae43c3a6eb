package store

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// WriteFileAtomic writes the file at path so that it holds either its old
// content or the complete new one, never a part: write gets a temporary
// file (mode 0600) in path's folder, which is synced, closed and then moved
// to path; the folder is synced after the move. Unless overwrite is true an
// existing file is left alone and the error wraps fs.ErrExist. On any error
// the temporary file is removed.
func WriteFileAtomic(path string, overwrite bool, write func(w io.Writer) error) error {
	return writeAtomic(path, overwrite, write, nil)
}

// Backup writes a consistent copy of the whole database to path, while
// other reads go on: bbolt's Tx.WriteTo inside one read transaction, written
// with WriteFileAtomic. Before the copy takes path's place it is opened
// read-only and must pass Check. Unless overwrite is true an existing path
// is refused with an error wrapping fs.ErrExist. It returns the size of the
// copy.
func (s *Store) Backup(path string, overwrite bool) (int64, error) {
	var size int64
	write := func(w io.Writer) error {
		var err error
		size, err = s.WriteTo(w)
		return err
	}
	if err := writeAtomic(path, overwrite, write, verifyCopy); err != nil {
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

// writeAtomic is WriteFileAtomic with a check of the finished temporary
// file before it is moved into place.
func writeAtomic(path string, overwrite bool, write func(w io.Writer) error, verify func(tmp string) error) (err error) {
	if !overwrite {
		if _, err := os.Lstat(path); err == nil {
			return &fs.PathError{Op: "write", Path: path, Err: fs.ErrExist}
		}
	}
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			os.Remove(tmp)
		}
	}()
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if verify != nil {
		if err := verify(tmp); err != nil {
			return err
		}
	}
	if overwrite {
		err = os.Rename(tmp, path)
	} else {
		err = linkNew(tmp, path)
	}
	if err != nil {
		return err
	}
	syncDir(dir)
	return nil
}

// linkNew moves tmp to path only if path does not exist: a hard link fails
// on an existing file, so no file that appeared meanwhile is replaced.
// Without hard links it falls back to a rename checked just before.
func linkNew(tmp, path string) error {
	err := os.Link(tmp, path)
	switch {
	case err == nil:
		// The copy is in place; a leftover temporary name is harmless.
		_ = os.Remove(tmp)
		return nil
	case errors.Is(err, fs.ErrExist):
		return &fs.PathError{Op: "write", Path: path, Err: fs.ErrExist}
	}
	if _, serr := os.Lstat(path); serr == nil {
		return &fs.PathError{Op: "write", Path: path, Err: fs.ErrExist}
	}
	return os.Rename(tmp, path)
}
