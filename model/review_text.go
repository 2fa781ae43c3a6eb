package model

import (
	"netvet/model/lang"
)

// The text of the membership review (SPEC.md 1.6): its verdict words,
// reasons and next steps, the deadlines of `netvet due`, the calendar's
// events and the membership section of the Markdown report, in English and
// German side by side. The German is neutral: infinitives for what the
// user is to do, "Sie" where a sentence addresses the user, never "du".
// Dates, money and hours are arguments ([lang.Day], [lang.Cash],
// [hoursArg]), so they follow the language.

// Keys of the review's verdict words: reviewWordPrefix + the word.
const reviewWordPrefix = "model.review.word."

// Keys of the reasons and next steps.
const (
	rvTooEarly          lang.Key = "model.review.too_early"
	rvMissingMargin     lang.Key = "model.review.missing.margin"
	rvMissingAnnualFee  lang.Key = "model.review.missing.annual_fee"
	rvMissingHourlyRate lang.Key = "model.review.missing.hourly_rate"
	rvStepMargin        lang.Key = "model.review.step.margin"
	rvStepAnnualFee     lang.Key = "model.review.step.annual_fee"
	rvStepIncome        lang.Key = "model.review.step.income"
	rvStepHours         lang.Key = "model.review.step.hours"
	rvPromiseNo         lang.Key = "model.review.promise_no"
	rvCostsMore         lang.Key = "model.review.costs_more"
	rvPays              lang.Key = "model.review.pays"
	rvCostParts         lang.Key = "model.review.cost_parts"
	rvContracts         lang.Key = "model.review.contracts"
	rvContractsNone     lang.Key = "model.review.contracts.none_expected"
	rvHours             lang.Key = "model.review.hours"
	rvGiven             lang.Key = "model.review.referrals.given"
	rvGivenNamed        lang.Key = "model.review.referrals.given.named"
	rvReceived          lang.Key = "model.review.referrals.received"
	rvReceivedNamed     lang.Key = "model.review.referrals.received.named"
	rvSummary           lang.Key = "model.review.summary"
	rvBeforeJoining     lang.Key = "model.review.before_joining"
)

// Keys of the deadline sentences.
const (
	rvCancelBy        lang.Key = "model.review.deadline.cancel_by"
	rvCancelPassed    lang.Key = "model.review.deadline.cancel_passed"
	rvEndsWithout     lang.Key = "model.review.deadline.ends"
	rvEndedWithout    lang.Key = "model.review.deadline.ended"
	rvDueCancel       lang.Key = "model.review.due.cancel"
	rvDueNotice       lang.Key = "model.review.due.notice"
	rvDueReviewBy     lang.Key = "model.review.due.review_by"
	rvDueReviewFrom   lang.Key = "model.review.due.review_from"
	rvDueVerdict      lang.Key = "model.review.due.verdict"
	rvEventReview     lang.Key = "model.review.event.review"
	rvEventFirstDesc  lang.Key = "model.review.event.first"
	rvEventRenewDesc  lang.Key = "model.review.event.renewal"
	rvEventCancel     lang.Key = "model.review.event.cancel"
	rvEventNotice     lang.Key = "model.review.event.notice"
	rvEventCancelDesc lang.Key = "model.review.event.cancel.description"
)

