package model

import "netvet/model/lang"

// The text of the own-network plan (SPEC.md 1.7): its warnings and next
// steps, the overview `netvet plan` prints for the terminal and the
// Markdown the user can send to the people they approach, in English and
// German side by side. The German is neutral: infinitives for what the
// user is to do, "Sie" where a sentence addresses the user, never "du".
// Hours and money are arguments ([lang.Hours], [lang.Cash]), so that they
// follow the language.

// Keys of the warnings and next steps.
const (
	plWarnNothingGiven  lang.Key = "model.plan.warn.nothing_given"
	plWarnNothingGained lang.Key = "model.plan.warn.nothing_gained"
	// plWarnUncoveredPrefix + a decisive factor: no seat covers it.
	plWarnUncoveredPrefix = "model.plan.warn.uncovered."

	plStepAddSeats lang.Key = "model.plan.step.add_seats"
	plStepFillSeat lang.Key = "model.plan.step.fill_seat"
	// plStepRatePrefix + a decisive factor: rate how well the plan
	// delivers it.
	plStepRatePrefix          = "model.plan.step.rate."
	plStepProfile    lang.Key = "model.plan.step.profile"
)

// Keys of the words the plan's text uses for the enum values it shows:
// the prefix + the value.
const (
	plFactorPrefix   = "model.plan.factor."
	plStatusPrefix   = "model.plan.status."
	plPipelinePrefix = "model.plan.pipeline."
)

// Keys of the overview for the terminal.
const (
	plNone           lang.Key = "model.plan.none"
	plTitle          lang.Key = "model.plan.text.title"
	plGoal           lang.Key = "model.plan.text.goal"
	plTargetGroup    lang.Key = "model.plan.text.target_group"
	plNotEntered     lang.Key = "model.plan.text.not_entered"
	plMeetings       lang.Key = "model.plan.text.meetings"
	plMeetingsValue  lang.Key = "model.plan.text.meetings.value"
	plRecruiting     lang.Key = "model.plan.text.recruiting"
	plRecruitingVal  lang.Key = "model.plan.text.recruiting.value"
	plHoursHead      lang.Key = "model.plan.text.hours.head"
	plHourlyRate     lang.Key = "model.plan.text.hours.rate"
	plBuild          lang.Key = "model.plan.text.hours.build"
	plBuildValue     lang.Key = "model.plan.text.hours.build.value"
	plBuildNoSeats   lang.Key = "model.plan.text.hours.build.no_seats"
	plUpkeep         lang.Key = "model.plan.text.hours.upkeep"
	plUpkeepValue    lang.Key = "model.plan.text.hours.upkeep.value"
	plTotal          lang.Key = "model.plan.text.hours.total"
	plOverYears      lang.Key = "model.plan.text.hours.over_years"
	plCoverageHead   lang.Key = "model.plan.text.coverage.head"
	plRating         lang.Key = "model.plan.text.coverage.rating"
	plNotRated       lang.Key = "model.plan.text.coverage.not_rated"
	plCoveredBy      lang.Key = "model.plan.text.coverage.seats"
	plCoveredByNone  lang.Key = "model.plan.text.coverage.none"
	plSeatsHead      lang.Key = "model.plan.text.seats.head"
	plSeatsNone      lang.Key = "model.plan.text.seats.none"
	plSeatFilled     lang.Key = "model.plan.text.seat.filled"
	plSeatOpen       lang.Key = "model.plan.text.seat.open"
	plGivesMe        lang.Key = "model.plan.text.seat.gives_me"
	plIGive          lang.Key = "model.plan.text.seat.i_give"
	plCovers         lang.Key = "model.plan.text.seat.covers"
	plCoversNothing  lang.Key = "model.plan.text.seat.covers.none"
	plCandidates     lang.Key = "model.plan.text.seat.candidates"
	plCandidatesNone lang.Key = "model.plan.text.seat.candidates.none"
	plCandRatings    lang.Key = "model.plan.text.candidate.ratings"
	plCandNotes      lang.Key = "model.plan.text.candidate.notes"
	plWarningsHead   lang.Key = "model.plan.text.warnings.head"
	plNextStepsHead  lang.Key = "model.plan.text.next_steps.head"
	plNothing        lang.Key = "model.plan.text.nothing"
)

