package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"charm.land/fang/v2"

	"netvet/model"
	"netvet/store"
)

// TestBitFlipsAreRefusedQuickly flips single bits in a small real database
// — in the header of every page, in element headers of every branch and
// leaf page, in the free list and in a sample of data bytes — and runs
// check, export, import and the interface's open on each damaged copy.
// Every command must answer within flipDeadline and flipMemory, exit 0 or
// 1 with one line on stderr when it fails, and leave the file as it was
// (an import may write, but only into a file that check found sound).
//
// The commands run in helper processes (this test binary again, with
// flipHelperEnv set), one variant after another, each command in process
// as main runs it. The parent reads what the helper reports, kills it when
// a command takes longer than flipDeadline, and starts a new helper at the
// next variant; a helper that dies (a fault that was not turned into an
// error, a stack overflow, running out of memory) is reported with the
// variant and command it was running. Memory is the helper's peak resident
// set (VmHWM, reset through /proc/self/clear_refs before each command),
// which also works under the race detector, unlike an address-space limit;
// the parent polls it too and kills a helper past the limit at once. A
// subprocess is needed because the failures this test looks for — hangs,
// runaway memory, faults — take the process with them.
//
// The bits are sampled with a fixed seed so that the test stays well under
// a minute; NETVET_FLIP_ALL=1 flips every bit of every header and element
// instead, and NETVET_FLIP_SEED=N samples differently.
func TestBitFlipsAreRefusedQuickly(t *testing.T) {
	if dir := os.Getenv(flipHelperEnv); dir != "" {
		flipHelper(dir)
		return
	}
	dir := t.TempDir()
	fixture := flipFixture(t, dir)
	orig, err := os.ReadFile(fixture)
	if err != nil {
		t.Fatal(err)
	}
	seed := uint64(11)
	if v := os.Getenv("NETVET_FLIP_SEED"); v != "" {
		if seed, err = strconv.ParseUint(v, 10, 64); err != nil {
			t.Fatal(err)
		}
	}
	variants := flipVariants(t, orig, seed, os.Getenv("NETVET_FLIP_ALL") == "1")
	writeJSONFile(t, filepath.Join(dir, "variants.json"), variants)
	writeImportFile(t, filepath.Join(dir, "import.json"))

	start := time.Now()
	results := runFlipHelpers(t, dir, len(variants))
	t.Logf("%d variants, %d commands each, in %v", len(variants), len(flipOps), time.Since(start).Round(time.Millisecond))
	failures := 0
	for i, v := range variants {
		for _, problem := range judgeFlip(results[i]) {
			failures++
			if failures <= 40 {
				t.Errorf("bit %d of byte %d (%s): %s", v.Bit, v.Off, v.What, problem)
			}
		}
	}
	if failures > 40 {
		t.Errorf("… and %d more failures", failures-40)
	}
}

// Limits and names of the bit-flip test.
const (
	flipHelperEnv = "NETVET_FLIP_HELPER"
	// flipDeadline is how long one command may take on a damaged file.
	flipDeadline = 2 * time.Second
	// flipMemory is the most memory (peak resident set) a helper may use.
	flipMemory = 500 << 20
	// flipHelpers run side by side, one per processor of the machine.
	flipHelpers = 2
)

// flipOps are the commands run on every damaged copy, in this order; the
// import comes last because it may write.
var flipOps = []string{"check", "export", "open", "import"}

// flipVariant is one bit to flip.
type flipVariant struct {
	Off  int    `json:"off"`
	Bit  uint   `json:"bit"`
	What string `json:"what"`
}

// flipOpResult is what one command did on one damaged copy.
type flipOpResult struct {
	Op     string `json:"op"`
	Code   int    `json:"code"`
	Stderr string `json:"stderr"`
	// Mode is how the interface's open went: "writable", "read-only" or
	// "refused".
	Mode   string        `json:"mode,omitempty"`
	Took   time.Duration `json:"took"`
	Peak   int64         `json:"peak"`
	Change bool          `json:"change"`
	// Died says why the helper did not report: killed after the deadline,
	// past the memory limit, or its own death.
	Died string `json:"died,omitempty"`
}

