package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"netvet/model"
)

// Issue 12 in a real terminal: a weight changed in the comparison reorders
// the candidates, and a fee that is not deductible raises the cost of
// joining by exactly fee × t / (1 − t).

// dcProfile is the profile of these tests: €120,000 over 1,600 hours
// (€75 an hour), a marginal tax rate of 42 %.
func dcProfile() *model.Profile {
	p := model.NewProfile()
	p.Name = "Anna Berger"
	p.TargetAnnualIncome = model.MoneyFromMajor(120000)
	p.PlannedHoursPerYear = 1600
	p.MarginalTaxRate = 0.42
	return &p
}

// dcJoinable is a candidate with a complete checklist and every rating 4
// but mentors and training, so that its verdict is join.
func dcJoinable(id, name string, mentors, training model.Rating) model.Network {
	rec := 9
	fee, annual, build := model.MoneyFromMajor(3000), model.MoneyFromMajor(1500), 2000
	n := model.NewNetwork()
	n.ID, n.Name, n.Status = id, name, model.StatusInterviewing
	n.EntryFee, n.AnnualFee, n.MembershipHoursPerYear = &fee, &annual, 40
	n.BuildHours, n.BuildUpkeepHoursPerYear, n.ExpectedProfitPerYear = &build, 200, model.MoneyFromMajor(20000)
	n.Fit = model.FitRatings{TargetGroupOverlap: 4, ComplementaryStrengths: 4, Positioning: 4, MyContribution: 4, Chemistry: 4}
	n.Factors = model.FactorRatings{Mentors: mentors, Training: training, ContractChances: 4}
	n.Promises = []model.Promise{{ID: id + "-p", Category: model.CategoryContracts, Text: "Referrals", MustHave: true, Documented: true}}
	for i := range 3 {
		n.Interviews = append(n.Interviews, model.Interview{
			ID: fmt.Sprintf("%s-i%d", id, i), Member: fmt.Sprintf("Member %d", i), SimilarToMe: true, IntroducedByNetwork: i == 0,
			Answers:        []model.Answer{{PromiseID: id + "-p", Answer: model.AnswerYes}},
			ContractsCount: 1, ContractsValue: model.MoneyFromMajor(5000), WouldJoinAgain: model.JoinAgainYes, Recommendation: &rec,
		})
	}
	return n
}

// dcImport writes the export e into a fresh database and returns its path.
func dcImport(t *testing.T, e model.Export) string {
	t.Helper()
	dir := t.TempDir()
	var b bytes.Buffer
	if err := e.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	in := filepath.Join(dir, "in.json")
	if err := os.WriteFile(in, b.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "netvet.db")
	dtMust(t, "import", in, "--db", db)
	return db
}

