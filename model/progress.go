package model

import "slices"

// Step is one step of the due-diligence checklist (SPEC.md 3), numbered 1 to
// [NumSteps].
type Step int

// Checklist steps in order (SPEC.md 3).
const (
	StepBasics Step = iota + 1
	StepPromises
	StepInterviews
	StepContractFlow
	StepFit
	StepMakeOrBuy
	StepVerdict
)

// NumSteps is the number of checklist steps.
const NumSteps = 7

// Steps returns every step in order.
func Steps() []Step {
	return []Step{StepBasics, StepPromises, StepInterviews, StepContractFlow, StepFit, StepMakeOrBuy, StepVerdict}
}

// Valid reports whether s is one of [Steps].
func (s Step) Valid() bool { return s >= StepBasics && s <= StepVerdict }

// Label is the user-facing name of s.
func (s Step) Label() string {
	if !s.Valid() {
		return ""
	}
	return stepLabels[s-1]
}

// Mark is how complete a checklist step is.
type Mark int

// Completeness marks of a step.
const (
	MarkOpen Mark = iota
	MarkPartly
	MarkDone
)

// Label is the user-facing name of m.
func (m Mark) Label() string {
	if m < MarkOpen || m > MarkDone {
		return ""
	}
	return markLabels[m]
}

// StepMarks says how complete each checklist step is; index i holds step
// i + 1. The rules:
//
//  1. Basics & fees: done when the name, a valid kind, the entry fee and the
//     annual fee are all entered; partly when some are; open when none is.
//  2. Promised services: done when there is a promise and no must-have
//     promise is unverified; partly when there are promises but a must-have
//     is unverified; open without promises.
//  3. Member interviews: done when at least min-interviews interviews are
//     recorded, one with a member similar to the user and one with a member
//     the network did not introduce; partly when there are interviews; open
//     without.
//  4. Contract flow: done when some evidence is at member_reported or
//     documented level; partly when there is only hearsay; open without
//     evidence.
//  5. Fit & decisive factors: done when all eight ratings are set; partly
//     when some are; open when none is.
//  6. Make or buy: done when the profile's income and hours are entered
//     and build hours are known, the network's or the own-network plan's;
//     partly when some are; open when none is.
//  7. Verdict: done when the verdict is anything but keep_investigating,
//     that is when a deal-breaker holds, or the checklist of SPEC.md 1.4
//     step 2 is complete and step 3 does not ask for a better own-network
//     plan; open otherwise (never partly).
//
// plan is the own-network plan, or nil.
func StepMarks(p Profile, plan *OwnNetwork, n Network) [NumSteps]Mark {
	statuses := n.PromiseStatuses()
	var marks [NumSteps]Mark

	marks[StepBasics-1] = markOf(n.Name != "", n.Kind.Valid(), n.EntryFee != nil, n.AnnualFee != nil)

	if len(n.Promises) > 0 {
		marks[StepPromises-1] = MarkDone
		if slices.ContainsFunc(n.Promises, func(pr Promise) bool {
			return pr.MustHave && statuses[pr.ID] == PromiseUnverified
		}) {
			marks[StepPromises-1] = MarkPartly
		}
	}

	if len(n.Interviews) > 0 {
		marks[StepInterviews-1] = MarkPartly
		similar := slices.ContainsFunc(n.Interviews, func(iv Interview) bool { return iv.SimilarToMe })
		independent := slices.ContainsFunc(n.Interviews, func(iv Interview) bool { return !iv.IntroducedByNetwork })
		if len(n.Interviews) >= p.effectiveMinInterviews() && similar && independent {
			marks[StepInterviews-1] = MarkDone
		}
	}

	switch {
	case slices.ContainsFunc(n.Evidence, func(e Evidence) bool { return e.Level.proven() }):
		marks[StepContractFlow-1] = MarkDone
	case len(n.Evidence) > 0:
		marks[StepContractFlow-1] = MarkPartly
	}

	ratings := make([]bool, 0, len(FitKeys)+len(FactorKeys))
	for _, k := range append(slices.Clone(FitKeys), FactorKeys...) {
		ratings = append(ratings, n.Rating(k).IsSet())
	}
	marks[StepFit-1] = markOf(ratings...)

	marks[StepMakeOrBuy-1] = markOf(p.TargetAnnualIncome > 0, p.PlannedHoursPerYear > 0, BuildHoursKnown(plan, n))

	if len(dealBreakers(p, n, statuses)) > 0 ||
		(len(missingSteps(checklist(p, plan, n, statuses))) == 0 && !needsPlan(p, plan, n)) {
		marks[StepVerdict-1] = MarkDone
	}
	return marks
}

// needsPlan reports whether step 3 of SPEC.md 1.4 keeps the network at
// keep_investigating: building is cheaper, but there is no own-network plan
// or it falls short of the network.
func needsPlan(p Profile, plan *OwnNetwork, n Network) bool {
	if ComputeMakeOrBuy(p, plan, n).Choice != ChoiceMake {
		return false
	}
	return plan == nil || len(plan.ShortOf(n)) > 0
}

// markOf is done when every part is met, partly when some are, open when
// none is.
func markOf(parts ...bool) Mark {
	met := 0
	for _, ok := range parts {
		if ok {
			met++
		}
	}
	switch met {
	case 0:
		return MarkOpen
	case len(parts):
		return MarkDone
	default:
		return MarkPartly
	}
}

// NextStep returns the first checklist step that is not done and one line
// saying what to do there. When a deal-breaker holds, finding out more
// cannot change the verdict, so it returns [StepVerdict] with a line saying
// so; when every step is done it returns [StepVerdict] too.
func NextStep(p Profile, plan *OwnNetwork, n Network) (Step, string) {
	if len(dealBreakers(p, n, n.PromiseStatuses())) > 0 {
		return StepVerdict, nextDealBreaker
	}
	marks := StepMarks(p, plan, n)
	if marks[StepVerdict-1] == MarkOpen && needsPlan(p, plan, n) && !slices.ContainsFunc(marks[:StepVerdict-1], func(m Mark) bool { return m != MarkDone }) {
		return StepVerdict, nextPlanOwn
	}
	for i, m := range marks {
		switch m {
		case MarkOpen:
			return Step(i + 1), nextOpen[i]
		case MarkPartly:
			return Step(i + 1), nextPartly[i]
		}
	}
	return StepVerdict, nextAllDone
}

// Progress counts the checklist steps that are done, out of [NumSteps], for
// the list of networks.
func Progress(p Profile, plan *OwnNetwork, n Network) (done, total int) {
	for _, m := range StepMarks(p, plan, n) {
		if m == MarkDone {
			done++
		}
	}
	return done, NumSteps
}
