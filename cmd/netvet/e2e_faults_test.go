package main

// Faults under the running interface, in a real terminal: a disk that
// fills up, a file system that turns read-only, a damaged database, missing
// folders, a temporary folder the editor cannot use. Another netvet holding
// the file is TestE2ESecondInstanceExitsAtOnce (e2e_test.go); a kill right
// after a save is TestE2EKilledProcessKeepsSavedData, and many kills in a
// row are TestCrashKillsLoseNothing (crash_test.go).

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

const (
	// mountNSEnv marks a test process that runs in a mount namespace of
	// its own, where it may mount file systems (see withTmpfs).
	mountNSEnv = "NETVET_E2E_MOUNT_NS"
	// userNSEnv makes withTmpfs use a user namespace even as root, to
	// try the way it works for everyone else.
	userNSEnv = "NETVET_E2E_USERNS"
	// childTimeout bounds a test run again in a namespace.
	childTimeout = 5 * time.Minute
	// textCouldNotSave is the failure panel's title (tui/text.go).
	textCouldNotSave = "Could not save"
)

// withTmpfs gives the calling test a fresh tmpfs of the given size (a
// mount option such as "4m"), mounted where only this test sees it. Root
// mounts it in a mount namespace of its own; anyone else in a user
// namespace too (unshare --user --map-root-user). So the test runs again
// in a child process inside the namespace: withTmpfs returns the mount
// point there, and "" here, in the parent, after checking that the child
// passed — the caller then returns. A machine that allows neither fails
// the test, with the reason.
func withTmpfs(t *testing.T, size string) string {
	t.Helper()
	if os.Getenv(mountNSEnv) == "" {
		runInMountNamespace(t)
		return ""
	}
	dir := filepath.Join(t.TempDir(), "tmpfs")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, "size="+size+",mode=0755"); err != nil {
		t.Fatalf("mount a tmpfs on %s in the test's own mount namespace: %v", dir, err)
	}
	t.Cleanup(func() {
		if err := syscall.Unmount(dir, syscall.MNT_DETACH); err != nil {
			t.Errorf("unmount %s: %v", dir, err)
		}
	})
	return dir
}

// runInMountNamespace runs the current test again, alone, in a new mount
// namespace, and fails unless it passes there.
func runInMountNamespace(t *testing.T) {
	t.Helper()
	unshare, err := exec.LookPath("unshare")
	if err != nil {
		t.Fatalf("this test mounts a small file system and needs unshare (util-linux) for a private mount namespace: %v", err)
	}
	args := []string{"--mount", "--propagation", "private"}
	if os.Geteuid() != 0 || os.Getenv(userNSEnv) != "" {
		args = append(args, "--user", "--map-root-user")
	}
	how := "unshare " + strings.Join(args, " ")
	args = append(args, os.Args[0], "-test.run=^"+t.Name()+"$", "-test.count=1", "-test.v", "-test.timeout="+childTimeout.String())
	ctx, cancel := context.WithTimeout(t.Context(), childTimeout+30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, unshare, args...)
	cmd.Env = append(os.Environ(), mountNSEnv+"=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("the test in its own mount namespace (%s) failed: %v\n%s", how, err, out)
	}
	if !bytes.Contains(out, []byte("--- PASS: "+t.Name())) {
		t.Fatalf("the test did not run in its mount namespace:\n%s", out)
	}
	t.Logf("ran in a private mount namespace (%s)", how)
	for line := range strings.SplitSeq(string(out), "\n") {
		if strings.Contains(line, ".go:") {
			t.Log(strings.TrimSpace(line))
		}
	}
}

// fillDisk writes a file into dir until the file system has no room left,
// and returns its path.
func fillDisk(t *testing.T, dir string) string {
	t.Helper()
	path := filepath.Join(dir, "filler")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, chunk := range []int{1 << 16, 1 << 12, 1 << 9} {
		buf := make([]byte, chunk)
		for {
			if _, err = f.Write(buf); err != nil {
				break
			}
		}
		if !errors.Is(err, syscall.ENOSPC) {
			t.Fatalf("filling %s: %v, want ENOSPC", dir, err)
		}
	}
	return path
}

