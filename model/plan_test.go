package model

import (
	"slices"
	"strings"
	"testing"

	"netvet/model/lang"
)

// plSeat is a seat that gives and gets something and covers nothing, with
// candidates of the given statuses.
func plSeat(id string, statuses ...CandidateStatus) Seat {
	s := Seat{ID: id, Role: "Role " + id, GivesMe: "referrals", IGive: "research"}
	for i, st := range statuses {
		s.Candidates = append(s.Candidates, Candidate{ID: id + string(rune('a'+i)), Name: "Person", Status: st})
	}
	return s
}

// plPlan is a plan of four seats, the first filled, each covering one
// decisive factor but the last, which covers two: 10 meetings of 3 h with
// 1 h of preparation; every factor rated 3.
func plPlan() OwnNetwork {
	o := NewOwnNetwork()
	o.MeetingsPerYear, o.HoursPerMeeting, o.PrepHoursPerMeeting = 10, 3, 1
	o.Factors = FactorRatings{Mentors: 3, Training: 3, ContractChances: 3}
	o.Seats = []Seat{
		plSeat("a", CandidateCommitted), plSeat("b", CandidateApproached), plSeat("c"), plSeat("d", CandidateDropped),
	}
	o.Seats[0].Covers = []Cover{CoverMentors}
	o.Seats[1].Covers = []Cover{CoverTraining}
	o.Seats[2].Covers = []Cover{CoverContracts}
	o.Seats[3].Covers = []Cover{CoverTraining, CoverContracts}
	return o
}

// plTexts renders messages in English.
func plTexts(msgs []lang.Msg) []string { return lang.NewPrinter(lang.Default).Strings(msgs) }

// TestPlanDerivedHours has one case per rule of SPEC.md 1.7 for the
// plan's derived hours, with the arithmetic beside each figure.
func TestPlanDerivedHours(t *testing.T) {
	tests := []struct {
		name        string
		change      func(o *OwnNetwork)
		build       int
		buildKnown  bool
		upkeep      int
		filledSeats int
	}{
		{"build hours are seats × recruiting hours per seat", func(o *OwnNetwork) { o.RecruitingHoursPerSeat = 10 }, 40, true, 40, 1}, // 4 × 10
		{"recruiting hours default to 6 a seat", nil, 24, true, 40, 1},                                                                // 4 × 6
		{"every seat counts, filled or not", func(o *OwnNetwork) { o.Seats[1].Candidates[0].Status = CandidateCommitted }, 24, true, 40, 2},
		{"a plan without seats has no build hours", func(o *OwnNetwork) { o.Seats = nil }, 0, false, 40, 0},
		{"no recruiting time is 0 build hours, still known", func(o *OwnNetwork) { o.RecruitingHoursPerSeat = 0 }, 0, true, 40, 1},
		{"upkeep is meetings × (hours per meeting + preparation hours)", func(o *OwnNetwork) { o.MeetingsPerYear, o.HoursPerMeeting, o.PrepHoursPerMeeting = 12, 2, 2 }, 24, true, 48, 1}, // 12 × (2 + 2)
		{"no preparation: upkeep is meetings × hours", func(o *OwnNetwork) { o.PrepHoursPerMeeting = 0 }, 24, true, 30, 1},                                                                // 10 × 3
		{"no meetings: no upkeep", func(o *OwnNetwork) { o.MeetingsPerYear = 0 }, 24, true, 0, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := plPlan()
			if tt.change != nil {
				tt.change(&o)
			}
			if b, ok := o.BuildHours(); b != tt.build || ok != tt.buildKnown {
				t.Errorf("BuildHours = %d, %v; want %d, %v", b, ok, tt.build, tt.buildKnown)
			}
			if u := o.UpkeepHoursPerYear(); u != tt.upkeep {
				t.Errorf("UpkeepHoursPerYear = %d, want %d", u, tt.upkeep)
			}
			if f := o.FilledSeats(); f != tt.filledSeats {
				t.Errorf("FilledSeats = %d, want %d", f, tt.filledSeats)
			}
		})
	}
	if NewOwnNetwork().RecruitingHoursPerSeat != DefaultRecruitingHoursPerSeat || DefaultRecruitingHoursPerSeat != 6 {
		t.Error("a new plan does not recruit for 6 hours a seat")
	}
}

