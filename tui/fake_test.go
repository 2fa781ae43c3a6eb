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

// change applies edit to a copy of the network, validates it and stores it.
func (f *fakeStore) change(netID string, edit func(n *model.Network)) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.failWrites != nil {
		return f.failWrites
	}
	for i := range f.nets {
		if f.nets[i].ID == netID {
			n := f.nets[i]
			edit(&n)
			if err := n.Validate(); err != nil {
				return err
			}
			n.Updated = f.now
			f.nets[i] = n
			f.writes++
			return nil
		}
	}
	return errors.New("not found")
}

func (f *fakeStore) newID(prefix string) string {
	f.seq++
	return fmt.Sprintf("%s%04d", prefix, f.seq)
}

func (f *fakeStore) PutPromise(netID string, p model.Promise) (model.Promise, error) {
	if p.ID == "" {
		f.mu.Lock()
		p.ID = f.newID("p")
		f.mu.Unlock()
	}
	return p, f.change(netID, func(n *model.Network) { n.PutPromise(p) })
}

func (f *fakeStore) DeletePromise(netID, id string) error {
	return f.change(netID, func(n *model.Network) { n.DeletePromise(id) })
}

func (f *fakeStore) PutInterview(netID string, iv model.Interview) (model.Interview, error) {
	if iv.ID == "" {
		f.mu.Lock()
		iv.ID = f.newID("i")
		f.mu.Unlock()
	}
	return iv, f.change(netID, func(n *model.Network) { n.PutInterview(iv) })
}

func (f *fakeStore) DeleteInterview(netID, id string) error {
	return f.change(netID, func(n *model.Network) { n.DeleteInterview(id) })
}

func (f *fakeStore) PutEvidence(netID string, e model.Evidence) (model.Evidence, error) {
	if e.ID == "" {
		f.mu.Lock()
		e.ID = f.newID("e")
		f.mu.Unlock()
	}
	return e, f.change(netID, func(n *model.Network) { n.PutEvidence(e) })
}

func (f *fakeStore) DeleteEvidence(netID, id string) error {
	return f.change(netID, func(n *model.Network) { n.DeleteEvidence(id) })
}