// flipFixture writes a small real database: the demo data and one network
// with enough interviews for branch pages and a note long enough for
// overflow pages.
func flipFixture(t *testing.T, dir string) string {
	t.Helper()
	path := filepath.Join(dir, "fixture.db")
	st, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	demo := model.Demo(model.DateOf(time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)))
	nets := demo.Networks
	big := nets[0]
	big.Name = "Bit Flip Network"
	big.Promises = slices.Clone(big.Promises)
	big.Interviews, big.Evidence = nil, nil
	for i := range 80 {
		iv := model.Interview{Member: fmt.Sprintf("Member %d", i), Notes: fmt.Sprintf("Note %d.", i)}
		if i == 0 {
			iv.Notes = strings.Repeat("A long note that needs overflow pages. ", 300)
		}
		big.Interviews = append(big.Interviews, iv)
	}
	if err := st.ReplaceAll(demo.Profile, append(nets, big), false); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// writeImportFile writes an export with one new network, for the import.
func writeImportFile(t *testing.T, path string) {
	t.Helper()
	n := model.Demo(model.DateOf(time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC))).Networks[1]
	n.Name = "Imported After A Bit Flip"
	var b bytes.Buffer
	if err := (model.Export{ExportedAt: time.Now(), Networks: []model.Network{n}}).WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
}

func writeJSONFile(t *testing.T, path string, v any) {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
}

// The bbolt layout the test parses on its own (bbolt v1.5.0,
// internal/common): a page header is id (8 bytes), flags (2), count (2),
// overflow (4); a branch element is pos (4), ksize (4), pgid (8); a leaf
// element is flags (4), pos (4), ksize (4), vsize (4).
const (
	fPageHeader = 16
	fElement    = 16
	fBranch     = 0x01
	fLeaf       = 0x02
	fFreelist   = 0x10
)

// flipField is a field of a header: its offset, its size in bytes and its
// name.
type flipField struct {
	off, size int
	name      string
}

var (
	fPageFields   = []flipField{{0, 8, "id"}, {8, 2, "flags"}, {10, 2, "count"}, {12, 4, "overflow"}}
	fBranchFields = []flipField{{0, 4, "pos"}, {4, 4, "ksize"}, {8, 8, "pgid"}}
	fLeafFields   = []flipField{{0, 4, "flags"}, {4, 4, "pos"}, {8, 4, "ksize"}, {12, 4, "vsize"}}
	fMetaFields   = []flipField{{16, 4, "magic"}, {20, 4, "version"}, {24, 4, "page size"}, {28, 4, "flags"}, {32, 8, "root"}, {40, 8, "sequence"}, {48, 8, "freelist"}, {56, 8, "page count"}, {64, 8, "txid"}, {72, 8, "checksum"}}
)

