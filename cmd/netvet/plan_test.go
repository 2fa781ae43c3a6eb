package main

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"netvet/model"
	"netvet/store"
)

// plDB writes e into a fresh database through the store, plan included,
// and returns its path.
func plDB(t *testing.T, e model.Export) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "netvet.db")
	st, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Import(e, false); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// plContains checks that out has every one of want.
func plContains(t *testing.T, what, out string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(out, w) {
			t.Errorf("%s lacks %q:\n%s", what, w, out)
		}
	}
}

// TestPlanCommandOnTheDemo prints the demo's plan in both formats and both
// languages: the overview has the design, the hours and their cost, the
// coverage, every seat with its candidates, the warning and the next
// steps; the Markdown has the goal, the seats and the agenda, and nothing
// that is the user's alone.
func TestPlanCommandOnTheDemo(t *testing.T) {
	dir := dtEnv(t)
	demo := dtDemo(t, dir)
	const nb = "\u00a0"

	gtLocale(t, "C")
	text := dtMust(t, "plan", "--db", demo)
	plContains(t, "the English overview", text,
		"Your own network\n", "Goal           A small circle of independent experts",
		"Meetings       10 a year, 3"+nb+"h each plus 1"+nb+"h preparation",
		"Your hourly rate                            €73.33",
		"4 seats × 6"+nb+"h = 24"+nb+"h   €1,760.00",
		"40"+nb+"h a year            €8,800.00 over 3 years",
		"€10,560.00 over 3 years",
		"Mentors and coaches     4 of 5   1 seat: Retired head of product development (mentor)",
		"Seats: 2 of 4 filled",
		"3. Industrial designer — open",
		"Candidates   1 approached; 1 at a one-to-one; 1 dropped",
		"Dr. Helga Brandt   Committed   target group 5 · strengths 5 · positioning 4 · chemistry 5 · reliability 5",
		"Notes: Moved to Munich.",
		"  - You give the seat 'B2B sales trainer' nothing: every partner must get a benefit from the network",
		"  - Find a committed candidate for the seat 'Industrial designer'\n  - Find a committed candidate for the seat 'B2B sales trainer'\n")
	if strings.Contains(text, "Find a committed candidate for the seat 'Mechanical") {
		t.Error("the overview asks to fill a filled seat")
	}

	md := dtMust(t, "plan", "--db", demo, "--format", "markdown")
	plContains(t, "the English Markdown", md,
		"# A network of our own: a proposal\n\nJana Beispiel proposes a small network",
		"## Goal\n\nA small circle of independent experts",
		"## Target group\n\nMid-sized manufacturers (Mittelstand) in Baden-Württemberg\n",
		"### 1. Retired head of product development (mentor) — filled\n\n- **Offers:** Mentoring on pricing",
		"- **Gains:** A view of current UX practice",
		"### 4. B2B sales trainer — open\n\n- **Offers:** Training in selling research to engineers\n- **Gains:** to be agreed\n",
		"## First meeting: agenda\n\n1. **Introductions.**",
		"2. **What each seat offers.**\n   - **Retired head of product development (mentor):** Mentoring on pricing",
		"3. **How referrals will flow.**",
		"4. **Meeting rhythm.** 10 meetings a year of 3"+nb+"h each, with about 1"+nb+"h of preparation per meeting.",
		"5. **Next steps.** Fill the open seats (Industrial designer; B2B sales trainer) and agree the date of the next meeting.\n")
	plPrivate(t, md)

	gtLocale(t, "de_DE.UTF-8")
	text = dtMust(t, "plan", "--db", demo)
	plContains(t, "the German overview", text,
		"Ihr eigenes Netzwerk\n", "10 im Jahr, je 3"+nb+"h plus 1"+nb+"h Vorbereitung",
		"73,33"+nb+"€", "4 Sitze × 6"+nb+"h = 24"+nb+"h", "10.560,00"+nb+"€ über 3 Jahre",
		"Mentoren & Coaches", "4 von 5", "Sitze: 2 von 4 besetzt", "3. Industrial designer — offen",
		"Zugesagt", "Einzelgespräch geführt", "Notizen: Moved to Munich.",
		"Der Sitz „B2B sales trainer“ bekommt von Ihnen nichts",
		"  - Eine feste Zusage für den Sitz „Industrial designer“ gewinnen\n")
	md = dtMust(t, "plan", "--db", demo, "--format", "markdown")
	plContains(t, "the German Markdown", md,
		"# Ein eigenes Netzwerk: ein Vorschlag\n\nJana Beispiel schlägt ein kleines Netzwerk",
		"## Die Sitze", "- **Bietet:** ", "- **Gewinnt:** noch zu klären",
		"## Erstes Treffen: Tagesordnung", "**Vorstellung.**", "**Wie Empfehlungen fließen.**",
		"4. **Treffen.** 10 Treffen im Jahr von je 3"+nb+"h, mit etwa 1"+nb+"h Vorbereitung pro Treffen.",
		"5. **Nächste Schritte.** Die offenen Sitze besetzen (Industrial designer; B2B sales trainer)")
	plPrivate(t, md)
	for _, english := range []string{"Your own", "Seats", "Offers", "agenda", "Next steps", "committed"} {
		if strings.Contains(text+md, english) {
			t.Errorf("the German plan says %q", english)
		}
	}
}

