package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"runtime/debug"
)

// The first bytes of a bbolt file, as bbolt v1.5.0 writes them. bbolt maps
// the whole file into memory and trusts the meta page's page count: a file
// cut short (an interrupted copy, a full disk) makes it read past the end of
// the mapping, which kills the process instead of returning an error. So
// the store reads the two meta pages itself, the way bbolt does, and
// refuses such a file before bbolt sees it.
const (
	// boltMagic marks a bbolt meta page.
	boltMagic = 0xED0CDAED
	// boltVersion is the bbolt file format version.
	boltVersion = 2
	// boltPageHeader is the size of a page header: id, flags, count,
	// overflow.
	boltPageHeader = 16
	// boltMetaSize is the size of the meta struct that follows the header.
	boltMetaSize = 64
	// boltChecksumAt is the offset of the checksum inside the meta struct;
	// the checksum covers the bytes before it.
	boltChecksumAt = 56
	// boltNoFreelist is the freelist page id of a file whose freelist is
	// not written to disk.
	boltNoFreelist = ^uint64(0)
	// boltMaxPageShift bounds the search for the second meta page, as in
	// bbolt's getPageSizeFromSecondMeta.
	boltMaxPageShift = 14
)

// boltMeta is what the store needs from a bbolt meta page.
type boltMeta struct {
	pageSize uint32
	root     uint64
	freelist uint64
	pages    uint64
	txid     uint64
}

// Reasons a file cannot be opened safely; the caller adds the path.
var (
	// errEmptyFile: the file has no bytes at all.
	errEmptyFile = errors.New("empty file")
	// errNotBolt: the file has no valid bbolt meta page.
	errNotBolt = errors.New("not a bbolt file")
	// errReplaced: another file took the checked file's place.
	errReplaced = errors.New("the file was replaced")
)

// damage is a reason why a bbolt file is damaged, for a person to read.
type damage string

// Error returns the reason.
func (d damage) Error() string { return string(d) }

// checkBoltFile refuses a file that bbolt could not open safely: it reads
// the meta pages the way bbolt does and then walks the pages (walkPages).
// It returns errEmptyFile, errNotBolt, a damage, or an error reading the
// file. f is the file, open for reading.
func checkBoltFile(f *os.File) error {
	info, err := f.Stat()
	if err != nil {
		return err
	}
	size := info.Size()
	if size == 0 {
		return errEmptyFile
	}
	m, err := chooseBoltMeta(f)
	if err != nil {
		return err
	}
	if m.pageSize < 512 || m.pageSize&(m.pageSize-1) != 0 {
		return damage(damageMetaPage)
	}
	if m.pages < 2 || m.root < 2 || m.root >= m.pages || (m.freelist >= m.pages && m.freelist != boltNoFreelist) {
		return damage(damageMetaPage)
	}
	if m.pages > uint64(size)/uint64(m.pageSize) {
		return damage(damageTruncated)
	}
	return walkFile(f, size, m)
}

// chooseBoltMeta returns the meta page bbolt would use: the valid one with
// the higher transaction id. It returns errNotBolt when neither is valid.
func chooseBoltMeta(f io.ReaderAt) (boltMeta, error) {
	m0, ok0, err := readBoltMeta(f, 0)
	if err != nil {
		return boltMeta{}, err
	}
	var m1 boltMeta
	var ok1 bool
	if ok0 {
		m1, ok1, err = readBoltMeta(f, int64(m0.pageSize))
		if err != nil {
			return boltMeta{}, err
		}
	} else {
		// Like bbolt, look for the second meta page at every page size.
		for shift := 0; shift <= boltMaxPageShift && !ok1; shift++ {
			m1, ok1, err = readBoltMeta(f, int64(1024)<<shift)
			if err != nil {
				return boltMeta{}, err
			}
		}
	}
	switch {
	case ok0 && ok1 && m1.txid > m0.txid, !ok0 && ok1:
		return m1, nil
	case ok0:
		return m0, nil
	}
	return boltMeta{}, errNotBolt
}

// walkFile maps the file and walks its pages. Reading a mapped page that
// the file no longer has (another program cut it short meanwhile) faults;
// the fault becomes a damage.
func walkFile(f *os.File, size int64, m boltMeta) (err error) {
	data, unmap, err := mapFile(f, size)
	if err != nil {
		return err
	}
	defer unmap()
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = damage(fmt.Sprintf(damageFault, r))
		}
	}()
	return walkPages(data, m)
}

// readBoltMeta reads the meta page at off; ok is false when there is no
// valid one there.
func readBoltMeta(r io.ReaderAt, off int64) (m boltMeta, ok bool, err error) {
	buf := make([]byte, boltPageHeader+boltMetaSize)
	n, err := r.ReadAt(buf, off)
	if errors.Is(err, io.EOF) {
		return boltMeta{}, false, nil
	}
	if err != nil {
		return boltMeta{}, false, err
	}
	if n < len(buf) {
		return boltMeta{}, false, nil
	}
	b := buf[boltPageHeader:]
	// bbolt writes its meta page in the machine's byte order.
	e := binary.NativeEndian
	if e.Uint32(b[0:]) != boltMagic || e.Uint32(b[4:]) != boltVersion {
		return boltMeta{}, false, nil
	}
	h := fnv.New64a()
	h.Write(b[:boltChecksumAt])
	if h.Sum64() != e.Uint64(b[boltChecksumAt:]) {
		return boltMeta{}, false, nil
	}
	return boltMeta{
		pageSize: e.Uint32(b[8:]),
		root:     e.Uint64(b[16:]),
		freelist: e.Uint64(b[32:]),
		pages:    e.Uint64(b[40:]),
		txid:     e.Uint64(b[48:]),
	}, true, nil
}
