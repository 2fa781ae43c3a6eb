package model

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/renderer/html"

	"netvet/model/lang"
)

// gdEnglish and gdGerman are printers of each language. They are made
// when a test runs: a printer made before the package's init registered
// the catalog would not know its messages.
func gdEnglish() *lang.Printer { return lang.NewPrinter(lang.Locale{Language: lang.English}) }
func gdGerman() *lang.Printer  { return lang.NewPrinter(lang.Locale{Language: lang.German}) }

// gdGuide writes the guide for n in pr's language.
func gdGuide(t *testing.T, pr *lang.Printer, p Profile, n Network) string {
	t.Helper()
	var b bytes.Buffer
	if err := WriteGuide(&b, pr, p, n); err != nil {
		t.Fatalf("WriteGuide: %v", err)
	}
	return b.String()
}

// gdDemo is the demo's profile and its first network, which has four
// promises of four categories and three sources, two of them must-haves
// and one documented.
func gdDemo(t *testing.T) (Profile, Network) {
	t.Helper()
	demo := Demo(NewDate(2026, 11, 27))
	p, n := *demo.Profile, demo.Networks[0]
	if len(n.Promises) != 4 {
		t.Fatalf("the demo network has %d promises; the test expects 4", len(n.Promises))
	}
	return p, n
}

// The guide's lines in each language, written out here rather than taken
// from the catalog, so that a changed or missing message fails the test.
var gdExpected = map[lang.Language]struct {
	title, count, ask string
	facts             []string
	lines             []string
}{
	lang.English: {
		title: "# Interview guide: Werkbank Süd Expertennetz\n",
		count: "The network makes 4 promises.",
		ask:   "### %d. Is “%s” really delivered?\n",
		facts: []string{
			"Category: Mentoring · Promised in: Website · **Must-have**",
			"Category: Contracts · Promised in: Sales talk · **Must-have**",
			"Category: Training · Promised in: Brochure · Documented: you have seen proof",
			"Category: Joint marketing · Promised in: Website\n",
		},
		lines: []string{
			"For a conversation with a member of Werkbank Süd Expertennetz (expert network).",
			"Prepared for Jana Beispiel.",
			"Member (name or alias): ___",
			"Member since (year): ___",
			"Channel: ☐ Call  ☐ In person  ☐ At an event  ☐ Written",
			"How did you find this member? ☐ Found myself  ☐ Picked by the network",
			"☐ Yes  ☐ Partly  ☐ No\n\nWhat the member said: ___",
			"## The decisive questions\n",
			"**How many contracts did you get through the network in the last 12 months, and what were they worth in total?**",
			"Number: ___",
			"Total value (EUR, revenue): ___",
			"**Would you join again?**\n\n☐ Yes  ☐ Unsure  ☐ No\n",
			"**Would you recommend the network to someone like me? From 0 (not at all) to 10 (without reservation):**\n\n☐ 0  ☐ 1  ☐ 2",
			"☐ 9  ☐ 10\n",
			"**Red flags (anything that made you wary):** ___",
			"## Also ask\n",
			"**Did you get contracts through the network, for work like mine and not just in principle?**\n\n☐ Yes  ☐ Partly  ☐ No",
			"**Are experienced entrepreneurs really available as mentors or coaches?**\n\n☐ Yes",
			"**Are the events and the training worth the time and the membership fee?**\n\n☐ Yes",
			"**Do members work on contracts together, and can they rely on each other?**\n\n☐ Yes",
			"## Back channel: check beyond this conversation\n",
			"- [ ] Find members yourself (the member list, events, your own contacts) rather than those the network picks.\n",
			"- [ ] Talk to a member who left, and ask why they left.\n",
			"- [ ] Ask a member whose clients are your target group (Mid-sized manufacturers, Engineering firms, B2B software vendors) whether the network brought them contracts.\n",
			"## Notes\n",
		},
	},
	lang.German: {
		title: "# Gesprächsleitfaden: Werkbank Süd Expertennetz\n",
		count: "Das Netzwerk macht 4 Versprechen.",
		ask:   "### %d. Wird „%s“ wirklich eingehalten?\n",
		facts: []string{
			"Kategorie: Mentoring · Versprochen in: Website · **Muss-Kriterium**",
			"Kategorie: Aufträge · Versprochen in: Verkaufsgespräch · **Muss-Kriterium**",
			"Kategorie: Weiterbildung · Versprochen in: Broschüre · Belegt: Sie haben einen Nachweis gesehen",
			"Kategorie: Gemeinsames Marketing · Versprochen in: Website\n",
		},
		lines: []string{
			"Für ein Gespräch mit einem Mitglied von Werkbank Süd Expertennetz (Expertennetzwerk).",
			"Vorbereitet für Jana Beispiel.",
			"Mitglied (Name oder Kürzel): ___",
			"Mitglied seit (Jahr): ___",
			"Gesprächsform: ☐ Telefonat  ☐ Persönlich  ☐ Auf einer Veranstaltung  ☐ Schriftlich",
			"Wie kam der Kontakt zustande? ☐ Selbst gefunden  ☐ Vom Netzwerk vermittelt",
			"☐ Ja  ☐ Teilweise  ☐ Nein\n\nWas das Mitglied sagt: ___",
			"## Die entscheidenden Fragen\n",
			"**Wie viele Aufträge haben Sie in den letzten 12 Monaten über das Netzwerk bekommen, und was waren sie insgesamt wert?**",
			"Anzahl: ___",
			"Gesamtwert (EUR, Umsatz): ___",
			"**Würden Sie wieder beitreten?**\n\n☐ Ja  ☐ Unsicher  ☐ Nein\n",
			"**Würden Sie das Netzwerk jemandem wie mir empfehlen? Von 0 (auf keinen Fall) bis 10 (uneingeschränkt):**\n\n☐ 0  ☐ 1  ☐ 2",
			"**Warnsignale (alles, was Sie stutzig gemacht hat):** ___",
			"## Außerdem fragen\n",
			"**Haben Sie über das Netzwerk Aufträge bekommen, für Arbeit wie meine und nicht nur im Prinzip?**\n\n☐ Ja  ☐ Teilweise  ☐ Nein",
			"**Stehen erfahrene Unternehmer wirklich als Mentoren oder Coaches zur Verfügung?**\n\n☐ Ja",
			"**Sind die Veranstaltungen und Weiterbildungen die Zeit und den Mitgliedsbeitrag wert?**\n\n☐ Ja",
			"**Arbeiten die Mitglieder gemeinsam an Aufträgen, und können sie sich aufeinander verlassen?**\n\n☐ Ja",
			"## Gegenprobe: über dieses Gespräch hinaus prüfen\n",
			"- [ ] Mitglieder selbst finden (Mitgliederliste, Veranstaltungen, eigene Kontakte), statt nur die vom Netzwerk vermittelten zu befragen.\n",
			"- [ ] Mit einem ehemaligen Mitglied sprechen und nach dem Grund für den Austritt fragen.\n",
			"- [ ] Ein Mitglied mit Kunden aus Ihrer Zielgruppe (Mid-sized manufacturers, Engineering firms, B2B software vendors) fragen, ob ihm das Netzwerk Aufträge gebracht hat.\n",
			"## Notizen\n",
		},
	},
}

