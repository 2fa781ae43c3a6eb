package store

import (
	"encoding/binary"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// WriteOptions say what WriteFile may replace.
type WriteOptions struct {
	// Overwrite allows replacing an existing regular file. Without it an
	// existing path is refused with an error wrapping fs.ErrExist.
	Overwrite bool
	// Database allows, with Overwrite, replacing a netvet database (a
	// backup over an older backup) once WriteFile holds its lock: one
	// that another netvet has open is refused with ErrLocked. Without it
	// no bbolt file is ever replaced, and with it no bbolt file of
	// another program is.
	Database bool
	// Verify, if not nil, checks the finished temporary file before it is
	// put in place; path opens it.
	Verify func(path string) error
}

// WriteFile writes the file at path so that it holds either its old
// content or the complete new one, never a part, with mode 0600. write
// gets a temporary file in path's folder: an unnamed one where the system
// has them (O_TMPFILE), so that a writer killed halfway leaves nothing
// behind, else a hidden one named after path, removed on any error. The
// file is synced, put in place — linked, so that a file that appeared
// meanwhile is not replaced, or renamed over the old file — and the folder
// is synced. Named temporary files of earlier writers that were killed are
// removed first (see removeStale).
//
// Whatever the options, WriteFile never replaces anything but a regular
// file — no folder, device, named pipe or socket, nor a symbolic link to
// one; a symbolic link to a regular file is followed, and the file it
// names is replaced — and never a bbolt file unless opt.Database allows
// it. Such a target is refused with ErrWontReplace and left untouched.
func WriteFile(path string, opt WriteOptions, write func(w io.Writer) error) error {
	return writeTarget(path, opt, write, true)
}

// WriteFileAtomic is WriteFile that may replace a regular file when
// overwrite is true.
func WriteFileAtomic(path string, overwrite bool, write func(w io.Writer) error) error {
	return WriteFile(path, WriteOptions{Overwrite: overwrite}, write)
}

// writeTarget is WriteFile; unnamed false makes it use a named temporary
// file even where an unnamed one is possible, for tests.
func writeTarget(path string, opt WriteOptions, write func(w io.Writer) error, unnamed bool) (err error) {
	t, err := checkTarget(path, opt)
	if err != nil {
		return err
	}
	defer t.release()
	dir := filepath.Dir(t.path)
	removeStale(dir, filepath.Base(t.path), time.Now())
	tmp, err := newTempFile(dir, filepath.Base(t.path), unnamed)
	if err != nil {
		return err
	}
	defer tmp.discard()
	if err := write(tmp.f); err != nil {
		return err
	}
	if err := tmp.f.Sync(); err != nil {
		return err
	}
	if opt.Verify != nil {
		if err := opt.Verify(tmp.openPath()); err != nil {
			return err
		}
	}
	if err := t.stillThere(); err != nil {
		return err
	}
	if err := tmp.place(t.path, t.info != nil); err != nil {
		return err
	}
	syncDir(dir)
	return nil
}

// target is the file WriteFile is to write: path, with a symbolic link
// resolved; info is nil when nothing is there. lock, when not nil, is the
// replaced database, locked against any netvet until it is replaced.
type target struct {
	path string
	info os.FileInfo
	lock *os.File
}

// release lets go of the replaced database's lock.
func (t *target) release() {
	if t.lock != nil {
		_ = t.lock.Close()
	}
}

// checkTarget finds out what is at path and refuses to replace it unless
// opt allows it (see WriteFile).
func checkTarget(path string, opt WriteOptions) (*target, error) {
	info, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return &target{path: path}, nil
	}
	if err != nil {
		return nil, err
	}
	if !opt.Overwrite {
		return nil, &fs.PathError{Op: "write", Path: path, Err: fs.ErrExist}
	}
	real := path
	if info.Mode()&os.ModeSymlink != 0 {
		if real, err = filepath.EvalSymlinks(path); err != nil {
			return nil, errorf(ErrWontReplace, err, msgTargetDangling, path)
		}
		if info, err = os.Lstat(real); err != nil {
			return nil, err
		}
	}
	if !info.Mode().IsRegular() {
		return nil, errorf(ErrWontReplace, nil, msgTargetNotRegular, path, fileKind(info.Mode()))
	}
	t := &target{path: real, info: info}
	isBolt, f, err := openTarget(real, info)
	if err != nil || !isBolt {
		if f != nil {
			f.Close()
		}
		return t, err
	}
	if err := checkDatabaseTarget(path, opt, f); err != nil {
		f.Close()
		return nil, err
	}
	t.lock = f
	return t, nil
}

// openTarget opens the regular file that info describes, without waiting
// on a named pipe put there meanwhile, and says whether it is a bbolt
// file.
func openTarget(path string, info os.FileInfo) (bool, *os.File, error) {
	f, err := openNonBlocking(path)
	if err != nil {
		return false, nil, err
	}
	now, err := f.Stat()
	if err != nil || !os.SameFile(now, info) {
		f.Close()
		return false, nil, errorf(ErrWontReplace, nil, msgTargetChanged, path)
	}
	isBolt, err := hasBoltMagic(f)
	return isBolt, f, err
}

