package model

import (
	"bytes"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/renderer/html"

	"netvet/model/lang"
)

// hostilePlan is a plan whose every text field holds the hostile text of
// the report's test, and a profile whose name does.
func hostilePlan() (Profile, OwnNetwork) {
	mix := rhHTML + "\n" + rhLinks + "\n" + rhEscapes
	p := fxProfile()
	p.Name = rhHTML + rhEscapes
	o := plPlan()
	o.Goal = rhComment + "\n\n" + mix + "\n\n" + rhRef + "\n\n" + rhTextSeen
	o.TargetGroup = mix
	o.Seats[0].Role = "Role " + rhHTML + rhEscapes
	o.Seats[0].GivesMe, o.Seats[0].IGive = mix, rhComment+" "+mix
	o.Seats[1].Role = rhLinks
	o.Seats[1].Candidates[0].Name = "Mallory " + rhEscapes
	o.Seats[1].Candidates[0].Notes = mix
	return p, o
}

// TestPlanMarkdownIsInert renders the sendable Markdown of a hostile plan
// with goldmark, letting raw HTML through as a permissive viewer would: no
// tag, handler or dangerous link survives, safe links do, the text after
// an unclosed <!-- stays visible, and no escape sequence reaches it.
func TestPlanMarkdownIsInert(t *testing.T) {
	p, o := hostilePlan()
	for _, loc := range []lang.Locale{{Language: lang.English}, {Language: lang.German}} {
		var md strings.Builder
		if err := WritePlanMarkdown(&md, lang.NewPrinter(loc), p, o); err != nil {
			t.Fatal(err)
		}
		if strings.ContainsAny(md.String(), "\x1b\a\u009b\u202e") {
			t.Fatalf("%v: the Markdown holds control characters: %q", loc, md.String())
		}
		var out bytes.Buffer
		gm := goldmark.New(goldmark.WithExtensions(extension.GFM), goldmark.WithRendererOptions(html.WithUnsafe()))
		if err := gm.Convert([]byte(md.String()), &out); err != nil {
			t.Fatal(err)
		}
		page := out.String()
		if m := rhDangerous(page); len(m) > 0 {
			t.Errorf("%v: the HTML holds %q:\n%s", loc, m, page)
		}
		for _, want := range []string{`href="https://example.org/ok"`, rhTextSeen, "R&amp;D", "TITLE CLIPBOARD CSICLEAR C12JX BIDIX"} {
			if !strings.Contains(page, want) {
				t.Errorf("%v: the HTML lacks %q:\n%s", loc, want, page)
			}
		}
		// The candidate's name and notes are private: even hostile, they
		// are not in the Markdown at all.
		if strings.Contains(md.String(), "Mallory") {
			t.Errorf("%v: the Markdown names a candidate:\n%s", loc, md.String())
		}
	}
}

// TestPlanTextIsCleanForTheTerminal: the overview for the terminal shows
// the hostile plan with every control sequence removed, each field on its
// own line, and nothing that could start a sequence.
func TestPlanTextIsCleanForTheTerminal(t *testing.T) {
	p, o := hostilePlan()
	o.Seats[0].IGive = ""
	for _, loc := range []lang.Locale{{Language: lang.English}, {Language: lang.German}} {
		var b strings.Builder
		if err := WritePlanText(&b, lang.NewPrinter(loc), p, o); err != nil {
			t.Fatal(err)
		}
		text := b.String()
		for _, r := range text {
			if r != '\n' && (r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || IsBidiControl(r)) {
				t.Fatalf("%v: the overview holds %U:\n%q", loc, r, text)
			}
		}
		for _, want := range []string{"Mallory TITLE CLIPBOARD CSICLEAR C12JX BIDIX", rhTextSeen} {
			if !strings.Contains(text, want) {
				t.Errorf("%v: the overview lacks %q:\n%s", loc, want, text)
			}
		}
		// A warning quotes the role: cleaned as well.
		if !strings.Contains(text, CleanLine(o.Seats[0].Role)) {
			t.Errorf("%v: the warning lacks the cleaned role %q:\n%s", loc, CleanLine(o.Seats[0].Role), text)
		}
	}
}
