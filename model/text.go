package model

// All user-facing text of package model lives in this file so that it can be
// translated in one place.

// labels maps every enum value to the words a person reads. Enum values are
// distinct across types except where the meaning is the same ("yes", "no",
// "other"), so one table serves them all.
var labels = map[string]string{
	// Kinds.
	"expert_network":   "Expert network",
	"mastermind":       "Mastermind circle",
	"referral_chapter": "Referral chapter",
	"association":      "Association",
	"other":            "Other",
	// Statuses.
	"researching":  "Researching",
	"interviewing": "Interviewing",
	"decided":      "Decided",
	"joined":       "Joined",
	"declined":     "Declined",
	"archived":     "Archived",
	// Promise categories.
	"mentoring": "Mentoring",
	"training":  "Training",
	"events":    "Events",
	"marketing": "Joint marketing",
	"contracts": "Contracts",
	// Promise sources.
	"website":    "Website",
	"brochure":   "Brochure",
	"sales_talk": "Sales talk",
	"contract":   "Contract",
	// Channels.
	"call":      "Call",
	"in_person": "In person",
	"event":     "At an event",
	"written":   "Written",
	// Answers and would-join-again.
	"yes":     "Yes",
	"partly":  "Partly",
	"no":      "No",
	"unknown": "Unknown",
	"unsure":  "Unsure",
	"":        "Not asked",
	// Evidence levels.
	"hearsay":         "Hearsay",
	"member_reported": "Reported by the member",
	"documented":      "Documented",
	// Warning signs.
	"pressure_to_sign":          "Pressure to sign quickly",
	"auto_renewal":              "Automatic renewal",
	"long_minimum_term":         "Minimum term over a year",
	"no_trial":                  "No guest visit or trial",
	"no_profession_exclusivity": "No one-per-profession rule",
	"extra_costs":               "Extra costs (meals, events, travel)",
	"members_not_free_to_talk":  "Members not free to talk",
	// Warning signs of version 2.
	"attendance_obligation":         "Attendance obligation (absences cost the seat)",
	"quotas":                        "Quotas (visitors or referrals to bring)",
	"seller_earns_from_fee":         "The seller earns from the fee (franchise or commission)",
	"no_distance_learning_approval": "Online programme without distance-learning approval (no ZFU number)",
	"fees_not_refundable":           "Fees not refundable",
}

// languageLabels names the languages a profile may choose.
var languageLabels = map[Language]string{
	LanguageUnset:   "Not chosen",
	LanguageEnglish: "English",
	LanguageGerman:  "German",
}

// The profit suggestion (SPEC.md 1.2), formats for fmt.Sprintf.
const (
	suggestNone = "No suggestion: no member similar to you has been interviewed"
	// Median revenue, number of similar members (2 or more), the profit.
	suggestProfit = "%[3]s a year: the median contracts value of %[2]d similar members (%[1]s) × your profit margin"
	// Contracts value of the one similar member, the profit.
	suggestProfitOne = "%[2]s a year: the contracts value of the one similar member (%[1]s) × your profit margin"
	// Median revenue, number of similar members (2 or more).
	suggestRevenue = "%s a year in revenue, the median of %d similar members; enter your profit margin in the profile to turn it into profit"
	// Contracts value of the one similar member.
	suggestRevenueOne = "%s a year in revenue, from the one similar member; enter your profit margin in the profile to turn it into profit"
)

// UnknownFigure is how a figure that is unknown is shown: never as 0
// (SPEC.md 1).
const UnknownFigure = "?"

// listSeparator joins the items of a list inside one sentence.
const listSeparator = "; "

// ledgerKindLabels names the kinds of ledger entry (SPEC.md 1.6).
var ledgerKindLabels = map[LedgerKind]string{
	LedgerMeeting:          "Meeting",
	LedgerOneToOne:         "One-to-one",
	LedgerEvent:            "Event",
	LedgerReferralGiven:    "Referral given",
	LedgerReferralReceived: "Referral received",
	LedgerClosedBusiness:   "Closed business",
	LedgerCost:             "Cost",
	LedgerPromiseCheck:     "Promise check",
}

