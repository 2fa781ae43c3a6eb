package model

import "netvet/model/lang"

// The interview guide's text (`netvet guide`, SPEC.md 4), in English and
// German side by side. The German is neutral: infinitives for what the
// user is to do, "Sie" where a sentence addresses the user or the member.

// Keys of the guide's messages.
const (
	gdTitle   lang.Key = "model.guide.title"
	gdIntro   lang.Key = "model.guide.intro"
	gdPrepare lang.Key = "model.guide.prepare"

	gdAboutHead     lang.Key = "model.guide.about.head"
	gdFieldMember   lang.Key = "model.guide.field.member"
	gdFieldBusiness lang.Key = "model.guide.field.business"
	gdFieldDate     lang.Key = "model.guide.field.date"
	gdFieldSince    lang.Key = "model.guide.field.since"
	gdFieldChannel  lang.Key = "model.guide.field.channel"
	gdFieldSimilar  lang.Key = "model.guide.field.similar"
	gdFieldFound    lang.Key = "model.guide.field.found"
	gdFoundMyself   lang.Key = "model.guide.found.myself"
	gdFoundNetwork  lang.Key = "model.guide.found.network"

	gdPromisesHead  lang.Key = "model.guide.promises.head"
	gdPromisesCount lang.Key = "model.guide.promises.count"
	gdPromisesNone  lang.Key = "model.guide.promises.none"
	gdPromiseAsk    lang.Key = "model.guide.promise.ask"
	gdPromiseCat    lang.Key = "model.guide.promise.category"
	gdPromiseSource lang.Key = "model.guide.promise.source"
	gdPromiseMust   lang.Key = "model.guide.promise.must"
	gdPromiseProof  lang.Key = "model.guide.promise.documented"
	gdSaid          lang.Key = "model.guide.said"

	gdDecisiveHead  lang.Key = "model.guide.decisive.head"
	gdContracts     lang.Key = "model.guide.decisive.contracts"
	gdContractsNum  lang.Key = "model.guide.decisive.contracts.count"
	gdContractsVal  lang.Key = "model.guide.decisive.contracts.value"
	gdJoinAgain     lang.Key = "model.guide.decisive.again"
	gdRecommend     lang.Key = "model.guide.decisive.recommend"
	gdRedFlags      lang.Key = "model.guide.decisive.redflags"
	gdSeedHead      lang.Key = "model.guide.seed.head"
	gdSeedContracts lang.Key = "model.guide.seed.contracts"
	gdSeedMentors   lang.Key = "model.guide.seed.mentors"
	gdSeedEvents    lang.Key = "model.guide.seed.events"
	gdSeedTogether  lang.Key = "model.guide.seed.together"

	gdBackHead       lang.Key = "model.guide.back.head"
	gdBackIntro      lang.Key = "model.guide.back.intro"
	gdBackFind       lang.Key = "model.guide.back.find"
	gdBackLeft       lang.Key = "model.guide.back.left"
	gdBackTarget     lang.Key = "model.guide.back.target"
	gdBackTargetNone lang.Key = "model.guide.back.target.none"
	gdNotesHead      lang.Key = "model.guide.notes.head"
)

// The words of the choices and labels the guide shows, by the enum value
// they stand for: "model.guide.answer." + an answer or would-join-again
// value, "model.guide.channel." + a channel, and so on.
const (
	gdAnswerPrefix   = "model.guide.answer."
	gdChannelPrefix  = "model.guide.channel."
	gdCategoryPrefix = "model.guide.category."
	gdSourcePrefix   = "model.guide.source."
	gdKindPrefix     = "model.guide.kind."
)