// TestGuideAsksEveryQuestionInBothLanguages: for the demo network, each
// promise is a numbered question that quotes it, followed by what it is
// and where it was promised; the member's particulars, the decisive
// questions, the seed's questions, the back-channel checklist and the
// notes follow, in English and in German.
func TestGuideAsksEveryQuestionInBothLanguages(t *testing.T) {
	p, n := gdDemo(t)
	for _, pr := range []*lang.Printer{gdEnglish(), gdGerman()} {
		want := gdExpected[pr.Language()]
		md := gdGuide(t, pr, p, n)
		if !strings.HasPrefix(md, want.title) {
			t.Errorf("%s: the guide starts %q, want %q", pr.Language(), md[:min(len(md), 80)], want.title)
		}
		lines := append([]string{want.count}, want.lines...)
		for i, pm := range n.Promises {
			q := strings.Replace(strings.Replace(want.ask, "%d", string(rune('1'+i)), 1), "%s", pm.Text, 1)
			lines = append(lines, q+"\n"+want.facts[i])
		}
		for _, line := range lines {
			line = strings.ReplaceAll(line, "___", guideBlank)
			// A box and its choice are joined by a no-break space.
			line = strings.ReplaceAll(line, "☐ ", "☐\u00a0")
			if !strings.Contains(md, line) {
				t.Errorf("%s: the guide lacks %q:\n%s", pr.Language(), line, md)
			}
		}
		// Each promise is asked once, and each seed question gets its own
		// yes / partly / no: four promises and four seed questions.
		choices := strings.ReplaceAll(want.lines[6][:strings.Index(want.lines[6], "\n")], "☐ ", "☐\u00a0")
		if c := strings.Count(md, choices+"\n"); c != 8 {
			t.Errorf("%s: %d yes/partly/no questions, want 8", pr.Language(), c)
		}
		if c := strings.Count(md, "\n### "); c != len(n.Promises) {
			t.Errorf("%s: %d promise questions, want %d", pr.Language(), c, len(n.Promises))
		}
		if strings.Contains(md, "model.guide.") {
			t.Errorf("%s: the guide shows a message key, so a message is missing:\n%s", pr.Language(), md)
		}
	}
}

