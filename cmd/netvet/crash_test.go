package main

// The crash test: a writer process (this test binary, started again with
// crashWriterEnv set, the way bbolt tests itself) makes every kind of
// change netvet makes — imports through the real import command, new
// networks, rewritten interview notes, basics, added and deleted promises,
// deleted networks, the profile, added and deleted ledger entries, seats
// and candidates of the own-network plan — and prints an acknowledgement
// after each commit. The test kills it with SIGKILL at random moments, many times in a
// row, and after every kill checks the file the way a user would find it.
//
// Every write is a pure function of its sequence number (and of the
// network it changes), and the number is written into several records of
// the same transaction: the network record, its interview records, the
// notes bucket, the promise records. The test keeps its own copy of what
// the database must hold, built with package model's in-memory changes, and
// after a kill the file must hold exactly the acknowledged state, or that
// state plus the one write that was in flight — never anything in between.
//
// The short run (crashShortKills kills) is part of go test; the long run is
//
//	NETVET_CRASH_KILLS=1000 go test -run '^TestCrashKillsLoseNothing$' -count=1 -timeout 2h ./cmd/netvet
//
// and NETVET_CRASH_SEED repeats a run that failed (the seed is logged).

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"netvet/model"
	"netvet/store"
)

const (
	// crashWriterEnv, when set to a database path, turns the test binary
	// into the writer of TestCrashKillsLoseNothing.
	crashWriterEnv = "NETVET_CRASH_WRITER"
	// crashSeqEnv is the first sequence number the writer uses.
	crashSeqEnv = "NETVET_CRASH_SEQ"
	// crashSeedEnv seeds the writer's choices and the kill moments.
	crashSeedEnv = "NETVET_CRASH_SEED"
	// crashKillsEnv sets the number of kills; crashShortKills is the
	// number go test runs by default.
	crashKillsEnv   = "NETVET_CRASH_KILLS"
	crashShortKills = 25
	// crashMaxNetworks bounds the database: above it the writer deletes.
	crashMaxNetworks = 10
	// crashWriterLife is how long a writer runs if nobody kills it.
	crashWriterLife = time.Minute
	// crashRoundTimeout bounds one round of the parent.
	crashRoundTimeout = 30 * time.Second
)

// The kinds of write the writer makes.
const (
	opCreate     = "create"
	opNotes      = "notes"
	opBasics     = "basics"
	opPromise    = "promise"
	opDelPromise = "delpromise"
	opImport     = "import"
	opDelete     = "delete"
	opProfile    = "profile"
	opLedger     = "ledger"
	opDelLedger  = "delledger"
	opSeat       = "seat"
	opCandidate  = "candidate"
)

// newID reports whether the store generates the id of what op adds, which
// the parent learns from the acknowledgement.
func newID(kind string) bool {
	return kind == opPromise || kind == opLedger || kind == opSeat || kind == opCandidate
}

// crashOp is one write: its sequence number, its kind, the network it
// changes (for a candidate: the seat) and, for a deleted promise or ledger
// entry, its id. For an added promise, ledger entry, seat or candidate, id
// is the id the store generated, known only from the acknowledgement.
type crashOp struct {
	seq    int
	kind   string
	target string
	id     string
}

// String is the op as the writer prints it after "try".
func (op crashOp) String() string {
	return fmt.Sprintf("%d %s %s %s", op.seq, op.kind, dash(op.target), dash(op.id))
}

// dash writes an empty field as "-", so that every line has all fields;
// undash reads it back.
func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func undash(s string) string {
	if s == "-" {
		return ""
	}
	return s
}

// parseOp reads the fields after "try".
func parseOp(f []string) (crashOp, error) {
	if len(f) != 4 {
		return crashOp{}, fmt.Errorf("want 4 fields, got %q", f)
	}
	seq, err := strconv.Atoi(f[0])
	if err != nil {
		return crashOp{}, err
	}
	return crashOp{seq: seq, kind: f[1], target: undash(f[2]), id: undash(f[3])}, nil
}

// crashState is what the database holds, as far as the test can see it.
type crashState struct {
	profile *model.Profile
	nets    []model.Network
	plan    *model.OwnNetwork
}

