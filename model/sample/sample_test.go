package sample_test

import (
	"reflect"
	"strings"
	"testing"

	"netvet/model"
	"netvet/model/sample"
)

func TestGenerateMeetsTheConfig(t *testing.T) {
	for _, cfg := range []sample.Config{
		{Networks: 1, Interviews: 0, NotesBytes: 0},
		{Networks: 3, Interviews: 10, NotesBytes: 20_000},
		{Networks: 20, Interviews: 600, NotesBytes: 1 << 20},
	} {
		p, nets := sample.Generate(7, cfg)
		if err := p.Validate(); err != nil {
			t.Fatalf("%+v: profile invalid: %v", cfg, err)
		}
		if len(nets) != cfg.Networks {
			t.Fatalf("%+v: %d networks", cfg, len(nets))
		}
		interviews, notes := 0, 0
		for _, n := range nets {
			interviews += len(n.Interviews)
			for _, iv := range n.Interviews {
				notes += len(iv.Notes)
			}
		}
		if interviews != cfg.Interviews {
			t.Errorf("%+v: %d interviews", cfg, interviews)
		}
		if lo, hi := cfg.NotesBytes*9/10, cfg.NotesBytes*11/10; notes < lo || notes > hi {
			t.Errorf("%+v: %d bytes of notes, want %d–%d", cfg, notes, lo, hi)
		}
	}
}

// TestLargeIsValidAndComplete checks every generated network the way the
// store would, and that each part of the checklist is filled.
func TestLargeIsValidAndComplete(t *testing.T) {
	p, nets := sample.Large()
	if err := p.Validate(); err != nil {
		t.Fatalf("profile invalid: %v", err)
	}
	if len(nets) != sample.LargeNetworks {
		t.Fatalf("%d networks", len(nets))
	}
	names := map[string]bool{}
	total, notes, emoji, umlauts, markdown := 0, 0, 0, 0, 0
	for _, n := range nets {
		if err := n.Validate(); err != nil {
			t.Fatalf("network %s invalid: %v", n.ID, err)
		}
		key := strings.ToLower(n.Name)
		if names[key] {
			t.Fatalf("name %q used twice", n.Name)
		}
		names[key] = true
		if len(n.Promises) == 0 || len(n.Evidence) == 0 || n.EntryFee == nil || n.AnnualFee == nil || n.BuildHours == nil {
			t.Fatalf("network %s lacks part of the checklist", n.ID)
		}
		for _, k := range append(append([]model.RatingKey{}, model.FitKeys...), model.FactorKeys...) {
			if !n.Rating(k).IsSet() {
				t.Fatalf("network %s: rating %s unset", n.ID, k)
			}
		}
		for _, iv := range n.Interviews {
			total++
			notes += len(iv.Notes)
			if len(iv.Answers) == 0 && len(n.Promises) > 2 && iv.Notes == "" {
				t.Fatalf("interview %s is empty", iv.ID)
			}
			if strings.ContainsAny(iv.Notes, "👍☕🤝🚀😬📈✅🙂🏔") {
				emoji++
			}
			if strings.ContainsAny(iv.Notes+iv.Member, "äöüÄÖÜß") {
				umlauts++
			}
			if strings.Contains(iv.Notes, "\n- ") || strings.Contains(iv.Notes, "**") {
				markdown++
			}
		}
	}
	if total != sample.LargeInterviews {
		t.Errorf("%d interviews", total)
	}
	if notes < sample.LargeNotesBytes*9/10 || notes > sample.LargeNotesBytes*11/10 {
		t.Errorf("%d bytes of notes", notes)
	}
	if emoji == 0 || umlauts < total/2 || markdown < total/2 {
		t.Errorf("notes lack variety: %d with emoji, %d with umlauts, %d with Markdown of %d", emoji, umlauts, markdown, total)
	}
}

func TestGenerateIsDeterministic(t *testing.T) {
	cfg := sample.Config{Networks: 5, Interviews: 40, NotesBytes: 50_000}
	_, a := sample.Generate(3, cfg)
	_, b := sample.Generate(3, cfg)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("the same seed gave different data")
	}
	_, c := sample.Generate(4, cfg)
	if reflect.DeepEqual(a, c) {
		t.Fatal("another seed gave the same data")
	}
}

func TestNoteLengthsVary(t *testing.T) {
	_, nets := sample.Generate(1, sample.Config{Networks: 10, Interviews: 500, NotesBytes: 1 << 20})
	shortest, longest := 1<<30, 0
	for _, n := range nets {
		for _, iv := range n.Interviews {
			if iv.Notes == "" {
				continue
			}
			shortest, longest = min(shortest, len(iv.Notes)), max(longest, len(iv.Notes))
		}
	}
	if longest < 5*shortest {
		t.Errorf("notes range only from %d to %d bytes", shortest, longest)
	}
}