// Keys of the Markdown report's membership section.
const (
	rvMdHead         lang.Key = "model.review.md.head"
	rvMdJoined       lang.Key = "model.review.md.joined"
	rvMdMinTerm      lang.Key = "model.review.md.min_term"
	rvMdRenewalTerm  lang.Key = "model.review.md.renewal_term"
	rvMdMonths       lang.Key = "model.review.md.months"
	rvMdNotice       lang.Key = "model.review.md.notice"
	rvMdDays         lang.Key = "model.review.md.days"
	rvMdRenews       lang.Key = "model.review.md.renews"
	rvMdTermEnd      lang.Key = "model.review.md.term_end"
	rvMdCancelBy     lang.Key = "model.review.md.cancel_by"
	rvMdFirstReview  lang.Key = "model.review.md.first_review"
	rvMdRange        lang.Key = "model.review.md.range"
	rvMdDue          lang.Key = "model.review.md.due"
	rvMdYes          lang.Key = "model.review.md.yes"
	rvMdNo           lang.Key = "model.review.md.no"
	rvMdField        lang.Key = "model.review.md.field"
	rvMdValue        lang.Key = "model.review.md.value"
	rvMdYearsHead    lang.Key = "model.review.md.years.head"
	rvMdNoEntries    lang.Key = "model.review.md.years.none"
	rvMdYear         lang.Key = "model.review.md.years.year"
	rvMdPeriod       lang.Key = "model.review.md.years.period"
	rvMdHours        lang.Key = "model.review.md.years.hours"
	rvMdSpent        lang.Key = "model.review.md.years.spent"
	rvMdGiven        lang.Key = "model.review.md.years.given"
	rvMdReceived     lang.Key = "model.review.md.years.received"
	rvMdRevenue      lang.Key = "model.review.md.years.revenue"
	rvMdProfit       lang.Key = "model.review.md.years.profit"
	rvMdActualHead   lang.Key = "model.review.md.actual.head"
	rvMdActualIntro  lang.Key = "model.review.md.actual.intro"
	rvMdActualNone   lang.Key = "model.review.md.actual.none"
	rvMdFigure       lang.Key = "model.review.md.actual.figure"
	rvMdActual       lang.Key = "model.review.md.actual.actual"
	rvMdExpected     lang.Key = "model.review.md.actual.expected"
	rvMdRowProfit    lang.Key = "model.review.md.actual.profit"
	rvMdRowHours     lang.Key = "model.review.md.actual.hours"
	rvMdRowCash      lang.Key = "model.review.md.actual.cash"
	rvMdRowOther     lang.Key = "model.review.md.actual.other"
	rvMdRowPromise   lang.Key = "model.review.md.actual.promise"
	rvMdNotChecked   lang.Key = "model.review.md.actual.not_checked"
	rvMdCheckedOn    lang.Key = "model.review.md.actual.checked_on"
	rvMdReviewHead   lang.Key = "model.review.md.review.head"
	rvMdReviewAsOf   lang.Key = "model.review.md.review.as_of"
	rvMdReasons      lang.Key = "model.review.md.reasons"
	rvMdNextSteps    lang.Key = "model.review.md.next_steps"
	rvMdAnswerPrefix          = "model.review.md.answer."
	rvMdStatusPrefix          = "model.review.md.status."
)

func init() { lang.Register(reviewText) }

