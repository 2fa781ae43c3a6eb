package tui

// The forms for a network's findings: promises, interviews (the interview
// guide), contract evidence, the notes on the ratings and the make-or-buy
// estimates. Each is an itemEditor: a form plus the function that turns
// it into the command that saves it.

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"netvet/model"
)

// itemEditor is a form for one finding of a network: a promise, an
// interview, a piece of evidence, or the notes on the ratings. build reads
// the form, marks what is wrong and, when all is well, returns the command
// that saves it.
type itemEditor struct {
	c     *common
	title string
	formSession
	build  func(f *form) (save tea.Cmd, problem string, ok bool)
	width  int
	height int
}

func newItemEditor(c *common, title string, build func(f *form) (tea.Cmd, string, bool), fields ...field) *itemEditor {
	return &itemEditor{c: c, title: title, formSession: formSession{form: newForm(c, fields...)}, build: build}
}

// SetSize gives the editor its box.
func (e *itemEditor) SetSize(w, h int) {
	e.width, e.height = w, h
	e.form.SetSize(w, max(1, h-3))
}

// Update handles the form's keys and the discard question; closed reports
// that the editor is done without saving.
func (e *itemEditor) Update(msg tea.Msg) (cmd tea.Cmd, closed bool) {
	cmd, ev := e.step(e.c.keys, msg, true)
	switch ev {
	case evDiscarded:
		return send(statusMsg{text: statusDiscarded}), true
	case evLeave:
		return nil, true
	case evSave:
		save, problem, ok := e.build(&e.form)
		if !ok {
			return e.refuse(problem), false
		}
		e.saving = true
		return save, false
	}
	return cmd, false
}

// View draws the title, the fields and the question or progress line.
func (e *itemEditor) View() string {
	st := e.c.styles
	bottom := e.bottomLine(st)
	return st.Title.Render(ansi.Truncate(e.title, e.width, "…")) + "\n\n" +
		padLines(e.form.View(), e.height-3) + "\n" + bottom
}

// Field keys of the item editors: the export-format names of the values.
const (
	fCategory       = "category"
	fText           = "text"
	fSource         = "source"
	fMustHave       = "must_have"
	fDocumented     = "documented"
	fNotes          = "notes"
	fMember         = "member"
	fBusiness       = "business"
	fMemberSince    = "member_since"
	fDate           = "date"
	fChannel        = "channel"
	fSimilar        = "similar_to_me"
	fIntroduced     = "introduced_by_network"
	fContractsCount = "contracts_count"
	fContractsValue = "contracts_value"
	fJoinAgain      = "would_join_again"
	fRecommendation = "recommendation"
	fRedFlags       = "red_flags"
	fDescription    = "description"
	fBeneficiary    = "beneficiary"
	fValue          = "value"
	fLevel          = "level"
	fInterviewID    = "interview_id"
	fRatingNotes    = "rating_notes"
	answerPrefix    = "answer:"
	commentPrefix   = "comment:"
	yes             = "yes"
	no              = ""
	// areaHeight is the height of a notes field in a form.
	areaHeight = 6
	// longNotes is the size from which notes are not put into a form's text
	// area (which would be slow and has a line limit); they stay as they are
	// and are edited in $EDITOR instead.
	longNotes = 64 << 10
)

func yesNo(key, label, hint string, v bool) field {
	val := no
	if v {
		val = yes
	}
	return choiceField(key, label, hint, []choice{{value: no, label: choiceNo}, {value: yes, label: choiceYes}}, val)
}

func enumChoices[T ~string](values []T, label func(T) string) []choice {
	out := make([]choice, len(values))
	for i, v := range values {
		out[i] = choice{value: string(v), label: label(v)}
	}
	return out
}

