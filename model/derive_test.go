package model

import (
	"maps"
	"math/rand/v2"
	"testing"
)

// TestPromiseStatus has one case per rule of SPEC.md 1.1, and cases that pin
// the order of the rules.
func TestPromiseStatus(t *testing.T) {
	const (
		y = AnswerYes
		p = AnswerPartly
		n = AnswerNo
		u = AnswerUnknown
	)
	tests := []struct {
		name       string
		documented bool
		answers    []AnswerValue
		want       PromiseStatus
	}{
		{"unverified/no answers and not documented", false, nil, PromiseUnverified},
		{"unverified/only unknown answers", false, []AnswerValue{u, u}, PromiseUnverified},
		{"confirmed/documented without answers", true, nil, PromiseConfirmed},
		{"confirmed/documented overrides no answers", true, []AnswerValue{n, n, n}, PromiseConfirmed},
		{"confirmed/two yes and no no", false, []AnswerValue{y, y}, PromiseConfirmed},
		{"confirmed/two yes and a partly", false, []AnswerValue{y, y, p, u}, PromiseConfirmed},
		// no 2 > yes 1 + partly 0.
		{"not_delivered/more no than yes and partly", false, []AnswerValue{n, n, y}, PromiseNotDelivered},
		{"not_delivered/a single no", false, []AnswerValue{n, u}, PromiseNotDelivered},
		{"mixed/one confirmation", false, []AnswerValue{y}, PromiseMixed},
		{"mixed/only partly", false, []AnswerValue{p}, PromiseMixed},
		// yes 2 but no 1 is not confirmed; no 1 ≤ yes 2.
		{"mixed/two yes and one no", false, []AnswerValue{y, y, n}, PromiseMixed},
		// no 2 = yes 1 + partly 1 is not more.
		{"mixed/no equals yes plus partly", false, []AnswerValue{n, n, y, p}, PromiseMixed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			net := Network{Promises: []Promise{{ID: "p", Text: "Promise", Documented: tt.documented}}}
			for i, a := range tt.answers {
				net.Interviews = append(net.Interviews, fxInterview(string(rune('a'+i)), fxAnswer("p", a)))
			}
			if got := net.PromiseStatus("p"); got != tt.want {
				t.Errorf("PromiseStatus = %q, want %q", got, tt.want)
			}
			if got := net.PromiseStatuses()["p"]; got != tt.want {
				t.Errorf("PromiseStatuses[p] = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestTally(t *testing.T) {
	net := Network{
		Promises: []Promise{{ID: "p"}, {ID: "q"}},
		Interviews: []Interview{
			fxInterview("a", fxAnswer("p", AnswerYes), fxAnswer("q", AnswerNo)),
			// A second answer about the same promise in one interview is not
			// counted, just as Interview.Answer finds only the first.
			fxInterview("b", fxAnswer("p", AnswerPartly), fxAnswer("p", AnswerNo)),
			fxInterview("c", fxAnswer("p", AnswerUnknown)),
			fxInterview("d", fxAnswer("p", AnswerNo)),
			fxInterview("e"),
		},
	}
	tests := []struct {
		name     string
		promise  string
		want     AnswerTally
		answered int
	}{
		{"counts each answer value once per interview", "p", AnswerTally{Yes: 1, Partly: 1, No: 1, Unknown: 1}, 3},
		{"answers about other promises do not count", "q", AnswerTally{No: 1}, 1},
		{"unknown promise has no answers", "zz", AnswerTally{}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := net.Tally(tt.promise)
			if got != tt.want {
				t.Errorf("Tally = %+v, want %+v", got, tt.want)
			}
			if got.Answered() != tt.answered {
				t.Errorf("Answered = %d, want %d", got.Answered(), tt.answered)
			}
		})
	}
	// p: yes 1, partly 1, no 1 → answered 3, no 1 ≤ 2 → mixed.
	if got := net.PromiseStatuses(); !maps.Equal(got, map[string]PromiseStatus{"p": PromiseMixed, "q": PromiseNotDelivered}) {
		t.Errorf("PromiseStatuses = %v", got)
	}
}

func TestPromiseStatusLabel(t *testing.T) {
	for _, s := range PromiseStatusValues {
		if l := s.Label(); l == "" || l == string(s) {
			t.Errorf("%q has no label: %q", s, l)
		}
	}
	if got := PromiseNotDelivered.Label(); got != "Not delivered" {
		t.Errorf("Label = %q", got)
	}
}

// TestPromiseStatusesMatchesPromiseStatus checks the one-pass derivation
// against the per-promise one on generated networks.
func TestPromiseStatusesMatchesPromiseStatus(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 500 {
		n := fxRandomNetwork(r, "n")
		all := n.PromiseStatuses()
		if len(all) != len(n.Promises) {
			t.Fatalf("case %d: %d statuses for %d promises", i, len(all), len(n.Promises))
		}
		for _, p := range n.Promises {
			if one := n.PromiseStatus(p.ID); all[p.ID] != one {
				t.Fatalf("case %d: promise %s: PromiseStatuses %q, PromiseStatus %q", i, p.ID, all[p.ID], one)
			}
		}
	}
}
