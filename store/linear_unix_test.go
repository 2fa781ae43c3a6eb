//go:build unix

package store

import (
	"fmt"
	"runtime"
	"syscall"
	"testing"
	"time"

	"netvet/model"
)

// TestNameChecksAreLinear times the import's name checks, of the batch and
// against the stored names, for 2,000 and 64,000 networks, the shortest
// of three runs each, taken in turn, in processor time of this process so
// that other programs on a busy machine do not count. 32 times the
// networks take about 32 times as long when each check is a map look-up
// (up to two or three times more, as a large map serves fewer look-ups
// from the caches), and 1,024 times when names are compared pairwise; the
// bound of 200 sits between.
func TestNameChecksAreLinear(t *testing.T) {
	build := func(n int) func() {
		nets := make([]model.Network, n)
		for i := range nets {
			nets[i] = plain(fmt.Sprintf("id-%d", i), fmt.Sprintf("Network %d", i))
		}
		return func() {
			if _, err := checkBatch(nets); err != nil {
				t.Fatal(err)
			}
			var l nameList
			for i, n := range nets {
				key := seqKey(uint64(i + 1))
				if k, _ := l.find(n.Name, key); k != nil {
					t.Fatalf("%q found before it was set", n.Name)
				}
				l.set(key, n.Name)
			}
		}
	}
	runs := []func(){build(2_000), build(64_000)}
	best := [2]time.Duration{1<<63 - 1, 1<<63 - 1}
	for range 3 {
		for i, run := range runs {
			runtime.GC()
			start := processTime(t)
			run()
			best[i] = min(best[i], processTime(t)-start)
		}
	}
	ratio := float64(best[1]) / float64(best[0])
	t.Logf("2,000 networks: %v, 64,000: %v (%.1f times)", best[0], best[1], ratio)
	if ratio > 200 {
		t.Errorf("64,000 networks took %.0f times as long as 2,000", ratio)
	}
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
