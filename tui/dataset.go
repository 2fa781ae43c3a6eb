package tui

import (
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"

	"netvet/model"
)

// dataset is what the screens show: the profile and every network, plus the
// figures derived from them for the lists. Derived rows and verdicts are
// computed when the data changes, never on a key press.
//
// The slice of networks is never changed in place: a change makes a new
// one, so a command can go on reading the slice it was given while Update
// goes on (the notes index is built so); version counts the changes.
type dataset struct {
	profile model.Profile
	// stored is the profile as the file has it: profile can be ahead of
	// it while a weight changed in the comparison is being written.
	stored     model.Profile
	hasProfile bool
	nets       []model.Network
	rows       []netRow
	// verdicts[i] is the verdict of nets[i] with the profile.
	verdicts []model.Verdict
	version  int
	// figures counts the changes that alter anything but the scores: every
	// change except new weights (setWeights), so that what does not
	// depend on the weights can be kept while they change.
	figures int
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
	// confirmed is how many promises are confirmed, for the comparison.
	confirmed int
}

func newDataset(p model.Profile, hasProfile bool, nets []model.Network) *dataset {
	d := &dataset{profile: p, stored: p, hasProfile: hasProfile, nets: nets}
	d.derive()
	return d
}

// deriveParallelMin is the fewest networks worth deriving on several
// processors.
const deriveParallelMin = 64

// derive recomputes every row and verdict; it runs after a load or a
// profile change, which changes every network's verdict. Hundreds of
// networks are shared out among the processors.
func (d *dataset) derive() {
	d.rows = make([]netRow, len(d.nets))
	d.verdicts = make([]model.Verdict, len(d.nets))
	parts := 1
	if len(d.nets) >= deriveParallelMin {
		parts = runtime.GOMAXPROCS(0)
	}
	var wg sync.WaitGroup
	for p := range parts {
		wg.Go(func() {
			for i := p; i < len(d.nets); i += parts {
				d.rows[i], d.verdicts[i] = d.row(d.nets[i])
			}
		})
	}
	wg.Wait()
}

// row is how the home list shows n, and n's verdict.
func (d *dataset) row(n model.Network) (netRow, model.Verdict) {
	done, total := model.Progress(d.profile, nil, n)
	v := model.ComputeVerdict(d.profile, nil, n)
	r := netRow{
		id:       n.ID,
		name:     CleanLine(n.Name),
		kind:     n.Kind.Label(),
		status:   n.Status.Label(),
		fees:     d.money(n.EntryFee) + " / " + d.money(n.AnnualFee),
		steps:    fmt.Sprintf("%d/%d", done, total),
		verdict:  v.Word,
		archived: n.Archived(),
	}
	r.haystack = strings.ToLower(r.name + "\x00" + r.kind + "\x00" + r.status)
	for _, st := range n.PromiseStatuses() {
		if st == model.PromiseConfirmed {
			r.confirmed++
		}
	}
	return r, v
}

// money formats an optional fee in the profile's currency.
func (d *dataset) money(m *model.Money) string {
	if m == nil {
		return notEnteredCell
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

// put inserts or replaces n, its row and its verdict, in new slices.
func (d *dataset) put(n model.Network) {
	r, v := d.row(n)
	d.version++
	d.figures++
	if i := d.index(n.ID); i >= 0 {
		d.nets, d.rows, d.verdicts = slices.Clone(d.nets), slices.Clone(d.rows), slices.Clone(d.verdicts)
		d.nets[i], d.rows[i], d.verdicts[i] = n, r, v
		return
	}
	d.nets = append(slices.Clip(d.nets), n)
	d.rows = append(slices.Clip(d.rows), r)
	d.verdicts = append(slices.Clip(d.verdicts), v)
}

// remove drops the network with the given id, in new slices.
func (d *dataset) remove(id string) {
	if i := d.index(id); i >= 0 {
		d.version++
		d.figures++
		d.nets = slices.Delete(slices.Clone(d.nets), i, i+1)
		d.rows = slices.Delete(slices.Clone(d.rows), i, i+1)
		d.verdicts = slices.Delete(slices.Clone(d.verdicts), i, i+1)
	}
}

// setProfile replaces the profile and recomputes what depends on it.
func (d *dataset) setProfile(p model.Profile) {
	d.profile = p
	d.hasProfile = true
	d.version++
	d.figures++
	d.derive()
}

// setWeights replaces the profile by p, which differs from it in its score
// weights only, and scores every network again, in new slices. A weight
// changes only the score and what depends on it (model.Verdict.Reweighed),
// so nothing else is derived again: the comparison follows a weight in a
// key press.
func (d *dataset) setWeights(p model.Profile) {
	d.profile = p
	d.version++
	d.verdicts, d.rows = slices.Clone(d.verdicts), slices.Clone(d.rows)
	for i := range d.verdicts {
		d.verdicts[i] = d.verdicts[i].Reweighed(p)
		d.rows[i].verdict = d.verdicts[i].Word
	}
}

// revertWeights is the profile with the weights the file has, for a
// weight change that could not be written.
func (d *dataset) revertWeights() model.Profile {
	p := d.profile
	p.Weights = d.stored.Weights
	return p
}

// nameTaken returns the name of another network than exceptID that has
// the same name (see model.SameName), and whether there is one.
func (d *dataset) nameTaken(name, exceptID string) (string, bool) {
	key := model.NameKey(name)
	for _, n := range d.nets {
		if n.ID != exceptID && model.NameKey(n.Name) == key {
			return n.Name, true
		}
	}
	return "", false
}
