package model

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"netvet/model/lang"
)

// The review fixture: a profile earning €120,000 in 1,600 hours (€75 an
// hour), a margin of 40 %, who cannot reclaim VAT; a network with an
// annual fee of €1,200 at 19 % VAT, an entry fee of €3,000 and €1,000 of
// other benefit a year, with one must-have promise and one other; joined
// on 15 January 2026 for 12 months, renewing yearly with 90 days' notice,
// expecting €10,000 profit and 60 hours a year.
func rwProfile() Profile {
	p := NewProfile()
	p.TargetAnnualIncome = 120_000_00
	p.PlannedHoursPerYear = 1600
	p.MarginalTaxRate = 0.42
	p.CannotReclaimVAT = true
	p.ProfitMargin = ptr(0.4)
	return p
}

// rwAsOf is 20 March 2027: m = 14 whole months, so the window is the last
// 12 months, 21 March 2026 to 20 March 2027.
var rwAsOf = tmDay(2027, 3, 20)

func rwNetwork(ledger ...LedgerEntry) Network {
	n := NewNetwork()
	n.ID, n.Name, n.Status = "w1", "Werkstatt Nord", StatusJoined
	n.EntryFee, n.AnnualFee = xpMoney(3000_00), xpMoney(1200_00)
	n.VATRate = 0.19
	n.OtherBenefitPerYear = 1000_00
	n.Promises = []Promise{
		{ID: "must", Category: CategoryContracts, Text: "Two referrals a quarter", MustHave: true},
		{ID: "nice", Category: CategoryEvents, Text: "Summer party"},
	}
	n.Membership = &Membership{
		JoinedOn: tmDay(2026, 1, 15), MinTermMonths: 12, RenewalTermMonths: 12, NoticeDays: 90, RenewsAutomatically: true,
		Expectations: Expectations{ExpectedProfitPerYear: 10_000_00, OtherBenefitPerYear: 1500_00, MembershipHoursPerYear: 60},
		Ledger:       ledger,
	}
	return n
}

// rwYear is a year of entries inside the window: profit 6,000 × 0.5 +
// 2,500 × 0.4 (the profile's margin) = 4,000; hours 4 × 2.5 + 8 + 1.5 =
// 19.5; costs 4 × 25 (meals) + 150 (a ticket) + 200 = 450; three
// referrals given (to Anna twice, Ben), one received (from Cora).
func rwYear() []LedgerEntry {
	var l []LedgerEntry
	add := func(e LedgerEntry) {
		e.ID = "l" + string(rune('a'+len(l)))
		l = append(l, e)
	}
	for _, mo := range []time.Month{4, 6, 9, 12} {
		add(LedgerEntry{Date: tmDay(2026, mo, 2), Kind: LedgerMeeting, Hours: 250, Amount: 25_00})
	}
	add(LedgerEntry{Date: tmDay(2026, 5, 7), Kind: LedgerEvent, Hours: 800, Amount: 150_00})
	add(LedgerEntry{Date: tmDay(2026, 5, 9), Kind: LedgerOneToOne, Hours: 150, With: "Ben"})
	add(LedgerEntry{Date: tmDay(2026, 6, 10), Kind: LedgerClosedBusiness, Amount: 6000_00, Margin: ptr(0.5), With: "Cora"})
	add(LedgerEntry{Date: tmDay(2026, 11, 2), Kind: LedgerClosedBusiness, Amount: 2500_00})
	add(LedgerEntry{Date: tmDay(2026, 8, 1), Kind: LedgerCost, Amount: 200_00})
	add(LedgerEntry{Date: tmDay(2026, 7, 1), Kind: LedgerReferralGiven, With: "Anna"})
	add(LedgerEntry{Date: tmDay(2026, 8, 1), Kind: LedgerReferralGiven, With: "Ben"})
	add(LedgerEntry{Date: tmDay(2027, 2, 1), Kind: LedgerReferralGiven, With: "Anna"})
	add(LedgerEntry{Date: tmDay(2026, 10, 1), Kind: LedgerReferralReceived, With: "Cora"})
	return l
}

func rwReview(t *testing.T, p Profile, n Network, asOf Date) Review {
	t.Helper()
	r, err := ComputeReview(p, n, asOf)
	if err != nil {
		t.Fatalf("ComputeReview: %v", err)
	}
	return r
}