// clone copies the state deeply enough for the model's in-memory changes,
// which never write into shared slices, and for the changes of the ledger
// and the plan below, which copy what they change.
func (s crashState) clone() crashState {
	c := crashState{nets: slices.Clone(s.nets)}
	if s.profile != nil {
		p := *s.profile
		c.profile = &p
	}
	if s.plan != nil {
		o := *s.plan
		c.plan = &o
	}
	return c
}

// index returns the position of the network with the given id, or -1.
func (s crashState) index(id string) int {
	return slices.IndexFunc(s.nets, func(n model.Network) bool { return n.ID == id })
}

// exportJSON is the state in the export format, which holds everything but
// the Created and Updated times: what the comparison compares.
func (s crashState) exportJSON() (string, error) {
	var b bytes.Buffer
	e := model.Export{ExportedAt: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), Profile: s.profile, Networks: s.nets, OwnNetwork: s.plan}
	if err := e.WriteJSON(&b); err != nil {
		return "", err
	}
	return b.String(), nil
}

// crashNotes is the notes of write seq: between 1 and 300 KiB, so that
// transactions span many pages, with the number at the start, in every
// line and at the end.
func crashNotes(seq int) string {
	kib := 1 + seq*7919%300
	var b strings.Builder
	fmt.Fprintf(&b, "# Notes of write %d\n\n", seq)
	for line := 0; b.Len() < kib<<10; line++ {
		fmt.Fprintf(&b, "Line %d of write %d: the member said the referrals are real. Grüße, 日本, 🙂\n", line, seq)
	}
	fmt.Fprintf(&b, "End of write %d.", seq)
	return b.String()
}

// crashNetwork is a network written by write seq, with id and name given,
// and children of every kind whose ids derive from the id and seq.
func crashNetwork(id, name string, seq int) model.Network {
	fee := model.Money(seq * 100)
	hours := 100 + seq%300
	rec := seq % 11
	p1, p2 := fmt.Sprintf("%s-w%d-p1", id, seq), fmt.Sprintf("%s-w%d-p2", id, seq)
	i1, i2 := fmt.Sprintf("%s-w%d-i1", id, seq), fmt.Sprintf("%s-w%d-i2", id, seq)
	return model.Network{
		ID: id, Name: name,
		Kind:                   model.Kinds[seq%len(model.Kinds)],
		Website:                fmt.Sprintf("https://example.org/write/%d", seq),
		Summary:                fmt.Sprintf("Written by write %d.", seq),
		Status:                 model.StatusInterviewing,
		EntryFee:               &fee,
		MembershipHoursPerYear: seq % 200,
		BuildHours:             &hours,
		Fit:                    model.FitRatings{TargetGroupOverlap: model.Rating(seq%5 + 1)},
		Promises: []model.Promise{
			{ID: p1, Category: model.CategoryMentoring, Text: fmt.Sprintf("Mentoring promised in write %d", seq), MustHave: true},
			{ID: p2, Category: model.CategoryContracts, Text: fmt.Sprintf("Contracts promised in write %d", seq)},
		},
		Interviews: []model.Interview{
			{
				ID: i1, Member: fmt.Sprintf("Member %d", seq), Business: fmt.Sprintf("Business of write %d", seq),
				Date: model.NewDate(2026, time.Month(1+seq%12), 1+seq%28), Channel: model.ChannelCall, SimilarToMe: true,
				Answers: []model.Answer{
					{PromiseID: p1, Answer: model.AnswerYes, Comment: fmt.Sprintf("comment of write %d", seq)},
					{PromiseID: p2, Answer: model.AnswerPartly},
				},
				ContractsCount: seq % 7, ContractsValue: model.Money(seq * 1000),
				WouldJoinAgain: model.JoinAgainYes, Recommendation: &rec,
				Notes: crashNotes(seq),
			},
			{ID: i2, Member: fmt.Sprintf("Second member %d", seq), Answers: []model.Answer{{PromiseID: p2, Answer: model.AnswerNo}}},
		},
		Evidence: []model.Evidence{{
			ID: fmt.Sprintf("%s-w%d-e1", id, seq), Description: fmt.Sprintf("Contract of write %d", seq),
			Value: model.Money(seq * 500), Level: model.LevelMemberReported, InterviewID: i1,
		}},
		Membership: &model.Membership{
			JoinedOn: model.NewDate(2026, time.Month(1+seq%12), 1), MinTermMonths: 12, RenewalTermMonths: 12, NoticeDays: 90,
			Expectations: model.Expectations{ExpectedProfitPerYear: model.Money(seq * 100), Score: seq % 101, Verdict: model.VerdictJoin,
				Promises: []model.PromiseExpectation{{PromiseID: p1, Status: model.PromiseConfirmed}}},
			Ledger: []model.LedgerEntry{
				{ID: fmt.Sprintf("%s-w%d-l1", id, seq), Date: model.NewDate(2026, 2, 1), Kind: model.LedgerPromiseCheck, PromiseID: p1, Answer: model.AnswerYes},
				{ID: fmt.Sprintf("%s-w%d-l2", id, seq), Date: model.NewDate(2026, 2, 2), Kind: model.LedgerClosedBusiness, Amount: model.Money(seq * 1000)},
			},
		},
	}
}

