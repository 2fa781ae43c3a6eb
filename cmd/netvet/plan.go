package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"netvet/model"
)

func newPlanCmd(dbFlag, langFlag *string) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "plan",
		Short: shortPlan,
		Long:  longPlan,
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format != formatText && format != formatMarkdown {
				return usageError{fmt.Errorf(errBadPlanFormat, format)}
			}
			return runPlan(cmd, *dbFlag, *langFlag, format)
		},
	}
	cmd.Flags().StringVar(&format, "format", formatText, flagPlanFormat)
	return cmd
}

// runPlan reads the database read-only and prints the own-network plan:
// the overview for the terminal, or the Markdown to send (SPEC.md 4), in
// the language of --lang, else the profile's, else the environment's
// (choosePrinter). A database without a
// plan is a failure with one line that says how to make one, like a
// network `guide` cannot find: there is nothing to print, and an empty
// file sent to a partner would be worse than an error.
func runPlan(cmd *cobra.Command, dbFlag, langFlag, format string) error {
	_, st, err := openReadOnly(dbFlag)
	if err != nil {
		return err
	}
	defer st.Close()
	profile, _, err := st.Profile()
	if err != nil {
		return err
	}
	plan, found, err := st.Plan()
	if err != nil {
		return err
	}
	pr := choosePrinter(langFlag, profile)
	if !found {
		return errors.New(pr.Render(model.NoPlan()))
	}
	if format == formatMarkdown {
		return model.WritePlanMarkdown(cmd.OutOrStdout(), pr, profile, plan)
	}
	return model.WritePlanText(cmd.OutOrStdout(), pr, profile, plan)
}
