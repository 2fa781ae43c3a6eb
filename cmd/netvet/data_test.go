package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"netvet/model"
	"netvet/store"
)

// End-to-end tests of import, export, backup, check and demo, run in
// process through run() with their exit codes, stdout and stderr; the last
// one runs the built binary through the worked example of docs/EXPORT.md.

// dtResult is what one run of the command line produced.
type dtResult struct {
	code           int
	stdout, stderr string
}

// dtRun runs the command line in process with the given standard input.
func dtRun(t *testing.T, stdin string, args ...string) dtResult {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(t.Context(), args, strings.NewReader(stdin), &stdout, &stderr)
	return dtResult{code: code, stdout: stdout.String(), stderr: stderr.String()}
}

// dtMust runs the command line and fails the test unless it succeeds.
func dtMust(t *testing.T, args ...string) string {
	t.Helper()
	r := dtRun(t, "", args...)
	if r.code != exitOK || r.stderr != "" {
		t.Fatalf("netvet %s: exit %d, stderr %q", strings.Join(args, " "), r.code, r.stderr)
	}
	return r.stdout
}

// dtEnv points $NETVET_DB at a fresh folder, so that nothing can reach the
// real database, and returns that folder.
func dtEnv(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	t.Setenv(store.EnvDB, filepath.Join(dir, "netvet.db"))
	return dir
}

// dtDemo writes the demo database to a fresh file and returns its path.
func dtDemo(t *testing.T, dir string) string {
	t.Helper()
	path := filepath.Join(dir, "demo.db")
	dtMust(t, "demo", "--no-open", "--db", path)
	return path
}

var dtExportedAt = regexp.MustCompile(`(?m)^  "exported_at": "[^"]*",\n`)

// dtExport exports the database as JSON without the exported_at line, the
// only one that may differ between two exports of the same data.
func dtExport(t *testing.T, db string) string {
	t.Helper()
	out := dtMust(t, "export", "--db", db)
	if !dtExportedAt.MatchString(out) {
		t.Fatalf("the export has no exported_at line:\n%s", out)
	}
	return dtExportedAt.ReplaceAllString(out, "")
}