// newEntry is the ledger entry write seq adds, without the id the store
// generates; its note is how the parent finds it after a kill.
func newEntry(seq int) model.LedgerEntry {
	return model.LedgerEntry{Date: model.NewDate(2026, 3, 1+seq%28), Kind: model.LedgerMeeting, Hours: model.Hours(seq%800 + 25), Note: fmt.Sprintf("Meeting of write %d", seq)}
}

// newSeat is the seat write seq adds, without the id the store generates.
func newSeat(seq int) model.Seat {
	return model.Seat{Role: fmt.Sprintf("Role of write %d", seq), GivesMe: "Referrals", Covers: []model.Cover{model.CoverContracts}}
}

// newCandidate is the candidate write seq adds, without the id the store
// generates.
func newCandidate(seq int) model.Candidate {
	return model.Candidate{Name: fmt.Sprintf("Candidate of write %d", seq), Status: model.CandidateStatuses[seq%len(model.CandidateStatuses)], Chemistry: model.Rating(seq%5 + 1)}
}

// crashPlan is the own-network plan of the import of write seq, which
// import takes only when the database has none.
func crashPlan(seq int) *model.OwnNetwork {
	o := model.NewOwnNetwork()
	o.Goal = fmt.Sprintf("Plan of write %d", seq)
	o.MeetingsPerYear = seq % 50
	o.Seats = []model.Seat{{ID: fmt.Sprintf("imp-%d-s1", seq), Role: "Imported seat", Candidates: []model.Candidate{{ID: fmt.Sprintf("imp-%d-c1", seq), Name: "Imported candidate", Status: model.CandidateApproached}}}}
	return &o
}

// crashProfile is the profile written by write seq.
func crashProfile(seq int) model.Profile {
	p := model.NewProfile()
	p.Name = fmt.Sprintf("Profile of write %d", seq)
	p.TargetAnnualIncome = model.Money(seq * 10000)
	p.PlannedHoursPerYear = 1000 + seq%600
	return p
}

// crashImport is the export file of write seq: two new networks and, when
// target is set, a replacement for it; and a profile and a plan, which
// import takes only when the database has none.
func crashImport(seq int, target *model.Network) model.Export {
	p := crashProfile(seq)
	e := model.Export{ExportedAt: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), Profile: &p, OwnNetwork: crashPlan(seq)}
	if target != nil {
		r := crashNetwork(target.ID, target.Name, seq)
		r.Summary = fmt.Sprintf("Replaced by the import of write %d.", seq)
		e.Networks = append(e.Networks, r)
	}
	for _, suffix := range []string{"a", "b"} {
		e.Networks = append(e.Networks, crashNetwork(fmt.Sprintf("imp-%d-%s", seq, suffix), fmt.Sprintf("Import %d %s", seq, suffix), seq))
	}
	return e
}

// crashImportJSON is crashImport as the file the writer imports.
func crashImportJSON(seq int, target *model.Network) ([]byte, error) {
	var b bytes.Buffer
	err := crashImport(seq, target).WriteJSON(&b)
	return b.Bytes(), err
}

// editNotes is the interview of n that write seq rewrites, rewritten.
func editNotes(n model.Network, seq int) model.Interview {
	iv := n.Interviews[0]
	iv.Notes = crashNotes(seq)
	iv.Business = fmt.Sprintf("Notes rewritten by write %d", seq)
	iv.ContractsCount = seq % 40
	return iv
}

