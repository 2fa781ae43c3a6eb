package main

import (
	"fmt"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"netvet/model"
	"netvet/tui"
)

// Bounds of --within: a day up to ten years, far more than any notice
// period, and small enough that no date computed from it goes wrong.
const (
	defaultWithinDays = 60
	maxWithinDays     = 3660
)

// asOfFlag is the value of an --as-of flag: the day it names, and whether
// it was given at all (without it the day is today).
type asOfFlag struct {
	value string
}

// day returns the day the flag names, or today; a value that is not a
// date is a usage error.
func (f asOfFlag) day() (model.Date, error) {
	if f.value == "" {
		return model.DateOf(time.Now()), nil
	}
	d, err := model.ParseDate(f.value)
	if err != nil {
		return model.Date{}, usageError{fmt.Errorf(errBadAsOf, err)}
	}
	return d, nil
}

// check refuses a day given with --as-of that is before a joined
// network's joining day, as a usage error (SPEC.md 1.6). Without the flag
// today is the day, and a membership that begins later is simply not
// reviewed yet: a daily cron job must not fail for it.
func (f asOfFlag) check(nets []model.Network, day model.Date) error {
	if f.value == "" {
		return nil
	}
	if err := model.CheckReviewDay(nets, day); err != nil {
		return usageError{fmt.Errorf(errBadAsOf, err)}
	}
	return nil
}

func newDueCmd(dbFlag *string) *cobra.Command {
	var within string
	var asOf asOfFlag
	cmd := &cobra.Command{
		Use:   "due",
		Short: shortDue,
		Long:  longDue,
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			days, err := parseWithin(within)
			if err != nil {
				return err
			}
			day, err := asOf.day()
			if err != nil {
				return err
			}
			return runDue(cmd, *dbFlag, asOf, day, days)
		},
	}
	cmd.Flags().StringVar(&within, "within", strconv.Itoa(defaultWithinDays), flagWithin)
	cmd.Flags().StringVar(&asOf.value, "as-of", "", flagDueAsOf)
	return cmd
}

// parseWithin reads --within: a whole number of days from 0 to
// maxWithinDays.
func parseWithin(s string) (int, error) {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n < 0 || n > maxWithinDays {
		return 0, usageError{fmt.Errorf(errBadWithin, s, maxWithinDays)}
	}
	return n, nil
}

// runDue prints one line per membership with something due within days of
// day (model.DueWithin): the network, the date, what to do and the
// review's verdict, aligned in columns. When nothing is due it prints
// nothing at all, so that cron mails only when it matters.
func runDue(cmd *cobra.Command, dbFlag string, asOf asOfFlag, day model.Date, days int) error {
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
	items := model.DueWithin(profile, nets, day, days)
	if len(items) == 0 {
		return nil
	}
	pr := printerFor(profile)
	tw := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 0, 2, ' ', 0)
	for _, d := range items {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", tui.CleanLine(d.Network), pr.Date(d.Date.Time()), pr.Render(d.What()), pr.Render(d.Verdict()))
	}
	return tw.Flush()
}
