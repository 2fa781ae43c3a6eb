package model

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"strings"
	"testing"
)

func rpMarkdown(t *testing.T, e Export) string {
	t.Helper()
	var b bytes.Buffer
	if err := WriteMarkdown(&b, e); err != nil {
		t.Fatalf("WriteMarkdown: %v", err)
	}
	return b.String()
}

func rpCSV(t *testing.T, e Export) [][]string {
	t.Helper()
	var b bytes.Buffer
	if err := WriteCSV(&b, e); err != nil {
		t.Fatalf("WriteCSV: %v", err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatalf("the CSV does not read back: %v\n%s", err, b.String())
	}
	return rows
}

func TestWriteMarkdownSections(t *testing.T) {
	md := rpMarkdown(t, xpExport())
	for _, c := range []struct{ rule, want string }{
		{"a title", "# netvet report\n"},
		{"when and in what currency", "Exported 2026-11-27 10:00 UTC · 2 networks · amounts in EUR."},
		{"the profile", "| Target annual income | €120,000.00 |"},
		{"one numbered section per network", "## 1. Alpha Circle\n"},
		{"the second network too", "## 2. Beta\n"},
		{"the verdict with its label", "### Verdict: Don't join\n"},
		{"the deal-breakers as reasons", "- No compromises: chemistry is rated 2 of 5; you must be able to rely on the members completely\n"},
		{"the next steps of an incomplete network", "- Rate the target group overlap\n"},
		{"the warnings with the verdict", "**Warnings**\n\n- Automatic renewal\n- Extra costs (meals, events, travel)\n- Quotas (visitors or referrals to bring)\n"},
		{"red flags among the warnings", "- Red flags from Jörg Müller: none\n"},
		{"the score breakdown", "| Real contract chances | 0.50 | 30 | 14.93 |"},          // 30 × 0.5 × 100 / 100.5 = 14.925…
		{"the breakdown rounds each figure", "| Member sentiment | 0.70 | 10.5 | 7.31 |"}, // (0.4 + 1) / 2; 10.5 × 0.7 × 100 / 100.5 = 7.313…
		{"the scenarios", "| Pessimistic: the least successful member like you | €8,250.00 | Don't join |"},
		{"missing scenarios say why", "- Interview a member similar to you to see the scenarios\n"},
		{"the profile's new fields", "| Profit margin on your own contracts | 55 % |"},
		{"the weights", "| Score weights | Real contract chances 30; Mentors and coaches 10; Training and events 10; Fit 25; Promise delivery 15; Member sentiment 10.5 |"},
		{"the VAT rate", "| VAT rate on the fees | 19 % |"},
		{"the VAT factor spelled out", "| VAT factor | × 1.19: VAT of 19 % that you cannot reclaim |"},
		{"the tax factor spelled out", "| Tax factor | × 1 / (1 − 0.42): the fees are not deductible |"},
		{"an unknown figure is a question mark", "| Cost of joining over 3 years | ? |"},
		{"the suggestion", "| Suggested from the interviews | €8,250.00 a year: the contracts value of the one similar member (€15,000.00) × your profit margin |"},
		{"fees that are entered", "| Entry fee | €3,000.50 |"},
		{"fees that are not entered", "| Annual fee | Not entered |"},
		{"the make-or-buy figures", "| Your hourly rate | €75.00 |"},
		{"the tax note for the adviser", "Please check with your tax adviser."},
		{"ratings with their meaning", "| Target group overlap | 4 of 5 | Large overlap |"},
		{"unset ratings", "| Training and events | Not rated | — |"},
		{"ticked warning signs", "- [x] Automatic renewal\n"},
		{"unticked warning signs", "- [ ] Pressure to sign quickly\n"},
		{"promises with their derived status", "| Referrals | Contracts | Sales talk | Yes | No | Mixed | 1 / 0 / 0 / 0 | Said twice |"},
		{"a documented promise is confirmed", "| Coffee | Other | a flyer | No | Yes | Confirmed | 0 / 0 / 0 / 1 | — |"},
		{"an interview heading with the business", "#### Interview 1: Jörg Müller — Müller GmbH\n"},
		{"interview facts", "| Contracts through the network, last 12 months | 2, worth €15,000.00 |"},
		{"answers with escaped pipes", "| Referrals | Yes | two \\| three |"},
		{"red flags", "**Red flags**\n\n> none\n"},
		{"notes quoted so their heading stays inside", "> # Call\n>\n> - *good*\n> - ü\n"},
		{"evidence with the interview it came from", "| Audit | Jörg Müller | Yes | €8,000.00 | 2026-06-01 | Reported by the member | Jörg Müller |"},
		{"an empty list says so", "No members have been interviewed."},
		{"multi-line summaries are quoted, HTML escaped", "> Two lines\n> with \"quotes\" & &lt;tags>\n"},
	} {
		if !strings.Contains(md, c.want) {
			t.Errorf("%s: the report lacks %q", c.rule, c.want)
		}
	}
}

func TestWriteMarkdownKeepsTablesWhole(t *testing.T) {
	e := xpExport()
	n := &e.Networks[0]
	n.Promises[0].Text = "A | B\nC"
	n.Interviews[0].Answers[0].Comment = "line one\r\nline | two"
	md := rpMarkdown(t, e)
	for _, want := range []string{"| A \\| B<br>C | Contracts |", "| A \\| B<br>C | Yes | line one<br>line \\| two |"} {
		if !strings.Contains(md, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
	// Every table row has as many cells as its header.
	var cols int
	for _, line := range strings.Split(md, "\n") {
		if !strings.HasPrefix(line, "|") {
			cols = 0
			continue
		}
		cells := strings.Count(strings.ReplaceAll(line, `\|`, ""), "|") - 1
		if cols == 0 {
			cols = cells
		} else if cells != cols {
			t.Errorf("row %q has %d cells, its table %d", line, cells, cols)
		}
	}
}

func TestWriteMarkdownWithoutProfileOrNetworks(t *testing.T) {
	md := rpMarkdown(t, Export{ExportedAt: xpTime})
	for _, want := range []string{"No profile has been set up.", "No networks have been recorded.", "0 networks"} {
		if !strings.Contains(md, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
}

func TestWriteCSV(t *testing.T) {
	rows := rpCSV(t, xpExport())
	if len(rows) != 3 {
		t.Fatalf("got %d rows, want a header and one per network", len(rows))
	}
	if strings.Join(rows[0], ",") != strings.Join(CSVColumns, ",") {
		t.Errorf("header = %q", rows[0])
	}
	want := []string{"Alpha Circle", "mastermind", "interviewing", "3000.50", "0.00", "1", "60", "400", "10000.05",
		"2", "1", "2", "1", "0", "1", "", "dont_join"}
	// The score is whatever the verdict engine says.
	e := xpExport()
	want[15] = strconv.Itoa(ComputeVerdict(*e.Profile, e.OwnNetwork, e.Networks[0]).Score.Total)
	if strings.Join(rows[1], "|") != strings.Join(want, "|") {
		t.Errorf("row = %q\nwant  %q", rows[1], want)
	}
	if rows[2][3] != "" || rows[2][4] != "" || rows[2][7] != "" {
		t.Errorf("fees not entered and build hours not estimated must be empty, got %q", rows[2])
	}
}

func TestWriteCSVQuoting(t *testing.T) {
	cases := []struct{ rule, name, want string }{
		{"commas and quotes are quoted", `Alpha, "the" circle`, `Alpha, "the" circle`},
		{"umlauts stay", "Kreis Süd", "Kreis Süd"},
		{"a formula is defused", "=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"},
		{"a leading plus is defused", "+49 Club", "'+49 Club"},
		{"a leading at sign is defused", "@home", "'@home"},
	}
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			n := NewNetwork()
			n.Name = c.name
			rows := rpCSV(t, Export{Networks: []Network{n}})
			if rows[1][0] != c.want {
				t.Errorf("name cell = %q, want %q", rows[1][0], c.want)
			}
		})
	}
}

// TestMarkdownShowsTheFiguresOfTheVerdict: every make-or-buy figure the
// screens show for a network (MakeOrBuy.Figures of its verdict) stands in
// its Markdown report as it is, so a number on paper is the number on
// screen.
func TestMarkdownShowsTheFiguresOfTheVerdict(t *testing.T) {
	e := Demo(dmToday)
	md := rpMarkdown(t, e)
	for _, n := range e.Networks {
		v := ComputeVerdict(*e.Profile, e.OwnNetwork, n)
		section := md[strings.Index(md, ". "+n.Name+"\n"):]
		if next := strings.Index(section[1:], "\n---\n"); next >= 0 {
			section = section[:next+1]
		}
		for _, f := range v.MakeOrBuy.Figures(e.Profile.Currency) {
			if row := "| " + f.Label + " | " + mdCell(f.Value) + " |"; !strings.Contains(section, row) {
				t.Errorf("%s: the report lacks %q", n.Name, row)
			}
		}
		if !strings.Contains(section, "### Verdict: "+v.Word.Label()+"\n") {
			t.Errorf("%s: the report lacks the verdict %s", n.Name, v.Word.Label())
		}
	}
}