var reviewText = lang.Catalog{
	reviewWordPrefix + lang.Key(ReviewTooEarly):   {En: "Too early", De: "Zu früh"},
	reviewWordPrefix + lang.Key(ReviewIncomplete): {En: "Incomplete", De: "Unvollständig"},
	reviewWordPrefix + lang.Key(ReviewRenew):      {En: "Renew", De: "Verlängern"},
	reviewWordPrefix + lang.Key(ReviewQuit):       {En: "Quit", De: "Kündigen"},

	// The day of joined_on + 6 months.
	rvTooEarly: {En: "Returns take time; review from %s", De: "Erträge brauchen Zeit; ab %s überprüfen"},
	// The number of closed deals without a margin, the date of the first.
	rvMissingMargin: {
		En: "%[1]d closed deals have no margin, and your profile has none (the first of %[2]s)", EnOne: "The closed deal of %[2]s has no margin, and your profile has none",
		De: "%[1]d Abschlüsse haben keine Marge, und das Profil hat keine (der erste vom %[2]s)", DeOne: "Der Abschluss vom %[2]s hat keine Marge, und das Profil hat keine",
	},
	rvMissingAnnualFee:  {En: "The annual fee is not entered", De: "Der Jahresbeitrag ist nicht erfasst"},
	rvMissingHourlyRate: {En: "Your hourly rate is unknown: the target income or the planned hours are not entered", De: "Der Stundensatz ist unbekannt: Zieleinkommen oder geplante Arbeitsstunden sind nicht erfasst"},
	rvStepMargin:        {En: "Enter the margin of each closed deal, or your profit margin in the profile", De: "Die Marge jedes Abschlusses oder die Gewinnmarge im Profil erfassen"},
	rvStepAnnualFee:     {En: "Enter the annual fee", De: "Den Jahresbeitrag erfassen"},
	rvStepIncome:        {En: "Enter your target annual income in the profile", De: "Das Zieleinkommen im Profil erfassen"},
	rvStepHours:         {En: "Enter your planned working hours per year in the profile", De: "Die geplanten Arbeitsstunden pro Jahr im Profil erfassen"},
	// The promise's text, the day of the check.
	rvPromiseNo: {En: "You answered no to the must-have promise '%s' on %s", De: "Unverzichtbares Versprechen „%s“ am %s mit Nein beantwortet"},
	// The renewal term in months, the forward benefit, the forward cost.
	rvCostsMore: {
		En: "Over the next %[1]d months it would bring %[2]s but cost %[3]s", EnOne: "Over the next month it would bring %[2]s but cost %[3]s",
		De: "In den nächsten %[1]d Monaten brächte sie %[2]s, kostete aber %[3]s", DeOne: "Im nächsten Monat brächte sie %[2]s, kostete aber %[3]s",
	},
	rvPays: {
		En: "Over the next %[1]d months it would bring %[2]s and cost %[3]s", EnOne: "Over the next month it would bring %[2]s and cost %[3]s",
		De: "In den nächsten %[1]d Monaten brächte sie %[2]s und kostete %[3]s", DeOne: "Im nächsten Monat brächte sie %[2]s und kostete %[3]s",
	},
	// Fees and extra costs, the time priced at the hourly rate.
	rvCostParts: {En: "The cost is %s in fees and extra costs and %s of your time", De: "Die Kosten sind %s für Beiträge und Nebenkosten und %s an eigener Zeit"},
	// Actual profit per year, expected profit per year, actual as a
	// percentage of expected.
	rvContracts:     {En: "Contracts bring %s a year; you expected %s (%s)", De: "Aufträge bringen %s im Jahr; erwartet waren %s (%s)"},
	rvContractsNone: {En: "Contracts bring %s a year; you expected nothing from them", De: "Aufträge bringen %s im Jahr; erwartet war nichts"},
	// Actual hours per year, expected hours per year.
	rvHours: {En: "The membership takes %s a year; you expected %s", De: "Die Mitgliedschaft beansprucht %s im Jahr; erwartet waren %s"},
	// The window in months, the number of referrals, whom they went to or
	// came from.
	rvGiven:         {En: "Referrals given in the last %[1]d months: %[2]d", De: "Weitergegebene Empfehlungen in den letzten %[1]d Monaten: %[2]d"},
	rvGivenNamed:    {En: "Referrals given in the last %[1]d months: %[2]d (%[3]s)", De: "Weitergegebene Empfehlungen in den letzten %[1]d Monaten: %[2]d (%[3]s)"},
	rvReceived:      {En: "Referrals received in the last %[1]d months: %[2]d", De: "Erhaltene Empfehlungen in den letzten %[1]d Monaten: %[2]d"},
	rvReceivedNamed: {En: "Referrals received in the last %[1]d months: %[2]d (%[3]s)", De: "Erhaltene Empfehlungen in den letzten %[1]d Monaten: %[2]d (%[3]s)"},
	// The day of the review, its verdict word.
	rvSummary: {En: "Membership review as of %s: %s", De: "Überprüfung der Mitgliedschaft, Stand %s: %s"},
	// The --as-of day, the network's name, the joining day.
	rvBeforeJoining: {En: "%s is before the membership of %q began (%s); a review needs a day on or after it", De: "%s liegt vor dem Beginn der Mitgliedschaft bei %q (%s); eine Überprüfung braucht einen Tag ab diesem"},

	// The cancel-by day, the renewal term in months.
	rvCancelBy: {
		En: "Cancel by %[1]s, or it renews for %[2]d months", EnOne: "Cancel by %[1]s, or it renews for a month",
		De: "Bis zum %[1]s kündigen, sonst verlängert sie sich um %[2]d Monate", DeOne: "Bis zum %[1]s kündigen, sonst verlängert sie sich um einen Monat",
		Count: 2,
	},
	// The passed cancel-by day, the current term end, the next cancel-by
	// day, the term end it leads to.
	rvCancelPassed: {
		En: "The cancel-by date %s has passed: it renews on %s; cancel by %s to leave on %s",
		De: "Der Kündigungstermin %s ist verstrichen: sie verlängert sich am %s; bis zum %s kündigen, um zum %s auszutreten",
	},
	// The term end.
	rvEndsWithout:  {En: "It does not renew automatically: it ends on %s", De: "Sie verlängert sich nicht automatisch und endet am %s"},
	rvEndedWithout: {En: "It did not renew automatically and ended on %s", De: "Sie hat sich nicht automatisch verlängert und ist am %s ausgelaufen"},
	// The renewal term in months.
	rvDueCancel: {
		En: "Cancel by this date, or it renews for %d months", EnOne: "Cancel by this date, or it renews for a month",
		De: "Bis zu diesem Tag kündigen, sonst verlängert sie sich um %d Monate", DeOne: "Bis zu diesem Tag kündigen, sonst verlängert sie sich um einen Monat",
	},
	// The term end.
	rvDueNotice:     {En: "Notice date; the membership ends on %s without renewing", De: "Kündigungstermin; die Mitgliedschaft endet am %s ohne Verlängerung"},
	rvDueReviewBy:   {En: "Review the membership by this date", De: "Die Mitgliedschaft bis zu diesem Tag überprüfen"},
	rvDueReviewFrom: {En: "Review the membership from this date", De: "Die Mitgliedschaft ab diesem Tag überprüfen"},
	// The review's verdict word.
	rvDueVerdict: {En: "Review: %s", De: "Überprüfung: %s"},
	// The network's name.
	rvEventReview: {En: "Review the membership of %s", De: "Mitgliedschaft bei %s überprüfen"},
	// The network's name, the window's last day.
	rvEventFirstDesc: {
		En: "Six months in: are the contracts coming from %s, for you? The first review is due until %s.",
		De: "Sechs Monate Mitgliedschaft: Kommen die Aufträge von %s wirklich, für Sie? Die erste Überprüfung ist bis zum %s fällig.",
	},
	// The network's name, the cancel-by day.
	rvEventRenewDesc: {
		En: "Decide whether to stay in %s before the cancel-by date %s.",
		De: "Vor dem Kündigungstermin %[2]s entscheiden, ob die Mitgliedschaft bei %[1]s bleibt.",
	},
	// The network's name, the renewal term in months.
	rvEventCancel: {
		En: "Last day to cancel %[1]s, or it renews for %[2]d months", EnOne: "Last day to cancel %[1]s, or it renews for a month",
		De: "Letzter Tag, um %[1]s zu kündigen, sonst verlängert sich die Mitgliedschaft um %[2]d Monate", DeOne: "Letzter Tag, um %[1]s zu kündigen, sonst verlängert sich die Mitgliedschaft um einen Monat",
		Count: 2,
	},
	// The network's name, the term end.
	rvEventNotice: {En: "Notice date of %s; it ends on %s without renewing", De: "Kündigungstermin bei %s; die Mitgliedschaft endet am %s ohne Verlängerung"},
	// The term end, the notice period in days.
	rvEventCancelDesc: {
		En: "The term ends on %[1]s; the notice period is %[2]d days.", EnOne: "The term ends on %[1]s; the notice period is one day.",
		De: "Die Laufzeit endet am %[1]s; die Kündigungsfrist beträgt %[2]d Tage.", DeOne: "Die Laufzeit endet am %[1]s; die Kündigungsfrist beträgt einen Tag.",
		Count: 2,
	},

	rvMdHead:        {En: "Membership", De: "Mitgliedschaft"},
	rvMdJoined:      {En: "Joined on", De: "Beigetreten am"},
	rvMdMinTerm:     {En: "Minimum term", De: "Mindestlaufzeit"},
	rvMdRenewalTerm: {En: "Renewal term", De: "Verlängerung um"},
	rvMdMonths:      {En: "%d months", EnOne: "1 month", De: "%d Monate", DeOne: "1 Monat"},
	rvMdNotice:      {En: "Notice period", De: "Kündigungsfrist"},
	rvMdDays:        {En: "%d days", EnOne: "1 day", De: "%d Tage", DeOne: "1 Tag"},
	rvMdRenews:      {En: "Renews automatically", De: "Verlängert sich automatisch"},
	rvMdTermEnd:     {En: "Current term ends", De: "Aktuelle Laufzeit endet"},
	rvMdCancelBy:    {En: "Cancel by", De: "Kündigen bis"},
	rvMdFirstReview: {En: "First review", De: "Erste Überprüfung"},
	// The first and the last day.
	rvMdRange:      {En: "%s to %s", De: "%s bis %s"},
	rvMdDue:        {En: "Review due", De: "Überprüfung fällig"},
	rvMdYes:        {En: "Yes", De: "Ja"},
	rvMdNo:         {En: "No", De: "Nein"},
	rvMdField:      {En: "Field", De: "Feld"},
	rvMdValue:      {En: "Value", De: "Wert"},
	rvMdYearsHead:  {En: "Totals per membership year", De: "Summen je Mitgliedsjahr"},
	rvMdNoEntries:  {En: "No ledger entries have been recorded.", De: "Es sind noch keine Einträge erfasst."},
	rvMdYear:       {En: "Year", De: "Jahr"},
	rvMdPeriod:     {En: "Period", De: "Zeitraum"},
	rvMdHours:      {En: "Hours", De: "Stunden"},
	rvMdSpent:      {En: "Money spent", De: "Ausgaben"},
	rvMdGiven:      {En: "Referrals given", De: "Empfehlungen gegeben"},
	rvMdReceived:   {En: "Referrals received", De: "Empfehlungen erhalten"},
	rvMdRevenue:    {En: "Closed business (revenue)", De: "Abschlüsse (Umsatz)"},
	rvMdProfit:     {En: "Profit", De: "Gewinn"},
	rvMdActualHead: {En: "Actual and expected", De: "Tatsächlich und erwartet"},
	// The window in months.
	rvMdActualIntro: {
		En: "Actual: the last %d months, per year. Expected: when you joined.", EnOne: "Actual: the last month, per year. Expected: when you joined.",
		De: "Tatsächlich: die letzten %d Monate, aufs Jahr gerechnet. Erwartet: beim Beitritt.", DeOne: "Tatsächlich: der letzte Monat, aufs Jahr gerechnet. Erwartet: beim Beitritt.",
	},
	rvMdActualNone: {En: "Not a whole month of membership yet.", De: "Noch kein ganzer Monat Mitgliedschaft."},
	rvMdFigure:     {En: "Figure", De: "Kennzahl"},
	rvMdActual:     {En: "Actual", De: "Tatsächlich"},
	rvMdExpected:   {En: "Expected", De: "Erwartet"},
	rvMdRowProfit:  {En: "Profit from contracts per year", De: "Gewinn aus Aufträgen pro Jahr"},
	rvMdRowHours:   {En: "Hours per year", De: "Stunden pro Jahr"},
	rvMdRowCash:    {En: "Fees and extra costs per year", De: "Beiträge und Nebenkosten pro Jahr"},
	rvMdRowOther:   {En: "Other benefit per year (now and when you joined)", De: "Sonstiger Nutzen pro Jahr (heute und beim Beitritt)"},
	// The promise's text.
	rvMdRowPromise: {En: "Promise '%s'", De: "Versprechen „%s“"},
	rvMdNotChecked: {En: "Not checked", De: "Nicht geprüft"},
	// The answer, the day of the check.
	rvMdCheckedOn: {En: "%s on %s", De: "%s am %s"},
	// The review's verdict word.
	rvMdReviewHead: {En: "Review: %s", De: "Überprüfung: %s"},
	// The day of the review, the whole months since joining.
	rvMdReviewAsOf: {
		En: "As of %[1]s, %[2]d months after joining.", EnOne: "As of %[1]s, one month after joining.",
		De: "Stand %[1]s, %[2]d Monate nach dem Beitritt.", DeOne: "Stand %[1]s, ein Monat nach dem Beitritt.",
		Count: 2,
	},
	rvMdReasons:   {En: "Reasons", De: "Gründe"},
	rvMdNextSteps: {En: "Next steps", De: "Nächste Schritte"},

	rvMdAnswerPrefix + lang.Key(AnswerYes):    {En: "Yes", De: "Ja"},
	rvMdAnswerPrefix + lang.Key(AnswerPartly): {En: "Partly", De: "Teilweise"},
	rvMdAnswerPrefix + lang.Key(AnswerNo):     {En: "No", De: "Nein"},

	rvMdStatusPrefix + lang.Key(PromiseUnverified):   {En: "Unverified", De: "Ungeprüft"},
	rvMdStatusPrefix + lang.Key(PromiseConfirmed):    {En: "Confirmed", De: "Bestätigt"},
	rvMdStatusPrefix + lang.Key(PromiseMixed):        {En: "Mixed", De: "Gemischt"},
	rvMdStatusPrefix + lang.Key(PromiseNotDelivered): {En: "Not delivered", De: "Nicht eingehalten"},
}