// rwTexts renders messages in English.
func rwTexts(msgs []lang.Msg) []string { return lang.NewPrinter(lang.Default).Strings(msgs) }

// TestReviewRenewsWhatPaysForItsNextTerm works one review through, figure
// by figure.
func TestReviewRenewsWhatPaysForItsNextTerm(t *testing.T) {
	r := rwReview(t, rwProfile(), rwNetwork(rwYear()...), rwAsOf)
	f := r.Figures
	checks := []struct {
		name      string
		got, want any
	}{
		{"m: 15 Jan 2026 to 20 Mar 2027", r.Months, 14},
		{"window min(14, 12)", f.WindowMonths, 12},
		{"window after 20 Mar 2026", f.Window, DateRange{tmDay(2026, 3, 21), tmDay(2027, 3, 20)}},
		{"profit 6,000 × 0.5 + 2,500 × 0.4", f.ProfitPerYear, KnownAmount(4000_00)},
		{"hours 4 × 2.5 + 8 + 1.5", f.HoursPerYear, Hours(19_50)},
		{"extra cash 4 × 25 + 150 + 200", f.ExtraCashPerYear, Money(450_00)},
		{"cash per year (1,200 + 450) × 1.19", f.CashPerYear, KnownAmount(1963_50)},
		{"forward cash (1,200 + 450) × 1.19 × 12/12", f.ForwardCash, KnownAmount(1963_50)},
		{"forward time 19.5 h × €75 × 1", f.ForwardTime, KnownAmount(1462_50)},
		{"forward cost 1,963.50 + 1,462.50", f.ForwardCost, KnownAmount(3426_00)},
		{"forward benefit (4,000 + 1,000 current other benefit) × 1", f.ForwardBenefit, KnownAmount(5000_00)},
		{"5,000 ≥ 3,426: renew", r.Word, ReviewRenew},
		{"current term end 15 Jan 2028", r.TermEnd, tmDay(2028, 1, 15)},
		{"cancel by 15 Jan 2028 − 90 days", r.CancelBy, tmDay(2027, 10, 17)},
		{"not due on 20 March", r.Due, false},
	}
	for _, c := range checks {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("%s: %v, want %v", c.name, c.got, c.want)
		}
	}
	want := []string{
		"Over the next 12 months it would bring €5,000.00 and cost €3,426.00",
		"The cost is €1,963.50 in fees and extra costs and €1,462.50 of your time",
		"Contracts bring €4,000.00 a year; you expected €10,000.00 (40%)",
		"The membership takes 19.5\u00a0h a year; you expected 60\u00a0h",
		"Referrals given in the last 12 months: 3 (Anna, Ben)",
		"Referrals received in the last 12 months: 1 (Cora)",
	}
	if got := rwTexts(r.Reasons); !reflect.DeepEqual(got, want) {
		t.Errorf("reasons\n%q\nwant\n%q", got, want)
	}
	if len(r.NextSteps) != 0 {
		t.Errorf("next steps %q, want none", rwTexts(r.NextSteps))
	}
}

// TestReviewQuitsWhenTheNextTermCostsMoreThanItBrings: without the big
// deal and without other benefit, the next 12 months bring 2,500 × 0.4 =
// €1,000 and cost €3,426.
func TestReviewQuitsWhenTheNextTermCostsMoreThanItBrings(t *testing.T) {
	var ledger []LedgerEntry
	for _, e := range rwYear() {
		if e.Amount != 6000_00 {
			ledger = append(ledger, e)
		}
	}
	n := rwNetwork(ledger...)
	n.OtherBenefitPerYear = 0
	r := rwReview(t, rwProfile(), n, rwAsOf)
	if r.Word != ReviewQuit || r.Figures.ForwardBenefit != KnownAmount(1000_00) || r.Figures.ForwardCost != KnownAmount(3426_00) {
		t.Fatalf("%s with benefit %v and cost %v, want quit, 1,000 and 3,426", r.Word, r.Figures.ForwardBenefit, r.Figures.ForwardCost)
	}
	// Quit only when the benefit is below the cost: €2,426 of other
	// benefit makes 1,000 + 2,426 = 3,426, exactly the cost.
	for other, want := range map[Money]ReviewWord{2426_00: ReviewRenew, 2425_99: ReviewQuit} {
		n.OtherBenefitPerYear = other
		if w := rwReview(t, rwProfile(), n, rwAsOf).Word; w != want {
			t.Errorf("other benefit %v: %s, want %s", other, w, want)
		}
	}
	got := rwTexts(r.Reasons)
	if got[0] != "Over the next 12 months it would bring €1,000.00 but cost €3,426.00" ||
		got[1] != "Cancel by 2027-10-17, or it renews for 12 months" ||
		got[3] != "Contracts bring €1,000.00 a year; you expected €10,000.00 (10%)" {
		t.Errorf("reasons %q", got)
	}
}

