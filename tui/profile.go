package tui

import (
	"fmt"
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"netvet/model"
)

// Profile form field keys (export-format names).
const (
	fProfName      = "name"
	fPositioning   = "positioning"
	fTargetGroups  = "target_groups"
	fStrengths     = "strengths"
	fCurrency      = "currency"
	fIncome        = "target_annual_income"
	fHours         = "planned_hours_per_year"
	fTaxRate       = "marginal_tax_rate"
	fHorizon       = "horizon_years"
	fMinInterviews = "min_interviews"
	fThreshold     = "join_threshold"
)

// profileScreen edits the profile; in setup mode it is the short first-start
// version with the four figures make-or-buy needs.
type profileScreen struct {
	c     *common
	setup bool
	orig  model.Profile
	formSession
	rate   string
	width  int
	height int
}

func newProfileScreen(c *common, setup bool) profileScreen {
	p := c.data.profile
	income := moneyText(p.TargetAnnualIncome)
	fields := []field{
		textField(c, fIncome, lblIncome, hintIncome, income, numberLimit),
		textField(c, fHours, lblHours, hintHours, intText(p.PlannedHoursPerYear), numberLimit),
		textField(c, fTaxRate, lblTaxRate, hintTaxRate, rateText(p.MarginalTaxRate), numberLimit),
		textField(c, fHorizon, lblHorizon, hintHorizon, intText(p.HorizonYears), numberLimit),
	}
	if !setup {
		fields = append([]field{
			textField(c, fProfName, lblProfName, "", p.Name, textLimit),
			textField(c, fPositioning, lblPositioning, hintPositioning, p.Positioning, longTextLimit),
			textField(c, fTargetGroups, lblTargetGroups, formListHint, strings.Join(p.TargetGroups, ", "), longTextLimit),
			textField(c, fStrengths, lblStrengths, formListHint, strings.Join(p.Strengths, ", "), longTextLimit),
			textField(c, fCurrency, lblCurrency, hintCurrency, p.Currency, 3),
		}, fields...)
		fields = append(fields,
			textField(c, fMinInterviews, lblMinInterviews, hintMinInterviews, intText(p.MinInterviews), numberLimit),
			textField(c, fThreshold, lblThreshold, hintThreshold, strconv.Itoa(p.JoinThreshold), numberLimit),
		)
	}
	s := profileScreen{c: c, setup: setup, orig: p, formSession: formSession{form: newForm(c, fields...)}}
	if setup {
		// The first-start setup is skipped, not cancelled.
		s.form.keys.Cancel.SetHelp("esc", helpSkip)
	}
	s.updateRate()
	return s
}

// Typing implements [screen]: a form always has a field with the keyboard.
func (s profileScreen) Typing() bool { return true }

// SetStyles applies a new theme.
func (s *profileScreen) SetStyles(st Styles) { s.form.SetStyles(st) }

// Init focuses the first field.
func (s profileScreen) Init() tea.Cmd { return s.form.focusField(0) }

// SetSize gives the screen its box.
func (s *profileScreen) SetSize(w, h int) {
	s.width, s.height = w, h
	s.form.SetSize(w, max(1, h-s.chromeLines()))
}

// chromeLines is the space the title, intro and bottom lines take.
func (s *profileScreen) chromeLines() int {
	if s.setup {
		return 4 + len(strings.Split(s.intro(), "\n"))
	}
	return 4
}

func (s *profileScreen) intro() string {
	return ansi.Wrap(setupIntro, max(20, min(s.width, 78)), "")
}

// Update handles the form's keys and the discard question.
func (s profileScreen) Update(msg tea.Msg) (profileScreen, tea.Cmd) {
	// The first-start setup can always be skipped without a question.
	cmd, ev := s.step(s.c.keys, msg, !s.setup)
	switch ev {
	case evDiscarded:
		return s, send(backMsg{status: statusDiscarded})
	case evLeave:
		return s, send(backMsg{})
	case evSave:
		return s.submit()
	}
	s.updateRate()
	return s, cmd
}

// update implements [screen].
func (s *profileScreen) update(msg tea.Msg) (cmd tea.Cmd) {
	*s, cmd = s.Update(msg)
	return cmd
}

func (s profileScreen) submit() (profileScreen, tea.Cmd) {
	if s.c.data.hasProfile && !s.form.Dirty() {
		return s, send(backMsg{status: statusNoChanges})
	}
	p, problem, ok := s.build()
	if !ok {
		return s, s.refuse(problem)
	}
	s.saving = true
	return s, saveProfileCmd(s.c.store, p)
}

// build turns the fields into a profile, marking every field that is wrong.
func (s *profileScreen) build() (model.Profile, string, bool) {
	f := &s.form
	f.ClearErrors()
	p := s.orig
	pr := fieldParser{f: f}
	if !s.setup {
		p.Name = strings.TrimSpace(f.Value(fProfName))
		p.Positioning = strings.TrimSpace(f.Value(fPositioning))
		p.TargetGroups = splitList(f.Value(fTargetGroups))
		p.Strengths = splitList(f.Value(fStrengths))
		p.Currency = strings.ToUpper(strings.TrimSpace(f.Value(fCurrency)))
		p.MinInterviews = pr.integer(fMinInterviews)
		p.JoinThreshold = pr.integer(fThreshold)
	}
	p.TargetAnnualIncome = pr.money(fIncome)
	p.PlannedHoursPerYear = pr.integer(fHours)
	p.MarginalTaxRate = pr.rate(fTaxRate)
	p.HorizonYears = pr.integer(fHorizon)
	pr.validation(p.Validate())
	return p, pr.problem(), !pr.bad
}

// updateRate recomputes the hourly rate shown under the form; it runs when
// a value changes, not when the screen is drawn.
func (s *profileScreen) updateRate() {
	p := s.orig
	income, err := model.ParseMoney(strings.TrimSpace(s.form.Value(fIncome)))
	hours, err2 := strconv.Atoi(strings.TrimSpace(s.form.Value(fHours)))
	if err != nil || err2 != nil || hours <= 0 {
		s.rate = ""
		return
	}
	p.TargetAnnualIncome, p.PlannedHoursPerYear = income, hours
	rate := p.HourlyRate()
	s.rate = fmt.Sprintf(hourlyRateLine, rate.Format(p.Currency))
}

// View draws the form with the hourly rate it implies.
func (s profileScreen) View() string {
	st := s.c.styles
	var b strings.Builder
	if s.setup {
		b.WriteString(st.Title.Render(titleSetup) + "\n" + st.Subtle.Render(s.intro()) + "\n\n")
	} else {
		b.WriteString(st.Title.Render(titleProfile) + "\n\n")
	}
	b.WriteString(padLines(s.form.View(), s.height-s.chromeLines()) + "\n")
	b.WriteString(st.Bold.Render(s.rate) + "\n")
	b.WriteString(s.bottomLine(st))
	return b.String()
}
