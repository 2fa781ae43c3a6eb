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
	fNoVAT         = "cannot_reclaim_vat"
	fMargin        = "profit_margin"
	fLanguage      = "language"
	// fWeights is the prefix of the weights' keys: "weights.fit".
	fWeights = "weights"
)

// weightKey is the form field key of the weight of score part k.
func weightKey(k string) string { return fWeights + "." + k }

// profileScreen edits the profile; in setup mode it is the short first-start
// version with the four figures make-or-buy needs.
type profileScreen struct {
	c     *common
	setup bool
	orig  model.Profile
	formSession
	// derived are the lines under the form that follow the values as they
	// are typed: the hourly rate, the total of the weights, the warning
	// that a new currency does not convert the amounts.
	derived []string
	width   int
	height  int
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
			yesNo(fNoVAT, lblNoVAT, hintNoVAT, p.CannotReclaimVAT),
			textField(c, fMargin, lblMargin, hintMargin, optRateText(p.ProfitMargin), numberLimit),
			choiceField(fLanguage, lblLanguage, hintLanguage, languageChoices(), string(p.Language)),
			headingField(headWeights),
		)
		for _, k := range model.ScoreKeys() {
			w, _ := p.ScoreWeights().Get(k)
			fields = append(fields, textField(c, weightKey(k), model.ScorePart{Key: k}.Label(), hintWeight, weightText(w), numberLimit))
		}
	}
	s := profileScreen{c: c, setup: setup, orig: p, formSession: formSession{form: newForm(c, fields...)}}
	if setup {
		// The first-start setup is skipped, not cancelled.
		s.form.keys.Cancel.SetHelp("esc", helpSkip)
	}
	s.updateDerived()
	return s
}

// languageChoices are the languages a profile may choose, unset first.
func languageChoices() []choice {
	langs := append([]model.Language{model.LanguageUnset}, model.Languages...)
	return enumChoices(langs, model.Language.Label)
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

// chromeLines is the space the title, intro, the derived lines and the
// bottom line take.
func (s *profileScreen) chromeLines() int {
	n := 3 + len(s.derived)
	if s.setup {
		n += len(strings.Split(s.intro(), "\n"))
	}
	return n
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
	s.updateDerived()
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
	status := statusSaved
	if s.c.data.hasProfile && p.Currency != s.orig.Currency {
		status = fmt.Sprintf(statusSavedCurrency, p.Currency)
	}
	return s, send(saveProfileMsg{profileSave{profile: p, status: status}})
}

// currency is the currency being entered, if it is a currency code, else
// the profile's: the amounts of the form are in it.
func (s *profileScreen) currency() string {
	if c := strings.ToUpper(strings.TrimSpace(s.form.Value(fCurrency))); !s.setup && model.IsCurrencyCode(c) {
		return c
	}
	return s.orig.Currency
}

// build turns the fields into a profile, marking every field that is wrong.
func (s *profileScreen) build() (model.Profile, string, bool) {
	f := &s.form
	f.ClearErrors()
	p := s.orig
	// A profile whose weights were never set scores with the defaults,
	// and the form shows them: saving it keeps them.
	p.Weights = p.ScoreWeights()
	pr := fieldParser{f: f, currency: s.currency(), alias: map[string]string{fWeights: weightKey(model.ScoreContractChances)}}
	if !s.setup {
		p.Name = strings.TrimSpace(f.Value(fProfName))
		p.Positioning = strings.TrimSpace(f.Value(fPositioning))
		p.TargetGroups = splitList(f.Value(fTargetGroups))
		p.Strengths = splitList(f.Value(fStrengths))
		p.Currency = strings.ToUpper(strings.TrimSpace(f.Value(fCurrency)))
		p.MinInterviews = pr.integer(fMinInterviews)
		p.JoinThreshold = pr.integer(fThreshold)
		p.CannotReclaimVAT = f.Value(fNoVAT) == yes
		if f.Changed(fMargin) {
			p.ProfitMargin = pr.optRate(fMargin, 1)
		}
		p.Language = model.Language(f.Value(fLanguage))
		for _, k := range model.ScoreKeys() {
			if f.Changed(weightKey(k)) {
				p.Weights.Set(k, pr.weight(weightKey(k)))
			}
		}
	}
	p.TargetAnnualIncome = pr.money(fIncome)
	p.PlannedHoursPerYear = pr.integer(fHours)
	if f.Changed(fTaxRate) {
		p.MarginalTaxRate = pr.rate(fTaxRate, model.MaxTaxRate)
	}
	p.HorizonYears = pr.integer(fHorizon)
	pr.validation(p.Validate())
	return p, pr.problem(), !pr.bad
}

// updateDerived recomputes the lines under the form and the notes on how
// the rates are read; it runs when a value changes, not when the screen is
// drawn.
func (s *profileScreen) updateDerived() {
	f := &s.form
	f.SetNote(fTaxRate, rateNote(f.Value(fTaxRate)))
	f.SetNote(fMargin, rateNote(f.Value(fMargin)))
	lines := []string{s.rateLine()}
	if !s.setup {
		lines = append(lines, s.weightsLine(), s.currencyLine())
	}
	s.derived = lines
}

// rateLine is the hourly rate the income and hours being typed give.
func (s *profileScreen) rateLine() string {
	p := s.orig
	income, err := model.ParseMoneyIn(strings.TrimSpace(s.form.Value(fIncome)), s.currency())
	hours, err2 := strconv.Atoi(strings.TrimSpace(s.form.Value(fHours)))
	if err != nil || err2 != nil || hours <= 0 {
		return ""
	}
	p.TargetAnnualIncome, p.PlannedHoursPerYear, p.Currency = income, hours, s.currency()
	return fmt.Sprintf(hourlyRateLine, p.HourlyRate().Format(p.Currency))
}

// weightsLine is the total of the weights being typed, or why there is
// none.
func (s *profileScreen) weightsLine() string {
	var sum float64
	for _, k := range model.ScoreKeys() {
		v := strings.TrimSpace(s.form.Value(weightKey(k)))
		if v == "" {
			continue
		}
		w, problem := parseWeight(v)
		if problem != weightOK {
			return weightsTotalUnknown
		}
		sum += w
	}
	if sum == 0 {
		return weightsAllZero
	}
	return fmt.Sprintf(weightsTotal, model.FormatWeight(sum))
}

// currencyLine warns that changing the currency does not convert the
// amounts already entered (issue 13), while the currency differs.
func (s *profileScreen) currencyLine() string {
	c := strings.ToUpper(strings.TrimSpace(s.form.Value(fCurrency)))
	if c == s.orig.Currency || !model.IsCurrencyCode(c) || !s.c.data.hasProfile {
		return ""
	}
	return fmt.Sprintf(warnCurrencyNotConverted, s.orig.Currency, c)
}

// View draws the form with the figures it implies.
func (s profileScreen) View() string {
	st := s.c.styles
	var b strings.Builder
	if s.setup {
		b.WriteString(st.Title.Render(titleSetup) + "\n" + st.Subtle.Render(s.intro()) + "\n\n")
	} else {
		b.WriteString(st.Title.Render(titleProfile) + "\n\n")
	}
	b.WriteString(padLines(s.form.View(), s.height-s.chromeLines()) + "\n")
	for i, l := range s.derived {
		style := st.Bold
		if i > 0 && (i == 2 || l == weightsAllZero || l == weightsTotalUnknown) {
			style = st.Warning
		}
		b.WriteString(style.Render(ansi.Truncate(l, max(1, s.width), "…")) + "\n")
	}
	b.WriteString(s.bottomLine(st))
	return b.String()
}