// candidateStatusLabels names the statuses of a candidate for a seat of
// the own network (SPEC.md 1.7).
var candidateStatusLabels = map[CandidateStatus]string{
	CandidateIdentified: "Identified",
	CandidateApproached: "Approached",
	CandidateOneToOne:   "One-to-one held",
	CandidateCommitted:  "Committed",
	CandidateDropped:    "Dropped",
}

// ratingLabels names the fit ratings and decisive factors. They have a table
// of their own because "training" the factor is not "training" the category.
var ratingLabels = map[RatingKey]string{
	FitTargetGroupOverlap:    "Target group overlap",
	FitComplementaryStrength: "Complementary strengths",
	FitPositioning:           "Consistent positioning",
	FitMyContribution:        "What I can offer them",
	FitChemistry:             "Chemistry",
	FactorMentors:            "Mentors and coaches",
	FactorTraining:           "Training and events",
	FactorContractChances:    "Real contract chances",
}

// ratingScale says what each point of a rating means, 1 to 5, so the forms
// can show a one-line meaning beside the value.
var ratingScale = map[RatingKey][5]string{
	FitTargetGroupOverlap:    {"Their clients are not my clients", "Little overlap", "Some overlap", "Large overlap", "Their clients are exactly my target group"},
	FitComplementaryStrength: {"Same strengths as mine, we compete", "Mostly the same", "Some complement", "Clearly complementary", "They cover exactly what I lack"},
	FitPositioning:           {"Contradicts my positioning", "Hard to square", "Neutral", "Consistent", "Strengthens my positioning"},
	FitMyContribution:        {"I have nothing they need", "Little to offer", "Something to offer", "Valuable knowledge or contacts", "I am exactly what they are missing"},
	FitChemistry:             {"I would not work with them", "Uneasy", "Neutral", "Good", "I would rely on them completely"},
	FactorMentors:            {"No experienced entrepreneurs to learn from", "Rarely available", "Some, on request", "Regularly available", "Experienced mentors, committed to me"},
	FactorTraining:           {"Nothing worth learning", "Weak", "Average", "Good", "Excellent training and events"},
	FactorContractChances:    {"No contracts for someone like me", "Unlikely", "Possible", "Likely", "Contracts for people like me, proven"},
}

func label[T ~string](v T) string {
	if l, ok := labels[string(v)]; ok {
		return l
	}
	return string(v)
}

// Validation messages. Each is a format for fmt.Sprintf where it has verbs.
const (
	msgRequired         = "is required"
	msgTooLong          = "is longer than %d characters"
	msgTooLongBytes     = "is longer than %d bytes"
	msgInvalidUTF8      = "is not valid UTF-8 text"
	msgBadEnum          = "%q is not one of %s"
	msgNotArchived      = "is kept only for an archived network"
	msgRatingRange      = "rating %d is outside 1–5"
	msgNegativeAmount   = "must not be negative"
	msgAmountTooLarge   = "is more than %s"
	msgNegativeHours    = "must not be negative"
	msgNegativeCount    = "must not be negative"
	msgTaxRange         = "%g is outside 0–0.6"
	msgHorizonRange     = "must be between 1 and 30 years"
	msgMinInterviews    = "must be between 1 and 50"
	msgThresholdRange   = "must be between 0 and 100"
	msgRecommendation   = "%d is outside 0–10"
	msgMemberSince      = "%d is not a plausible year"
	msgDuplicateAnswer  = "promise %q is answered twice"
	msgDuplicateID      = "id %q is used twice"
	msgDuplicateWarning = "%q is ticked twice"
	msgUnknownPromise   = "names promise %q, which this network does not have"
	msgUnknownInterview = "names interview %q, which this network does not have"
	msgCurrency         = "%q is not an ISO 4217 currency code (such as EUR, CHF or USD)"
	msgHoursRange       = "%d hours is more than a year has"
	msgBuildHoursRange  = "%d hours is more than %d"
	msgMinTerm          = "must be between 0 and 30 years"
	msgControlChars     = "contains control characters"
	msgDuplicateName    = "a network named %q exists already"
	// The new name, then the existing one it counts as the same as.
	msgSameNameAs      = "%q counts as the same name as the network %q, which exists already"
	msgMarginRange     = "%g is outside 0–1"
	msgVATRange        = "%g is outside 0–0.3"
	msgWeightNegative  = "%g is negative; a weight must be 0 or more"
	msgWeightRange     = "%g is more than %d"
	msgWeightsAllZero  = "all weights are 0; at least one must be above 0"
	msgNotANumber      = "is not a number"
	msgBadLanguage     = "%q is not a language netvet speaks (en or de)"
	msgDateRequired    = "a date is required"
	msgTermMonths      = "must be between 1 and %d months"
	msgNoticeDays      = "must be between 0 and %d days"
	msgScoreRange      = "%d is outside 0–100"
	msgEntryHoursRange = "%s hours is more than %d"
	msgNotForKind      = "does not apply to an entry of kind %q"
	msgPlanHoursRange  = "%d is more than %d"
	msgDuplicateCover  = "%q is listed twice"
)

