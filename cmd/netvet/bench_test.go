package main

// Benchmarks of the whole program on the large sample data set (200
// networks, 6,000 interviews, about 12 MB of notes; model/sample.Large),
// written to a database file through the store first:
//
//   - BenchmarkProcessStart: the built binary's `--version`, the cost of
//     starting the process at all (Go runtime, package initialisation);
//   - BenchmarkFirstFrameInProcess: store.Open, the load, the first Update
//     and View, as runTUI does them, split into open, load and view;
//   - BenchmarkFirstFrameTerminal: the built binary started in tmux, from
//     the key that starts it until the pane shows the list, with the same
//     measurement of a program that prints at once as the harness's own
//     cost;
//   - BenchmarkResidentMemory: the built binary's resident memory after
//     every screen has been opened and used;
//   - BenchmarkMemoryInProcess: the Go runtime's own count of the same
//     session driven in this process;
//   - BenchmarkExport and BenchmarkImport: the export and import commands
//     on the whole data set;
//   - BenchmarkImportTinyNetworks: the import command on 20,000 and
//     100,000 networks of a name each, and its refusal of such a file
//     whose last network repeats the first one's name: the time per
//     network must not grow with the number of networks.
//
//	go test ./cmd/netvet -run '^$' -bench . -benchmem
//
// The terminal benchmarks need tmux, like the end-to-end tests.

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"netvet/model/sample"
	"netvet/store"
	"netvet/tui"
)

// Sizes and limits of the benchmarks.
const (
	benchWidth, benchHeight = 120, 40
	// benchWait bounds every wait for the screen; a slower first frame
	// fails the benchmark rather than hanging it.
	benchWait = 20 * time.Second
	// benchPoll is the pause between two looks at the pane: short, so the
	// measurement is fine-grained, but long enough that the tmux clients
	// do not take the processor from the program measured.
	benchPoll = 5 * time.Millisecond
)

// largeDB writes the large sample data set to a new database file and
// returns its path.
func largeDB(tb testing.TB) string {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "large.db")
	st, err := store.Open(path, store.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	p, nets := sample.Large()
	if err := st.ReplaceAll(&p, nets, false); err != nil {
		tb.Fatal(err)
	}
	if err := st.Close(); err != nil {
		tb.Fatal(err)
	}
	return path
}

// firstName is the name of the large data set's first network, which the
// home list shows on its first row.
func firstName() string {
	_, nets := sample.Large()
	return nets[0].Name
}

// BenchmarkProcessStart runs `netvet --version`: what starting the binary
// costs before it does any work.
func BenchmarkProcessStart(b *testing.B) {
	bin := benchBinary(b)
	b.ResetTimer()
	for b.Loop() {
		out, err := exec.Command(bin, "--version").Output()
		if err != nil || len(out) == 0 {
			b.Fatalf("netvet --version: %v %q", err, out)
		}
	}
}

// BenchmarkFirstFrameInProcess measures what happens between the start of
// runTUI and the first frame, as runTUI does it (the load started at once,
// the collector paused until the data is loaded): open the file (which
// checks every page), load the profile and the networks, apply them, draw.
// The metrics split the time into those three parts.
func BenchmarkFirstFrameInProcess(b *testing.B) {
	path := largeDB(b)
	want := firstName()
	var open, load, view time.Duration
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		t0 := time.Now()
		gcPercent := debug.SetGCPercent(-1)
		st, _, err := openForInterface(path)
		if err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		p := newProgram(b, tui.New(st, tui.Options{Dark: true, Load: tui.StartLoad(st), Loaded: func() { debug.SetGCPercent(gcPercent) }}))
		p.handle(tea.WindowSizeMsg{Width: benchWidth, Height: benchHeight})
		p.start(p.m.Init())
		// Until the load has arrived: the frames before say "Loading…".
		for !loaded(p.m) {
			p.handle(<-p.msgs)
		}
		t2 := time.Now()
		frame := p.m.View().Content
		t3 := time.Now()
		open, load, view = open+t1.Sub(t0), load+t2.Sub(t1), view+t3.Sub(t2)
		if !strings.Contains(frame, want) {
			b.Fatalf("the first frame lacks %q:\n%s", want, frame)
		}
		b.StopTimer()
		if err := st.Close(); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	n := float64(b.N)
	b.ReportMetric(float64(open.Microseconds())/1000/n, "open-ms")
	b.ReportMetric(float64(load.Microseconds())/1000/n, "load-ms")
	b.ReportMetric(float64(view.Microseconds())/1000/n, "view-ms")
}

