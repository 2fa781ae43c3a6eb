package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
	"sync"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"netvet/model"
	"netvet/model/lang"
	"netvet/store"
	"netvet/tui"
)

// newRootCmd builds the command tree. stdin is what the TUI reads keys from
// (and, later, what `import -` reads).
func newRootCmd(stdin io.Reader) *cobra.Command {
	var dbFlag, langFlag string
	root := &cobra.Command{
		Use:           "netvet",
		Short:         shortRoot,
		Long:          longRoot,
		Args:          noArgs,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			return checkLang(cmd, langFlag)
		},
		RunE: func(cmd *cobra.Command, _ []string) error {
			path, err := store.ResolvePath(dbFlag)
			if err != nil {
				return err
			}
			return runTUI(cmd, path, stdin, isDefaultDemo(path))
		},
	}
	root.PersistentFlags().StringVar(&dbFlag, "db", "", flagDB)
	root.PersistentFlags().StringVar(&langFlag, "lang", "", flagLang)
	addDataCommands(root, &dbFlag, stdin)
	root.AddCommand(newVerdictCmd(&dbFlag), newDueCmd(&dbFlag), newGuideCmd(&dbFlag, &langFlag), newPlanCmd(&dbFlag, &langFlag))
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	return root
}

// runTUI opens the database and runs the interface until the user quits;
// demo says that it is the demo database, which the header then says.
// The store is closed after the program ends, so a write still in flight
// finishes first.
func runTUI(cmd *cobra.Command, path string, stdin io.Reader, demo bool) error {
	if f, ok := stdin.(*os.File); !ok || !term.IsTerminal(f.Fd()) {
		return errors.New(errNoTerminal)
	}
	// Loading a large file makes tens of megabytes of small objects that
	// all stay; a collector started on the small heap of a new process
	// would mark them again and again as the heap grows, taking more
	// processor time than the decoding. It waits until the data is loaded.
	gcPercent := debug.SetGCPercent(-1)
	restoreGC := sync.OnceFunc(func() { debug.SetGCPercent(gcPercent) })
	defer restoreGC()
	st, readOnly, err := openForInterface(path)
	if err != nil {
		return err
	}
	defer st.Close()
	// A new frame waits for the renderer's next tick: at Bubble Tea's
	// highest rate, 120 a second, half as long as at its default.
	opts := []tea.ProgramOption{tea.WithContext(cmd.Context()), tea.WithInput(stdin), tea.WithOutput(cmd.OutOrStdout()), tea.WithFPS(120)}
	if cmd.OutOrStdout() == io.Writer(os.Stdout) {
		// lipgloss detected the colours of standard output when the
		// program started; detecting them again runs `tmux info` in tmux.
		opts = append(opts, tea.WithColorProfile(lipgloss.Writer.Profile))
	}
	app := tui.New(st, tui.Options{Dark: true, DBPath: path, ReadOnly: readOnly, Demo: demo, Load: tui.StartLoad(st), Loaded: restoreGC})
	p := tea.NewProgram(app, opts...)
	if _, err := p.Run(); err != nil && !errors.Is(err, tea.ErrInterrupted) {
		return fmt.Errorf("terminal: %w", err)
	}
	return nil
}

// openForInterface opens the database for the interface: for writing, or,
// when its records break netvet's rules (store.ErrDamaged), read-only, so
// that the user can still look at it and copy from it; readOnly says
// which. Anything else that stops the open is the error.
func openForInterface(path string) (st *store.Store, readOnly bool, err error) {
	st, err = store.Open(path, store.Options{Preload: true})
	if !errors.Is(err, store.ErrDamaged) {
		return st, false, err
	}
	st, rerr := store.Open(path, store.Options{ReadOnly: true})
	if rerr != nil {
		return nil, false, err
	}
	return st, true, nil
}

// printerFor is the language of what a command writes (SPEC.md 5). The
// commands that use it speak the language of choosePrinter once their own
// text is translated (issue 14); until then they speak English, and this
// is the one place to change.
func printerFor(model.Profile) *lang.Printer { return lang.NewPrinter(lang.Default) }

// checkLang refuses a --lang that names no language netvet speaks, as a
// usage error; a --lang not given is no choice.
func checkLang(cmd *cobra.Command, value string) error {
	if !cmd.Flags().Changed("lang") {
		return nil
	}
	if _, ok := lang.Parse(value); !ok {
		return usageError{fmt.Errorf(errBadLang, value)}
	}
	return nil
}

// choosePrinter is the language of SPEC.md 5: --lang, else the profile's
// language, else the environment's, else English. The guide speaks it;
// the commands whose own text is not translated yet use printerFor.
func choosePrinter(langFlag string, p model.Profile) *lang.Printer {
	return lang.NewPrinter(lang.Choose(langFlag, profileLanguage(p), os.Getenv))
}

// profileLanguage is the language chosen in the profile, "" for none.
func profileLanguage(p model.Profile) string { return string(p.Language) }

// noArgs refuses positional arguments as a usage error.
func noArgs(_ *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usageError{fmt.Errorf(errExtraArgs, args[0])}
	}
	return nil
}

// isCobraUsage recognises the usage errors cobra makes itself.
func isCobraUsage(err error) bool {
	s := err.Error()
	for _, prefix := range []string{"unknown command", "unknown flag", "unknown shorthand flag", "flag needs an argument", "invalid argument", "accepts ", "requires at least", "requires at most"} {
		if strings.HasPrefix(s, prefix) {
			return true
		}
	}
	return false
}

// oneLine folds a multi-line message onto one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