func dtHash(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

func dtWrite(t *testing.T, path, content string) string {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestImportExportRoundTrip(t *testing.T) {
	dir := dtEnv(t)
	demo := dtDemo(t, dir)
	file := filepath.Join(dir, "export.json")
	dtMust(t, "export", "--db", demo, "-o", file)

	fresh := filepath.Join(dir, "other-machine", "netvet.db")
	out := dtMust(t, "import", "--db", fresh, file)
	want := "Imported 6 networks (18 promises, 16 interviews, 6 pieces of evidence) into " + strconv.Quote(fresh) + "\nImported the profile.\nImported the own-network plan.\n"
	if out != want {
		t.Errorf("import said %q, want %q", out, want)
	}
	first, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := dtExport(t, fresh), dtExportedAt.ReplaceAllString(string(first), ""); got != want {
		t.Errorf("export → import → export changed the JSON:\n%s\nthen\n%s", want, got)
	}
}

// TestRoundTripOfEveryField: a document that sets every field of the
// format — the profile's and the networks' of version 2, an archived
// network's earlier status, a membership with a ledger entry of every
// kind, a plan with seats and candidates — goes into a database and comes
// out byte for byte, twice.
func TestRoundTripOfEveryField(t *testing.T) {
	dir := dtEnv(t)
	var b bytes.Buffer
	if err := dtFullExport().WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	file := dtWrite(t, filepath.Join(dir, "full.json"), b.String())
	want := dtExportedAt.ReplaceAllString(b.String(), "")
	for _, needle := range []string{`"status_before_archive": "decided"`, `"kind": "promise_check"`, `"margin": null`, `"reliability": null`, `"cannot_reclaim_vat": true`} {
		if !strings.Contains(want, needle) {
			t.Fatalf("the document lacks %s", needle)
		}
	}
	db := filepath.Join(dir, "one.db")
	dtMust(t, "import", "--db", db, file)
	got := dtExport(t, db)
	if got != want {
		t.Fatalf("import → export changed the document:\n%s", dtFirstDifference(want, got))
	}
	again := dtWrite(t, filepath.Join(dir, "again.json"), dtMust(t, "export", "--db", db))
	other := filepath.Join(dir, "two.db")
	dtMust(t, "import", "--db", other, again)
	if third := dtExport(t, other); third != want {
		t.Errorf("export → import → export changed the JSON:\n%s", dtFirstDifference(want, third))
	}
	if out := dtMust(t, "check", "--db", other); !strings.HasPrefix(out, "OK: ") {
		t.Errorf("check after the round trip: %s", out)
	}
}

// dtFirstDifference shows the first line where two exports differ.
func dtFirstDifference(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := range min(len(w), len(g)) {
		if w[i] != g[i] {
			return fmt.Sprintf("line %d: want %s\n         got  %s", i+1, w[i], g[i])
		}
	}
	return fmt.Sprintf("%d lines, then %d", len(w), len(g))
}

// dtFullExport is an export that sets every field of the format.
func dtFullExport() model.Export {
	rate := func(f float64) *float64 { return &f }
	money := func(m model.Money) *model.Money { return &m }
	p := model.NewProfile()
	p.Name, p.Positioning = "Dana Example", "Data protection for dentists"
	p.TargetGroups, p.Strengths = []string{"Dentists"}, []string{"GDPR audits"}
	p.Currency, p.TargetAnnualIncome, p.PlannedHoursPerYear, p.MarginalTaxRate = "CHF", 120_000_00, 1600, 0.42
	p.HorizonYears, p.MinInterviews, p.JoinThreshold = 4, 2, 65
	p.CannotReclaimVAT, p.ProfitMargin, p.Language = true, rate(0.55), model.LanguageGerman
	p.Weights = model.Weights{ContractChances: 30, Mentors: 10, Training: 10, Fit: 25, PromiseDelivery: 15, MemberSentiment: 10.5}

	n := model.NewNetwork()
	n.ID, n.Name, n.Kind, n.Website, n.Contact, n.Summary = "alpha", "Alpha Circle", model.KindMastermind, "https://alpha.example", "Eva", "Two lines\nof summary"
	n.Status, n.EntryFee, n.AnnualFee, n.VATRate, n.FeesNotDeductible = model.StatusJoined, money(3000_50), money(1200_00), 0.19, true
	n.ExtraCostsPerYear, n.MinTermYears, n.MembershipHoursPerYear, n.BuildUpkeepHoursPerYear = 720_00, 1, 60, 50
	hours := 400
	n.BuildHours, n.ExpectedProfitPerYear, n.OtherBenefitPerYear = &hours, 10_000_05, 1500_00
	n.Fit = model.FitRatings{TargetGroupOverlap: 4, ComplementaryStrengths: 3, Positioning: 5, MyContribution: 3, Chemistry: 4}
	n.Factors = model.FactorRatings{Mentors: 4, Training: 3, ContractChances: 4}
	n.RatingNotes, n.Warnings = "Training is thin.", []model.WarningSign{model.WarnAutoRenewal, model.WarnQuotas, model.WarnFeesNotRefundable}
	rec := 8
	n.Promises = []model.Promise{{ID: "p1", Category: model.CategoryContracts, Text: "Referrals", Source: model.SourceSalesTalk, MustHave: true, Documented: true, Notes: "Twice"}}
	n.Interviews = []model.Interview{{ID: "i1", Member: "Jörg Müller", Business: "Müller GmbH", MemberSince: 2019, Date: model.NewDate(2026, 1, 2),
		Channel: model.ChannelCall, SimilarToMe: true, IntroducedByNetwork: true, Answers: []model.Answer{{PromiseID: "p1", Answer: model.AnswerYes, Comment: "yes"}},
		ContractsCount: 2, ContractsValue: 15_000_00, WouldJoinAgain: model.JoinAgainYes, Recommendation: &rec, RedFlags: "none", Notes: "# Call\n"}}
	n.Evidence = []model.Evidence{{ID: "e1", Description: "Audit", Beneficiary: "Jörg Müller", SimilarToMe: true, Value: 8000_00, Date: model.NewDate(2026, 1, 3), Level: model.LevelDocumented, InterviewID: "i1"}}
	n.Membership = &model.Membership{
		JoinedOn: model.NewDate(2026, 1, 15), MinTermMonths: 24, RenewalTermMonths: 6, NoticeDays: 60, RenewsAutomatically: true,
		Expectations: model.Expectations{ExpectedProfitPerYear: 10_000_05, OtherBenefitPerYear: 1500_00, MembershipHoursPerYear: 60,
			CashCostPerYear: money(1920_00), Score: 72, Verdict: model.VerdictJoin, Promises: []model.PromiseExpectation{{PromiseID: "p1", Status: model.PromiseConfirmed}}},
		Ledger: []model.LedgerEntry{
			{ID: "l1", Date: model.NewDate(2026, 2, 5), Kind: model.LedgerMeeting, Hours: 250, Amount: 25_00, Note: "Breakfast"},
			{ID: "l2", Date: model.NewDate(2026, 2, 6), Kind: model.LedgerOneToOne, Hours: 125, With: "Jörg Müller"},
			{ID: "l3", Date: model.NewDate(2026, 2, 7), Kind: model.LedgerEvent, Hours: 400, Amount: 90_00},
			{ID: "l4", Date: model.NewDate(2026, 2, 8), Kind: model.LedgerReferralGiven, With: "Ann Lee"},
			{ID: "l5", Date: model.NewDate(2026, 2, 9), Kind: model.LedgerReferralReceived, With: "Ann Lee"},
			{ID: "l6", Date: model.NewDate(2026, 2, 20), Kind: model.LedgerClosedBusiness, Amount: 4000_00, Margin: rate(0.5), With: "Jörg Müller"},
			{ID: "l7", Date: model.NewDate(2026, 3, 1), Kind: model.LedgerClosedBusiness, Amount: 800_00},
			{ID: "l8", Date: model.NewDate(2026, 3, 2), Kind: model.LedgerCost, Amount: 120_00},
			{ID: "l9", Date: model.NewDate(2026, 3, 3), Kind: model.LedgerPromiseCheck, PromiseID: "p1", Answer: model.AnswerPartly, Note: "Slow"},
		},
	}
	archived := model.NewNetwork()
	archived.ID, archived.Name, archived.Status = "beta", "Beta", model.StatusDecided
	archived.SetStatus(model.StatusArchived)

	plan := model.NewOwnNetwork()
	plan.Goal, plan.TargetGroup = "Six experts around dental practices", "Dentists in Hesse"
	plan.MeetingsPerYear, plan.HoursPerMeeting, plan.PrepHoursPerMeeting, plan.RecruitingHoursPerSeat = 10, 3, 1, 8
	plan.Factors = model.FactorRatings{Mentors: 3, Training: 2, ContractChances: 4}
	plan.Seats = []model.Seat{
		{ID: "s1", Role: "Tax adviser", GivesMe: "Clients", IGive: "Audits", Covers: []model.Cover{model.CoverContracts, model.CoverMentors},
			Candidates: []model.Candidate{
				{ID: "c1", Name: "Eva Roth", Status: model.CandidateApproached, TargetGroup: 4, Strengths: 4, Positioning: 3, Chemistry: 5, Notes: "Met at a fair"},
				{ID: "c2", Name: "Omar Said", Status: model.CandidateCommitted, Reliability: 5},
			}},
		{ID: "s2", Role: "Lawyer", Covers: []model.Cover{model.CoverTraining}},
	}
	return model.Export{ExportedAt: time.Date(2026, 11, 27, 10, 0, 0, 0, time.UTC), Profile: &p, Networks: []model.Network{n, archived}, OwnNetwork: &plan}
}

// dtImportBase is a valid export with one network, to break in one place
// per refusal.
const dtImportBase = `{
  "format": "netvet.export",
  "version": 1,
  "profile": {"name": "Someone else", "currency": "EUR"},
  "networks": [
    {"id": "gamma", "name": "Gamma", "kind": "mastermind", "entry_fee": 3000,
     "fit": {"chemistry": 4},
     "promises": [{"id": "p1", "category": "contracts", "text": "Referrals"}],
     "interviews": [{"id": "i1", "member": "Kim", "date": "2026-11-20",
       "answers": [{"promise_id": "p1", "answer": "yes"}]}],
     "evidence": [{"id": "e1", "description": "Deal", "value": 800, "level": "documented", "interview_id": "i1"}]}
  ]
}`

func TestImportRefusalsChangeNothing(t *testing.T) {
	dir := dtEnv(t)
	db := filepath.Join(dir, "netvet.db")
	dtMust(t, "import", "--db", db, dtWrite(t, filepath.Join(dir, "seed.json"),
		`{"format": "netvet.export", "version": 1, "profile": {"name": "Me"},
		  "networks": [{"id": "alpha", "name": "Alpha Circle"}]}`))
	cases := []struct {
		rule     string
		from, to string
		raw      *string
		want     string
	}{
		{rule: "unknown fields", from: `"fit": {"chemistry": 4}`, to: `"fit": {"chemistry": 4, "charm": 3}`,
			want: "networks[0].fit.charm: unknown field"},
		{rule: "a wrong format", from: `"netvet.export"`, to: `"netvet.backup"`,
			want: `format: "netvet.backup" is not a netvet export (want "netvet.export")`},
		{rule: "a higher version", from: `"version": 1`, to: `"version": 3`,
			want: "version: version 3 is newer than this netvet reads (2); please update netvet"},
		{rule: "a bad enum value", from: `"mastermind"`, to: `"secret_society"`,
			want: `networks[0].kind: "secret_society" is not one of expert_network, mastermind, referral_chapter, association, other`},
		{rule: "a rating out of range", from: `"chemistry": 4`, to: `"chemistry": 7`,
			want: "networks[0].fit.chemistry: rating 7 is outside 1–5"},
		{rule: "a negative amount", from: `"entry_fee": 3000`, to: `"entry_fee": -3000`,
			want: "networks[0].entry_fee: an amount must not be negative"},
		{rule: "more than two decimals", from: `"value": 800`, to: `"value": 800.001`,
			want: `networks[0].evidence[0].value: "800.001" has more than two decimals`},
		{rule: "a malformed date", from: `"2026-11-20"`, to: `"2026-11-31"`,
			want: `networks[0].interviews[0].date: "2026-11-31" is not a real date`},
		{rule: "an answer naming a missing promise", from: `"promise_id": "p1"`, to: `"promise_id": "p2"`,
			want: `networks[0].interviews[0].answers[0].promise_id: names promise "p2", which this network does not have`},
		{rule: "evidence naming a missing interview", from: `"interview_id": "i1"`, to: `"interview_id": "i2"`,
			want: `networks[0].evidence[0].interview_id: names interview "i2", which this network does not have`},
		{rule: "duplicate ids", from: `"evidence": [`, to: `"evidence": [{"id": "e1", "description": "Again", "level": "hearsay"}, `,
			want: `networks[0].evidence[1].id: id "e1" is used twice`},
		{rule: "a name the database has", from: `"name": "Gamma"`, to: `"name": "ALPHA circle"`,
			want: `networks[0].name: "ALPHA circle" counts as the same name as the network "Alpha Circle" in the database; use --replace to replace it`},
		{rule: "an id the database has", from: `"id": "gamma"`, to: `"id": "alpha"`,
			want: `networks[0].id: a network with id "alpha" exists already in the database ("Alpha Circle"); use --replace to replace it`},
		{rule: "two networks with one name", from: `"networks": [`, to: `"networks": [{"name": "gamma"},`,
			want: `networks[1].name: "Gamma" counts as the same name as "gamma" of networks[0]`},
		{rule: "malformed JSON", from: `"version": 1,`, to: `"version": 1`,
			want: `malformed JSON at line 4, column 3: invalid character '"' after object key:value pair`},
		{rule: "an empty file", raw: new(string), want: "the file is empty, not a netvet export"},
	}
	before, hash := dtExport(t, db), dtHash(t, db)
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			content := dtImportBase
			if c.raw != nil {
				content = *c.raw
			} else if !strings.Contains(content, c.from) {
				t.Fatalf("the base lacks %s", c.from)
			}
			content = strings.Replace(content, c.from, c.to, 1)
			file := dtWrite(t, filepath.Join(t.TempDir(), "bad.json"), content)
			r := dtRun(t, "", "import", "--db", db, file)
			wantErr := "netvet: cannot import " + strconv.Quote(file) + ", nothing was imported: " + c.want + "\n"
			if r.code != exitFailure || r.stderr != wantErr || r.stdout != "" {
				t.Errorf("exit %d, stdout %q, stderr\n%q\nwant exit 1 and\n%q", r.code, r.stdout, r.stderr, wantErr)
			}
			if dtHash(t, db) != hash || dtExport(t, db) != before {
				t.Error("a refused import changed the database")
			}
		})
	}
	r := dtRun(t, "", "import", "--db", db, filepath.Join(dir, "missing.json"))
	if r.code != exitFailure || !strings.HasSuffix(r.stderr, "missing.json\": no such file or directory\n") {
		t.Errorf("a missing file: exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestImportReplace(t *testing.T) {
	dir := dtEnv(t)
	db := filepath.Join(dir, "netvet.db")
	file := dtWrite(t, filepath.Join(dir, "in.json"), dtImportBase)
	dtMust(t, "import", "--db", db, file)
	changed := dtWrite(t, filepath.Join(dir, "changed.json"), strings.Replace(dtImportBase, `"entry_fee": 3000`, `"entry_fee": 2500`, 1))

	r := dtRun(t, "", "import", "--db", db, changed)
	if r.code != exitFailure || !strings.Contains(r.stderr, "use --replace to replace it") {
		t.Fatalf("import of a network the database has: exit %d, stderr %q", r.code, r.stderr)
	}
	out := dtMust(t, "import", "--replace", "--db", db, changed)
	want := "Imported 1 network (1 promise, 1 interview, 1 piece of evidence) into " + strconv.Quote(db) +
		"; 1 of them replaced a stored network with the same id or name\nSkipped the profile in the file: the database has one already.\n"
	if out != want {
		t.Errorf("import --replace said %q, want %q", out, want)
	}
	if exp := dtExport(t, db); !strings.Contains(exp, `"entry_fee": 2500,`) || strings.Count(exp, `"name": "Gamma"`) != 1 {
		t.Errorf("after --replace the database holds:\n%s", exp)
	}
}

func TestImportFromStandardInput(t *testing.T) {
	dir := dtEnv(t)
	db := filepath.Join(dir, "netvet.db")
	r := dtRun(t, dtImportBase, "import", "--db", db, "-")
	if r.code != exitOK || !strings.HasPrefix(r.stdout, "Imported 1 network (1 promise, 1 interview, 1 piece of evidence) into "+strconv.Quote(db)) {
		t.Fatalf("import -: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	if !strings.Contains(dtExport(t, db), `"name": "Gamma"`) {
		t.Error("the network read from standard input is not in the database")
	}
	r = dtRun(t, "{", "import", "--db", db, "-")
	want := "netvet: cannot import standard input, nothing was imported: malformed JSON at line 1, column 2: the file ends in the middle of a value\n"
	if r.code != exitFailure || r.stderr != want {
		t.Errorf("bad standard input: exit %d, stderr %q, want %q", r.code, r.stderr, want)
	}
}

func TestImportGeneratesMissingIDs(t *testing.T) {
	dir := dtEnv(t)
	db := filepath.Join(dir, "netvet.db")
	in := `{"format": "netvet.export", "version": 1, "networks": [{"name": "No ids",
		"promises": [{"category": "other", "text": "Coffee"}], "interviews": [{"member": "Kim"}]}]}`
	dtRun(t, in, "import", "--db", db, "-")
	exp := dtExport(t, db)
	for _, empty := range []string{`"id": ""`, `"profile": {`} {
		if strings.Contains(exp, empty) {
			t.Errorf("the export holds %s:\n%s", empty, exp)
		}
	}
	if strings.Count(exp, `"id": "`) != 3 || !strings.Contains(exp, `"profile": null`) {
		t.Errorf("want a generated id for the network, the promise and the interview, and no profile:\n%s", exp)
	}
}

func TestDataCommandUsageErrors(t *testing.T) {
	dir := dtEnv(t)
	db := filepath.Join(dir, "netvet.db")
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"import"}, "netvet: import takes one FILE, or - for standard input"},
		{[]string{"import", "a.json", "b.json"}, "netvet: import takes one FILE, or - for standard input"},
		{[]string{"export", "--format", "xml"}, `netvet: unknown format "xml" (use json, markdown, csv or ics)`},
		{[]string{"export", "extra"}, `netvet: unexpected argument "extra"`},
		{[]string{"backup"}, "netvet: backup takes one FILE to write the copy to"},
		{[]string{"check", "--fix"}, "netvet: unknown flag: --fix"},
		{[]string{"demo", "now"}, `netvet: unexpected argument "now"`},
	}
	for _, c := range cases {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			r := dtRun(t, "", append(c.args, "--db", db)...)
			if want := c.want + "\n" + hintUsage + "\n"; r.code != exitUsage || r.stderr != want || r.stdout != "" {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit 2 and %q", r.code, r.stdout, r.stderr, want)
			}
		})
	}
	if _, err := os.Stat(db); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a usage error created the database: %v", err)
	}
}