// TestReviewForwardFiguresFollowTheTermAndTheFactors: R is the renewal
// term in years, VAT and tax factors as in SPEC.md 1.2, and hours at the
// exact hourly rate.
func TestReviewForwardFiguresFollowTheTermAndTheFactors(t *testing.T) {
	cases := []struct {
		name                         string
		edit                         func(p *Profile, n *Network)
		cash, time, benefit, perYear Money
	}{
		{"12 months, VAT not reclaimed", func(*Profile, *Network) {}, 1963_50, 1462_50, 5000_00, 1963_50},
		// (1,200 + 450) × 1.19 × 6/12 = 981.75; 19.5 × 75 / 2 = 731.25;
		// (4,000 + 1,000) / 2 = 2,500.
		{"a renewal term of 6 months", func(_ *Profile, n *Network) { n.Membership.RenewalTermMonths = 6 }, 981_75, 731_25, 2500_00, 1963_50},
		// (1,200 + 450) × 1.19 / (1 − 0.42) = 3,385.344… → 3,385.34.
		{"fees not deductible", func(_ *Profile, n *Network) { n.FeesNotDeductible = true }, 3385_34, 1462_50, 5000_00, 3385_34},
		// 1,650 × 1 = 1,650.
		{"VAT reclaimed", func(p *Profile, _ *Network) { p.CannotReclaimVAT = false }, 1650_00, 1462_50, 5000_00, 1650_00},
		// 19.5 h × 100,000 / 1,500 = 1,300 exactly (the rate 66.666… is
		// never rounded first: 19.5 × 66.67 would be 1,300.07).
		{"an hourly rate that is not a whole number of cents", func(p *Profile, _ *Network) { p.TargetAnnualIncome, p.PlannedHoursPerYear = 100_000_00, 1500 }, 1963_50, 1300_00, 5000_00, 1963_50},
	}
	for _, c := range cases {
		p, n := rwProfile(), rwNetwork(rwYear()...)
		c.edit(&p, &n)
		f := rwReview(t, p, n, rwAsOf).Figures
		if f.ForwardCash != KnownAmount(c.cash) || f.ForwardTime != KnownAmount(c.time) || f.ForwardBenefit != KnownAmount(c.benefit) || f.CashPerYear != KnownAmount(c.perYear) {
			t.Errorf("%s: cash %v, time %v, benefit %v, per year %v; want %v, %v, %v, %v", c.name,
				f.ForwardCash, f.ForwardTime, f.ForwardBenefit, f.CashPerYear, c.cash, c.time, c.benefit, c.perYear)
		}
	}
}

// TestReviewIsTooEarlyBeforeSixWholeMonths: m < 6 is too_early, with the
// day the review can start.
func TestReviewIsTooEarlyBeforeSixWholeMonths(t *testing.T) {
	n := rwNetwork(rwYear()...)
	n.Membership.JoinedOn = tmDay(2026, 1, 31)
	cases := []struct {
		asOf   Date
		months int
		want   ReviewWord
	}{
		{tmDay(2026, 1, 31), 0, ReviewTooEarly},
		{tmDay(2026, 7, 30), 5, ReviewTooEarly},
		{tmDay(2026, 7, 31), 6, ReviewRenew},
	}
	for _, c := range cases {
		r := rwReview(t, rwProfile(), n, c.asOf)
		if r.Months != c.months || r.Word != c.want {
			t.Errorf("as of %s: m = %d, %s; want %d, %s", c.asOf, r.Months, r.Word, c.months, c.want)
		}
	}
	r := rwReview(t, rwProfile(), n, tmDay(2026, 7, 30))
	if got := rwTexts(r.Reasons); !reflect.DeepEqual(got, []string{"Returns take time; review from 2026-07-31"}) {
		t.Errorf("reasons %q", got)
	}
	if r := rwReview(t, rwProfile(), n, tmDay(2026, 2, 27)); r.Figures != nil {
		t.Errorf("no whole month yet, but figures %+v", r.Figures)
	}
}

