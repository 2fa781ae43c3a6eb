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
