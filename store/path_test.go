package store

import (
	"os"
	"path/filepath"
	"testing"
)

func TestResolvePath(t *testing.T) {
	home := t.TempDir()
	cwd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		flag    string
		netvet  string
		xdgData string
		want    string
	}{
		{"the flag wins over everything", "/srv/a.db", "/tmp/b.db", "/xdg", "/srv/a.db"},
		{"a relative flag is made absolute", "rel.db", "", "", filepath.Join(cwd, "rel.db")},
		{"a leading ~/ in the flag is the home folder", "~/x/n.db", "", "", filepath.Join(home, "x", "n.db")},
		{"NETVET_DB comes next", "", "/tmp/b.db", "/xdg", "/tmp/b.db"},
		{"a leading ~/ in NETVET_DB is the home folder", "", "~/b.db", "", filepath.Join(home, "b.db")},
		{"XDG_DATA_HOME comes next", "", "", "/xdg", "/xdg/netvet/netvet.db"},
		{"a relative XDG_DATA_HOME is ignored", "", "", "rel/xdg", filepath.Join(home, ".local", "share", "netvet", "netvet.db")},
		{"the home folder comes last", "", "", "", filepath.Join(home, ".local", "share", "netvet", "netvet.db")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("HOME", home)
			t.Setenv(EnvDB, tt.netvet)
			t.Setenv(envXDGDataHome, tt.xdgData)
			got, err := ResolvePath(tt.flag)
			if err != nil || got != tt.want {
				t.Errorf("ResolvePath(%q) = %q, %v; want %q", tt.flag, got, err, tt.want)
			}
			if tt.flag == "" {
				if d, err := DefaultPath(); err != nil || d != tt.want {
					t.Errorf("DefaultPath() = %q, %v; want %q", d, err, tt.want)
				}
			}
		})
	}
}

func TestResolvePathWithoutHome(t *testing.T) {
	t.Setenv("HOME", "")
	t.Setenv(EnvDB, "")
	t.Setenv(envXDGDataHome, "")
	if got, err := ResolvePath(""); err == nil {
		t.Errorf("ResolvePath = %q, want an error asking for NETVET_DB or --db", got)
	}
}