// TestPlanSeatFilledAndPipeline: a seat is filled when one of its
// candidates is committed; its pipeline counts the candidates by status.
func TestPlanSeatFilledAndPipeline(t *testing.T) {
	tests := []struct {
		name     string
		statuses []CandidateStatus
		filled   bool
		counts   [5]int // in the order of CandidateStatuses
	}{
		{"a seat without candidates is not filled", nil, false, [5]int{}},
		{"a committed candidate fills the seat", []CandidateStatus{CandidateCommitted}, true, [5]int{0, 0, 0, 1, 0}},
		{"one committed among others fills the seat", []CandidateStatus{CandidateIdentified, CandidateDropped, CandidateCommitted, CandidateApproached}, true, [5]int{1, 1, 0, 1, 1}},
		{"approached and at a one-to-one is not filled", []CandidateStatus{CandidateApproached, CandidateOneToOne, CandidateOneToOne}, false, [5]int{0, 1, 2, 0, 0}},
		{"a dropped candidate does not fill the seat", []CandidateStatus{CandidateDropped}, false, [5]int{0, 0, 0, 0, 1}},
		{"an unknown status is not counted", []CandidateStatus{"maybe", CandidateIdentified}, false, [5]int{1, 0, 0, 0, 0}},
	}
	if len(Pipeline{}.byStatus) != len(CandidateStatuses) {
		t.Fatalf("a pipeline counts %d statuses; there are %d", len(Pipeline{}.byStatus), len(CandidateStatuses))
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := plSeat("s", tt.statuses...)
			if s.Filled() != tt.filled {
				t.Errorf("Filled = %v, want %v", s.Filled(), tt.filled)
			}
			p := s.Pipeline()
			total := 0
			for i, st := range CandidateStatuses {
				if got := p.Count(st); got != tt.counts[i] {
					t.Errorf("Count(%s) = %d, want %d", st, got, tt.counts[i])
				}
				total += tt.counts[i]
			}
			if p.Total() != total || p.Count("maybe") != 0 {
				t.Errorf("Total = %d, want %d; an unknown status counts %d", p.Total(), total, p.Count("maybe"))
			}
		})
	}
}

// TestPlanCoverage: each decisive factor with the seats that cover it,
// `contracts` standing for contract_chances.
func TestPlanCoverage(t *testing.T) {
	tests := []struct {
		name   string
		change func(o *OwnNetwork)
		// seats and filled per factor, in the order of FactorKeys.
		seats  [3][]int
		filled [3]int
	}{
		{"each cover counts for its factor, contracts for contract chances", nil, [3][]int{{0}, {1, 3}, {2, 3}}, [3]int{1, 0, 0}},
		{"a seat covering two factors counts for both", func(o *OwnNetwork) { o.Seats[3].Covers = []Cover{CoverMentors, CoverContracts} }, [3][]int{{0, 3}, {1}, {2, 3}}, [3]int{1, 0, 0}},
		{"filled counts the covering seats that are filled", func(o *OwnNetwork) { o.Seats[3].Candidates[0].Status = CandidateCommitted }, [3][]int{{0}, {1, 3}, {2, 3}}, [3]int{1, 1, 1}},
		{"a factor no seat covers has no seats", func(o *OwnNetwork) { o.Seats[0].Covers = nil }, [3][]int{nil, {1, 3}, {2, 3}}, [3]int{0, 0, 0}},
		{"an invalid cover counts for nothing", func(o *OwnNetwork) { o.Seats[0].Covers = []Cover{"coffee"} }, [3][]int{nil, {1, 3}, {2, 3}}, [3]int{0, 0, 0}},
		{"a plan without seats covers nothing", func(o *OwnNetwork) { o.Seats = nil }, [3][]int{}, [3]int{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := plPlan()
			if tt.change != nil {
				tt.change(&o)
			}
			got := o.Coverage()
			if len(got) != len(FactorKeys) {
				t.Fatalf("%d factors, want %d", len(got), len(FactorKeys))
			}
			for i, c := range got {
				if c.Factor != FactorKeys[i] || c.Rating != 3 || !slices.Equal(c.Seats, tt.seats[i]) || c.Filled != tt.filled[i] {
					t.Errorf("factor %d: %+v; want %s rated 3, seats %v, %d filled", i, c, FactorKeys[i], tt.seats[i], tt.filled[i])
				}
			}
		})
	}
}