func TestExportFormats(t *testing.T) {
	dir := dtEnv(t)
	demo := dtDemo(t, dir)
	md := dtMust(t, "export", "--db", demo, "--format", "markdown")
	for _, want := range []string{"# netvet report\n", "## 1. Werkbank Süd Expertennetz\n", "### Verdict: Join\n",
		"### Verdict: Build your own network\n", "### Verdict: Keep investigating\n", "### Verdict: Don't join\n",
		"### Membership\n", "#### Review: Renew\n", "#### Review: Quit\n"} {
		if !strings.Contains(md, want) {
			t.Errorf("the Markdown export lacks %q", want)
		}
	}
	csv := dtMust(t, "export", "--db", demo, "--format", "csv")
	lines := strings.Split(strings.TrimSuffix(csv, "\n"), "\n")
	if len(lines) != 7 || lines[0] != strings.Join(model.CSVColumns, ",") ||
		!strings.HasPrefix(lines[1], "Werkbank Süd Expertennetz,expert_network,joined,2500.00,1800.00,") || !strings.HasSuffix(lines[1], ",join") {
		t.Errorf("the CSV export is\n%s", csv)
	}
	missing := filepath.Join(dir, "nothing-here.db")
	r := dtRun(t, "", "export", "--db", missing)
	if r.code != exitFailure || r.stderr != "netvet: "+missing+" does not exist\n" {
		t.Errorf("export of a missing database: exit %d, stderr %q", r.code, r.stderr)
	}
	if _, err := os.Stat(missing); !errors.Is(err, fs.ErrNotExist) {
		t.Error("export created the missing database")
	}
}