// BenchmarkFirstFrameTerminal starts the built binary on the large data
// set in a tmux pane and waits until the pane shows the first network of
// the list. The clock starts when the key that starts the program is sent
// and stops when capture-pane first shows the row, so it includes sending
// the key and one poll; harness-ms is the same measurement of a program
// that prints the row at once, the part of the figure that is not netvet.
func BenchmarkFirstFrameTerminal(b *testing.B) {
	bin := benchBinary(b)
	db := largeDB(b)
	want := firstName()
	tm := startBenchTerminal(b)
	var harness []time.Duration
	for range 5 {
		harness = append(harness, tm.timeUntil("/usr/bin/printf "+shellQuote(want+`\n`), want))
	}
	var runs []time.Duration
	b.ResetTimer()
	for b.Loop() {
		d := tm.timeUntil(shellQuote(bin)+" --db "+shellQuote(db), want)
		runs = append(runs, d)
		b.StopTimer()
		tm.quit()
		b.StartTimer()
	}
	b.ReportMetric(ms(percentile(runs, 50)), "p50-ms")
	b.ReportMetric(ms(slices.Max(runs)), "max-ms")
	b.ReportMetric(ms(percentile(harness, 50)), "harness-ms")
}

// BenchmarkResidentMemory starts the built binary on the large data set,
// opens and uses every screen (the list, a workspace and each of its
// steps, the comparison, the notes with a search, the profile) and reads
// the process's resident set (VmRSS), its peak (VmHWM) and the part of
// VmRSS that is the database file's memory map (RssFile; bbolt maps the
// file, and Open reads every page) from /proc.
func BenchmarkResidentMemory(b *testing.B) {
	bin := benchBinary(b)
	db := largeDB(b)
	want := firstName()
	tm := startBenchTerminal(b)
	var worst procMemory
	for b.Loop() {
		tm.timeUntil(shellQuote(bin)+" --db "+shellQuote(db), want)
		tm.tour()
		m := tm.memory()
		worst.rss, worst.hwm, worst.file = max(worst.rss, m.rss), max(worst.hwm, m.hwm), max(worst.file, m.file)
		tm.quit()
	}
	b.ReportMetric(worst.rss, "rss-MB")
	b.ReportMetric(worst.hwm, "peak-rss-MB")
	b.ReportMetric(worst.file, "rss-file-MB")
}

// procMemory is what /proc/PID/status says of a process's memory, in MB.
type procMemory struct{ rss, hwm, file float64 }

// BenchmarkMemoryInProcess drives the same tour in this process against
// the real store and reports what the Go runtime counts: the live heap
// after a collection, and the memory the runtime holds (heap, stacks,
// metadata; freed memory given back to the system left out), without the
// file mapping of the database, which VmRSS counts. The benchmark process
// also holds what it generated to write the file, so go-held-MB is an
// upper bound.
func BenchmarkMemoryInProcess(b *testing.B) {
	path := largeDB(b)
	var heap, total float64
	for b.Loop() {
		st, err := store.Open(path, store.Options{})
		if err != nil {
			b.Fatal(err)
		}
		p := newProgram(b, tui.New(st, tui.Options{Dark: true}))
		p.handle(tea.WindowSizeMsg{Width: benchWidth, Height: benchHeight})
		p.start(p.m.Init())
		p.waitFor(firstName())
		for _, step := range tour() {
			for _, k := range step.keys {
				p.handle(keyPress(k))
				p.settle(10 * time.Millisecond)
			}
			if step.screen != "" {
				p.waitFor(step.screen)
			}
		}
		runtime.GC()
		h, t := runtimeMemory()
		heap, total = max(heap, h), max(total, t)
		runtime.KeepAlive(p.m)
		if err := st.Close(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(heap, "heap-MB")
	b.ReportMetric(total, "go-held-MB")
}

// BenchmarkExport runs `netvet export -o FILE` on the whole data set.
func BenchmarkExport(b *testing.B) {
	db := largeDB(b)
	out := filepath.Join(b.TempDir(), "export.json")
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		benchCLI(b, "export", "--db", db, "-o", out)
	}
	b.StopTimer()
	info, err := os.Stat(out)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(info.Size())/(1<<20), "file-MB")
}

