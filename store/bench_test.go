package store

import (
	"fmt"
	"strings"
	"testing"

	"netvet/model"
)

// benchStore fills a store with a large data set: 50 networks of 10
// interviews, each with 20 KB of notes.
func benchStore(b *testing.B) *Store {
	b.Helper()
	s, err := Open(b.TempDir()+"/bench.db", Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	var nets []model.Network
	for i := range 50 {
		n := fullNetwork(fmt.Sprintf("Network %d", i))
		for j := range 10 {
			n.Interviews = append(n.Interviews, model.Interview{
				Member: fmt.Sprintf("Member %d", j),
				Notes:  strings.Repeat("Notes of a long member interview. ", 600),
			})
		}
		nets = append(nets, n)
	}
	if err := s.ReplaceAll(nil, nets, false); err != nil {
		b.Fatal(err)
	}
	return s
}

func BenchmarkNetworks(b *testing.B) {
	s := benchStore(b)
	for b.Loop() {
		if _, err := s.Networks(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkNetworksLite(b *testing.B) {
	s := benchStore(b)
	for b.Loop() {
		if _, err := s.NetworksLite(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPutPromise(b *testing.B) {
	s := benchStore(b)
	nets, err := s.NetworksLite()
	if err != nil {
		b.Fatal(err)
	}
	p := nets[0].Promises[0]
	for i := 0; b.Loop(); i++ {
		p.Notes = fmt.Sprint(i)
		if _, err := s.PutPromise(nets[0].ID, p); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkOpen(b *testing.B) {
	s := benchStore(b)
	path := s.Path()
	s.Close()
	for b.Loop() {
		s, err := Open(path, Options{})
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
}
