package tui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"netvet/model"
)

// Form field keys: the export-format names of the values, so that errors
// from model validation land on the right line.
const (
	fName          = "name"
	fKind          = "kind"
	fStatus        = "status"
	fWebsite       = "website"
	fContact       = "contact"
	fSummary       = "summary"
	fEntryFee      = "entry_fee"
	fAnnualFee     = "annual_fee"
	fVATRate       = "vat_rate"
	fNotDeductible = "fees_not_deductible"
	fExtraCosts    = "extra_costs_per_year"
	fMinTerm       = "min_term_years"
	fMemberHours   = "membership_hours_per_year"
	fBuildHours    = "build_hours"
	fUpkeepHours   = "build_upkeep_hours_per_year"
	fProfit        = "expected_profit_per_year"
	fOtherBenefit  = "other_benefit_per_year"
	textLimit      = 200
	longTextLimit  = 2000
	numberLimit    = 24
)

// netFormScreen creates or edits a network's basics and fees.
type netFormScreen struct {
	c    *common
	orig model.Network
	formSession
	width  int
	height int
}

func newNetFormScreen(c *common, id string) netFormScreen {
	n := model.NewNetwork()
	if id != "" {
		if found, ok := c.data.network(id); ok {
			n = found
		}
	}
	kinds := make([]choice, len(model.Kinds))
	for i, k := range model.Kinds {
		kinds[i] = choice{value: string(k), label: k.Label()}
	}
	statuses := make([]choice, len(model.Statuses))
	for i, st := range model.Statuses {
		statuses[i] = choice{value: string(st), label: st.Label()}
	}
	f := newForm(c,
		textField(c, fName, lblName, hintName, n.Name, textLimit),
		choiceField(fKind, lblKind, "", kinds, string(n.Kind)),
		choiceField(fStatus, lblStatus, "", statuses, string(n.Status)),
		textField(c, fWebsite, lblWebsite, hintWebsite, n.Website, textLimit),
		textField(c, fContact, lblContact, hintContact, n.Contact, textLimit),
		textField(c, fSummary, lblSummary, hintSummary, n.Summary, longTextLimit),
		textField(c, fEntryFee, lblEntryFee, hintFee, optMoneyText(n.EntryFee), numberLimit),
		textField(c, fAnnualFee, lblAnnualFee, hintFee, optMoneyText(n.AnnualFee), numberLimit),
		textField(c, fVATRate, lblVATRate, hintVATRate, rateText(n.VATRate), numberLimit),
		yesNo(fNotDeductible, lblNotDeductible, hintNotDeductible, n.FeesNotDeductible),
		textField(c, fExtraCosts, lblExtraCosts, hintExtraCosts, moneyText(n.ExtraCostsPerYear), numberLimit),
		textField(c, fMinTerm, lblMinTerm, hintMinTerm, intText(n.MinTermYears), numberLimit),
		textField(c, fMemberHours, lblMemberHours, hintMemberHours, intText(n.MembershipHoursPerYear), numberLimit),
		textField(c, fBuildHours, lblBuildHours, hintBuildHours, optIntText(n.BuildHours), numberLimit),
		textField(c, fUpkeepHours, lblUpkeepHours, hintUpkeepHours, intText(n.BuildUpkeepHoursPerYear), numberLimit),
		textField(c, fProfit, lblProfit, hintProfit, moneyText(n.ExpectedProfitPerYear), numberLimit),
		textField(c, fOtherBenefit, lblOtherBenefit, hintOtherBenefit, moneyText(n.OtherBenefitPerYear), numberLimit),
	)
	s := netFormScreen{c: c, orig: n, formSession: formSession{form: f}}
	s.updateNotes()
	return s
}

// updateNotes says under the VAT rate how its text is read; it runs when
// a value changes, not when the screen is drawn.
func (s *netFormScreen) updateNotes() {
	s.form.SetNote(fVATRate, rateNote(s.form.Value(fVATRate)))
}