// editBasics is n's own fields as write seq changes them.
func editBasics(n model.Network, seq int) model.Network {
	fee := model.Money(seq * 100)
	n.Summary = fmt.Sprintf("Basics changed by write %d.", seq)
	n.AnnualFee = &fee
	n.Fit.Chemistry = model.Rating(seq%5 + 1)
	n.Factors.Mentors = model.Rating((seq+2)%5 + 1)
	n.Status = []model.Status{model.StatusResearching, model.StatusInterviewing, model.StatusDecided}[seq%3]
	n.Warnings = nil
	for i, w := range model.WarningSigns {
		if seq>>i&1 == 1 {
			n.Warnings = append(n.Warnings, w)
		}
	}
	return n
}

// newPromise is the promise write seq adds, without the id the store
// generates.
func newPromise(seq int) model.Promise {
	return model.Promise{Category: model.CategoryTraining, Text: fmt.Sprintf("Training added by write %d", seq), Source: model.SourceBrochure}
}

// chooseOp picks write seq's kind and target from the state, the same way
// in every process.
func chooseOp(seed uint64, seq int, s crashState) crashOp {
	rng := rand.New(rand.NewPCG(seed, uint64(seq)))
	op := crashOp{seq: seq}
	pick := func() model.Network { return s.nets[rng.IntN(len(s.nets))] }
	switch {
	case len(s.nets) == 0:
		op.kind = opCreate
		return op
	case len(s.nets) > crashMaxNetworks:
		op.kind, op.target = opDelete, pick().ID
		return op
	}
	kinds := []string{opCreate, opCreate, opNotes, opNotes, opNotes, opBasics, opBasics, opPromise, opDelPromise, opImport, opDelete, opProfile,
		opLedger, opLedger, opDelLedger, opSeat, opCandidate, opCandidate}
	op.kind = kinds[rng.IntN(len(kinds))]
	switch op.kind {
	case opNotes, opBasics, opPromise, opDelete, opLedger:
		op.target = pick().ID
	case opDelLedger:
		n := pick()
		if n.Membership == nil || len(n.Membership.Ledger) == 0 {
			op.kind, op.target = opLedger, n.ID
			return op
		}
		op.target, op.id = n.ID, n.Membership.Ledger[rng.IntN(len(n.Membership.Ledger))].ID
	case opCandidate:
		if s.plan == nil || len(s.plan.Seats) == 0 {
			op.kind = opSeat
			return op
		}
		op.target = s.plan.Seats[rng.IntN(len(s.plan.Seats))].ID
	case opImport:
		if rng.IntN(2) == 0 {
			op.target = pick().ID
		}
	case opDelPromise:
		n := pick()
		if len(n.Promises) == 0 {
			op.kind = opCreate
			return op
		}
		op.target, op.id = n.ID, n.Promises[rng.IntN(len(n.Promises))].ID
	}
	return op
}

// apply returns the state after op, computed in memory with package
// model's changes, which mirror the store's.
func apply(s crashState, op crashOp) (crashState, error) {
	s = s.clone()
	i := s.index(op.target)
	if op.target != "" && i < 0 && op.kind != opCandidate {
		return s, fmt.Errorf("write %d: no network %q", op.seq, op.target)
	}
	switch op.kind {
	case opCreate:
		s.nets = append(s.nets, crashNetwork(fmt.Sprintf("net-%d", op.seq), fmt.Sprintf("Network %d", op.seq), op.seq))
	case opNotes:
		s.nets[i].PutInterview(editNotes(s.nets[i], op.seq))
	case opBasics:
		s.nets[i] = editBasics(s.nets[i], op.seq)
	case opPromise:
		p := newPromise(op.seq)
		p.ID = op.id
		s.nets[i].PutPromise(p)
	case opDelPromise:
		s.nets[i].DeletePromise(op.id)
	case opDelete:
		s.nets = slices.Delete(s.nets, i, i+1)
	case opProfile:
		p := crashProfile(op.seq)
		s.profile = &p
	case opImport:
		return applyImport(s, op, i)
	case opLedger, opDelLedger:
		applyLedger(&s.nets[i], op)
	case opSeat, opCandidate:
		return applyPlan(s, op)
	default:
		return s, fmt.Errorf("write %d: unknown kind %q", op.seq, op.kind)
	}
	return s, nil
}