var guideText = lang.Catalog{
	gdTitle: {En: "Interview guide: %s", De: "Gesprächsleitfaden: %s"},
	gdIntro: {
		En: "For a conversation with a member of %s (%s). Note each answer and what the member said, then record the interview in netvet.",
		De: "Für ein Gespräch mit einem Mitglied von %s (%s). Jede Antwort notieren und was das Mitglied dazu sagt, danach das Gespräch in netvet erfassen.",
	},
	gdPrepare: {
		En: "Prepared for %s.",
		De: "Vorbereitet für %s.",
	},

	gdAboutHead:     {En: "The member", De: "Das Mitglied"},
	gdFieldMember:   {En: "Member (name or alias):", De: "Mitglied (Name oder Kürzel):"},
	gdFieldBusiness: {En: "Business:", De: "Tätigkeit:"},
	gdFieldDate:     {En: "Date:", De: "Datum:"},
	gdFieldSince:    {En: "Member since (year):", De: "Mitglied seit (Jahr):"},
	gdFieldChannel:  {En: "Channel:", De: "Gesprächsform:"},
	gdFieldSimilar:  {En: "Same target group or positioning as you?", De: "Gleiche Zielgruppe oder Positionierung wie Sie?"},
	gdFieldFound:    {En: "How did you find this member?", De: "Wie kam der Kontakt zustande?"},
	gdFoundMyself:   {En: "Found myself", De: "Selbst gefunden"},
	gdFoundNetwork:  {En: "Picked by the network", De: "Vom Netzwerk vermittelt"},

	gdPromisesHead: {En: "Is each promise really delivered?", De: "Wird jedes Versprechen wirklich eingehalten?"},
	gdPromisesCount: {
		En:    "The network makes %d promises. Read each out as it was promised and ask whether the member really gets it.",
		EnOne: "The network makes one promise. Read it out as it was promised and ask whether the member really gets it.",
		De:    "Das Netzwerk macht %d Versprechen. Jedes so vorlesen, wie es versprochen wurde, und fragen, ob das Mitglied es wirklich bekommt.",
		DeOne: "Das Netzwerk macht ein Versprechen. Es so vorlesen, wie es versprochen wurde, und fragen, ob das Mitglied es wirklich bekommt.",
	},
	gdPromisesNone: {
		En: "No promises recorded yet. Ask what exactly the network promises (mentoring, training, events, marketing, contracts) and where it promised it, then add each promise in netvet.",
		De: "Noch keine Versprechen erfasst. Fragen, was genau das Netzwerk verspricht (Mentoring, Weiterbildung, Veranstaltungen, Marketing, Aufträge) und wo es das versprochen hat, dann jedes Versprechen in netvet erfassen.",
	},
	gdPromiseAsk:    {En: "%s. Is “%s” really delivered?", De: "%s. Wird „%s“ wirklich eingehalten?"},
	gdPromiseCat:    {En: "Category: %s", De: "Kategorie: %s"},
	gdPromiseSource: {En: "Promised in: %s", De: "Versprochen in: %s"},
	gdPromiseMust:   {En: "Must-have", De: "Muss-Kriterium"},
	gdPromiseProof:  {En: "Documented: you have seen proof", De: "Belegt: Sie haben einen Nachweis gesehen"},
	gdSaid:          {En: "What the member said:", De: "Was das Mitglied sagt:"},

	gdDecisiveHead: {En: "The decisive questions", De: "Die entscheidenden Fragen"},
	gdContracts: {
		En: "How many contracts did you get through the network in the last 12 months, and what were they worth in total?",
		De: "Wie viele Aufträge haben Sie in den letzten 12 Monaten über das Netzwerk bekommen, und was waren sie insgesamt wert?",
	},
	gdContractsNum: {En: "Number:", De: "Anzahl:"},
	gdContractsVal: {En: "Total value (%s, revenue):", De: "Gesamtwert (%s, Umsatz):"},
	gdJoinAgain:    {En: "Would you join again?", De: "Würden Sie wieder beitreten?"},
	gdRecommend: {
		En: "Would you recommend the network to someone like me? From 0 (not at all) to 10 (without reservation):",
		De: "Würden Sie das Netzwerk jemandem wie mir empfehlen? Von 0 (auf keinen Fall) bis 10 (uneingeschränkt):",
	},
	gdRedFlags: {En: "Red flags (anything that made you wary):", De: "Warnsignale (alles, was Sie stutzig gemacht hat):"},

	gdSeedHead: {En: "Also ask", De: "Außerdem fragen"},
	gdSeedContracts: {
		En: "Did you get contracts through the network, for work like mine and not just in principle?",
		De: "Haben Sie über das Netzwerk Aufträge bekommen, für Arbeit wie meine und nicht nur im Prinzip?",
	},
	gdSeedMentors: {
		En: "Are experienced entrepreneurs really available as mentors or coaches?",
		De: "Stehen erfahrene Unternehmer wirklich als Mentoren oder Coaches zur Verfügung?",
	},
	gdSeedEvents: {
		En: "Are the events and the training worth the time and the membership fee?",
		De: "Sind die Veranstaltungen und Weiterbildungen die Zeit und den Mitgliedsbeitrag wert?",
	},
	gdSeedTogether: {
		En: "Do members work on contracts together, and can they rely on each other?",
		De: "Arbeiten die Mitglieder gemeinsam an Aufträgen, und können sie sich aufeinander verlassen?",
	},

	gdBackHead: {En: "Back channel: check beyond this conversation", De: "Gegenprobe: über dieses Gespräch hinaus prüfen"},
	gdBackIntro: {
		En: "The members a network picks for you are its best references; the better witnesses are those you find yourself.",
		De: "Die Mitglieder, die ein Netzwerk vermittelt, sind seine besten Referenzen; bessere Zeugen sind die, die Sie selbst finden.",
	},
	gdBackFind: {
		En: "Find members yourself (the member list, events, your own contacts) rather than those the network picks.",
		De: "Mitglieder selbst finden (Mitgliederliste, Veranstaltungen, eigene Kontakte), statt nur die vom Netzwerk vermittelten zu befragen.",
	},
	gdBackLeft: {
		En: "Talk to a member who left, and ask why they left.",
		De: "Mit einem ehemaligen Mitglied sprechen und nach dem Grund für den Austritt fragen.",
	},
	gdBackTarget: {
		En: "Ask a member whose clients are your target group (%s) whether the network brought them contracts.",
		De: "Ein Mitglied mit Kunden aus Ihrer Zielgruppe (%s) fragen, ob ihm das Netzwerk Aufträge gebracht hat.",
	},
	gdBackTargetNone: {
		En: "Ask a member whose clients are your target group whether the network brought them contracts.",
		De: "Ein Mitglied mit Kunden aus Ihrer Zielgruppe fragen, ob ihm das Netzwerk Aufträge gebracht hat.",
	},
	gdNotesHead: {En: "Notes", De: "Notizen"},

	gdAnswerPrefix + lang.Key(AnswerYes):       {En: "Yes", De: "Ja"},
	gdAnswerPrefix + lang.Key(AnswerPartly):    {En: "Partly", De: "Teilweise"},
	gdAnswerPrefix + lang.Key(AnswerNo):        {En: "No", De: "Nein"},
	gdAnswerPrefix + lang.Key(JoinAgainUnsure): {En: "Unsure", De: "Unsicher"},

	gdChannelPrefix + lang.Key(ChannelCall):     {En: "Call", De: "Telefonat"},
	gdChannelPrefix + lang.Key(ChannelInPerson): {En: "In person", De: "Persönlich"},
	gdChannelPrefix + lang.Key(ChannelEvent):    {En: "At an event", De: "Auf einer Veranstaltung"},
	gdChannelPrefix + lang.Key(ChannelWritten):  {En: "Written", De: "Schriftlich"},

	gdCategoryPrefix + lang.Key(CategoryMentoring): {En: "Mentoring", De: "Mentoring"},
	gdCategoryPrefix + lang.Key(CategoryTraining):  {En: "Training", De: "Weiterbildung"},
	gdCategoryPrefix + lang.Key(CategoryEvents):    {En: "Events", De: "Veranstaltungen"},
	gdCategoryPrefix + lang.Key(CategoryMarketing): {En: "Joint marketing", De: "Gemeinsames Marketing"},
	gdCategoryPrefix + lang.Key(CategoryContracts): {En: "Contracts", De: "Aufträge"},
	gdCategoryPrefix + lang.Key(CategoryOther):     {En: "Other", De: "Sonstiges"},

	gdSourcePrefix + lang.Key(SourceWebsite):   {En: "Website", De: "Website"},
	gdSourcePrefix + lang.Key(SourceBrochure):  {En: "Brochure", De: "Broschüre"},
	gdSourcePrefix + lang.Key(SourceSalesTalk): {En: "Sales talk", De: "Verkaufsgespräch"},
	gdSourcePrefix + lang.Key(SourceContract):  {En: "Contract", De: "Vertrag"},

	gdKindPrefix + lang.Key(KindExpertNetwork):   {En: "expert network", De: "Expertennetzwerk"},
	gdKindPrefix + lang.Key(KindMastermind):      {En: "mastermind circle", De: "Mastermind-Kreis"},
	gdKindPrefix + lang.Key(KindReferralChapter): {En: "referral chapter", De: "Empfehlungsnetzwerk"},
	gdKindPrefix + lang.Key(KindAssociation):     {En: "association", De: "Verband"},
	gdKindPrefix + lang.Key(KindOther):           {En: "business network", De: "Unternehmernetzwerk"},
}

func init() { lang.Register(guideText) }