// plPrivate checks that the sendable Markdown has none of what is the
// user's alone: the demo's candidates' names and notes, their ratings,
// the plan's ratings, the warnings and the costs.
func plPrivate(t *testing.T, md string) {
	t.Helper()
	plan := model.Demo(model.DateOf(time.Now())).OwnNetwork
	for _, s := range plan.Seats {
		for _, c := range s.Candidates {
			if strings.Contains(md, c.Name) || c.Notes != "" && strings.Contains(md, c.Notes) {
				t.Errorf("the Markdown names the candidate %q or their notes", c.Name)
			}
		}
	}
	for _, private := range []string{"of 5", "von 5", "target group 5", "Zielgruppe 5", "€", "gives you nothing", "nothing:", "nichts", "Notes", "Notizen", "Committed", "Zugesagt"} {
		if strings.Contains(md, private) {
			t.Errorf("the Markdown holds %q:\n%s", private, md)
		}
	}
}

// TestPlanCommandChoosesTheLanguage: --lang, else the profile's
// language, else the environment's.
func TestPlanCommandChoosesTheLanguage(t *testing.T) {
	e := model.Demo(model.DateOf(time.Now()))
	e.Profile.Language = model.LanguageGerman
	german := plDB(t, e)
	e.Profile.Language = model.LanguageUnset
	unset := plDB(t, e)
	const en, de = "Your own network\n", "Ihr eigenes Netzwerk\n"
	const mdEn, mdDe = "# A network of our own: a proposal\n", "# Ein eigenes Netzwerk: ein Vorschlag\n"
	for _, c := range []struct {
		name, env string
		args      []string
		want      string
	}{
		{"the environment without a profile language", "de_DE.UTF-8", []string{"plan", "--db", unset}, de},
		{"the profile's language before the environment's", "en_US.UTF-8", []string{"plan", "--db", german}, de},
		{"--lang before the profile's language", "de_DE.UTF-8", []string{"plan", "--db", german, "--lang", "en"}, en},
		{"--lang before the environment", "en_US.UTF-8", []string{"plan", "--lang=de", "--db", unset}, de},
		{"the Markdown in the profile's language", "C", []string{"plan", "--db", german, "--format", "markdown"}, mdDe},
		{"the Markdown in the language of --lang", "C", []string{"plan", "--db", german, "--format", "markdown", "--lang", "en"}, mdEn},
	} {
		gtLocale(t, c.env)
		if out := dtMust(t, c.args...); !strings.HasPrefix(out, c.want) {
			t.Errorf("%s: the plan begins %.60q, want %q", c.name, out, c.want)
		}
	}
}

// TestPlanCommandWithoutAPlan: one line that says how to make a plan, in
// the user's language, and exit 1; nothing on standard output, so that
// nothing empty is sent to anyone.
func TestPlanCommandWithoutAPlan(t *testing.T) {
	e := model.Demo(model.DateOf(time.Now()))
	e.OwnNetwork = nil
	db := plDB(t, e)
	for _, c := range []struct{ lang, want string }{
		{"C", "netvet: no own-network plan yet: press o in netvet to plan your own network, or import one with netvet import FILE"},
		{"de_DE.UTF-8", "netvet: noch kein Plan für ein eigenes Netzwerk: in netvet o drücken, um das eigene Netzwerk zu planen, oder einen Plan mit netvet import DATEI importieren"},
	} {
		gtLocale(t, c.lang)
		for _, format := range []string{"text", "markdown"} {
			r := dtRun(t, "", "plan", "--db", db, "--format", format)
			if r.code != exitFailure || r.stdout != "" || r.stderr != c.want+"\n" {
				t.Errorf("%s, %s: exit %d, stdout %q, stderr %q; want exit 1 and %q", c.lang, format, r.code, r.stdout, r.stderr, c.want)
			}
		}
	}
}

// TestPlanCommandUsage: an unknown format and an argument are usage
// errors (exit 2), named in one line.
func TestPlanCommandUsage(t *testing.T) {
	dir := dtEnv(t)
	demo := dtDemo(t, dir)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"plan", "--db", demo, "--format", "html"}, `netvet: unknown format "html" (use text or markdown)`},
		{[]string{"plan", "--db", demo, "extra"}, `netvet: unexpected argument "extra"`},
	} {
		r := dtRun(t, "", c.args...)
		if r.code != exitUsage || r.stdout != "" {
			t.Errorf("%q: exit %d, stdout %q; want exit 2", c.args, r.code, r.stdout)
		}
		stderrLines(t, r.stderr, regexp.QuoteMeta(c.want), regexp.QuoteMeta(hintUsage))
	}
}

// TestPlanCommandKeepsImportedTextInert: a plan imported with HTML, a
// script link and Markdown of its own prints that text as text in the
// Markdown, and as written on the terminal.
func TestPlanCommandKeepsImportedTextInert(t *testing.T) {
	e := model.Demo(model.DateOf(time.Now()))
	e.OwnNetwork.Seats[0].Role = `<script>alert(1)</script> [click](javascript:alert(2))`
	e.OwnNetwork.Goal = "A *shared* goal <!-- hide the rest"
	db := plDB(t, e)
	gtLocale(t, "C")
	md := dtMust(t, "plan", "--db", db, "--format", "markdown")
	plContains(t, "the Markdown", md, "### 1. &lt;script>alert(1)&lt;/script> [click]\\(javascript:alert(2)) — filled",
		"A *shared* goal &lt;!-- hide the rest\n\n## Target group")
	if strings.Contains(md, "<script") || strings.Contains(md, "](javascript") || strings.Contains(md, "<!--") {
		t.Errorf("the Markdown lets HTML or a script link through:\n%s", md)
	}
	plContains(t, "the overview", dtMust(t, "plan", "--db", db),
		"1. <script>alert(1)</script> [click](javascript:alert(2)) — filled")
}
