package model

import "strconv"

// The demo's two memberships (SPEC.md 1.6): the Werkbank Süd, joined a
// little over a year ago, whose contracts come and whose review says
// renew; and the Ideenschmiede Rheinaue, joined for its tax seminars
// almost two years ago, which cancelled them and takes more time than it
// brings: its review says quit, and its cancel-by day is weeks away, so
// `netvet due` lists it.

// demoJoined marks n as joined on joined, with the terms and expectations
// of [NewMembership] and the ledger entries, numbered l1, l2, … in order.
func demoJoined(p Profile, plan *OwnNetwork, n Network, joined Date, ledger []LedgerEntry) Network {
	m := NewMembership(p, plan, n, joined)
	for i := range ledger {
		ledger[i].ID = "l" + strconv.Itoa(i+1)
	}
	m.Ledger = ledger
	n.Status = StatusJoined
	n.Membership = &m
	return n
}

// demoRenewing is the Werkbank Süd joined 13 months and 10 days before
// today. Over the last 12 months: two deals (€9,500 at the profile's 60 %
// and €4,000 at 50 %, so €7,700 profit against €9,000 expected), 44 hours
// (48 expected) and €370 of meals and travel; with €1,800 of fees and the
// €1,500 of other benefit, the next 12 months bring €9,200 and cost
// (1,800 + 370) + 44 h × €73.33… = €5,396.67: renew.
func demoRenewing(today Date, p Profile, plan *OwnNetwork, n Network) Network {
	ago := func(days int) Date { return today.AddDays(-days) }
	half := 0.5
	breakfast := func(days int) LedgerEntry {
		return LedgerEntry{Date: ago(days), Kind: LedgerMeeting, Hours: HoursOf(2), Amount: MoneyFromMajor(25), Note: "Breakfast meeting"}
	}
	ledger := []LedgerEntry{
		breakfast(395),
		{Date: ago(390), Kind: LedgerPromiseCheck, PromiseID: "p3", Answer: AnswerYes, Note: "The first workshop, on tenders, was as good as promised."},
		breakfast(350), breakfast(320), breakfast(290), breakfast(260), breakfast(230),
		{Date: ago(300), Kind: LedgerOneToOne, Hours: 150, With: "Katrin Weißmüller", Note: "She introduced me to two engineers."},
		{Date: ago(280), Kind: LedgerEvent, Hours: HoursOf(6), Note: "Workshop: framework contracts"},
		{Date: ago(270), Kind: LedgerReferralReceived, With: "Katrin Weißmüller", Note: "Pump manufacturer wants a usability study."},
		{Date: ago(240), Kind: LedgerPromiseCheck, PromiseID: "p1", Answer: AnswerYes, Note: "Two mentoring sessions this quarter, as promised."},
		{Date: ago(215), Kind: LedgerClosedBusiness, Amount: MoneyFromMajor(9500), With: "Katrin Weißmüller", Note: "Usability study for the pump manufacturer."},
		{Date: ago(200), Kind: LedgerReferralGiven, With: "Thomas O'Brien", Note: "A client needed manuals in English."},
		{Date: ago(190), Kind: LedgerOneToOne, Hours: 150, With: "Jörg Hämmerle"},
		{Date: ago(180), Kind: LedgerPromiseCheck, PromiseID: "p2", Answer: AnswerPartly, Note: "Referrals come, but mostly for engineers."},
		breakfast(170), breakfast(140),
		{Date: ago(160), Kind: LedgerEvent, Hours: HoursOf(6), Note: "Workshop: pricing"},
		{Date: ago(150), Kind: LedgerCost, Amount: MoneyFromMajor(120), Note: "Train to the summer event in Ulm"},
		{Date: ago(130), Kind: LedgerReferralReceived, With: "Jörg Hämmerle"},
		{Date: ago(120), Kind: LedgerOneToOne, Hours: 150, With: "Thomas O'Brien"},
		{Date: ago(100), Kind: LedgerClosedBusiness, Amount: MoneyFromMajor(4000), Margin: &half, With: "Jörg Hämmerle", Note: "Service blueprint workshop, shared with his process consulting."},
		breakfast(110), breakfast(80), breakfast(50),
		{Date: ago(90), Kind: LedgerReferralReceived, With: "Jörg Hämmerle"},
		{Date: ago(70), Kind: LedgerReferralGiven, With: "Katrin Weißmüller"},
		{Date: ago(60), Kind: LedgerEvent, Hours: HoursOf(6), Note: "Workshop: research with engineers"},
		{Date: ago(45), Kind: LedgerOneToOne, Hours: 150, With: "Fiona McAllister"},
		{Date: ago(30), Kind: LedgerPromiseCheck, PromiseID: "p2", Answer: AnswerYes, Note: "Third referral this year, this time for me."},
	}
	return demoJoined(p, plan, n, today.AddMonths(-13).AddDays(-10), ledger)
}

// demoQuitting is the Ideenschmiede Rheinaue, joined so that the cancel-by
// day of its second term is 40 days after today (joined 24 months less
// 130 days ago: term end in 130 days, 90 days' notice; a day less when
// that end would be a 29 February). The must-have
// promise of free seminars was answered no; and over the last 12 months
// one deal of €1,200 (€720 profit at 60 %) and €800 of other benefit
// against €240 of fees, €210 of costs and 38 hours (€2,786.67): quit.
func demoQuitting(today Date, p Profile, plan *OwnNetwork, n Network) Network {
	ago := func(days int) Date { return today.AddDays(-days) }
	regulars := func(days int) LedgerEntry {
		return LedgerEntry{Date: ago(days), Kind: LedgerMeeting, Hours: HoursOf(3), Amount: MoneyFromMajor(15), Note: "Monthly regulars' table"}
	}
	ledger := []LedgerEntry{
		{Date: ago(560), Kind: LedgerEvent, Hours: HoursOf(4), Note: "Seminar: contracts for freelancers"},
		{Date: ago(550), Kind: LedgerPromiseCheck, PromiseID: "p1", Answer: AnswerYes, Note: "The first seminar was useful."},
		regulars(500), regulars(440), regulars(400),
		regulars(350), regulars(320), regulars(290), regulars(260), regulars(230),
		{Date: ago(300), Kind: LedgerReferralGiven, With: "Lena Schröder", Note: "A bakery chain needed photos."},
		{Date: ago(250), Kind: LedgerEvent, Hours: HoursOf(4), Note: "Seminar: taxes (a sales pitch for an accounting app)"},
		{Date: ago(220), Kind: LedgerCost, Amount: MoneyFromMajor(60), Note: "Entry in the printed member directory"},
		{Date: ago(200), Kind: LedgerClosedBusiness, Amount: MoneyFromMajor(1200), With: "David Clarke", Note: "Usability check of a client's website."},
		regulars(200), regulars(170), regulars(140), regulars(110), regulars(80),
		{Date: ago(150), Kind: LedgerReferralReceived, With: "David Clarke"},
		{Date: ago(120), Kind: LedgerEvent, Hours: HoursOf(4), Note: "Seminar cancelled at the door; the evening went to networking"},
		{Date: ago(90), Kind: LedgerReferralGiven, With: "Miriam Aydın"},
		{Date: ago(60), Kind: LedgerPromiseCheck, PromiseID: "p1", Answer: AnswerNo, Note: "Two of three seminars this year were cancelled, the third was a sales pitch."},
	}
	return demoJoined(p, plan, n, today.AddDays(130).AddMonths(-24), ledger)
}
