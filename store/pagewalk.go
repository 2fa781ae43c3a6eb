package store

import (
	"encoding/binary"
	"fmt"
)

// bbolt follows page ids, element offsets and sizes it reads from the file
// without checking them against the file: a page id past the end makes it
// read outside its memory map, which kills the process (a fault, not a
// panic); an overflow count of four billion makes its own check, Tx.Check,
// fill a map with four billion entries; a page that refers back to itself
// makes it recurse until the stack runs out. Its check runs on a goroutine
// of its own, where no recover can reach a fault. So before bbolt sees a
// file, walkPages reads every page the tree and the free list reach and
// makes sure bbolt can follow them: see docs/bbolt-report.md.

// Parts of bbolt's page layout (bbolt v1.5.0, internal/common/page.go)
// beyond the header of bboltfile.go. The structs are written in the
// machine's byte order.
const (
	// boltElementSize is the size of a branch or a leaf element: a branch
	// element is pos, ksize (4 bytes each) and a page id (8); a leaf
	// element flags, pos, ksize and vsize (4 bytes each). pos counts from
	// the element's own first byte.
	boltElementSize = 16
	// Page flags: exactly one is set.
	boltBranchPage   = 0x01
	boltLeafPage     = 0x02
	boltFreelistPage = 0x10
	// boltBucketElement marks a leaf element whose value is a bucket.
	boltBucketElement = 0x01
	// boltBucketHeader is the size of a bucket value's header: the root
	// page id (0 for an inline bucket, whose page follows the header) and
	// the sequence.
	boltBucketHeader = 16
	// boltFreelistOverflow in a free list's count means that the count is
	// the first id of the list instead.
	boltFreelistOverflow = 0xFFFF
)

// pageWalk is the state of one walk over a file's pages.
type pageWalk struct {
	// data is the whole file.
	data     []byte
	pageSize uint64
	// pages is the high-water mark: pages 0 to pages-1 are in use or free.
	pages uint64
	// seen has a bit for each page already reached, as part of the tree,
	// as free or as a meta page.
	seen []uint64
	// budget is how many more elements the walk may read. A sound file
	// has at most one element per boltElementSize bytes, since every
	// element has a header of its own; inline buckets whose elements
	// overlap could otherwise make the walk, and bbolt after it, read the
	// same bytes over and over.
	budget int
}

// walkItem is a page to walk: a page of the file by id, or an inline
// bucket's page, held by page from.
type walkItem struct {
	id     uint64
	inline []byte
	from   uint64
}

