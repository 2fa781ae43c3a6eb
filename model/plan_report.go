package model

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"netvet/model/lang"
)

// The two ways `netvet plan` writes the own-network plan: an overview for
// the user at the terminal, with everything the plan screen shows, and
// Markdown the user can send to the people they approach, which leaves
// out what is theirs alone — the candidates, their ratings and notes,
// the warnings and what the hours cost. User text enters the overview
// through CleanLine, so that nothing in it acts on a terminal, and the
// Markdown through mdText or mdLine, as in the Markdown report.

// WritePlanText writes the plan as an aligned overview for the terminal,
// in the language of pr: the design, the derived hours and what they cost
// at p's hourly rate, the coverage of the decisive factors, the seats with
// their candidates and pipeline, the warnings and the next steps.
func WritePlanText(w io.Writer, pr *lang.Printer, p Profile, o OwnNetwork) error {
	t := planText{pr: pr}
	t.design(o)
	t.hours(p, o)
	t.coverage(o)
	t.seats(o)
	t.list(plWarningsHead, planWarningMsgs(o.Warnings()))
	t.list(plNextStepsHead, o.NextSteps(p))
	if _, err := io.WriteString(w, t.b.String()); err != nil {
		return fmt.Errorf("write plan: %w", err)
	}
	return nil
}

// planText builds the overview in one language.
type planText struct {
	pr *lang.Printer
	b  strings.Builder
}

// line writes one line.
func (t *planText) line(s string) { t.b.WriteString(s + "\n") }

// table writes rows as aligned columns, indented by indent: every cell
// but the last is padded to its column's width.
func (t *planText) table(indent string, rows [][]string) {
	tw := tabwriter.NewWriter(&t.b, 0, 0, 3, ' ', 0)
	for _, r := range rows {
		fmt.Fprintln(tw, indent+strings.Join(r, "\t"))
	}
	// A strings.Builder does not fail.
	_ = tw.Flush()
}

// text is user text on one line, or "not entered".
func (t *planText) text(s string) string {
	if blank(s) {
		return t.pr.T(plNotEntered)
	}
	return CleanLine(s)
}

func (t *planText) design(o OwnNetwork) {
	pr := t.pr
	t.line(pr.T(plTitle))
	t.line("")
	t.table("  ", [][]string{
		{pr.T(plGoal), t.text(o.Goal)},
		{pr.T(plTargetGroup), t.text(o.TargetGroup)},
		{pr.T(plMeetings), pr.T(plMeetingsValue, o.MeetingsPerYear, lang.Hours(o.HoursPerMeeting), lang.Hours(o.PrepHoursPerMeeting))},
		{pr.T(plRecruiting), pr.T(plRecruitingVal, lang.Hours(o.RecruitingHoursPerSeat))},
	})
}

func (t *planText) hours(p Profile, o OwnNetwork) {
	pr, cur := t.pr, p.Currency
	c := o.Cost(p)
	build := pr.T(plBuildNoSeats)
	if c.BuildHoursKnown {
		build = pr.T(plBuildValue, len(o.Seats), lang.Hours(o.RecruitingHoursPerSeat), lang.Hours(c.BuildHours))
	}
	over := func(a Amount) string { return pr.T(plOverYears, planMoney(pr, a, cur), c.Horizon) }
	t.line("")
	t.line(pr.T(plHoursHead))
	t.table("  ", [][]string{
		{pr.T(plHourlyRate), "", planMoney(pr, c.HourlyRate, cur)},
		{pr.T(plBuild), build, planMoney(pr, c.Build, cur)},
		{pr.T(plUpkeep), pr.T(plUpkeepValue, lang.Hours(c.UpkeepHoursPerYear)), over(c.Upkeep)},
		{pr.T(plTotal), "", over(c.Total)},
	})
}

func (t *planText) coverage(o OwnNetwork) {
	pr := t.pr
	rows := make([][]string, 0, len(FactorKeys))
	for _, c := range o.Coverage() {
		seats := pr.T(plCoveredByNone)
		if len(c.Seats) > 0 {
			roles := make([]string, len(c.Seats))
			for i, s := range c.Seats {
				roles[i] = CleanLine(o.Seats[s].Role)
			}
			seats = pr.T(plCoveredBy, len(c.Seats), strings.Join(roles, listSeparator))
		}
		rows = append(rows, []string{pr.Render(factorLabel(c.Factor)), planRating(pr, c.Rating), seats})
	}
	t.line("")
	t.line(pr.T(plCoverageHead))
	t.table("  ", rows)
}

