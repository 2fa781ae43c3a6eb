package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"netvet/store"
)

// gtEnglishTitle and gtGermanTitle start the guide of the demo's first
// network.
const (
	gtEnglishTitle = "# Interview guide: Werkbank Süd Expertennetz\n"
	gtGermanTitle  = "# Gesprächsleitfaden: Werkbank Süd Expertennetz\n"
)

// gtLocale sets the environment's locale for one test: LANG, with LC_ALL
// and LC_MESSAGES unset.
func gtLocale(t *testing.T, langValue string) {
	t.Helper()
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", langValue)
}

// gtNetworkID returns the id of the network named name in the database at
// path.
func gtNetworkID(t *testing.T, path, name string) string {
	t.Helper()
	st, err := store.Open(path, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	nets, err := st.NetworksLite()
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range nets {
		if n.Name == name {
			return n.ID
		}
	}
	t.Fatalf("no network %q in %s", name, path)
	return ""
}

// TestGuideFindsTheNetworkAndSpeaksTheLanguage: the guide of a network
// named in any case, or by its id, in the language of --lang, else of the
// environment.
func TestGuideFindsTheNetworkAndSpeaksTheLanguage(t *testing.T) {
	dir := dtEnv(t)
	demo := dtDemo(t, dir)
	id := gtNetworkID(t, demo, "Werkbank Süd Expertennetz")
	cases := []struct {
		rule, locale string
		args         []string
		title        string
	}{
		{"the name as written, English by default", "", []string{"Werkbank Süd Expertennetz"}, gtEnglishTitle},
		{"the name in another case", "C", []string{"WERKBANK SÜD EXPERTENNETZ"}, gtEnglishTitle},
		{"the id", "", []string{id}, gtEnglishTitle},
		{"German from the environment", "de_DE.UTF-8", []string{"werkbank süd expertennetz"}, gtGermanTitle},
		{"--lang de before the environment", "en_US.UTF-8", []string{"--lang", "de", "Werkbank Süd Expertennetz"}, gtGermanTitle},
		{"--lang en before the environment", "de_DE.UTF-8", []string{"Werkbank Süd Expertennetz", "--lang=en"}, gtEnglishTitle},
	}
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			gtLocale(t, c.locale)
			out := dtMust(t, append([]string{"guide", "--db", demo}, c.args...)...)
			if !strings.HasPrefix(out, c.title) {
				t.Errorf("the guide starts %.60q, want %q", out, c.title)
			}
		})
	}
	// The profile's language before the environment's, --lang before
	// the profile's.
	german := filepath.Join(dir, "german.db")
	dtMust(t, "import", "--db", german, dtWrite(t, filepath.Join(dir, "german.json"),
		`{"format": "netvet.export", "version": 2, "profile": {"name": "Jana", "language": "de"},
		  "networks": [{"id": "k", "name": "Kreis"}]}`))
	gtLocale(t, "en_US.UTF-8")
	if out := dtMust(t, "guide", "--db", german, "Kreis"); !strings.HasPrefix(out, "# Gesprächsleitfaden: Kreis\n") {
		t.Errorf("the profile's German is not used:\n%.80s", out)
	}
	if out := dtMust(t, "guide", "--db", german, "Kreis", "--lang", "en"); !strings.HasPrefix(out, "# Interview guide: Kreis\n") {
		t.Errorf("--lang en does not win over the profile:\n%.80s", out)
	}

	// The guide asks about the network's own promises.
	gtLocale(t, "")
	out := dtMust(t, "guide", "--db", demo, "Gipfelrunde Mastermind")
	if !strings.HasPrefix(out, "# Interview guide: Gipfelrunde Mastermind\n") || !strings.Contains(out, "### 1. Is “") {
		t.Errorf("the guide of another network:\n%s", out)
	}
}

// TestGuideRefusesWhatNamesNoOneNetwork: an unknown network and one that
// two networks answer to are one line each, quoting what was asked for
// with its control characters escaped, and exit 1; wrong usage exits 2.
func TestGuideRefusesWhatNamesNoOneNetwork(t *testing.T) {
	dir := dtEnv(t)
	db := filepath.Join(dir, "netvet.db")
	// An id that is another network's name.
	dtMust(t, "import", "--db", db, dtWrite(t, filepath.Join(dir, "two.json"),
		`{"format": "netvet.export", "version": 1,
		  "networks": [{"id": "alpha", "name": "Beta Circle"}, {"id": "b2", "name": "Alpha"}]}`))
	usage := "netvet: %s\n" + hintUsage + "\n"
	cases := []struct {
		rule   string
		args   []string
		code   int
		stderr string
	}{
		{"an unknown name", []string{"Gamma"}, exitFailure, `netvet: no network is named "Gamma" or has it as its id` + "\n"},
		{"a part of a name", []string{"Beta"}, exitFailure, `netvet: no network is named "Beta" or has it as its id` + "\n"},
		{"control characters are escaped", []string{"Evil\x1b]0;title\a"}, exitFailure,
			`netvet: no network is named "Evil\x1b]0;title\a" or has it as its id` + "\n"},
		{"an id that is another network's name", []string{"alpha"}, exitFailure,
			`netvet: "alpha" names 2 networks (ids "alpha", "b2"); give the id of the one you mean` + "\n"},
		{"no network", nil, exitUsage, strings.Replace(usage, "%s", "guide takes one NETWORK: its name or its id", 1)},
		{"two networks", []string{"Alpha", "Beta"}, exitUsage, strings.Replace(usage, "%s", "guide takes one NETWORK: its name or its id", 1)},
		{"a language netvet does not speak", []string{"--lang", "fr", "Alpha"}, exitUsage, strings.Replace(usage, "%s", `unknown language "fr" (use en or de)`, 1)},
		{"an empty language", []string{"--lang=", "Alpha"}, exitUsage, strings.Replace(usage, "%s", `unknown language "" (use en or de)`, 1)},
	}
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			r := dtRun(t, "", append([]string{"guide", "--db", db}, c.args...)...)
			if r.code != c.code || r.stderr != c.stderr || r.stdout != "" {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit %d, stderr %q", r.code, r.stdout, r.stderr, c.code, c.stderr)
			}
		})
	}
	// "ALPHA" names b2 by its name: ids are matched exactly.
	if out := dtMust(t, "guide", "--db", db, "ALPHA"); !strings.HasPrefix(out, "# Interview guide: Alpha\n") {
		t.Errorf("guide ALPHA:\n%.80s", out)
	}
}