func TestExportToAFile(t *testing.T) {
	dir := dtEnv(t)
	demo := dtDemo(t, dir)
	file := filepath.Join(dir, "out", "export.json")
	if err := os.Mkdir(filepath.Dir(file), 0o700); err != nil {
		t.Fatal(err)
	}
	if out := dtMust(t, "export", "--db", demo, "-o", file); out != "Exported 6 networks to "+strconv.Quote(file)+"\n" {
		t.Errorf("export -o said %q", out)
	}
	info, err := os.Stat(file)
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("the export file: %v, mode %v; want mode 0600", err, info.Mode().Perm())
	}
	b, _ := os.ReadFile(file)
	if dtExportedAt.ReplaceAllString(string(b), "") != dtExport(t, demo) {
		t.Error("the file differs from the export on standard output")
	}
	// An export replaces its previous export only with --force.
	before := dtHash(t, file)
	r := dtRun(t, "", "export", "--db", demo, "--format", "csv", "--output", file)
	if r.code != exitFailure || r.stderr != "netvet: "+strconv.Quote(file)+" exists already; use --force to replace it\n" || dtHash(t, file) != before {
		t.Errorf("export over an existing file without --force: exit %d, stderr %q", r.code, r.stderr)
	}
	dtMust(t, "export", "--db", demo, "--format", "csv", "--output", file, "--force")
	if b, _ := os.ReadFile(file); !strings.HasPrefix(string(b), "name,kind,") {
		t.Errorf("the second export did not replace the first: %.40q", b)
	}
	entries, _ := os.ReadDir(filepath.Dir(file))
	if len(entries) != 1 {
		t.Errorf("the folder holds %d files, want only the export (no temporary file)", len(entries))
	}
	hash := dtHash(t, demo)
	r = dtRun(t, "", "export", "--db", demo, "-o", demo, "--force")
	if r.code != exitFailure || r.stderr != "netvet: "+strconv.Quote(demo)+" is the database itself; choose another file\n" || dtHash(t, demo) != hash {
		t.Errorf("export over the database: exit %d, stderr %q", r.code, r.stderr)
	}
}

