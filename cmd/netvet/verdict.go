package main

import (
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"netvet/model"
	"netvet/model/lang"
	"netvet/store"
	"netvet/tui"
)

// Verdict output formats of --format.
const (
	formatText = "text"
)

func newVerdictCmd(dbFlag *string) *cobra.Command {
	var format string
	var asOf asOfFlag
	cmd := &cobra.Command{
		Use:   "verdict",
		Short: shortVerdict,
		Long:  longVerdict,
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format != formatText && format != formatJSON {
				return usageError{fmt.Errorf(errBadVerdictFormat, format)}
			}
			day, err := asOf.day()
			if err != nil {
				return err
			}
			return runVerdict(cmd, *dbFlag, format, asOf, day)
		},
	}
	cmd.Flags().StringVar(&format, "format", formatText, flagVerdictFormat)
	cmd.Flags().StringVar(&asOf.value, "as-of", "", flagAsOf)
	return cmd
}

// runVerdict reads the database read-only and prints the verdicts of every
// candidate that is not archived, best first, and the membership reviews
// of the joined ones, as of the day day (SPEC.md 4.2), with the
// own-network plan if there is one.
func runVerdict(cmd *cobra.Command, dbFlag, format string, asOf asOfFlag, day model.Date) error {
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
	if err := asOf.check(nets, day); err != nil {
		return err
	}
	pr := printerFor(profile)
	plan, err := storedPlan(st)
	if err != nil {
		return err
	}
	out := cmd.OutOrStdout()
	if format == formatJSON {
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		return enc.Encode(model.NewVerdictReport(pr, profile, plan, nets, day))
	}
	c := model.Compare(profile, plan, nets)
	if err := writeVerdictTable(out, profile, c); err != nil {
		return err
	}
	return writeReviews(out, pr, profile, c.Ranked, day)
}

// writeReviews prints the membership review of every ranked network under
// review as of day: a line with its verdict, then its reasons and next
// steps.
func writeReviews(w io.Writer, pr *lang.Printer, p model.Profile, ranked []model.Ranked, day model.Date) error {
	for _, r := range ranked {
		if !r.Network.Reviewed(day) {
			continue
		}
		rv, err := model.ComputeReview(p, r.Network, day)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "\n%s: %s\n", tui.CleanLine(r.Network.Name), pr.Render(rv.Summary()))
		for _, m := range append(append([]lang.Msg{}, rv.Reasons...), rv.NextSteps...) {
			fmt.Fprintf(w, "  - %s\n", tui.CleanLine(pr.Render(m)))
		}
	}
	return nil
}

// storedPlan is the database's own-network plan, or nil when it has none.
func storedPlan(st *store.Store) (*model.OwnNetwork, error) {
	plan, found, err := st.Plan()
	if err != nil || !found {
		return nil, err
	}
	return &plan, nil
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
		be := mb.BreakEvenMonthsText()
		fmt.Fprintf(tw, "%d\t%s\t%s\t%d\t%d%%\t%s\t%s\t%s\t%s\n", i+1, tui.CleanLine(r.Network.Name), v.Word,
			v.Score.Total, v.Completeness, mb.JoinCost.Format(p.Currency), mb.BuildCost.Format(p.Currency),
			mb.NetValue.Format(p.Currency), be)
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
				writeRobustness(w, r.Verdict.Scenarios)
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

// writeRobustness says whether the recommended verdict is robust (SPEC.md
// 1.5), or nothing without scenarios.
func writeRobustness(w io.Writer, s model.Scenarios) {
	switch {
	case !s.Available:
	case s.Robust:
		fmt.Fprintln(w, msgVerdictRobust)
	default:
		fmt.Fprintf(w, msgVerdictFragile, s.Fragile)
	}
}
