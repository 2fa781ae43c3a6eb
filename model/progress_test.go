package model

import "testing"

// TestStepMarks has one case per rule of StepMarks: for each step, what
// makes it done, partly done and open. fxNetwork has every step done.
func TestStepMarks(t *testing.T) {
	tests := []struct {
		name    string
		profile func(p *Profile)
		network Network
		step    Step
		want    Mark
	}{
		{"basics/done with name, kind and both fees", nil, fxNetwork(), StepBasics, MarkDone},
		{"basics/partly without the annual fee", nil, fxWith(func(n *Network) { n.AnnualFee = nil }), StepBasics, MarkPartly},
		{"basics/partly with only a name and the default kind", nil, Network{Name: "N", Kind: KindOther}, StepBasics, MarkPartly},
		{"basics/open with nothing entered", nil, Network{}, StepBasics, MarkOpen},

		{"promises/done when every must-have is verified", nil, fxNetwork(), StepPromises, MarkDone},
		{"promises/done with an unverified promise that is not a must-have", nil, fxWith(func(n *Network) {
			n.Promises = append(n.Promises, Promise{ID: "p3", Text: "Workshops"})
		}), StepPromises, MarkDone},
		{"promises/partly while a must-have is unverified", nil, fxWith(func(n *Network) {
			n.Promises = append(n.Promises, Promise{ID: "p3", Text: "Workshops", MustHave: true})
		}), StepPromises, MarkPartly},
		{"promises/open without promises", nil, fxWith(func(n *Network) { n.Promises = nil }), StepPromises, MarkOpen},

		{"interviews/done with enough, a similar and an independent member", nil, fxNetwork(), StepInterviews, MarkDone},
		{"interviews/partly with fewer than min interviews", nil, fxWith(func(n *Network) { n.Interviews = n.Interviews[:2] }), StepInterviews, MarkPartly},
		{"interviews/partly without a similar member", nil, fxWith(func(n *Network) { n.Interviews[0].SimilarToMe = false }), StepInterviews, MarkPartly},
		{"interviews/partly when the network introduced every member", nil, fxWith(func(n *Network) {
			for i := range n.Interviews {
				n.Interviews[i].IntroducedByNetwork = true
			}
		}), StepInterviews, MarkPartly},
		{"interviews/min interviews comes from the profile", func(p *Profile) { p.MinInterviews = 4 }, fxNetwork(), StepInterviews, MarkPartly},
		{"interviews/open without interviews", nil, fxWith(func(n *Network) { n.Interviews = nil }), StepInterviews, MarkOpen},

		{"contract flow/done with member-reported evidence", nil, fxNetwork(), StepContractFlow, MarkDone},
		{"contract flow/done with documented evidence", nil, fxWith(func(n *Network) { n.Evidence[0].Level = LevelDocumented }), StepContractFlow, MarkDone},
		{"contract flow/partly with only hearsay", nil, fxWith(func(n *Network) { n.Evidence[0].Level = LevelHearsay }), StepContractFlow, MarkPartly},
		{"contract flow/open without evidence", nil, fxWith(func(n *Network) { n.Evidence = nil }), StepContractFlow, MarkOpen},

		{"fit/done with all eight ratings", nil, fxNetwork(), StepFit, MarkDone},
		{"fit/partly with a decisive factor unset", nil, fxWith(func(n *Network) { n.Factors.Training = Unset }), StepFit, MarkPartly},
		{"fit/partly with a fit rating unset", nil, fxWith(func(n *Network) { n.Fit.MyContribution = Unset }), StepFit, MarkPartly},
		{"fit/open with no rating", nil, fxWith(func(n *Network) { n.Fit, n.Factors = FitRatings{}, FactorRatings{} }), StepFit, MarkOpen},

		{"make or buy/done with income, hours and build hours", nil, fxNetwork(), StepMakeOrBuy, MarkDone},
		{"make or buy/partly without build hours", nil, fxWith(func(n *Network) { n.BuildHours = nil }), StepMakeOrBuy, MarkPartly},
		{"make or buy/partly without income", func(p *Profile) { p.TargetAnnualIncome = 0 }, fxNetwork(), StepMakeOrBuy, MarkPartly},
		{"make or buy/open with none of them", func(p *Profile) { *p = NewProfile() }, fxWith(func(n *Network) { n.BuildHours = nil }), StepMakeOrBuy, MarkOpen},

		{"verdict/done with a join verdict", nil, fxNetwork(), StepVerdict, MarkDone},
		{"verdict/open when building is cheaper and there is no plan", nil, fxWith(func(n *Network) { n.BuildHours = fxInt(50) }), StepVerdict, MarkOpen},
		{"verdict/done when a deal-breaker decides an incomplete checklist", nil, fxWith(func(n *Network) {
			n.EntryFee = nil
			n.Fit.TargetGroupOverlap = 1
		}), StepVerdict, MarkDone},
		{"verdict/open while keep_investigating", nil, fxWith(func(n *Network) { n.EntryFee = nil }), StepVerdict, MarkOpen},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := fxProfile()
			if tt.profile != nil {
				tt.profile(&p)
			}
			marks := StepMarks(p, nil, tt.network)
			if got := marks[tt.step-1]; got != tt.want {
				t.Errorf("step %d (%s) = %s, want %s; all marks %v", tt.step, tt.step.Label(), got.Label(), tt.want.Label(), marks)
			}
		})
	}
}