// applyLedger adds the entry of op to the network's ledger, or deletes
// the entry op names, in a copy of the membership.
func applyLedger(n *model.Network, op crashOp) {
	m := *n.Membership
	if op.kind == opLedger {
		e := newEntry(op.seq)
		e.ID = op.id
		m.Ledger = append(slices.Clone(m.Ledger), e)
	} else {
		m.Ledger = slices.DeleteFunc(slices.Clone(m.Ledger), func(e model.LedgerEntry) bool { return e.ID == op.id })
	}
	n.Membership = &m
}

// applyPlan adds the seat of op, making the default plan if there is none
// as the store does, or the candidate of op to the seat it names.
func applyPlan(s crashState, op crashOp) (crashState, error) {
	if s.plan == nil {
		o := model.NewOwnNetwork()
		s.plan = &o
	}
	s.plan.Seats = slices.Clone(s.plan.Seats)
	if op.kind == opSeat {
		st := newSeat(op.seq)
		st.ID = op.id
		s.plan.Seats = append(s.plan.Seats, st)
		return s, nil
	}
	j := slices.IndexFunc(s.plan.Seats, func(st model.Seat) bool { return st.ID == op.target })
	if j < 0 {
		return s, fmt.Errorf("write %d: no seat %q", op.seq, op.target)
	}
	c := newCandidate(op.seq)
	c.ID = op.id
	s.plan.Seats[j].Candidates = append(slices.Clone(s.plan.Seats[j].Candidates), c)
	return s, nil
}

// applyImport is apply for an import: it reads the same JSON the writer
// imports, so what the parser does to it happens here too.
func applyImport(s crashState, op crashOp, i int) (crashState, error) {
	var target *model.Network
	if i >= 0 {
		target = &s.nets[i]
	}
	data, err := crashImportJSON(op.seq, target)
	if err != nil {
		return s, err
	}
	doc, err := model.ParseExport(data)
	if err != nil {
		return s, fmt.Errorf("write %d: the import does not parse: %w", op.seq, err)
	}
	if s.profile == nil {
		s.profile = doc.Profile
	}
	if s.plan == nil {
		s.plan = doc.OwnNetwork
	}
	for _, n := range doc.Networks {
		if j := s.index(n.ID); j >= 0 {
			s.nets[j] = n
		} else {
			s.nets = append(s.nets, n)
		}
	}
	return s, nil
}

// TestCrashKillsLoseNothing kills a writing netvet with SIGKILL at random
// moments, over and over, and after every kill checks that the file opens,
// passes bbolt's check and `netvet check`, and holds every acknowledged
// write and no half of the one in flight.
func TestCrashKillsLoseNothing(t *testing.T) {
	if path := os.Getenv(crashWriterEnv); path != "" {
		crashWriter(path)
		return
	}
	kills := crashShortKills
	if v := os.Getenv(crashKillsEnv); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			t.Fatalf("%s=%q: want a positive number of kills", crashKillsEnv, v)
		}
		kills = n
	}
	seed := rand.Uint64()
	if v := os.Getenv(crashSeedEnv); v != "" {
		var err error
		if seed, err = strconv.ParseUint(v, 10, 64); err != nil {
			t.Fatalf("%s=%q: %v", crashSeedEnv, v, err)
		}
	}
	t.Logf("%d kills, seed %d (repeat with %s=%d)", kills, seed, crashSeedEnv, seed)

	c := &crashRun{t: t, path: filepath.Join(t.TempDir(), "data", "netvet.db"), seed: seed, rng: rand.New(rand.NewPCG(seed, 0)), next: 1}
	start := time.Now()
	for round := range kills {
		c.round(round)
		if t.Failed() {
			break
		}
	}
	t.Logf("survived %d kills in %v: %d acknowledged writes; %d kills hit a write in flight (%v), of which %d had committed and %d had not; %d networks at the end",
		c.kills, time.Since(start).Round(time.Millisecond), c.acked, c.inFlight, c.hit, c.committed, c.inFlight-c.committed, len(c.want.nets))
	if c.acked < kills {
		t.Errorf("only %d writes were acknowledged in %d rounds: the writer hardly wrote", c.acked, kills)
	}
}