// walkPages checks the pages of the file data whose chosen meta page is m,
// bounded by the file's size: every page id within the high-water mark,
// every overflow within it too, no page reached twice (which also rules
// out cycles), page types where they belong, element headers and every
// key and value within their page, bucket values with room for their
// header and inline page, and a free list whose ids are pages of the
// file. The work is proportional to the size of the file. It returns a
// damage naming the first problem.
func walkPages(data []byte, m boltMeta) error {
	w := &pageWalk{
		data:     data,
		pageSize: uint64(m.pageSize),
		pages:    m.pages,
		seen:     make([]uint64, (m.pages+63)/64),
		budget:   len(data)/boltElementSize + 1,
	}
	w.mark(0)
	w.mark(1)
	if m.freelist != boltNoFreelist {
		if err := w.freelist(m.freelist); err != nil {
			return err
		}
	}
	stack := []walkItem{{id: m.root}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		var err error
		if it.inline != nil {
			stack, err = w.leaf(it.inline, it.from, stack)
		} else {
			stack, err = w.treePage(it.id, stack)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// mark records that page id was reached and reports whether it was new.
func (w *pageWalk) mark(id uint64) bool {
	word, bit := id/64, uint64(1)<<(id%64)
	if w.seen[word]&bit != 0 {
		return false
	}
	w.seen[word] |= bit
	return true
}

// page returns the bytes of page id and its overflow pages, after checking
// that they lie within the high-water mark, that the header names the page
// and that none of them was reached before.
func (w *pageWalk) page(id uint64) ([]byte, error) {
	if id >= w.pages {
		return nil, damage(fmt.Sprintf(damagePageOutside, id))
	}
	off := id * w.pageSize
	h := w.data[off : off+boltPageHeader]
	e := binary.NativeEndian
	if e.Uint64(h) != id {
		return nil, damage(fmt.Sprintf(damagePageID, id, e.Uint64(h)))
	}
	overflow := uint64(e.Uint32(h[12:]))
	if overflow >= w.pages-id {
		return nil, damage(fmt.Sprintf(damagePageOutside, id))
	}
	for i := id; i <= id+overflow; i++ {
		if !w.mark(i) {
			return nil, damage(fmt.Sprintf(damagePageTwice, i))
		}
	}
	return w.data[off : off+(overflow+1)*w.pageSize], nil
}

// treePage checks a branch or leaf page of a bucket's tree and adds the
// pages it refers to to stack.
func (w *pageWalk) treePage(id uint64, stack []walkItem) ([]walkItem, error) {
	p, err := w.page(id)
	if err != nil {
		return stack, err
	}
	switch flags := binary.NativeEndian.Uint16(p[8:]); flags {
	case boltBranchPage:
		return w.branch(p, id, stack)
	case boltLeafPage:
		return w.leaf(p, id, stack)
	default:
		return stack, damage(fmt.Sprintf(damagePageType, id, flags))
	}
}

// elements checks that the page p, held by page id, has room for its
// element headers and that the walk may read them; it returns their
// number.
func (w *pageWalk) elements(p []byte, id uint64) (int, error) {
	count := int(binary.NativeEndian.Uint16(p[10:]))
	if boltPageHeader+count*boltElementSize > len(p) {
		return 0, damage(fmt.Sprintf(damageElements, id))
	}
	if w.budget -= count; w.budget < 0 {
		return 0, damage(damageOverlap)
	}
	return count, nil
}

// branch checks a branch page: at least one element, each key within the
// page; the child pages go on the stack.
func (w *pageWalk) branch(p []byte, id uint64, stack []walkItem) ([]walkItem, error) {
	count, err := w.elements(p, id)
	if err != nil {
		return stack, err
	}
	if count == 0 {
		return stack, damage(fmt.Sprintf(damageElements, id))
	}
	e := binary.NativeEndian
	for i := range count {
		at := boltPageHeader + i*boltElementSize
		el := p[at : at+boltElementSize]
		pos, ksize := uint64(e.Uint32(el)), uint64(e.Uint32(el[4:]))
		if uint64(at)+pos+ksize > uint64(len(p)) {
			return stack, damage(fmt.Sprintf(damageElements, id))
		}
		stack = append(stack, walkItem{id: e.Uint64(el[8:])})
	}
	return stack, nil
}

// leaf checks a leaf page, of the file or inline in a bucket value held by
// page id: each key and value within the page, known element flags, and
// each bucket value sound; the pages and inline pages of the buckets go on
// the stack.
func (w *pageWalk) leaf(p []byte, id uint64, stack []walkItem) ([]walkItem, error) {
	e := binary.NativeEndian
	if len(p) < boltPageHeader || e.Uint16(p[8:]) != boltLeafPage {
		return stack, damage(fmt.Sprintf(damageBucket, id))
	}
	count, err := w.elements(p, id)
	if err != nil {
		return stack, err
	}
	for i := range count {
		at := boltPageHeader + i*boltElementSize
		el := p[at : at+boltElementSize]
		flags, pos := e.Uint32(el), uint64(e.Uint32(el[4:]))
		ksize, vsize := uint64(e.Uint32(el[8:])), uint64(e.Uint32(el[12:]))
		end := uint64(at) + pos + ksize + vsize
		if flags&^boltBucketElement != 0 || end > uint64(len(p)) {
			return stack, damage(fmt.Sprintf(damageElements, id))
		}
		if flags&boltBucketElement == 0 {
			continue
		}
		v := p[end-vsize : end]
		if len(v) < boltBucketHeader {
			return stack, damage(fmt.Sprintf(damageBucket, id))
		}
		if root := e.Uint64(v); root != 0 {
			stack = append(stack, walkItem{id: root})
		} else {
			stack = append(stack, walkItem{inline: v[boltBucketHeader:], from: id})
		}
	}
	return stack, nil
}

// freelist checks the free list on page id: a free list page, room for its
// ids, and each id a page of the file that nothing else uses. The free
// pages are marked as reached, so that a page of the tree that is also
// free counts as reached twice.
func (w *pageWalk) freelist(id uint64) error {
	p, err := w.page(id)
	if err != nil {
		return err
	}
	e := binary.NativeEndian
	if e.Uint16(p[8:]) != boltFreelistPage {
		return damage(fmt.Sprintf(damageFreelist, id))
	}
	room := uint64(len(p)-boltPageHeader) / 8
	first, count := uint64(0), uint64(e.Uint16(p[10:]))
	if count == boltFreelistOverflow {
		first, count = 1, e.Uint64(p[boltPageHeader:])
	}
	if count > room-first {
		return damage(fmt.Sprintf(damageFreelist, id))
	}
	for i := first; i < first+count; i++ {
		free := e.Uint64(p[boltPageHeader+8*i:])
		if free < 2 || free >= w.pages {
			return damage(fmt.Sprintf(damageFreelist, id))
		}
		if !w.mark(free) {
			return damage(fmt.Sprintf(damagePageTwice, free))
		}
	}
	return nil
}
