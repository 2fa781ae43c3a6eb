package tui

import (
	"strings"
	"testing"

	"netvet/model"
)

// focusKey moves the focus of f to the field with the given key.
func focusKey(t *testing.T, f *form, key string) {
	t.Helper()
	for i := range f.fields {
		if f.fields[i].key == key {
			f.focusField(i)
			return
		}
	}
	t.Fatalf("the form has no field %q", key)
}

// fieldErr is the message under the field with the given key.
func fieldErr(f *form, key string) string {
	for i := range f.fields {
		if f.fields[i].key == key {
			return f.fields[i].err
		}
	}
	return ""
}

// openForm opens a form: "net" the network form of the first candidate,
// "profile" the profile, "estimates" the make-or-buy estimates of step 6.
func openForm(t *testing.T, d *driver, which string) *form {
	t.Helper()
	switch which {
	case "net":
		d.press("e")
		if d.app.top() != screenNetForm {
			t.Fatal("the network form did not open")
		}
		return &d.app.netForm.form
	case "profile":
		d.press("p")
		if d.app.top() != screenProfile {
			t.Fatal("the profile did not open")
		}
		return &d.app.profile.form
	}
	d.press("enter", "6", "e")
	if d.app.workspace.editor == nil {
		t.Fatal("the estimates did not open")
	}
	return &d.app.workspace.editor.form
}

// typeInto replaces the text of the field with the given key.
func typeInto(t *testing.T, d *driver, f func() *form, key, text string) {
	t.Helper()
	focusKey(t, f(), key)
	d.press("ctrl+u")
	d.typeText(text)
}

// TestBadInputOnEveryNewField: each new field refuses a bad value with a
// message under it that names the field, and nothing is written.
func TestBadInputOnEveryNewField(t *testing.T) {
	for _, tc := range []struct {
		name, form string
		// setup types into other fields first (key, text pairs).
		setup     []string
		key, text string
		want      []string
	}{
		{"VAT rate above 30 %", "net", nil, fVATRate, "0.9", []string{lblVATRate + ": 90 % is more than 30 %"}},
		{"VAT rate as a percentage above 30 %", "net", nil, fVATRate, "35 %", []string{lblVATRate + ": 35 % is more than 30 %"}},
		{"VAT rate not a number", "net", nil, fVATRate, "abc", []string{lblVATRate + `: "abc" is not a rate`}},
		{"VAT rate negative", "net", nil, fVATRate, "-5", []string{lblVATRate + `: "-5" is not a rate`}},
		{"negative extra costs", "net", nil, fExtraCosts, "-5", []string{lblExtraCosts + ":", "negative"}},
		{"extra costs in another currency", "net", nil, fExtraCosts, "$720", []string{lblExtraCosts + ":", "USD", "EUR"}},
		{"entry fee in another currency", "net", nil, fEntryFee, "$3000", []string{lblEntryFee + ":", `"$3000" is in USD, but your amounts are in EUR`}},
		{"other benefit not an amount", "net", nil, fOtherBenefit, "lots", []string{lblOtherBenefit + ":", `"lots" is not an amount`}},
		{"other benefit in the estimates", "estimates", nil, fOtherBenefit, "£1500", []string{lblOtherBenefit + ":", "GBP", "EUR"}},
		{"profit in another currency in the estimates", "estimates", nil, fProfit, "$5000", []string{lblProfit + ":", "USD", "EUR"}},
		{"margin above 100 %", "profile", nil, fMargin, "150", []string{lblMargin + ": 150 % is more than 100 %"}},
		{"margin not a number", "profile", nil, fMargin, "most", []string{lblMargin + `: "most" is not a rate`}},
		{"tax rate above 60 %", "profile", nil, fTaxRate, "0.7", []string{lblTaxRate + ": 70 % is more than 60 %"}},
		{"negative weight", "profile", nil, weightKey(model.ScoreFit), "-1", []string{"Fit: a weight must not be negative"}},
		{"weight not a number", "profile", nil, weightKey(model.ScoreMentors), "many", []string{`Mentors and coaches: "many" is not a weight`}},
		{"weight with two decimals", "profile", nil, weightKey(model.ScoreTraining), "12.25", []string{`Training and events: "12.25" has more than one decimal`}},
		{"weight above 1000", "profile", nil, weightKey(model.ScorePromiseDelivery), "2000", []string{"Promise delivery: 2000 is more than 1000"}},
		{"every weight 0", "profile", []string{
			weightKey(model.ScoreContractChances), "0", weightKey(model.ScoreMentors), "0", weightKey(model.ScoreTraining), "0",
			weightKey(model.ScoreFit), "0", weightKey(model.ScorePromiseDelivery), "0",
		}, weightKey(model.ScoreMemberSentiment), "0", []string{"Real contract chances: all weights are 0; at least one must be above 0"}},
		// The profile's amounts are in the currency being entered.
		{"income in the old currency after a new one", "profile", []string{fCurrency, "CHF"}, fIncome, "€120000", []string{lblIncome + ":", "EUR", "CHF"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := seededStore()
			d := newDriver(t, st, 100, 30)
			openForm(t, d, tc.form)
			cur := func() *form {
				switch tc.form {
				case "net":
					return &d.app.netForm.form
				case "profile":
					return &d.app.profile.form
				}
				return &d.app.workspace.editor.form
			}
			for i := 0; i+1 < len(tc.setup); i += 2 {
				typeInto(t, d, cur, tc.setup[i], tc.setup[i+1])
			}
			typeInto(t, d, cur, tc.key, tc.text)
			d.press("ctrl+s")
			if st.writes != 0 {
				t.Fatalf("%d writes for a refused value", st.writes)
			}
			msg := fieldErr(cur(), tc.key)
			if tc.name == "every weight 0" {
				msg = fieldErr(cur(), weightKey(model.ScoreContractChances))
			}
			for _, w := range tc.want {
				if !strings.Contains(msg, w) {
					t.Errorf("message %q lacks %q", msg, w)
				}
			}
			d.mustSee(fieldErrMark, statusFixFields)
		})
	}
}

