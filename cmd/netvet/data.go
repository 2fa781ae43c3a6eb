package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/spf13/cobra"

	"netvet/model"
	"netvet/model/lang"
	"netvet/store"
)

// maxImportBytes bounds what import reads: far more than any real export
// (notes are at most 1 MiB each), small enough not to exhaust memory.
const maxImportBytes = 256 << 20

// Export formats of --format.
const (
	formatJSON     = "json"
	formatMarkdown = "markdown"
	formatCSV      = "csv"
	formatICS      = "ics"
)

// demoFileName is the demo database's name next to the default database.
const demoFileName = "demo.db"

// addDataCommands adds the commands that move data in and out of the
// database: import, export, backup, check and demo. dbFlag points at the
// persistent --db flag's value; stdin is what `import -` reads and what the
// demo's TUI reads keys from.
func addDataCommands(root *cobra.Command, dbFlag *string, stdin io.Reader) {
	root.AddCommand(
		newImportCmd(dbFlag, stdin),
		newExportCmd(dbFlag),
		newBackupCmd(dbFlag),
		newCheckCmd(dbFlag),
		newDemoCmd(dbFlag, stdin),
	)
}

// oneArg accepts exactly one positional argument, described by what for the
// usage error.
func oneArg(what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != 1 {
			return usageError{fmt.Errorf(errWantArgs, cmd.Name(), what)}
		}
		return nil
	}
}

func newImportCmd(dbFlag *string, stdin io.Reader) *cobra.Command {
	var replace bool
	cmd := &cobra.Command{
		Use:   "import FILE|-",
		Short: shortImport,
		Long:  longImport,
		Args:  oneArg(argImport),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runImport(cmd, *dbFlag, args[0], stdin, replace)
		},
	}
	cmd.Flags().BoolVar(&replace, "replace", false, flagReplace)
	return cmd
}

// runImport reads and checks the whole file before it opens the database,
// so that a bad file neither creates nor changes one; the write itself is
// one transaction.
func runImport(cmd *cobra.Command, dbFlag, file string, stdin io.Reader, replace bool) error {
	name, data, err := readImport(file, stdin)
	if err != nil {
		return err
	}
	doc, err := model.ParseExport(data)
	if err != nil {
		return fmt.Errorf(errImportRefused, name, err)
	}
	path, err := store.ResolvePath(dbFlag)
	if err != nil {
		return err
	}
	st, err := store.Open(path, store.Options{MapSize: importMapSize(path, len(data), len(doc.Networks))})
	if err != nil {
		return err
	}
	defer st.Close()
	// The conflicts are about ids and names: the notes are not needed.
	stored, err := st.NetworksLite()
	if err != nil {
		return err
	}
	replaced, err := model.CheckImportConflicts(stored, doc.Networks, replace)
	if err != nil {
		return fmt.Errorf(errImportRefused, name, err)
	}
	// The profile and the plan are taken only when the database has
	// none, which the store decides in the import's transaction.
	took, err := st.Import(doc, replace)
	if err != nil {
		return fmt.Errorf(errImportRefused, name, err)
	}
	out := cmd.OutOrStdout()
	promises, interviews, evidence := doc.Totals()
	fmt.Fprintf(out, msgImported, counts(len(doc.Networks), promises, interviews, evidence), path)
	if replaced > 0 {
		fmt.Fprint(out, plural(replaced, msgImportReplacedOne, msgImportReplacedMany))
	}
	fmt.Fprintln(out)
	reportTaken(out, doc.Profile != nil, took.Profile, msgProfileImported, msgProfileSkipped)
	reportTaken(out, doc.OwnNetwork != nil, took.Plan, msgPlanImported, msgPlanSkipped)
	return nil
}

// reportTaken says whether the profile or the plan of an import file, if
// it had one, was taken or skipped.
func reportTaken(out io.Writer, inFile, taken bool, imported, skipped string) {
	switch {
	case inFile && taken:
		fmt.Fprintln(out, imported)
	case inFile:
		fmt.Fprintln(out, skipped)
	}
}

