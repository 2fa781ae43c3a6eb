package tui

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"netvet/model"
)

// runNow runs an external program directly instead of through
// tea.ExecProcess (which needs a running program) and hands its result to
// the same callback.
func runNow(c *exec.Cmd, fn tea.ExecCallback) tea.Cmd {
	return func() tea.Msg { return fn(c.Run()) }
}

// scriptEditor installs a shell script as $VISUAL. It records the file it
// was given in "path" next to itself, then runs body with the file as $1.
// Temporary files go to a fresh $TMPDIR, returned.
func scriptEditor(t *testing.T, body string) (dir, tmp string) {
	t.Helper()
	dir, tmp = t.TempDir(), t.TempDir()
	script := filepath.Join(dir, "editor.sh")
	src := "#!/bin/sh\nprintf '%s' \"$1\" > \"$(dirname \"$0\")/path\"\n" + body + "\n"
	if err := os.WriteFile(script, []byte(src), 0o700); err != nil {
		t.Fatal(err)
	}
	t.Setenv("VISUAL", script)
	t.Setenv("EDITOR", "")
	t.Setenv("TMPDIR", tmp)
	return dir, tmp
}

// editedPath is the temporary file the script editor was given.
func editedPath(t *testing.T, dir string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "path"))
	if err != nil {
		t.Fatalf("the editor did not run: %v", err)
	}
	return string(b)
}

// editNotes opens the notes on st, selects Tom Becker's interview and
// presses E, with the editor run directly.
func editNotes(t *testing.T, st *fakeStore) *driver {
	t.Helper()
	d := openNotes(t, st, 100, 30)
	d.app.c.exec = runNow
	d.press("/")
	d.typeText("becker")
	d.press("enter")
	if selectedMember(d) != "Tom Becker" {
		t.Fatalf("selected %q", selectedMember(d))
	}
	d.press("E")
	return d
}

func tomsNotes(st *fakeStore) string { return st.nets[0].Interviews[1].Notes }

func TestEditorRoundTrip(t *testing.T) {
	const before = "Short call. Becker was careful; the **network office** listened in."
	for _, tc := range []struct {
		rule   string
		script string
		writes int
		notes  string
		status string
	}{
		{"changed notes are saved", `printf '\n\nLater: he sent the **contract**. Grüße 🙂\n' >> "$1"`,
			1, before + "\n\nLater: he sent the **contract**. Grüße 🙂", statusNotesSaved},
		{"unchanged notes are not written", `true`, 0, before, statusNoChanges},
		{"a final line break added by the editor is no change", `printf '\n' >> "$1"`, 0, before, statusNoChanges},
		{"Windows line ends are normalised", `printf 'Line one\r\nLine two\r\n' > "$1"`, 1, "Line one\nLine two", statusNotesSaved},
		{"an editor that fails without writing changes nothing", `exit 1`, 0, before, "The editor exited with status 1: nothing was saved"},
	} {
		t.Run(tc.rule, func(t *testing.T) {
			dir, tmp := scriptEditor(t, tc.script)
			st := notesStore()
			d := editNotes(t, st)
			if st.writes != tc.writes {
				t.Fatalf("%d writes, want %d", st.writes, tc.writes)
			}
			if got := tomsNotes(st); got != tc.notes {
				t.Fatalf("notes %q, want %q", got, tc.notes)
			}
			d.mustSee(tc.status)
			if d.app.failure != nil {
				t.Fatalf("failure panel: %v", d.app.failure.err)
			}
			path := editedPath(t, dir)
			if filepath.Dir(path) != tmp {
				t.Fatalf("temporary file %s is not in $TMPDIR %s", path, tmp)
			}
			if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
				t.Fatalf("the temporary file was not removed: %v", err)
			}
			if tc.writes > 0 && !strings.Contains(previewText(d), strings.Split(tc.notes, "\n")[len(strings.Split(tc.notes, "\n"))-1][:8]) {
				t.Fatalf("the preview does not show the new notes:\n%s", previewText(d))
			}
		})
	}
}