// TestReviewWindowIsTheLastMinMTwelveMonthsAnnualised: entries dated after
// T minus the window and up to T count, × 12 / window.
func TestReviewWindowIsTheLastMinMTwelveMonthsAnnualised(t *testing.T) {
	deal := func(id string, d Date, amount Money) LedgerEntry {
		return LedgerEntry{ID: id, Date: d, Kind: LedgerClosedBusiness, Amount: amount, Margin: ptr(0.5)}
	}
	meeting := func(id string, d Date) LedgerEntry {
		return LedgerEntry{ID: id, Date: d, Kind: LedgerMeeting, Hours: 10_00, Amount: 30_00}
	}
	cases := []struct {
		name    string
		asOf    Date
		ledger  []LedgerEntry
		window  int
		profit  Money
		hours   Hours
		costs   Money
		comment string
	}{
		{
			"m = 8: eight months, × 12/8", tmDay(2026, 9, 20),
			[]LedgerEntry{deal("a", tmDay(2026, 1, 20), 10_000_00), deal("b", tmDay(2026, 1, 21), 4000_00), meeting("c", tmDay(2026, 5, 1)), deal("d", tmDay(2026, 9, 21), 50_000_00)},
			8, 3000_00, 15_00, 45_00,
			"20 Jan is T − 8 months, outside; 4,000 × 0.5 × 12/8 = 3,000; 10 h × 1.5 = 15 h; 30 × 1.5 = 45; 21 Sep is after T",
		},
		{
			"m = 20: the last 12 months", tmDay(2027, 9, 20),
			[]LedgerEntry{deal("a", tmDay(2026, 9, 20), 10_000_00), deal("b", tmDay(2026, 9, 21), 4000_00), meeting("c", tmDay(2027, 9, 20))},
			12, 2000_00, 10_00, 30_00,
			"20 Sep 2026 is T − 12 months, outside; 4,000 × 0.5; 10 h; 30; T itself counts",
		},
		{
			"m = 7: an annualisation that rounds", tmDay(2026, 8, 15),
			[]LedgerEntry{{ID: "a", Date: tmDay(2026, 3, 1), Kind: LedgerCost, Amount: 100_00}, {ID: "b", Date: tmDay(2026, 3, 2), Kind: LedgerEvent, Hours: 1}},
			7, 0, 2, 171_43,
			"100 × 12/7 = 171.428… → 171.43; 0.01 h × 12/7 = 0.017… → 0.02 h",
		},
		{
			"m = 6 on 31 July: after 31 January", tmDay(2026, 7, 31),
			[]LedgerEntry{deal("a", tmDay(2026, 1, 31), 1000_00), deal("b", tmDay(2026, 2, 1), 1000_00)},
			6, 1000_00, 0, 0,
			"31 Jul − 6 months = 31 Jan, outside; 1,000 × 0.5 × 12/6 = 1,000",
		},
	}
	for _, c := range cases {
		r := rwReview(t, rwProfile(), rwNetwork(c.ledger...), c.asOf)
		f := r.Figures
		if f.WindowMonths != c.window || f.ProfitPerYear != KnownAmount(c.profit) || f.HoursPerYear != c.hours || f.ExtraCashPerYear != c.costs {
			t.Errorf("%s: window %d, profit %v, hours %v, costs %v; want %d, %v, %v, %v (%s)", c.name,
				f.WindowMonths, f.ProfitPerYear, f.HoursPerYear, f.ExtraCashPerYear, c.window, c.profit, c.hours, c.costs, c.comment)
		}
	}
	// The window's first day when counting back clamps: T = 31 March
	// 2027 with a month to look at is after 28 February.
	n := rwNetwork()
	n.Membership.JoinedOn = tmDay(2027, 2, 28)
	if f := rwReview(t, rwProfile(), n, tmDay(2027, 3, 31)).Figures; f.Window.First != tmDay(2027, 3, 1) {
		t.Errorf("window from %s, want 2027-03-01", f.Window.First)
	}
}

