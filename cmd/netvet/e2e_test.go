package main

// End-to-end tests: the built binary runs in a real terminal (tmux), keys
// are typed with send-keys and the assertions are on what a person would
// see with capture-pane. Each test has its own tmux server, so they run in
// parallel.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

const (
	// waitTimeout is how long a test waits for the screen to show what it
	// expects; polls are pollEvery apart. It is generous because CI runs
	// every package at once with the race detector on two cores; a passing
	// wait returns as soon as the screen is right.
	waitTimeout = 20 * time.Second
	pollEvery   = 50 * time.Millisecond
	// lockExitWithin is how soon a second netvet on the same file must
	// give up: the store waits about a second for the lock.
	lockExitWithin = 3 * time.Second
	// buildTimeout bounds building the binary on a busy machine.
	buildTimeout = 3 * time.Minute
	// tmuxConfig makes panes behave like a plain terminal of the size the
	// session asks for: no status bar, a known TERM, and a pane that stays
	// after its process exits so that netvet can start again in the same
	// place.
	tmuxConfig = `set -g remain-on-exit on
set -g status off
set -g default-terminal xterm-256color
set -g default-shell /bin/sh
`
)

// netvetBinary builds the binary under test once, on first use, into a
// folder that TestMain removes.
var netvetBinary = sync.OnceValues(buildNetvet)

// TestMain removes the binary the end-to-end tests built.
func TestMain(m *testing.M) {
	code := m.Run()
	_ = os.RemoveAll(binaryDir())
	os.Exit(code)
}

// binaryDir is where this test process builds netvet.
func binaryDir() string {
	return filepath.Join(os.TempDir(), "netvet-e2e-"+strconv.Itoa(os.Getpid()))
}

// buildNetvet builds ./cmd/netvet (the package under test) with go build.
func buildNetvet() (string, error) {
	dir := binaryDir()
	if err := os.RemoveAll(dir); err != nil {
		return "", fmt.Errorf("clear %s: %w", dir, err)
	}
	if err := os.Mkdir(dir, 0o700); err != nil {
		return "", fmt.Errorf("make %s: %w", dir, err)
	}
	bin := filepath.Join(dir, "netvet")
	ctx, cancel := context.WithTimeout(context.Background(), buildTimeout)
	defer cancel()
	out, err := exec.CommandContext(ctx, "go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("go build: %w\n%s", err, out)
	}
	return bin, nil
}

// terminal is one tmux server with one session running netvet.
type terminal struct {
	t      *testing.T
	socket string
	env    []string
	bin    string
	// dir holds the files the runs write.
	dir string
	// main is netvet in the session's first pane.
	main *netvetRun
}

// netvetRun is netvet started in one pane. A shell wrapper writes its
// process id to pidFile before it starts and its exit status to exitFile
// after it ends: tmux's own #{pane_dead_status} is sometimes never set
// (tmux 3.3a), so the test does not rely on it.
type netvetRun struct {
	pane     string
	pidFile  string
	exitFile string
}

// startTerminal starts a tmux server whose only session is width×height
// and runs netvet with args in it, with NETVET_DB=db. The server is killed
// when the test ends.
func startTerminal(t *testing.T, width, height int, db string, args ...string) *terminal {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Fatalf("tmux is not installed (%v): the end-to-end tests need it; install it, for example with apt-get install tmux", err)
	}
	bin, err := netvetBinary()
	if err != nil {
		t.Fatalf("build netvet: %v", err)
	}
	tm := &terminal{
		t:      t,
		socket: fmt.Sprintf("nv-%d-%s", os.Getpid(), socketName(t.Name())),
		env:    tmuxEnv(),
		bin:    bin,
		dir:    t.TempDir(),
	}
	conf := filepath.Join(tm.dir, "tmux.conf")
	if err := os.WriteFile(conf, []byte(tmuxConfig), 0o600); err != nil {
		t.Fatal(err)
	}
	tm.main = tm.newRun("main")
	tm.tmux("-f", conf, "new-session", "-d", "-s", "e2e",
		"-x", strconv.Itoa(width), "-y", strconv.Itoa(height),
		"-e", "NETVET_DB="+db, tm.command(tm.main, "", args...))
	socketPath := tm.tmux("display-message", "-p", "#{socket_path}")
	t.Cleanup(func() {
		// The server may be gone already; what matters is that it is.
		_ = exec.Command("tmux", "-L", tm.socket, "kill-server").Run()
		_ = os.Remove(socketPath)
	})
	tm.main.pane = tm.tmux("display-message", "-p", "-t", "e2e:0.0", "#{pane_id}")
	return tm
}

