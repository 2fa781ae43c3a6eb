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

	flagDB   = "database file (default $NETVET_DB, else $XDG_DATA_HOME/netvet/netvet.db)"
	flagLang = "language: en or de (default: the profile's, else $LC_ALL, $LC_MESSAGES or $LANG)"

	errNoTerminal = "netvet's interface needs a terminal; for scripts use the subcommands (see --help)"
	errExtraArgs  = "unexpected argument %q"
	errBadLang    = "unknown language %q (use en or de)"
	errWantArgs   = "%s takes %s"
)

// The data commands: import, export, backup, check and demo (data.go).
const (
	shortImport = "Add networks (and a profile and plan) from an export file"
	longImport  = `Import adds the networks of a netvet export (see netvet export) to the
database, and its profile and own-network plan, each if the database has
none yet. FILE - reads standard input.

The whole file is checked before anything is written, and then written in
one transaction: one bad value and nothing is imported. Problems are named
by their place in the file, for example
networks[2].fit.chemistry: rating 7 is outside 1–5.

A network whose id or name is in the database already is refused, unless
--replace is given: then it replaces the stored network and everything
under it.`
	shortExport = "Write all networks as JSON, a Markdown report, CSV or a calendar"
	longExport  = `Export writes the profile, every network and the own-network plan to
standard output, or with -o to FILE (written completely or not at all,
mode 0600). An existing FILE is replaced only with --force, and never when
it is a database or not a regular file (a folder, a device, a named pipe).

  --format json      the export format that netvet import reads (default)
  --format markdown  a report per network, to send to a partner or tax adviser
  --format csv       one row per network with the main figures
  --format ics       an iCalendar file with the review and cancel-by dates of
                     every joined network, for a calendar to import; a newer
                     export moves the events instead of adding new ones

--anonymize replaces the members' names with "Member 1", "Member 2", …
everywhere, including where the names occur in notes.

A database that netvet check finds damaged is not exported. --salvage
exports what can still be read and lists on standard error each part it
left out and why.

The membership reviews and deadlines in the Markdown report and the
calendar are as of today, or of --as-of.`
	shortBackup = "Make a consistent copy of the database file"
	longBackup  = `Backup writes a consistent copy of the database to FILE (mode 0600) and
checks the copy before it puts it in place. It refuses to overwrite an
existing FILE unless --force is given; even then it replaces only a regular
file, and of databases only a netvet database that no netvet has open (an
older backup). The database is opened read-only; while netvet's interface
has it open, close the interface first.`
	shortCheck = "Verify the database file"
	longCheck  = `Check opens the database read-only, never changing it, and verifies every
page of the file and netvet's own rules: every record can be read, every
reference resolves, names are unique and every value is valid. It prints
what it found and exits with 1 if there is a problem.`
	shortDemo = "Create a demo database with fictional networks and open it"
	longDemo  = `Demo writes a fresh database with a profile and six fictional networks
that show every part of the checklist and every verdict, then opens it.
It never touches your own database: the demo goes to demo.db next to it,
or to --db PATH. Run again, it opens the demo as you left it; --force
writes a fresh one in its place. The interface's header says DEMO while the
demo database is open.`

	argImport = "one FILE, or - for standard input"
	argBackup = "one FILE to write the copy to"

	flagReplace     = "replace stored networks with the same id or name"
	flagFormat      = "format of the export: json, markdown, csv or ics"
	flagExportAsOf  = "the day reviews and deadlines are as of, YYYY-MM-DD (default today)"
	flagAnonymize   = `replace members' and candidates' names with "Member 1", "Member 2", …`
	flagOutput      = "write to FILE instead of standard output"
	flagForceBackup = "overwrite FILE if it exists"
	flagForceOutput = "replace FILE if it exists (never a database)"
	flagSalvage     = "export what can be read of a damaged database, listing what is left out"
	flagNoOpen      = "only write the demo database, do not open it"
	flagForceDemo   = "replace an existing demo file"

	// How messages name standard input; a file is named by its path in
	// quotes.
	nameStdin = "standard input"

	// Networks, promises, interviews and evidence, counted with the nouns
	// below.
	msgCounts      = "%s (%s, %s, %s)"
	nounNetwork    = "%d network"
	nounNetworks   = "%d networks"
	nounPromise    = "%d promise"
	nounPromises   = "%d promises"
	nounInterview  = "%d interview"
	nounInterviews = "%d interviews"
	nounEvidence   = "%d piece of evidence"
	nounEvidences  = "%d pieces of evidence"

	// The counts, database path.
	msgImported = "Imported %s into %q"
	// Networks replaced.
	msgImportReplacedOne  = "; %d of them replaced a stored network with the same id or name"
	msgImportReplacedMany = "; %d of them replaced stored networks with the same id or name"
	msgProfileImported    = "Imported the profile."
	msgProfileSkipped     = "Skipped the profile in the file: the database has one already."
	msgPlanImported       = "Imported the own-network plan."
	msgPlanSkipped        = "Skipped the own-network plan in the file: the database has one already."
	// Networks counted, file.
	msgExported = "Exported %s to %q\n"
	// Database, copy, size in bytes.
	msgBackedUp = "Backed up %q to %q (%d bytes)\n"
	// Database, schema, profile state, the counts.
	msgCheckOK        = "OK: %q: schema %d, %s, %s\n"
	msgCheckProfile   = "profile set up"
	msgCheckNoProfile = "no profile yet"
	msgCheckProblem   = "problem: %s\n"
	msgCheckNotice    = "note: %s\n"
	msgDemoWritten    = "Wrote the demo database to %q\n"
	msgDemoOpening    = "Opening the existing demo database %q (netvet demo --force writes a fresh one)\n"
	msgDemoKept       = "Kept the existing demo database %q (netvet demo --force writes a fresh one)\n"
	msgDemoOpenLater  = "Open it with: netvet --db %q\n"

	// File name (quoted), error.
	errReadImport     = "cannot read %s: %v"
	errImportTooLarge = "%s is larger than %d MiB, too large for a netvet export"
	// File name (quoted), problem.
	errImportRefused = "cannot import %s, nothing was imported: %v"
	errBadFormat     = "unknown format %q (use json, markdown, csv or ics)"
	// File, error.
	errWriteFile    = "cannot write %q: %v"
	errTargetIsDB   = "%q is the database itself; choose another file"
	errBackupExists = "%q exists already; use --force to overwrite it"
	errOutputExists = "%q exists already; use --force to replace it"
	// Database, the first problem.
	errExportDamaged = "%q is damaged, so nothing was exported: %s (run netvet check to see every problem, or export --salvage to export what can be read)"
	// What a salvage left out.
	msgLeftOut = "netvet: left out: %s\n"

	// Database, copy, error.
	errBackup = "cannot back up %q to %q: %v"
	// Database, number of problems.
	errCheckFailed    = "%q has %d problems (it was not changed)"
	errCheckFailedOne = "%q has a problem (it was not changed)"
	errDemoExists     = "%q exists already; use --force to replace it with a fresh demo"
	errDemoIsDB       = "%q is your netvet database; the demo needs a file of its own"
	errDemo           = "cannot write the demo database %q: %v"
)