// TestReviewNeverCountsSunkCosts: neither the entry fee nor the fees paid
// in the years before change the forward cost.
func TestReviewNeverCountsSunkCosts(t *testing.T) {
	base := rwReview(t, rwProfile(), rwNetwork(rwYear()...), rwAsOf)
	dearEntry := rwNetwork(rwYear()...)
	dearEntry.EntryFee = xpMoney(50_000_00)
	// Joined four years earlier: three more years of fees paid, the same
	// last twelve months.
	older := rwNetwork(rwYear()...)
	older.Membership.JoinedOn = tmDay(2022, 1, 15)
	noEntry := rwNetwork(rwYear()...)
	noEntry.EntryFee = nil
	for name, n := range map[string]Network{"an entry fee of 50,000": dearEntry, "four years of fees paid": older, "no entry fee entered": noEntry} {
		r := rwReview(t, rwProfile(), n, rwAsOf)
		if r.Word != base.Word || r.Figures.ForwardCost != base.Figures.ForwardCost || r.Figures.ForwardBenefit != base.Figures.ForwardBenefit {
			t.Errorf("%s: %s, cost %v, benefit %v; want %s, %v, %v as without", name, r.Word, r.Figures.ForwardCost, r.Figures.ForwardBenefit,
				base.Word, base.Figures.ForwardCost, base.Figures.ForwardBenefit)
		}
	}
}

// TestReviewQuitsWhenAMustHavePromisesLatestCheckIsNo: the latest check by
// date, then by ledger order, up to T.
func TestReviewQuitsWhenAMustHavePromisesLatestCheckIsNo(t *testing.T) {
	check := func(id, promise string, d Date, a AnswerValue) LedgerEntry {
		return LedgerEntry{ID: id, Date: d, Kind: LedgerPromiseCheck, PromiseID: promise, Answer: a}
	}
	cases := []struct {
		name   string
		checks []LedgerEntry
		want   ReviewWord
	}{
		{"yes, then no: quit", []LedgerEntry{check("a", "must", tmDay(2026, 5, 1), AnswerYes), check("b", "must", tmDay(2026, 9, 1), AnswerNo)}, ReviewQuit},
		{"no, then yes: renew", []LedgerEntry{check("a", "must", tmDay(2026, 5, 1), AnswerNo), check("b", "must", tmDay(2026, 9, 1), AnswerYes)}, ReviewRenew},
		{"the later date wins, not the later entry", []LedgerEntry{check("a", "must", tmDay(2026, 9, 1), AnswerNo), check("b", "must", tmDay(2026, 5, 1), AnswerYes)}, ReviewQuit},
		{"the same day: the later entry wins (yes)", []LedgerEntry{check("a", "must", tmDay(2026, 9, 1), AnswerNo), check("b", "must", tmDay(2026, 9, 1), AnswerYes)}, ReviewRenew},
		{"the same day: the later entry wins (no)", []LedgerEntry{check("a", "must", tmDay(2026, 9, 1), AnswerYes), check("b", "must", tmDay(2026, 9, 1), AnswerNo)}, ReviewQuit},
		{"partly is not no", []LedgerEntry{check("a", "must", tmDay(2026, 9, 1), AnswerPartly)}, ReviewRenew},
		{"a check after T does not count", []LedgerEntry{check("a", "must", tmDay(2027, 3, 21), AnswerNo)}, ReviewRenew},
		{"a no from before the window still counts", []LedgerEntry{check("a", "must", tmDay(2026, 2, 1), AnswerNo)}, ReviewQuit},
		{"a promise that is not a must-have", []LedgerEntry{check("a", "nice", tmDay(2026, 9, 1), AnswerNo)}, ReviewRenew},
	}
	for _, c := range cases {
		r := rwReview(t, rwProfile(), rwNetwork(append(rwYear(), c.checks...)...), rwAsOf)
		if r.Word != c.want {
			t.Errorf("%s: %s, want %s (%q)", c.name, r.Word, c.want, rwTexts(r.Reasons))
		}
	}
	r := rwReview(t, rwProfile(), rwNetwork(append(rwYear(), cases[0].checks...)...), rwAsOf)
	got := rwTexts(r.Reasons)
	if got[0] != "You answered no to the must-have promise 'Two referrals a quarter' on 2026-09-01" || got[2] != "Cancel by 2027-10-17, or it renews for 12 months" {
		t.Errorf("reasons %q", got)
	}
}

