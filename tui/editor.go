package tui

import (
	"cmp"
	"errors"
	"fmt"
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
//  2. Update hands the terminal to $VISUAL, $EDITOR or vi through
//     tea.ExecProcess → editorDoneMsg when the editor exits;
//  3. finishEditorCmd reads the file back and saves the notes through the
//     store only if they changed → itemSavedMsg.
//
// An editor that exits non-zero changes nothing. The temporary file is
// removed afterwards, except when the store refuses the new notes: then the
// file is kept and the failure panel says where, so nothing typed is lost.

// editorSession is one round trip: the interview as it was when the editor
// opened and the temporary file holding its notes.
type editorSession struct {
	netID string
	iv    model.Interview
	path  string
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
		// notes may name people.
		if err := cmp.Or(werr, f.Chmod(0o600), f.Close()); err != nil {
			_ = os.Remove(path)
			return failureMsg{title: errEditorTitle, err: fmt.Errorf(errEditorTempWrite, path, err), body: errEditorBody}
		}
		return editorReadyMsg{sess: editorSession{netID: netID, iv: iv, path: path}, argv: editorArgv(path)}
	}
}

// editorArgv is the command that edits path: $VISUAL, else $EDITOR, else
// vi. The variable may carry arguments ("code --wait"); it is split at
// white space, not run through a shell.
func editorArgv(path string) []string {
	argv := strings.Fields(cmp.Or(strings.TrimSpace(os.Getenv("VISUAL")), strings.TrimSpace(os.Getenv("EDITOR"))))
	if len(argv) == 0 {
		argv = []string{"vi"}
	}
	return append(argv, path)
}

// runEditor hands the terminal to the editor. It runs even if the screen
// was left meanwhile: the user asked for it, and the result is saved
// through the root either way.
func (s notesScreen) runEditor(msg editorReadyMsg) tea.Cmd {
	c := exec.Command(msg.argv[0], msg.argv[1:]...) //nolint:gosec // the user's own editor
	sess := msg.sess
	run := s.exec
	if run == nil {
		run = tea.ExecProcess
	}
	return run(c, func(err error) tea.Msg { return editorDoneMsg{sess: sess, err: err} })
}

// finishEditorCmd reads the edited notes back and saves them if they
// changed.
func finishEditorCmd(st Store, msg editorDoneMsg) tea.Cmd {
	sess := msg.sess
	return func() tea.Msg {
		if msg.err != nil {
			_ = os.Remove(sess.path)
			var exit *exec.ExitError
			if errors.As(msg.err, &exit) {
				return statusMsg{text: fmt.Sprintf(statusEditorExit, exit.ExitCode()), isErr: true}
			}
			return failureMsg{title: errEditorTitle, err: msg.err, body: errEditorStartBody}
		}
		b, err := os.ReadFile(sess.path)
		if err != nil {
			_ = os.Remove(sess.path)
			return failureMsg{title: errEditorReadTitle, err: fmt.Errorf(errEditorTempRead, sess.path, err), body: errEditorBody}
		}
		text := strings.TrimRight(model.NormalizeNewlines(string(b)), "\n")
		if text == strings.TrimRight(sess.iv.Notes, "\n") {
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