// TestPlanWarnings has one case per warning of SPEC.md 1.7, and the
// cases where none must fire.
func TestPlanWarnings(t *testing.T) {
	tests := []struct {
		name   string
		change func(o *OwnNetwork)
		want   []string
	}{
		{"a complete plan has no warning", nil, nil},
		{"a seat the user gives nothing", func(o *OwnNetwork) { o.Seats[1].IGive = "" },
			[]string{"You give the seat 'Role b' nothing: every partner must get a benefit from the network"}},
		{"a seat that gives the user nothing", func(o *OwnNetwork) { o.Seats[2].GivesMe = "" },
			[]string{"The seat 'Role c' gives you nothing: say what it brings you, or leave it out"}},
		{"white space is nothing", func(o *OwnNetwork) { o.Seats[0].IGive, o.Seats[0].GivesMe = " \n\t", "  " }, []string{
			"You give the seat 'Role a' nothing: every partner must get a benefit from the network",
			"The seat 'Role a' gives you nothing: say what it brings you, or leave it out",
		}},
		{"a decisive factor no seat covers", func(o *OwnNetwork) { o.Seats[0].Covers = nil },
			[]string{"No seat covers mentors: the plan has no experienced entrepreneur to learn from"}},
		{"seats first, in order, then factors in order", func(o *OwnNetwork) {
			o.Seats[3].GivesMe = ""
			o.Seats[1].IGive = ""
			o.Seats[1].Covers, o.Seats[2].Covers, o.Seats[3].Covers = nil, nil, nil
		}, []string{
			"You give the seat 'Role b' nothing: every partner must get a benefit from the network",
			"The seat 'Role d' gives you nothing: say what it brings you, or leave it out",
			"No seat covers training and events: the plan has no one to learn from together",
			"No seat covers contract chances: the plan brings you no contracts",
		}},
		{"a plan without seats covers no factor", func(o *OwnNetwork) { o.Seats = nil }, []string{
			"No seat covers mentors: the plan has no experienced entrepreneur to learn from",
			"No seat covers training and events: the plan has no one to learn from together",
			"No seat covers contract chances: the plan brings you no contracts",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := plPlan()
			if tt.change != nil {
				tt.change(&o)
			}
			ws := o.Warnings()
			if got := plTexts(planWarningMsgs(ws)); !slices.Equal(got, tt.want) {
				t.Errorf("warnings\n %q\nwant\n %q", got, tt.want)
			}
			for _, w := range ws {
				if (w.Kind == PlanWarnUncovered) != (w.Seat < 0) || (w.Kind == PlanWarnUncovered) != (w.Factor != "") {
					t.Errorf("warning %+v: a seat warning names its seat, a factor warning its factor", w)
				}
			}
		})
	}
}

// TestPlanNextSteps: the next steps name the unfilled seats, and say what
// else the plan lacks.
func TestPlanNextSteps(t *testing.T) {
	tests := []struct {
		name   string
		change func(o *OwnNetwork, p *Profile)
		want   []string
	}{
		{"each unfilled seat is named, in order", nil, []string{
			"Find a committed candidate for the seat 'Role b'",
			"Find a committed candidate for the seat 'Role c'",
			"Find a committed candidate for the seat 'Role d'",
		}},
		{"a plan whose seats are all filled has no next step", func(o *OwnNetwork, _ *Profile) {
			for i := range o.Seats {
				o.Seats[i].Candidates = []Candidate{{ID: "x", Name: "X", Status: CandidateCommitted}}
			}
		}, nil},
		{"a plan without seats asks for seats", func(o *OwnNetwork, _ *Profile) { o.Seats = nil },
			[]string{"Add the seats your network needs: a role, what it gives you and what you give it"}},
		{"an unrated factor asks to rate it", func(o *OwnNetwork, _ *Profile) { o.Seats = o.Seats[:1]; o.Factors.Training = Unset },
			[]string{"Rate how well your own network would offer training and events (1–5)"}},
		{"an unknown hourly rate asks for the profile", func(o *OwnNetwork, p *Profile) { o.Seats = o.Seats[:1]; p.PlannedHoursPerYear = 0 },
			[]string{"Enter your target annual income and planned working hours in the profile, so that the plan's hours can be priced"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o, p := plPlan(), fxProfile()
			if tt.change != nil {
				tt.change(&o, &p)
			}
			if got := plTexts(o.NextSteps(p)); !slices.Equal(got, tt.want) {
				t.Errorf("next steps\n %q\nwant\n %q", got, tt.want)
			}
		})
	}
}

