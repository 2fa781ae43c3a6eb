package tui

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"

	tea "charm.land/bubbletea/v2"

	"netvet/model"
)

// The $EDITOR round trip for an interview's notes. Three commands, so that
// no disk access happens in Update:
//
//  1. prepareEditorCmd writes the notes to a new temporary file (mode 0600,
//     in os.TempDir, which honours $TMPDIR) → editorReadyMsg;
//  2. Update hands the terminal to $VISUAL, $EDITOR or vi, run by the
//     shell as git runs it, through tea.ExecProcess → editorDoneMsg when
//     the editor exits;
//  3. finishEditorCmd reads the file back and saves the notes through the
//     store only if they changed → itemSavedMsg.
//
// The file is read back only if its path still names the file netvet
// made: opened without following a symbolic link, and the same file (device
// and inode) as the one created; anything else put in its place is
// refused and left alone. An editor that exits non-zero saves nothing; if
// it changed the file first, the file is kept and the panel says where.
// Otherwise the temporary file is removed afterwards, except when the
// store refuses the new notes: then it is kept too, so nothing typed is
// lost.

// editorSession is one round trip: the interview as it was when the editor
// opened and the temporary file holding its notes.
type editorSession struct {
	netID string
	iv    model.Interview
	path  string
	// made is the temporary file as created, open until the round trip
	// ends: it recognises the file afterwards, and while it is open no
	// other file can get its inode number.
	made *os.File
}

// editorReadyMsg says the temporary file is written; argv is the editor
// command with the file as its last argument.
type editorReadyMsg struct {
	sess editorSession
	argv []string
}

// editorDoneMsg says the editor exited; err is its exit status or why it
// could not start.
type editorDoneMsg struct {
	sess editorSession
	err  error
}

// prepareEditorCmd writes the notes of interview iv of network netID to a
// temporary file for the editor.
func prepareEditorCmd(netID string, iv model.Interview) tea.Cmd {
	return func() tea.Msg {
		f, err := os.CreateTemp("", "netvet-notes-*.md")
		if err != nil {
			return failureMsg{title: errEditorTitle, err: fmt.Errorf(errEditorTempCreate, os.TempDir(), err), body: errEditorBody}
		}
		path := f.Name()
		_, werr := f.WriteString(iv.Notes)
		// CreateTemp makes the file 0600 already; say so explicitly, as the
		// notes may name people. The file stays open (see editorSession).
		if err := cmp.Or(werr, f.Chmod(0o600)); err != nil {
			_ = f.Close()
			_ = os.Remove(path)
			return failureMsg{title: errEditorTitle, err: fmt.Errorf(errEditorTempWrite, path, err), body: errEditorBody}
		}
		return editorReadyMsg{sess: editorSession{netID: netID, iv: iv, path: path, made: f}, argv: editorArgv(path)}
	}
}

// discard removes the session's temporary file, for a round trip that does
// not start.
func (sess editorSession) discard() {
	_ = sess.made.Close()
	_ = os.Remove(sess.path)
}

// editorArgv is the command that edits path: $VISUAL, else $EDITOR, else
// vi, run the way git runs it: sh -c '<editor> "$@"' <editor> <path>. The
// variable is a shell command, so a quoted path with spaces and arguments
// work (EDITOR='"/opt/my editor/bin/ed" -n', EDITOR='code --wait'), and
// the file's name reaches the editor as one argument, never read by the
// shell.
func editorArgv(path string) []string {
	editor := cmp.Or(strings.TrimSpace(os.Getenv("VISUAL")), strings.TrimSpace(os.Getenv("EDITOR")), "vi")
	return []string{"sh", "-c", editor + ` "$@"`, editor, path}
}

// runEditor hands the terminal to the editor. It runs even if the screen
// was left meanwhile: the user asked for it, and the result is saved
// through the root either way.
func runEditor(run execFunc, msg editorReadyMsg) tea.Cmd {
	c := exec.Command(msg.argv[0], msg.argv[1:]...) //nolint:gosec // the user's own editor
	sess := msg.sess
	if run == nil {
		run = tea.ExecProcess
	}
	return run(c, func(err error) tea.Msg { return editorDoneMsg{sess: sess, err: err} })
}

