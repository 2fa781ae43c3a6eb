package store

import (
	"errors"
	"testing"

	"netvet/model"
)

// TestLookAlikeNamesAreTheSameName checks every way a name reaches the
// store: a name that differs from a stored one only in case, width,
// zero-width or bidirectional characters is refused, and the message names
// the stored network it clashes with.
func TestLookAlikeNamesAreTheSameName(t *testing.T) {
	tests := []struct {
		rule string
		do   func(s *Store, straße, alpha model.Network) error
		want string
	}{
		{"create with the name in capitals, ß as SS", func(s *Store, _, _ model.Network) error {
			_, err := s.CreateNetwork(plain("", "STRASSE"))
			return err
		}, `"STRASSE" counts as the same name as the network "Straße", which exists already`},
		{"create with a zero-width space in the name", func(s *Store, _, _ model.Network) error {
			_, err := s.CreateNetwork(plain("", "Al\u200bpha"))
			return err
		}, `"Al\u200bpha" counts as the same name as the network "Alpha", which exists already`},
		{"rename to fullwidth letters", func(s *Store, straße, _ model.Network) error {
			straße.Name = "Ａｌｐｈａ"
			_, err := s.UpdateNetwork(straße)
			return err
		}, `"Ａｌｐｈａ" counts as the same name as the network "Alpha", which exists already`},
		{"import a name with a bidirectional override", func(s *Store, _, _ model.Network) error {
			return s.ReplaceAll(nil, []model.Network{plain("", "Gamma"), plain("", "\u202eAlpha")}, false)
		}, `"\u202eAlpha" counts as the same name as the network "Alpha", which exists already`},
		{"import two networks of one name", func(s *Store, _, _ model.Network) error {
			return s.ReplaceAll(nil, []model.Network{plain("", "Gamma"), plain("", "GAMMA\ufeff")}, true)
		}, `the import has two networks with the same name, "Gamma" and "GAMMA\ufeff"`},
		{"import the same name twice", func(s *Store, _, _ model.Network) error {
			return s.ReplaceAll(nil, []model.Network{plain("", "Gamma"), plain("", " Gamma")}, true)
		}, `the import has two networks named "Gamma"`},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			s, _ := openTest(t)
			straße := mustCreate(t, s, plain("", "Straße"))
			alpha := mustCreate(t, s, plain("", "Alpha"))
			before := mustNetworks(t, s)
			err := tt.do(s, straße, alpha)
			if !errors.Is(err, ErrDuplicateName) || err.Error() != tt.want {
				t.Fatalf("err = %v\nwant %s (ErrDuplicateName)", err, tt.want)
			}
			var v model.ValidationError
			if !errors.As(err, &v) {
				t.Fatalf("%v does not carry a validation error for the form", err)
			}
			assertUnchanged(t, s, before)
		})
	}
}

// TestReplaceAllReplacesALookAlikeName: with replace, the network whose
// name counts as the same is the one replaced.
func TestReplaceAllReplacesALookAlikeName(t *testing.T) {
	s, _ := openTest(t)
	old := mustCreate(t, s, plain("", "Straße"))
	if err := s.ReplaceAll(nil, []model.Network{plain("", "STRASSE")}, true); err != nil {
		t.Fatal(err)
	}
	all := mustNetworks(t, s)
	if len(all) != 1 || all[0].ID != old.ID || all[0].Name != "STRASSE" {
		t.Fatalf("networks %+v, want the stored one renamed", all)
	}
}