// dtMemberNames lists the demo's member names, full and by surname.
func dtMemberNames() []string {
	nets := model.Demo(model.NewDate(2026, time.November, 27)).Networks
	var out []string
	for _, n := range nets {
		for _, iv := range n.Interviews {
			f := strings.Fields(iv.Member)
			out = append(out, iv.Member, f[len(f)-1])
		}
		for _, e := range n.Evidence {
			if e.Beneficiary != "" {
				out = append(out, e.Beneficiary)
			}
		}
	}
	return out
}

func TestExportAnonymized(t *testing.T) {
	dir := dtEnv(t)
	demo := dtDemo(t, dir)
	names := dtMemberNames()
	plain := dtMust(t, "export", "--db", demo)
	if !strings.Contains(plain, names[0]) {
		t.Fatalf("the plain export lacks %q; the test would prove nothing", names[0])
	}
	for _, format := range []string{"json", "markdown", "csv"} {
		out := dtMust(t, "export", "--db", demo, "--anonymize", "--format", format)
		for _, name := range names {
			if strings.Contains(out, name) {
				t.Errorf("%s: the anonymized export contains %q", format, name)
			}
		}
		if format != "csv" && !strings.Contains(out, "Member 1") {
			t.Errorf("%s: the anonymized export has no Member 1", format)
		}
	}
}