// Exit statuses of the shell that mean the editor did not start: the
// command was not found, or could not be run.
const (
	shellNotFound      = 127
	shellNotExecutable = 126
)

// finishEditorCmd reads the edited notes back and saves them if they
// changed.
func finishEditorCmd(st Store, msg editorDoneMsg) tea.Cmd {
	sess := msg.sess
	return func() tea.Msg {
		defer sess.made.Close()
		var exit *exec.ExitError
		if msg.err != nil && !errors.As(msg.err, &exit) {
			_ = os.Remove(sess.path)
			return failureMsg{title: errEditorTitle, err: msg.err, body: errEditorStartBody}
		}
		if exit != nil && (exit.ExitCode() == shellNotFound || exit.ExitCode() == shellNotExecutable) {
			_ = os.Remove(sess.path)
			return failureMsg{title: errEditorTitle, err: fmt.Errorf(errEditorNotStarted, editorArgv(sess.path)[3], exit.ExitCode()), body: errEditorStartBody}
		}
		text, err := readBack(sess)
		if errors.Is(err, errSwapped) {
			return failureMsg{title: errEditorSwappedTitle, err: err, body: errEditorSwappedBody}
		}
		if err != nil {
			_ = os.Remove(sess.path)
			return failureMsg{title: errEditorReadTitle, err: err, body: errEditorBody}
		}
		changed := text != strings.TrimRight(sess.iv.Notes, "\n")
		switch {
		case exit != nil && changed:
			return failureMsg{title: fmt.Sprintf(errEditorFailedTitle, exit.ExitCode()), err: exit, body: fmt.Sprintf(errEditorFailedKept, sess.path)}
		case exit != nil:
			_ = os.Remove(sess.path)
			return statusMsg{text: fmt.Sprintf(statusEditorExit, exit.ExitCode()), isErr: true}
		case !changed:
			_ = os.Remove(sess.path)
			return statusMsg{text: statusNoChanges}
		}
		iv := sess.iv
		iv.Notes = text
		saved, err := st.PutInterview(sess.netID, iv)
		if err != nil {
			return failureMsg{title: errSaveTitle, err: err, body: fmt.Sprintf(errEditorKept, sess.path)}
		}
		_ = os.Remove(sess.path)
		return itemSavedMsg{netID: sess.netID, apply: func(n *model.Network) { n.PutInterview(saved) }, status: statusNotesSaved}
	}
}

// errSwapped marks a temporary file that is no longer the one netvet made.
var errSwapped = errors.New(errEditorSwapped)

// readBack reads the edited notes from the session's file, with its line
// ends normalised and its final line breaks dropped, if the path still
// names the file netvet made: it is opened without following a symbolic
// link and must be that very file (os.SameFile: device and inode), else
// the error wraps errSwapped and nothing is read.
func readBack(sess editorSession) (string, error) {
	f, err := openNoFollow(sess.path)
	if errors.Is(err, errIsSymlink) {
		return "", fmt.Errorf("%q: %w", sess.path, errSwapped)
	}
	if err != nil {
		return "", fmt.Errorf(errEditorTempRead, sess.path, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return "", fmt.Errorf(errEditorTempRead, sess.path, err)
	}
	made, err := sess.made.Stat()
	if err != nil {
		return "", fmt.Errorf(errEditorTempRead, sess.path, err)
	}
	if !info.Mode().IsRegular() || !os.SameFile(info, made) {
		return "", fmt.Errorf("%q: %w", sess.path, errSwapped)
	}
	b, err := io.ReadAll(f)
	if err != nil {
		return "", fmt.Errorf(errEditorTempRead, sess.path, err)
	}
	return strings.TrimRight(model.NormalizeNewlines(string(b)), "\n"), nil
}
