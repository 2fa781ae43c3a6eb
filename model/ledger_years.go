package model

// LedgerYear is the ledger of one membership year summed up: the hours,
// the money spent, the referrals both ways and the closed business.
type LedgerYear struct {
	// Number is 1 for the first membership year.
	Number int
	// Period runs from joined_on + (Number − 1) × 12 months to the day
	// before joined_on + Number × 12 months, or to the day asked about for
	// the year that is still running.
	Period DateRange
	// Entries counts the year's entries.
	Entries int
	Hours   Hours
	// Spent is the money of every entry but closed business.
	Spent           Money
	Given, Received int
	// Revenue is the closed business's revenue; Profit Σ revenue × margin,
	// each deal rounded to cents, unknown when a deal has no margin and
	// the profile has none.
	Revenue Money
	Profit  Amount
}

// LedgerYears sums the ledger of m by membership year, up to the day
// asOf: one [LedgerYear] for every year begun by then, none when asOf is
// before the joining day. Entries after asOf are left out; entries dated
// before the joining day count towards the first year.
func LedgerYears(p Profile, m Membership, asOf Date) []LedgerYear {
	if asOf.Before(m.JoinedOn) {
		return nil
	}
	years := make([]LedgerYear, m.JoinedOn.MonthsUntil(asOf)/12+1)
	for i := range years {
		y := &years[i]
		y.Number = i + 1
		y.Period = DateRange{First: m.JoinedOn.AddMonths(12 * i), Last: m.JoinedOn.AddMonths(12 * (i + 1)).AddDays(-1)}
		if asOf.Before(y.Period.Last) {
			y.Period.Last = asOf
		}
		y.Profit = KnownAmount(0)
	}
	for _, e := range m.Ledger {
		if asOf.Before(e.Date) {
			continue
		}
		i := max(0, m.JoinedOn.MonthsUntil(e.Date)/12)
		years[i].add(p, e)
	}
	return years
}

// add counts e towards y.
func (y *LedgerYear) add(p Profile, e LedgerEntry) {
	y.Entries++
	y.Hours += e.Hours
	switch e.Kind {
	case LedgerClosedBusiness:
		y.Revenue += e.Amount
		if v, ok := entryProfit(p, e); ok {
			y.Profit = y.Profit.Plus(KnownAmount(v))
		} else {
			y.Profit = Amount{}
		}
	case LedgerReferralGiven:
		y.Given++
	case LedgerReferralReceived:
		y.Received++
	default:
		y.Spent += e.Amount
	}
}