// promiseEditor edits promise p of network n (a new one when p.ID is empty).
func promiseEditor(c *common, n model.Network, p model.Promise) *itemEditor {
	if p.Category == "" {
		p.Category = model.CategoryMentoring
	}
	sources := append([]choice{{value: "", label: choiceNotRecorded}}, enumChoices(model.Sources, model.Source.Label)...)
	if p.Source != "" && !containsChoice(sources, string(p.Source)) {
		sources = append(sources, choice{value: string(p.Source), label: CleanLine(string(p.Source))})
	}
	title := fmt.Sprintf(titleNewPromise, CleanLine(n.Name))
	if p.ID != "" {
		title = fmt.Sprintf(titleEditPromise, CleanLine(n.Name))
	}
	build := func(f *form) (tea.Cmd, string, bool) {
		f.ClearErrors()
		out := p
		out.Category = model.Category(f.Value(fCategory))
		out.Text = strings.TrimSpace(f.Value(fText))
		out.Source = model.Source(f.Value(fSource))
		out.MustHave = f.Value(fMustHave) == yes
		out.Documented = f.Value(fDocumented) == yes
		out.Notes = model.NormalizeNewlines(f.Value(fNotes))
		pr := fieldParser{f: f, currency: c.data.profile.Currency}
		pr.validation(out.Validate())
		if pr.bad {
			return nil, pr.problem(), false
		}
		return putPromiseCmd(c.store, n.ID, out), "", true
	}
	return newItemEditor(c, title, build,
		textField(c, fText, lblPromiseText, hintPromiseText, p.Text, longTextLimit),
		choiceField(fCategory, lblCategory, "", enumChoices(model.Categories, model.Category.Label), string(p.Category)),
		choiceField(fSource, lblSource, hintSource, sources, string(p.Source)),
		yesNo(fMustHave, lblMustHave, hintMustHave, p.MustHave),
		yesNo(fDocumented, lblDocumented, hintDocumented, p.Documented),
		areaField(c, fNotes, lblNotes, hintNotes, p.Notes, areaHeight-2),
	)
}