func (t *planText) seats(o OwnNetwork) {
	pr := t.pr
	t.line("")
	t.line(pr.T(plSeatsHead, o.FilledSeats(), len(o.Seats)))
	if len(o.Seats) == 0 {
		t.line("  " + pr.T(plSeatsNone))
	}
	for i, s := range o.Seats {
		head := plSeatOpen
		if s.Filled() {
			head = plSeatFilled
		}
		t.line("  " + pr.T(head, i+1, CleanLine(s.Role)))
		t.table("     ", [][]string{
			{pr.T(plGivesMe), t.text(s.GivesMe)},
			{pr.T(plIGive), t.text(s.IGive)},
			{pr.T(plCovers), t.covers(s)},
			{pr.T(plCandidates), planPipeline(pr, s.Pipeline())},
		})
		t.candidates(s.Candidates)
	}
}

// covers names the decisive factors the seat covers.
func (t *planText) covers(s Seat) string {
	var names []string
	for _, k := range FactorKeys {
		if s.CoversFactor(k) {
			names = append(names, t.pr.Render(factorLabel(k)))
		}
	}
	if len(names) == 0 {
		return t.pr.T(plCoversNothing)
	}
	return strings.Join(names, listSeparator)
}

// candidates writes one row per candidate: name, status and ratings, and
// the notes, when there are any, below the ratings.
func (t *planText) candidates(cs []Candidate) {
	if len(cs) == 0 {
		return
	}
	pr := t.pr
	var rows [][]string
	for _, c := range cs {
		rows = append(rows, []string{CleanLine(c.Name), pr.Render(statusLabel(c.Status)), pr.T(plCandRatings,
			planScore(c.TargetGroup), planScore(c.Strengths), planScore(c.Positioning), planScore(c.Chemistry), planScore(c.Reliability))})
		if !blank(c.Notes) {
			rows = append(rows, []string{"", "", pr.T(plCandNotes, CleanLine(c.Notes))})
		}
	}
	t.table("       ", rows)
}

// list writes a heading and one item a line, or "None.".
func (t *planText) list(head lang.Key, items []lang.Msg) {
	t.line("")
	t.line(t.pr.T(head))
	if len(items) == 0 {
		t.line("  " + t.pr.T(plNothing))
	}
	for _, m := range items {
		t.line("  - " + CleanLine(t.pr.Render(m)))
	}
}

// planWarningMsgs are the warnings' messages.
func planWarningMsgs(ws []PlanWarning) []lang.Msg {
	out := make([]lang.Msg, len(ws))
	for i, w := range ws {
		out[i] = w.Msg
	}
	return out
}

// planMoney writes an amount in the printer's format, or "?" when it is
// unknown.
func planMoney(pr *lang.Printer, a Amount, currency string) string {
	if !a.Known {
		return UnknownFigure
	}
	return pr.Money(int64(a.Value), currency)
}

// planRating writes the plan's rating of a factor: "4 of 5", or "not
// rated".
func planRating(pr *lang.Printer, r Rating) string {
	if !r.IsSet() {
		return pr.T(plNotRated)
	}
	return pr.T(plRating, int(r))
}

// planScore writes a candidate's rating as a number, or "?".
func planScore(r Rating) string {
	if !r.IsSet() {
		return UnknownFigure
	}
	return fmt.Sprint(int(r))
}

// planPipeline writes a seat's pipeline: the count of each status that
// has candidates, in pipeline order.
func planPipeline(pr *lang.Printer, p Pipeline) string {
	var parts []string
	for _, s := range CandidateStatuses {
		if n := p.Count(s); n > 0 {
			parts = append(parts, pr.T(plPipelinePrefix+lang.Key(s), n))
		}
	}
	if len(parts) == 0 {
		return pr.T(plCandidatesNone)
	}
	return strings.Join(parts, listSeparator)
}

