package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"netvet/model"
)

func newGuideCmd(dbFlag, langFlag *string) *cobra.Command {
	var output string
	var force bool
	cmd := &cobra.Command{
		Use:   "guide NETWORK",
		Short: shortGuide,
		Long:  longGuide,
		Args:  oneArg(argGuide),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runGuide(cmd, *dbFlag, *langFlag, args[0], output, force)
		},
	}
	cmd.Flags().StringVarP(&output, "output", "o", "", flagOutput)
	cmd.Flags().BoolVar(&force, "force", false, flagForceOutput)
	return cmd
}

// runGuide reads the database read-only and writes the interview guide of
// the network that query names to standard output or, with -o, to a file
// that must not exist unless force, and is never the database.
func runGuide(cmd *cobra.Command, dbFlag, langFlag, query, output string, force bool) error {
	path, st, err := openReadOnly(dbFlag)
	if err != nil {
		return err
	}
	defer st.Close()
	if output != "" {
		if err := checkOutput(output, path, force); err != nil {
			return err
		}
	}
	profile, found, err := st.Profile()
	if err != nil {
		return err
	}
	if !found {
		profile = model.NewProfile()
	}
	nets, err := st.NetworksLite()
	if err != nil {
		return err
	}
	n, err := pickNetwork(nets, query)
	if err != nil {
		return err
	}
	pr := choosePrinter(langFlag, profile)
	write := func(w io.Writer) error { return model.WriteGuide(w, pr, profile, n) }
	if output == "" {
		return write(cmd.OutOrStdout())
	}
	if err := writeOutput(output, force, write); err != nil {
		return err
	}
	fmt.Fprintf(cmd.OutOrStdout(), msgGuideWritten, n.Name, output)
	return nil
}

// pickNetwork is the one network that query names by id or by name, or an
// error that quotes query.
func pickNetwork(nets []model.Network, query string) (model.Network, error) {
	found := model.FindNetworks(nets, query)
	switch len(found) {
	case 0:
		return model.Network{}, fmt.Errorf(errGuideUnknown, query)
	case 1:
		return found[0], nil
	}
	ids := make([]string, len(found))
	for i, n := range found {
		ids[i] = strconv.Quote(n.ID)
	}
	return model.Network{}, fmt.Errorf(errGuideAmbiguous, query, len(found), strings.Join(ids, ", "))
}