// dcExport is the database's content, read back with its own export.
func dcExport(t *testing.T, db string) model.Export {
	t.Helper()
	e, err := model.ParseExport([]byte(dtMust(t, "export", "--db", db)))
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// dcLeader is which of the two names comes first on the comparison's
// names line, the first line that shows both.
func dcLeader(screen string, a, b string) string {
	l := lineWith(screen, a, b)
	switch {
	case l == "":
		return ""
	case strings.Index(l, a) < strings.Index(l, b):
		return a
	}
	return b
}

// TestE2EWeightChangeReranks: two candidates alike but for mentors and
// training score the same with the default weights; in the comparison, w
// opens the weights and + on the training weight puts the training guild
// first at once, and the new weight is in the file after netvet quits.
func TestE2EWeightChangeReranks(t *testing.T) {
	t.Parallel()
	names := []string{"Mentor Circle", "Training Guild"}
	db := dcImport(t, model.Export{Profile: dcProfile(), Networks: []model.Network{
		dcJoinable("a", names[0], 5, 3), dcJoinable("b", names[1], 3, 5),
	}})
	tm := startTerminal(t, 100, 30, db)
	tm.waitForLine(names[0])
	tm.press("v")
	s := tm.waitForText(textCompare, "No clear winner")
	if got := dcLeader(s, names[0], names[1]); got != names[0] {
		t.Fatalf("first candidate %q before the change, want %q:\n%s", got, names[0], s)
	}
	tm.press("w")
	tm.waitForText("Score weights (w closes) · total 100")
	tm.press("j")
	tm.press("j")
	tm.waitForLine("▸ Training and events")
	tm.press("+")
	s = tm.waitForLine("▸ Training and events", "16")
	if got := dcLeader(s, names[0], names[1]); got != names[1] {
		t.Fatalf("first candidate %q after raising the training weight, want %q:\n%s", got, names[1], s)
	}
	tm.waitForText("Saved")
	tm.quit()
	if w := dcExport(t, db).Profile.Weights; w.Training != 16 || w.Mentors != 15 {
		t.Fatalf("stored weights %+v, want training 16, the rest as before", w)
	}
}

// moneyOnLine reads the first amount of the line of screen that contains
// label.
func moneyOnLine(t *testing.T, screen, label string) model.Money {
	t.Helper()
	l := lineWith(screen, label)
	m := regexp.MustCompile(`-?€[0-9,]+\.[0-9]{2}|\?`).FindString(l)
	if m == "" || m == "?" {
		t.Fatalf("no amount on the line %q:\n%s", l, screen)
	}
	v, err := model.ParseMoney(m)
	if err != nil {
		t.Fatalf("%q: %v", m, err)
	}
	return v
}

// TestE2ENonDeductibleFeeRaisesJoinCost: marking the fees not deductible
// in step 1's form raises the cost of joining in step 6 by exactly the
// fees over the horizon × t / (1 − t), rounded to cents; the flag is in
// the file after netvet quits.
func TestE2ENonDeductibleFeeRaisesJoinCost(t *testing.T) {
	t.Parallel()
	fee, annual, build := model.MoneyFromMajor(3000), model.MoneyFromMajor(1200), 400
	n := model.NewNetwork()
	n.ID, n.Name = "k", "Alpha Kreis"
	n.EntryFee, n.AnnualFee, n.MembershipHoursPerYear, n.BuildHours = &fee, &annual, 60, &build
	p := dcProfile()
	db := dcImport(t, model.Export{Profile: p, Networks: []model.Network{n}})

	tm := startTerminal(t, 100, 30, db)
	tm.waitForLine(n.Name)
	tm.press("Enter")
	tm.waitForText(textWorkspace + n.Name)
	tm.press("6")
	before := moneyOnLine(t, tm.waitForLine("Total, 3 years"), "Total, 3 years")

	tm.press("1")
	tm.waitForText("Warning signs")
	tm.press("e")
	tm.waitForText("Edit " + n.Name)
	// Name → kind, status, website, contact, summary, entry fee, annual
	// fee, VAT rate, fees not deductible.
	tm.pressTimes("Tab", 9)
	tm.waitForLine("▸ Fees not deductible")
	tm.press("y")
	tm.waitForLine("Fees not deductible", "yes")
	tm.press("C-s")
	tm.waitForText(textSaved)
	tm.press("6")
	s := tm.waitForText("1/(1 − 0.42) not deductible")
	after := moneyOnLine(t, s, "Total, 3 years")

	// The fees over the horizon, F = 3,000 + 1,200 × 3, cost F / (1 − t)
	// instead of F: the rise is F × t / (1 − t), here with t = 42/100.
	h := int64(p.HorizonYears)
	fees := int64(fee) + int64(annual)*h
	num, den := fees*42, int64(100-42)
	want := model.Money((2*num + den) / (2 * den)) // rounded half up; positive
	t.Logf("join cost %s, then %s: a rise of %s; fees over %d years %s × 0.42 / 0.58 = %s",
		before.Format("EUR"), after.Format("EUR"), (after - before).Format("EUR"), h, model.Money(fees).Format("EUR"), want.Format("EUR"))
	if after-before != want {
		t.Fatalf("the join cost rose by %s, want %s", (after - before).Format("EUR"), want.Format("EUR"))
	}
	tm.quit()
	if got := dcExport(t, db).Networks[0]; !got.FeesNotDeductible {
		t.Fatal("the flag is not in the file")
	}
}