func TestNextStep(t *testing.T) {
	tests := []struct {
		name    string
		network Network
		step    Step
		why     string
	}{
		{"all done points at the verdict", fxNetwork(), StepVerdict, "All steps are done: see the verdict"},
		{"nothing entered starts with the basics", Network{}, StepBasics, "Enter the name, kind and fees of the network"},
		{"a missing fee keeps the basics partly done", fxWith(func(n *Network) { n.AnnualFee = nil }), StepBasics,
			"Complete the basics: name, kind, entry fee and annual fee"},
		{"no promises asks for them", fxWith(func(n *Network) { n.Promises = nil }), StepPromises, "Record what the network promises"},
		{"an unverified must-have asks to verify it", fxWith(func(n *Network) {
			n.Promises = append(n.Promises, Promise{ID: "p3", Text: "Workshops", MustHave: true})
		}), StepPromises, "Verify the must-have promises with members or proof"},
		{"the first step not done wins", fxWith(func(n *Network) {
			n.Evidence = nil
			n.BuildHours = nil
		}), StepContractFlow, "Record the contracts that came out of the network"},
		{"a deal-breaker points at the verdict though steps are open", fxWith(func(n *Network) {
			n.EntryFee = nil
			n.Evidence = nil
			n.Fit.TargetGroupOverlap = 2
		}), StepVerdict, "A deal-breaker decides it: see the verdict"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			step, why := NextStep(fxProfile(), nil, tt.network)
			if step != tt.step || why != tt.why {
				t.Errorf("NextStep = %d %q, want %d %q", step, why, tt.step, tt.why)
			}
		})
	}
}

// TestStepMarksWithAPlan: the verdict step follows step 3 of SPEC.md 1.4 —
// done with build_own, open while the plan is missing or falls short — and
// the plan's hours complete the make-or-buy step.
func TestStepMarksWithAPlan(t *testing.T) {
	cheap := fxWith(func(n *Network) { n.BuildHours = fxInt(50) }) // building 15,000 < joining 20,100
	good := mbPlan()
	good.Factors = FactorRatings{Mentors: 4, Training: 4, ContractChances: 4}
	short := mbPlan()
	short.Factors = FactorRatings{Mentors: 3, Training: 4, ContractChances: 4}
	for _, tt := range []struct {
		name    string
		plan    *OwnNetwork
		network Network
		step    Step
		want    Mark
		next    string
	}{
		{"verdict/done with build_own", good, cheap, StepVerdict, MarkDone, "All steps are done: see the verdict"},
		{"verdict/open while the plan falls short", short, cheap, StepVerdict, MarkOpen, nextPlanOwn},
		{"verdict/open without a plan", nil, cheap, StepVerdict, MarkOpen, nextPlanOwn},
		{"make or buy/the plan's hours count as build hours", good, fxWith(func(n *Network) { n.BuildHours = nil }), StepMakeOrBuy, MarkDone, "All steps are done: see the verdict"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := fxProfile()
			if got := StepMarks(p, tt.plan, tt.network)[tt.step-1]; got != tt.want {
				t.Errorf("step %d = %s, want %s", tt.step, got.Label(), tt.want.Label())
			}
			if _, why := NextStep(p, tt.plan, tt.network); why != tt.next {
				t.Errorf("NextStep says %q, want %q", why, tt.next)
			}
		})
	}
}

func TestProgress(t *testing.T) {
	tests := []struct {
		name    string
		profile Profile
		network Network
		done    int
	}{
		{"every step done", fxProfile(), fxNetwork(), 7},
		{"nothing entered", NewProfile(), Network{}, 0},
		{
			// Basics partly, contract flow open, verdict open (keep
			// investigating); promises, interviews, fit, make or buy done.
			"partly done steps do not count", fxProfile(),
			fxWith(func(n *Network) { n.EntryFee, n.Evidence = nil, nil }), 4,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			done, total := Progress(tt.profile, nil, tt.network)
			if done != tt.done || total != NumSteps {
				t.Errorf("Progress = %d/%d, want %d/%d", done, total, tt.done, NumSteps)
			}
		})
	}
}

func TestStepAndMarkLabels(t *testing.T) {
	want := []string{"Basics & fees", "Promised services", "Member interviews", "Contract flow", "Fit & decisive factors", "Make or buy", "Verdict"}
	steps := Steps()
	if len(steps) != NumSteps {
		t.Fatalf("%d steps, want %d", len(steps), NumSteps)
	}
	for i, s := range steps {
		if int(s) != i+1 || s.Label() != want[i] {
			t.Errorf("step %d: %d %q, want %d %q", i, s, s.Label(), i+1, want[i])
		}
	}
	if Step(0).Label() != "" || Step(8).Label() != "" || Step(8).Valid() {
		t.Error("a step outside 1–7 has a label or is valid")
	}
	marks := map[Mark]string{MarkOpen: "Open", MarkPartly: "Partly done", MarkDone: "Done", Mark(3): ""}
	for m, l := range marks {
		if m.Label() != l {
			t.Errorf("Mark(%d).Label() = %q, want %q", m, m.Label(), l)
		}
	}
}