// TestPlanCost prices the plan's hours at the hourly rate over the
// horizon (SPEC.md 1.2): the total is the build cost of every network the
// plan prices, and its parts add up to it.
func TestPlanCost(t *testing.T) {
	tests := []struct {
		name                 string
		change               func(o *OwnNetwork, p *Profile)
		rate                 Amount
		build, upkeep, total Amount
	}{
		// 120,000 / 1,600 = 75.00; 24 h × 75 = 1,800; 40 h × 3 × 75 = 9,000.
		{"build and upkeep over the horizon at the hourly rate", nil, KnownAmount(75_00), KnownAmount(1_800_00), KnownAmount(9_000_00), KnownAmount(10_800_00)},
		// 40 h × 5 × 75 = 15,000.
		{"upkeep counts every year of the horizon", func(_ *OwnNetwork, p *Profile) { p.HorizonYears = 5 }, KnownAmount(75_00), KnownAmount(1_800_00), KnownAmount(15_000_00), KnownAmount(16_800_00)},
		// 100,000 / 1,700 = 58.8235…: 24 h = 1,411.7647… → 1,411.76;
		// (24 + 120) h = 8,470.588… → 8,470.59; upkeep 8,470.59 − 1,411.76.
		{"the total is priced exactly, the upkeep is the rest", func(_ *OwnNetwork, p *Profile) { p.TargetAnnualIncome, p.PlannedHoursPerYear = 100_000_00, 1700 },
			KnownAmount(58_82), KnownAmount(1_411_76), KnownAmount(7_058_83), KnownAmount(8_470_59)},
		{"an unknown hourly rate leaves every cost unknown", func(_ *OwnNetwork, p *Profile) { p.TargetAnnualIncome = 0 }, Amount{}, Amount{}, Amount{}, Amount{}},
		{"a plan without seats has no build cost", func(o *OwnNetwork, _ *Profile) { o.Seats = nil }, KnownAmount(75_00), Amount{}, Amount{}, Amount{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o, p := plPlan(), fxProfile()
			if tt.change != nil {
				tt.change(&o, &p)
			}
			c := o.Cost(p)
			if c.HourlyRate != tt.rate || c.Build != tt.build || c.Upkeep != tt.upkeep || c.Total != tt.total {
				t.Errorf("rate %v, build %v, upkeep %v, total %v; want %v, %v, %v, %v", c.HourlyRate, c.Build, c.Upkeep, c.Total, tt.rate, tt.build, tt.upkeep, tt.total)
			}
			// A network without build hours of its own is priced by the
			// plan: its build cost is the plan's total.
			n := fxWith(func(n *Network) { n.BuildHours = nil })
			if m := ComputeMakeOrBuy(p, &o, n); m.BuildCost != c.Total {
				t.Errorf("the network's build cost %v differs from the plan's total %v", m.BuildCost, c.Total)
			}
			if s := o.Summary(p); s.BuildCost != c.Total {
				t.Errorf("the summary's build cost %v differs from the plan's total %v", s.BuildCost, c.Total)
			}
		})
	}
}

// TestPlanSummary is the plan's column in the comparison: build cost,
// hours a year, its three factor ratings, seats filled of total.
func TestPlanSummary(t *testing.T) {
	o := plPlan()
	o.Factors = FactorRatings{Mentors: 4, Training: Unset, ContractChances: 2}
	want := PlanSummary{BuildCost: KnownAmount(10_800_00), HoursPerYear: 40, Factors: o.Factors, Filled: 1, Seats: 4}
	if got := o.Summary(fxProfile()); got != want {
		t.Errorf("Summary = %+v, want %+v", got, want)
	}
}