// interviewEditor is the interview guide for interview iv of network n: the
// member, one question per promise, the decisive questions, then notes.
func interviewEditor(c *common, n model.Network, iv model.Interview) *itemEditor {
	if iv.ID == "" && iv.Date.IsZero() {
		iv.Date = model.DateOf(c.now())
	}
	channels := append([]choice{{value: "", label: choiceNotRecorded}}, enumChoices(model.Channels, model.Channel.Label)...)
	joinAgain := append([]choice{{value: "", label: choiceNotAsked}}, enumChoices(model.JoinAgainValues, model.JoinAgain.Label)...)
	answers := append([]choice{{value: "", label: choiceNotAsked}}, enumChoices(model.AnswerValues, model.AnswerValue.Label)...)
	rec := ""
	if iv.Recommendation != nil {
		rec = fmt.Sprint(*iv.Recommendation)
	}
	fields := []field{
		textField(c, fMember, lblMember, hintMember, iv.Member, textLimit),
		textField(c, fBusiness, lblBusiness, hintBusiness, iv.Business, textLimit),
		textField(c, fMemberSince, lblMemberSince, hintMemberSince, intText(iv.MemberSince), numberLimit),
		textField(c, fDate, lblDate, hintDate, iv.Date.String(), numberLimit),
		choiceField(fChannel, lblChannel, "", channels, string(iv.Channel)),
		yesNo(fSimilar, lblSimilar, hintSimilar, iv.SimilarToMe),
		yesNo(fIntroduced, lblIntroduced, hintIntroduced, iv.IntroducedByNetwork),
	}
	if len(n.Promises) > 0 {
		fields = append(fields, headingField(headPromises))
	}
	for _, p := range n.Promises {
		a, _ := iv.Answer(p.ID)
		answer := choiceField(answerPrefix+p.ID, lblAnswer, "", answers, string(a.Answer))
		answer.question = fmt.Sprintf(questionPromise, CleanLine(p.Text))
		fields = append(fields, answer, textField(c, commentPrefix+p.ID, lblComment, "", a.Comment, longTextLimit))
	}
	fields = append(fields,
		headingField(headDecisive),
		textField(c, fContractsCount, lblContractsCount, hintContracts, intText(iv.ContractsCount), numberLimit),
		textField(c, fContractsValue, lblContractsValue, hintContracts, moneyText(iv.ContractsValue), numberLimit),
		choiceField(fJoinAgain, lblJoinAgain, "", joinAgain, string(iv.WouldJoinAgain)),
		textField(c, fRecommendation, lblRecommendation, hintRecommendation, rec, numberLimit),
		textField(c, fRedFlags, lblRedFlags, hintRedFlags, iv.RedFlags, longTextLimit),
		headingField(headAlsoAsk),
	)
	longText := len(iv.Notes) > longNotes
	if longText {
		fields = append(fields, headingField(fmt.Sprintf(notesTooLong, len(iv.Notes)>>10)))
	} else {
		fields = append(fields, areaField(c, fNotes, lblNotesMarkdown, hintNotes, iv.Notes, areaHeight))
	}
	title := fmt.Sprintf(titleNewInterview, CleanLine(n.Name))
	if iv.ID != "" {
		title = fmt.Sprintf(titleEditInterview, CleanLine(iv.Member), CleanLine(n.Name))
	}
	build := func(f *form) (tea.Cmd, string, bool) {
		f.ClearErrors()
		out := iv
		pr := fieldParser{f: f, currency: c.data.profile.Currency}
		out.Member = strings.TrimSpace(f.Value(fMember))
		out.Business = strings.TrimSpace(f.Value(fBusiness))
		out.MemberSince = pr.integer(fMemberSince)
		out.Date = pr.date(fDate)
		out.Channel = model.Channel(f.Value(fChannel))
		out.SimilarToMe = f.Value(fSimilar) == yes
		out.IntroducedByNetwork = f.Value(fIntroduced) == yes
		out.Answers = nil
		for _, p := range n.Promises {
			if v := f.Value(answerPrefix + p.ID); v != "" {
				out.Answers = append(out.Answers, model.Answer{PromiseID: p.ID, Answer: model.AnswerValue(v), Comment: strings.TrimSpace(f.Value(commentPrefix + p.ID))})
			}
		}
		out.ContractsCount = pr.integer(fContractsCount)
		out.ContractsValue = pr.money(fContractsValue)
		out.WouldJoinAgain = model.JoinAgain(f.Value(fJoinAgain))
		out.Recommendation = pr.optInt(fRecommendation)
		out.RedFlags = strings.TrimSpace(f.Value(fRedFlags))
		if !longText {
			out.Notes = model.NormalizeNewlines(f.Value(fNotes))
		}
		pr.validation(out.Validate(n.PromiseIDs()))
		if pr.bad {
			return nil, pr.problem(), false
		}
		return putInterviewCmd(c.store, n.ID, out), "", true
	}
	return newItemEditor(c, title, build, fields...)
}

// evidenceEditor edits evidence e of network n.
func evidenceEditor(c *common, n model.Network, e model.Evidence) *itemEditor {
	if e.Level == "" {
		e.Level = model.LevelMemberReported
	}
	interviews := []choice{{value: "", label: choiceNone}}
	for _, iv := range n.Interviews {
		interviews = append(interviews, choice{value: iv.ID, label: interviewLabel(iv)})
	}
	title := fmt.Sprintf(titleNewEvidence, CleanLine(n.Name))
	if e.ID != "" {
		title = fmt.Sprintf(titleEditEvidence, CleanLine(n.Name))
	}
	build := func(f *form) (tea.Cmd, string, bool) {
		f.ClearErrors()
		out := e
		pr := fieldParser{f: f, currency: c.data.profile.Currency}
		out.Description = strings.TrimSpace(f.Value(fDescription))
		out.Beneficiary = strings.TrimSpace(f.Value(fBeneficiary))
		out.SimilarToMe = f.Value(fSimilar) == yes
		out.Value = pr.money(fValue)
		out.Date = pr.date(fDate)
		out.Level = model.Level(f.Value(fLevel))
		out.InterviewID = f.Value(fInterviewID)
		pr.validation(out.Validate(n.InterviewIDs()))
		if pr.bad {
			return nil, pr.problem(), false
		}
		return putEvidenceCmd(c.store, n.ID, out), "", true
	}
	return newItemEditor(c, title, build,
		textField(c, fDescription, lblDescription, hintDescription, e.Description, longTextLimit),
		textField(c, fBeneficiary, lblBeneficiary, hintBeneficiary, e.Beneficiary, textLimit),
		yesNo(fSimilar, lblSimilar, hintSimilarEvidence, e.SimilarToMe),
		textField(c, fValue, lblValue, hintValue, moneyText(e.Value), numberLimit),
		textField(c, fDate, lblDate, hintDate, e.Date.String(), numberLimit),
		choiceField(fLevel, lblLevel, hintLevel, enumChoices(model.Levels, model.Level.Label), string(e.Level)),
		choiceField(fInterviewID, lblFromInterview, "", interviews, e.InterviewID),
	)
}

