// Package store keeps netvet's data in one bbolt file: the profile, the
// candidate networks and everything found out about them. Every change is
// one transaction that is on disk when the method returns. A file that is
// not netvet's, is damaged, or was written by a newer netvet is refused and
// never modified; an older one is backed up and migrated.
package store

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// DefaultTimeout is how long Open waits for another netvet to let go of
// the file.
const DefaultTimeout = time.Second

// Options tune Open. The zero value is right for the application.
type Options struct {
	// Timeout is how long to wait for the file lock; 0 means
	// DefaultTimeout.
	Timeout time.Duration
	// Now is the clock for Created and Updated; nil means time.Now.
	Now func() time.Time
	// ReadOnly opens the file without writing to it, sharing the lock with
	// other readers. A missing file is an error then, not created.
	ReadOnly bool
	// MapSize is how many bytes of the file to map into memory at once;
	// 0 lets bbolt start small and double the mapping as the file grows.
	// Each growth during a write transaction copies everything the
	// transaction has written so far, so an import of many megabytes sets
	// it to about the size the file will reach.
	MapSize int
}

// Store is an open netvet database. Its methods are safe for concurrent
// use.
type Store struct {
	db       *bolt.DB
	path     string
	version  int
	now      func() time.Time
	readOnly bool
	// idTag goes into generated network ids; see idTagKey.
	idTag string
}

// Open opens the database at path, creating it (and its folder, mode 0700)
// if it does not exist; a new file has mode 0600, an existing file keeps
// its mode. An existing file is first read without writing and checked
// page by page. Open fails with ErrLocked when another netvet holds the
// file longer than the timeout; with ErrNotNetvet for a file that is not a
// netvet database (an empty file included) or is damaged; with
// ErrNewerSchema for a file of a newer netvet; read-only, with
// ErrOlderSchema for a file that needs migrating. None of these changes
// the file. Otherwise an older file is copied to <path>.v<N>.bak and then
// migrated in one transaction.
func Open(path string, opt Options) (*Store, error) {
	return open(path, opt, knownMigrations())
}

// open is Open with the list of migrations as a parameter, for tests.
func open(path string, opt Options, migrations []migration) (*Store, error) {
	if err := checkMigrations(migrations); err != nil {
		return nil, err
	}
	if opt.Timeout <= 0 {
		opt.Timeout = DefaultTimeout
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	latest := latestVersion(migrations)

	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist) && opt.ReadOnly:
		return nil, errorf(nil, err, msgNotExist, path)
	case errors.Is(err, fs.ErrNotExist):
		if err := create(path, latest, opt.Timeout); err != nil {
			return nil, errorf(nil, err, msgCreate, path, err)
		}
	case err != nil:
		return nil, errorf(nil, err, msgOpen, path, err)
	case info.IsDir():
		return nil, errorf(nil, nil, msgIsDir, path)
	}

	// Look at the file read-only first: opening it for writing could
	// already write to it.
	if err := checkBoltFile(path); err != nil {
		return nil, refusal(path, err)
	}
	ro, err := safeOpen(path, &bolt.Options{ReadOnly: true, Timeout: opt.Timeout, PreLoadFreelist: true})
	if err != nil {
		return nil, openError(path, err)
	}
	version, err := inspect(path, ro)
	if err == nil {
		err = checkVersion(path, version, latest, opt.ReadOnly)
	}
	if err != nil {
		ro.Close()
		return nil, err
	}
	if opt.ReadOnly {
		return &Store{db: ro, path: path, version: version, now: opt.Now, readOnly: true}, nil
	}
	if err := ro.Close(); err != nil {
		return nil, errorf(nil, err, msgOpen, path, err)
	}

	db, err := safeOpen(path, &bolt.Options{Timeout: opt.Timeout, InitialMmapSize: opt.MapSize})
	if err != nil {
		return nil, openError(path, err)
	}
	s := &Store{db: db, path: path, now: opt.Now}
	if err := s.upgrade(latest, migrations); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// upgrade reads the version again under the exclusive lock (another
// program could have replaced the file since it was inspected) and
// migrates an older file after backing it up.
func (s *Store) upgrade(latest int, migrations []migration) error {
	var m metaInfo
	if err := s.db.View(func(tx *bolt.Tx) error {
		m = readMeta(tx)
		return nil
	}); err != nil {
		return errorf(nil, err, msgRead, s.path, err)
	}
	switch {
	case !m.netvet:
		return errorf(ErrNotNetvet, nil, msgNotNetvet, s.path)
	case m.version == 0:
		return refusal(s.path, damage(fmt.Sprintf(damageVersion, m.versionText)))
	}
	if err := checkVersion(s.path, m.version, latest, false); err != nil {
		return err
	}
	s.version = m.version
	s.idTag = m.idTag
	if m.version == latest {
		return nil
	}
	saved, err := backup(s.path, m.version)
	if err != nil {
		return errorf(nil, err, msgBackup, s.path, err)
	}
	if err := migrate(s.db, m.version, migrations); err != nil {
		return errorf(nil, err, msgMigrate, s.path, m.version, latest, err, saved)
	}
	s.version = latest
	return nil
}

// checkVersion refuses a version this netvet cannot use.
func checkVersion(path string, version, latest int, readOnly bool) error {
	switch {
	case version > latest:
		return errorf(ErrNewerSchema, nil, msgNewerSchema, path, version, latest)
	case version < latest && readOnly:
		return errorf(ErrOlderSchema, nil, msgOlderSchema, path, version, latest)
	}
	return nil
}

