package store

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"netvet/model"
)

// ReplaceAll stores an import in one transaction, all or nothing: the
// profile if p is not nil, and nets in their order after the stored
// networks. Networks and children, ledger entries included, keep their
// ids; missing ones are generated. Created and Updated are kept when set,
// else set to now. A stored network with the id or the name of an imported
// one is an error (ErrDuplicateID, ErrDuplicateName), unless replace is
// true: then it is replaced with everything under it, keeping its place in
// the order and, when the import has none, its id and Created time. Two
// networks of the import with the same id or name are an error either way,
// and so is an imported network that matches one stored network by id and
// another by name.
func (s *Store) ReplaceAll(p *model.Profile, nets []model.Network, replace bool) error {
	return s.update(func(tx *bolt.Tx) error {
		if p != nil {
			if err := s.putProfile(tx, *p); err != nil {
				return err
			}
		}
		return s.importNetworks(tx, nets, replace)
	})
}

// Imported says what Import took from an export besides its networks.
type Imported struct {
	// Profile and Plan are true when the export's profile or own-network
	// plan was stored: the export had one and the database had none.
	Profile, Plan bool
}

// Import stores an export in one transaction, all or nothing: its networks
// as ReplaceAll stores them, and its profile and own-network plan each
// only when the database has none yet (SPEC.md 4: an import never
// replaces the user's own profile or plan). It reports which of the two it
// took.
func (s *Store) Import(e model.Export, replace bool) (Imported, error) {
	var got Imported
	err := s.update(func(tx *bolt.Tx) error {
		got = Imported{}
		profiles, err := s.bucket(tx, profileBucket)
		if err != nil {
			return err
		}
		if e.Profile != nil && profiles.Get([]byte(profileKey)) == nil {
			if err := s.putProfile(tx, *e.Profile); err != nil {
				return err
			}
			got.Profile = true
		}
		plan, err := s.bucket(tx, planBucket)
		if err != nil {
			return err
		}
		if e.OwnNetwork != nil && plan.Get([]byte(designKey)) == nil {
			if err := s.writePlan(tx, *e.OwnNetwork); err != nil {
				return err
			}
			got.Plan = true
		}
		return s.importNetworks(tx, e.Networks, replace)
	})
	if err != nil {
		return Imported{}, err
	}
	return got, nil
}

// importNetworks stores the networks of an import inside tx; see
// ReplaceAll.
func (s *Store) importNetworks(tx *bolt.Tx, nets []model.Network, replace bool) error {
	reserved, err := checkBatch(nets)
	if err != nil {
		return err
	}
	names, err := s.loadNames(tx)
	if err != nil {
		return err
	}
	imp := importer{now: s.stamp(), replace: replace, reserved: reserved, names: names}
	for _, n := range nets {
		if err := s.importNetwork(tx, copyNetwork(n), imp); err != nil {
			return err
		}
	}
	return nil
}

// checkBatch refuses two networks of an import with the same id or name,
// and returns the ids the import brings, which generated ids must avoid.
func checkBatch(nets []model.Network) (map[string]bool, error) {
	ids := make(map[string]bool, len(nets))
	names := make(map[string]string, len(nets))
	for _, n := range nets {
		if n.ID != "" {
			if ids[n.ID] {
				return nil, errorf(ErrDuplicateID, nil, msgImportDuplicateID, n.ID)
			}
			ids[n.ID] = true
		}
		key := model.NameKey(n.Name)
		if key == "" {
			continue
		}
		if first, ok := names[key]; ok {
			return nil, newError(importTwoNames(n.Name, first), ErrDuplicateName, model.NameTakenError(n.Name, first))
		}
		names[key] = n.Name
	}
	return ids, nil
}

// importTwoNames says that an import has two networks with the same name.
func importTwoNames(name, first string) string {
	name, first = strings.TrimSpace(name), strings.TrimSpace(first)
	if name == first {
		return fmt.Sprintf(msgImportDuplicateName, name)
	}
	return fmt.Sprintf(msgImportDuplicateAlike, first, name)
}

// nameTaken is the error for a network whose name the stored network named
// existing has already.
func nameTaken(name, existing string) error {
	msg := fmt.Sprintf(msgDuplicateName, strings.TrimSpace(name))
	if strings.TrimSpace(name) != strings.TrimSpace(existing) {
		msg = fmt.Sprintf(msgDuplicateNameAlike, strings.TrimSpace(name), strings.TrimSpace(existing))
	}
	return newError(msg, ErrDuplicateName, model.NameTakenError(name, existing))
}

// importer is the state of one ReplaceAll.
type importer struct {
	// now is the time of the import, for networks without times.
	now time.Time
	// replace says whether stored networks may be replaced.
	replace bool
	// reserved are the ids the import brings.
	reserved map[string]bool
	// names are the stored names, kept up to date during the import.
	names *nameList
}

// importNetwork adds or replaces one network of an import.
func (s *Store) importNetwork(tx *bolt.Tx, n model.Network, imp importer) error {
	ids, err := s.bucket(tx, networkIDsBucket)
	if err != nil {
		return err
	}
	var byID []byte
	if n.ID != "" {
		byID = clone(ids.Get([]byte(n.ID)))
	}
	byName, existing := imp.names.find(n.Name, nil)
	key := byID
	switch {
	case byID == nil && byName == nil:
		n.ID, key, err = s.newNetworkKey(tx, n.ID, imp.reserved)
		if err != nil {
			return err
		}
	case !imp.replace && byID != nil:
		return errorf(ErrDuplicateID, nil, msgDuplicateID, n.ID)
	case !imp.replace:
		return nameTaken(n.Name, existing)
	case byID != nil && byName != nil && !bytes.Equal(byID, byName):
		return errorf(ErrDuplicateName, nil, msgImportAmbiguous, n.Name, n.ID)
	default:
		if key == nil {
			key = byName
		}
		if err := s.takeOver(tx, key, &n); err != nil {
			return err
		}
	}
	if n.Created.IsZero() {
		n.Created = imp.now
	}
	if n.Updated.IsZero() {
		n.Updated = imp.now
	}
	if err := s.writeNetwork(tx, key, &n, true, true, imp.names); err != nil {
		return err
	}
	return ids.Put([]byte(n.ID), key)
}

// takeOver prepares n to replace the stored network at key: it inherits
// the id when it has none and the Created time, and the old id leaves the
// index when the id changes.
func (s *Store) takeOver(tx *bolt.Tx, key []byte, n *model.Network) error {
	nets, err := s.bucket(tx, networksBucket)
	if err != nil {
		return err
	}
	old, err := s.loadRecord(nets.Bucket(key), key)
	if err != nil {
		return err
	}
	if n.ID == "" {
		n.ID = old.ID
	}
	if n.Created.IsZero() {
		n.Created = old.Created
	}
	if n.ID == old.ID {
		return nil
	}
	ids, err := s.bucket(tx, networkIDsBucket)
	if err != nil {
		return err
	}
	return ids.Delete([]byte(old.ID))
}