// importMapSize is how much of the database file the store maps at once
// for an import of size bytes holding networks networks into the file at
// path: its size now plus three times the import, since a file holds an
// export in about two and a half times its size, plus two pages for every
// network, the least a network's bucket takes however little it holds.
// With that room bbolt need not grow its memory map while it writes the
// import, which copies everything written so far each time.
func importMapSize(path string, size, networks int) int {
	have := 0
	if info, err := os.Stat(path); err == nil {
		have = int(info.Size())
	}
	return have + 3*size + 2*os.Getpagesize()*networks
}

// readImport reads the file to import, or standard input for "-", and
// returns the name to use in messages: the path quoted as %q quotes it,
// so that a name with control characters cannot act on the terminal.
func readImport(file string, stdin io.Reader) (string, []byte, error) {
	name, r := strconv.Quote(file), stdin
	if file == "-" {
		name = nameStdin
	} else {
		f, err := os.Open(file)
		if err != nil {
			return name, nil, fmt.Errorf(errReadImport, name, unwrapPath(err))
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, maxImportBytes+1))
	if err != nil {
		return name, nil, fmt.Errorf(errReadImport, name, unwrapPath(err))
	}
	if len(data) > maxImportBytes {
		return name, nil, fmt.Errorf(errImportTooLarge, name, maxImportBytes>>20)
	}
	return name, data, nil
}

// unwrapPath drops the operation and path of an fs.PathError, which the
// messages name themselves.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func newExportCmd(dbFlag *string) *cobra.Command {
	var format string
	var opt exportOptions
	cmd := &cobra.Command{
		Use:   "export",
		Short: shortExport,
		Long:  longExport,
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			render, err := renderer(format)
			if err != nil {
				return err
			}
			if _, err := opt.asOf.day(); err != nil {
				return err
			}
			return runExport(cmd, *dbFlag, opt, render)
		},
	}
	cmd.Flags().StringVar(&format, "format", formatJSON, flagFormat)
	cmd.Flags().BoolVar(&opt.anonymize, "anonymize", false, flagAnonymize)
	cmd.Flags().StringVarP(&opt.output, "output", "o", "", flagOutput)
	cmd.Flags().BoolVar(&opt.force, "force", false, flagForceOutput)
	cmd.Flags().BoolVar(&opt.salvage, "salvage", false, flagSalvage)
	cmd.Flags().StringVar(&opt.asOf.value, "as-of", "", flagExportAsOf)
	return cmd
}

// exportOptions are the flags of export besides the format.
type exportOptions struct {
	// output is the file to write, "" for standard output; force allows
	// replacing it.
	output string
	force  bool
	// anonymize replaces the members' names; salvage exports what can be
	// read of a damaged file.
	anonymize, salvage bool
	// asOf is the day of the reviews and deadlines in the Markdown report
	// and the calendar.
	asOf asOfFlag
}

// render writes an export in one format, in the printer's language where
// the format has words of netvet's own.
type render func(io.Writer, model.Export, *lang.Printer) error

// renderer returns the writer of an export format, or a usage error.
func renderer(format string) (render, error) {
	switch format {
	case formatJSON:
		return func(w io.Writer, e model.Export, _ *lang.Printer) error { return e.WriteJSON(w) }, nil
	case formatMarkdown:
		return func(w io.Writer, e model.Export, _ *lang.Printer) error { return model.WriteMarkdown(w, e) }, nil
	case formatCSV:
		return func(w io.Writer, e model.Export, _ *lang.Printer) error { return model.WriteCSV(w, e) }, nil
	case formatICS:
		return func(w io.Writer, e model.Export, pr *lang.Printer) error { return model.WriteCalendar(w, pr, e) }, nil
	}
	return nil, usageError{fmt.Errorf(errBadFormat, format)}
}

