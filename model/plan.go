package model

import (
	"strings"

	"netvet/model/lang"
)

// What the own-network plan of SPEC.md 1.7 says about itself: each seat's
// pipeline, which seats cover which decisive factor, what the plan's hours
// cost at the user's hourly rate, its warnings and next steps, and the
// summary the comparison shows as the column "Your own network". The plan
// screen, `netvet plan` and the comparison all take their figures from
// here, so that a figure reads the same everywhere; the words are
// messages of plan_text.go, put into a language by a [lang.Printer].

// Pipeline counts a seat's candidates by status.
type Pipeline struct {
	// byStatus holds the counts in the order of [CandidateStatuses].
	byStatus [5]int
}

// Pipeline counts the seat's candidates by status; a status that is not
// one of [CandidateStatuses] is not counted.
func (s Seat) Pipeline() Pipeline {
	var p Pipeline
	for _, c := range s.Candidates {
		if i := statusIndex(c.Status); i >= 0 {
			p.byStatus[i]++
		}
	}
	return p
}

// statusIndex is s's position in [CandidateStatuses], or -1.
func statusIndex(s CandidateStatus) int {
	for i, v := range CandidateStatuses {
		if v == s {
			return i
		}
	}
	return -1
}

// Count is the number of candidates with status s.
func (p Pipeline) Count(s CandidateStatus) int {
	if i := statusIndex(s); i >= 0 {
		return p.byStatus[i]
	}
	return 0
}

// Total is the number of candidates counted.
func (p Pipeline) Total() int {
	n := 0
	for _, c := range p.byStatus {
		n += c
	}
	return n
}

// FilledSeats is the number of seats one of whose candidates has
// committed ([Seat.Filled]).
func (o OwnNetwork) FilledSeats() int {
	n := 0
	for _, s := range o.Seats {
		if s.Filled() {
			n++
		}
	}
	return n
}

// CoversFactor reports whether the seat covers the decisive factor k.
func (s Seat) CoversFactor(k RatingKey) bool {
	for _, c := range s.Covers {
		if c.Valid() && c.Factor() == k {
			return true
		}
	}
	return false
}

// Coverage is how the plan delivers one decisive factor: the user's
// rating of it and the seats that cover it.
type Coverage struct {
	Factor RatingKey
	// Rating is the plan's rating of the factor, Unset when not rated.
	Rating Rating
	// Seats are the indexes in the plan's seats of those that cover the
	// factor, in the plan's order; Filled counts the filled ones among
	// them.
	Seats  []int
	Filled int
}

// Coverage lists, in the order of [FactorKeys], each decisive factor with
// the seats that cover it (`covers`: mentors, training, contracts for
// contract_chances).
func (o OwnNetwork) Coverage() []Coverage {
	out := make([]Coverage, len(FactorKeys))
	for i, k := range FactorKeys {
		out[i] = Coverage{Factor: k, Rating: o.Rating(k)}
		for j, s := range o.Seats {
			if s.CoversFactor(k) {
				out[i].Seats = append(out[i].Seats, j)
				if s.Filled() {
					out[i].Filled++
				}
			}
		}
	}
	return out
}

// PlanWarningKind names one of the plan's warnings (SPEC.md 1.7).
type PlanWarningKind string

// The plan's warnings.
const (
	// PlanWarnNothingGiven: the user gives the seat nothing (i_give is
	// empty), though every partner must get a benefit.
	PlanWarnNothingGiven PlanWarningKind = "nothing_given"
	// PlanWarnNothingGained: the seat gives the user nothing (gives_me is
	// empty).
	PlanWarnNothingGained PlanWarningKind = "nothing_gained"
	// PlanWarnUncovered: no seat covers a decisive factor.
	PlanWarnUncovered PlanWarningKind = "uncovered"
)

// PlanWarning is one warning about the plan.
type PlanWarning struct {
	Kind PlanWarningKind
	// Seat is the index of the seat warned about, or -1 for a warning
	// about a decisive factor.
	Seat int
	// Factor is the decisive factor no seat covers, for
	// PlanWarnUncovered.
	Factor RatingKey
	// Msg says the warning in words.
	Msg lang.Msg
}