// WritePlanMarkdown writes the plan as Markdown to send to the people the
// user approaches, in the language of pr: the goal and the target group,
// the seats with what each offers and what it gains (what the user gives
// it) and the decisive factors it strengthens, and an agenda for a first
// meeting — introductions, each seat's offer, how referrals will flow,
// the meeting rhythm, the next steps. It names no candidate and has none
// of their ratings or notes, nor the plan's own ratings, warnings or
// costs: those are the user's alone. p gives the user's name.
func WritePlanMarkdown(w io.Writer, pr *lang.Printer, p Profile, o OwnNetwork) error {
	m := planMarkdown{pr: pr}
	m.head(p, o)
	m.seats(o)
	m.agenda(o)
	if _, err := io.WriteString(w, m.b.String()); err != nil {
		return fmt.Errorf("write plan: %w", err)
	}
	return nil
}

// planMarkdown builds the Markdown in one language.
type planMarkdown struct {
	pr *lang.Printer
	b  strings.Builder
}

func (m *planMarkdown) printf(format string, args ...any) { fmt.Fprintf(&m.b, format, args...) }

// orAgreed is user text on one line, inert, or "to be agreed".
func (m *planMarkdown) orAgreed(s string) string {
	if blank(s) {
		return m.pr.T(plMdToBeAgreed)
	}
	return mdLine(s)
}

func (m *planMarkdown) head(p Profile, o OwnNetwork) {
	pr := m.pr
	m.printf("# %s\n\n", pr.T(plMdTitle))
	if name := mdLine(p.Name); name != "" {
		m.printf("%s\n\n", pr.T(plMdIntroNamed, name))
	} else {
		m.printf("%s\n\n", pr.T(plMdIntro))
	}
	for _, f := range []struct {
		head lang.Key
		text string
	}{{plMdGoal, o.Goal}, {plMdTargetGroup, o.TargetGroup}} {
		m.printf("## %s\n\n", pr.T(f.head))
		if blank(f.text) {
			m.printf("%s\n\n", pr.T(plMdToBeAgreed))
			continue
		}
		m.printf("%s\n\n", strings.TrimSpace(mdText(f.text)))
	}
}

func (m *planMarkdown) seats(o OwnNetwork) {
	pr := m.pr
	m.printf("## %s\n\n", pr.T(plMdSeatsHead))
	if len(o.Seats) == 0 {
		m.printf("%s\n\n", pr.T(plMdSeatsNone))
		return
	}
	m.printf("%s\n\n", pr.T(plMdSeatsIntro))
	for i, s := range o.Seats {
		head := plMdSeatOpen
		if s.Filled() {
			head = plMdSeatFilled
		}
		m.printf("### %s\n\n", pr.T(head, i+1, mdLine(s.Role)))
		m.printf("- **%s:** %s\n", pr.T(plMdOffers), m.orAgreed(s.GivesMe))
		m.printf("- **%s:** %s\n", pr.T(plMdGains), m.orAgreed(s.IGive))
		var factors []string
		for _, k := range FactorKeys {
			if s.CoversFactor(k) {
				factors = append(factors, pr.Render(factorLabel(k)))
			}
		}
		if len(factors) > 0 {
			m.printf("- **%s:** %s\n", pr.T(plMdStrengthens), strings.Join(factors, listSeparator))
		}
		m.printf("\n")
	}
}

func (m *planMarkdown) agenda(o OwnNetwork) {
	pr := m.pr
	m.printf("## %s\n\n", pr.T(plMdAgendaHead))
	m.printf("1. %s\n", pr.T(plMdIntroduction))
	m.printf("2. %s\n", pr.T(plMdOffersItem))
	for _, s := range o.Seats {
		m.printf("   - **%s:** %s\n", mdLine(s.Role), m.orAgreed(s.GivesMe))
	}
	m.printf("3. %s\n", pr.T(plMdReferrals))
	if o.MeetingsPerYear > 0 {
		m.printf("4. %s\n", pr.T(plMdRhythm, o.MeetingsPerYear, lang.Hours(o.HoursPerMeeting), lang.Hours(o.PrepHoursPerMeeting)))
	} else {
		m.printf("4. %s\n", pr.T(plMdRhythmOpen))
	}
	var open []string
	for _, s := range o.Seats {
		if !s.Filled() {
			open = append(open, mdLine(s.Role))
		}
	}
	if len(open) > 0 {
		m.printf("5. %s\n", pr.T(plMdNext, strings.Join(open, listSeparator)))
	} else {
		m.printf("5. %s\n", pr.T(plMdNextAll))
	}
}