// newRun names the files of a run called name.
func (tm *terminal) newRun(name string) *netvetRun {
	return &netvetRun{
		pidFile:  filepath.Join(tm.dir, name+".pid"),
		exitFile: filepath.Join(tm.dir, name+".exit"),
	}
}

// startWindow runs netvet with args in a new window of the session, its
// stderr going to the file stderr; the test's main pane stays in front.
func (tm *terminal) startWindow(name, stderr string, args ...string) *netvetRun {
	tm.t.Helper()
	r := tm.newRun(name)
	r.pane = tm.tmux("new-window", "-d", "-P", "-F", "#{pane_id}", "-t", "e2e", tm.command(r, stderr, args...))
	return r
}

// socketName turns a test name into a short tmux socket name.
func socketName(name string) string {
	var b strings.Builder
	for _, r := range name {
		if ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || ('0' <= r && r <= '9') {
			b.WriteRune(r)
		}
	}
	s := b.String()
	if len(s) > 40 {
		s = s[len(s)-40:]
	}
	return s
}

// tmuxEnv is the environment of the tmux server and so of netvet: the
// test's own, without a surrounding tmux session and without a database
// path that could point at real data.
func tmuxEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		switch name {
		case "TMUX", "TMUX_PANE", "NETVET_DB", "TERM":
			continue
		}
		env = append(env, kv)
	}
	return append(env, "TERM=xterm-256color")
}

// command is the shell command that runs netvet with args for r: an inner
// shell writes its process id and replaces itself with netvet, so the id
// is netvet's; the outer shell writes netvet's exit status. With stderr
// set, netvet's stderr goes to that file.
func (tm *terminal) command(r *netvetRun, stderr string, args ...string) string {
	inner := []string{"echo $$ >" + shellQuote(r.pidFile), "&&", "exec", shellQuote(tm.bin)}
	for _, a := range args {
		inner = append(inner, shellQuote(a))
	}
	if stderr != "" {
		inner = append(inner, "2>"+shellQuote(stderr))
	}
	return "sh -c " + shellQuote(strings.Join(inner, " ")) + "; echo $? >" + shellQuote(r.exitFile)
}

// shellQuote quotes s for /bin/sh.
func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// tmux runs a tmux command on the test's server and returns its output
// without the final newline.
func (tm *terminal) tmux(args ...string) string {
	tm.t.Helper()
	out, err := tm.tryTmux(args...)
	if err != nil {
		tm.t.Fatal(err)
	}
	return out
}

func (tm *terminal) tryTmux(args ...string) (string, error) {
	cmd := exec.Command("tmux", append([]string{"-u", "-L", tm.socket}, args...)...)
	cmd.Env = tm.env
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("tmux %s: %w: %s", strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
	}
	return strings.TrimSuffix(string(out), "\n"), nil
}

// typeText types s literally into netvet's pane.
func (tm *terminal) typeText(s string) {
	tm.t.Helper()
	tm.tmux("send-keys", "-t", tm.main.pane, "-l", s)
}

// press sends one key by its tmux name (Tab, Enter, Escape, C-s, q).
func (tm *terminal) press(key string) {
	tm.t.Helper()
	tm.tmux("send-keys", "-t", tm.main.pane, key)
}

// pressTimes sends one key n times.
func (tm *terminal) pressTimes(key string, n int) {
	tm.t.Helper()
	for range n {
		tm.press(key)
	}
}