func TestEditorTempFileIsPrivate(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir())
	msg := prepareEditorCmd("n1", model.Interview{ID: "i1", Notes: "secret"})()
	ready, ok := msg.(editorReadyMsg)
	if !ok {
		t.Fatalf("got %#v", msg)
	}
	defer os.Remove(ready.sess.path)
	info, err := os.Stat(ready.sess.path)
	if err != nil {
		t.Fatal(err)
	}
	if perm := info.Mode().Perm(); perm != 0o600 {
		t.Fatalf("mode %o, want 600", perm)
	}
	if b, _ := os.ReadFile(ready.sess.path); string(b) != "secret" {
		t.Fatalf("file holds %q", b)
	}
	if ready.argv[len(ready.argv)-1] != ready.sess.path {
		t.Fatalf("the editor is not given the file: %v", ready.argv)
	}
}

func TestEditorUnwritableTempDirLosesNothing(t *testing.T) {
	dir, _ := scriptEditor(t, `printf 'changed' > "$1"`)
	t.Setenv("TMPDIR", filepath.Join(t.TempDir(), "missing"))
	st := notesStore()
	d := editNotes(t, st)
	if d.app.failure == nil {
		t.Fatal("no failure panel")
	}
	d.mustSee(errEditorTitle, "create a temporary file in", "missing", "Nothing was changed")
	if st.writes != 0 || !strings.HasPrefix(tomsNotes(st), "Short call.") {
		t.Fatal("the notes changed")
	}
	if _, err := os.Stat(filepath.Join(dir, "path")); !errors.Is(err, os.ErrNotExist) {
		t.Fatal("the editor ran without a file")
	}
	d.press("esc")
	if d.app.failure != nil || d.app.top() != screenNotes {
		t.Fatal("esc did not dismiss the panel back to the notes")
	}
}

func TestEditorSaveFailureKeepsTheText(t *testing.T) {
	dir, _ := scriptEditor(t, `printf 'Words I must not lose.' > "$1"`)
	st := notesStore()
	st.failWrites = errors.New("disk full")
	d := editNotes(t, st)
	path := editedPath(t, dir)
	if d.app.failure == nil {
		t.Fatal("no failure panel")
	}
	d.mustSee(errSaveTitle, "disk full", "Nothing you wrote is lost")
	if !strings.Contains(d.app.failure.body, path) {
		t.Fatalf("the panel does not name %s: %s", path, d.app.failure.body)
	}
	b, err := os.ReadFile(path)
	if err != nil || string(b) != "Words I must not lose." {
		t.Fatalf("the edited text is gone: %q, %v", b, err)
	}
}

func TestEditorThatCannotStart(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	t.Setenv("VISUAL", filepath.Join(t.TempDir(), "no-such-editor"))
	st := notesStore()
	d := editNotes(t, st)
	d.mustSee(errEditorTitle, "$VISUAL or $EDITOR")
	if d.app.failure == nil || !strings.Contains(d.app.failure.err.Error(), "no-such-editor") {
		t.Fatalf("the panel does not say which editor: %v", d.app.failure.err)
	}
	if st.writes != 0 {
		t.Fatal("something was written")
	}
	if left, _ := os.ReadDir(tmp); len(left) != 0 {
		t.Fatalf("temporary files left: %v", left)
	}
}

func TestEditorArgv(t *testing.T) {
	for _, tc := range []struct {
		rule          string
		visual, edits string
		want          string
	}{
		{"VISUAL comes first", "nano", "vim", "nano"},
		{"EDITOR without VISUAL", "", "vim", "vim"},
		{"vi without either", "", "", "vi"},
		{"blank counts as unset", "  ", "emacs", "emacs"},
		{"arguments are kept", "code --wait", "", "code --wait"},
	} {
		t.Run(tc.rule, func(t *testing.T) {
			t.Setenv("VISUAL", tc.visual)
			t.Setenv("EDITOR", tc.edits)
			// As git runs it: the shell reads the variable, "$@" is the file.
			want := []string{"sh", "-c", tc.want + ` "$@"`, tc.want, "/f.md"}
			if got := editorArgv("/f.md"); !slices.Equal(got, want) {
				t.Fatalf("got %q, want %q", got, want)
			}
		})
	}
}