// BenchmarkImport runs `netvet import FILE` of the whole data set into a
// new database.
func BenchmarkImport(b *testing.B) {
	dir := b.TempDir()
	file := filepath.Join(dir, "export.json")
	benchCLI(b, "export", "--db", largeDB(b), "-o", file)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		benchCLI(b, "import", "--db", filepath.Join(dir, fmt.Sprintf("import-%d.db", i)), file)
	}
}

// BenchmarkImportTinyNetworks imports many networks that have nothing but
// a name into a new database, and refuses such a file whose last network
// has the first one's name. It reports the time per network, which stays
// about the same from 20,000 to 100,000 networks when the import is
// linear; comparing names pairwise made it five times larger.
func BenchmarkImportTinyNetworks(b *testing.B) {
	for _, n := range []int{20_000, 100_000} {
		dir := b.TempDir()
		good, bad := filepath.Join(dir, "good.json"), filepath.Join(dir, "bad.json")
		writeTinyExport(b, good, n, false)
		writeTinyExport(b, bad, n, true)
		b.Run(fmt.Sprintf("import/%d", n), func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				benchCLI(b, "import", "--db", filepath.Join(dir, fmt.Sprintf("import-%d.db", i)), good)
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*n), "µs/network")
		})
		b.Run(fmt.Sprintf("refuse/%d", n), func(b *testing.B) {
			db := filepath.Join(dir, "refuse.db")
			for b.Loop() {
				var stdout, stderr bytes.Buffer
				if code := run(context.Background(), []string{"import", "--db", db, bad}, strings.NewReader(""), &stdout, &stderr); code != exitFailure {
					b.Fatalf("exit %d: %s", code, stderr.String())
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*n), "µs/network")
		})
	}
}

// writeTinyExport writes an export of n networks with a name each; with
// clash the last one has the first one's name in capitals.
func writeTinyExport(tb testing.TB, path string, n int, clash bool) {
	tb.Helper()
	var b strings.Builder
	b.WriteString(`{"format": "netvet.export", "version": 1, "networks": [`)
	for i := range n {
		name := fmt.Sprintf("Network %d", i)
		if clash && i == n-1 {
			name = "NETWORK 0"
		}
		if i > 0 {
			b.WriteString(",\n")
		}
		fmt.Fprintf(&b, `{"name": %q}`, name)
	}
	b.WriteString("]}\n")
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		tb.Fatal(err)
	}
}

// benchCLI runs netvet with args in this process and fails on an error.
func benchCLI(tb testing.TB, args ...string) {
	tb.Helper()
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), args, strings.NewReader(""), &stdout, &stderr); code != exitOK {
		tb.Fatalf("netvet %s: exit %d: %s", strings.Join(args, " "), code, stderr.String())
	}
}

// program runs a model the way Bubble Tea does, in this process: every
// command on a goroutine of its own, every message through Update, in the
// order they arrive. Nothing is dropped; timers simply arrive late.
type program struct {
	tb   testing.TB
	m    tea.Model
	msgs chan tea.Msg
}

func newProgram(tb testing.TB, m tea.Model) *program {
	return &program{tb: tb, m: m, msgs: make(chan tea.Msg, 64)}
}

// start runs cmd on a goroutine of its own.
func (p *program) start(cmd tea.Cmd) {
	if cmd != nil {
		go func() { p.msgs <- cmd() }()
	}
}

// handle applies one message.
func (p *program) handle(msg tea.Msg) {
	switch msg := msg.(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range msg {
			p.start(c)
		}
	case tea.QuitMsg:
		p.tb.Fatal("the program quit")
	default:
		var cmd tea.Cmd
		p.m, cmd = p.m.Update(msg)
		p.start(cmd)
	}
}

// settle applies the messages that arrive until none has for quiet.
func (p *program) settle(quiet time.Duration) {
	for {
		select {
		case msg := <-p.msgs:
			p.handle(msg)
		case <-time.After(quiet):
			return
		}
	}
}

