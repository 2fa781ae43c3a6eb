package model

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"charm.land/glamour/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/renderer/html"
)

// Hostile text for the reports: HTML that runs script, closes the report's
// structure or hides the rest of it, links to schemes that run code or
// read files (in inline links, images, autolinks and reference
// definitions, written plainly, with escapes and with entities), and
// terminal escape sequences, as text planted in the database behind
// netvet's back would carry them.
const (
	rhHTML = `<script>alert("s")</script> <img src=x onerror=alert("i")> <svg onload=alert("v")> ` +
		`</blockquote></td></table><a href="javascript:alert('a')">a</a> <iframe src="https://evil.example"></iframe> ` +
		`&lt;script&gt; R&D`
	rhLinks = `[js](javascript:alert(1)) [JS](JaVaScRiPt:alert(2)) [data](data:text/html;base64,PHNjcmlwdD4=) ` +
		`[vb](vbscript:msgbox) [file](file:///etc/passwd) [spaced]( javascript:alert(3)) [esc](javascript\:alert(4)) ` +
		`[entity](&#106;avascript:alert(5)) [colon](javascript&colon;alert(6)) ![img](javascript:alert(7)) ` +
		`[pointy](<javascript:alert(8)>) <javascript:alert(9)> <data:text/html,x> [ref] [ok](https://example.org/ok) ` +
		`[mail](mailto:someone@example.org) [relative](notes/page.md)`
	rhRef      = "[ref]: javascript:alert(10)\n[ref2]:\n  vbscript:alert(11)"
	rhEscapes  = "TIT\x1b]0;PWNED\aLE CLIP\x1b]52;c;UFdORUQ=\aBOARD CSI\x1b[2JCLEAR C1\u009b2JX BIDI\u202eX"
	rhComment  = "Before the comment <!-- the rest is hidden"
	rhTextSeen = "TEXT AFTER THE COMMENT"
)

// hostileReportExport is a database whose every text field holds the
// hostile text.
func hostileReportExport() Export {
	mix := rhHTML + "\n" + rhLinks + "\n" + rhEscapes
	p := NewProfile()
	p.Name = rhHTML + rhEscapes
	p.Positioning = rhComment
	n := NewNetwork()
	n.ID, n.Name = "n1", "Evil "+rhHTML+" "+rhEscapes
	n.Website, n.Contact = "javascript:alert(12)", "<script>alert(13)</script>"
	n.Summary = rhComment + "\n\n" + mix + "\n\n" + rhRef + "\n\n" + rhTextSeen
	n.RatingNotes = mix
	n.Promises = []Promise{{ID: "p1", Category: CategoryContracts, Text: mix, Source: SourceSalesTalk, Notes: rhComment + " " + mix}}
	n.Interviews = []Interview{{
		ID: "i1", Member: "Mallory " + rhHTML, Business: rhLinks, Date: NewDate(2026, 11, 20),
		Answers:  []Answer{{PromiseID: "p1", Answer: AnswerYes, Comment: mix}},
		RedFlags: mix, Notes: "# Notes\n\n" + mix + "\n\n" + rhRef + "\n\n" + rhComment + "\n\n" + rhTextSeen,
	}}
	n.Evidence = []Evidence{{ID: "e1", Description: mix, Beneficiary: rhHTML, Level: LevelDocumented, InterviewID: "i1"}}
	other := NewNetwork()
	other.ID, other.Name = "n2", "The next network"
	return Export{ExportedAt: xpTime, Profile: &p, Networks: []Network{n, other}}
}

// rhTag finds the HTML tags of a page, with their attributes.
var rhTag = regexp.MustCompile(`<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>`)

// rhAllowedTags are the tags goldmark makes from Markdown itself (GFM task
// list boxes are inputs, Markdown images imgs).
var rhAllowedTags = map[string]bool{
	"h1": true, "h2": true, "h3": true, "h4": true, "p": true, "hr": true, "br": true,
	"table": true, "thead": true, "tbody": true, "tr": true, "th": true, "td": true,
	"ul": true, "ol": true, "li": true, "blockquote": true, "strong": true, "em": true,
	"code": true, "pre": true, "a": true, "img": true, "input": true, "del": true,
}

// rhSafeAttr are the attributes those tags may carry: a link or an image
// source to http(s), mailto or a relative page, alternative text and
// titles, a task list box, a list's start, a table cell's alignment.
var rhSafeAttr = regexp.MustCompile(`(?i)^(\s+((href|src)="(https?:|mailto:|[^":]*")[^"]*"?|(alt|title)="[^"]*"|checked=""|disabled=""|start="[0-9]+"|type="checkbox"|style="text-align:[a-z]+"|align="[a-z]+"))*\s*/?$`)

// rhHyperlink finds the target of an OSC 8 hyperlink; rhSafeURL is a
// target a report may link to.
var (
	rhHyperlink = regexp.MustCompile(`^\x1b]8;[^;]*;([^\x07\x1b]*)`)
	rhSafeURL   = regexp.MustCompile(`^(?i)(https?:|mailto:|$)`)
)