func TestBackup(t *testing.T) {
	dir := dtEnv(t)
	demo := dtDemo(t, dir)
	copyPath := filepath.Join(dir, "backup.db")
	out := dtMust(t, "backup", "--db", demo, copyPath)
	info, err := os.Stat(copyPath)
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("the copy: %v, mode %v; want mode 0600", err, info.Mode().Perm())
	}
	if want := "Backed up " + strconv.Quote(demo) + " to " + strconv.Quote(copyPath); !strings.HasPrefix(out, want) {
		t.Errorf("backup said %q, want it to start with %q", out, want)
	}
	if out := dtMust(t, "check", "--db", copyPath); !strings.HasPrefix(out, "OK: ") {
		t.Errorf("check of the copy said %q", out)
	}
	if dtExport(t, copyPath) != dtExport(t, demo) {
		t.Error("the copy holds other data than the database")
	}

	hash := dtHash(t, copyPath)
	r := dtRun(t, "", "backup", "--db", demo, copyPath)
	if r.code != exitFailure || r.stderr != "netvet: "+strconv.Quote(copyPath)+" exists already; use --force to overwrite it\n" || dtHash(t, copyPath) != hash {
		t.Errorf("backup over an existing file: exit %d, stderr %q", r.code, r.stderr)
	}
	dtMust(t, "backup", "--db", demo, "--force", copyPath)

	hash = dtHash(t, demo)
	r = dtRun(t, "", "backup", "--db", demo, "--force", demo)
	if r.code != exitFailure || r.stderr != "netvet: "+strconv.Quote(demo)+" is the database itself; choose another file\n" || dtHash(t, demo) != hash {
		t.Errorf("backup onto the database: exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestBackupWhileAnotherReadGoesOn(t *testing.T) {
	dir := dtEnv(t)
	demo := dtDemo(t, dir)
	reader, err := store.Open(demo, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Close()
	stop := make(chan struct{})
	var wg sync.WaitGroup
	reads, readErr := 0, error(nil)
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			default:
			}
			if _, err := reader.Networks(); err != nil {
				readErr = err
				return
			}
			reads++
		}
	}()
	copyPath := filepath.Join(dir, "backup.db")
	r := dtRun(t, "", "backup", "--db", demo, copyPath)
	close(stop)
	wg.Wait()
	if r.code != exitOK || readErr != nil || reads == 0 {
		t.Fatalf("backup during reads: exit %d, stderr %q; reader: %d reads, %v", r.code, r.stderr, reads, readErr)
	}
	if out := dtMust(t, "check", "--db", copyPath); !strings.HasPrefix(out, "OK: ") {
		t.Errorf("check of the copy said %q", out)
	}
}

func TestBackupWhileTheInterfaceHasTheFile(t *testing.T) {
	dir := dtEnv(t)
	demo := dtDemo(t, dir)
	// The interface opens the file for writing, which locks out readers.
	writer, err := store.Open(demo, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer writer.Close()
	copyPath := filepath.Join(dir, "backup.db")
	r := dtRun(t, "", "backup", "--db", demo, copyPath)
	want := "netvet: " + demo + " is open in another netvet (close it and try again)\n"
	if r.code != exitFailure || r.stderr != want {
		t.Errorf("backup of a locked file: exit %d, stderr %q, want %q", r.code, r.stderr, want)
	}
	if _, err := os.Stat(copyPath); !errors.Is(err, fs.ErrNotExist) {
		t.Error("a failed backup left a file")
	}
}

func TestCheckGoodFile(t *testing.T) {
	dir := dtEnv(t)
	demo := dtDemo(t, dir)
	hash := dtHash(t, demo)
	r := dtRun(t, "", "check", "--db", demo)
	want := "OK: " + strconv.Quote(demo) + ": schema 2, profile set up, 6 networks (18 promises, 16 interviews, 6 pieces of evidence)\n"
	if r.code != exitOK || r.stdout != want || r.stderr != "" {
		t.Errorf("check: exit %d, stdout %q, stderr %q; want %q", r.code, r.stdout, r.stderr, want)
	}
	if dtHash(t, demo) != hash {
		t.Error("check changed the file")
	}
}

// dtLeafPage returns the offset of the first bbolt leaf page of the file.
func dtLeafPage(t *testing.T, b []byte) int {
	t.Helper()
	// The page size is in the first meta page, after the 16-byte page
	// header, the magic and the version.
	pageSize := int(binary.LittleEndian.Uint32(b[16+8:]))
	for off := 2 * pageSize; off+pageSize <= len(b); off += pageSize {
		if flags := binary.LittleEndian.Uint16(b[off+8:]); flags == 0x02 {
			return off
		}
	}
	t.Fatal("no leaf page found")
	return 0
}

// dtPagesInUse is how many bytes of the bbolt file b its newer meta page
// says are in use: its page count times the page size. bbolt grows a file
// ahead of what it uses, so cutting the file itself in half may cut off
// only free space.
func dtPagesInUse(b []byte) int {
	pageSize := int(binary.LittleEndian.Uint32(b[16+8:]))
	// A meta page: the 16-byte page header, then magic, version, page
	// size, flags (4 bytes each), the root bucket (16), the freelist page
	// (8), the page count (8) and the transaction id (8).
	meta := func(off int) (pages, txid uint64) {
		return binary.LittleEndian.Uint64(b[off+16+40:]), binary.LittleEndian.Uint64(b[off+16+48:])
	}
	p0, tx0 := meta(0)
	p1, tx1 := meta(pageSize)
	if tx1 > tx0 {
		p0 = p1
	}
	return int(p0) * pageSize
}

func TestCheckDamagedCopies(t *testing.T) {
	dir := dtEnv(t)
	demo := dtDemo(t, dir)
	cases := []struct {
		rule   string
		damage func(b []byte) []byte
		// stderr and stdout are patterns for what check prints.
		stderr, stdout string
	}{
		{
			rule: "a garbled record is found by netvet's own check",
			damage: func(b []byte) []byte {
				i := bytes.Index(b, []byte(`"kind":"mastermind"`))
				copy(b[i+8:], "\x00\x01\x02")
				return b
			},
			stdout: `(?m)^problem: the record of the network at key \w+ cannot be read: invalid character .*$`,
			stderr: `^netvet: .* has \d+ problems \(it was not changed\)\n$`,
		},
		{
			rule: "a garbled page header is found by bbolt's check",
			damage: func(b []byte) []byte {
				off := dtLeafPage(t, b)
				binary.LittleEndian.PutUint16(b[off+8:], 0x0F)
				return b
			},
			stderr: `^netvet: .* is damaged: .*\(it was not changed\)\n$`,
		},
		{
			rule:   "a file cut short is refused",
			damage: func(b []byte) []byte { return b[:dtPagesInUse(b)/2] },
			stderr: `^netvet: .* is damaged: it is shorter than its header says.*\n$`,
		},
		{
			rule:   "a file that is not a database is refused",
			damage: func(b []byte) []byte { return []byte("name,kind\nAlpha,other\n") },
			stderr: `^netvet: .* is not a netvet database \(it was not changed\)\n$`,
		},
	}
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			b, err := os.ReadFile(demo)
			if err != nil {
				t.Fatal(err)
			}
			damaged := dtWrite(t, filepath.Join(t.TempDir(), "damaged.db"), string(c.damage(b)))
			hash := dtHash(t, damaged)
			r := dtRun(t, "", "check", "--db", damaged)
			if r.code != exitFailure || !regexp.MustCompile(c.stderr).MatchString(r.stderr) {
				t.Errorf("exit %d, stderr %q; want exit 1 and %s", r.code, r.stderr, c.stderr)
			}
			if c.stdout != "" && !regexp.MustCompile(c.stdout).MatchString(r.stdout) {
				t.Errorf("stdout %q, want %s", r.stdout, c.stdout)
			}
			if dtHash(t, damaged) != hash {
				t.Error("check changed the damaged file")
			}
		})
	}
}

