package main

// All user-facing text of the command line lives in this file so that it
// can be translated in one place.

const (
	hintUsage = "Run netvet --help for usage."

	shortRoot = "Check a business network before you pay to join it"
	longRoot  = `netvet walks you through a due-diligence checklist for each business
network you are thinking of joining — the promised services, interviews with
members, verified contract flow, fit, mentors, training and real contract
chances, make or buy — keeps every finding in a local database file and ends
in a comparative verdict with reasons.

Your data stays on this machine, in one file (mode 0600). Its place is
--db, else $NETVET_DB, else $XDG_DATA_HOME/netvet/netvet.db
(~/.local/share/netvet/netvet.db).`

	flagDB = "database file (default $NETVET_DB, else $XDG_DATA_HOME/netvet/netvet.db)"

	errNoTerminal = "netvet's interface needs a terminal; for scripts use the subcommands (see --help)"
	errExtraArgs  = "unexpected argument %q"
	errWantArgs   = "%s takes %s"
)