// Money parsing messages. The first group names the refused input; the
// msgMoneyProblem texts describe a problem on its own (errors.Is sentinels).
const (
	msgMoneyEmpty     = "no amount given"
	msgMoneyNegative  = "an amount must not be negative"
	msgMoneyLetters   = "%q is not an amount (use digits, for example 3000 or 3.000,00)"
	msgMoneyDecimals  = "%q has more than two decimals"
	msgMoneyOverflow  = "%q is too large (at most %s)"
	msgMoneySeparator = "%q has misplaced separators"
	msgMoneyCurrency  = "%q is in %s, but your amounts are in %s (netvet does not convert amounts; enter it in %[3]s)"

	msgMoneyProblemNotANumber = "not an amount"
	msgMoneyProblemDecimals   = "more than two decimals"
	msgMoneyProblemTooLarge   = "amount too large"
	msgMoneyProblemSeparator  = "misplaced separators"
	msgMoneyProblemCurrency   = "another currency"
)

// promiseStatusLabels names the derived promise statuses (SPEC.md 1.1).
var promiseStatusLabels = map[PromiseStatus]string{
	PromiseUnverified:   "Unverified",
	PromiseConfirmed:    "Confirmed",
	PromiseNotDelivered: "Not delivered",
	PromiseMixed:        "Mixed",
}

// choiceLabels names the make-or-buy choices (SPEC.md 1.2).
var choiceLabels = map[Choice]string{
	ChoiceBuy:     "Buy: join the network",
	ChoiceMake:    "Make: build your own network",
	ChoiceUnknown: "Unknown: figures missing",
}

// scorePartLabels names the parts of the score (SPEC.md 1.3).
var scorePartLabels = map[string]string{
	ScoreContractChances: "Real contract chances",
	ScoreMentors:         "Mentors and coaches",
	ScoreTraining:        "Training and events",
	ScoreFit:             "Fit",
	ScorePromiseDelivery: "Promise delivery",
	ScoreMemberSentiment: "Member sentiment",
}

// verdictLabels names the verdict words (SPEC.md 1.4).
var verdictLabels = map[VerdictWord]string{
	VerdictJoin:              "Join",
	VerdictBuildOwn:          "Build your own network",
	VerdictKeepInvestigating: "Keep investigating",
	VerdictDontJoin:          "Don't join",
}

// Deal-breakers (SPEC.md 1.4 step 1), formats for fmt.Sprintf.
const (
	// Promise text, then the counts of no, yes and partly answers.
	dealMustHaveNotDelivered = "Members say the must-have promise '%s' is not delivered (%d no, %d yes, %d partly)"
	// Number of interviews.
	dealNoContracts = "Contracts are promised, but none of the %d members interviewed got one through the network and no contract is reported or documented"
	// Members who would not join again, members who answered.
	dealWouldNotJoinAgain = "%d of %d members who answered would not join again"
	// Warnings (SPEC.md 1.4): the member and their red flags; a promise text.
	warnRedFlags      = "Red flags from %s: %s"
	warnMixedMustHave = "The must-have promise '%s' is only mixed: members disagree or only one confirmed it"
)

// dealFit is the "no compromises" deal-breaker of each fit rating; each
// takes the rating, 1 or 2.
var dealFit = map[RatingKey]string{
	FitTargetGroupOverlap:    "No compromises: target group overlap is rated %d of 5; the members' clients are not your clients",
	FitComplementaryStrength: "No compromises: complementary strengths are rated %d of 5; the members do not complement you",
	FitPositioning:           "No compromises: consistent positioning is rated %d of 5; the network does not fit your positioning",
	FitMyContribution:        "No compromises: what you can offer them is rated %d of 5; a network must benefit every partner",
	FitChemistry:             "No compromises: chemistry is rated %d of 5; you must be able to rely on the members completely",
}