// TestReviewIsIncompleteWhenAFigureIsUnknown: a closed deal without a
// margin when the profile has none, or no annual fee, or no hourly rate.
func TestReviewIsIncompleteWhenAFigureIsUnknown(t *testing.T) {
	noMargin := func(p *Profile, _ *Network) { p.ProfitMargin = nil }
	cases := []struct {
		name         string
		edit         func(p *Profile, n *Network)
		word         ReviewWord
		reasons      []string
		steps        []string
		profitKnown  bool
		forwardKnown bool
	}{
		{
			"a closed business without any margin", noMargin, ReviewIncomplete,
			[]string{"The closed deal of 2026-11-02 has no margin, and your profile has none"},
			[]string{"Enter the margin of each closed deal, or your profit margin in the profile"}, false, true,
		},
		{
			"two closed deals without any margin", func(p *Profile, n *Network) {
				p.ProfitMargin = nil
				n.Membership.Ledger = append(n.Membership.Ledger, LedgerEntry{ID: "x", Date: tmDay(2026, 4, 1), Kind: LedgerClosedBusiness, Amount: 100_00})
			}, ReviewIncomplete,
			[]string{"2 closed deals have no margin, and your profile has none (the first of 2026-04-01)"},
			[]string{"Enter the margin of each closed deal, or your profit margin in the profile"}, false, true,
		},
		{
			"a deal without a margin outside the window does not count", func(p *Profile, n *Network) {
				p.ProfitMargin = nil
				n.Membership.Ledger = slicesFilter(n.Membership.Ledger, func(e LedgerEntry) bool { return e.Margin != nil || e.Kind != LedgerClosedBusiness })
				n.Membership.Ledger = append(n.Membership.Ledger, LedgerEntry{ID: "x", Date: tmDay(2026, 2, 1), Kind: LedgerClosedBusiness, Amount: 100_00})
			}, ReviewRenew, nil, nil, true, true,
		},
		{
			"the profile's margin fills in", func(*Profile, *Network) {}, ReviewRenew, nil, nil, true, true,
		},
		{
			"no annual fee", func(_ *Profile, n *Network) { n.AnnualFee = nil }, ReviewIncomplete,
			[]string{"The annual fee is not entered"}, []string{"Enter the annual fee"}, true, false,
		},
		{
			"no hourly rate", func(p *Profile, _ *Network) { p.TargetAnnualIncome, p.PlannedHoursPerYear = 0, 0 }, ReviewIncomplete,
			[]string{"Your hourly rate is unknown: the target income or the planned hours are not entered"},
			[]string{"Enter your target annual income in the profile", "Enter your planned working hours per year in the profile"}, true, false,
		},
	}
	for _, c := range cases {
		p, n := rwProfile(), rwNetwork(rwYear()...)
		c.edit(&p, &n)
		r := rwReview(t, p, n, rwAsOf)
		if r.Word != c.word || !reflect.DeepEqual(rwTextsOrNil(r.Reasons, c.word), c.reasons) || !reflect.DeepEqual(rwTextsOrNil(r.NextSteps, ""), c.steps) {
			t.Errorf("%s: %s, reasons %q, steps %q; want %s, %q, %q", c.name, r.Word, rwTexts(r.Reasons), rwTexts(r.NextSteps), c.word, c.reasons, c.steps)
		}
		if r.Figures.ProfitPerYear.Known != c.profitKnown || r.Figures.ForwardCost.Known != c.forwardKnown {
			t.Errorf("%s: profit known %v, forward cost known %v; want %v, %v", c.name, r.Figures.ProfitPerYear.Known, r.Figures.ForwardCost.Known, c.profitKnown, c.forwardKnown)
		}
	}
}

// rwTextsOrNil renders msgs, or nil when they are empty or the review is
// not incomplete (then only the incomplete reasons are compared).
func rwTextsOrNil(msgs []lang.Msg, word ReviewWord) []string {
	if len(msgs) == 0 || word != "" && word != ReviewIncomplete {
		return nil
	}
	return rwTexts(msgs)
}

