package sample

import "netvet/model"

// The word banks the generator draws from. They are read-only; the
// generator never changes them. German and English mix on purpose, as in a
// real user's notes, with umlauts, ß and accented names, and a few emoji.

var placeNames = []string{
	"Werkbank Süd", "Rheinaue", "Gipfelrunde", "Lindenhof", "Goldfeder", "Nordlicht",
	"Elbufer", "Schwarzwald", "Bodensee", "Isartal", "Mainfranken", "Hanse",
	"Ostwind", "Alpenblick", "Neckartal", "Weserbergland", "Spreewald", "Ruhrgebiet",
}

var circleNames = []string{
	"Expertennetz", "Unternehmerkreis", "Mastermind", "Empfehlungsrunde", "Business Club",
	"Beraterverbund", "Referral Chapter", "Innovation Circle", "Fachverband", "Gründerforum",
}

var firstNames = []string{
	"Katrin", "Jörg", "Sören", "Thomas", "Sabine", "Björn", "Zoë", "Chloé", "Jürgen", "Ümit",
	"Fiona", "Małgorzata", "Ines", "Günther", "Aylin", "Mathéo", "Renée", "Lars", "Özlem", "Henrik",
	"Marta", "Dörte", "Pieter", "Saskia", "Joaquín", "Käthe", "Emil", "Noémie", "Wolfgang", "Ayşe",
}

var lastNames = []string{
	"Müller", "Schäfer", "Weiß", "Groß", "Köhler", "Öztürk", "Jäger", "Hämmerle", "Weißmüller",
	"O'Brien", "McAllister", "Krüger", "Fuchs", "Lindqvist", "Brückner", "Sauerbier", "Nowak",
	"Dąbrowski", "Schröder", "Vogel", "Yılmaz", "Løvstad", "Herrmann", "Böhm", "Peters", "Ruiz",
}

var businesses = []string{
	"Weißmüller Industriedesign", "Technical writing", "Prozessberatung", "Steuerberatung",
	"Finanzcoaching", "UX research studio", "Patentanwaltskanzlei", "IT security consulting",
	"Übersetzungsbüro", "Maschinenbau-Ingenieurbüro", "Fotostudio", "Datenschutzberatung",
	"Interim management", "Werbeagentur", "Softwareentwicklung", "Coaching für Führungskräfte",
}

var promiseTexts = map[model.Category][]string{
	model.CategoryMentoring: {
		"Two mentoring sessions per quarter with a senior member",
		"Monatliches Mentoring durch erfahrene Unternehmer",
		"A personal mentor for the first year",
	},
	model.CategoryTraining: {
		"Four expert workshops a year",
		"Weiterbildung: Vertriebstraining zweimal jährlich",
		"Online academy with recorded masterclasses",
	},
	model.CategoryEvents: {
		"Two retreats a year in the Alps",
		"Monthly breakfast meetings",
		"Jährliche Konferenz mit 300 Gästen",
	},
	model.CategoryMarketing: {
		"Profile in the member directory and the newsletter",
		"Gemeinsame Messestände zu Sonderpreisen",
		"Joint case studies on the network's website",
	},
	model.CategoryContracts: {
		"Members refer contracts to each other (10 % finder's fee)",
		"Aufträge aus dem Netzwerk im ersten Jahr",
		"Introductions to the members' clients",
	},
	model.CategoryOther: {
		"Shared accountability partner",
		"Rabatte bei Partnerunternehmen",
		"Access to a co-working space in Stuttgart",
	},
}

var comments = []string{
	"Her mentor helped her price her first framework contract.",
	"Newsletter yes, directory is outdated.",
	"Workshops are good, but one was cancelled.",
	"Most of his work now comes through two engineers in the network.",
	"Nur auf Nachfrage, nicht automatisch.",
	"Mentors are busy in spring.",
	"Hat seit zwei Jahren keinen Auftrag bekommen.",
	"Only the founders get the big referrals.",
	"Ja, regelmäßig und zuverlässig.",
	"The retreat was the best part of the year 🏔️",
}