// flipVariants lists the bits to flip: in every page up to the high-water
// mark, each field of the page header; in branch and leaf pages, each
// field of the first, a middle and the last element, and a few data bytes;
// in the free list, its ids; in the meta pages, each field. With all, every
// bit of those fields; otherwise two bits of each, picked by the seed.
func flipVariants(t *testing.T, b []byte, seed uint64, all bool) []flipVariant {
	t.Helper()
	rng := rand.New(rand.NewPCG(seed, 0))
	pageSize := int(binary.LittleEndian.Uint32(b[24:]))
	// bbolt uses the meta page with the higher transaction id.
	meta := 0
	if binary.LittleEndian.Uint64(b[pageSize+64:]) > binary.LittleEndian.Uint64(b[64:]) {
		meta = pageSize
	}
	pages := int(binary.LittleEndian.Uint64(b[meta+56:]))
	var out []flipVariant
	field := func(base int, f flipField, what string) {
		bits := f.size * 8
		if all {
			for bit := range bits {
				out = append(out, flipVariant{Off: base + f.off + bit/8, Bit: uint(bit % 8), What: what + " " + f.name})
			}
			return
		}
		// The lowest bits matter most for sizes and ids; one of them and
		// one anywhere in the field.
		for _, bit := range []int{rng.IntN(min(bits, 8)), rng.IntN(bits)} {
			out = append(out, flipVariant{Off: base + f.off + bit/8, Bit: uint(bit % 8), What: what + " " + f.name})
		}
	}
	for _, f := range fMetaFields {
		field(0, f, "meta page 0")
		field(pageSize, f, "meta page 1")
	}
	kinds := map[string]int{}
	for id := 2; id < pages; id++ {
		base := id * pageSize
		flags := binary.LittleEndian.Uint16(b[base+8:])
		count := int(binary.LittleEndian.Uint16(b[base+10:]))
		overflow := int(binary.LittleEndian.Uint32(b[base+12:]))
		what := fmt.Sprintf("page %d (%s)", id, flipPageKind(flags))
		kinds[flipPageKind(flags)]++
		for _, f := range fPageFields {
			field(base, f, what+" header")
		}
		span := (overflow + 1) * pageSize
		switch flags {
		case fBranch, fLeaf:
			fields := fLeafFields
			if flags == fBranch {
				fields = fBranchFields
			}
			for _, e := range flipSampleElements(count, all) {
				for _, f := range fields {
					field(base+fPageHeader+e*fElement, f, fmt.Sprintf("%s element %d", what, e))
				}
			}
			data := fPageHeader + count*fElement
			for range 3 {
				if data < span {
					off := base + data + rng.IntN(span-data)
					out = append(out, flipVariant{Off: off, Bit: uint(rng.IntN(8)), What: what + " data"})
				}
			}
		case fFreelist:
			for i := range min(count, 4) {
				field(base+fPageHeader+i*8, flipField{0, 8, "id"}, fmt.Sprintf("%s entry %d", what, i))
			}
		}
		id += overflow
	}
	for _, kind := range []string{"branch", "leaf", "freelist"} {
		if kinds[kind] == 0 {
			t.Fatalf("the fixture has no %s page: %v", kind, kinds)
		}
	}
	return out
}

// flipSampleElements picks the elements whose headers are flipped: all
// of them with all, else the first, a middle and the last.
func flipSampleElements(count int, all bool) []int {
	if all || count <= 3 {
		out := make([]int, count)
		for i := range out {
			out[i] = i
		}
		return out
	}
	return []int{0, count / 2, count - 1}
}

func flipPageKind(flags uint16) string {
	switch flags {
	case fBranch:
		return "branch"
	case fLeaf:
		return "leaf"
	case fFreelist:
		return "freelist"
	}
	return fmt.Sprintf("free, flags %#x", flags)
}

// runFlipHelpers runs the variants in flipHelpers helper processes and
// returns each variant's results in the order of flipOps.
func runFlipHelpers(t *testing.T, dir string, n int) [][]flipOpResult {
	t.Helper()
	results := make([][]flipOpResult, n)
	done := make(chan struct{})
	per := (n + flipHelpers - 1) / flipHelpers
	for h := range flipHelpers {
		from, to := h*per, min(n, (h+1)*per)
		go func() {
			defer func() { done <- struct{}{} }()
			for next := from; next < to; {
				next = runFlipHelper(t, dir, h, next, to, results)
			}
		}()
	}
	for range flipHelpers {
		<-done
	}
	return results
}