// screen is what netvet's pane shows now.
func (tm *terminal) screen() string {
	tm.t.Helper()
	return tm.tmux("capture-pane", "-p", "-t", tm.main.pane)
}

// waitFor polls the screen until ok holds, and fails the test with the
// last screen if it does not within waitTimeout. It returns that screen.
func (tm *terminal) waitFor(what string, ok func(screen string) bool) string {
	tm.t.Helper()
	deadline := time.Now().Add(waitTimeout)
	for {
		s := tm.screen()
		if ok(s) {
			return s
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("waited %v for %s; the screen shows:\n%s", waitTimeout, what, s)
		}
		time.Sleep(pollEvery)
	}
}

// waitForText waits until the screen contains every one of texts.
func (tm *terminal) waitForText(texts ...string) string {
	tm.t.Helper()
	return tm.waitFor(fmt.Sprintf("%q", texts), func(s string) bool {
		for _, text := range texts {
			if !strings.Contains(s, text) {
				return false
			}
		}
		return true
	})
}

// waitForLine waits until one line of the screen contains every one of
// parts.
func (tm *terminal) waitForLine(parts ...string) string {
	tm.t.Helper()
	return tm.waitFor(fmt.Sprintf("a line with %q", parts), func(s string) bool {
		return lineWith(s, parts...) != ""
	})
}

// lineWith returns the first line of screen that contains every one of
// parts, or "".
func lineWith(screen string, parts ...string) string {
	for line := range strings.SplitSeq(screen, "\n") {
		all := true
		for _, p := range parts {
			if !strings.Contains(line, p) {
				all = false
				break
			}
		}
		if all {
			return line
		}
	}
	return ""
}

// listRow returns the first row of the network list that contains every
// one of parts, or "". Rows start with the selection marker or its blank
// place, unlike the status line, which can name a network too.
func listRow(screen string, parts ...string) string {
	for line := range strings.SplitSeq(screen, "\n") {
		if (strings.HasPrefix(line, "▸ ") || strings.HasPrefix(line, "  ")) && lineWith(line, parts...) != "" {
			return line
		}
	}
	return ""
}

// hasLine reports whether screen has a line that is exactly text, apart
// from surrounding blanks.
func hasLine(screen, text string) bool {
	for line := range strings.SplitSeq(screen, "\n") {
		if strings.TrimSpace(line) == text {
			return true
		}
	}
	return false
}

// waitExit waits until netvet of r has ended and returns its exit status
// (128 plus the signal's number when a signal ended it).
func (tm *terminal) waitExit(r *netvetRun, within time.Duration) int {
	tm.t.Helper()
	deadline := time.Now().Add(within)
	for {
		// The shell writes the number and then the newline.
		b, err := os.ReadFile(r.exitFile)
		if err == nil && strings.HasSuffix(string(b), "\n") {
			code, err := strconv.Atoi(strings.TrimSpace(string(b)))
			if err != nil {
				tm.t.Fatalf("exit status %q: %v", b, err)
			}
			return code
		}
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			tm.t.Fatal(err)
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("netvet in pane %s still runs after %v; the pane shows:\n%s",
				r.pane, within, tm.tmux("capture-pane", "-p", "-t", r.pane))
		}
		time.Sleep(pollEvery)
	}
}

// restart starts netvet again in the main pane, after it has ended; tmux
// clears the pane first, so what shows afterwards is the new process's.
func (tm *terminal) restart() {
	tm.t.Helper()
	for _, f := range []string{tm.main.pidFile, tm.main.exitFile} {
		if err := os.Remove(f); err != nil {
			tm.t.Fatal(err)
		}
	}
	// -k: the wrapper shell may not have closed the pane yet.
	tm.tmux("respawn-pane", "-k", "-t", tm.main.pane)
}