// crashRun is the parent's side: what the database must hold and the
// counts for the log.
type crashRun struct {
	t    *testing.T
	path string
	seed uint64
	rng  *rand.Rand
	// want is the state after the acknowledged writes; next is the first
	// sequence number of the next writer.
	want crashState
	next int

	kills, acked, inFlight, committed int
	// hit counts the kills that hit a write in flight, by its kind.
	hit map[string]int
}

// round starts a writer, kills it, and checks the file.
func (c *crashRun) round(round int) {
	t := c.t
	ctx, cancel := context.WithTimeout(context.Background(), crashRoundTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^TestCrashKillsLoseNothing$", "-test.count=1")
	cmd.Env = append(os.Environ(),
		crashWriterEnv+"="+c.path,
		crashSeqEnv+"="+strconv.Itoa(c.next),
		crashSeedEnv+"="+strconv.FormatUint(c.seed, 10),
		crashKillsEnv+"=")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := make(chan string, 64)
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			lines <- sc.Text()
		}
	}()
	waited := false
	defer func() {
		// On a failed check: the writer must not outlive the test.
		if !waited {
			_ = cmd.Process.Kill()
			for range lines {
			}
			_ = cmd.Wait()
		}
	}()

	// Kill after a random number of acknowledgements (none: while it
	// opens the file) and a random few milliseconds more.
	killAfter := c.rng.IntN(9)
	extra := time.Duration(c.rng.IntN(15_000)) * time.Microsecond
	armed := false
	arm := func() {
		if !armed {
			armed = true
			time.AfterFunc(extra, func() { _ = cmd.Process.Kill() })
		}
	}
	if killAfter == 0 {
		arm()
	}
	var pending *crashOp
	acks := 0
	for line := range lines {
		pending = c.record(round, line, pending, &acks)
		if acks >= killAfter {
			arm()
		}
	}
	err = cmd.Wait()
	waited = true
	if ctx.Err() != nil {
		t.Fatalf("round %d: the writer did not end in %v", round, crashRoundTimeout)
	}
	if st := cmd.ProcessState; st == nil || st.ExitCode() != -1 {
		t.Fatalf("round %d: the writer ended by itself (%v), not by SIGKILL: %s", round, err, stderr.String())
	}
	c.kills++
	c.verify(round, pending)
}

// record handles one line of the writer and returns the write in flight.
func (c *crashRun) record(round int, line string, pending *crashOp, acks *int) *crashOp {
	t := c.t
	f := strings.Fields(line)
	switch {
	case len(f) == 1 && f[0] == "ready":
		return pending
	case len(f) >= 1 && f[0] == "try":
		op, err := parseOp(f[1:])
		if err != nil {
			t.Fatalf("round %d: writer line %q: %v", round, line, err)
		}
		if pending != nil {
			t.Fatalf("round %d: write %d began before write %d was acknowledged", round, op.seq, pending.seq)
		}
		c.next = op.seq + 1
		return &op
	case len(f) >= 2 && f[0] == "ack":
		seq, err := strconv.Atoi(f[1])
		if err != nil || pending == nil || seq != pending.seq {
			t.Fatalf("round %d: acknowledgement %q does not match the write in flight %v", round, line, pending)
		}
		op := *pending
		if newID(op.kind) {
			if len(f) != 3 {
				t.Fatalf("round %d: %q lacks the new %s's id", round, line, op.kind)
			}
			op.id = f[2]
		}
		next, err := apply(c.want, op)
		if err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		c.want = next
		c.acked++
		*acks++
		return nil
	}
	t.Fatalf("round %d: unexpected writer line %q", round, line)
	return nil
}

