package store

import (
	"encoding/json"

	bolt "go.etcd.io/bbolt"

	"netvet/model"
)

// Profile returns the saved profile. Before one is saved it returns
// model.NewProfile() and false.
func (s *Store) Profile() (model.Profile, bool, error) {
	p, found := model.NewProfile(), false
	err := s.view(func(tx *bolt.Tx) error {
		b, err := s.bucket(tx, profileBucket)
		if err != nil {
			return err
		}
		v := b.Get([]byte(profileKey))
		if v == nil {
			return nil
		}
		if p, err = decodeProfile(v); err != nil {
			return s.unreadable(partProfile, err)
		}
		found = true
		return nil
	})
	if err != nil {
		return model.NewProfile(), false, err
	}
	return p, found, nil
}

// SaveProfile validates p and stores it in place of the saved profile.
func (s *Store) SaveProfile(p model.Profile) error {
	return s.update(func(tx *bolt.Tx) error {
		return s.putProfile(tx, p)
	})
}

// putProfile validates and writes the profile inside tx.
func (s *Store) putProfile(tx *bolt.Tx, p model.Profile) error {
	if err := p.Validate(); err != nil {
		return errorf(ErrInvalid, err, msgInvalidProfile, err)
	}
	b, err := s.bucket(tx, profileBucket)
	if err != nil {
		return err
	}
	v, err := json.Marshal(p)
	if err != nil {
		return err
	}
	return b.Put([]byte(profileKey), v)
}