// Next steps of an incomplete checklist (SPEC.md 1.4 step 2), written as
// instructions.
const (
	stepEntryFee         = "Enter the entry fee (0 if there is none)"
	stepAnnualFee        = "Enter the annual fee (0 if there is none)"
	stepInterviewOneMore = "Interview 1 more member"
	// Number of interviews still needed, 2 or more.
	stepInterviewMore        = "Interview %d more members"
	stepInterviewSimilar     = "Interview a member similar to you (same target group or positioning)"
	stepInterviewIndependent = "Interview a member you found yourself, not one the network introduced"
	// Promise text.
	stepAskAboutPromise = "Ask members about the promise '%s'"
	stepIncome          = "Enter your target annual income in the profile"
	stepHours           = "Enter your planned working hours per year in the profile"
	stepBuildHours      = "Estimate the hours it would take to build an equivalent network yourself, or plan your own network"
	stepFiguresUnknown  = "Complete the make-or-buy figures"
	// Build cost, join cost.
	stepPlanOwnNetwork = "Plan your own network: building one yourself (%s) would cost less than joining (%s)"
)

// stepPlanShort is the next step for each decisive factor the own-network
// plan rates lower than the network; each takes the network's rating.
var stepPlanShort = map[RatingKey]string{
	FactorMentors:         "Plan your own network: it must offer mentors at least %d of 5",
	FactorTraining:        "Plan your own network: it must offer training and events at least %d of 5",
	FactorContractChances: "Plan your own network: it must offer contract chances at least %d of 5",
}

// rateSteps is the next step for each unset rating.
var rateSteps = map[RatingKey]string{
	FitTargetGroupOverlap:    "Rate the target group overlap",
	FitComplementaryStrength: "Rate the complementary strengths",
	FitPositioning:           "Rate how consistent the positioning is",
	FitMyContribution:        "Rate what you can offer the members",
	FitChemistry:             "Rate chemistry",
	FactorMentors:            "Rate the mentors and coaches",
	FactorTraining:           "Rate the training and events",
	FactorContractChances:    "Rate the real contract chances",
}

// Reasons of a verdict (SPEC.md 1.4), formats for fmt.Sprintf.
const (
	// Open items, all items, percentage met.
	reasonIncomplete = "The checklist is incomplete: %d of %d items open (%d%% done)"
	// Horizon in years, build cost, join cost.
	reasonBuildCheaper = "Over the %d-year horizon, building an equivalent network yourself costs %s, less than joining at %s"
	// Score, threshold.
	reasonScoreReaches = "Score %d reaches your threshold of %d"
	reasonScoreBelow   = "Score %d is below your threshold of %d"
	// Horizon in years, join cost, build cost.
	reasonJoinCheaper = "Over the %d-year horizon, joining costs %s, building your own %s"
	// Horizon in years, benefit, net value, break-even months.
	reasonBenefit = "What you expect to gain over the %d-year horizon is %s, net value %s, break-even after %s months"
	// Benefit, horizon in years, join cost.
	reasonDoesNotPay     = "What you expect to gain (%s over %d years) does not pay for joining (%s)"
	reasonFiguresUnknown = "The make-or-buy figures are not complete, so no choice can be drawn from them"
	reasonNoPlan         = "Building your own is cheaper, but there is no own-network plan yet to show it would serve at least as well"
	reasonPlanAsGood     = "Your own-network plan rates every decisive factor at least as high as this network"
	reasonPlanShort      = "Building your own is cheaper, but your own-network plan does not yet serve as well as this network"
)

