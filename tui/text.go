package tui

// All user-facing text of package tui lives in this file so that it can be
// translated in one place.

// Key help.
const (
	helpQuit         = "quit"
	helpForceQuit    = "quit anywhere"
	helpHelp         = "help"
	helpBack         = "back"
	helpProfile      = "your profile"
	helpUp           = "up"
	helpDown         = "down"
	helpTop          = "first"
	helpBottom       = "last"
	helpPageUp       = "page up"
	helpPageDown     = "page down"
	helpOpen         = "open"
	helpNew          = "new candidate"
	helpEdit         = "edit"
	helpArchive      = "archive / delete"
	helpFilter       = "filter"
	helpShowArchived = "show archived"
	helpHideArchived = "hide archived"
	helpRestore      = "restore"
	helpNextField    = "next field"
	helpPrevField    = "previous field"
	helpToggle       = "change choice"
	helpSave         = "save"
	helpSkip         = "skip for now"
	helpNextStep     = "next step"
	helpPrevStep     = "previous step"
	helpJumpStep     = "jump to step"
	helpYes          = "yes"
	helpNo           = "no"
	helpCancel       = "cancel"
	helpClearFilter  = "clear filter"
	helpApplyFilter  = "keep filter"
)

// Titles and headings.
const (
	appName          = "netvet"
	appTagline       = "Should I pay to join this network?"
	titleCandidates  = "Candidate networks"
	titleNewNetwork  = "New candidate network"
	titleEditNetwork = "Edit %s"
	titleProfile     = "Your profile"
	titleSetup       = "Welcome to netvet"
	titleHelp        = "Keys"
	titleWorkspace   = "Due diligence: %s"
	titleTooSmall    = "The terminal is too small"
)

// Home screen.
const (
	colName      = "NAME"
	colKind      = "KIND"
	colStatus    = "STATUS"
	colFees      = "ENTRY / YEAR"
	colSteps     = "CHECKLIST"
	colVerdict   = "VERDICT"
	emptyFirst   = "No candidates yet. Press n to add the first network you are thinking of joining."
	emptyFilter  = "No candidate matches %q. Press esc to clear the filter."
	emptyAllArch = "Every candidate is archived. Press a to show archived ones."
	feeUnknown   = "?"
	countShown   = "%d of %d"
	countAll     = "%d"
	archivedNote = "%d archived (a shows them)"
	showingArch  = "showing archived"
	filterPrompt = "/ "
	filterHint   = "type to filter · enter keep · esc clear"
	filterLabel  = "filter: %s"
	profileNone  = "no profile yet (p)"
	profileLine  = "%s · %s/hour"
	nextStepLine = "Next: %s"
)

// Confirmations and status messages.
const (
	askArchive        = "Archive %q? It disappears from the list; a shows archived candidates."
	askDelete         = "Delete %q for good, with all its promises, interviews and evidence?"
	askDiscard        = "Discard your changes to this form?"
	askYesNo          = "y yes · n no"
	statusSaved       = "Saved"
	statusArchived    = "Archived %q"
	statusRestored    = "Restored %q"
	statusDeleted     = "Deleted %q"
	statusFilterClear = "Filter cleared"
	statusDiscarded   = "Changes discarded"
	statusNoChanges   = "Nothing changed"
	statusFixFields   = "Please correct the marked fields"
	statusSaving      = "Saving…"
)

// Failures.
const (
	errSaveTitle  = "Could not save"
	errSaveBody   = "Your edit is still on screen: nothing you typed is lost. Fix the cause and save again, or copy what you need."
	errLoadTitle  = "Could not read the database"
	errLoadBody   = "Nothing was changed. Quit with ctrl+c, then run netvet check to see what is wrong."
	loadingText   = "Loading…"
	helpDataLine  = "Your data: %s"
	errDismiss    = "esc dismiss"
	errNameTaken  = "a network named %q exists already"
	errNotNumber  = "%q is not a whole number"
	errNotPercent = "%q is not a rate (use 42 or 42%% or 0.42)"
	tooSmallBody  = "netvet needs at least %d×%d; this one is %d×%d. Make the window larger."
)