// TestPlanAtLeastAsGood has one case per rule of SPEC.md 1.4 step 3:
// where building is cheaper, build_own needs the plan to rate each
// decisive factor at least as high as the network, and the next steps say
// where it falls short. The network is fxNetwork, rated 4 on each factor,
// with 50 build hours: building costs (50 + 50 × 3) × 75 = 15,000, less
// than joining at 20,100.
func TestPlanAtLeastAsGood(t *testing.T) {
	cheaper := fxWith(func(n *Network) { n.BuildHours = fxInt(50) })
	tests := []struct {
		name    string
		plan    *FactorRatings
		network Network
		short   []Shortfall
		word    VerdictWord
		steps   []string
	}{
		{"equal ratings are at least as good", &FactorRatings{4, 4, 4}, cheaper, nil, VerdictBuildOwn, nil},
		{"higher ratings are at least as good", &FactorRatings{5, 5, 5}, cheaper, nil, VerdictBuildOwn, nil},
		{"one factor lower falls short, with the network's rating", &FactorRatings{3, 4, 5}, cheaper,
			[]Shortfall{{FactorMentors, 3, 4}}, VerdictKeepInvestigating,
			[]string{"Plan your own network: it must offer mentors at least 4 of 5"}},
		{"each factor that falls short is a next step, in order", &FactorRatings{4, 2, 1}, cheaper,
			[]Shortfall{{FactorTraining, 2, 4}, {FactorContractChances, 1, 4}}, VerdictKeepInvestigating,
			[]string{"Plan your own network: it must offer training and events at least 4 of 5", "Plan your own network: it must offer contract chances at least 4 of 5"}},
		{"a factor the plan does not rate falls short", &FactorRatings{4, 4, Unset}, cheaper,
			[]Shortfall{{FactorContractChances, Unset, 4}}, VerdictKeepInvestigating,
			[]string{"Plan your own network: it must offer contract chances at least 4 of 5"}},
		{"without a plan nothing shows that building serves as well", nil, cheaper, nil, VerdictKeepInvestigating,
			[]string{"Plan your own network: building one yourself (€15,000.00) would cost less than joining (€20,100.00)"}},
		{"the rule does not apply when joining is cheaper", &FactorRatings{1, 1, 1}, fxNetwork(),
			[]Shortfall{{FactorMentors, 1, 4}, {FactorTraining, 1, 4}, {FactorContractChances, 1, 4}}, VerdictJoin, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var plan *OwnNetwork
			if tt.plan != nil {
				o := plPlan()
				o.Factors = *tt.plan
				plan = &o
				if got := o.ShortOf(tt.network); !slices.Equal(got, tt.short) {
					t.Errorf("ShortOf = %+v, want %+v", got, tt.short)
				}
			}
			v := ComputeVerdict(fxProfile(), plan, tt.network)
			if v.Word != tt.word || !slices.Equal(v.NextSteps, tt.steps) {
				t.Errorf("verdict %s, next steps %q; want %s, %q", v.Word, v.NextSteps, tt.word, tt.steps)
			}
		})
	}
	// A network's unrated factor asks nothing of the plan, even of one
	// that does not rate it either.
	n := cheaper
	n.Factors = FactorRatings{Mentors: Unset, Training: 3, ContractChances: 4}
	o := plPlan()
	o.Factors.Mentors = Unset
	want := []Shortfall{{FactorContractChances, 3, 4}}
	if got := o.ShortOf(n); !slices.Equal(got, want) {
		t.Errorf("ShortOf a network without a mentors rating = %+v; want %+v", got, want)
	}
}

// TestPlanTextIsInBothLanguages checks every message of the plan: both
// languages, the same placeholders, no "du", and every key the plan's
// text uses is registered, so that no key is shown in its place.
func TestPlanTextIsInBothLanguages(t *testing.T) {
	for k, txt := range planCatalog {
		if !strings.HasPrefix(string(k), "model.plan.") {
			t.Errorf("key %q lacks the prefix model.plan.", k)
		}
		for _, p := range lang.CheckText(k, txt) {
			t.Error(p)
		}
	}
	o := plPlan()
	o.Seats[0].IGive, o.Seats[1].GivesMe, o.Seats[2].Covers, o.Factors.Mentors = "", "", nil, Unset
	o.Seats = append(o.Seats, Seat{ID: "e", Role: "Empty"})
	p := fxProfile()
	p.PlannedHoursPerYear = 0
	for _, loc := range []lang.Locale{{Language: lang.English}, {Language: lang.German}} {
		pr := lang.NewPrinter(loc)
		var text, md strings.Builder
		if err := WritePlanText(&text, pr, p, o); err != nil {
			t.Fatal(err)
		}
		if err := WritePlanMarkdown(&md, pr, p, o); err != nil {
			t.Fatal(err)
		}
		for _, s := range []string{text.String(), md.String(), strings.Join(pr.Strings(o.NextSteps(p)), "\n"), pr.Render(factorLabel(FactorMentors))} {
			if strings.Contains(s, "model.plan.") || strings.Contains(s, "%!") {
				t.Errorf("%v: a key or a formatting fault is shown:\n%s", loc, s)
			}
		}
	}
	for _, k := range FactorKeys {
		for _, prefix := range []string{plFactorPrefix, plWarnUncoveredPrefix, plStepRatePrefix} {
			if _, ok := lang.Lookup(lang.Key(prefix) + lang.Key(k)); !ok {
				t.Errorf("no message %s%s", prefix, k)
			}
		}
	}
	for _, s := range CandidateStatuses {
		for _, prefix := range []string{plStatusPrefix, plPipelinePrefix} {
			if _, ok := lang.Lookup(lang.Key(prefix) + lang.Key(s)); !ok {
				t.Errorf("no message %s%s", prefix, s)
			}
		}
	}
}