// The make-or-buy figures (MakeOrBuy.Figures), shown alike on screen, in
// the Markdown report and on the command line.
const (
	figHourlyRate = "Your hourly rate"
	// Horizon in years, for the labels with a %d.
	figFees      = "Fees over %d years: entry fee + (annual fee + extra costs) × years"
	figVATFactor = "VAT factor"
	figTaxFactor = "Tax factor"
	figFactorOne = "× 1"
	// The factor, the VAT rate in per cent.
	figVATApplied = "× %s: VAT of %s %% that you cannot reclaim"
	// The marginal tax rate.
	figTaxApplied = "× 1 / (1 − %s): the fees are not deductible"
	figCashCost   = "Cash cost of joining over %d years"
	figTimeCost   = "Time cost of joining over %d years"
	figJoinCost   = "Cost of joining over %d years"
	figBuildHours = "Hours to build your own"
	// Build hours, upkeep hours per year.
	figBuildHoursOwn   = "%d h, then %d h a year"
	figBuildHoursPlan  = "%d h, then %d h a year (from your own-network plan)"
	figBuildCost       = "Cost of building your own over %d years"
	figBenefit         = "Expected gain over %d years: profit and other benefit"
	figNetValue        = "Net value of joining"
	figBreakEvenMonths = "Break-even"
	// Months with two decimals.
	figMonths        = "%s months"
	figNoGain        = "Never (no gain)"
	figBreakEvenRate = "Break-even hourly rate"
	// An amount.
	figPerHour             = "%s an hour: above it, joining is the cheaper route"
	figBuildCheaperAnyRate = "Building is cheaper at any hourly rate: the membership takes as many hours as building or more"
	figChoice              = "Make or buy"
)

// What would change a verdict (SPEC.md 1.4), for the comparison.
const (
	// Points missing (2 or more), the threshold.
	changeScore = "%d more points would reach your join threshold of %d"
	// The threshold, one point away.
	changeScoreOne = "1 more point would reach your join threshold of %d"
	// The shortfall of the gain (join cost − benefit), the horizon.
	changeGain = "What you expect to gain would have to grow by more than %s over %d years to pay for joining"
)

// Scenarios (SPEC.md 1.5).
const (
	scenarioNeedsMargin  = "Enter your profit margin in the profile to see the scenarios"
	scenarioNeedsSimilar = "Interview a member similar to you to see the scenarios"
	// The pessimistic profit per year, the verdict it gives.
	scenarioFragile = "With the results of the least successful member like you (%s a year), the verdict would be: %s"
)

// Score changes (SPEC.md 1.3), for the status line.
const (
	// Old score, new score, what moved.
	scoreChange = "Score %d → %d: %s"
	// Old score, new score, when nothing moved more than rounding.
	scoreChangeBare = "Score %d → %d"
	// Part label, old and new value in per cent.
	scoreChangeValue = "%s %d %% → %d %%"
	// Part label, old and new weight.
	scoreChangeWeight = "weight of %s %s → %s"
)

// Robustness of a comparison (SPEC.md 1.4).
const (
	robustNoClearWinner = "No clear winner: the two best candidates are less than 5 points apart"
	// Weight label, from, to, the network that would lead, the one that leads.
	robustSwap = "No clear winner: changing the weight of %s from %s to %s would put %s ahead of %s"
)

// stepLabels names the checklist steps 1 to 7 (SPEC.md 3).
var stepLabels = [NumSteps]string{
	"Basics & fees",
	"Promised services",
	"Member interviews",
	"Contract flow",
	"Fit & decisive factors",
	"Make or buy",
	"Verdict",
}

// markLabels names the completeness marks of a step.
var markLabels = [...]string{
	MarkOpen:   "Open",
	MarkPartly: "Partly done",
	MarkDone:   "Done",
}

// What to do next on a step that is open or partly done, indexed by step − 1.
var (
	nextOpen = [NumSteps]string{
		"Enter the name, kind and fees of the network",
		"Record what the network promises",
		"Interview members about what the network promises",
		"Record the contracts that came out of the network",
		"Rate the fit and the three decisive factors",
		"Enter your income and hours in the profile and estimate the build hours",
		"Finish the checklist to get a verdict",
	}
	nextPartly = [NumSteps]string{
		"Complete the basics: name, kind, entry fee and annual fee",
		"Verify the must-have promises with members or proof",
		"Interview more members, one similar to you and one you found yourself",
		"Get a contract reported by a member or documented, not just hearsay",
		"Rate the fit and decisive factors that are still unset",
		"Complete the make-or-buy figures: income, hours and build hours",
		"Finish the checklist to get a verdict",
	}
)