// TestVATRateIsReadAsTyped: 19, 19 %, 0.19 and 0,19 are all 19 %, and the
// form says so before saving.
func TestVATRateIsReadAsTyped(t *testing.T) {
	for _, typed := range []string{"19", "19 %", "19%", "0.19", "0,19"} {
		st := seededStore()
		d := newDriver(t, st, 100, 30)
		openForm(t, d, "net")
		typeInto(t, d, func() *form { return &d.app.netForm.form }, fVATRate, typed)
		d.mustSee("taken as 19 %")
		d.press("ctrl+s")
		if st.writes != 1 || st.nets[0].VATRate != 0.19 {
			t.Fatalf("%q: %d writes, VAT rate %v; want 1 write of 0.19", typed, st.writes, st.nets[0].VATRate)
		}
	}
}

// TestNewFeeFieldsAreSaved: the fee fields of version 2 reach the store
// and step 1 shows them.
func TestNewFeeFieldsAreSaved(t *testing.T) {
	st := seededStore()
	st.profile.CannotReclaimVAT = true
	d := newDriver(t, st, 100, 30)
	openForm(t, d, "net")
	f := func() *form { return &d.app.netForm.form }
	typeInto(t, d, f, fExtraCosts, "720")
	typeInto(t, d, f, fOtherBenefit, "1.500,00 €")
	focusKey(t, f(), fNotDeductible)
	d.press("y", "ctrl+s")
	n := st.nets[0]
	if !n.FeesNotDeductible || n.ExtraCostsPerYear != 720_00 || n.OtherBenefitPerYear != 1500_00 || st.writes != 1 {
		t.Fatalf("saved %+v with %d writes", n, st.writes)
	}
	d.press("enter", "1")
	for _, want := range []string{"€720.00", "€1,500.00", "no: each costs 1/(1 − 0.42) times as much"} {
		d.mustSee(want)
	}
}

// TestWarningSignsOfVersion2CanBeTicked: the new warning signs are in step
// 1's list and a tick is saved.
func TestWarningSignsOfVersion2CanBeTicked(t *testing.T) {
	st := seededStore()
	d := openWorkspace(t, st, 100, 30, "1")
	for _, ws := range []model.WarningSign{model.WarnAttendanceObligation, model.WarnQuotas, model.WarnSellerEarnsFromFee,
		model.WarnNoDistanceLearning, model.WarnFeesNotRefundable} {
		for d.app.workspace.cursor[model.StepBasics] < len(model.WarningSigns)-1 && model.WarningSigns[d.app.workspace.cursor[model.StepBasics]] != ws {
			d.press("j")
		}
		d.mustSee(ws.Label())
		d.press("space")
		if !st.nets[0].HasWarning(ws) {
			t.Fatalf("%s was not ticked", ws)
		}
	}
}