// runFlipHelper starts one helper at variant from and reads its reports
// until it has done every variant up to to, or dies, or is killed; it
// returns the variant to go on with.
func runFlipHelper(t *testing.T, dir string, h, from, to int, results [][]flipOpResult) int {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^TestBitFlipsAreRefusedQuickly$", "-test.count=1")
	cmd.Env = append(os.Environ(), flipHelperEnv+"="+dir, "NETVET_FLIP_RANGE="+fmt.Sprintf("%d:%d:%d", h, from, to))
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Error(err)
		return to
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Error(err)
		return to
	}
	lines := make(chan string)
	go func() {
		sc := bufio.NewScanner(out)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	cur, op := from, -1
	var died string
	poll := time.NewTicker(20 * time.Millisecond)
	defer poll.Stop()
	deadline := time.Now().Add(time.Minute)
loop:
	for {
		select {
		case line, ok := <-lines:
			if !ok {
				break loop
			}
			kind, rest, _ := strings.Cut(line, " ")
			switch kind {
			case "flip-begin":
				fmt.Sscanf(rest, "%d %d", &cur, &op)
				deadline = time.Now().Add(flipDeadline)
			case "flip-end":
				var r flipOpResult
				if err := json.Unmarshal([]byte(rest), &r); err != nil {
					t.Errorf("helper said %q: %v", line, err)
					break loop
				}
				results[cur] = append(results[cur], r)
				op = -1
				deadline = time.Now().Add(time.Minute)
			}
		case <-poll.C:
			if op >= 0 && time.Now().After(deadline) {
				died = fmt.Sprintf("no answer after %v", flipDeadline)
				break loop
			}
			if rss := residentBytes(cmd.Process.Pid); rss > flipMemory {
				died = fmt.Sprintf("%d MB resident, over the limit of %d MB", rss>>20, flipMemory>>20)
				break loop
			}
		}
	}
	cancel()
	_ = cmd.Wait()
	for range lines {
	}
	if op < 0 && len(results[cur]) == len(flipOps) {
		return cur + 1
	}
	if died == "" {
		died = "the helper died: " + lastLines(stderr.String(), 3)
	}
	name := "helper"
	if op >= 0 {
		name = flipOps[op]
	}
	results[cur] = append(results[cur], flipOpResult{Op: name, Died: died})
	return cur + 1
}

// residentBytes is the resident set of the process, or 0 when it cannot
// be read.
func residentBytes(pid int) int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/statm", pid))
	if err != nil {
		return 0
	}
	f := strings.Fields(string(b))
	if len(f) < 2 {
		return 0
	}
	pages, _ := strconv.ParseInt(f[1], 10, 64)
	return pages * int64(os.Getpagesize())
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, " | ")
}

// judgeFlip lists what is wrong with the results of one variant.
func judgeFlip(rs []flipOpResult) []string {
	var out []string
	codes := map[string]int{}
	for _, r := range rs {
		if r.Died != "" {
			out = append(out, fmt.Sprintf("%s: %s", r.Op, r.Died))
			continue
		}
		codes[r.Op] = r.Code
		lines := strings.Count(r.Stderr, "\n")
		switch {
		case r.Code != exitOK && r.Code != exitFailure:
			out = append(out, fmt.Sprintf("%s: exit %d, want 0 or 1; stderr %.300q", r.Op, r.Code, r.Stderr))
		case r.Code == exitFailure && (lines != 1 || !strings.HasSuffix(r.Stderr, "\n")):
			out = append(out, fmt.Sprintf("%s: %d lines on stderr, want one: %.300q", r.Op, lines, r.Stderr))
		case r.Code == exitOK && r.Stderr != "":
			out = append(out, fmt.Sprintf("%s: exit 0 with stderr %.300q", r.Op, r.Stderr))
		}
		if r.Took > flipDeadline {
			out = append(out, fmt.Sprintf("%s: took %v, more than %v", r.Op, r.Took, flipDeadline))
		}
		if r.Peak > flipMemory {
			out = append(out, fmt.Sprintf("%s: used %d MB, more than %d MB", r.Op, r.Peak>>20, flipMemory>>20))
		}
		if r.Change && !(r.Op == "import" && r.Code == exitOK) {
			out = append(out, fmt.Sprintf("%s changed the file (exit %d)", r.Op, r.Code))
		}
		if r.Op == "open" && r.Mode == "writable" && codes["check"] != exitOK {
			out = append(out, "the interface opened for writing a file that check refuses")
		}
		if r.Op == "import" && r.Code == exitOK && codes["check"] != exitOK {
			out = append(out, "import wrote into a file that check refuses")
		}
	}
	if len(rs) < len(flipOps) && len(out) == 0 {
		out = append(out, fmt.Sprintf("only %d of %d commands reported", len(rs), len(flipOps)))
	}
	return out
}