// runExport reads the database read-only and writes the export to standard
// output or, with -o, atomically to a file, which must not exist unless
// --force is given and is never a database. A file that breaks netvet's
// rules is not exported, unless --salvage: then what can be read is, and
// what was left out is listed on standard error. The reviews and deadlines
// of the Markdown report and the calendar are as of --as-of, or of today.
func runExport(cmd *cobra.Command, dbFlag string, opt exportOptions, write render) error {
	path, st, err := openReadOnly(dbFlag)
	if err != nil {
		return err
	}
	defer st.Close()
	if opt.output != "" {
		if err := checkOutput(opt.output, path, opt.force); err != nil {
			return err
		}
	}
	c, err := st.ReadAll(opt.salvage)
	if err != nil {
		return err
	}
	if len(c.Problems) > 0 && !opt.salvage {
		return fmt.Errorf(errExportDamaged, path, store.ClipLine(c.Problems[0].Error()))
	}
	day, _ := opt.asOf.day()
	if err := opt.asOf.check(c.Networks, day); err != nil {
		return err
	}
	e := model.Export{ExportedAt: time.Now(), Profile: c.Profile, Networks: c.Networks, OwnNetwork: c.Plan}
	if opt.asOf.value != "" {
		e.AsOf = day
	}
	if opt.anonymize {
		e = model.AnonymizeExport(e)
	}
	profile := model.NewProfile()
	if c.Profile != nil {
		profile = *c.Profile
	}
	pr := printerFor(profile)
	if err := writeExport(cmd, opt, e, func(w io.Writer, e model.Export) error { return write(w, e, pr) }); err != nil {
		return err
	}
	for _, left := range c.LeftOut {
		fmt.Fprintf(cmd.ErrOrStderr(), msgLeftOut, store.ClipLine(left.Error()))
	}
	return nil
}

// writeExport writes the export to standard output or to opt.output.
func writeExport(cmd *cobra.Command, opt exportOptions, e model.Export, render func(io.Writer, model.Export) error) error {
	if opt.output == "" {
		return render(cmd.OutOrStdout(), e)
	}
	if err := writeOutput(opt.output, opt.force, func(w io.Writer) error { return render(w, e) }); err != nil {
		return err
	}
	fmt.Fprintf(cmd.OutOrStdout(), msgExported, plural(len(e.Networks), nounNetwork, nounNetworks), opt.output)
	return nil
}

// checkOutput refuses, before any work is done, an output file (export
// -o, guide -o) that is the database, or that exists when force is not
// given; writeOutput checks again as it writes.
func checkOutput(target, dbPath string, force bool) error {
	if err := refuseDatabase(target, dbPath); err != nil {
		return err
	}
	if _, err := os.Lstat(target); err == nil && !force {
		return fmt.Errorf(errOutputExists, target)
	}
	return nil
}

// writeOutput writes a command's output file with store.WriteFile:
// completely or not at all, mode 0600, over an existing regular file only
// when force, and never over a database or anything that is not a regular
// file.
func writeOutput(target string, force bool, write func(io.Writer) error) error {
	err := store.WriteFile(target, store.WriteOptions{Overwrite: force}, write)
	switch {
	case errors.Is(err, fs.ErrExist):
		return fmt.Errorf(errOutputExists, target)
	case errors.Is(err, store.ErrWontReplace):
		// The store's refusals are whole sentences already.
		return err
	case err != nil:
		return fmt.Errorf(errWriteFile, target, unwrapPath(err))
	}
	return nil
}

// openReadOnly resolves the database path and opens it read-only, sharing
// the file with other readers.
func openReadOnly(dbFlag string) (string, *store.Store, error) {
	path, err := store.ResolvePath(dbFlag)
	if err != nil {
		return "", nil, err
	}
	st, err := store.Open(path, store.Options{ReadOnly: true})
	if err != nil {
		return path, nil, err
	}
	return path, st, nil
}

// refuseDatabase refuses to write to target when it is the database file.
func refuseDatabase(target, dbPath string) error {
	abs, err := filepath.Abs(target)
	if err != nil {
		return fmt.Errorf(errWriteFile, target, err)
	}
	if samePath(abs, dbPath) {
		return fmt.Errorf(errTargetIsDB, target)
	}
	return nil
}

// samePath reports whether the absolute paths a and b name the same file:
// they are equal, or both exist and are the same file.
func samePath(a, b string) bool {
	if a == b {
		return true
	}
	x, errA := os.Stat(a)
	y, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(x, y)
}

