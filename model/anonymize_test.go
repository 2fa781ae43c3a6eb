package model

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

// anNet is a network whose interviews are with the given members.
func anNet(name string, members ...string) Network {
	n := NewNetwork()
	n.Name = name
	for i, m := range members {
		n.Interviews = append(n.Interviews, Interview{ID: "i" + string(rune('1'+i)), Member: m})
	}
	return n
}

func TestAnonymizeNames(t *testing.T) {
	cases := []struct {
		rule string
		nets func() []Network
		// check returns what to compare and what it must be.
		got  func(out []Network) string
		want string
	}{
		{
			rule: "members are numbered in order of first appearance across networks",
			nets: func() []Network {
				return []Network{anNet("A", "Eva Ost", "Tom West"), anNet("B", "Ute Süd", "eva  OST")}
			},
			got: func(out []Network) string {
				return out[0].Interviews[0].Member + "," + out[0].Interviews[1].Member + "," + out[1].Interviews[0].Member + "," + out[1].Interviews[1].Member
			},
			want: "Member 1,Member 2,Member 3,Member 1",
		},
		{
			rule: "a beneficiary who is a member gets the member's alias, ignoring case",
			nets: func() []Network {
				n := anNet("A", "Eva Ost")
				n.Evidence = []Evidence{{Beneficiary: "EVA OST"}, {Beneficiary: "Kai Nord"}, {Beneficiary: ""}}
				return []Network{n, anNet("B", "Zoe Berg")}
			},
			got: func(out []Network) string {
				e := out[0].Evidence
				return e[0].Beneficiary + "," + e[1].Beneficiary + "," + e[2].Beneficiary + "," + out[1].Interviews[0].Member
			},
			want: "Member 1,Member 2,,Member 3",
		},
		{
			rule: "the member a ledger entry was with gets the member's alias, and ledger notes are searched",
			nets: func() []Network {
				n := anNet("A", "Eva Ost")
				n.Membership = &Membership{Ledger: []LedgerEntry{
					{Kind: LedgerReferralReceived, With: "eva ost"},
					{Kind: LedgerClosedBusiness, With: "Kai Nord", Note: "Deal with Kai Nord, thanks to Eva"},
				}}
				return []Network{n}
			},
			got: func(out []Network) string {
				l := out[0].Membership.Ledger
				return l[0].With + "," + l[1].With + "," + l[1].Note
			},
			want: "Member 1,Member 2,Deal with Member 2, thanks to Member 1",
		},
		{
			rule: "a full name in notes is replaced ignoring case",
			nets: func() []Network {
				n := anNet("A", "Eva Ost", "Tom West")
				n.Interviews[1].Notes = "eva ost told me; so did TOM WEST."
				return []Network{n}
			},
			got:  func(out []Network) string { return out[0].Interviews[1].Notes },
			want: "Member 1 told me; so did Member 2.",
		},
		{
			rule: "a part of a name is replaced as written",
			nets: func() []Network {
				n := anNet("A", "Jörg Hämmerle")
				n.Interviews[0].Business = "Hämmerle Prozessberatung"
				n.Interviews[0].RedFlags = "Jörg's partner is a hämmerle fan"
				return []Network{n}
			},
			got: func(out []Network) string {
				return out[0].Interviews[0].Business + " / " + out[0].Interviews[0].RedFlags
			},
			want: "Member 1 Prozessberatung / Member 1's partner is a hämmerle fan",
		},
		{
			rule: "a name inside a longer word is kept",
			nets: func() []Network {
				n := anNet("A", "Anna Kern")
				n.Summary = "Annabelle and Kernel met Anna."
				return []Network{n}
			},
			got:  func(out []Network) string { return out[0].Summary },
			want: "Annabelle and Kernel met Member 1.",
		},
		{
			rule: "a part two members share becomes 'a member'",
			nets: func() []Network {
				n := anNet("A", "Anna Kern", "Anna Lund")
				n.Interviews[0].Notes = "Anna said Lund and Kern agree."
				return []Network{n}
			},
			got:  func(out []Network) string { return out[0].Interviews[0].Notes },
			want: "a member said Member 2 and Member 1 agree.",
		},
		{
			rule: "short parts, particles, titles and honorifics are kept",
			nets: func() []Network {
				n := anNet("A", "Dr. Li von Frau Berg")
				n.Promises = []Promise{{Text: "Dr. Li von Frau: Berg"}}
				return []Network{n}
			},
			got:  func(out []Network) string { return out[0].Promises[0].Text },
			want: "Dr. Li von Frau: Member 1",
		},
		{
			rule: "the longest match wins",
			nets: func() []Network {
				n := anNet("A", "Ole", "Ole Berg")
				n.Evidence = []Evidence{{Description: "Ole Berg and Ole"}}
				return []Network{n}
			},
			got:  func(out []Network) string { return out[0].Evidence[0].Description },
			want: "Member 2 and Member 1",
		},
		{
			rule: "every free-text field is searched",
			nets: func() []Network {
				n := anNet("A", "Eva Ost")
				n.Summary, n.Contact, n.RatingNotes = "Eva", "Ost", "Eva Ost"
				n.Promises = []Promise{{Text: "Eva", Source: "Ost", Notes: "Eva"}}
				n.Interviews[0].Answers = []Answer{{Comment: "Ost"}}
				n.Evidence = []Evidence{{Description: "Eva"}}
				return []Network{n}
			},
			got: func(out []Network) string {
				n := out[0]
				return strings.Join([]string{n.Summary, n.Contact, n.RatingNotes, n.Promises[0].Text, string(n.Promises[0].Source),
					n.Promises[0].Notes, n.Interviews[0].Answers[0].Comment, n.Evidence[0].Description}, ",")
			},
			want: "Member 1,Member 1,Member 1,Member 1,Member 1,Member 1,Member 1,Member 1",
		},
		{
			rule: "network names are the user's own and kept",
			nets: func() []Network { return []Network{anNet("Eva Ost Circle", "Eva Ost")} },
			got:  func(out []Network) string { return out[0].Name },
			want: "Eva Ost Circle",
		},
	}
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			if got := c.got(Anonymize(c.nets())); got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

// TestAnonymizePlanCandidates: the plan's candidates get aliases after
// the networks' members, one person one alias across both, and their names
// are replaced in the plan's free text.
func TestAnonymizePlanCandidates(t *testing.T) {
	plan := NewOwnNetwork()
	plan.Goal = "A circle around Eva Ost"
	plan.Seats = []Seat{
		{ID: "s1", Role: "Lawyer like Kai", GivesMe: "Work from Kai Nord", IGive: "Audits for Eva",
			Candidates: []Candidate{{ID: "c1", Name: "Kai Nord", Notes: "Knows Eva Ost"}, {ID: "c2", Name: "EVA OST"}}},
		{ID: "s2", Role: "Designer", Candidates: []Candidate{{ID: "c1", Name: "Ute Süd"}}},
	}
	in := Export{Networks: []Network{anNet("A", "Eva Ost")}, OwnNetwork: &plan}
	out := AnonymizeExport(in)
	o := out.OwnNetwork
	got := strings.Join([]string{
		o.Seats[0].Candidates[0].Name, o.Seats[0].Candidates[1].Name, o.Seats[1].Candidates[0].Name,
		o.Seats[0].Candidates[0].Notes, o.Seats[0].GivesMe, o.Seats[0].IGive, o.Goal, o.Seats[0].Role,
	}, "|")
	want := "Member 2|Member 1|Member 3|Knows Member 1|Work from Member 2|Audits for Member 1|A circle around Member 1|Lawyer like Member 2"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if plan.Seats[0].Candidates[0].Name != "Kai Nord" || plan.Seats[0].GivesMe != "Work from Kai Nord" {
		t.Error("AnonymizeExport changed the input plan")
	}
	if AnonymizeExport(Export{}).OwnNetwork != nil {
		t.Error("an export without a plan got one")
	}
}

func TestAnonymizeLeavesTheInputAlone(t *testing.T) {
	nets := xpExport().Networks
	before := xpJSON(t, Export{ExportedAt: xpTime, Networks: nets})
	out := Anonymize(nets)
	out[0].Interviews[0].Answers[0].Comment = "changed"
	*out[0].EntryFee = 1
	*out[0].Interviews[0].Recommendation = 1
	out[0].Warnings[0] = WarnNoTrial
	if after := xpJSON(t, Export{ExportedAt: xpTime, Networks: nets}); after != before {
		t.Error("Anonymize or a change to its result changed the input")
	}
}

// anNames lists every member name and name part of the networks that the
// anonymized output must not contain.
func anNames(nets []Network) []string {
	var out []string
	add := func(name string) {
		if name == "" {
			return
		}
		out = append(out, name)
		for _, part := range strings.Fields(name) {
			if anonUsablePart(part) {
				out = append(out, part)
			}
		}
	}
	for _, n := range nets {
		for _, iv := range n.Interviews {
			add(iv.Member)
		}
		for _, e := range n.Evidence {
			add(e.Beneficiary)
		}
	}
	return out
}

func TestAnonymizedDemoInEveryFormat(t *testing.T) {
	demo := Demo(NewDate(2026, time.November, 27))
	p, nets := *demo.Profile, demo.Networks
	names := anNames(nets)
	for _, s := range demo.OwnNetwork.Seats {
		for _, c := range s.Candidates {
			names = append(names, c.Name)
		}
	}
	if len(names) < 20 {
		t.Fatalf("the demo has only %d names to hide; the test would prove little", len(names))
	}
	e := AnonymizeExport(Export{ExportedAt: xpTime, Profile: &p, Networks: nets, OwnNetwork: demo.OwnNetwork})
	var js, md, cs bytes.Buffer
	if err := e.WriteJSON(&js); err != nil {
		t.Fatal(err)
	}
	if err := WriteMarkdown(&md, e); err != nil {
		t.Fatal(err)
	}
	if err := WriteCSV(&cs, e); err != nil {
		t.Fatal(err)
	}
	for format, out := range map[string]string{"json": js.String(), "markdown": md.String(), "csv": cs.String()} {
		for _, name := range names {
			if strings.Contains(out, name) {
				t.Errorf("%s: the anonymized export contains %q", format, name)
			}
		}
	}
	for _, want := range []string{`"member": "Member 1"`, `"beneficiary": "Member 4"`} {
		if !strings.Contains(js.String(), want) {
			t.Errorf("the anonymized JSON lacks %s", want)
		}
	}
	if !strings.Contains(md.String(), "He confirmed what Member 1 said about the mentoring.") {
		t.Error("a name in another member's notes must get that member's alias")
	}
}