// waitFor applies messages until the frame shows want.
func (p *program) waitFor(want string) {
	p.tb.Helper()
	deadline := time.After(benchWait)
	for !strings.Contains(ansi.Strip(p.m.View().Content), want) {
		select {
		case msg := <-p.msgs:
			p.handle(msg)
		case <-deadline:
			p.tb.Fatalf("waited %v for %q; the frame shows:\n%s", benchWait, want, p.m.View().Content)
		}
	}
}

// loaded reports whether the app shows the data: its frame no longer says
// it is loading.
func loaded(m tea.Model) bool {
	return !strings.Contains(m.View().Content, "Loading…")
}

// tourStep is some keys and a text of the screen they lead to, if any,
// which the tour waits for before it goes on. Escape is always the last
// key of a step that waits: a terminal reads escape followed at once by a
// key as alt and that key.
type tourStep struct {
	keys   []string
	screen string
}

// tour opens and uses every screen, ending on the profile. Keys are tmux
// key names or characters; keyPress understands both.
func tour() []tourStep {
	times := func(k string, n int) []string { return slices.Repeat([]string{k}, n) }
	var steps []tourStep
	add := func(screen string, keys ...string) { steps = append(steps, tourStep{keys, screen}) }
	add("", times("j", 30)...)
	add("Due diligence:", "Enter")
	for range 7 {
		add("", append(times("j", 3), "Tab")...)
	}
	add("Candidate networks", "Escape")
	add("Verdict comparison", "v")
	add("", append(times("l", 10), times("j", 5)...)...)
	add("Candidate networks", "Escape")
	add("Interview notes", "i")
	add("", times("j", 30)...)
	add("match 1 of", "/", "m", "ü", "l", "l", "e", "r", "Enter", "n", "n", "n")
	add("Interview notes (6000)", "Escape")
	add("Candidate networks", "Escape")
	add("Your profile", "p")
	return steps
}