// Keys of the Markdown to send to the people the user approaches.
const (
	plMdTitle        lang.Key = "model.plan.md.title"
	plMdIntro        lang.Key = "model.plan.md.intro"
	plMdIntroNamed   lang.Key = "model.plan.md.intro.named"
	plMdGoal         lang.Key = "model.plan.md.goal"
	plMdTargetGroup  lang.Key = "model.plan.md.target_group"
	plMdToBeAgreed   lang.Key = "model.plan.md.to_be_agreed"
	plMdSeatsHead    lang.Key = "model.plan.md.seats.head"
	plMdSeatsIntro   lang.Key = "model.plan.md.seats.intro"
	plMdSeatsNone    lang.Key = "model.plan.md.seats.none"
	plMdSeatFilled   lang.Key = "model.plan.md.seat.filled"
	plMdSeatOpen     lang.Key = "model.plan.md.seat.open"
	plMdOffers       lang.Key = "model.plan.md.seat.offers"
	plMdGains        lang.Key = "model.plan.md.seat.gains"
	plMdStrengthens  lang.Key = "model.plan.md.seat.strengthens"
	plMdAgendaHead   lang.Key = "model.plan.md.agenda.head"
	plMdIntroduction lang.Key = "model.plan.md.agenda.introductions"
	plMdOffersItem   lang.Key = "model.plan.md.agenda.offers"
	plMdReferrals    lang.Key = "model.plan.md.agenda.referrals"
	plMdRhythm       lang.Key = "model.plan.md.agenda.rhythm"
	plMdRhythmOpen   lang.Key = "model.plan.md.agenda.rhythm.open"
	plMdNext         lang.Key = "model.plan.md.agenda.next"
	plMdNextAll      lang.Key = "model.plan.md.agenda.next.all_filled"
)

func init() { lang.Register(planCatalog) }

