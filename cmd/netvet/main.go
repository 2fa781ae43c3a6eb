// Command netvet helps self-employed people and small-firm owners decide
// whether to pay to join a business network: it walks them through a
// due-diligence checklist per candidate and ends in a verdict with reasons.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"charm.land/fang/v2"

	"netvet/model"
)

// Exit codes (SPEC.md 4).
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
)

// version is set at link time (-ldflags "-X main.version=…"); fang falls
// back to the module's build information when it is empty.
var version = "0.1.0"

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes the command line and maps the outcome to an exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	root := newRootCmd(stdin)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	opts := []fang.Option{fang.WithErrorHandler(printError)}
	if version != "" {
		opts = append(opts, fang.WithVersion(version))
	}
	if err := fang.Execute(ctx, root, opts...); err != nil {
		return exitCode(err)
	}
	return exitOK
}

// printError writes an error as one line on stderr: no stack, no styling to
// confuse scripts, and every control character escaped (\x1b): the
// messages quote keys, values and file names from input, and stderr is
// often a terminal.
func printError(w io.Writer, _ fang.Styles, err error) {
	_, _ = fmt.Fprintln(w, "netvet: "+model.EscapeControls(oneLine(err.Error())))
	if isUsage(err) {
		_, _ = fmt.Fprintln(w, hintUsage)
	}
}

func exitCode(err error) int {
	if isUsage(err) {
		return exitUsage
	}
	return exitFailure
}

// usageError marks a mistake in how netvet was called (exit code 2).
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func isUsage(err error) bool {
	var u usageError
	return errors.As(err, &u) || isCobraUsage(err)
}