// gdEnglishWords are words of the guide's English that German never uses;
// gdGermanWords the other way round.
var (
	gdEnglishWords = regexp.MustCompile(`\b(the|and|with|is|are|you|your|really|delivered|promise|promises|member|members|network|contracts|Yes|No|Partly|Unsure|would|Would|Notes|Ask|ask|guide|what|What|yourself|Category|Number|Date|Business|Channel)\b`)
	gdGermanWords  = regexp.MustCompile(`\b(und|der|die|das|Sie|Netzwerk|Mitglied|Versprechen|Aufträge|Ja|Nein|wirklich|fragen)\b`)
)

// gdWithoutUserText removes what the user wrote from a guide, which is in
// whatever language they wrote it.
func gdWithoutUserText(md string, p Profile, n Network) string {
	user := append([]string{n.Name, p.Name}, p.TargetGroups...)
	for _, pm := range n.Promises {
		user = append(user, pm.Text)
	}
	for _, s := range user {
		md = strings.ReplaceAll(md, mdLine(s), "")
	}
	return md
}

// TestGermanGuideHasNoEnglish: apart from what the user wrote, the German
// guide has none of the English guide's words, and the English none of
// the German's.
func TestGermanGuideHasNoEnglish(t *testing.T) {
	p, n := gdDemo(t)
	n.Promises = append(n.Promises, Promise{ID: "p5", Category: CategoryEvents, Text: "Monthly breakfast", Source: SourceContract},
		Promise{ID: "p6", Category: CategoryOther, Text: "Free parking"})
	for _, kind := range Kinds {
		n.Kind = kind
		de := gdWithoutUserText(gdGuide(t, gdGerman(), p, n), p, n)
		if w := gdEnglishWords.FindAllString(de, -1); len(w) > 0 {
			t.Errorf("%s: the German guide says %q:\n%s", kind, w, de)
		}
		en := gdWithoutUserText(gdGuide(t, gdEnglish(), p, n), p, n)
		if w := gdGermanWords.FindAllString(en, -1); len(w) > 0 {
			t.Errorf("%s: the English guide says %q:\n%s", kind, w, en)
		}
	}
}

// TestGuideCountsPromisesInEachLanguage: one promise is "one promise",
// none is a request to find out what is promised.
func TestGuideCountsPromisesInEachLanguage(t *testing.T) {
	p, n := gdDemo(t)
	one := n
	one.Promises = n.Promises[:1]
	none := n
	none.Promises = nil
	cases := []struct {
		name      string
		pr        *lang.Printer
		n         Network
		want, not string
	}{
		{"one in English", gdEnglish(), one, "The network makes one promise. Read it out", "1 promises"},
		{"one in German", gdGerman(), one, "Das Netzwerk macht ein Versprechen. Es so vorlesen", "1 Versprechen"},
		{"none in English", gdEnglish(), none, "No promises recorded yet. Ask what exactly the network promises", "### "},
		{"none in German", gdGerman(), none, "Noch keine Versprechen erfasst. Fragen, was genau das Netzwerk verspricht", "### "},
	}
	for _, c := range cases {
		md := gdGuide(t, c.pr, p, c.n)
		if !strings.Contains(md, c.want) || strings.Contains(md, c.not) {
			t.Errorf("%s: want %q and not %q in:\n%s", c.name, c.want, c.not, md)
		}
	}
}

// TestGuideWithoutProfileDetails: without target groups the back-channel
// item asks for the target group in general, without a name no one is
// named, without a currency the default is used, a free-text source is
// shown as written and an unknown kind reads as a business network.
func TestGuideWithoutProfileDetails(t *testing.T) {
	n := NewNetwork()
	n.Name, n.Kind = "Kreis", Kind("guild")
	n.Promises = []Promise{{ID: "p1", Category: CategoryEvents, Text: "Monthly breakfast", Source: "LinkedIn post"}}
	md := gdGuide(t, gdEnglish(), Profile{}, n)
	for _, want := range []string{
		"member of Kreis (business network).",
		"Category: Events · Promised in: LinkedIn post\n",
		"Total value (EUR, revenue):",
		"- [ ] Ask a member whose clients are your target group whether the network brought them contracts.\n",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("the guide lacks %q:\n%s", want, md)
		}
	}
	if strings.Contains(md, "Prepared for") {
		t.Errorf("the guide names no one, yet says who it is for:\n%s", md)
	}
}