// Next-step lines when no step is open.
const (
	nextDealBreaker = "A deal-breaker decides it: see the verdict"
	nextAllDone     = "All steps are done: see the verdict"
	nextPlanOwn     = "Building your own is cheaper: plan your own network to see whether it would serve as well"
)

// Import and export (SPEC.md 4.1). Problems of an import file are shown
// after the JSON path of the offending value; those without a path concern
// the file as a whole.
const (
	msgImportRefused = "the import was refused"
	msgImportOneMore = " (and 1 more problem)"
	msgImportMore    = " (and %d more problems)"
	msgImportEmpty   = "the file is empty, not a netvet export"
	// The JSON type found instead of an object.
	msgImportNotObject = "the file holds %s, not a netvet export (a JSON object)"
	msgJSONPosition    = "line %d, column %d"
	msgJSONSyntax      = "malformed JSON at %s: %s"
	msgJSONTruncated   = "malformed JSON at %s: the file ends in the middle of a value"
	msgJSONTrailing    = "malformed JSON at %s: more data after the end of the export"
	msgJSONTooDeep     = "malformed JSON at %s: values are nested too deeply for a netvet export"
	msgJSONWantObject  = "must be an object, not %s"
	msgJSONWantList    = "must be a list, not %s"
	msgJSONWantString  = "must be a string, not %s"
	msgJSONWantBool    = "must be true or false, not %s"
	msgJSONWantNumber  = "must be a number, not %s"
	msgJSONWantAmount  = "must be a number in major units (for example 3000.50), not %s"
	msgJSONWantWhole   = "%s is not a whole number"
	msgJSONTooLarge    = "%s is too large"

	msgJSONUnknownField  = "unknown field"
	msgJSONRepeatedField = "appears twice"

	// The value found, then ExportFormat.
	msgImportFormat = "%s is not a netvet export (want %q)"
	// The file's version, then the highest this netvet reads.
	msgImportNewer      = "version %d is newer than this netvet reads (%d); please update netvet"
	msgImportBadVersion = "version %d is not a valid version"
	msgImportTime       = "%q is not a time of the form 2026-11-27T10:00:00Z"
	msgImportTwoNames   = "the file has two networks named %q"
	// The name, the earlier name it counts as the same as, its index.
	msgImportTwoNamesAlike = "%q counts as the same name as %q of networks[%d]"
	// The id, then the name of the stored network that has it.
	msgImportIDExists   = "a network with id %q exists already in the database (%q); use --replace to replace it"
	msgImportNameExists = "a network named %q exists already in the database; use --replace to replace it"
	// The imported name, then the stored one it counts as the same as.
	msgImportNameAlike = "%q counts as the same name as the network %q in the database; use --replace to replace it"
	// The imported id, the stored network with that id, the one with the name.
	msgImportAmbiguous = "matches the stored network %[2]q by id %[1]q and the stored network %[3]q by name; rename one of them first"
)

// anonMember is the alias of the n-th member in an anonymized export.
const anonMember = "Member %d"

