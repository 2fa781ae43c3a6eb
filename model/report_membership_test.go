package model

import (
	"encoding/json"
	"strings"
	"testing"

	"netvet/model/lang"
)

// TestLedgerYearsSumEachMembershipYear: years run from the joining day,
// entries after T are left out, a deal without any margin makes its
// year's profit unknown.
func TestLedgerYearsSumEachMembershipYear(t *testing.T) {
	p := rwProfile()
	m := *rwNetwork(rwYear()...).Membership
	m.Ledger = append(m.Ledger,
		LedgerEntry{ID: "y2", Date: tmDay(2027, 1, 15), Kind: LedgerMeeting, Hours: 200, Amount: 20_00},
		LedgerEntry{ID: "late", Date: tmDay(2027, 3, 21), Kind: LedgerCost, Amount: 999_00},
	)
	years := LedgerYears(p, m, rwAsOf)
	if len(years) != 2 {
		t.Fatalf("%d years, want 2 (14 months)", len(years))
	}
	y1, y2 := years[0], years[1]
	// Year 1, 15 Jan 2026 to 14 Jan 2027: the fixture's year (hours 19.5,
	// costs 450, profit 3,000 + 1,000, revenue 6,000 + 2,500); the
	// referral of 1 Feb 2027 is in year 2.
	if y1.Period != (DateRange{tmDay(2026, 1, 15), tmDay(2027, 1, 14)}) || y1.Hours != 19_50 || y1.Spent != 450_00 ||
		y1.Given != 2 || y1.Received != 1 || y1.Revenue != 8500_00 || y1.Profit != KnownAmount(4000_00) || y1.Entries != 12 {
		t.Errorf("year 1: %+v", y1)
	}
	// Year 2 so far, 15 Jan to 20 Mar 2027: one meeting, one referral; the
	// cost of 21 March is after T.
	if y2.Period != (DateRange{tmDay(2027, 1, 15), rwAsOf}) || y2.Hours != 200 || y2.Spent != 20_00 || y2.Given != 1 || y2.Profit != KnownAmount(0) {
		t.Errorf("year 2: %+v", y2)
	}
	p.ProfitMargin = nil
	if y := LedgerYears(p, m, rwAsOf)[0]; y.Profit.Known || y.Revenue != 8500_00 {
		t.Errorf("without the profile's margin, year 1's profit %v, revenue %v; want unknown, 8,500", y.Profit, y.Revenue)
	}
	if LedgerYears(p, m, tmDay(2026, 1, 14)) != nil {
		t.Error("years before joining")
	}
}

// TestMarkdownMembershipSection: terms, deadlines, totals per year, actual
// against expected and the review of a joined network.
func TestMarkdownMembershipSection(t *testing.T) {
	p := rwProfile()
	check := LedgerEntry{ID: "pc", Date: tmDay(2026, 9, 1), Kind: LedgerPromiseCheck, PromiseID: "must", Answer: AnswerNo}
	n := rwNetwork(append(rwYear(), check)...)
	n.Membership.Expectations.Promises = []PromiseExpectation{{PromiseID: "must", Status: PromiseConfirmed}}
	n.Membership.Expectations.CashCostPerYear = xpMoney(1428_00)
	md := rpMarkdown(t, Export{ExportedAt: xpTime, Profile: &p, Networks: []Network{n}, AsOf: rwAsOf})
	for _, want := range []string{
		"### Membership\n",
		"| Minimum term | 12 months |",
		"| Notice period | 90 days |",
		"| First review | 2026-07-15 to 2026-08-14 |",
		"| Current term ends | 2028-01-15 |",
		"| Cancel by | 2027-10-17 |",
		"| Review due | No |",
		"Cancel by 2027-10-17, or it renews for 12 months\n",
		"| 1 | 2026-01-15 to 2027-01-14 | 19.5\u00a0h | €450.00 | 2 | 1 | €8,500.00 | €4,000.00 |",
		"Actual: the last 12 months, per year. Expected: when you joined.",
		"| Profit from contracts per year | €4,000.00 | €10,000.00 |",
		"| Fees and extra costs per year | €1,963.50 | €1,428.00 |",
		"| Promise 'Two referrals a quarter' | No on 2026-09-01 | Confirmed |",
		"| Promise 'Summer party' | Not checked | — |",
		"#### Review: Quit\n\nAs of 2027-03-20, 14 months after joining.",
		"- You answered no to the must-have promise 'Two referrals a quarter' on 2026-09-01\n",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
	// The section comes with the verdict, before the fees.
	if strings.Index(md, "### Membership") > strings.Index(md, "### Fees and make or buy") {
		t.Error("the membership section comes after the fees")
	}
	// A network with a membership that is no longer joined keeps its terms
	// and totals, without a review.
	n.Status = StatusDeclined
	md = rpMarkdown(t, Export{ExportedAt: xpTime, Profile: &p, Networks: []Network{n}, AsOf: rwAsOf})
	if !strings.Contains(md, "| Renewal term | 12 months |") || !strings.Contains(md, "#### Totals per membership year") || strings.Contains(md, "#### Review") {
		t.Errorf("a declined network's membership section:\n%s", md)
	}
	// Without --as-of the review is as of the export's day.
	n.Status = StatusJoined
	if md := rpMarkdown(t, Export{ExportedAt: xpTime, Profile: &p, Networks: []Network{n}}); !strings.Contains(md, "As of 2026-11-27, 10 months after joining.") {
		t.Error("the review is not as of the export's day")
	}
}

// TestVerdictReportHasTheReviewOfJoinedNetworks: {verdict, cancel_by, due,
// reasons} for a joined network, null for the others (SPEC.md 4.2).
func TestVerdictReportHasTheReviewOfJoinedNetworks(t *testing.T) {
	joined := rwNetwork(rwYear()...)
	due := rwNetwork(rwYear()...)
	due.ID, due.Name = "w2", "Werkstatt Süd"
	due.Membership.JoinedOn = tmDay(2026, 4, 10)
	report := NewVerdictReport(lang.NewPrinter(lang.Default), rwProfile(), nil, []Network{fxNetwork(), joined, due}, tmDay(2027, 12, 20))
	b, err := json.Marshal(report)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Networks []struct {
			ID     string
			Review *struct {
				Verdict  string   `json:"verdict"`
				CancelBy string   `json:"cancel_by"`
				Due      *bool    `json:"due"`
				Reasons  []string `json:"reasons"`
			} `json:"review"`
		} `json:"networks"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, n := range doc.Networks {
		if n.Review == nil {
			got[n.ID] = "null"
			continue
		}
		got[n.ID] = n.Review.Verdict + " " + n.Review.CancelBy
		if n.Review.Due != nil && *n.Review.Due {
			got[n.ID] += " due"
		}
		if len(n.Review.Reasons) == 0 {
			t.Errorf("%s: no reasons", n.ID)
		}
	}
	// As of 20 Dec 2027 the window (21 Dec 2026 to 20 Dec 2027) holds
	// only the referral of 1 Feb 2027: the €1,000 of other benefit
	// against €1,200 × 1.19 = €1,428 of fees: quit. Werkstatt Nord's term ends on 15 Jan 2028,
	// cancel by 17 Oct 2027 (passed); Werkstatt Süd's ends on 10 Apr
	// 2028, cancel by 11 Jan 2028, a review due from 12 Dec 2027.
	want := map[string]string{"alpha": "null", "w1": "quit 2027-10-17", "w2": "quit 2028-01-11 due"}
	for id, w := range want {
		if got[id] != w {
			t.Errorf("%s: review %q, want %q", id, got[id], w)
		}
	}
}