// paste pastes text into netvet's pane as a bracketed paste, as a terminal
// does with the clipboard.
func (tm *terminal) paste(text string) {
	tm.t.Helper()
	file := filepath.Join(tm.dir, "paste.txt")
	if err := os.WriteFile(file, []byte(text), 0o600); err != nil {
		tm.t.Fatal(err)
	}
	tm.tmux("load-buffer", "-b", "paste", file)
	tm.tmux("paste-buffer", "-p", "-d", "-b", "paste", "-t", tm.main.pane)
}

// assertRunning fails the test unless netvet in the main pane still runs.
func (tm *terminal) assertRunning() {
	tm.t.Helper()
	if _, err := os.Stat(tm.main.exitFile); err == nil {
		tm.t.Fatalf("netvet exited by itself; the pane shows:\n%s", tm.screen())
	}
	if err := syscall.Kill(tm.netvetPID(), 0); err != nil {
		tm.t.Fatalf("netvet is gone: %v", err)
	}
}

// quit leaves netvet with q from where it is and expects exit status 0.
func (tm *terminal) quit() {
	tm.t.Helper()
	tm.press("q")
	if code := tm.waitExit(tm.main, waitTimeout); code != exitOK {
		tm.t.Fatalf("netvet exited with status %d after q, want %d", code, exitOK)
	}
}

// interviewNotes is notes of about size bytes, lines a terminal shows
// whole, with a last line to look for.
func interviewNotes(size int) string {
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "Line %d: Grete got three contracts through the circle, all from members.\n", i)
	}
	b.WriteString("The last line of the notes.")
	return b.String()
}

// exportedDoc is the part of an export the fault tests look at.
type exportedDoc struct {
	Networks []struct {
		Name       string `json:"name"`
		Interviews []struct {
			Member string `json:"member"`
			Notes  string `json:"notes"`
		} `json:"interviews"`
	} `json:"networks"`
}