// The Markdown report (WriteMarkdown). Formats take the arguments named in
// their comments.
const (
	repTitle = "netvet report"
	// Export time, number of networks, currency code.
	repIntro      = "Exported %s · %d networks · amounts in %s. Findings of a due-diligence check of business networks, made with netvet."
	repProfile    = "Profile"
	repNoProfile  = "No profile has been set up."
	repNoNetworks = "No networks have been recorded."

	repField         = "Field"
	repValue         = "Value"
	repName          = "Name"
	repPositioning   = "Positioning"
	repTargetGroups  = "Target groups"
	repStrengths     = "Strengths"
	repIncome        = "Target annual income"
	repHours         = "Planned working hours per year"
	repTaxRate       = "Marginal tax rate"
	repHorizon       = "Horizon (years)"
	repMinInterviews = "Minimum interviews per network"
	repThreshold     = "Join threshold (score)"

	repKind    = "Kind"
	repStatus  = "Status"
	repWebsite = "Website"
	repContact = "Contact"
	repSummary = "Summary"

	repVerdict = "Verdict"
	// Score, completeness percentage.
	repScoreLine = "Score %d of 100 · checklist %d%% complete"
	repReasons   = "Reasons"
	repNextSteps = "Next steps"

	repVerdictWarnings = "Warnings"
	repBreakdown       = "Score breakdown"
	repScenarios       = "Scenarios"
	repPessimistic     = "Pessimistic: the least successful member like you"
	repBase            = "Base: your own figure"
	repOptimistic      = "Optimistic: the most successful member like you"
	repRobust          = "The verdict is robust: it stays the same with the results of the least successful member like you."
	// The sentence of Scenarios.Fragile.
	repFragile = "The verdict is fragile. %s."

	repReclaimsVAT = "Reclaims VAT"
	repMargin      = "Profit margin on your own contracts"
	repWeights     = "Score weights"
	// Part label, weight.
	repWeightItem = "%s %s"
	repLanguage   = "Language"

	repVATRate      = "VAT rate on the fees"
	repDeductible   = "Fees are business expenses (deductible)"
	repExtraCosts   = "Extra costs per year (meals, tickets, travel)"
	repOtherBenefit = "Other benefit per year (mentoring, training, events)"
	repSuggestion   = "Suggested from the interviews"

	repFees            = "Fees and make or buy"
	repEntryFee        = "Entry fee"
	repAnnualFee       = "Annual fee"
	repMinTerm         = "Minimum term (years)"
	repMembershipHours = "Membership hours per year (meetings, events, travel)"
	repBuildHours      = "Hours to build an equivalent network yourself"
	repUpkeepHours     = "Upkeep hours per year of an own network"
	repExpectedProfit  = "Expected profit per year from network contracts"
	repTaxNote         = "The fees are business expenses; whether they are tax-deductible depends on how business-like the network is. Please check with your tax adviser."
	repNotEntered      = "Not entered"
	// Also for build hours.
	repNotEstimated = "Not estimated"

	repRatings     = "Fit and decisive factors"
	repRating      = "Rating"
	repMeaning     = "Meaning"
	repNotRated    = "Not rated"
	repOfFive      = "%d of 5"
	repRatingNotes = "Notes on the ratings"

	repWarnings = "Warning signs"

	repPromises   = "Promised services"
	repNoPromises = "No promises have been recorded."

	repInterviews     = "Member interviews"
	repNoInterviews   = "No members have been interviewed."
	repInterview      = "Interview"
	repDate           = "Date"
	repChannel        = "Channel"
	repMemberSince    = "Member since"
	repSimilar        = "Similar to me (target group or positioning)"
	repIntroduced     = "Introduced by the network"
	repContracts      = "Contracts through the network, last 12 months"
	repContractsValue = "%d, worth %s"
	repJoinAgain      = "Would join again"
	repRecommendation = "Recommendation"
	repOfTen          = "%d of 10"
	repPromise        = "Promise"
	repAnswer         = "Delivered?"
	repComment        = "Comment"
	repRedFlags       = "Red flags"
	repNotes          = "Notes"

	repEvidence   = "Contracts that came out of the network"
	repNoEvidence = "No contracts have been recorded."
)

// Column headers of the report's tables of promises and evidence.
var (
	repBreakdownColumns = [...]string{"Part", "Value", "Weight", "Points"}
	repScenarioColumns  = [...]string{"Scenario", "Expected profit per year", "Verdict"}
	repPromiseColumns   = [...]string{"Promise", "Category", "Source", "Must-have", "Documented", "Status", "Yes / partly / no / unknown", "Notes"}
	repEvidenceColumns  = [...]string{"Contract", "Beneficiary", "Similar to me", "Value", "Date", "Level", "From the interview with"}
)

// anonSomeMember replaces, in an anonymized export, a part of a name that
// two members share, such as a common first name.
const anonSomeMember = "a member"

// anonHonorifics are words in a recorded member name that are not part of
// the name and are kept when the name's parts are replaced in free text.
var anonHonorifics = []string{"Herr", "Frau", "Prof", "Mrs", "Miss", "Sir", "Dame", "Doktor"}

// Messages of ParseDate.
const (
	errDateForm    = "%q is not a date of the form YYYY-MM-DD"
	errDateNotReal = "%q is not a real date"
)

// msgDateBeforeMemberSince refuses an interview dated before the member
// joined.
const msgDateBeforeMemberSince = "the interview on %s is before the member joined (member since %d)"