// TestGuideToAFile: -o writes the same guide as standard output, mode
// 0600; it refuses an existing file unless --force, and never writes over
// the database, another database or something that is not a regular
// file, such as a FIFO, which a write would block on.
func TestGuideToAFile(t *testing.T) {
	dir := dtEnv(t)
	gtLocale(t, "")
	demo := dtDemo(t, dir)
	const network = "Werkbank Süd Expertennetz"
	want := dtMust(t, "guide", "--db", demo, network)
	file := filepath.Join(dir, "guide.md")
	out := dtMust(t, "guide", "--db", demo, network, "-o", file)
	if out != "Wrote the interview guide for "+strconv.Quote(network)+" to "+strconv.Quote(file)+"\n" {
		t.Errorf("guide -o said %q", out)
	}
	info, err := os.Stat(file)
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("the guide file: %v, mode %v; want mode 0600", err, info.Mode().Perm())
	}
	if b, _ := os.ReadFile(file); string(b) != want {
		t.Error("the file differs from the guide on standard output")
	}

	// An existing file only with --force.
	dtWrite(t, file, "my own notes")
	r := dtRun(t, "", "guide", "--db", demo, network, "-o", file, "--lang", "de")
	if r.code != exitFailure || r.stderr != "netvet: "+strconv.Quote(file)+" exists already; use --force to replace it\n" {
		t.Errorf("guide over an existing file: exit %d, stderr %q", r.code, r.stderr)
	}
	if b, _ := os.ReadFile(file); string(b) != "my own notes" {
		t.Errorf("the refused guide changed the file: %q", b)
	}
	dtMust(t, "guide", "--db", demo, network, "-o", file, "--force", "--lang", "de")
	if b, _ := os.ReadFile(file); !strings.HasPrefix(string(b), gtGermanTitle) {
		t.Errorf("guide --force did not replace the file: %.60q", b)
	}

	// Never the database, nor another one, nor a FIFO, even with --force.
	other := filepath.Join(dir, "other.db")
	dtMust(t, "demo", "--no-open", "--db", other)
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, target := range []string{demo, other, fifo} {
		for _, force := range []bool{false, true} {
			args := []string{"guide", "--db", demo, network, "-o", target}
			if force {
				args = append(args, "--force")
			}
			before := gtFileState(t, target)
			r := dtRun(t, "", args...)
			if r.code != exitFailure || strings.Count(r.stderr, "\n") != 1 || !strings.Contains(r.stderr, target) {
				t.Errorf("guide -o %s (force %v): exit %d, stderr %q; want one line naming it", target, force, r.code, r.stderr)
			}
			if after := gtFileState(t, target); after != before {
				t.Errorf("guide -o %s (force %v) changed it: %s, was %s", target, force, after, before)
			}
		}
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp") {
			t.Errorf("a temporary file is left: %s", e.Name())
		}
	}
}

// gtFileState describes what is at path: its type and, for a regular
// file, its content's hash.
func gtFileState(t *testing.T, path string) string {
	t.Helper()
	info, err := os.Lstat(path)
	if err != nil {
		t.Fatal(err)
	}
	if !info.Mode().IsRegular() {
		return info.Mode().Type().String()
	}
	return "file " + dtHash(t, path)
}

// TestLangFlagIsCheckedByEveryCommand: --lang is the root's, so every
// command refuses a language netvet does not speak before it does
// anything, and takes one it speaks, with or without a region.
func TestLangFlagIsCheckedByEveryCommand(t *testing.T) {
	dir := dtEnv(t)
	demo := dtDemo(t, dir)
	want := `netvet: unknown language "klingon" (use en or de)` + "\n" + hintUsage + "\n"
	for _, args := range [][]string{{}, {"verdict"}, {"export"}, {"demo", "--no-open"}, {"check"}} {
		r := dtRun(t, "", append(args, "--db", demo, "--lang", "klingon")...)
		if r.code != exitUsage || r.stderr != want || r.stdout != "" {
			t.Errorf("netvet %v --lang klingon: exit %d, stdout %q, stderr %q", args, r.code, r.stdout, r.stderr)
		}
	}
	for _, value := range []string{"en", "de", "de_AT.UTF-8", "EN"} {
		dtMust(t, "check", "--db", demo, "--lang", value)
	}
}