// ratingNotesEditor edits the notes that explain a network's ratings.
func ratingNotesEditor(c *common, n model.Network) *itemEditor {
	build := func(f *form) (tea.Cmd, string, bool) {
		out := n
		out.RatingNotes = model.NormalizeNewlines(f.Value(fRatingNotes))
		pr := fieldParser{f: f, currency: c.data.profile.Currency}
		pr.validation(out.Validate())
		if pr.bad {
			return nil, pr.problem(), false
		}
		return saveBasicsCmd(c.store, out, statusSaved), "", true
	}
	return newItemEditor(c, fmt.Sprintf(titleRatingNotes, CleanLine(n.Name)), build,
		areaField(c, fRatingNotes, lblRatingNotes, hintNotes, n.RatingNotes, areaHeight+4))
}

// makeOrBuyEditor edits the estimates make-or-buy needs, with the focus on
// field focus (one per estimate of step 6).
func makeOrBuyEditor(c *common, n model.Network, focus int) *itemEditor {
	sug := model.SuggestionText(c.data.profile, model.SuggestProfit(c.data.profile, n))
	build := func(f *form) (tea.Cmd, string, bool) {
		f.ClearErrors()
		out := n
		pr := fieldParser{f: f, currency: c.data.profile.Currency}
		out.MembershipHoursPerYear = pr.integer(fMemberHours)
		out.BuildHours = pr.optInt(fBuildHours)
		out.BuildUpkeepHoursPerYear = pr.integer(fUpkeepHours)
		out.ExpectedProfitPerYear = pr.money(fProfit)
		out.OtherBenefitPerYear = pr.money(fOtherBenefit)
		pr.validation(out.Validate())
		if pr.bad {
			return nil, pr.problem(), false
		}
		return saveBasicsCmd(c.store, out, statusSaved), "", true
	}
	e := newItemEditor(c, fmt.Sprintf(titleMakeOrBuy, CleanLine(n.Name)), build,
		textField(c, fMemberHours, lblMemberHours, hintMemberHours, intText(n.MembershipHoursPerYear), numberLimit),
		textField(c, fBuildHours, lblBuildHours, hintBuildHours, optIntText(n.BuildHours), numberLimit),
		textField(c, fUpkeepHours, lblUpkeepHours, hintUpkeepHours, intText(n.BuildUpkeepHoursPerYear), numberLimit),
		textField(c, fProfit, lblProfit, fmt.Sprintf(hintProfitSuggested, sug), moneyText(n.ExpectedProfitPerYear), numberLimit),
		textField(c, fOtherBenefit, lblOtherBenefit, hintOtherBenefit, moneyText(n.OtherBenefitPerYear), numberLimit),
	)
	e.form.focusField(focus)
	return e
}

func interviewLabel(iv model.Interview) string {
	if iv.Date.IsZero() {
		return CleanLine(iv.Member)
	}
	return CleanLine(iv.Member) + ", " + iv.Date.String()
}

func containsChoice(cs []choice, v string) bool {
	for _, c := range cs {
		if c.value == v {
			return true
		}
	}
	return false
}
