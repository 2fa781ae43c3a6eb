package main

import (
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"netvet/model"
	"netvet/tui"
)

// Verdict output formats of --format.
const (
	formatText = "text"
)

func newVerdictCmd(dbFlag *string) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "verdict",
		Short: shortVerdict,
		Long:  longVerdict,
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format != formatText && format != formatJSON {
				return usageError{fmt.Errorf(errBadVerdictFormat, format)}
			}
			return runVerdict(cmd, *dbFlag, format)
		},
	}
	cmd.Flags().StringVar(&format, "format", formatText, flagVerdictFormat)
	return cmd
}

// runVerdict reads the database read-only and prints the verdicts of every
// candidate that is not archived, best first (SPEC.md 4.2).
func runVerdict(cmd *cobra.Command, dbFlag, format string) error {
	_, st, err := openReadOnly(dbFlag)
	if err != nil {
		return err
	}
	defer st.Close()
	profile, _, err := st.Profile()
	if err != nil {
		return err
	}
	nets, err := st.NetworksLite()
	if err != nil {
		return err
	}
	out := cmd.OutOrStdout()
	if format == formatJSON {
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		return enc.Encode(model.NewVerdictReport(profile, nets, model.DefaultWeights()))
	}
	return writeVerdictTable(out, profile, model.Compare(profile, nets, model.DefaultWeights()))
}

// writeVerdictTable prints the comparison as an aligned table for people,
// then the recommendation and what each candidate still needs. Names come
// from the user, so control sequences are removed before they reach a
// terminal.
func writeVerdictTable(w io.Writer, p model.Profile, c model.Comparison) error {
	if len(c.Ranked) == 0 {
		_, err := fmt.Fprintln(w, msgVerdictNone)
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, verdictHeader)
	for i, r := range c.Ranked {
		v := r.Verdict
		mb := v.MakeOrBuy
		be := cmpNever
		if mb.BreakEvenMonths != nil {
			be = fmt.Sprintf(cmpMonths, *mb.BreakEvenMonths)
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%d\t%d%%\t%s\t%s\t%s\n", i+1, tui.CleanLine(r.Network.Name), v.Word,
			v.Score.Total, v.Completeness, mb.JoinCost.Format(p.Currency), mb.BuildCost.Format(p.Currency), be)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(w)
	switch {
	case c.NoClearWinner:
		fmt.Fprintln(w, tui.CleanLine(c.Robustness()))
	case c.Recommended != "":
		for _, r := range c.Ranked {
			if r.Network.ID == c.Recommended {
				fmt.Fprintf(w, msgVerdictRecommend, tui.CleanLine(r.Network.Name), r.Verdict.Score.Total)
			}
		}
	default:
		fmt.Fprintln(w, msgVerdictNoJoin)
	}
	for _, r := range c.Ranked {
		items := append(append([]string{}, r.Verdict.DealBreakers...), r.Verdict.NextSteps...)
		if len(items) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n%s (%s):\n", tui.CleanLine(r.Network.Name), r.Verdict.Word.Label())
		for _, it := range items {
			fmt.Fprintf(w, "  - %s\n", tui.CleanLine(it))
		}
	}
	return nil
}
