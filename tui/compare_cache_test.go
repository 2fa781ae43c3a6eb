package tui

import (
	"testing"

	"netvet/model"
)

// TestComparisonIsBuiltAgainOnlyAfterAChange checks the comparison's
// table: kept from one opening to the next while the data stays the same
// (the selection starts at the first candidate again), built anew after a
// saved change.
func TestComparisonIsBuiltAgainOnlyAfterAChange(t *testing.T) {
	d := newDriver(t, richStore(), 120, 40)
	d.press("v")
	if d.app.top() != screenCompare || len(d.app.compare.rows) == 0 {
		t.Fatal("the comparison did not open")
	}
	first := &d.app.compare.rows[0]
	d.press("l")
	if d.app.compare.sel != 1 {
		t.Fatalf("l selected candidate %d, want 1", d.app.compare.sel)
	}
	d.press("esc", "v")
	if &d.app.compare.rows[0] != first {
		t.Error("the table was built again although nothing changed")
	}
	if d.app.compare.sel != 0 {
		t.Errorf("reopened at candidate %d, want 0", d.app.compare.sel)
	}
	d.press("esc")

	n := d.app.c.data.nets[0]
	n.Fit.Chemistry = 5
	if n.Fit.Chemistry == d.app.c.data.nets[0].Fit.Chemistry {
		n.Fit.Chemistry = 1
	}
	d.send(networkSavedMsg{net: n, status: statusSaved})
	d.press("v")
	if &d.app.compare.rows[0] == first {
		t.Fatal("the table was kept after a change")
	}
	want := model.Rating(n.Fit.Chemistry)
	found := false
	for i, r := range d.app.compare.cmp.Ranked {
		if r.Network.ID == n.ID {
			found = r.Network.Fit.Chemistry == want && d.app.compare.rows[0].cells[i] != ""
		}
	}
	if !found {
		t.Error("the rebuilt comparison lacks the change")
	}
}

// TestWeightChangeKeepsTheFiguresItDoesNotChange: a weight change fills in
// the verdict, score and scenarios rows again and keeps the other cells;
// a saved change of a network's figures shows in them.
func TestWeightChangeKeepsTheFiguresItDoesNotChange(t *testing.T) {
	st := twinStore()
	d := newDriver(t, st, 120, 40)
	d.press("v", "w")
	gen := d.app.compare.cache.gen
	cell := func(label, name string) string {
		for _, r := range d.app.compare.rows {
			if r.label != label {
				continue
			}
			for i, rk := range d.app.compare.cmp.Ranked {
				if rk.Network.Name == name {
					return r.cells[i]
				}
			}
		}
		t.Fatalf("no %s cell for %s", label, name)
		return ""
	}
	join, score := cell(cmpJoinCost, "Training Guild"), cell(cmpScore, "Training Guild")
	d.press("j", "j")
	for range 5 {
		d.press("+")
	}
	if d.app.compare.cache.gen != gen || cell(cmpJoinCost, "Training Guild") != join {
		t.Fatalf("the weights changed the cached figures: generation %d → %d, join cost %s → %s",
			gen, d.app.compare.cache.gen, join, cell(cmpJoinCost, "Training Guild"))
	}
	if cell(cmpScore, "Training Guild") == score {
		t.Fatalf("five steps of the training weight left the score at %s", score)
	}
	d.press("esc", "esc")
	n := *netNamed(st, "Training Guild")
	n.EntryFee = money(6000)
	d.send(networkSavedMsg{net: n, status: statusSaved})
	d.press("v")
	// 6,000 + 1,500 × 3 + 40 h × 3 × €75 = 19,500.
	if got := cell(cmpJoinCost, "Training Guild"); got != "€19,500.00" {
		t.Fatalf("join cost %s after the entry fee changed, want €19,500.00", got)
	}
}