// The guide command.
const (
	shortGuide = "Write the interview guide for one network as Markdown"
	longGuide  = `Guide writes the interview guide for the network NETWORK (its name, in
any case, or its id) as Markdown, to print or to keep on screen during a
call with a member: one question per promise, with room for yes, partly or
no and what the member said; the decisive questions (contracts through the
network in the last 12 months, would you join again, recommendation 0–10,
red flags); whether mentors are available, the events are worth it and
members work on contracts together; and a checklist of what to check
beyond the conversation.

It writes to standard output, or with -o to FILE (written completely or
not at all, mode 0600). An existing FILE is replaced only with --force,
and never when it is a database or not a regular file (a folder, a
device, a named pipe). The guide is in the language of --lang, else the
profile's, else the environment's ($LC_ALL, $LC_MESSAGES, $LANG).`
	argGuide = "one NETWORK: its name or its id"
	// Network name, file.
	msgGuideWritten = "Wrote the interview guide for %q to %q\n"
	// What was asked for.
	errGuideUnknown = "no network is named %q or has it as its id"
	// What was asked for, how many networks, their ids.
	errGuideAmbiguous = "%q names %d networks (ids %s); give the id of the one you mean"
)

// The verdict command.
const (
	shortVerdict = "Print the verdict for every candidate, best first"
	longVerdict  = `verdict ranks every candidate that is not archived — join, build your own,
keep investigating, don't join, then by score — and says why. --format json
prints the figures for scripts (SPEC.md 4.2); money is in major units.`
	flagVerdictFormat   = "output format: text or json"
	flagAsOf            = "the day the verdict is as of, YYYY-MM-DD (default today)"
	errBadAsOf          = "--as-of: %v"
	errBadVerdictFormat = "unknown format %q (use text or json)"
	verdictHeader       = "#\tNETWORK\tVERDICT\tSCORE\tCHECKLIST\tJOIN COST\tBUILD COST\tNET VALUE\tBREAK-EVEN"
	msgVerdictNone      = "No candidates yet: open netvet and add the networks you are considering."
	msgVerdictRecommend = "Recommended: %s (score %d).\n"
	msgVerdictNoJoin    = "No candidate earns a join verdict yet."
	msgVerdictRobust    = "The verdict is robust: it stays the same with the results of the least successful member like you."
	// The sentence of model.Scenarios.Fragile.
	msgVerdictFragile = "The verdict is fragile. %s.\n"
)

// The due command.
const (
	shortDue = "List the memberships with a review or a cancellation deadline due"
	longDue  = `due prints one line for each joined network with something due within
--within days (default 60) of today or of --as-of: a cancel-by date in that
time (cancel by then, or the membership renews for another term), else a
review that is due now or becomes due in that time (six months after
joining, and from 30 days before each cancel-by date). Each line says the
network, the date, what to do and what the review says today.

When nothing is due it prints nothing and exits with 0, so that a crontab
line such as
  0 8 * * 1 netvet due
mails only when it matters.`
	flagWithin   = "days ahead to look, 0 to 3660"
	flagDueAsOf  = "the day to look from, YYYY-MM-DD (default today)"
	errBadWithin = "--within: %q is not a number of days from 0 to %d"
)

// The plan command.
const (
	shortPlan = "Print your own-network plan, for you or to send to the people you approach"
	longPlan  = `plan prints the plan of the network you would build yourself.

  --format text      an overview for you (default): the design, the hours
                     it takes and what they cost at your hourly rate, which
                     seats cover mentors, training and contract chances,
                     each seat with its candidates, their status, your
                     ratings and notes, then warnings and next steps
  --format markdown  a proposal to send to the people you approach: the
                     goal, the target group, the seats with what each
                     offers and gains, and an agenda for a first meeting

The Markdown leaves out what is yours alone: the candidates' names, your
ratings of them and your notes, the plan's ratings, warnings and costs.
Without a plan in the database, plan says how to make one and exits with 1.`
	flagPlanFormat   = "output format: text or markdown"
	errBadPlanFormat = "unknown format %q (use text or markdown)"
)