func TestDemo(t *testing.T) {
	dir := dtEnv(t)
	mainDB := filepath.Join(dir, "netvet.db")
	demo := filepath.Join(dir, "demo.db")

	r := dtRun(t, "", "demo", "--no-open")
	want := "Wrote the demo database to " + strconv.Quote(demo) + "\nOpen it with: netvet --db " + strconv.Quote(demo) + "\n"
	if r.code != exitOK || r.stdout != want || r.stderr != "" {
		t.Fatalf("demo: exit %d, stdout %q, stderr %q; want %q", r.code, r.stdout, r.stderr, want)
	}
	if _, err := os.Stat(mainDB); !errors.Is(err, fs.ErrNotExist) {
		t.Error("the demo touched the real database")
	}
	if info, err := os.Stat(demo); err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("the demo file: %v, mode %v; want 0600", err, info.Mode().Perm())
	}
	if out := dtMust(t, "check", "--db", demo); !strings.HasPrefix(out, "OK: ") {
		t.Errorf("check of the demo said %q", out)
	}
	dtDemoVerdicts(t, demo)

	// A second demo keeps the first, with what was added to it, and
	// opens it; --force starts afresh.
	dtMust(t, "import", "--db", demo, dtWrite(t, filepath.Join(dir, "extra.json"), dtImportBase))
	hash := dtHash(t, demo)
	r = dtRun(t, "", "demo", "--no-open")
	want = "Kept the existing demo database " + strconv.Quote(demo) + " (netvet demo --force writes a fresh one)\nOpen it with: netvet --db " + strconv.Quote(demo) + "\n"
	if r.code != exitOK || r.stdout != want || r.stderr != "" || dtHash(t, demo) != hash {
		t.Errorf("a second demo: exit %d, stdout %q, stderr %q; want %q", r.code, r.stdout, r.stderr, want)
	}
	// Without --no-open it says it opens the demo; here it stops there,
	// since the test has no terminal.
	r = dtRun(t, "", "demo")
	want = "Opening the existing demo database " + strconv.Quote(demo) + " (netvet demo --force writes a fresh one)\n"
	if r.stdout != want || r.stderr != "netvet: "+errNoTerminal+"\n" || dtHash(t, demo) != hash {
		t.Errorf("a second demo that opens: exit %d, stdout %q, stderr %q; want %q", r.code, r.stdout, r.stderr, want)
	}
	dtMust(t, "demo", "--no-open", "--force")
	if exp := dtExport(t, demo); strings.Contains(exp, `"name": "Gamma"`) || strings.Count(exp, `"website": `) != 6 {
		t.Error("demo --force did not start afresh")
	}

	// The real database is never the demo's target, not even with --force.
	dtMust(t, "import", "--db", mainDB, dtWrite(t, filepath.Join(dir, "mine.json"), dtImportBase))
	hash = dtHash(t, mainDB)
	r = dtRun(t, "", "demo", "--no-open", "--force", "--db", mainDB)
	if r.code != exitFailure || r.stderr != "netvet: "+strconv.Quote(mainDB)+" is your netvet database; the demo needs a file of its own\n" || dtHash(t, mainDB) != hash {
		t.Errorf("demo over the real database: exit %d, stderr %q", r.code, r.stderr)
	}

	// A demo that another netvet has open is not replaced under it.
	other := filepath.Join(dir, "other-demo.db")
	dtMust(t, "demo", "--no-open", "--db", other)
	open, err := store.Open(other, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r = dtRun(t, "", "demo", "--no-open", "--force", "--db", other)
	open.Close()
	if r.code != exitFailure || !strings.Contains(r.stderr, "is open in another netvet") {
		t.Errorf("demo --force over an open demo: exit %d, stderr %q", r.code, r.stderr)
	}

	// Without --no-open it opens the interface, which needs a terminal.
	third := filepath.Join(dir, "third.db")
	r = dtRun(t, "", "demo", "--db", third)
	if r.code != exitFailure || r.stdout != "Wrote the demo database to "+strconv.Quote(third)+"\n" || r.stderr != "netvet: "+errNoTerminal+"\n" {
		t.Errorf("demo without a terminal: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
}

// dtDemoVerdicts checks that the demo database, with its own-network plan,
// yields all four verdicts.
func dtDemoVerdicts(t *testing.T, path string) {
	t.Helper()
	st, err := store.Open(path, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	p, found, err := st.Profile()
	if err != nil || !found {
		t.Fatalf("the demo profile: %v, found %v", err, found)
	}
	nets, err := st.Networks()
	if err != nil {
		t.Fatal(err)
	}
	plan, found, err := st.Plan()
	if err != nil || !found || !reflect.DeepEqual(plan, *model.Demo(model.NewDate(2026, time.November, 27)).OwnNetwork) {
		t.Fatalf("the demo plan: %+v, found %v, %v; want the plan of model.Demo", plan, found, err)
	}
	seen := make(map[model.VerdictWord]bool)
	for _, n := range nets {
		v := model.ComputeVerdict(p, &plan, n)
		seen[v.Word] = true
		if n.Name == "Gipfelrunde Mastermind" && v.Word != model.VerdictBuildOwn {
			t.Errorf("the Gipfelrunde with the plan: %s, next steps %q", v.Word, v.NextSteps)
		}
		if n.Name == "Mentorenkreis Neckar" && (v.Word != model.VerdictKeepInvestigating ||
			!slices.Equal(v.NextSteps, []string{"Plan your own network: it must offer mentors at least 5 of 5"})) {
			t.Errorf("the Mentorenkreis with the plan: %s, next steps %q", v.Word, v.NextSteps)
		}
	}
	for _, w := range model.VerdictWords {
		if !seen[w] {
			t.Errorf("no network of the demo database gets the verdict %s", w)
		}
	}
}

// TestWorkedExampleWithTheBinary follows docs/EXPORT.md with the built
// binary: export on one machine, import on another, back up, check.
func TestWorkedExampleWithTheBinary(t *testing.T) {
	bin, err := netvetBinary()
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	dir := t.TempDir()
	laptop, office := filepath.Join(dir, "laptop.db"), filepath.Join(dir, "office", "netvet.db")
	netvet := func(db string, stdin string, args ...string) (string, int) {
		t.Helper()
		cmd := exec.Command(bin, args...)
		cmd.Env = append(os.Environ(), store.EnvDB+"="+db)
		cmd.Stdin = strings.NewReader(stdin)
		out, err := cmd.CombinedOutput()
		var exit *exec.ExitError
		if err != nil && !errors.As(err, &exit) {
			t.Fatalf("run %v: %v", args, err)
		}
		return string(out), cmd.ProcessState.ExitCode()
	}
	steps := []struct {
		db, stdin string
		args      []string
		code      int
		want      string
	}{
		{filepath.Join(dir, "unused.db"), "", []string{"demo", "--no-open", "--db", laptop}, 0, "Wrote the demo database"},
		{laptop, "", []string{"export", "-o", filepath.Join(dir, "netvet-export.json")}, 0, "Exported 6 networks"},
		{office, "", []string{"import", filepath.Join(dir, "netvet-export.json")}, 0, "Imported 6 networks"},
		{office, "", []string{"import", filepath.Join(dir, "netvet-export.json")}, 1, "exists already in the database"},
		{office, "", []string{"backup", filepath.Join(dir, "office-backup.db")}, 0, "Backed up"},
		{filepath.Join(dir, "office-backup.db"), "", []string{"check"}, 0, "OK: "},
		{office, "", []string{"export", "--format", "markdown", "--anonymize", "-o", filepath.Join(dir, "for-my-adviser.md")}, 0, "Exported 6 networks"},
		{office, "", []string{"import", "-"}, 1, "the file is empty"},
		{office, "", []string{"export", "--format", "pdf"}, 2, "unknown format"},
	}
	for _, s := range steps {
		out, code := netvet(s.db, s.stdin, s.args...)
		if code != s.code || !strings.Contains(out, s.want) {
			t.Fatalf("netvet %s: exit %d, output %q; want exit %d and %q", strings.Join(s.args, " "), code, out, s.code, s.want)
		}
	}
	a, _ := netvet(laptop, "", "export")
	b, _ := netvet(office, "", "export")
	if dtExportedAt.ReplaceAllString(a, "") != dtExportedAt.ReplaceAllString(b, "") {
		t.Error("the office database differs from the laptop's")
	}
}