// flipHelper is the helper process: it runs the commands on its range of
// variants and reports each on standard output.
func flipHelper(dir string) {
	var h, from, to int
	if _, err := fmt.Sscanf(os.Getenv("NETVET_FLIP_RANGE"), "%d:%d:%d", &h, &from, &to); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(3)
	}
	var variants []flipVariant
	b, err := os.ReadFile(filepath.Join(dir, "variants.json"))
	if err == nil {
		err = json.Unmarshal(b, &variants)
	}
	orig, rerr := os.ReadFile(filepath.Join(dir, "fixture.db"))
	if err != nil || rerr != nil {
		fmt.Fprintln(os.Stderr, err, rerr)
		os.Exit(3)
	}
	work := filepath.Join(dir, fmt.Sprintf("helper-%d", h))
	// Nothing may reach a real database.
	os.Setenv(store.EnvDB, filepath.Join(work, "default.db"))
	for i := from; i < to; i++ {
		_ = os.RemoveAll(work)
		if err := os.MkdirAll(work, 0o700); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(3)
		}
		db := filepath.Join(work, "damaged.db")
		damaged := bytes.Clone(orig)
		damaged[variants[i].Off] ^= 1 << variants[i].Bit
		if err := os.WriteFile(db, damaged, 0o600); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(3)
		}
		for op := range flipOps {
			fmt.Printf("flip-begin %d %d\n", i, op)
			r := flipRun(flipOps[op], db, filepath.Join(dir, "import.json"), work)
			line, _ := json.Marshal(r)
			fmt.Printf("flip-end %s\n", line)
		}
	}
	os.Exit(0)
}

// flipRun runs one command on the damaged file db and says what it did.
func flipRun(op, db, importFile, work string) flipOpResult {
	before := sha256.Sum256(mustRead(db))
	_ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0)
	r := flipOpResult{Op: op}
	start := time.Now()
	var stderr bytes.Buffer
	switch op {
	case "check":
		r.Code = run(context.Background(), []string{"--db", db, "check"}, strings.NewReader(""), io.Discard, &stderr)
	case "export":
		r.Code = run(context.Background(), []string{"--db", db, "export", "-o", filepath.Join(work, "export.json")}, strings.NewReader(""), io.Discard, &stderr)
	case "import":
		r.Code = run(context.Background(), []string{"--db", db, "import", importFile}, strings.NewReader(""), io.Discard, &stderr)
	case "open":
		r.Mode, r.Code = flipOpenForInterface(db, &stderr)
	}
	r.Took = time.Since(start)
	r.Stderr = stderr.String()
	r.Peak = peakResident()
	r.Change = sha256.Sum256(mustRead(db)) != before
	return r
}

// flipOpenForInterface opens the file as the interface does and loads what
// the interface loads at start; an error is printed as main prints it.
func flipOpenForInterface(db string, stderr io.Writer) (mode string, code int) {
	st, readOnly, err := openForInterface(db)
	if err == nil {
		_, _, err = st.Profile()
		if err == nil {
			_, err = st.Networks()
		}
		st.Close()
	}
	switch {
	case err != nil:
		printError(stderr, fang.Styles{}, err)
		return "refused", exitFailure
	case readOnly:
		return "read-only", exitOK
	}
	return "writable", exitOK
}

func mustRead(path string) []byte {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	return b
}

// peakResident is the process's peak resident set since the last reset.
func peakResident() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return kb << 10
		}
	}
	return 0
}