func newBackupCmd(dbFlag *string) *cobra.Command {
	var force bool
	cmd := &cobra.Command{
		Use:   "backup FILE",
		Short: shortBackup,
		Long:  longBackup,
		Args:  oneArg(argBackup),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runBackup(cmd, *dbFlag, args[0], force)
		},
	}
	cmd.Flags().BoolVar(&force, "force", false, flagForceBackup)
	return cmd
}

// runBackup copies the database, opened read-only, to target.
func runBackup(cmd *cobra.Command, dbFlag, target string, force bool) error {
	path, st, err := openReadOnly(dbFlag)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := refuseDatabase(target, path); err != nil {
		return err
	}
	size, err := st.Backup(target, force)
	switch {
	case errors.Is(err, fs.ErrExist):
		return fmt.Errorf(errBackupExists, target)
	case errors.Is(err, store.ErrWontReplace), errors.Is(err, store.ErrLocked):
		return err
	case err != nil:
		return fmt.Errorf(errBackup, path, target, unwrapPath(err))
	}
	fmt.Fprintf(cmd.OutOrStdout(), msgBackedUp, path, target, size)
	return nil
}

func newCheckCmd(dbFlag *string) *cobra.Command {
	return &cobra.Command{
		Use:   "check",
		Short: shortCheck,
		Long:  longCheck,
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runCheck(cmd, *dbFlag)
		},
	}
}

// runCheck opens the database read-only, so that it never changes it, and
// reports what it found: a summary when it is sound, else each problem on
// its own line and a failure.
func runCheck(cmd *cobra.Command, dbFlag string) error {
	path, st, err := openReadOnly(dbFlag)
	if err != nil {
		return err
	}
	defer st.Close()
	out := cmd.OutOrStdout()
	problems, notices := st.CheckAll()
	for _, n := range notices {
		fmt.Fprintf(out, msgCheckNotice, store.ClipLine(n.Error()))
	}
	if len(problems) > 0 {
		for _, p := range problems {
			fmt.Fprintf(out, msgCheckProblem, store.ClipLine(p.Error()))
		}
		if len(problems) == 1 {
			return fmt.Errorf(errCheckFailedOne, path)
		}
		return fmt.Errorf(errCheckFailed, path, len(problems))
	}
	nets, err := st.Networks()
	if err != nil {
		return err
	}
	_, hasProfile, err := st.Profile()
	if err != nil {
		return err
	}
	e := model.Export{Networks: nets}
	promises, interviews, evidence := e.Totals()
	profile := msgCheckNoProfile
	if hasProfile {
		profile = msgCheckProfile
	}
	fmt.Fprintf(out, msgCheckOK, path, st.SchemaVersion(), profile, counts(len(nets), promises, interviews, evidence))
	return nil
}

// plural writes n with the singular or plural form of a noun, each a
// format with one %d.
func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf(one, n)
	}
	return fmt.Sprintf(many, n)
}

// counts says how many networks, promises, interviews and pieces of
// evidence there are, for the summaries of import and check.
func counts(networks, promises, interviews, evidence int) string {
	return fmt.Sprintf(msgCounts,
		plural(networks, nounNetwork, nounNetworks),
		plural(promises, nounPromise, nounPromises),
		plural(interviews, nounInterview, nounInterviews),
		plural(evidence, nounEvidence, nounEvidences))
}

func newDemoCmd(dbFlag *string, stdin io.Reader) *cobra.Command {
	var noOpen, force bool
	cmd := &cobra.Command{
		Use:   "demo",
		Short: shortDemo,
		Long:  longDemo,
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			path, err := demoPath(*dbFlag)
			if err != nil {
				return err
			}
			return runDemo(cmd, path, stdin, noOpen, force)
		},
	}
	cmd.Flags().BoolVar(&noOpen, "no-open", false, flagNoOpen)
	cmd.Flags().BoolVar(&force, "force", false, flagForceDemo)
	return cmd
}