// netvetPID is the process id of netvet in the main pane.
func (tm *terminal) netvetPID() int {
	tm.t.Helper()
	b, err := os.ReadFile(tm.main.pidFile)
	if err != nil {
		tm.t.Fatal(err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil {
		tm.t.Fatalf("process id %q: %v", b, err)
	}
	return pid
}

// Screen texts the tests wait for (tui/text.go).
const (
	textSetup      = "Welcome to netvet"
	textEmptyList  = "No candidates yet. Press n to add the first network"
	textNewNetwork = "New candidate network"
	textSaved      = "Saved"
	textHome       = "Candidate networks"
	textWorkspace  = "Due diligence: "
	textCompare    = "Verdict comparison"
	textTooSmall   = "The terminal is too small"
)

// skipSetup leaves the first-start profile setup with esc.
func (tm *terminal) skipSetup() {
	tm.t.Helper()
	tm.waitForText(textSetup)
	tm.press("Escape")
	tm.waitForText(textHome + " (0)")
}

// addNetwork creates a network with only a name through the form, sees
// its workspace open, and returns to the list, which shows it selected.
func (tm *terminal) addNetwork(name string) {
	tm.t.Helper()
	tm.press("n")
	// The form opens after a message round trip; keys typed before would
	// go to the list.
	tm.waitForText(textNewNetwork)
	tm.typeText(name)
	tm.waitForLine("Name", name)
	tm.press("C-s")
	tm.waitForText(textWorkspace + name)
	tm.press("Escape")
	tm.waitForLine("▸ " + name)
}

// TestE2EFirstStartAddNetworkAndReopen is the acceptance test of the first
// release: set up the profile, add a network with a German name and German
// number format, quit, and find everything again after a restart.
func TestE2EFirstStartAddNetworkAndReopen(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(t.TempDir(), "not-yet")
	db := filepath.Join(dir, "netvet.db")
	tm := startTerminal(t, 100, 30, db)

	tm.waitForText(textSetup, "Target annual income", "Working hours / year", "Marginal tax rate", "Horizon (years)")
	tm.typeText("120000")
	tm.press("Tab")
	tm.typeText("1600")
	tm.press("Tab")
	tm.typeText("42")
	tm.waitForLine("Marginal tax rate", "42")
	tm.press("C-s")
	tm.waitForText(textEmptyList, "€75.00/hour")

	const name = "Kreis der Experten Süd"
	tm.press("n")
	tm.waitForText(textNewNetwork)
	tm.typeText(name)
	// Name → Kind, Status, Website, Contact, Summary, Entry fee.
	tm.pressTimes("Tab", 6)
	tm.typeText("3.000,00")
	tm.press("Tab")
	tm.typeText("1200")
	tm.waitForLine("Annual fee", "1200")
	tm.press("C-s")
	// Saved, the new candidate's workspace opens on its first step.
	tm.waitFor("the new workspace on step 1 and "+textSaved, func(s string) bool {
		return strings.Contains(s, textWorkspace+name) && strings.Contains(s, "[1") && hasLine(s, textSaved)
	})
	tm.press("Escape")
	// The list may show the fees with or without cents; both start so.
	tm.waitFor("the saved network in the list", func(s string) bool {
		return listRow(s, name, "€3,000", "€1,200") != ""
	})

	tm.press("q")
	if code := tm.waitExit(tm.main, waitTimeout); code != exitOK {
		t.Fatalf("netvet exited with status %d after q, want %d", code, exitOK)
	}

	assertMode(t, db, 0o600)
	assertMode(t, dir, 0o700|os.ModeDir)

	tm.restart()
	s := tm.waitFor("the network after a restart", func(s string) bool {
		return listRow(s, name, "€3,000", "€1,200") != ""
	})
	if !strings.Contains(s, "€75.00/hour") {
		t.Errorf("after a restart the header lacks the hourly rate €75.00/hour:\n%s", s)
	}
	if strings.Contains(s, textSetup) {
		t.Errorf("after a restart the profile setup shows again:\n%s", s)
	}
}

// assertMode fails the test unless path has exactly the mode want.
func assertMode(t *testing.T, path string, want os.FileMode) {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := info.Mode(); got != want {
		t.Errorf("%s has mode %v, want %v", path, got, want)
	}
}

// TestE2EEditFilterArchive edits a network, narrows the list with a filter,
// archives a network and finds it still archived after a restart, at the
// smallest size the spec promises (80×24).
func TestE2EEditFilterArchive(t *testing.T) {
	t.Parallel()
	db := filepath.Join(t.TempDir(), "netvet.db")
	tm := startTerminal(t, 80, 24, db)
	tm.skipSetup()
	tm.addNetwork("Alpha Kreis")
	tm.addNetwork("Beta Runde")
	tm.waitForText(textHome + " (2)")

	// Edit: the new network is selected; append to its name.
	tm.press("e")
	tm.waitForText("Edit Beta Runde")
	tm.typeText(" Nord")
	tm.waitForLine("Name", "Beta Runde Nord")
	tm.press("C-s")
	tm.waitFor("the renamed network and "+textSaved, func(s string) bool {
		return listRow(s, "▸ Beta Runde Nord") != "" && hasLine(s, textSaved)
	})

	// Filter: "/" then text narrows the list; esc clears it.
	tm.press("/")
	tm.waitForText("type to filter")
	tm.typeText("nord")
	tm.waitFor("the filter to leave one network", func(s string) bool {
		return strings.Contains(s, textHome+" (1 of 2)") &&
			listRow(s, "Beta Runde Nord") != "" && listRow(s, "Alpha Kreis") == ""
	})
	tm.press("Escape")
	tm.waitFor("both networks after clearing the filter", func(s string) bool {
		return strings.Contains(s, textHome+" (2)") &&
			listRow(s, "Beta Runde Nord") != "" && listRow(s, "Alpha Kreis") != ""
	})

	// Archive the first network: d asks, y archives, it leaves the list.
	tm.press("g")
	tm.waitForLine("▸ Alpha Kreis")
	tm.press("d")
	tm.waitForText(`Archive "Alpha Kreis"?`)
	tm.press("y")
	archived := func(s string) bool {
		return strings.Contains(s, textHome+" (1)") && strings.Contains(s, "1 archived") &&
			listRow(s, "Alpha Kreis") == "" && listRow(s, "Beta Runde Nord") != ""
	}
	tm.waitFor("Alpha Kreis to leave the list", archived)

	// a shows archived networks again.
	tm.press("a")
	tm.waitFor("the archived network to show with a", func(s string) bool {
		return strings.Contains(s, "showing archived") && listRow(s, "Alpha Kreis", "Archived") != ""
	})

	tm.press("q")
	if code := tm.waitExit(tm.main, waitTimeout); code != exitOK {
		t.Fatalf("netvet exited with status %d after q, want %d", code, exitOK)
	}
	tm.restart()
	tm.waitFor("Alpha Kreis still archived after a restart", archived)
}

// TestE2ESecondInstanceExitsAtOnce starts a second netvet on a file the
// first one has open: it must give up within seconds with one line on
// stderr and exit status 1, and the first one must go on working.
func TestE2ESecondInstanceExitsAtOnce(t *testing.T) {
	t.Parallel()
	tmp := t.TempDir()
	db := filepath.Join(tmp, "netvet.db")
	tm := startTerminal(t, 100, 30, db)
	tm.skipSetup()

	// The second netvet runs in a terminal of its own: without one it
	// would stop at the terminal check before it looks at the file.
	errFile := filepath.Join(tmp, "second.stderr")
	start := time.Now()
	second := tm.startWindow("second", errFile, "--db", db)
	code := tm.waitExit(second, lockExitWithin)
	elapsed := time.Since(start)
	if code != exitFailure {
		t.Errorf("the second netvet exited with status %d, want %d", code, exitFailure)
	}
	stderr, err := os.ReadFile(errFile)
	if err != nil {
		t.Fatal(err)
	}
	want := "netvet: " + db + " is open in another netvet (close it and try again)\n"
	if string(stderr) != want {
		t.Errorf("the second netvet wrote to stderr\n%q\nwant one line\n%q", stderr, want)
	}
	t.Logf("the second netvet gave up after %v", elapsed.Round(time.Millisecond))

	// The first one still answers keys.
	tm.press("n")
	tm.waitForText(textNewNetwork)
	tm.press("Escape")
	tm.waitForText(textHome + " (0)")
}

// TestE2EResize shrinks the terminal below the minimum and back.
func TestE2EResize(t *testing.T) {
	t.Parallel()
	db := filepath.Join(t.TempDir(), "netvet.db")
	tm := startTerminal(t, 100, 30, db)
	tm.skipSetup()
	tm.addNetwork("Netzwerk Mitte")

	tm.tmux("resize-window", "-t", "e2e:0", "-x", "50", "-y", "12")
	s := tm.waitForText(textTooSmall)
	if lineWith(s, "Netzwerk Mitte") != "" {
		t.Errorf("the list still shows in a 50×12 terminal:\n%s", s)
	}

	tm.tmux("resize-window", "-t", "e2e:0", "-x", "80", "-y", "24")
	s = tm.waitForLine("▸ Netzwerk Mitte")
	if strings.Contains(s, textTooSmall) {
		t.Errorf("the too-small message stays at 80×24:\n%s", s)
	}
	if lines := strings.Split(s, "\n"); len(lines) != 24 || !strings.HasPrefix(lines[0], "netvet") {
		t.Errorf("at 80×24 the screen has %d lines and starts %q, want 24 lines under the netvet header", len(lines), lines[0])
	}
}

// TestE2EKilledProcessKeepsSavedData kills netvet with SIGKILL right after
// the screen said a network was saved; a restart must find it.
func TestE2EKilledProcessKeepsSavedData(t *testing.T) {
	t.Parallel()
	db := filepath.Join(t.TempDir(), "netvet.db")
	tm := startTerminal(t, 100, 30, db)
	tm.skipSetup()
	tm.addNetwork("Unternehmerkreis Ost")
	tm.waitForText(textSaved)

	proc, err := os.FindProcess(tm.netvetPID())
	if err != nil {
		t.Fatal(err)
	}
	if err := proc.Kill(); err != nil {
		t.Fatal(err)
	}
	if code := tm.waitExit(tm.main, waitTimeout); code != 128+9 {
		t.Fatalf("netvet ended with status %d, want %d (killed by SIGKILL)", code, 128+9)
	}

	tm.restart()
	tm.waitForLine("▸ Unternehmerkreis Ost")
}

// TestE2ERefusesAFileThatIsNotADatabase points --db at a text file in a
// real terminal: netvet must say so in one line, exit 1 and leave the
// file alone.
func TestE2ERefusesAFileThatIsNotADatabase(t *testing.T) {
	t.Parallel()
	tmp := t.TempDir()
	notes := filepath.Join(tmp, "notes.txt")
	content := []byte("Kreis der Experten Süd: ask about the entry fee\n")
	if err := os.WriteFile(notes, content, 0o644); err != nil {
		t.Fatal(err)
	}
	errFile := filepath.Join(tmp, "stderr")
	tm := startTerminal(t, 100, 30, filepath.Join(tmp, "unused.db"))
	r := tm.startWindow("notes", errFile, "--db", notes)
	if code := tm.waitExit(r, waitTimeout); code != exitFailure {
		t.Errorf("netvet exited with status %d, want %d", code, exitFailure)
	}
	stderr, err := os.ReadFile(errFile)
	if err != nil {
		t.Fatal(err)
	}
	want := "netvet: " + notes + " is not a netvet database (it was not changed)\n"
	if string(stderr) != want {
		t.Errorf("stderr is\n%q\nwant one line\n%q", stderr, want)
	}
	got, err := os.ReadFile(notes)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, content) {
		t.Errorf("the text file changed to %q", got)
	}
}
