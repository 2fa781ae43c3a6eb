package main

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// cliResult is what one run of the command line produced.
type cliResult struct {
	code           int
	stdout, stderr string
}

// runCLI runs the command line in-process with a stdin that is not a
// terminal.
func runCLI(t *testing.T, args ...string) cliResult {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(t.Context(), args, strings.NewReader(""), &stdout, &stderr)
	return cliResult{code: code, stdout: stdout.String(), stderr: stderr.String()}
}

// stderrLines checks that stderr has exactly one line per pattern, each
// matching its pattern in full.
func stderrLines(t *testing.T, stderr string, patterns ...string) {
	t.Helper()
	lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
	if stderr == "" {
		lines = nil
	}
	if len(lines) != len(patterns) || (stderr != "" && !strings.HasSuffix(stderr, "\n")) {
		t.Fatalf("stderr has %d lines, want %d:\n%s", len(lines), len(patterns), stderr)
	}
	for i, p := range patterns {
		if !regexp.MustCompile(`^(?:` + p + `)$`).MatchString(lines[i]) {
			t.Errorf("stderr line %d is %q, want it to match %q", i+1, lines[i], p)
		}
	}
}

func TestCommandLine(t *testing.T) {
	db := filepath.Join(t.TempDir(), "netvet.db")
	usageHint := regexp.QuoteMeta(hintUsage)
	tests := []struct {
		name string
		args []string
		want int
		// stdout holds patterns that must match somewhere in stdout; none
		// means it must be empty.
		stdout []string
		// stderr holds one pattern per line stderr must have.
		stderr []string
	}{
		{
			name:   "version prints the version and succeeds",
			args:   []string{"--version"},
			want:   exitOK,
			stdout: []string{`\Anetvet version \S+\n\z`},
		},
		{
			name:   "help succeeds and says where the database is",
			args:   []string{"--help"},
			want:   exitOK,
			stdout: []string{`database`, `--db`, `NETVET_DB`},
		},
		{
			name:   "unknown flag is a usage error",
			args:   []string{"--bogus"},
			want:   exitUsage,
			stderr: []string{`netvet: unknown flag: --bogus`, usageHint},
		},
		{
			name:   "unexpected argument is a usage error",
			args:   []string{"networks.db"},
			want:   exitUsage,
			stderr: []string{`netvet: unexpected argument "networks\.db"`, usageHint},
		},
		{
			name:   "completion prints a bash script",
			args:   []string{"completion", "bash"},
			want:   exitOK,
			stdout: []string{`\A# bash completion`, `(?m)^\s*complete .*netvet`},
		},
		{
			name:   "interface without a terminal fails in one line",
			args:   []string{"--db", db},
			want:   exitFailure,
			stderr: []string{regexp.QuoteMeta("netvet: " + errNoTerminal)},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := runCLI(t, tt.args...)
			if got.code != tt.want {
				t.Errorf("exit code %d, want %d (stderr %q)", got.code, tt.want, got.stderr)
			}
			if len(tt.stdout) == 0 && got.stdout != "" {
				t.Errorf("stdout is %q, want it empty", got.stdout)
			}
			for _, p := range tt.stdout {
				if !regexp.MustCompile(p).MatchString(got.stdout) {
					t.Errorf("stdout does not match %q:\n%s", p, got.stdout)
				}
			}
			stderrLines(t, got.stderr, tt.stderr...)
		})
	}
}

// TestInterfaceWithoutTerminalCreatesNoDatabase: a start that cannot show
// the interface leaves no empty database file behind.
func TestInterfaceWithoutTerminalCreatesNoDatabase(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	db := filepath.Join(dir, "netvet.db")
	if got := runCLI(t, "--db", db); got.code != exitFailure {
		t.Fatalf("exit code %d, want %d", got.code, exitFailure)
	}
	if _, err := os.Stat(dir); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the refused start made %s (stat: %v)", dir, err)
	}
}

// TestCommandLineLeavesATextFileAlone points --db at a file that is not a
// database: the run fails in one line and the file keeps its bytes. The
// message itself is checked in a real terminal by
// TestE2ERefusesAFileThatIsNotADatabase, since without a terminal netvet
// stops before it opens the file.
func TestCommandLineLeavesATextFileAlone(t *testing.T) {
	notes := filepath.Join(t.TempDir(), "notes.txt")
	content := []byte("Kreis der Experten Süd\nentry fee 3.000,00 €\n")
	if err := os.WriteFile(notes, content, 0o644); err != nil {
		t.Fatal(err)
	}
	got := runCLI(t, "--db", notes)
	if got.code != exitFailure {
		t.Errorf("exit code %d, want %d", got.code, exitFailure)
	}
	if got.stdout != "" {
		t.Errorf("stdout is %q, want it empty", got.stdout)
	}
	stderrLines(t, got.stderr, `netvet: \S.*`)
	after, err := os.ReadFile(notes)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(after, content) {
		t.Errorf("the file changed from %q to %q", content, after)
	}
	info, err := os.Stat(notes)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o644 {
		t.Errorf("the file's mode changed to %v", info.Mode().Perm())
	}
}