// verify checks the file after a kill: `netvet check` passes, the store
// opens and its Check passes, and the content is the acknowledged state or
// that state plus the write in flight.
func (c *crashRun) verify(round int, pending *crashOp) {
	t := c.t
	if _, err := os.Stat(c.path); err != nil {
		if c.acked == 0 && pending == nil {
			// Killed before the file was made.
			return
		}
		t.Fatalf("round %d: the database is gone: %v", round, err)
	}
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"check", "--db", c.path}, strings.NewReader(""), &stdout, &stderr); code != exitOK || !strings.HasPrefix(stdout.String(), "OK: ") {
		t.Fatalf("round %d: netvet check exited %d after the kill:\n%s%s", round, code, stdout.String(), stderr.String())
	}
	st, err := store.Open(c.path, store.Options{})
	if err != nil {
		t.Fatalf("round %d: the database does not open after the kill: %v", round, err)
	}
	defer st.Close()
	if problems := st.Check(); len(problems) > 0 {
		t.Fatalf("round %d: Check after the kill: %v", round, problems)
	}
	got, err := readState(st)
	if err != nil {
		t.Fatalf("round %d: %v", round, err)
	}
	gotJSON, err := got.exportJSON()
	if err != nil {
		t.Fatal(err)
	}
	wantJSON, err := c.want.exportJSON()
	if err != nil {
		t.Fatal(err)
	}
	if pending != nil {
		if c.hit == nil {
			c.hit = make(map[string]int)
		}
		c.hit[pending.kind]++
	}
	if gotJSON == wantJSON {
		if pending != nil {
			c.inFlight++
		}
		return
	}
	if pending == nil {
		t.Fatalf("round %d: the database differs from the acknowledged writes:\n%s", round, firstDifference(wantJSON, gotJSON))
	}
	c.inFlight++
	op := *pending
	if newID(op.kind) {
		op.id = newIDInFile(got, op)
	}
	after, err := apply(c.want, op)
	if err != nil {
		t.Fatalf("round %d: %v", round, err)
	}
	afterJSON, err := after.exportJSON()
	if err != nil {
		t.Fatal(err)
	}
	if gotJSON != afterJSON {
		t.Fatalf("round %d: the database holds neither the acknowledged writes nor those plus write %v in flight.\nagainst the acknowledged state:\n%s\nagainst the state after the write in flight:\n%s",
			round, op, firstDifference(wantJSON, gotJSON), firstDifference(afterJSON, gotJSON))
	}
	c.committed++
	c.want = after
}

// readState reads the profile and every network.
func readState(st *store.Store) (crashState, error) {
	var s crashState
	p, found, err := st.Profile()
	if err != nil {
		return s, err
	}
	if found {
		s.profile = &p
	}
	if s.nets, err = st.Networks(); err != nil {
		return s, err
	}
	plan, found, err := st.Plan()
	if found {
		s.plan = &plan
	}
	return s, err
}

// newIDInFile finds the id the store gave to what the write in flight op
// added, by its content, or "" when it is not in the file.
func newIDInFile(s crashState, op crashOp) string {
	switch op.kind {
	case opPromise:
		return promiseIDByText(s, op.target, newPromise(op.seq).Text)
	case opLedger:
		if i := s.index(op.target); i >= 0 {
			for _, e := range s.nets[i].Membership.Ledger {
				if e.Note == newEntry(op.seq).Note {
					return e.ID
				}
			}
		}
	case opSeat, opCandidate:
		if s.plan == nil {
			return ""
		}
		for _, st := range s.plan.Seats {
			if op.kind == opSeat && st.Role == newSeat(op.seq).Role {
				return st.ID
			}
			for _, c := range st.Candidates {
				if op.kind == opCandidate && st.ID == op.target && c.Name == newCandidate(op.seq).Name {
					return c.ID
				}
			}
		}
	}
	return ""
}

// promiseIDByText finds the id of the promise with the given text in the
// network, or "".
func promiseIDByText(s crashState, netID, text string) string {
	if i := s.index(netID); i >= 0 {
		for _, p := range s.nets[i].Promises {
			if p.Text == text {
				return p.ID
			}
		}
	}
	return ""
}

// firstDifference shows where two exports part: the first differing line
// with a little context, long lines shortened.
func firstDifference(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	short := func(s string) string {
		if len(s) > 160 {
			return s[:160] + "…"
		}
		return s
	}
	for i := 0; i < max(len(w), len(g)); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			from := max(0, i-3)
			var b strings.Builder
			for j := from; j < i && j < len(w); j++ {
				fmt.Fprintf(&b, "    %s\n", short(w[j]))
			}
			fmt.Fprintf(&b, "want line %d: %s\ngot  line %d: %s", i+1, short(wl), i+1, short(gl))
			return b.String()
		}
	}
	return "(no difference)"
}

