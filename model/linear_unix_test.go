//go:build unix

package model_test

import (
	"errors"
	"runtime"
	"syscall"
	"testing"
	"time"

	"netvet/model"
)

// Sizes of the linearity tests: 32 times the networks take about 32 times
// as long when the work per network stays the same — up to two or three
// times more, as a large map serves fewer look-ups from the processor's
// caches and the collector has more to mark — and 1,024 times when every
// name is compared with every other. The bound sits between, with room on
// both sides.
const (
	linearSmall = 1_000
	linearLarge = 32_000
	linearBound = 200
)

// timeBoth is the shortest of three runs of small and of large, taken in
// turn, in processor time of this process rather than in time on the
// clock, so that other programs on a busy machine do not count. A run over
// ten seconds, far more than a linear check of these sizes needs, ends
// the measurement.
func timeBoth(t *testing.T, small, large func()) (time.Duration, time.Duration) {
	t.Helper()
	best := [2]time.Duration{1<<63 - 1, 1<<63 - 1}
	for range 3 {
		for i, fn := range []func(){small, large} {
			runtime.GC()
			start := processTime(t)
			fn()
			took := processTime(t) - start
			best[i] = min(best[i], took)
			if took > 10*time.Second {
				return best[0], best[1]
			}
		}
	}
	return best[0], best[1]
}

// processTime is the processor time this process has used, in user and
// system mode.
func processTime(t *testing.T) time.Duration {
	t.Helper()
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestImportTimeIsLinearInTheNetworks imports linearSmall and linearLarge
// tiny networks against as many stored ones, and refuses files of as
// many networks of one name. Comparing names pairwise took 20 s for
// 20,000 networks; a map of name keys takes the same time per network
// at any size.
func TestImportTimeIsLinearInTheNetworks(t *testing.T) {
	accept := func(n int) func() {
		data := []byte(tinyExport(manyNames(n, "Network")...))
		var stored []model.Network
		for _, name := range manyNames(n, "Stored") {
			stored = append(stored, model.Network{Name: name})
		}
		return func() {
			e, err := model.ParseExport(data)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := model.CheckImportConflicts(stored, e.Networks, false); err != nil {
				t.Fatal(err)
			}
		}
	}
	refuse := func(n int) func() {
		names := make([]string, n)
		for i := range names {
			names[i] = "Same"
		}
		data := []byte(tinyExport(names...))
		return func() {
			var ie *model.ImportError
			if _, err := model.ParseExport(data); !errors.As(err, &ie) || len(ie.Problems) != n-1 {
				t.Fatalf("refusal: %v", err)
			}
		}
	}
	for _, c := range []struct {
		what string
		make func(int) func()
	}{{"accepting", accept}, {"refusing", refuse}} {
		small, large := timeBoth(t, c.make(linearSmall), c.make(linearLarge))
		ratio := float64(large) / float64(small)
		t.Logf("%s %d networks: %v, %d: %v (%.1f times)", c.what, linearSmall, small, linearLarge, large, ratio)
		if ratio > linearBound {
			t.Errorf("%s %d networks took %.0f times as long as %d", c.what, linearLarge, ratio, linearSmall)
		}
	}
}
