package tui

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"netvet/model"
)

// Store is what the screens need from the database. Package store implements
// it; tests use an in-memory fake. Every method that writes returns only
// after the change is committed.
type Store interface {
	Profile() (model.Profile, bool, error)
	SaveProfile(p model.Profile) error
	Networks() ([]model.Network, error)
	CreateNetwork(n model.Network) (model.Network, error)
	SaveBasics(n model.Network) (model.Network, error)
	DeleteNetwork(id string) error
	PutPromise(networkID string, p model.Promise) (model.Promise, error)
	DeletePromise(networkID, promiseID string) error
	PutInterview(networkID string, iv model.Interview) (model.Interview, error)
	DeleteInterview(networkID, interviewID string) error
	PutEvidence(networkID string, e model.Evidence) (model.Evidence, error)
	DeleteEvidence(networkID, evidenceID string) error
}

// common is the context every screen shares: styles, keys, the store, the
// clock and the data loaded from the store. It is passed explicitly; there
// is no package-level state.
type common struct {
	styles Styles
	keys   KeyMap
	store  Store
	now    func() time.Time
	data   *dataset
	width  int
	height int
	// load and loaded are Options.Load and Options.Loaded.
	load   tea.Cmd
	loaded func()
	// exec runs $EDITOR with the terminal handed over: tea.ExecProcess,
	// or a direct run in tests.
	exec execFunc
}

// Options configures [New].
type Options struct {
	// Now is the clock; nil means time.Now. Tests inject a fixed one.
	Now func() time.Time
	// Dark is the theme to start with until the terminal reports its
	// background colour.
	Dark bool
	// DBPath is shown in the help screen so users know where data lives.
	DBPath string
	// ReadOnly says that the store was opened read-only because the file
	// is damaged: the header says so, and a save that the store refuses
	// explains it.
	ReadOnly bool
	// Demo says that the database is the demo's (`netvet demo`): the
	// header says so, so that no one takes its fictional networks for
	// their own.
	Demo bool
	// Load, if not nil, is the command that loads the data at start
	// instead of reading the store then; see [StartLoad].
	Load tea.Cmd
	// Loaded, if not nil, is called once the data has been loaded and
	// applied, or has failed to load.
	Loaded func()
}
