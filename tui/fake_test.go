package tui

import (
	"errors"
	"fmt"
	"sync"
	"time"

	"netvet/model"
)

// fakeStore is an in-memory [Store] for screen tests. It validates like the
// real one and can be told to fail writes.
type fakeStore struct {
	mu         sync.Mutex
	profile    model.Profile
	hasProfile bool
	nets       []model.Network
	seq        int
	failWrites error
	writes     int
	now        time.Time
}

var _ Store = (*fakeStore)(nil)

func newFakeStore() *fakeStore {
	return &fakeStore{profile: model.NewProfile(), now: testNow}
}

var testNow = time.Date(2026, 11, 27, 10, 0, 0, 0, time.UTC)

func (f *fakeStore) Profile() (model.Profile, bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.profile, f.hasProfile, nil
}

func (f *fakeStore) SaveProfile(p model.Profile) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.failWrites != nil {
		return f.failWrites
	}
	if err := p.Validate(); err != nil {
		return err
	}
	f.writes++
	f.profile, f.hasProfile = p, true
	return nil
}

func (f *fakeStore) Networks() ([]model.Network, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]model.Network(nil), f.nets...), nil
}

func (f *fakeStore) CreateNetwork(n model.Network) (model.Network, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.check(n); err != nil {
		return model.Network{}, err
	}
	f.seq++
	n.ID = fmt.Sprintf("n%04d", f.seq)
	n.Created, n.Updated = f.now, f.now
	f.writes++
	f.nets = append(f.nets, n)
	return n, nil
}

func (f *fakeStore) SaveBasics(n model.Network) (model.Network, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.check(n); err != nil {
		return model.Network{}, err
	}
	for i := range f.nets {
		if f.nets[i].ID == n.ID {
			n.Promises, n.Interviews, n.Evidence = f.nets[i].Promises, f.nets[i].Interviews, f.nets[i].Evidence
			n.Updated = f.now
			f.nets[i] = n
			f.writes++
			return n, nil
		}
	}
	return model.Network{}, errors.New("not found")
}

func (f *fakeStore) DeleteNetwork(id string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.failWrites != nil {
		return f.failWrites
	}
	for i := range f.nets {
		if f.nets[i].ID == id {
			f.nets = append(f.nets[:i], f.nets[i+1:]...)
			f.writes++
			return nil
		}
	}
	return errors.New("not found")
}

func (f *fakeStore) check(n model.Network) error {
	if f.failWrites != nil {
		return f.failWrites
	}
	if err := n.Validate(); err != nil {
		return err
	}
	for _, o := range f.nets {
		if o.ID != n.ID && model.SameName(o.Name, n.Name) {
			return fmt.Errorf("a network named %q exists already", n.Name)
		}
	}
	return nil
}