// Forms.
const (
	formListHint  = "separate with commas"
	choiceLeft    = "‹ "
	choiceRight   = " ›"
	fieldErrMark  = "✗ "
	focusMark     = "▸ "
	selectMark    = "▸ "
	setupIntro    = "netvet compares what joining a network costs with what building your own would cost. For that it needs what an hour of your time is worth. You can change all of this later with p."
)

// Field labels and hints of the network form.
const (
	lblName        = "Name"
	lblKind        = "Kind"
	lblStatus      = "Status"
	lblWebsite     = "Website"
	lblContact     = "Contact"
	lblSummary     = "Summary"
	lblEntryFee    = "Entry fee"
	lblAnnualFee   = "Annual fee"
	lblMinTerm     = "Minimum term (years)"
	lblMemberHours = "Membership hours / year"
	lblBuildHours  = "Own network build (hours)"
	lblUpkeepHours = "Own network upkeep (h/yr)"
	lblProfit      = "Expected profit / year"

	hintName        = "As the network calls itself; must be unique."
	hintWebsite     = "Where its promises are written down."
	hintContact     = "Who sells it to you: name, phone, e-mail."
	hintSummary     = "What it is and why you are looking at it."
	hintFee         = "Empty until known; 0 = free. 3000 or 3.000,00 €"
	hintMinTerm     = "How long you must stay once you sign."
	hintMemberHours = "Meetings, events and travel per year."
	hintBuildHours  = "Hours to build an equal network yourself."
	hintUpkeepHours = "Hours per year to keep your own one going."
	hintProfit      = "Profit per year from contracts it brings."
)

// Field labels and hints of the profile form.
const (
	lblProfName      = "Your name"
	lblPositioning   = "Positioning"
	lblTargetGroups  = "Target groups"
	lblStrengths     = "Strengths"
	lblCurrency      = "Currency"
	lblIncome        = "Target annual income"
	lblHours         = "Working hours / year"
	lblTaxRate       = "Marginal tax rate"
	lblHorizon       = "Horizon (years)"
	lblMinInterviews = "Interviews per network"
	lblThreshold     = "Join threshold (score)"

	hintPositioning   = "What you stand for, in one sentence."
	hintCurrency      = "ISO code, for example EUR, CHF or USD."
	hintIncome        = "Income you want per year, before tax."
	hintHours         = "Hours you want to work per year, for example 1600."
	hintTaxRate       = "Fees are deductible: 42 or 42% or 0.42."
	hintHorizon       = "Years over which join and build compare."
	hintMinInterviews = "Members to interview before deciding."
	hintThreshold     = "Score 0–100 a network needs for join."
	hourlyRateLine    = "Your hourly rate: %s"
)

// Workspace.
const (
	wsBasics      = "Basics"
	wsFees        = "Fees and time"
	wsSteps       = "Checklist"
	wsWebsite     = "Website"
	wsContact     = "Contact"
	wsKind        = "Kind"
	wsStatus      = "Status"
	wsEntry       = "Entry fee"
	wsAnnual      = "Annual fee"
	wsTerm        = "Minimum term"
	wsMemberHours = "Membership time"
	wsBuild       = "Own network"
	wsProfit      = "Expected profit"
	wsYears       = "%d years"
	wsHoursYear   = "%d h/year"
	wsBuildLine   = "%s h to build, %d h/year upkeep"
	wsNotEntered  = "not entered"
	wsEmptyValue  = "—"
	wsCounts      = "%d promises · %d interviews · %d pieces of evidence"
	wsMarkDone    = "✓"
	wsMarkPartly  = "◐"
	wsMarkOpen    = "○"
)

// Verdict badges on the home list.
const (
	badgeJoin        = "join"
	badgeBuildOwn    = "build own"
	badgeInvestigate = "investigate"
	badgeDontJoin    = "don't join"
)
