package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"netvet/model"
	"netvet/store"
)

// Tests of what netvet must never do to a file: replace a database or a
// special file, write into a file another netvet has open or that is
// damaged, hang on a named pipe, or print a line of megabytes (issue 11).

// dtRunWithin runs the command line and fails the test if it takes more
// than within: a hang must fail the test, not stop the suite.
func dtRunWithin(t *testing.T, within time.Duration, args ...string) dtResult {
	t.Helper()
	done := make(chan dtResult, 1)
	go func() { done <- dtRun(t, "", args...) }()
	select {
	case r := <-done:
		return r
	case <-time.After(within):
		t.Fatalf("netvet %s did not return within %v", strings.Join(args, " "), within)
		return dtResult{}
	}
}

// dtOneLine fails unless r failed with one line on stderr matching pattern.
func dtOneLine(t *testing.T, r dtResult, pattern string) {
	t.Helper()
	if r.code != exitFailure || strings.Count(r.stderr, "\n") != 1 || !regexp.MustCompile(pattern).MatchString(r.stderr) {
		t.Errorf("exit %d, stderr %q; want exit 1 and one line matching %s", r.code, r.stderr, pattern)
	}
}

// TestExportNeverReplacesADatabaseOrASpecialFile: export -o, even with
// --force, refuses a netvet database, a bbolt file of another program, a
// folder, a named pipe and a link to a device, with one line, and leaves
// each as it was; an existing export is replaced only with --force.
func TestExportNeverReplacesADatabaseOrASpecialFile(t *testing.T) {
	dir := dtEnv(t)
	demo := dtDemo(t, dir)
	other := dtCopy(t, demo, filepath.Join(dir, "other.db"))
	foreign := filepath.Join(dir, "foreign.db")
	db, err := bolt.Open(foreign, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Update(func(tx *bolt.Tx) error { _, err := tx.CreateBucket([]byte("theirs")); return err }); err != nil {
		t.Fatal(err)
	}
	db.Close()
	folder := filepath.Join(dir, "folder")
	fifo := filepath.Join(dir, "fifo")
	null := filepath.Join(dir, "null")
	if err := os.Mkdir(folder, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("/dev/null", null); err != nil {
		t.Fatal(err)
	}
	cases := []struct{ target, want string }{
		{other, `is a database; netvet never writes over one`},
		{foreign, `is a database; netvet never writes over one`},
		{folder, `is a folder; netvet never writes over it`},
		{fifo, `is a named pipe; netvet never writes over it`},
		{null, `is a device; netvet never writes over it`},
	}
	for _, c := range cases {
		before, _ := os.Lstat(c.target)
		var hash string
		if before.Mode().IsRegular() {
			hash = dtHash(t, c.target)
		}
		r := dtRunWithin(t, 10*time.Second, "export", "--db", demo, "-o", c.target, "--force")
		dtOneLine(t, r, `^netvet: `+regexp.QuoteMeta(c.target)+` `+c.want)
		after, _ := os.Lstat(c.target)
		if after == nil || after.Mode() != before.Mode() || !os.SameFile(before, after) || (hash != "" && dtHash(t, c.target) != hash) {
			t.Errorf("export changed %s", c.target)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 6 {
		t.Errorf("the folder holds %d entries, want the 6 made here: a refused export left something", len(entries))
	}
}

// TestNothingReplacesADatabaseAnotherNetvetHasOpen: while a netvet has B
// open (as the interface does), backup --force B and export -o B --force
// are refused and B stays as it was; once B is closed, backup --force may
// replace it, as it replaces an older backup.
func TestNothingReplacesADatabaseAnotherNetvetHasOpen(t *testing.T) {
	dir := dtEnv(t)
	demo := dtDemo(t, dir)
	b := dtCopy(t, demo, filepath.Join(dir, "b.db"))
	held, err := store.Open(b, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	hash := dtHash(t, b)
	r := dtRun(t, "", "backup", "--db", demo, "--force", b)
	dtOneLine(t, r, `^netvet: `+regexp.QuoteMeta(b)+` is open in another netvet; nothing was written`)
	r = dtRun(t, "", "export", "--db", demo, "-o", b, "--force")
	dtOneLine(t, r, `^netvet: `+regexp.QuoteMeta(b)+` is a database; netvet never writes over one`)
	if dtHash(t, b) != hash {
		t.Error("B changed while it was open")
	}
	// The holder still writes into the file that is at the path.
	if _, err := held.CreateNetwork(model.Network{Name: "Still Here", Kind: model.KindOther, Status: model.StatusResearching}); err != nil {
		t.Fatal(err)
	}
	if err := held.Close(); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(dtExport(t, b), "Still Here") {
		t.Error("the save of the netvet that had B open is not in B")
	}
	if out := dtMust(t, "backup", "--db", demo, "--force", b); !strings.HasPrefix(out, "Backed up ") {
		t.Errorf("backup over a closed older copy said %q", out)
	}
	if strings.Contains(dtExport(t, b), "Still Here") {
		t.Error("backup --force did not replace the older copy")
	}
}

// dtPlant changes a database behind netvet's back.
func dtPlant(t *testing.T, path string, fn func(tx *bolt.Tx) error) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Update(fn); err != nil {
		t.Fatal(err)
	}
}

// dtFirstPromise calls fn with the promises bucket of the file's first
// network and the key and value of its first promise.
func dtFirstPromise(tx *bolt.Tx, fn func(b *bolt.Bucket, k, v []byte) error) error {
	nets := tx.Bucket([]byte("networks"))
	k, _ := nets.Cursor().First()
	b := nets.Bucket(k).Bucket([]byte("promises"))
	pk, pv := b.Cursor().First()
	return fn(b, pk, append([]byte(nil), pv...))
}

// dtBadCategory plants a promise category the file may not hold.
func dtBadCategory(category string) func(tx *bolt.Tx) error {
	return func(tx *bolt.Tx) error {
		return dtFirstPromise(tx, func(b *bolt.Bucket, k, v []byte) error {
			var m map[string]any
			if err := json.Unmarshal(v, &m); err != nil {
				return err
			}
			m["category"] = category
			nv, err := json.Marshal(m)
			if err != nil {
				return err
			}
			return b.Put(k, nv)
		})
	}
}

// TestADamagedFileIsNeverWritten: a file check calls damaged — here a
// promise with an unknown category and notes of no interview — is not
// imported into, is opened read-only by the interface, is not exported,
// and export --salvage writes the rest and lists what it left out on
// standard error; the file never changes.
func TestADamagedFileIsNeverWritten(t *testing.T) {
	dir := dtEnv(t)
	demo := dtDemo(t, dir)
	damaged := dtCopy(t, demo, filepath.Join(dir, "damaged.db"))
	dtPlant(t, damaged, dtBadCategory("bribes"))
	dtPlant(t, damaged, func(tx *bolt.Tx) error {
		nets := tx.Bucket([]byte("networks"))
		k, _ := nets.Cursor().Last()
		return nets.Bucket(k).Bucket([]byte("notes")).Put([]byte("\x00\x00\x00\x00\x00\x00\x00\x63"), []byte("orphaned notes"))
	})
	hash := dtHash(t, damaged)
	in := filepath.Join(dir, "in.json")
	dtExportTo(t, demo, in)

	r := dtRun(t, "", "check", "--db", damaged)
	if r.code != exitFailure || strings.Count(r.stdout, "problem: ") != 2 {
		t.Errorf("check: exit %d, stdout %q; want the two problems", r.code, r.stdout)
	}
	r = dtRun(t, "", "import", in, "--db", damaged, "--replace")
	dtOneLine(t, r, `^netvet: `+regexp.QuoteMeta(damaged)+` is damaged: .*"bribes" is not one of.*, and 1 more problems \(it was not changed; run netvet check for the list\)`)

	st, readOnly, err := openForInterface(damaged)
	if err != nil || !readOnly || !st.ReadOnly() {
		t.Fatalf("openForInterface = %v, read-only %v; want a read-only store", err, readOnly)
	}
	if _, err := st.CreateNetwork(model.Network{Name: "X", Kind: model.KindOther, Status: model.StatusResearching}); err == nil {
		t.Error("the read-only store saved a network")
	}
	st.Close()

	out := filepath.Join(dir, "out.json")
	r = dtRun(t, "", "export", "--db", damaged, "-o", out)
	dtOneLine(t, r, `^netvet: `+regexp.QuoteMeta(strconv.Quote(damaged))+` is damaged, so nothing was exported: .*"bribes" is not one of.* \(run netvet check .*export --salvage`)
	if _, err := os.Stat(out); err == nil {
		t.Error("the refused export wrote a file")
	}
	r = dtRun(t, "", "export", "--db", damaged, "-o", out, "--salvage")
	// The promise, the answers about it, its status on joining and the
	// promise check of it in the Werkbank's membership, and the notes.
	want := []string{
		`^netvet: left out: the promise "p1" of network "[^"]+" \(id "[^"]+"\): category: "bribes" is not one of`,
		`^netvet: left out: the answer of interview "i1" about promise "p1" of network .*: the network has no such promise$`,
		`^netvet: left out: the answer of interview "i2" about promise "p1" of network .*: the network has no such promise$`,
		`^netvet: left out: the answer of interview "i3" about promise "p1" of network .*: the network has no such promise$`,
		`^netvet: left out: the status on joining of promise "p1" of network .*: the network has no such promise$`,
		`^netvet: left out: the ledger entry "l11" of network .*: promise_id: names promise "p1", which this network does not have$`,
		`^netvet: left out: the notes at key 99 of network "[^"]+" \(id "[^"]+"\) \(14 bytes\): they belong to no interview$`,
	}
	left := strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n")
	if r.code != exitOK || len(left) != len(want) {
		t.Fatalf("export --salvage: exit %d, stderr %q; want %d parts left out", r.code, r.stderr, len(want))
	}
	for i, w := range want {
		if !regexp.MustCompile(w).MatchString(left[i]) {
			t.Errorf("export --salvage, line %d: %q, want %s", i+1, left[i], w)
		}
	}
	if r := dtRun(t, "", "import", out, "--db", filepath.Join(dir, "fresh.db")); r.code != exitOK {
		t.Errorf("the salvaged export does not import: %q", r.stderr)
	}
	if dtHash(t, damaged) != hash {
		t.Error("the damaged file changed")
	}
}

// dtExportTo exports the database as JSON to file.
func dtExportTo(t *testing.T, db, file string) {
	t.Helper()
	dtMust(t, "export", "--db", db, "-o", file)
}

// TestANamedPipeAsTheDatabaseIsRefusedAtOnce: --db naming a named pipe
// made every command wait forever; now each refuses it with one line.
func TestANamedPipeAsTheDatabaseIsRefusedAtOnce(t *testing.T) {
	dir := dtEnv(t)
	fifo := filepath.Join(dir, "fifo.db")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	in := filepath.Join(dir, "in.json")
	dtExportTo(t, dtDemo(t, dir), in)
	for _, args := range [][]string{{"check"}, {"export"}, {"import", in}, {"backup", filepath.Join(dir, "copy.db")}, {"verdict"}} {
		r := dtRunWithin(t, 10*time.Second, append([]string{"--db", fifo}, args...)...)
		dtOneLine(t, r, `^netvet: `+regexp.QuoteMeta(fifo)+` is a named pipe, not a database file\n$`)
	}
}

// TestCheckCutsLongProblemLines: a network name of megabytes made check
// (and import's refusal) print a line of megabytes; each line is now cut,
// with the rest counted, and the escape in it shown escaped.
func TestCheckCutsLongProblemLines(t *testing.T) {
	dir := dtEnv(t)
	demo := dtDemo(t, dir)
	in := filepath.Join(dir, "in.json")
	dtExportTo(t, demo, in)
	damaged := dtCopy(t, demo, filepath.Join(dir, "damaged.db"))
	dtPlant(t, damaged, func(tx *bolt.Tx) error {
		nets := tx.Bucket([]byte("networks"))
		k, _ := nets.Cursor().First()
		nb := nets.Bucket(k)
		var m map[string]any
		if err := json.Unmarshal(nb.Get([]byte("record")), &m); err != nil {
			return err
		}
		m["name"] = "\x1b]0;PWNED\x07" + strings.Repeat("x", 4<<20)
		v, err := json.Marshal(m)
		if err != nil {
			return err
		}
		return nb.Put([]byte("record"), v)
	})
	r := dtRun(t, "", "check", "--db", damaged)
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	if r.code != exitFailure || len(lines) != 1 {
		t.Fatalf("check: exit %d, %d lines", r.code, len(lines))
	}
	line := lines[0]
	if !regexp.MustCompile(`^problem: network "\\x1b\]0;PWNED\\ax+… \(4,194,\d{3} more characters\)$`).MatchString(line) || len([]rune(line)) > 250 {
		t.Errorf("check printed %d characters: %.300q", len([]rune(line)), line)
	}
	if strings.ContainsAny(r.stdout+r.stderr, "\x1b\x07") {
		t.Error("check printed the escape sequence raw")
	}
	r = dtRun(t, "", "import", in, "--db", damaged)
	if r.code != exitFailure || len(r.stderr) > 1000 || strings.ContainsAny(r.stderr, "\x1b\x07") {
		t.Errorf("import: exit %d, %d bytes on stderr: %.300q", r.code, len(r.stderr), r.stderr)
	}
}

// TestE2EADamagedFileOpensReadOnly: in a real terminal, the interface
// opens a damaged file read-only, says so in the header, refuses a save
// with an explanation, and quits leaving the file as it was.
func TestE2EADamagedFileOpensReadOnly(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	demo := filepath.Join(dir, "demo.db")
	dtMust(t, "demo", "--no-open", "--db", demo)
	dtPlant(t, demo, dtBadCategory("bribes"))
	hash := dtHash(t, demo)
	tm := startTerminal(t, 100, 30, demo)
	tm.waitForText("READ-ONLY: the file is damaged, run netvet check", "Candidate networks (6)")
	tm.press("n")
	tm.waitForText(textNewNetwork)
	tm.typeText("Not Saved")
	tm.waitForLine("Name", "Not Saved")
	tm.press("C-s")
	tm.waitForText("Could not save", "nothing was saved", "netvet opened it read-only")
	tm.press("Escape")
	tm.waitForLine("Name", "Not Saved")
	tm.press("C-c")
	if code := tm.waitExit(tm.main, waitTimeout); code != exitOK {
		t.Errorf("netvet exited with status %d after ctrl+c, want %d", code, exitOK)
	}
	if dtHash(t, demo) != hash {
		t.Error("the damaged file changed")
	}
}

// dtCopy copies the file from to the path to and returns it.
func dtCopy(t *testing.T, from, to string) string {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	return dtWrite(t, to, string(b))
}
