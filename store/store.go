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
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"netvet/model"
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
	// Preload keeps the networks that opening for writing reads to check
	// the file, for the first call of Networks, which then returns them
	// instead of reading them again: for the interface, which loads
	// everything right after opening. Any write drops them.
	Preload bool
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
	// preload asks the check at Open to keep what it read in preloaded,
	// which the first Networks takes (see Options.Preload).
	preload   bool
	mu        sync.Mutex
	preloaded []model.Network
	hasLoaded bool
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
		if err := create(path, migrations, opt.Timeout); err != nil {
			return nil, errorf(nil, err, msgCreate, path, err)
		}
	case err != nil:
		return nil, errorf(nil, err, msgOpen, path, err)
	case info.IsDir():
		return nil, errorf(nil, nil, msgIsDir, path)
	case !info.Mode().IsRegular():
		return nil, errorf(nil, nil, msgNotRegular, path, fileKind(info.Mode()))
	}

	// Look at the file read-only first: opening it for writing could
	// already write to it.
	g, err := openGuard(path, opt.Timeout)
	if err != nil {
		return nil, err
	}
	if err := checkBoltFile(g.f); err != nil {
		g.close()
		return nil, refusal(path, err)
	}
	ro, err := safeOpen(path, &bolt.Options{ReadOnly: true, Timeout: opt.Timeout, PreLoadFreelist: true}, g.info)
	g.close()
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

	db, err := safeOpen(path, &bolt.Options{Timeout: opt.Timeout, InitialMmapSize: opt.MapSize}, g.info)
	if err != nil {
		return nil, openError(path, err)
	}
	s := &Store{db: db, path: path, now: opt.Now, preload: opt.Preload}
	if err := s.upgrade(latest, migrations); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// guard is the database file, open for reading under a shared lock while
// Open checks it, so that no netvet writes to it meanwhile; info
// identifies the file that was checked.
type guard struct {
	f    *os.File
	info os.FileInfo
}

// openGuard opens path without waiting on a named pipe, refuses anything
// but a regular file, and takes the shared lock, waiting up to timeout for
// a writer to let go.
func openGuard(path string, timeout time.Duration) (*guard, error) {
	f, err := openNonBlocking(path)
	if err != nil {
		return nil, errorf(nil, err, msgOpen, path, err)
	}
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, errorf(nil, err, msgOpen, path, err)
	}
	if !info.Mode().IsRegular() {
		f.Close()
		return nil, errorf(nil, nil, msgNotRegular, path, fileKind(info.Mode()))
	}
	if err := lockFile(f, false, timeout); err != nil {
		f.Close()
		if errors.Is(err, berrors.ErrTimeout) {
			return nil, errorf(ErrLocked, err, msgLocked, path)
		}
		return nil, errorf(nil, err, msgOpen, path, err)
	}
	return &guard{f: f, info: info}, nil
}

// close lets go of the file and its lock.
func (g *guard) close() { _ = g.f.Close() }

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
		return s.view(s.sound)
	}
	saved, err := backup(s.path, m.version)
	if err != nil {
		return errorf(nil, err, msgBackup, s.path, err)
	}
	// The migrated records are checked inside the migration's
	// transaction, so that a damaged file is not written to.
	s.version = latest
	if err := migrate(s.db, m.version, migrations, s.sound); err != nil {
		var se *storeError
		if errors.As(err, &se) && errors.Is(err, ErrDamaged) {
			return err
		}
		return errorf(nil, err, msgMigrate, s.path, m.version, latest, err, saved)
	}
	return nil
}

// sound refuses a file whose records break netvet's rules (see Check)
// with ErrDamaged, naming the first problem. Open runs it before anything
// is written to the file.
func (s *Store) sound(tx *bolt.Tx) error {
	mode := checkOnly
	if s.preload {
		mode = readAll
	}
	r := s.checkRecords(tx, mode)
	problems := r.problems
	switch len(problems) {
	case 0:
		if s.preload {
			s.keepPreloaded(r.networks)
		}
		return nil
	case 1:
		return errorf(ErrDamaged, problems[0], msgDamagedRecord, s.path, ClipLine(problems[0].Error()))
	}
	return errorf(ErrDamaged, problems[0], msgDamagedRecords, s.path, ClipLine(problems[0].Error()), len(problems)-1)
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
func create(path string, migrations []migration, timeout time.Duration) error {
	dir := filepath.Dir(path)
	if err := MkdirAll(dir, 0o700); err != nil {
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
	err = db.Update(func(tx *bolt.Tx) error { return initSchema(tx, migrations) })
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
// memory map of it stays until the process ends. The file bbolt opens must
// be want, the one that was checked, and still be at path once bbolt has
// its lock: a file put in its place meanwhile (a backup written over it)
// is refused rather than used unchecked, and a lock on a file no longer
// at path would let saves go into a file nobody sees again.
func safeOpen(path string, opts *bolt.Options, want os.FileInfo) (db *bolt.DB, err error) {
	var file *os.File
	opts.OpenFile = func(name string, flag int, perm os.FileMode) (*os.File, error) {
		f, err := openFileNonBlocking(name, flag, perm)
		if err != nil {
			return nil, err
		}
		if info, err := f.Stat(); err != nil || !os.SameFile(info, want) {
			f.Close()
			return nil, errReplaced
		}
		file = f
		return f, nil
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
	db, err = bolt.Open(path, 0o600, opts)
	if err != nil {
		return nil, err
	}
	if info, serr := os.Stat(path); serr != nil || !os.SameFile(info, want) {
		db.Close()
		return nil, errReplaced
	}
	return db, nil
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
	case errors.Is(err, errReplaced):
		return errorf(nil, err, msgReplaced, path)
	case errors.Is(err, berrors.ErrTimeout):
		return errorf(ErrLocked, err, msgLocked, path)
	case errors.As(err, &pe):
		return errorf(nil, err, msgOpen, path, pe.Err)
	case errors.Is(err, berrors.ErrInvalid), errors.Is(err, berrors.ErrVersionMismatch):
		return errorf(ErrNotNetvet, err, msgNotNetvet, path)
	}
	return refusal(path, damage(err.Error()))
}

// keepPreloaded keeps nets for the first Networks.
func (s *Store) keepPreloaded(nets []model.Network) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.preloaded, s.hasLoaded = nets, true
}

// takePreloaded returns the preloaded networks once; ok is false when
// there are none, or they were taken or dropped.
func (s *Store) takePreloaded() (nets []model.Network, ok bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	nets, ok = s.preloaded, s.hasLoaded
	s.preloaded, s.hasLoaded = nil, false
	return nets, ok
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