// keyPress is the key message of a tmux key name or a character.
func keyPress(k string) tea.KeyPressMsg {
	switch k {
	case "Enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "Escape":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "Tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

// runtimeMemory returns the live heap and what the Go runtime holds from
// the system and has not given back, in MB.
func runtimeMemory() (heap, held float64) {
	s := []metrics.Sample{
		{Name: "/memory/classes/heap/objects:bytes"},
		{Name: "/memory/classes/total:bytes"},
		{Name: "/memory/classes/heap/released:bytes"},
	}
	metrics.Read(s)
	mb := func(v uint64) float64 { return float64(v) / (1 << 20) }
	return mb(s[0].Value.Uint64()), mb(s[1].Value.Uint64() - s[2].Value.Uint64())
}

// benchBinary builds netvet once per test process (see netvetBinary).
func benchBinary(tb testing.TB) string {
	tb.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		tb.Fatalf("tmux is not installed (%v): the terminal benchmarks need it", err)
	}
	bin, err := netvetBinary()
	if err != nil {
		tb.Fatalf("build netvet: %v", err)
	}
	return bin
}

// benchTerminal is a tmux server with one pane in which programs are
// started by a key press, so that the clock can start with the process.
type benchTerminal struct {
	tb     testing.TB
	socket string
	conf   string
	env    []string
	pane   string
}

// startBenchTerminal starts the tmux server; it is killed when the
// benchmark ends.
func startBenchTerminal(tb testing.TB) *benchTerminal {
	tb.Helper()
	dir := tb.TempDir()
	tm := &benchTerminal{
		tb:     tb,
		socket: fmt.Sprintf("nvb-%d-%s", os.Getpid(), socketName(tb.Name())),
		conf:   filepath.Join(dir, "tmux.conf"),
		env:    tmuxEnv(),
	}
	if err := os.WriteFile(tm.conf, []byte(tmuxConfig), 0o600); err != nil {
		tb.Fatal(err)
	}
	tm.tmux("-f", tm.conf, "new-session", "-d", "-s", "bench",
		"-x", strconv.Itoa(benchWidth), "-y", strconv.Itoa(benchHeight), "sleep 86400")
	socketPath := tm.tmux("display-message", "-p", "#{socket_path}")
	tb.Cleanup(func() {
		_ = exec.Command("tmux", "-L", tm.socket, "kill-server").Run()
		_ = os.Remove(socketPath)
	})
	tm.pane = tm.tmux("display-message", "-p", "-t", "bench:0.0", "#{pane_id}")
	return tm
}

func (tm *benchTerminal) tmux(args ...string) string {
	tm.tb.Helper()
	cmd := exec.Command("tmux", append([]string{"-u", "-L", tm.socket}, args...)...)
	cmd.Env = tm.env
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		tm.tb.Fatalf("tmux %s: %v: %s", strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
	}
	return strings.TrimSuffix(string(out), "\n")
}

// timeUntil replaces the pane's program with a shell that waits for a
// line and then executes command, then sends the line and returns how
// long it took until the pane showed want.
func (tm *benchTerminal) timeUntil(command, want string) time.Duration {
	tm.tb.Helper()
	// tmux runs the command with sh -c; each shell replaces itself, so the
	// pane's process is the program's.
	tm.tmux("respawn-pane", "-k", "-t", tm.pane, "exec sh -c "+shellQuote("read _ && exec "+command))
	// Let the shell reach its read, so that its start is not counted.
	tm.waitFor("a blank pane", func(s string) bool { return strings.TrimSpace(s) == "" })
	time.Sleep(50 * time.Millisecond)
	start := time.Now()
	tm.tmux("send-keys", "-t", tm.pane, "Enter")
	tm.waitFor(fmt.Sprintf("%q", want), func(s string) bool { return strings.Contains(s, want) })
	return time.Since(start)
}

// waitFor polls the pane as fast as tmux answers until ok holds.
func (tm *benchTerminal) waitFor(what string, ok func(screen string) bool) string {
	tm.tb.Helper()
	deadline := time.Now().Add(benchWait)
	for {
		s := tm.tmux("capture-pane", "-p", "-t", tm.pane)
		if ok(s) {
			return s
		}
		if time.Now().After(deadline) {
			tm.tb.Fatalf("waited %v for %s; the pane shows:\n%s", benchWait, what, s)
		}
		time.Sleep(benchPoll)
	}
}

// press sends one key by its tmux name, or a character.
func (tm *benchTerminal) press(k string) {
	tm.tb.Helper()
	tm.tmux("send-keys", "-t", tm.pane, k)
}

// tour presses the keys of tour, waiting for each screen to open before
// the keys meant for it.
func (tm *benchTerminal) tour() {
	tm.tb.Helper()
	for _, step := range tour() {
		for _, k := range step.keys {
			tm.press(k)
		}
		if want := step.screen; want != "" {
			tm.waitFor(fmt.Sprintf("%q", want), func(s string) bool { return strings.Contains(s, want) })
		}
	}
}

// memory reads VmRSS, VmHWM and RssFile of the pane's process.
func (tm *benchTerminal) memory() procMemory {
	tm.tb.Helper()
	pid := tm.tmux("display-message", "-p", "-t", tm.pane, "#{pane_pid}")
	var m procMemory
	status, err := os.ReadFile("/proc/" + pid + "/status")
	if err != nil {
		tm.tb.Fatalf("read the status of netvet (pid %s): %v", pid, err)
	}
	for line := range strings.SplitSeq(string(status), "\n") {
		name, value, _ := strings.Cut(line, ":")
		kb, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(value), " kB"), 64)
		switch {
		case err != nil:
		case name == "VmRSS":
			m.rss = kb / 1024
		case name == "VmHWM":
			m.hwm = kb / 1024
		case name == "RssFile":
			m.file = kb / 1024
		}
	}
	if m.rss == 0 || m.hwm == 0 {
		tm.tb.Fatalf("no VmRSS or VmHWM in the status of netvet:\n%s", status)
	}
	return m
}

// quit ends the pane's program with ctrl+c and waits until it is gone.
func (tm *benchTerminal) quit() {
	tm.tb.Helper()
	tm.press("C-c")
	deadline := time.Now().Add(benchWait)
	for tm.tmux("display-message", "-p", "-t", tm.pane, "#{pane_dead}") != "1" {
		if time.Now().After(deadline) {
			tm.tb.Fatal("netvet did not end after ctrl+c")
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// percentile returns the p-th percentile of ds (nearest rank).
func percentile(ds []time.Duration, p int) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[max(0, (len(s)*p+99)/100-1)]
}

// ms is d in milliseconds.
func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