func slicesFilter[T any](s []T, keep func(T) bool) []T {
	var out []T
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

// TestReviewAsOfBeforeJoiningIsRefused with a message that names the day,
// the network and its joining day.
func TestReviewAsOfBeforeJoiningIsRefused(t *testing.T) {
	n := rwNetwork()
	_, err := ComputeReview(rwProfile(), n, tmDay(2026, 1, 14))
	var be *BeforeJoiningError
	if !errors.As(err, &be) || err.Error() != `2026-01-14 is before the membership of "Werkstatt Nord" began (2026-01-15); a review needs a day on or after it` {
		t.Fatalf("error %v", err)
	}
	if _, err := ComputeReview(rwProfile(), n, tmDay(2026, 1, 15)); err != nil {
		t.Errorf("on the joining day: %v", err)
	}
	if err := CheckReviewDay([]Network{rwNetwork(), fxNetwork()}, tmDay(2025, 12, 31)); !errors.As(err, &be) || be.Network != "Werkstatt Nord" {
		t.Errorf("CheckReviewDay: %v", err)
	}
	declined := rwNetwork()
	declined.Status = StatusDeclined
	if err := CheckReviewDay([]Network{declined}, tmDay(2025, 12, 31)); err != nil {
		t.Errorf("a network no longer joined is not reviewed, but: %v", err)
	}
	if _, err := ComputeReview(rwProfile(), fxNetwork(), rwAsOf); !errors.Is(err, ErrNoMembership) {
		t.Errorf("without a membership: %v", err)
	}
}

// TestReviewDeadlineInWords: cancel by, a passed cancel-by day, and a
// membership that does not renew.
func TestReviewDeadlineInWords(t *testing.T) {
	cases := []struct {
		name string
		edit func(m *Membership)
		asOf Date
		want string
	}{
		{"renewing", func(*Membership) {}, tmDay(2026, 9, 1), "Cancel by 2026-10-17, or it renews for 12 months"},
		{"a monthly renewal", func(m *Membership) { m.RenewalTermMonths = 1 }, tmDay(2026, 9, 1), "Cancel by 2026-10-17, or it renews for a month"},
		{"after the cancel-by day", func(*Membership) {}, tmDay(2026, 12, 1), "The cancel-by date 2026-10-17 has passed: it renews on 2027-01-15; cancel by 2027-10-17 to leave on 2028-01-15"},
		{"not renewing", func(m *Membership) { m.RenewsAutomatically = false }, tmDay(2026, 12, 1), "It does not renew automatically: it ends on 2027-01-15"},
		{"not renewing, ended", func(m *Membership) { m.RenewsAutomatically = false }, tmDay(2027, 6, 1), "It did not renew automatically and ended on 2027-01-15"},
	}
	for _, c := range cases {
		n := rwNetwork(rwYear()...)
		c.edit(n.Membership)
		r := rwReview(t, rwProfile(), n, c.asOf)
		if got := r.Deadline().String(); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
	// A membership that does not renew is reviewed after its one term has
	// ended, all the same.
	n := rwNetwork(rwYear()...)
	n.Membership.RenewsAutomatically = false
	if r := rwReview(t, rwProfile(), n, tmDay(2027, 6, 1)); r.Word != ReviewRenew || r.TermEnd != tmDay(2027, 1, 15) {
		t.Errorf("after its one term: %s, term end %s", r.Word, r.TermEnd)
	}
}

// TestReviewSpeaksGerman: the reasons render in German with German
// numbers and dates, and every message of the catalog has its German text
// in the neutral style (lang.Register checks that at start-up).
func TestReviewSpeaksGerman(t *testing.T) {
	de := lang.NewPrinter(lang.Locale{Language: lang.German})
	r := rwReview(t, rwProfile(), rwNetwork(rwYear()...), rwAsOf)
	got := de.Strings(r.Reasons)
	want := []string{
		"In den nächsten 12 Monaten brächte sie 5.000,00\u00a0€ und kostete 3.426,00\u00a0€",
		"Die Kosten sind 1.963,50\u00a0€ für Beiträge und Nebenkosten und 1.462,50\u00a0€ an eigener Zeit",
		"Aufträge bringen 4.000,00\u00a0€ im Jahr; erwartet waren 10.000,00\u00a0€ (40\u00a0%)",
		"Die Mitgliedschaft beansprucht 19,5\u00a0h im Jahr; erwartet waren 60\u00a0h",
		"Weitergegebene Empfehlungen in den letzten 12 Monaten: 3 (Anna, Ben)",
		"Erhaltene Empfehlungen in den letzten 12 Monaten: 1 (Cora)",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("German reasons\n%q\nwant\n%q", got, want)
	}
	if s := de.Render(r.Deadline()); s != "Bis zum 17.10.2027 kündigen, sonst verlängert sie sich um 12 Monate" {
		t.Errorf("German deadline %q", s)
	}
	for k := range reviewText {
		if s := de.T(k, 2, 3, 4, 5); strings.HasPrefix(s, "model.review.") {
			t.Errorf("%s has no German text: %q", k, s)
		}
	}
}