// Warnings lists the plan's warnings: for each seat in order, that the
// user gives it nothing, then that it gives the user nothing (text that is
// only white space counts as nothing); then each decisive factor, in the
// order of [FactorKeys], that no seat covers.
func (o OwnNetwork) Warnings() []PlanWarning {
	var out []PlanWarning
	for i, s := range o.Seats {
		if blank(s.IGive) {
			out = append(out, PlanWarning{Kind: PlanWarnNothingGiven, Seat: i, Msg: lang.M(plWarnNothingGiven, s.Role)})
		}
		if blank(s.GivesMe) {
			out = append(out, PlanWarning{Kind: PlanWarnNothingGained, Seat: i, Msg: lang.M(plWarnNothingGained, s.Role)})
		}
	}
	for _, c := range o.Coverage() {
		if len(c.Seats) == 0 {
			out = append(out, PlanWarning{Kind: PlanWarnUncovered, Seat: -1, Factor: c.Factor, Msg: lang.M(plWarnUncoveredPrefix + lang.Key(c.Factor))})
		}
	}
	return out
}

// NoPlan says that the database has no own-network plan yet, and how to
// make one.
func NoPlan() lang.Msg { return lang.M(plNone) }

// blank reports whether s is empty or only white space.
func blank(s string) bool { return strings.TrimSpace(s) == "" }

// NextSteps says what to do to get the plan further, in this order: add
// seats when there are none; find a committed candidate for each unfilled
// seat, naming it, in the plan's order; rate each decisive factor the
// plan does not rate yet (an unrated factor falls short of every network,
// SPEC.md 1.4 step 3); and enter the income and planned hours when the
// hourly rate that prices the plan is unknown.
func (o OwnNetwork) NextSteps(p Profile) []lang.Msg {
	var out []lang.Msg
	if len(o.Seats) == 0 {
		out = append(out, lang.M(plStepAddSeats))
	}
	for _, s := range o.Seats {
		if !s.Filled() {
			out = append(out, lang.M(plStepFillSeat, s.Role))
		}
	}
	for _, k := range FactorKeys {
		if !o.Rating(k).IsSet() {
			out = append(out, lang.M(plStepRatePrefix+lang.Key(k)))
		}
	}
	if !p.HourlyRate().Known {
		out = append(out, lang.M(plStepProfile))
	}
	return out
}

// PlanCost is what the plan's hours cost at the user's hourly rate over
// the profile's horizon H (SPEC.md 1.2 and 1.7).
type PlanCost struct {
	// Horizon is H in years; HourlyRate the profile's, or unknown.
	Horizon    int
	HourlyRate Amount
	// BuildHours is seats × recruiting hours per seat; BuildHoursKnown is
	// false for a plan without seats, which does not yet say what would
	// be built.
	BuildHours      int
	BuildHoursKnown bool
	// UpkeepHoursPerYear is meetings per year × (hours per meeting +
	// preparation hours per meeting).
	UpkeepHoursPerYear int
	// Total is (build hours + upkeep hours per year × H) × the hourly
	// rate: the build_cost of SPEC.md 1.2 for a network priced by the
	// plan, to the cent. Build is build hours × the hourly rate, and
	// Upkeep is Total − Build, so that the two parts add up to the total
	// the comparison shows; each is unknown when the rate or the build
	// hours are.
	Build, Upkeep, Total Amount
}

// Cost prices the plan's hours at the profile's exact hourly rate (hours ×
// income / planned hours, rounded to cents once), over its horizon.
func (o OwnNetwork) Cost(p Profile) PlanCost {
	h := p.effectiveHorizon()
	c := PlanCost{Horizon: h, HourlyRate: p.HourlyRate(), UpkeepHoursPerYear: o.UpkeepHoursPerYear()}
	c.BuildHours, c.BuildHoursKnown = o.BuildHours()
	if !c.BuildHoursKnown {
		return c
	}
	c.Build = p.hourCost(int64(c.BuildHours))
	c.Total = p.hourCost(int64(c.BuildHours) + int64(c.UpkeepHoursPerYear)*int64(h))
	c.Upkeep = c.Total.Minus(c.Build)
	return c
}

// PlanSummary is the plan as the comparison shows it, in its column "Your
// own network" (SPEC.md 3).
type PlanSummary struct {
	// BuildCost is [PlanCost.Total]: the build cost of every network the
	// plan prices.
	BuildCost Amount
	// HoursPerYear is the plan's upkeep hours per year, to compare with a
	// network's membership hours per year.
	HoursPerYear int
	// Factors are the plan's ratings of the decisive factors.
	Factors FactorRatings
	// Filled is the number of filled seats, Seats the number of seats.
	Filled, Seats int
}

// Summary is the plan's column of the comparison, priced with p.
func (o OwnNetwork) Summary(p Profile) PlanSummary {
	return PlanSummary{
		BuildCost:    o.Cost(p).Total,
		HoursPerYear: o.UpkeepHoursPerYear(),
		Factors:      o.Factors,
		Filled:       o.FilledSeats(),
		Seats:        len(o.Seats),
	}
}
