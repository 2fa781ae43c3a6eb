package tui

import (
	"fmt"
	"strings"

	"netvet/model"
)

// dataset is what the screens show: the profile and every network, plus the
// figures derived from them for the lists. Derived rows are computed when the
// data changes, never on a key press.
type dataset struct {
	profile    model.Profile
	hasProfile bool
	nets       []model.Network
	rows       []netRow
}

// netRow is one network as the home list shows it, ready to draw.
type netRow struct {
	id       string
	name     string
	kind     string
	status   string
	fees     string
	steps    string
	verdict  model.VerdictWord
	archived bool
	// haystack is the lower-cased text the filter searches.
	haystack string
}

func newDataset(p model.Profile, hasProfile bool, nets []model.Network) *dataset {
	d := &dataset{profile: p, hasProfile: hasProfile, nets: nets}
	d.derive()
	return d
}

// derive recomputes every row; it runs after a load or a profile change,
// which changes every network's verdict.
func (d *dataset) derive() {
	d.rows = make([]netRow, len(d.nets))
	for i, n := range d.nets {
		d.rows[i] = d.row(n)
	}
}

func (d *dataset) row(n model.Network) netRow {
	done, total := model.Progress(d.profile, n)
	r := netRow{
		id:       n.ID,
		name:     CleanLine(n.Name),
		kind:     n.Kind.Label(),
		status:   n.Status.Label(),
		fees:     d.money(n.EntryFee) + " / " + d.money(n.AnnualFee),
		steps:    fmt.Sprintf("%d/%d", done, total),
		verdict:  model.ComputeVerdict(d.profile, n, model.DefaultWeights()).Word,
		archived: n.Archived(),
	}
	r.haystack = strings.ToLower(r.name + "\x00" + r.kind + "\x00" + r.status)
	return r
}

// money formats an optional fee in the profile's currency.
func (d *dataset) money(m *model.Money) string {
	if m == nil {
		return feeUnknown
	}
	return m.FormatCompact(d.profile.Currency)
}

// index returns the position of the network with the given id, or -1.
func (d *dataset) index(id string) int {
	for i := range d.nets {
		if d.nets[i].ID == id {
			return i
		}
	}
	return -1
}

// network returns the network with the given id.
func (d *dataset) network(id string) (model.Network, bool) {
	if i := d.index(id); i >= 0 {
		return d.nets[i], true
	}
	return model.Network{}, false
}

// put inserts or replaces n and its row.
func (d *dataset) put(n model.Network) {
	if i := d.index(n.ID); i >= 0 {
		d.nets[i] = n
		d.rows[i] = d.row(n)
		return
	}
	d.nets = append(d.nets, n)
	d.rows = append(d.rows, d.row(n))
}

// remove drops the network with the given id.
func (d *dataset) remove(id string) {
	if i := d.index(id); i >= 0 {
		d.nets = append(d.nets[:i], d.nets[i+1:]...)
		d.rows = append(d.rows[:i], d.rows[i+1:]...)
	}
}

// setProfile replaces the profile and recomputes what depends on it.
func (d *dataset) setProfile(p model.Profile) {
	d.profile = p
	d.hasProfile = true
	d.derive()
}

// nameTaken reports whether another network than exceptID has the name.
func (d *dataset) nameTaken(name, exceptID string) bool {
	for _, n := range d.nets {
		if n.ID != exceptID && model.SameName(n.Name, name) {
			return true
		}
	}
	return false
}