// runDemo writes a fresh demo database at path, unless one is there and
// force is not given: then it keeps it. Then it opens the demo, unless
// noOpen.
func runDemo(cmd *cobra.Command, path string, stdin io.Reader, noOpen, force bool) error {
	out := cmd.OutOrStdout()
	_, err := os.Lstat(path)
	switch {
	case err == nil && !force && noOpen:
		if err := checkDemo(path); err != nil {
			return err
		}
		fmt.Fprintf(out, msgDemoKept, path)
	case err == nil && !force:
		// Opening it checks that it is a netvet database.
		fmt.Fprintf(out, msgDemoOpening, path)
	default:
		if err := writeDemo(path, force, time.Now()); err != nil {
			return err
		}
		fmt.Fprintf(out, msgDemoWritten, path)
	}
	if noOpen {
		fmt.Fprintf(out, msgDemoOpenLater, path)
		return nil
	}
	return runTUI(cmd, path, stdin, true)
}

// checkDemo makes sure that the existing file at path, which the demo
// keeps, is a netvet database: one that another netvet has open, or that
// opening it will migrate, is.
func checkDemo(path string) error {
	st, err := store.Open(path, store.Options{ReadOnly: true})
	switch {
	case err == nil:
		return st.Close()
	case errors.Is(err, store.ErrLocked), errors.Is(err, store.ErrOlderSchema):
		return nil
	}
	return err
}

// demoPath is --db, or demo.db in the default database's folder. It is
// never the user's database: a --db naming it is refused.
func demoPath(dbFlag string) (string, error) {
	mainDB, err := store.ResolvePath("")
	if err != nil {
		return "", err
	}
	if dbFlag == "" {
		return filepath.Join(filepath.Dir(mainDB), demoFileName), nil
	}
	path, err := store.ResolvePath(dbFlag)
	if err != nil {
		return "", err
	}
	if err := refuseDatabase(path, mainDB); err != nil {
		return "", fmt.Errorf(errDemoIsDB, path)
	}
	return path, nil
}

// isDefaultDemo reports whether path is the demo database in its default
// place, demo.db next to the default database, so that the interface says
// it is the demo also when it is opened with --db.
func isDefaultDemo(path string) bool {
	demo, err := demoPath("")
	return err == nil && samePath(path, demo)
}

// writeDemo builds the demo database in a temporary folder next to path
// and copies it into place with store.WriteFile. An existing file at path
// is refused unless force; with force it is replaced, unless another
// netvet has it open, or it is not a regular file or a netvet database.
func writeDemo(path string, force bool, now time.Time) (err error) {
	if _, serr := os.Lstat(path); serr == nil {
		if !force {
			return fmt.Errorf(errDemoExists, path)
		}
		if old, oerr := store.Open(path, store.Options{ReadOnly: true}); oerr == nil {
			old.Close()
		} else if errors.Is(oerr, store.ErrLocked) {
			return oerr
		}
	}
	dir := filepath.Dir(path)
	if err := store.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf(errDemo, path, unwrapPath(err))
	}
	tmpDir, err := os.MkdirTemp(dir, ".netvet-demo-*")
	if err != nil {
		return fmt.Errorf(errDemo, path, unwrapPath(err))
	}
	defer os.RemoveAll(tmpDir)
	tmp := filepath.Join(tmpDir, demoFileName)
	st, err := store.Open(tmp, store.Options{})
	if err != nil {
		return fmt.Errorf(errDemo, path, err)
	}
	if _, err := st.Import(model.Demo(model.DateOf(now)), false); err != nil {
		st.Close()
		return fmt.Errorf(errDemo, path, err)
	}
	if err := st.Close(); err != nil {
		return fmt.Errorf(errDemo, path, err)
	}
	err = store.WriteFile(path, store.WriteOptions{Overwrite: force, Database: force}, func(w io.Writer) error {
		f, err := os.Open(tmp)
		if err != nil {
			return err
		}
		defer f.Close()
		_, err = io.Copy(w, f)
		return err
	})
	switch {
	case errors.Is(err, fs.ErrExist):
		return fmt.Errorf(errDemoExists, path)
	case errors.Is(err, store.ErrWontReplace), errors.Is(err, store.ErrLocked):
		return err
	case err != nil:
		return fmt.Errorf(errDemo, path, unwrapPath(err))
	}
	return nil
}