// checkAndExport runs netvet check on db, which must pass, and returns its
// export.
func checkAndExport(t *testing.T, db string) exportedDoc {
	t.Helper()
	if r := dtRun(t, "", "check", "--db", db); r.code != exitOK || !strings.HasPrefix(r.stdout, "OK: ") {
		t.Fatalf("netvet check: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	var doc exportedDoc
	if err := json.Unmarshal([]byte(dtMust(t, "export", "--db", db)), &doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestE2EFullDiskKeepsTheEdit fills the disk under a running netvet, on a
// real (small) file system: saving an interview with long notes fails, the
// failure panel says why, the form keeps everything typed, netvet keeps
// running; with room again the same save succeeds, and the network saved
// before is there, unharmed.
func TestE2EFullDiskKeepsTheEdit(t *testing.T) {
	t.Parallel()
	dir := withTmpfs(t, "2m")
	if dir == "" {
		return
	}
	db := filepath.Join(dir, "netvet", "netvet.db")
	tm := startTerminal(t, 100, 30, db)
	tm.skipSetup()
	tm.addNetwork("Alpha Kreis")

	filler := fillDisk(t, dir)
	tm.press("Enter")
	tm.waitForText("Due diligence: Alpha Kreis")
	tm.press("3")
	tm.press("n")
	tm.waitForText("New interview")
	tm.typeText("Grete Fuchs")
	tm.waitForLine("Member", "Grete Fuchs")
	// Member → business, since, date, channel, similar, picked, count,
	// value, join again, recommendation, red flags, notes.
	tm.pressTimes("Tab", 12)
	notes := interviewNotes(48 << 10)
	tm.paste(notes)
	tm.waitForText("The last line of the notes.")
	tm.press("C-s")
	tm.waitForText(textCouldNotSave, "no space", "nothing you typed is lost")
	tm.assertRunning()

	// The panel goes with esc; the form is still there, filled in (and
	// scrolled to the notes, where the cursor is).
	tm.press("Escape")
	tm.waitFor("the form with the notes", func(s string) bool {
		return !strings.Contains(s, textCouldNotSave) && strings.Contains(s, "New interview") &&
			strings.Contains(s, "The last line of the notes.")
	})
	// A moment later it still runs: it does not give up by itself.
	time.Sleep(300 * time.Millisecond)
	tm.assertRunning()

	// Room again: the same save succeeds.
	if err := os.Remove(filler); err != nil {
		t.Fatal(err)
	}
	tm.press("C-s")
	tm.waitFor("the interview saved", func(s string) bool {
		return hasLine(s, textSaved) && lineWith(s, "Grete Fuchs") != "" && !strings.Contains(s, "New interview")
	})
	tm.quit()

	doc := checkAndExport(t, db)
	if len(doc.Networks) != 1 || doc.Networks[0].Name != "Alpha Kreis" || len(doc.Networks[0].Interviews) != 1 {
		t.Fatalf("after the full disk the database holds %+v", doc.Networks)
	}
	if iv := doc.Networks[0].Interviews[0]; iv.Member != "Grete Fuchs" || iv.Notes != notes {
		t.Fatalf("the interview is %q with %d bytes of notes, want Grete Fuchs with the %d bytes pasted", iv.Member, len(iv.Notes), len(notes))
	}
}

// injectErrors makes every write of process pid to a file fail with errno
// (as a file system that turned read-only does) until the returned
// function is called. strace's fault injection does it, on the write
// calls bbolt makes; the terminal output, written with write(2), is
// untouched. A mount cannot turn read-only under a process that has a
// file open for writing (the kernel refuses with EBUSY), so this is the
// way to get the kernel's own error to a running netvet.
func injectErrors(t *testing.T, pid int, errno string) (stop func()) {
	t.Helper()
	if _, err := exec.LookPath("strace"); err != nil {
		t.Fatalf("this test makes writes fail with strace's fault injection; install strace (apt-get install strace): %v", err)
	}
	calls := "pwrite64,pwritev,pwritev2,fdatasync,fsync,ftruncate"
	cmd := exec.Command("strace", "-f", "-p", fmt.Sprint(pid), "-o", "/dev/null",
		"-e", "trace="+calls, "-e", "inject="+calls+":error="+errno)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// strace says "Process N attached" on stderr once it traces netvet.
	attached := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		var said []string
		for sc.Scan() {
			said = append(said, sc.Text())
			if strings.Contains(sc.Text(), "attached") {
				attached <- ""
				break
			}
		}
		attached <- strings.Join(said, "\n")
		_, _ = io.Copy(io.Discard, stderr)
	}()
	select {
	case said := <-attached:
		if said != "" {
			t.Fatalf("strace did not attach to netvet: %s", said)
		}
	case <-time.After(waitTimeout):
		t.Fatal("strace did not attach to netvet in time")
	}
	stopped := false
	stop = func() {
		if stopped {
			return
		}
		stopped = true
		_ = cmd.Process.Signal(syscall.SIGINT)
		_ = cmd.Wait()
	}
	t.Cleanup(stop)
	return stop
}

// TestE2EReadOnlyFileSystemKeepsTheEdit: the file system refuses writes
// (EROFS) while netvet runs. Saving a new network fails, the panel says
// the file system is read-only, the form keeps the name, netvet keeps
// running; when writes work again the same save succeeds.
func TestE2EReadOnlyFileSystemKeepsTheEdit(t *testing.T) {
	t.Parallel()
	db := filepath.Join(t.TempDir(), "netvet.db")
	tm := startTerminal(t, 100, 30, db)
	tm.skipSetup()
	tm.addNetwork("Alpha Kreis")

	tm.press("n")
	tm.waitForText(textNewNetwork)
	tm.typeText("Beta Runde")
	tm.waitForLine("Name", "Beta Runde")
	stop := injectErrors(t, tm.netvetPID(), "EROFS")
	tm.press("C-s")
	tm.waitForText(textCouldNotSave, "read-only file system")
	tm.assertRunning()
	tm.press("Escape")
	tm.waitFor("the form with the name typed", func(s string) bool {
		return strings.Contains(s, textNewNetwork) && lineWith(s, "Name", "Beta Runde") != ""
	})

	stop()
	tm.press("C-s")
	tm.waitFor("the network saved", func(s string) bool {
		return strings.Contains(s, textWorkspace+"Beta Runde") && hasLine(s, textSaved)
	})
	tm.quit()
	doc := checkAndExport(t, db)
	if len(doc.Networks) != 2 || doc.Networks[0].Name != "Alpha Kreis" || doc.Networks[1].Name != "Beta Runde" {
		t.Fatalf("the database holds %+v", doc.Networks)
	}
}

// startRefused starts netvet with args in a window of tm and returns its
// exit status and what it wrote to stderr.
func (tm *terminal) startRefused(name string, args ...string) (int, string) {
	tm.t.Helper()
	errFile := filepath.Join(tm.dir, name+".stderr")
	r := tm.startWindow(name, errFile, args...)
	code := tm.waitExit(r, waitTimeout)
	b, err := os.ReadFile(errFile)
	if err != nil {
		tm.t.Fatal(err)
	}
	return code, string(b)
}

// assertOneLine fails unless stderr is exactly one line matching pattern.
func assertOneLine(t *testing.T, stderr, pattern string) {
	t.Helper()
	if !regexp.MustCompile(`\A` + pattern + `\n\z`).MatchString(stderr) {
		t.Errorf("stderr is %q, want one line matching %s", stderr, pattern)
	}
}

// TestE2EReadOnlyFileSystemAtStart: on a file system mounted read-only, a
// database is refused in one line and left alone, a new one is not made,
// and netvet check still reads the file.
func TestE2EReadOnlyFileSystemAtStart(t *testing.T) {
	t.Parallel()
	dir := withTmpfs(t, "8m")
	if dir == "" {
		return
	}
	db := filepath.Join(dir, "netvet.db")
	dtMust(t, "demo", "--no-open", "--db", db)
	hash := dtHash(t, db)
	if err := syscall.Mount("", dir, "", syscall.MS_REMOUNT|syscall.MS_RDONLY, ""); err != nil {
		t.Fatalf("remount %s read-only: %v", dir, err)
	}
	tm := startTerminal(t, 100, 30, filepath.Join(t.TempDir(), "unused.db"))

	code, stderr := tm.startRefused("ro", "--db", db)
	if code != exitFailure {
		t.Errorf("netvet on a read-only file system exited %d, want %d", code, exitFailure)
	}
	assertOneLine(t, stderr, "netvet: cannot open "+regexp.QuoteMeta(db)+": read-only file system")

	missing := filepath.Join(dir, "new", "netvet.db")
	code, stderr = tm.startRefused("ro-new", "--db", missing)
	if code != exitFailure {
		t.Errorf("netvet making a database on a read-only file system exited %d, want %d", code, exitFailure)
	}
	assertOneLine(t, stderr, "netvet: cannot create "+regexp.QuoteMeta(missing)+": .*read-only file system")

	if r := dtRun(t, "", "check", "--db", db); r.code != exitOK || !strings.HasPrefix(r.stdout, "OK: ") {
		t.Errorf("netvet check on the read-only file: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if dtHash(t, db) != hash {
		t.Error("the read-only database changed")
	}
	if _, err := os.Stat(filepath.Dir(missing)); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a folder was made on the read-only file system: %v", err)
	}
}

// TestE2EDamagedDatabaseIsRefusedUnchanged replaces a database with
// garbage, cuts it short, empties it, or clears its pages: netvet refuses
// to start in one line, netvet check says what is wrong, and the file keeps
// every byte, with nothing new beside it.
func TestE2EDamagedDatabaseIsRefusedUnchanged(t *testing.T) {
	t.Parallel()
	good := filepath.Join(t.TempDir(), "demo.db")
	dtMust(t, "demo", "--no-open", "--db", good)
	content, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	page := os.Getpagesize()
	cases := []struct {
		rule   string
		damage func(b []byte) []byte
		// stderr is the one line netvet prints, after "netvet: <path> ".
		stderr string
	}{
		{"replaced by garbage", func(b []byte) []byte {
			out := make([]byte, len(b))
			for i := range out {
				out[i] = byte(i*7919 + i>>8)
			}
			return out
		}, `is not a netvet database \(it was not changed\)`},
		{"cut in half", func(b []byte) []byte { return b[:dtPagesInUse(b)/2] },
			`is damaged: it is shorter than its header says, probably cut off while it was copied \(it was not changed\)`},
		{"cut to a page and a half", func(b []byte) []byte { return b[:page*3/2] },
			`is damaged: .* \(it was not changed\)`},
		{"emptied", func([]byte) []byte { return nil },
			`is an empty file, not a netvet database \(it was not changed; delete it to start afresh\)`},
		{"its pages after the header cleared", func(b []byte) []byte {
			clear(b[2*page:])
			return b
		}, `is damaged: .* \(it was not changed\)`},
	}
	tm := startTerminal(t, 100, 30, filepath.Join(t.TempDir(), "unused.db"))
	for i, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			dir := t.TempDir()
			db := filepath.Join(dir, "netvet.db")
			if err := os.WriteFile(db, c.damage(bytes.Clone(content)), 0o600); err != nil {
				t.Fatal(err)
			}
			hash := dtHash(t, db)
			code, stderr := tm.startRefused(fmt.Sprintf("damaged%d", i), "--db", db)
			if code != exitFailure {
				t.Errorf("netvet exited %d, want %d", code, exitFailure)
			}
			assertOneLine(t, stderr, "netvet: "+regexp.QuoteMeta(db)+" "+c.stderr)

			r := dtRun(t, "", "check", "--db", db)
			if r.code != exitFailure || strings.Count(r.stderr, "\n") != 1 || !strings.HasPrefix(r.stderr, "netvet: "+db) {
				t.Errorf("netvet check: exit %d, stderr %q; want exit 1 and one line about the file", r.code, r.stderr)
			}
			if dtHash(t, db) != hash {
				t.Error("the damaged file changed")
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 1 {
				t.Errorf("files appeared beside the damaged one: %v", entries)
			}
		})
	}
}

// TestE2EMissingFoldersAreMadePrivate: a database path under folders that
// do not exist yet gets them, each only for the user (0700), and the file
// 0600.
func TestE2EMissingFoldersAreMadePrivate(t *testing.T) {
	t.Parallel()
	base := t.TempDir()
	db := filepath.Join(base, "a", "b", "c", "netvet.db")
	tm := startTerminal(t, 100, 30, db)
	tm.skipSetup()
	tm.addNetwork("Gamma Zirkel")
	tm.quit()
	for _, d := range []string{"a", "a/b", "a/b/c"} {
		assertMode(t, filepath.Join(base, d), 0o700|os.ModeDir)
	}
	assertMode(t, db, 0o600)
}

// TestE2EEditorTempFolderUnwritable: with $TMPDIR pointing nowhere, E on
// an interview's notes says so in the panel, never starts the editor,
// changes nothing and keeps netvet running.
func TestE2EEditorTempFolderUnwritable(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	db := filepath.Join(dir, "netvet.db")
	in := filepath.Join(dir, "in.json")
	notes := "Grete said the mentoring is real."
	doc := `{"format": "netvet.export", "version": 1, "networks": [{"name": "Alpha Kreis",
		"interviews": [{"member": "Grete Fuchs", "notes": ` + fmt.Sprintf("%q", notes) + `}]}]}`
	if err := os.WriteFile(in, []byte(doc), 0o600); err != nil {
		t.Fatal(err)
	}
	dtMust(t, "import", in, "--db", db)
	ran := filepath.Join(dir, "editor-ran")
	editor := filepath.Join(dir, "editor.sh")
	if err := os.WriteFile(editor, []byte("#!/bin/sh\ntouch "+shellQuote(ran)+"\n"), 0o700); err != nil {
		t.Fatal(err)
	}
	badTmp := filepath.Join(dir, "no", "such", "tmp")

	tm := startTerminal(t, 100, 30, db)
	tm.waitForLine("Alpha Kreis")
	tm.quit()
	tm.tmux("set-environment", "-g", "TMPDIR", badTmp)
	tm.tmux("set-environment", "-g", "VISUAL", editor)
	tm.restart()
	tm.waitForLine("Alpha Kreis")
	tm.press("i")
	tm.waitForText("Grete Fuchs", "mentoring is real")
	tm.press("E")
	tm.waitForText("Could not open the editor", "create a temporary file", "Nothing was changed")
	tm.assertRunning()
	tm.press("Escape")
	tm.waitFor("the notes again", func(s string) bool {
		return !strings.Contains(s, "Could not open the editor") && strings.Contains(s, "mentoring is real")
	})
	tm.quit()
	if _, err := os.Stat(ran); !errors.Is(err, fs.ErrNotExist) {
		t.Error("the editor ran without a file to edit")
	}
	got := checkAndExport(t, db)
	if len(got.Networks) != 1 || len(got.Networks[0].Interviews) != 1 || got.Networks[0].Interviews[0].Notes != notes {
		t.Errorf("the notes changed: %+v", got.Networks)
	}
}