var redFlags = []string{
	"Breakfast meetings cost extra (about 25 € each).",
	"The sales talk pushed hard for a signature the same day.",
	"Mitglieder dürfen nicht über Konditionen sprechen.",
	"Two members in my profession already.",
	"Automatic renewal for two years hidden in the contract.",
	"Er wirkte, als hätte er ein Skript auswendig gelernt.",
}

var contracts = []string{
	"Usability study for a pump manufacturer, referred by a member",
	"Service blueprint for a machine-tool dealer",
	"Redesign of a customer portal, mentioned at the summer party",
	"Schulung für das Vertriebsteam eines Zulieferers",
	"Datenschutz-Audit für eine Zahnarztpraxis",
	"Interim CFO for six months at a bakery chain",
}

var noteTitles = []string{
	"Call", "Gespräch", "Coffee", "Interview", "Treffen auf der Messe", "Zweites Gespräch",
}

var headings = []string{
	"Mentoring", "Aufträge", "Events und Weiterbildung", "Kosten", "What surprised me",
	"Follow-up", "Offene Fragen", "Eindruck", "Numbers",
}

var sentenceBank = []string{
	"She joined four years ago and still goes to almost every meeting.",
	"Die Empfehlungen kommen vor allem über zwei, drei aktive Mitglieder.",
	"He was open about the costs, including the breakfasts and the summer party.",
	"Für jemanden mit meiner Positionierung sieht er gute Chancen.",
	"The mentoring is informal: you ask, and someone usually has time within a week.",
	"Sie hat im letzten Jahr drei Aufträge über das Netzwerk bekommen.",
	"Most contracts go to engineers and lawyers, fewer to designers.",
	"Die Workshops sind praxisnah, aber manchmal zu lang.",
	"He would join again, but only because of the people, not the programme.",
	"Größter Vorteil: man lernt Entscheider aus dem Mittelstand persönlich kennen.",
	"The network office did not reply to two of my e-mails.",
	"Es gibt eine klare Regel: ein Mitglied pro Branche.",
	"Newcomers need about a year before the first referral arrives.",
	"Sie empfiehlt, vorher einmal als Gast zu kommen.",
	"Prices went up twice in three years without much explanation.",
	"Über die Kündigungsfrist wusste sie nichts Genaues.",
	"He showed me an invoice from a contract that came through the chapter.",
	"Die Stimmung war herzlich, fast familiär.",
	"Two members told the same story about a failed joint pitch.",
	"Der Gründer ist sehr präsent, vielleicht zu sehr.",
	"Training quality depends a lot on who runs the session.",
	"Ich sollte nach der Quote erfolgreicher Empfehlungen fragen.",
	"She compared it favourably with the Rotary club she left.",
	"Für Übersetzer gibt es kaum passende Aufträge.",
	"The online platform is clunky but nobody really uses it anyway.",
	"Er schätzt den Wert der Mitgliedschaft auf etwa 15.000 € im Jahr.",
}

var quotes = []string{
	"You get out what you put in — if you don't show up, nothing happens.",
	"Ohne die Gruppe hätte ich die Selbstständigkeit nicht durchgehalten.",
	"The referrals are real, but they go to the people who refer first.",
	"Ich würde wieder eintreten, aber nicht zu diesem Preis.",
}

var emphasis = []string{
	"Wichtig:", "Important:", "Achtung:", "Note to self:", "Überraschend:",
}

// links are pairs of link text and path.
var links = [][2]string{
	{"their programme", "programme"}, {"die Satzung", "satzung"},
	{"the price list", "prices"}, {"das Mitgliederverzeichnis", "members"},
}

var emoji = []string{"👍", "☕", "🤝", "🚀", "😬", "📈", "✅", "🙂"}
