package model_test

import (
	"bytes"
	"fmt"
	"io"
	"testing"
	"time"

	"netvet/model"
	"netvet/model/sample"
)

// Benchmarks of the domain on the large sample data set (200 networks,
// 6,000 interviews, about 12 MB of notes; model/sample):
//
//	go test ./model -run '^$' -bench . -benchmem
//
// BenchmarkVerdicts computes every network's verdict with its scenarios,
// as the home list does after a load; BenchmarkCompare ranks them all and
// checks the recommendation, as the comparison does; BenchmarkWriteJSON and
// BenchmarkParseExport are the model's part of export and import.

func BenchmarkVerdicts(b *testing.B) {
	p, nets := sample.Large()
	plan := sample.Plan(sample.LargeSeed)
	scenarios := 0
	for _, n := range nets {
		if model.ComputeVerdict(p, &plan, n).Scenarios.Available {
			scenarios++
		}
	}
	if scenarios < len(nets)/2 {
		b.Fatalf("only %d of %d networks have scenarios", scenarios, len(nets))
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, n := range nets {
			_ = model.ComputeVerdict(p, &plan, n)
		}
	}
}

func BenchmarkCompare(b *testing.B) {
	p, nets := sample.Large()
	plan := sample.Plan(sample.LargeSeed)
	b.ReportAllocs()
	for b.Loop() {
		if c := model.Compare(p, &plan, nets); len(c.Ranked) == 0 {
			b.Fatal("nothing ranked")
		}
	}
}

// largeExport is the large data set as an export and as its JSON.
func largeExport(b *testing.B) (model.Export, []byte) {
	b.Helper()
	p, nets := sample.Large()
	plan := sample.Plan(sample.LargeSeed)
	e := model.Export{ExportedAt: time.Date(2026, 11, 27, 10, 0, 0, 0, time.UTC), Profile: &p, Networks: nets, OwnNetwork: &plan}
	var buf bytes.Buffer
	if err := e.WriteJSON(&buf); err != nil {
		b.Fatal(err)
	}
	return e, buf.Bytes()
}

func BenchmarkWriteJSON(b *testing.B) {
	e, data := largeExport(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if err := e.WriteJSON(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseExport(b *testing.B) {
	_, data := largeExport(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		e, err := model.ParseExport(data)
		if err != nil || len(e.Networks) != sample.LargeNetworks {
			b.Fatalf("%d networks, %v", len(e.Networks), err)
		}
	}
}

// BenchmarkPlanFigures is what the plan screen computes after a change to
// a plan of 50 seats × 10 candidates: each seat's pipeline, the coverage,
// the warnings, the next steps and the comparison's summary.
func BenchmarkPlanFigures(b *testing.B) {
	p, _ := sample.Large()
	o := sample.Plan(sample.LargeSeed)
	seats := o.Seats
	o.Seats = nil
	for i := range 50 {
		s := seats[i%len(seats)]
		s.ID = fmt.Sprintf("s%d", i)
		s.Candidates = nil
		for j := range 10 {
			s.Candidates = append(s.Candidates, model.Candidate{ID: fmt.Sprintf("c%d", j), Name: "Candidate", Status: model.CandidateStatuses[(i+j)%len(model.CandidateStatuses)]})
		}
		o.Seats = append(o.Seats, s)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range o.Seats {
			_ = s.Pipeline()
		}
		_ = o.Coverage()
		_ = o.Warnings()
		_ = o.NextSteps(p)
		_ = o.Summary(p)
	}
}