// TestGuideMessagesAreComplete: every message of the guide has both
// languages with the same placeholders and German that says "Sie", and
// its key says it is the guide's.
func TestGuideMessagesAreComplete(t *testing.T) {
	for k, text := range guideText {
		if !strings.HasPrefix(string(k), "model.guide.") {
			t.Errorf("key %q is not the guide's", k)
		}
		for _, problem := range lang.CheckText(k, text) {
			t.Error(problem)
		}
	}
}

// TestGuideIsInert: a network whose name and promises hold HTML, links to
// dangerous schemes, line breaks that would start headings or lists, and
// terminal escapes gives a guide with none of them, rendered by goldmark
// as a permissive viewer would; the guide keeps its one title and one
// question per promise.
func TestGuideIsInert(t *testing.T) {
	mix := rhHTML + "\n" + rhLinks + "\n" + rhEscapes
	p := NewProfile()
	p.Name = rhHTML + rhEscapes
	p.Currency = "<b>EUR</b>"
	p.TargetGroups = []string{rhComment, "# heading\n- item", rhLinks}
	n := NewNetwork()
	n.Name = "Evil\n# Injected title " + rhHTML + rhEscapes
	n.Promises = []Promise{
		{ID: "p1", Category: CategoryContracts, Text: mix, Source: Source(rhHTML)},
		{ID: "p2", Category: CategoryOther, Text: "x\n\n# Injected heading\n\n" + rhRef, Source: Source(rhLinks)},
		{ID: "p3", Category: CategoryOther, Text: rhComment},
	}
	for _, pr := range []*lang.Printer{gdEnglish(), gdGerman()} {
		md := gdGuide(t, pr, p, n)
		if strings.ContainsAny(md, "\x1b\a\u009b\u202e") {
			t.Fatalf("%s: the guide holds control characters: %q", pr.Language(), md)
		}
		var out bytes.Buffer
		gm := goldmark.New(goldmark.WithExtensions(extension.GFM), goldmark.WithRendererOptions(html.WithUnsafe()))
		if err := gm.Convert([]byte(md), &out); err != nil {
			t.Fatal(err)
		}
		page := out.String()
		if m := rhDangerous(page); len(m) > 0 {
			t.Errorf("%s: the HTML holds %q:\n%s", pr.Language(), m, page)
		}
		checks := []struct {
			what string
			n    int
		}{{"<h1>", 1}, {"<h3>", 3}, {`href="https://example.org/ok"`, 3}}
		for _, c := range checks {
			if got := strings.Count(page, c.what); got != c.n {
				t.Errorf("%s: %d × %s, want %d:\n%s", pr.Language(), got, c.what, c.n, page)
			}
		}
		// The text after an unclosed comment stays visible: the
		// back-channel list and the notes follow it.
		if !strings.Contains(page, pr.T(gdNotesHead)) {
			t.Errorf("%s: the notes heading is hidden:\n%s", pr.Language(), page)
		}
	}
}

func TestFindNetworksByIDOrName(t *testing.T) {
	nets := []Network{
		{ID: "n1", Name: "Werkbank Süd"},
		{ID: "n2", Name: "STRASSE Runde"},
		{ID: "gipfel", Name: "Gipfelrunde"},
		{ID: "n4", Name: "Gipfel"},
	}
	ids := func(ns []Network) string {
		var s []string
		for _, n := range ns {
			s = append(s, n.ID)
		}
		return strings.Join(s, ",")
	}
	cases := []struct{ rule, query, want string }{
		{"an id", "n2", "n2"},
		{"a name as written", "Werkbank Süd", "n1"},
		{"a name in another case", "werkbank süd", "n1"},
		{"a name with surrounding spaces", "  Werkbank Süd ", "n1"},
		{"a name folded", "straße runde", "n2"},
		{"a name in fullwidth letters", "Ｇｉｐｆｅｌｒｕｎｄｅ", "gipfel"},
		{"an id that is another network's name is ambiguous", "gipfel", "gipfel,n4"},
		{"an id is exact: no case folding", "N2", ""},
		{"a part of a name is no name", "Werkbank", ""},
		{"nothing is nothing", "", ""},
		{"blanks are nothing", "  ", ""},
	}
	for _, c := range cases {
		if got := ids(FindNetworks(nets, c.query)); got != c.want {
			t.Errorf("%s: FindNetworks(%q) = %q, want %q", c.rule, c.query, got, c.want)
		}
	}
}