// crashWriter is the writer process: it writes until it is killed,
// printing "try" and the write before it starts it and "ack" once it is
// committed. Any failure ends it with status 1 and the reason on stderr.
func crashWriter(path string) {
	fail := func(err error) {
		fmt.Fprintln(os.Stderr, "crash writer:", err)
		os.Exit(1)
	}
	seq, err := strconv.Atoi(os.Getenv(crashSeqEnv))
	if err != nil {
		fail(err)
	}
	seed, err := strconv.ParseUint(os.Getenv(crashSeedEnv), 10, 64)
	if err != nil {
		fail(err)
	}
	w := &writer{path: path}
	if err := w.open(); err != nil {
		fail(err)
	}
	fmt.Println("ready")
	for deadline := time.Now().Add(crashWriterLife); time.Now().Before(deadline); seq++ {
		s, err := w.state()
		if err != nil {
			fail(err)
		}
		op := chooseOp(seed, seq, s)
		fmt.Println("try", op)
		ack, err := w.write(op, s)
		if err != nil {
			fail(fmt.Errorf("write %v: %w", op, err))
		}
		fmt.Println(strings.TrimSpace("ack " + strconv.Itoa(seq) + " " + ack))
	}
	os.Exit(0)
}

// writer makes the writes through the store, and imports through the
// import command, as netvet does.
type writer struct {
	path string
	st   *store.Store
}

func (w *writer) open() error {
	st, err := store.Open(w.path, store.Options{Timeout: 5 * time.Second})
	w.st = st
	return err
}

// state reads what the writer chooses its next write from; interviews come
// without notes, which chooseOp does not look at.
func (w *writer) state() (crashState, error) {
	var s crashState
	var err error
	if s.nets, err = w.st.NetworksLite(); err != nil {
		return s, err
	}
	plan, found, err := w.st.Plan()
	if found {
		s.plan = &plan
	}
	return s, err
}

// write makes op and returns what the acknowledgement adds: the id of a
// new promise, ledger entry, seat or candidate.
func (w *writer) write(op crashOp, s crashState) (string, error) {
	var n model.Network
	if op.target != "" && op.kind != opCandidate {
		var err error
		if n, err = w.st.Network(op.target); err != nil {
			return "", err
		}
	}
	var err error
	switch op.kind {
	case opCreate:
		_, err = w.st.CreateNetwork(crashNetwork(fmt.Sprintf("net-%d", op.seq), fmt.Sprintf("Network %d", op.seq), op.seq))
	case opNotes:
		_, err = w.st.PutInterview(op.target, editNotes(n, op.seq))
	case opBasics:
		_, err = w.st.SaveBasics(editBasics(n, op.seq))
	case opPromise:
		p, perr := w.st.PutPromise(op.target, newPromise(op.seq))
		return p.ID, perr
	case opDelPromise:
		err = w.st.DeletePromise(op.target, op.id)
	case opDelete:
		err = w.st.DeleteNetwork(op.target)
	case opProfile:
		err = w.st.SaveProfile(crashProfile(op.seq))
	case opLedger:
		e, lerr := w.st.SaveLedgerEntry(op.target, newEntry(op.seq))
		return e.ID, lerr
	case opDelLedger:
		err = w.st.DeleteLedgerEntry(op.target, op.id)
	case opSeat:
		st, serr := w.st.SaveSeat(newSeat(op.seq))
		return st.ID, serr
	case opCandidate:
		c, cerr := w.st.SaveCandidate(op.target, newCandidate(op.seq))
		return c.ID, cerr
	case opImport:
		var target *model.Network
		if op.target != "" {
			target = &n
		}
		err = w.importFile(op.seq, target)
	default:
		err = fmt.Errorf("unknown kind %q", op.kind)
	}
	return "", err
}

// importFile writes the export of write seq to a file and imports it with
// `netvet import --replace`, which needs the database to itself.
func (w *writer) importFile(seq int, target *model.Network) error {
	data, err := crashImportJSON(seq, target)
	if err != nil {
		return err
	}
	file := filepath.Join(filepath.Dir(w.path), fmt.Sprintf("import-%d.json", seq))
	if err := os.WriteFile(file, data, 0o600); err != nil {
		return err
	}
	defer os.Remove(file)
	if err := w.st.Close(); err != nil {
		return err
	}
	var stderr bytes.Buffer
	code := run(context.Background(), []string{"import", file, "--replace", "--db", w.path}, strings.NewReader(""), io.Discard, &stderr)
	if code != exitOK {
		return fmt.Errorf("netvet import exited %d: %s", code, stderr.String())
	}
	return w.open()
}