var planCatalog = lang.Catalog{
	// The seat's role.
	plWarnNothingGiven: {
		En: "You give the seat '%s' nothing: every partner must get a benefit from the network",
		De: "Der Sitz „%s“ bekommt von Ihnen nichts: Jeder Partner muss einen Nutzen vom Netzwerk haben",
	},
	// The seat's role.
	plWarnNothingGained: {
		En: "The seat '%s' gives you nothing: say what it brings you, or leave it out",
		De: "Der Sitz „%s“ bringt Ihnen nichts: eintragen, was er Ihnen bringt, oder ihn streichen",
	},
	plWarnUncoveredPrefix + lang.Key(FactorMentors): {
		En: "No seat covers mentors: the plan has no experienced entrepreneur to learn from",
		De: "Kein Sitz deckt Mentoren ab: Im Plan fehlt ein erfahrener Unternehmer, von dem Sie lernen können",
	},
	plWarnUncoveredPrefix + lang.Key(FactorTraining): {
		En: "No seat covers training and events: the plan has no one to learn from together",
		De: "Kein Sitz deckt Ausbildung und Veranstaltungen ab: Im Plan fehlt jemand, von dem die Runde gemeinsam lernt",
	},
	plWarnUncoveredPrefix + lang.Key(FactorContractChances): {
		En: "No seat covers contract chances: the plan brings you no contracts",
		De: "Kein Sitz deckt Auftragschancen ab: Der Plan bringt Ihnen keine Aufträge",
	},

	plStepAddSeats: {
		En: "Add the seats your network needs: a role, what it gives you and what you give it",
		De: "Die Sitze anlegen, die das Netzwerk braucht: eine Rolle, was sie Ihnen bringt und was Sie ihr geben",
	},
	// The seat's role.
	plStepFillSeat: {
		En: "Find a committed candidate for the seat '%s'",
		De: "Eine feste Zusage für den Sitz „%s“ gewinnen",
	},
	plStepRatePrefix + lang.Key(FactorMentors): {
		En: "Rate how well your own network would offer mentors (1–5)",
		De: "Bewerten, wie gut das eigene Netzwerk Mentoren bieten würde (1–5)",
	},
	plStepRatePrefix + lang.Key(FactorTraining): {
		En: "Rate how well your own network would offer training and events (1–5)",
		De: "Bewerten, wie gut das eigene Netzwerk Ausbildung und Veranstaltungen bieten würde (1–5)",
	},
	plStepRatePrefix + lang.Key(FactorContractChances): {
		En: "Rate how well your own network would offer contract chances (1–5)",
		De: "Bewerten, wie gut das eigene Netzwerk Auftragschancen bieten würde (1–5)",
	},
	plStepProfile: {
		En: "Enter your target annual income and planned working hours in the profile, so that the plan's hours can be priced",
		De: "Zieleinkommen (Rohgewinn) und geplante Arbeitsstunden im Profil erfassen, damit die Stunden des Plans bewertet werden können",
	},

	plFactorPrefix + lang.Key(FactorMentors):         {En: "Mentors and coaches", De: "Mentoren & Coaches"},
	plFactorPrefix + lang.Key(FactorTraining):        {En: "Training and events", De: "Ausbildung & Veranstaltungen"},
	plFactorPrefix + lang.Key(FactorContractChances): {En: "Real contract chances", De: "Auftragschancen"},

	plStatusPrefix + lang.Key(CandidateIdentified): {En: "Identified", De: "Ermittelt"},
	plStatusPrefix + lang.Key(CandidateApproached): {En: "Approached", De: "Angesprochen"},
	plStatusPrefix + lang.Key(CandidateOneToOne):   {En: "One-to-one held", De: "Einzelgespräch geführt"},
	plStatusPrefix + lang.Key(CandidateCommitted):  {En: "Committed", De: "Zugesagt"},
	plStatusPrefix + lang.Key(CandidateDropped):    {En: "Dropped", De: "Abgesprungen"},

	// The number of candidates with the status.
	plPipelinePrefix + lang.Key(CandidateIdentified): {En: "%d identified", De: "%d ermittelt"},
	plPipelinePrefix + lang.Key(CandidateApproached): {En: "%d approached", De: "%d angesprochen"},
	plPipelinePrefix + lang.Key(CandidateOneToOne):   {En: "%d at a one-to-one", De: "%d im Einzelgespräch"},
	plPipelinePrefix + lang.Key(CandidateCommitted):  {En: "%d committed", De: "%d zugesagt"},
	plPipelinePrefix + lang.Key(CandidateDropped):    {En: "%d dropped", De: "%d abgesprungen"},

	plNone: {
		En: "no own-network plan yet: press o in netvet to plan your own network, or import one with netvet import FILE",
		De: "noch kein Plan für ein eigenes Netzwerk: in netvet o drücken, um das eigene Netzwerk zu planen, oder einen Plan mit netvet import DATEI importieren",
	},
	plTitle:       {En: "Your own network", De: "Ihr eigenes Netzwerk"},
	plGoal:        {En: "Goal", De: "Ziel"},
	plTargetGroup: {En: "Target group", De: "Zielgruppe"},
	plNotEntered:  {En: "not entered", De: "nicht erfasst"},
	plMeetings:    {En: "Meetings", De: "Treffen"},
	// Meetings per year, hours per meeting, preparation hours per meeting.
	plMeetingsValue: {
		En: "%[1]d a year, %[2]s each plus %[3]s preparation", EnOne: "1 a year, %[2]s plus %[3]s preparation",
		De: "%[1]d im Jahr, je %[2]s plus %[3]s Vorbereitung", DeOne: "1 im Jahr, %[2]s plus %[3]s Vorbereitung",
	},
	plRecruiting: {En: "Recruiting", De: "Gewinnung"},
	// Recruiting hours per seat.
	plRecruitingVal: {En: "%s per seat", De: "%s je Sitz"},
	plHoursHead:     {En: "Hours and what they cost", De: "Stunden und was sie kosten"},
	plHourlyRate:    {En: "Your hourly rate", De: "Ihr Stundensatz"},
	plBuild:         {En: "Build", De: "Aufbau"},
	// Seats, recruiting hours per seat, build hours.
	plBuildValue: {
		En: "%[1]d seats × %[2]s = %[3]s", EnOne: "1 seat × %[2]s = %[3]s",
		De: "%[1]d Sitze × %[2]s = %[3]s", DeOne: "1 Sitz × %[2]s = %[3]s",
	},
	plBuildNoSeats: {En: "? (no seats yet)", De: "? (noch keine Sitze)"},
	plUpkeep:       {En: "Upkeep", De: "Laufender Aufwand"},
	// Upkeep hours per year.
	plUpkeepValue: {En: "%s a year", De: "%s im Jahr"},
	plTotal:       {En: "Total (build cost)", De: "Gesamt (Kosten des Aufbaus)"},
	// An amount, the horizon in years.
	plOverYears: {
		En: "%[1]s over %[2]d years", EnOne: "%[1]s over 1 year",
		De: "%[1]s über %[2]d Jahre", DeOne: "%[1]s über 1 Jahr",
		Count: 2,
	},
	plCoverageHead: {En: "Decisive factors", De: "Entscheidende Faktoren"},
	// The plan's rating.
	plRating:   {En: "%d of 5", De: "%d von 5"},
	plNotRated: {En: "not rated", De: "nicht bewertet"},
	// The number of seats, their roles.
	plCoveredBy: {
		En: "%[1]d seats: %[2]s", EnOne: "1 seat: %[2]s",
		De: "%[1]d Sitze: %[2]s", DeOne: "1 Sitz: %[2]s",
	},
	plCoveredByNone: {En: "no seat", De: "kein Sitz"},
	// Filled seats, seats.
	plSeatsHead: {En: "Seats: %d of %d filled", De: "Sitze: %d von %d besetzt"},
	plSeatsNone: {En: "No seats yet.", De: "Noch keine Sitze."},
	// The seat's number, its role.
	plSeatFilled:     {En: "%d. %s — filled", De: "%d. %s — besetzt"},
	plSeatOpen:       {En: "%d. %s — open", De: "%d. %s — offen"},
	plGivesMe:        {En: "Gives you", De: "Bringt Ihnen"},
	plIGive:          {En: "You give", De: "Sie geben"},
	plCovers:         {En: "Covers", De: "Deckt ab"},
	plCoversNothing:  {En: "no decisive factor", De: "keinen entscheidenden Faktor"},
	plCandidates:     {En: "Candidates", De: "Kandidaten"},
	plCandidatesNone: {En: "none yet", De: "noch keine"},
	// Ratings of target-group match, complementary strengths,
	// positioning, chemistry and reliability, each a number or "?".
	plCandRatings: {
		En: "target group %s · strengths %s · positioning %s · chemistry %s · reliability %s",
		De: "Zielgruppe %s · Stärken %s · Positionierung %s · Chemie %s · Verlässlichkeit %s",
	},
	// The candidate's notes.
	plCandNotes:     {En: "Notes: %s", De: "Notizen: %s"},
	plWarningsHead:  {En: "Warnings", De: "Warnungen"},
	plNextStepsHead: {En: "Next steps", De: "Nächste Schritte"},
	plNothing:       {En: "None.", De: "Keine."},

	plMdTitle: {En: "A network of our own: a proposal", De: "Ein eigenes Netzwerk: ein Vorschlag"},
	plMdIntro: {
		En: "A proposal for a small network of people who work together, refer contracts to each other and can rely on each other.",
		De: "Ein Vorschlag für ein kleines Netzwerk von Menschen, die zusammenarbeiten, sich gegenseitig Aufträge vermitteln und sich aufeinander verlassen können.",
	},
	// The user's name.
	plMdIntroNamed: {
		En: "%s proposes a small network of people who work together, refer contracts to each other and can rely on each other.",
		De: "%s schlägt ein kleines Netzwerk von Menschen vor, die zusammenarbeiten, sich gegenseitig Aufträge vermitteln und sich aufeinander verlassen können.",
	},
	plMdGoal:        {En: "Goal", De: "Ziel"},
	plMdTargetGroup: {En: "Target group", De: "Zielgruppe"},
	plMdToBeAgreed:  {En: "to be agreed", De: "noch zu klären"},
	plMdSeatsHead:   {En: "The seats", De: "Die Sitze"},
	plMdSeatsIntro: {
		En: "One person per seat. Every seat brings the others something and gains something from the network.",
		De: "Eine Person je Sitz. Jeder Sitz bringt den anderen etwas und hat selbst einen Nutzen vom Netzwerk.",
	},
	plMdSeatsNone: {En: "The seats are still to be agreed.", De: "Die Sitze sind noch zu klären."},
	// The seat's number, its role.
	plMdSeatFilled:  {En: "%d. %s — filled", De: "%d. %s — besetzt"},
	plMdSeatOpen:    {En: "%d. %s — open", De: "%d. %s — offen"},
	plMdOffers:      {En: "Offers", De: "Bietet"},
	plMdGains:       {En: "Gains", De: "Gewinnt"},
	plMdStrengthens: {En: "Strengthens", De: "Stärkt"},
	plMdAgendaHead:  {En: "First meeting: agenda", De: "Erstes Treffen: Tagesordnung"},
	plMdIntroduction: {
		En: "**Introductions.** Each of us presents their business, their clients and what they are looking for.",
		De: "**Vorstellung.** Alle stellen ihr Geschäft, ihre Kunden und ihre Wünsche an das Netzwerk vor.",
	},
	plMdOffersItem: {En: "**What each seat offers.**", De: "**Was jeder Sitz bietet.**"},
	plMdReferrals: {
		En: "**How referrals will flow.** Who passes which contracts to whom, how a referral is handed over, and how we keep track of what came of it.",
		De: "**Wie Empfehlungen fließen.** Wer welche Aufträge an wen weitergibt, wie eine Empfehlung übergeben wird und wie festgehalten wird, was daraus geworden ist.",
	},
	// Meetings per year, hours per meeting, preparation hours per meeting.
	plMdRhythm: {
		En:    "**Meeting rhythm.** %[1]d meetings a year of %[2]s each, with about %[3]s of preparation per meeting.",
		EnOne: "**Meeting rhythm.** One meeting a year of %[2]s, with about %[3]s of preparation.",
		De:    "**Treffen.** %[1]d Treffen im Jahr von je %[2]s, mit etwa %[3]s Vorbereitung pro Treffen.",
		DeOne: "**Treffen.** Ein Treffen im Jahr von %[2]s, mit etwa %[3]s Vorbereitung.",
	},
	plMdRhythmOpen: {
		En: "**Meeting rhythm.** To be agreed: how often the network meets, and for how long.",
		De: "**Treffen.** Zu klären: wie oft und wie lange sich das Netzwerk trifft.",
	},
	// The open seats' roles.
	plMdNext: {
		En: "**Next steps.** Fill the open seats (%s) and agree the date of the next meeting.",
		De: "**Nächste Schritte.** Die offenen Sitze besetzen (%s) und den Termin des nächsten Treffens vereinbaren.",
	},
	plMdNextAll: {
		En: "**Next steps.** Agree the date of the next meeting and who prepares it.",
		De: "**Nächste Schritte.** Den Termin des nächsten Treffens vereinbaren und festlegen, wer es vorbereitet.",
	},
}

// factorLabel is the plan's name of a decisive factor.
func factorLabel(k RatingKey) lang.Msg { return lang.M(plFactorPrefix + lang.Key(k)) }

// statusLabel is the plan's name of a candidate status.
func statusLabel(s CandidateStatus) lang.Msg { return lang.M(plStatusPrefix + lang.Key(s)) }