// TestEditorCommandsAsTheShellReadsThem: $EDITOR is a shell command, as
// for git: a quoted path with spaces and arguments, or a command found on
// $PATH with its arguments, gets the file as its last argument, and the
// file's name is passed as it is, however odd.
func TestEditorCommandsAsTheShellReadsThem(t *testing.T) {
	bin := filepath.Join(t.TempDir(), "my editor", "bin")
	if err := os.MkdirAll(bin, 0o700); err != nil {
		t.Fatal(err)
	}
	args := filepath.Join(bin, "args")
	for _, name := range []string{"ed", "code"} {
		script := "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > " + shellQuote(args) + "\nprintf ' edited' >> \"$2\"\n"
		if err := os.WriteFile(filepath.Join(bin, name), []byte(script), 0o700); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	for _, tc := range []struct{ editor, flag string }{
		{`"` + bin + `/ed" -n`, "-n"},
		{"code --wait", "--wait"},
		{`'` + bin + `/ed' '-n'`, "-n"},
	} {
		editor := tc.editor
		t.Run(editor, func(t *testing.T) {
			_ = os.Remove(args)
			t.Setenv("VISUAL", "")
			t.Setenv("EDITOR", editor)
			t.Setenv("TMPDIR", filepath.Join(t.TempDir(), "odd $(name) ' dir"))
			if err := os.Mkdir(os.Getenv("TMPDIR"), 0o700); err != nil {
				t.Fatal(err)
			}
			st := notesStore()
			d := editNotes(t, st)
			b, err := os.ReadFile(args)
			if err != nil {
				t.Fatalf("the editor did not run: %v", err)
			}
			got := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
			if len(got) != 2 || got[0] != tc.flag || filepath.Dir(got[1]) != os.Getenv("TMPDIR") {
				t.Fatalf("the editor got %q", got)
			}
			if !strings.HasSuffix(tomsNotes(st), " edited") {
				t.Fatalf("notes %q", tomsNotes(st))
			}
			d.mustSee(statusNotesSaved)
		})
	}
}

func shellQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

// TestEditorFailureKeepsChangedText: an editor that saves and then exits
// with an error status saves nothing, but the text it saved stays in the
// temporary file, whose path the panel shows.
func TestEditorFailureKeepsChangedText(t *testing.T) {
	dir, _ := scriptEditor(t, `printf 'Two hours of typing.' > "$1"; exit 3`)
	st := notesStore()
	d := editNotes(t, st)
	path := editedPath(t, dir)
	if st.writes != 0 || !strings.HasPrefix(tomsNotes(st), "Short call.") {
		t.Fatal("the notes changed")
	}
	if d.app.failure == nil {
		t.Fatal("no failure panel")
	}
	d.mustSee("The editor exited with status 3")
	if body := d.app.failure.body; !strings.HasPrefix(body, "Nothing was saved") || !strings.Contains(body, strconv.Quote(path)) {
		t.Fatalf("the panel does not name %s: %s", path, d.app.failure.body)
	}
	if b, err := os.ReadFile(path); err != nil || string(b) != "Two hours of typing." {
		t.Fatalf("the edited text is gone: %q, %v", b, err)
	}
}

// TestEditorRefusesASwappedFile: when the temporary file is no longer the
// one netvet made — a symbolic link or another file put in its place while
// the editor ran — nothing is read from it, nothing is saved, and the
// panel says why; what is at the path is left alone.
func TestEditorRefusesASwappedFile(t *testing.T) {
	secret := filepath.Join(t.TempDir(), "id_ed25519")
	if err := os.WriteFile(secret, []byte("PRIVATE KEY"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ rule, script string }{
		{"a symbolic link", `rm "$1"; ln -s ` + shellQuote(secret) + ` "$1"`},
		{"another file", `rm "$1"; printf 'PRIVATE KEY' > "$1"`},
		{"a symbolic link, and the editor fails", `rm "$1"; ln -s ` + shellQuote(secret) + ` "$1"; exit 1`},
	} {
		t.Run(tc.rule, func(t *testing.T) {
			dir, _ := scriptEditor(t, tc.script)
			st := notesStore()
			d := editNotes(t, st)
			if st.writes != 0 || strings.Contains(tomsNotes(st), "PRIVATE") {
				t.Fatalf("the notes changed: %q", tomsNotes(st))
			}
			if d.app.failure == nil {
				t.Fatal("no failure panel")
			}
			d.mustSee(errEditorSwappedTitle)
			if d.app.failure.body != errEditorSwappedBody {
				t.Fatalf("the panel says %q", d.app.failure.body)
			}
			if !errors.Is(d.app.failure.err, errSwapped) {
				t.Fatalf("the panel says %v", d.app.failure.err)
			}
			path := editedPath(t, dir)
			if _, err := os.Lstat(path); err != nil {
				t.Fatalf("what is at %s was removed: %v", path, err)
			}
			if b, _ := os.ReadFile(secret); string(b) != "PRIVATE KEY" {
				t.Fatal("the file the link points to changed")
			}
		})
	}
}

// TestEditorInRealProgram runs the whole program with the real
// tea.ExecProcess: the terminal is handed to the script editor and back.
func TestEditorInRealProgram(t *testing.T) {
	scriptEditor(t, `printf 'Rewritten outside netvet.' > "$1"`)
	st := notesStore()
	tm := teatest.NewTestModel(t, New(st, Options{Now: func() time.Time { return testNow }, Dark: true}),
		teatest.WithInitialTermSize(100, 30),
		teatest.WithProgramOptions(
			tea.WithColorProfile(colorprofile.ASCII),
			tea.WithEnvironment([]string{"TERM=xterm-256color"}),
		),
	)
	waitFor := func(text string) {
		t.Helper()
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(text)) },
			teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
	}
	waitFor("Candidate networks")
	tm.Type("i")
	waitFor(titleNotes)
	// Keys are handled in order and the search runs in Update, so the
	// selection is on Tom Becker when E arrives. (Waiting for "1 found"
	// would not work: the renderer rewrites only the digit.)
	tm.Type("/becker")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	tm.Type("E")
	waitFor(statusNotesSaved)
	tm.Type("q")
	tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second))
	if got := tomsNotes(st); got != "Rewritten outside netvet." {
		t.Fatalf("notes %q", got)
	}
}

// TestEditorNotStartedOnAReadOnlyFile: nothing typed in the editor could be
// saved into a file opened read-only, so the editor does not start, the
// panel says why, and no copy of the notes is left in $TMPDIR.
func TestEditorNotStartedOnAReadOnlyFile(t *testing.T) {
	dir, tmp := scriptEditor(t, `printf 'typed in vain' >> "$1"`)
	st := notesStore()
	before := tomsNotes(st)
	d := openNotes(t, st, 100, 30)
	d.app.readOnly = true
	d.app.c.exec = runNow
	d.press("/")
	d.typeText("becker")
	d.press("enter")
	d.press("E")
	if _, err := os.Stat(filepath.Join(dir, "path")); !errors.Is(err, os.ErrNotExist) {
		t.Fatal("the editor ran on a read-only database")
	}
	if d.app.failure == nil {
		t.Fatalf("no failure panel:\n%s", d.screen())
	}
	d.mustSee(errEditorTitle, "open read-only")
	if st.writes != 0 || tomsNotes(st) != before {
		t.Fatalf("%d writes; notes %q", st.writes, tomsNotes(st))
	}
	if left, _ := os.ReadDir(tmp); len(left) != 0 {
		t.Fatalf("left in $TMPDIR: %v", left)
	}
}