// checkDatabaseTarget allows replacing the bbolt file f at path only with
// opt.Database, only when it is a netvet database, and only when no netvet
// has it open; then f holds its lock.
func checkDatabaseTarget(path string, opt WriteOptions, f *os.File) error {
	if !opt.Database {
		return errorf(ErrWontReplace, nil, msgTargetIsDatabase, path)
	}
	s, err := Open(f.Name(), Options{ReadOnly: true, Timeout: time.Millisecond})
	switch {
	case err == nil:
		s.Close()
	case errors.Is(err, ErrLocked):
		return errorf(ErrLocked, nil, msgTargetLocked, path)
	case errors.Is(err, ErrNewerSchema), errors.Is(err, ErrOlderSchema):
	default:
		return errorf(ErrWontReplace, err, msgTargetForeign, path)
	}
	if err := lockFile(f, true, 0); err != nil {
		return errorf(ErrLocked, nil, msgTargetLocked, path)
	}
	return nil
}

// stillThere makes sure that what is at the target now is what was
// checked, so that nothing that appeared meanwhile is replaced.
func (t *target) stillThere() error {
	if t.info == nil {
		// place links the new file: it fails on anything that appeared.
		return nil
	}
	now, err := os.Lstat(t.path)
	if err != nil || !os.SameFile(now, t.info) {
		return errorf(ErrWontReplace, nil, msgTargetChanged, t.path)
	}
	return nil
}

// hasBoltMagic reports whether r starts like a bbolt file: the magic
// number of a meta page, in either byte order, at the start or where the
// second meta page lies for any page size bbolt allows. A damaged bbolt
// file counts too.
func hasBoltMagic(r io.ReaderAt) (bool, error) {
	var b [4]byte
	for _, off := range boltMetaOffsets() {
		n, err := r.ReadAt(b[:], off+boltPageHeader)
		if n < len(b) {
			if err == nil || errors.Is(err, io.EOF) {
				return false, nil
			}
			return false, err
		}
		if binary.LittleEndian.Uint32(b[:]) == boltMagic || binary.BigEndian.Uint32(b[:]) == boltMagic {
			return true, nil
		}
	}
	return false, nil
}

// boltMetaOffsets are the offsets where a bbolt meta page can start.
func boltMetaOffsets() []int64 {
	offs := []int64{0}
	for shift := 0; shift <= boltMaxPageShift; shift++ {
		offs = append(offs, int64(1024)<<shift)
	}
	return offs
}

// The names of named temporary files: "." + the target's name + tmpInfix +
// random characters (os.CreateTemp's pattern).
const tmpInfix = ".tmp-"

// staleAge is how old a named temporary file nobody holds must be before
// removeStale deletes it: long past any write in progress.
const staleAge = time.Hour

// removeStale deletes the named temporary files for name in dir that an
// earlier writer left when it was killed: regular files older than
// staleAge that no process holds locked (a writer holds its temporary file
// locked until it is done).
func removeStale(dir, name string, now time.Time) {
	matches, err := filepath.Glob(filepath.Join(dir, "."+globEscape(name)+tmpInfix+"*"))
	if err != nil {
		return
	}
	for _, m := range matches {
		info, err := os.Lstat(m)
		if err != nil || !info.Mode().IsRegular() || now.Sub(info.ModTime()) < staleAge {
			continue
		}
		f, err := openNonBlocking(m)
		if err != nil {
			continue
		}
		if same, err := f.Stat(); err == nil && os.SameFile(same, info) && lockFile(f, true, 0) == nil {
			_ = os.Remove(m)
		}
		f.Close()
	}
}

// globEscape quotes the characters filepath.Match treats specially.
func globEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, "*", `\*`, "?", `\?`, "[", `\[`).Replace(s)
}

// tempFile is a temporary file being written, unnamed or named.
type tempFile struct {
	f *os.File
	// name is the named file's path, "" while an unnamed one has none.
	name string
	done bool
}

// newTempFile makes the temporary file for name in dir: unnamed when
// asked and possible, else named. Either is locked, shared, while it is
// written, so that removeStale leaves it alone and Verify can still open
// it.
func newTempFile(dir, name string, unnamed bool) (*tempFile, error) {
	if unnamed {
		if f, ok := createUnnamed(dir); ok {
			if err := lockFile(f, false, 0); err != nil {
				f.Close()
				return nil, err
			}
			return &tempFile{f: f}, nil
		}
	}
	f, err := os.CreateTemp(dir, "."+name+tmpInfix+"*")
	if err != nil {
		return nil, err
	}
	if err := lockFile(f, false, 0); err != nil {
		f.Close()
		os.Remove(f.Name())
		return nil, err
	}
	return &tempFile{f: f, name: f.Name()}, nil
}

// openPath is a path that opens the temporary file.
func (t *tempFile) openPath() string {
	if t.name != "" {
		return t.name
	}
	return unnamedPath(t.f)
}

// place puts the finished file at path: linked when nothing was there
// (exists false), so that a file that appeared meanwhile stays; renamed
// over the old file otherwise.
func (t *tempFile) place(path string, exists bool) error {
	if t.name == "" {
		if !exists {
			if err := linkUnnamed(t.f, path); err != nil {
				if errors.Is(err, fs.ErrExist) {
					return &fs.PathError{Op: "write", Path: path, Err: fs.ErrExist}
				}
				return err
			}
			t.done = true
			return nil
		}
		// A rename needs a name: link the finished file under one first.
		name, err := linkUnnamedTemp(t.f, filepath.Dir(path), "."+filepath.Base(path)+tmpInfix)
		if err != nil {
			return err
		}
		t.name = name
	}
	var err error
	if exists {
		err = os.Rename(t.name, path)
	} else {
		err = linkNew(t.name, path)
	}
	if err == nil {
		t.done = true
	}
	return err
}

// discard closes the temporary file and removes its name unless it was
// put in place.
func (t *tempFile) discard() {
	_ = t.f.Close()
	if !t.done && t.name != "" {
		_ = os.Remove(t.name)
	}
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
