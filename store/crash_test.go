package store

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"netvet/model"
)

// crashWriterEnv, when set to a path, turns the test binary into a writer
// for TestCrashKeepsAcknowledgedWrites.
const crashWriterEnv = "NETVET_STORE_TEST_CRASH_WRITER"

// TestCrashKeepsAcknowledgedWrites kills a writing process at an arbitrary
// moment, the way bbolt tests itself, then reopens the file: it must open,
// pass Check, and hold every write the writer had acknowledged — networks,
// interview notes, ledger entries and candidates of the plan, the last two
// each saved on its own (SPEC.md 2: nothing lost on a crash). cmd/netvet's TestCrashKillsLoseNothing does the
// same for every kind of write, imports included, many times in a row, and
// compares the whole content.
func TestCrashKeepsAcknowledgedWrites(t *testing.T) {
	if path := os.Getenv(crashWriterEnv); path != "" {
		crashWriter(path, os.Getenv(crashWriterEnv+"_ROUND"))
		return
	}
	path := testPath(t)
	created := map[string]bool{}
	revision := map[string]int{}
	// entries maps an acknowledged ledger entry to its network, candidates
	// an acknowledged candidate to its seat.
	entries, candidates := map[string]string{}, map[string]string{}
	for round := range 3 {
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashKeepsAcknowledgedWrites$", "-test.count=1")
		cmd.Env = append(os.Environ(), crashWriterEnv+"="+path, crashWriterEnv+"_ROUND="+strconv.Itoa(round))
		var stderr strings.Builder
		cmd.Stderr = &stderr
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		acks := 0
		sc := bufio.NewScanner(out)
		for acks < 30 && sc.Scan() {
			f := strings.Fields(sc.Text())
			switch {
			case len(f) == 2 && f[0] == "created":
				created[f[1]] = true
				acks++
			case len(f) == 3 && f[0] == "updated":
				rev, _ := strconv.Atoi(f[2])
				revision[f[1]] = rev
				acks++
			case len(f) == 3 && f[0] == "ledger":
				entries[f[2]] = f[1]
				acks++
			case len(f) == 3 && f[0] == "candidate":
				candidates[f[2]] = f[1]
				acks++
			}
		}
		// Kill it while it writes.
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		if acks < 30 {
			t.Fatalf("round %d: the writer stopped after %d writes: %s", round, acks, stderr.String())
		}

		s, err := Open(path, Options{})
		if err != nil {
			t.Fatalf("round %d: reopening after the crash: %v", round, err)
		}
		if problems := s.Check(); len(problems) != 0 {
			t.Errorf("round %d: Check after the crash: %v", round, problems)
		}
		for id := range created {
			n, err := s.Network(id)
			if err != nil {
				t.Errorf("round %d: acknowledged network %s is lost: %v", round, id, err)
				continue
			}
			// A write after the last acknowledged one may have made it
			// to disk too, but never less.
			if got := notesRevision(n.Interviews[0].Notes); got < revision[id] {
				t.Errorf("round %d: network %s has notes revision %d, want at least %d", round, id, got, revision[id])
			}
		}
		checkAcknowledgedChildren(t, s, round, entries, candidates)
		s.Close()
	}
}

// checkAcknowledgedChildren fails for every acknowledged ledger entry and
// candidate that is not in the file.
func checkAcknowledgedChildren(t *testing.T, s *Store, round int, entries, candidates map[string]string) {
	t.Helper()
	for id, netID := range entries {
		n, err := s.Network(netID)
		if err != nil || n.Membership == nil || !slices.ContainsFunc(n.Membership.Ledger, func(e model.LedgerEntry) bool { return e.ID == id }) {
			t.Errorf("round %d: acknowledged ledger entry %s of network %s is lost (%v)", round, id, netID, err)
		}
	}
	plan, _, err := s.Plan()
	if err != nil {
		t.Fatalf("round %d: %v", round, err)
	}
	have := map[string]bool{}
	for _, st := range plan.Seats {
		for _, c := range st.Candidates {
			have[st.ID+"/"+c.ID] = true
		}
	}
	for id, seat := range candidates {
		if !have[seat+"/"+id] {
			t.Errorf("round %d: acknowledged candidate %s of seat %s is lost", round, id, seat)
		}
	}
}

// crashWriter creates networks, rewrites interview notes, adds ledger
// entries and candidates of the own-network plan until killed, printing
// each write once it is acknowledged.
func crashWriter(path, round string) {
	s, err := Open(path, Options{Timeout: 5 * time.Second})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var ids []string
	seat, err := s.SaveSeat(model.Seat{Role: "Seat of round " + round})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	deadline := time.Now().Add(time.Minute)
	for i := 0; time.Now().Before(deadline); i++ {
		n := fullNetwork(fmt.Sprintf("Round %s network %d", round, i))
		n.Interviews[0].Notes = notesText(0)
		n, err := s.CreateNetwork(n)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Printf("created %s\n", n.ID)
		ids = append(ids, n.ID)

		id := ids[i/2]
		cur, err := s.Network(id)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		iv := cur.Interviews[0]
		rev := notesRevision(iv.Notes) + 1
		iv.Notes = notesText(rev)
		if _, err := s.PutInterview(id, iv); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Printf("updated %s %d\n", id, rev)

		e, err := s.SaveLedgerEntry(id, model.LedgerEntry{Date: model.NewDate(2026, 3, 1), Kind: model.LedgerCost, Amount: model.Money(i + 1), Note: notesText(i)[:200]})
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Printf("ledger %s %s\n", id, e.ID)
		c, err := s.SaveCandidate(seat.ID, model.Candidate{Name: fmt.Sprintf("Candidate %s-%d", round, i), Status: model.CandidateIdentified, Notes: notesText(i)})
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Printf("candidate %s %s\n", seat.ID, c.ID)
	}
	os.Exit(0)
}

// notesText is interview notes of some pages, carrying a revision number.
func notesText(rev int) string {
	return fmt.Sprintf("revision %d\n", rev) + strings.Repeat("Long interview notes. ", 500)
}

// notesRevision reads the revision number back from notesText.
func notesRevision(notes string) int {
	var rev int
	fmt.Sscanf(notes, "revision %d", &rev)
	return rev
}