// create makes a new, empty netvet file at path. It builds the file under a
// temporary name and links it into place, so a crash never leaves a
// half-made database, and a file someone else created meanwhile is kept.
func create(path string, version int, timeout time.Duration) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".new-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer os.Remove(tmp)
	if err := f.Close(); err != nil {
		return err
	}
	db, err := bolt.Open(tmp, 0o600, &bolt.Options{Timeout: timeout})
	if err != nil {
		return err
	}
	err = db.Update(func(tx *bolt.Tx) error { return initSchema(tx, version) })
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	err = os.Link(tmp, path)
	if err != nil && !errors.Is(err, fs.ErrExist) {
		// Some file systems have no hard links; rename is the next best
		// thing, checked just before.
		if _, serr := os.Lstat(path); errors.Is(serr, fs.ErrNotExist) {
			err = os.Rename(tmp, path)
		}
	}
	if err != nil && !errors.Is(err, fs.ErrExist) {
		return err
	}
	syncDir(dir)
	return nil
}

// safeOpen is bolt.Open that turns a memory fault or a panic on a damaged
// file into an error. After a panic it unlocks and closes the file; bbolt's
// memory map of it stays until the process ends.
func safeOpen(path string, opts *bolt.Options) (db *bolt.DB, err error) {
	var file *os.File
	opts.OpenFile = func(name string, flag int, perm os.FileMode) (*os.File, error) {
		f, err := os.OpenFile(name, flag, perm)
		file = f
		return f, err
	}
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			if file != nil {
				unlockFile(file)
				file.Close()
			}
			db, err = nil, damage(fmt.Sprint(r))
		}
	}()
	return bolt.Open(path, 0o600, opts)
}

// inspect makes sure the file is a sound netvet database and returns its
// schema version. It reads every page, so a damaged file is found before
// anything is written to it.
func inspect(path string, db *bolt.DB) (version int, err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = refusal(path, damage(fmt.Sprint(r)))
		}
	}()
	err = db.View(func(tx *bolt.Tx) error {
		m := readMeta(tx)
		if !m.netvet {
			return errorf(ErrNotNetvet, nil, msgNotNetvet, path)
		}
		if m.version == 0 {
			return refusal(path, damage(fmt.Sprintf(damageVersion, m.versionText)))
		}
		var sum byte
		step := os.Getpagesize()
		if err := tx.ForEach(func(name []byte, b *bolt.Bucket) error {
			sum = touch(b, step, sum)
			return nil
		}); err != nil {
			return refusal(path, err)
		}
		for cerr := range tx.Check() {
			if err == nil {
				err = refusal(path, damage(cerr.Error()))
			}
		}
		version = m.version
		return err
	})
	return version, err
}

// touch reads every key and value under b — a byte of each memory page of
// step bytes it lies on, which is enough to make the system read the page
// — so that a page that cannot be read faults here, inside inspect. It
// returns the bytes combined, to keep the reads from being optimized away.
func touch(b *bolt.Bucket, step int, sum byte) byte {
	_ = b.ForEach(func(k, v []byte) error {
		sum = touchBytes(k, step, sum)
		if v == nil {
			if nested := b.Bucket(k); nested != nil {
				sum = touch(nested, step, sum)
			}
			return nil
		}
		sum = touchBytes(v, step, sum)
		return nil
	})
	return sum
}

// touchBytes reads the first and last byte of p and one in every step
// between.
func touchBytes(p []byte, step int, sum byte) byte {
	for i := 0; i < len(p); i += step {
		sum ^= p[i]
	}
	if len(p) > 0 {
		sum ^= p[len(p)-1]
	}
	return sum
}

// refusal explains why the file at path is not opened.
func refusal(path string, reason error) error {
	var d damage
	switch {
	case errors.Is(reason, errEmptyFile):
		return errorf(ErrNotNetvet, nil, msgEmptyFile, path)
	case errors.Is(reason, errNotBolt):
		return errorf(ErrNotNetvet, nil, msgNotNetvet, path)
	case errors.As(reason, &d):
		return errorf(ErrNotNetvet, reason, msgDamaged, path, reason)
	case errors.Is(reason, fs.ErrPermission), errors.Is(reason, fs.ErrNotExist):
		return errorf(nil, reason, msgOpen, path, reason)
	}
	var se *storeError
	if errors.As(reason, &se) {
		return reason
	}
	return errorf(nil, reason, msgOpen, path, reason)
}

// openError explains why bolt.Open failed.
func openError(path string, err error) error {
	var pe *fs.PathError
	switch {
	case errors.Is(err, berrors.ErrTimeout):
		return errorf(ErrLocked, err, msgLocked, path)
	case errors.As(err, &pe):
		return errorf(nil, err, msgOpen, path, pe.Err)
	case errors.Is(err, berrors.ErrInvalid), errors.Is(err, berrors.ErrVersionMismatch):
		return errorf(ErrNotNetvet, err, msgNotNetvet, path)
	}
	return refusal(path, damage(err.Error()))
}

// Close releases the file. The store must not be used afterwards.
func (s *Store) Close() error {
	if err := s.db.Close(); err != nil {
		return errorf(nil, err, msgClose, s.path, err)
	}
	return nil
}

// Path is the database file's path.
func (s *Store) Path() string { return s.path }

// SchemaVersion is the file's schema version (after any migration).
func (s *Store) SchemaVersion() int { return s.version }

// ReadOnly reports whether the store was opened read-only.
func (s *Store) ReadOnly() bool { return s.readOnly }

// WriteTo writes a consistent copy of the whole database to w, while other
// reads and writes go on; it is how a backup is made.
func (s *Store) WriteTo(w io.Writer) (int64, error) {
	var n int64
	err := s.db.View(func(tx *bolt.Tx) error {
		var err error
		n, err = tx.WriteTo(w)
		return err
	})
	if err != nil {
		return n, errorf(nil, err, msgCopy, s.path, err)
	}
	return n, nil
}