// rhDangerous lists what a page holds that is not plain Markdown HTML: a
// tag of another kind, an attribute other than a safe one (event handlers,
// links to javascript:, data:, vbscript:, file:), or a comment.
func rhDangerous(page string) []string {
	var out []string
	for _, m := range rhTag.FindAllStringSubmatch(page, -1) {
		if !rhAllowedTags[strings.ToLower(m[2])] || (m[1] == "" && !rhSafeAttr.MatchString(m[3])) {
			out = append(out, m[0])
		}
	}
	if strings.Contains(page, "<!--") {
		out = append(out, "<!--")
	}
	return out
}

// TestMarkdownReportIsInert renders the report of a hostile database with
// goldmark's HTML renderer, letting raw HTML through as a permissive
// viewer would (html.WithUnsafe), and with glamour, as a terminal viewer
// would: no tag, handler or dangerous link survives, the links to
// http(s) and mailto do, the text after an unclosed <!-- stays visible,
// and no escape sequence from the database reaches either.
func TestMarkdownReportIsInert(t *testing.T) {
	md := rpMarkdown(t, hostileReportExport())
	if strings.ContainsAny(md, "\x1b\a\u009b\u202e") {
		t.Fatalf("the Markdown holds control characters: %q", md)
	}
	var out bytes.Buffer
	gm := goldmark.New(goldmark.WithExtensions(extension.GFM), goldmark.WithRendererOptions(html.WithUnsafe()))
	if err := gm.Convert([]byte(md), &out); err != nil {
		t.Fatal(err)
	}
	page := out.String()
	if m := rhDangerous(page); len(m) > 0 {
		t.Errorf("the HTML holds %q:\n%s", m, page)
	}
	for _, want := range []string{`href="https://example.org/ok"`, `href="mailto:someone@example.org"`, `href="notes/page.md"`,
		rhTextSeen, "The next network", "R&amp;D", "&amp;lt;script&amp;gt;", "TITLE CLIPBOARD CSICLEAR C12JX BIDIX"} {
		if !strings.Contains(page, want) {
			t.Errorf("the HTML lacks %q:\n%s", want, page)
		}
	}
	// The text after the comment shows in both places: the summary and
	// the notes.
	if c := strings.Count(page, rhTextSeen); c != 2 {
		t.Errorf("the HTML shows %q %d times, want 2", rhTextSeen, c)
	}

	r, err := glamour.NewTermRenderer(glamour.WithStandardStyle("dark"), glamour.WithWordWrap(0))
	if err != nil {
		t.Fatal(err)
	}
	term, err := r.Render(md)
	if err != nil {
		t.Fatal(err)
	}
	for s := term; s != ""; {
		seq, _, n, _ := ansi.DecodeSequence(s, ansi.NormalState, nil)
		switch {
		case len(seq) < 2 || seq[0] != ansi.ESC || strings.HasSuffix(seq, "m"):
		case strings.HasPrefix(seq, "\x1b]8;"):
			// glamour makes links hyperlinks: only to safe places.
			if target := rhHyperlink.FindStringSubmatch(seq); target == nil || strings.Contains(target[1], ":") && !rhSafeURL.MatchString(target[1]) {
				t.Errorf("glamour links to %q", seq)
			}
		default:
			t.Errorf("glamour's output holds %q", seq)
		}
		s = s[max(n, 1):]
	}
	shown := ansi.Strip(term)
	for _, want := range []string{rhTextSeen, "The next network", "<script>", "[js](javascript:alert(1))"} {
		if !strings.Contains(shown, want) {
			t.Errorf("glamour does not show %q:\n%s", want, shown)
		}
	}
}

// TestCSVHasNoControlSequences: names planted with escape sequences come
// out of the CSV as the interface shows them, and a formula stays text.
func TestCSVHasNoControlSequences(t *testing.T) {
	e := hostileReportExport()
	e.Networks[1].Name = " \t=HYPERLINK(\"https://evil.example\")"
	rows := rpCSV(t, e)
	if got := rows[1][0]; got != Clean(e.Networks[0].Name) || strings.ContainsAny(got, "\x1b\a") {
		t.Errorf("name %q, want %q", got, Clean(e.Networks[0].Name))
	}
	if got := rows[2][0]; !strings.HasPrefix(got, "'") {
		t.Errorf("the formula %q is not quoted", got)
	}
}

// FuzzMarkdownTextIsInert: whatever the user wrote, once through mdText
// and set in a block quote as the report sets notes, goldmark's permissive
// HTML has no tag, attribute or comment that Markdown alone would not
// make.
func FuzzMarkdownTextIsInert(f *testing.F) {
	for _, s := range []string{rhHTML, rhLinks, rhRef, rhComment, "[a](java\\\nscript:x)", "[a]( \n javascript:x)", "<!--", "&#x6A;avascript:"} {
		f.Add(s)
	}
	gm := goldmark.New(goldmark.WithExtensions(extension.GFM), goldmark.WithRendererOptions(html.WithUnsafe()))
	f.Fuzz(func(t *testing.T, s string) {
		var b strings.Builder
		mdQuote(&b, s)
		var out bytes.Buffer
		if err := gm.Convert([]byte(b.String()), &out); err != nil {
			t.Fatal(err)
		}
		if m := rhDangerous(out.String()); len(m) > 0 {
			t.Fatalf("%q gives %q in:\n%s", s, m, out.String())
		}
	})
}