// Typing implements [screen]: a form always has a field with the keyboard.
func (s netFormScreen) Typing() bool { return true }

// SetStyles applies a new theme.
func (s *netFormScreen) SetStyles(st Styles) { s.form.SetStyles(st) }

// Init focuses the first field.
func (s netFormScreen) Init() tea.Cmd { return s.form.focusField(0) }

// SetSize gives the screen its box.
func (s *netFormScreen) SetSize(w, h int) {
	s.width, s.height = w, h
	s.form.SetSize(w, max(1, h-3))
}

// Update handles the form's keys and the discard question.
func (s netFormScreen) Update(msg tea.Msg) (netFormScreen, tea.Cmd) {
	cmd, ev := s.step(s.c.keys, msg, true)
	switch ev {
	case evDiscarded:
		return s, send(backMsg{status: statusDiscarded})
	case evLeave:
		return s, send(backMsg{})
	case evSave:
		return s.submit()
	}
	s.updateNotes()
	return s, cmd
}

// update implements [screen].
func (s *netFormScreen) update(msg tea.Msg) (cmd tea.Cmd) {
	*s, cmd = s.Update(msg)
	return cmd
}

// submit validates the form and, when it is valid, saves it in a command.
func (s netFormScreen) submit() (netFormScreen, tea.Cmd) {
	if s.orig.ID != "" && !s.form.Dirty() {
		return s, send(backMsg{status: statusNoChanges})
	}
	n, problem, ok := s.build()
	if !ok {
		return s, s.refuse(problem)
	}
	s.saving = true
	if n.ID == "" {
		return s, createNetworkCmd(s.c.store, n)
	}
	return s, saveBasicsCmd(s.c.store, n, statusSaved)
}

// build turns the fields into a network, marking every field that is wrong.
func (s *netFormScreen) build() (model.Network, string, bool) {
	f := &s.form
	f.ClearErrors()
	n := s.orig
	n.Name = strings.TrimSpace(f.Value(fName))
	n.Kind = model.Kind(f.Value(fKind))
	n.SetStatus(model.Status(f.Value(fStatus)))
	n.Website = strings.TrimSpace(f.Value(fWebsite))
	n.Contact = strings.TrimSpace(f.Value(fContact))
	n.Summary = strings.TrimSpace(f.Value(fSummary))

	p := fieldParser{f: f, currency: s.c.data.profile.Currency}
	n.EntryFee = p.optMoney(fEntryFee)
	n.AnnualFee = p.optMoney(fAnnualFee)
	if f.Changed(fVATRate) {
		n.VATRate = p.rate(fVATRate, model.MaxVATRate)
	}
	n.FeesNotDeductible = f.Value(fNotDeductible) == yes
	n.ExtraCostsPerYear = p.money(fExtraCosts)
	n.MinTermYears = p.integer(fMinTerm)
	n.MembershipHoursPerYear = p.integer(fMemberHours)
	n.BuildHours = p.optInt(fBuildHours)
	n.BuildUpkeepHoursPerYear = p.integer(fUpkeepHours)
	n.ExpectedProfitPerYear = p.money(fProfit)
	n.OtherBenefitPerYear = p.money(fOtherBenefit)

	p.validation(n.Validate())
	if existing, taken := s.c.data.nameTaken(n.Name, n.ID); n.Name != "" && taken {
		f.SetError(fName, model.NameTakenMessage(n.Name, existing))
		p.bad = true
	}
	return n, p.problem(), !p.bad
}

// View draws the title, the fields and the hint or question at the bottom.
func (s netFormScreen) View() string {
	st := s.c.styles
	title := titleNewNetwork
	if s.orig.ID != "" {
		title = fmt.Sprintf(titleEditNetwork, CleanLine(s.orig.Name))
	}
	bottom := s.bottomLine(st)
	return st.Title.Render(ansi.Truncate(title, s.width, "…")) + "\n\n" +
		padLines(s.form.View(), s.height-3) + "\n" + bottom
}
