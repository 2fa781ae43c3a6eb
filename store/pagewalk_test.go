package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// walkFixture is a netvet file with, besides its networks, a bucket large
// enough for branch pages, a value large enough for overflow pages, an
// inline bucket and a free list with free pages in it. Being netvet's, it
// gets as far as bbolt's own check without the walk.
func walkFixture(t *testing.T) (path string, pages []walkPage) {
	t.Helper()
	path = writeNetvetFile(t, t.TempDir(), 2)
	rawUpdate(t, path, func(tx *bolt.Tx) error {
		b, err := tx.CreateBucket([]byte("many"))
		if err != nil {
			return err
		}
		for i := range 600 {
			if err := b.Put(fmt.Appendf(nil, "key %04d", i), []byte("a value of some length")); err != nil {
				return err
			}
		}
		big, err := tx.CreateBucket([]byte("big"))
		if err != nil {
			return err
		}
		if err := big.Put([]byte("big"), make([]byte, 3*os.Getpagesize())); err != nil {
			return err
		}
		inline, err := tx.CreateBucket([]byte("inline"))
		if err != nil {
			return err
		}
		return inline.Put([]byte("k"), []byte("v"))
	})
	// A second transaction frees pages of the first.
	rawUpdate(t, path, func(tx *bolt.Tx) error {
		return tx.Bucket([]byte("many")).Put([]byte("key 0000"), []byte("changed"))
	})
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// Only pages in use: a free page still holds what it held, and
	// damaging it changes nothing.
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true, PreLoadFreelist: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.View(func(tx *bolt.Tx) error {
		for _, p := range walkPagesOf(b) {
			info, err := tx.Page(p.id)
			if err != nil {
				return err
			}
			if info.Type != "free" {
				pages = append(pages, p)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return path, pages
}

// walkPage is a page of the fixture as the test finds it.
type walkPage struct {
	id, off         int
	flags           uint16
	count, overflow int
}

// walkPagesOf lists the pages below the high-water mark of the newer meta
// page, skipping overflow pages.
func walkPagesOf(b []byte) []walkPage {
	e := binary.NativeEndian
	size := int(e.Uint32(b[24:]))
	meta := 0
	if e.Uint64(b[size+64:]) > e.Uint64(b[64:]) {
		meta = size
	}
	var out []walkPage
	for id := 2; id < int(e.Uint64(b[meta+56:])); id++ {
		off := id * size
		p := walkPage{id: id, off: off, flags: e.Uint16(b[off+8:]), count: int(e.Uint16(b[off+10:])), overflow: int(e.Uint32(b[off+12:]))}
		out = append(out, p)
		id += p.overflow
	}
	return out
}

// firstPage returns the first page matching ok.
func firstPage(t *testing.T, pages []walkPage, what string, ok func(walkPage) bool) walkPage {
	t.Helper()
	for _, p := range pages {
		if ok(p) {
			return p
		}
	}
	t.Fatalf("the fixture has no %s", what)
	return walkPage{}
}

// TestOpenRefusesPagesBboltCannotFollow: each header or element below
// would make bbolt read outside the file, loop or recurse without end; the
// walk refuses it with a one-line reason, before bbolt opens the file.
func TestOpenRefusesPagesBboltCannotFollow(t *testing.T) {
	e := binary.NativeEndian
	isLeaf := func(p walkPage) bool { return p.flags == boltLeafPage && p.count > 0 }
	isBranch := func(p walkPage) bool { return p.flags == boltBranchPage }
	tests := []struct {
		name string
		// damage changes the file's bytes, given its pages.
		damage func(t *testing.T, b []byte, pages []walkPage)
		want   string
	}{
		{"an overflow past the end of the file (bbolt's check fills memory)", func(t *testing.T, b []byte, pages []walkPage) {
			p := firstPage(t, pages, "leaf page", isLeaf)
			e.PutUint32(b[p.off+12:], 1<<30)
		}, "lies outside the file"},
		{"a branch element's key size past its page (bbolt faults)", func(t *testing.T, b []byte, pages []walkPage) {
			p := firstPage(t, pages, "branch page", isBranch)
			e.PutUint32(b[p.off+boltPageHeader+4:], 1<<24)
		}, "do not fit in it"},
		{"a branch element naming a page past the end", func(t *testing.T, b []byte, pages []walkPage) {
			p := firstPage(t, pages, "branch page", isBranch)
			e.PutUint64(b[p.off+boltPageHeader+8:], 1<<40)
		}, "lies outside the file"},
		{"a branch naming itself (bbolt recurses until the stack is gone)", func(t *testing.T, b []byte, pages []walkPage) {
			p := firstPage(t, pages, "branch page", isBranch)
			e.PutUint64(b[p.off+boltPageHeader+8:], uint64(p.id))
		}, "is used twice"},
		{"a page whose header names another page", func(t *testing.T, b []byte, pages []walkPage) {
			p := firstPage(t, pages, "leaf page", isLeaf)
			e.PutUint64(b[p.off:], uint64(p.id+1))
		}, "says it is page"},
		{"a page of an unknown type", func(t *testing.T, b []byte, pages []walkPage) {
			p := firstPage(t, pages, "leaf page", isLeaf)
			e.PutUint16(b[p.off+8:], 0x0F)
		}, "has the unknown type 0xf"},
		{"more elements than the page holds", func(t *testing.T, b []byte, pages []walkPage) {
			p := firstPage(t, pages, "leaf page", isLeaf)
			e.PutUint16(b[p.off+10:], 0xFFFE)
		}, "do not fit in it"},
		{"a leaf value past its page", func(t *testing.T, b []byte, pages []walkPage) {
			p := firstPage(t, pages, "leaf page", isLeaf)
			e.PutUint32(b[p.off+boltPageHeader+12:], 1<<20)
		}, "do not fit in it"},
		{"a leaf element with unknown flags", func(t *testing.T, b []byte, pages []walkPage) {
			p := firstPage(t, pages, "leaf page", isLeaf)
			e.PutUint32(b[p.off+boltPageHeader:], 0x04)
		}, "do not fit in it"},
		{"a bucket value too short for its header", func(t *testing.T, b []byte, pages []walkPage) {
			// The root bucket's page lists the buckets; the first is "big".
			root := firstPage(t, pages, "root page", func(p walkPage) bool {
				return p.flags == boltLeafPage && e.Uint32(b[p.off+boltPageHeader:])&boltBucketElement != 0
			})
			e.PutUint32(b[root.off+boltPageHeader+12:], 8)
		}, "is cut short"},
		{"a free list naming a page in use", func(t *testing.T, b []byte, pages []walkPage) {
			fl := firstPage(t, pages, "free list with entries", func(p walkPage) bool { return p.flags == boltFreelistPage && p.count > 0 })
			leaf := firstPage(t, pages, "leaf page", isLeaf)
			e.PutUint64(b[fl.off+boltPageHeader:], uint64(leaf.id))
		}, "is used twice"},
		{"a free list naming a page past the end", func(t *testing.T, b []byte, pages []walkPage) {
			fl := firstPage(t, pages, "free list with entries", func(p walkPage) bool { return p.flags == boltFreelistPage && p.count > 0 })
			e.PutUint64(b[fl.off+boltPageHeader:], 1<<50)
		}, "list of free pages"},
		{"a free list longer than its page", func(t *testing.T, b []byte, pages []walkPage) {
			fl := firstPage(t, pages, "free list", func(p walkPage) bool { return p.flags == boltFreelistPage })
			e.PutUint16(b[fl.off+10:], boltFreelistOverflow)
			e.PutUint64(b[fl.off+boltPageHeader:], 1<<40)
		}, "list of free pages"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path, pages := walkFixture(t)
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			tt.damage(t, b, pages)
			if err := os.WriteFile(path, b, 0o600); err != nil {
				t.Fatal(err)
			}
			hash := fileHash(t, path)
			for _, opt := range []Options{{}, {ReadOnly: true}} {
				s, err := Open(path, opt)
				if err == nil {
					s.Close()
					t.Fatalf("Open(%+v) succeeded", opt)
				}
				msg := err.Error()
				if !errors.Is(err, ErrNotNetvet) || !strings.Contains(msg, "is damaged: ") || !strings.Contains(msg, tt.want) || strings.Contains(msg, "\n") {
					t.Errorf("Open(%+v) = %q, want ErrNotNetvet, one line saying %q", opt, msg, tt.want)
				}
			}
			if fileHash(t, path) != hash {
				t.Error("the file changed")
			}
		})
	}
}

// TestWalkBoundsOverlappingInlineBuckets: a leaf whose elements all name
// one inline bucket, whose elements all name one inline bucket again,
// would have a walk read the same bytes exponentially often; the walk
// stops once it has read more elements than the file can hold.
func TestWalkBoundsOverlappingInlineBuckets(t *testing.T) {
	const pageSize = 4096
	e := binary.NativeEndian
	data := make([]byte, 3*pageSize)
	p := data[2*pageSize:]
	e.PutUint64(p, 2)
	e.PutUint16(p[8:], boltLeafPage)
	const outer, inner = 200, 40
	e.PutUint16(p[10:], outer)
	// The shared value: a bucket header with root 0, then an inline leaf
	// of inner elements, each naming the same short bucket value again.
	value := boltPageHeader + outer*boltElementSize
	inl := p[value+boltBucketHeader:]
	e.PutUint16(inl[8:], boltLeafPage)
	e.PutUint16(inl[10:], inner)
	innerValue := boltPageHeader + inner*boltElementSize
	e.PutUint16(inl[innerValue+boltBucketHeader+8:], boltLeafPage)
	for i := range inner {
		el := inl[boltPageHeader+i*boltElementSize:]
		e.PutUint32(el, boltBucketElement)
		e.PutUint32(el[4:], uint32(innerValue-boltPageHeader-i*boltElementSize))
		e.PutUint32(el[12:], boltBucketHeader+boltPageHeader)
	}
	valueSize := boltBucketHeader + innerValue + boltBucketHeader + boltPageHeader
	for i := range outer {
		el := p[boltPageHeader+i*boltElementSize:]
		e.PutUint32(el, boltBucketElement)
		e.PutUint32(el[4:], uint32(value-boltPageHeader-i*boltElementSize))
		e.PutUint32(el[12:], uint32(valueSize))
	}
	err := walkPages(data, boltMeta{pageSize: pageSize, root: 2, freelist: boltNoFreelist, pages: 3})
	if err == nil || err.Error() != damageOverlap {
		t.Errorf("walk = %v, want %q", err, damageOverlap)
	}
	// The same page with one element is sound.
	e.PutUint16(p[10:], 1)
	if err := walkPages(data, boltMeta{pageSize: pageSize, root: 2, freelist: boltNoFreelist, pages: 3}); err != nil {
		t.Errorf("walk of the sound page = %v", err)
	}
}
