package main

import (
	"encoding/json"
	"strings"
	"testing"

	"netvet/model"
	"netvet/store"
)

// TestVerdictCommand runs `netvet verdict` on the demo database, which has
// a network for every verdict, and checks both formats against the model's
// comparison (which the TUI's comparison screen shows).
func TestVerdictCommand(t *testing.T) {
	db := dtDemo(t, dtEnv(t))

	var report struct {
		Recommended *string `json:"recommended"`
		Networks    []struct {
			ID, Name, Verdict string
			Score             int
			DealBreakers      []string `json:"deal_breakers"`
			NextSteps         []string `json:"next_steps"`
			MakeOrBuy         struct {
				HourlyRate float64 `json:"hourly_rate"`
				Choice     string  `json:"choice"`
			} `json:"make_or_buy"`
		} `json:"networks"`
	}
	out := dtMust(t, "verdict", "--format", "json", "--db", db)
	if err := json.Unmarshal([]byte(out), &report); err != nil {
		t.Fatalf("verdict json: %v\n%s", err, out)
	}

	st, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	p, _, _ := st.Profile()
	nets, _ := st.Networks()
	plan, _, _ := st.Plan()
	st.Close()
	want := model.Compare(p, &plan, nets)

	if len(report.Networks) != len(want.Ranked) {
		t.Fatalf("%d networks, want %d", len(report.Networks), len(want.Ranked))
	}
	seen := map[string]bool{}
	for i, r := range want.Ranked {
		got := report.Networks[i]
		if got.ID != r.Network.ID || got.Verdict != string(r.Verdict.Word) || got.Score != r.Verdict.Score.Total {
			t.Fatalf("networks[%d] = %s %s %d, want %s %s %d", i, got.ID, got.Verdict, got.Score, r.Network.ID, r.Verdict.Word, r.Verdict.Score.Total)
		}
		if len(got.DealBreakers) != len(r.Verdict.DealBreakers) || len(got.NextSteps) != len(r.Verdict.NextSteps) {
			t.Fatalf("networks[%d] lists differ", i)
		}
		seen[got.Verdict] = true
	}
	for _, v := range []string{"join", "build_own", "keep_investigating", "dont_join"} {
		if !seen[v] {
			t.Fatalf("the demo has no %s verdict", v)
		}
	}
	if report.Recommended == nil || *report.Recommended != want.Recommended || report.Networks[0].Verdict != "join" {
		t.Fatalf("recommended %v, want %s", report.Recommended, want.Recommended)
	}

	text := dtMust(t, "verdict", "--db", db)
	for _, s := range []string{"NETWORK", "VERDICT", "BREAK-EVEN", "Recommended: " + report.Networks[0].Name} {
		if !strings.Contains(text, s) {
			t.Fatalf("text output lacks %q:\n%s", s, text)
		}
	}
	// Best first: the rows appear in the JSON's order.
	last := -1
	for _, n := range report.Networks {
		i := strings.Index(text, n.Name)
		if i < last {
			t.Fatalf("%s out of order in:\n%s", n.Name, text)
		}
		last = i
	}
}

// TestVerdictCommandVersion2Fields checks the fields SPEC.md 4.2 added:
// robust, the score breakdown, warnings, scenarios, every make-or-buy
// figure and review, and that --as-of is accepted.
func TestVerdictCommandVersion2Fields(t *testing.T) {
	db := dtDemoOf(t, dtEnv(t), dueDemoDay)
	var report map[string]any
	out := dtMust(t, "verdict", "--format", "json", "--as-of", "2026-11-27", "--db", db)
	if err := json.Unmarshal([]byte(out), &report); err != nil {
		t.Fatalf("verdict json: %v\n%s", err, out)
	}
	// The demo's profile has a margin and the recommended network similar
	// members: its verdict is fragile (see model.Demo).
	if report["robust"] != false {
		t.Errorf("robust = %v, want false", report["robust"])
	}
	first := report["networks"].([]any)[0].(map[string]any)
	for _, k := range []string{"score_breakdown", "warnings", "scenarios", "make_or_buy", "review"} {
		if _, ok := first[k]; !ok {
			t.Errorf("the first network lacks %s", k)
		}
	}
	// The Werkbank is joined (see model.Demo): its review renews.
	review, _ := first["review"].(map[string]any)
	if review == nil || review["verdict"] != "renew" || review["due"] != false || first["scenarios"] == nil {
		t.Errorf("review %v, scenarios %v; want a review that renews and the three words", first["review"], first["scenarios"])
	}
	for _, k := range []string{"verdict", "cancel_by", "due", "reasons"} {
		if _, ok := review[k]; !ok {
			t.Errorf("the review lacks %s", k)
		}
	}
	mb := first["make_or_buy"].(map[string]any)
	for _, k := range []string{"hourly_rate", "cash_cost", "time_cost", "join_cost", "build_cost", "benefit", "net_value",
		"break_even_months", "break_even_hourly_rate", "choice"} {
		if _, ok := mb[k]; !ok {
			t.Errorf("make_or_buy lacks %s", k)
		}
	}
	if text := dtMust(t, "verdict", "--db", db); !strings.Contains(text, "NET VALUE") || !strings.Contains(text, "The verdict is fragile.") {
		t.Errorf("the text lacks the net value or the fragile line:\n%s", text)
	}
	r := dtRun(t, "", "verdict", "--as-of", "27.11.2026", "--db", db)
	if r.code != exitUsage || !strings.Contains(r.stderr, "--as-of") {
		t.Errorf("a bad --as-of: exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestVerdictCommandRefusesAnUnknownFormat(t *testing.T) {
	dtEnv(t)
	r := dtRun(t, "", "verdict", "--format", "xml")
	if r.code != exitUsage || !strings.Contains(r.stderr, `unknown format "xml"`) {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestVerdictCommandOnAnEmptyDatabase(t *testing.T) {
	dir := dtEnv(t)
	st, err := store.Open(dir+"/netvet.db", store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	if out := dtMust(t, "verdict"); !strings.Contains(out, msgVerdictNone) {
		t.Fatalf("output %q", out)
	}
	var report map[string]any
	if err := json.Unmarshal([]byte(dtMust(t, "verdict", "--format", "json")), &report); err != nil {
		t.Fatal(err)
	}
	if report["recommended"] != nil || report["networks"] == nil {
		t.Fatalf("report %v", report)
	}
}
