// Package sample generates large, realistic and valid data sets for
// benchmarks: a profile and many candidate networks with every part of the
// checklist filled in — promises, interviews with answers and Markdown notes
// of varied length (with umlauts and some emoji), evidence, ratings and
// warning signs. The same seed and configuration always give the same data.
package sample

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"time"

	"netvet/model"
)

// Config says how much data [Generate] makes.
type Config struct {
	// Networks is the number of candidate networks.
	Networks int
	// Interviews is the total number of interviews, spread unevenly over
	// the networks.
	Interviews int
	// NotesBytes is roughly the total size of all interview notes; single
	// notes range from empty to a few dozen kilobytes.
	NotesBytes int
}

// The size of the [Large] data set.
const (
	LargeSeed       = 1
	LargeNetworks   = 200
	LargeInterviews = 6000
	LargeNotesBytes = 12 << 20
)

// Reference is the day the generated data is as of: every date lies within
// the two years before it, so the data set never depends on the clock.
func Reference() model.Date { return model.NewDate(2026, time.November, 27) }

// LargeConfig is the configuration of [Large].
func LargeConfig() Config {
	return Config{Networks: LargeNetworks, Interviews: LargeInterviews, NotesBytes: LargeNotesBytes}
}

// Large returns the benchmark data set of a heavy user: 200 networks, 6,000
// interviews and about 12 MB of notes.
func Large() (model.Profile, []model.Network) {
	return Generate(LargeSeed, LargeConfig())
}

// Generate returns a complete profile and cfg.Networks networks holding
// cfg.Interviews interviews in total. Every network passes
// [model.Network.Validate], names are unique, and ids are set (networks
// "net-0001", promises "p1"…, interviews "iv-00001"…, evidence "ev-0001"…)
// so answers and evidence can refer to them. The result depends only on
// seed and cfg.
func Generate(seed int64, cfg Config) (model.Profile, []model.Network) {
	g := &generator{
		rng: rand.New(rand.NewPCG(uint64(seed), 0x6e6574766574)),
		v2:  rand.New(rand.NewPCG(uint64(seed), 0x6e65747632)),
	}
	counts := g.spread(cfg.Interviews, cfg.Networks)
	sizes := g.noteSizes(cfg.Interviews, cfg.NotesBytes)
	nets := make([]model.Network, cfg.Networks)
	next := 0
	for i := range nets {
		nets[i] = g.network(i, sizes[next:next+counts[i]])
		next += counts[i]
	}
	return g.profile(), nets
}

// generator holds the random source of one Generate call.
type generator struct {
	rng *rand.Rand
	// v2 draws the fields of version 2 (SPEC.md 1.2, 1.6, 1.7) from a
	// stream of its own, so the rest of the data is what it was before
	// they existed and benchmarks stay comparable.
	v2       *rand.Rand
	ivSeq    int
	evidence int
}

func (g *generator) pick(list []string) string { return list[g.rng.IntN(len(list))] }

func (g *generator) chance(p float64) bool { return g.rng.Float64() < p }

func (g *generator) between(lo, hi int) int { return lo + g.rng.IntN(hi-lo+1) }

func (g *generator) profile() model.Profile {
	p := model.NewProfile()
	p.Name = "Jana Beispiel"
	p.Positioning = "UX research and service design for mid-sized manufacturers in southern Germany."
	p.TargetGroups = []string{"Mid-sized manufacturers", "Engineering firms", "B2B software vendors"}
	p.Strengths = []string{"User research", "Workshop facilitation", "Service blueprints"}
	p.TargetAnnualIncome = model.MoneyFromMajor(110000)
	p.PlannedHoursPerYear = 1500
	p.MarginalTaxRate = 0.42
	margin := 0.6
	p.ProfitMargin = &margin
	return p
}

// spread divides total interviews over n networks unevenly (a busy network
// has several times as many as a new one) but exactly.
func (g *generator) spread(total, n int) []int {
	counts := make([]int, n)
	if n == 0 {
		return counts
	}
	weights := make([]float64, n)
	sum := 0.0
	for i := range weights {
		weights[i] = 0.3 + 1.4*g.rng.Float64()
		sum += weights[i]
	}
	used := 0
	for i, w := range weights {
		counts[i] = int(float64(total) * w / sum)
		used += counts[i]
	}
	for i := 0; used < total; i = (i + 1) % n {
		counts[i]++
		used++
	}
	return counts
}

// noteSizes gives each interview a target note length: log-normally spread
// around the mean, a few empty, scaled so they add up to about total.
func (g *generator) noteSizes(n, total int) []int {
	sizes := make([]int, n)
	weights := make([]float64, n)
	sum := 0.0
	for i := range weights {
		if g.chance(0.03) {
			continue
		}
		weights[i] = math.Exp(0.9 * g.rng.NormFloat64())
		sum += weights[i]
	}
	if sum == 0 {
		return sizes
	}
	for i, w := range weights {
		sizes[i] = min(int(float64(total)*w/sum), model.MaxTextBytes/4)
	}
	return sizes
}

func (g *generator) network(i int, noteSizes []int) model.Network {
	n := model.NewNetwork()
	n.ID = fmt.Sprintf("net-%04d", i+1)
	n.Name = fmt.Sprintf("%s %s %d", g.pick(placeNames), g.pick(circleNames), i+1)
	n.Kind = model.Kinds[g.rng.IntN(len(model.Kinds))]
	n.Status = model.Statuses[g.rng.IntN(len(model.Statuses)-1)]
	if g.chance(0.05) {
		n.Status = model.StatusArchived
	}
	n.Website = fmt.Sprintf("https://network-%04d.example", i+1)
	n.Contact = fmt.Sprintf("Office: %s, +49 711 %06d", g.person(), g.rng.IntN(1000000))
	n.Summary = g.sentences(2)
	entry, annual := model.MoneyFromMajor(int64(g.between(0, 80))*100), model.MoneyFromMajor(int64(g.between(3, 60))*100)
	n.EntryFee, n.AnnualFee = &entry, &annual
	n.MinTermYears = g.between(0, 3)
	n.MembershipHoursPerYear = g.between(20, 250)
	build := g.between(100, 900)
	n.BuildHours = &build
	n.BuildUpkeepHoursPerYear = g.between(20, 120)
	n.ExpectedProfitPerYear = model.MoneyFromMajor(int64(g.between(0, 30)) * 1000)
	for _, k := range append(append([]model.RatingKey{}, model.FitKeys...), model.FactorKeys...) {
		n.SetRating(k, model.Rating(g.between(1, 5)))
	}
	n.RatingNotes = g.sentences(1)
	for i, w := range model.WarningSigns {
		r := g.rng
		if i >= warningSignsV1 {
			r = g.v2
		}
		if r.Float64() < 0.3 {
			n.Warnings = append(n.Warnings, w)
		}
	}
	n.Promises = g.promises()
	n.Interviews = make([]model.Interview, len(noteSizes))
	for j, size := range noteSizes {
		n.Interviews[j] = g.interview(n.Promises, size)
	}
	n.Evidence = g.evidences(n.Interviews)
	g.version2(&n)
	n.Created = time.Date(2025, time.January, 1, 9, 0, 0, 0, time.UTC).Add(time.Duration(i) * 7 * time.Hour)
	n.Updated = n.Created.Add(time.Duration(g.between(0, 400)) * 24 * time.Hour)
	return n
}

// warningSignsV1 is the number of warning signs of version 1, drawn from
// the main stream.
const warningSignsV1 = 7

// version2 fills in the fields of version 2 from their own stream: VAT,
// non-deductible fees, extra costs, other benefit, and for a joined network
// a membership with a ledger.
func (g *generator) version2(n *model.Network) {
	r := g.v2
	if r.IntN(2) == 0 {
		n.VATRate = 0.19
	}
	n.FeesNotDeductible = r.IntN(10) == 0
	if r.IntN(5) < 3 {
		n.ExtraCostsPerYear = model.MoneyFromMajor(int64(r.IntN(16)) * 100)
	}
	if r.IntN(5) < 3 {
		n.OtherBenefitPerYear = model.MoneyFromMajor(int64(r.IntN(11)) * 500)
	}
	if n.Status == model.StatusJoined {
		joined := model.DateOf(Reference().Time().AddDate(0, 0, -100-r.IntN(500)))
		m := model.NewMembership(g.profile(), nil, *n, joined)
		m.Ledger = g.ledger(n.Promises, joined)
		n.Membership = &m
	}
}

// ledger writes 5–40 entries of every kind between the joining date and
// the reference day.
func (g *generator) ledger(promises []model.Promise, joined model.Date) []model.LedgerEntry {
	r := g.v2
	days := int(Reference().Time().Sub(joined.Time()).Hours() / 24)
	out := make([]model.LedgerEntry, 5+r.IntN(36))
	for i := range out {
		e := model.LedgerEntry{
			ID:   fmt.Sprintf("l%d", i+1),
			Date: model.DateOf(joined.Time().AddDate(0, 0, r.IntN(days+1))),
			Kind: model.LedgerKinds[r.IntN(len(model.LedgerKinds))],
		}
		switch e.Kind {
		case model.LedgerMeeting, model.LedgerEvent, model.LedgerOneToOne:
			e.Hours = model.Hours(25 * (1 + r.IntN(24)))
			if r.IntN(2) == 0 {
				e.Amount = model.MoneyFromMajor(int64(5 + r.IntN(40)))
			}
		case model.LedgerClosedBusiness:
			e.Amount = model.MoneyFromMajor(int64(500 * (1 + r.IntN(40))))
			if r.IntN(2) == 0 {
				m := float64(20+r.IntN(61)) / 100
				e.Margin = &m
			}
		case model.LedgerCost:
			e.Amount = model.MoneyFromMajor(int64(10 + r.IntN(300)))
		case model.LedgerPromiseCheck:
			e.PromiseID = promises[r.IntN(len(promises))].ID
			e.Answer = model.PromiseCheckAnswers[r.IntN(len(model.PromiseCheckAnswers))]
		}
		if e.Kind.Uses(model.LedgerFieldWith) && r.IntN(3) > 0 {
			e.With = firstNames[r.IntN(len(firstNames))] + " " + lastNames[r.IntN(len(lastNames))]
		}
		if r.IntN(3) == 0 {
			e.Note = sentenceBank[r.IntN(len(sentenceBank))]
		}
		out[i] = e
	}
	return out
}

// Plan returns an own-network plan of six seats with a few candidates
// each; the same seed always gives the same plan.
func Plan(seed int64) model.OwnNetwork {
	r := rand.New(rand.NewPCG(uint64(seed), 0x706c616e))
	o := model.NewOwnNetwork()
	o.Goal = "A circle of independent experts around mid-sized manufacturers."
	o.TargetGroup = "Mid-sized manufacturers"
	o.MeetingsPerYear, o.HoursPerMeeting, o.PrepHoursPerMeeting = 6+r.IntN(7), 2+r.IntN(3), r.IntN(3)
	o.Factors = model.FactorRatings{
		Mentors: model.Rating(1 + r.IntN(5)), Training: model.Rating(1 + r.IntN(5)), ContractChances: model.Rating(1 + r.IntN(5)),
	}
	for i := range 6 {
		s := model.Seat{
			ID: fmt.Sprintf("s%d", i+1), Role: businesses[r.IntN(len(businesses))],
			GivesMe: sentenceBank[r.IntN(len(sentenceBank))], IGive: sentenceBank[r.IntN(len(sentenceBank))],
			Covers: []model.Cover{model.Covers[r.IntN(len(model.Covers))]},
		}
		for j := range r.IntN(4) {
			s.Candidates = append(s.Candidates, model.Candidate{
				ID:          fmt.Sprintf("c%d-%d", i+1, j+1),
				Name:        firstNames[r.IntN(len(firstNames))] + " " + lastNames[r.IntN(len(lastNames))],
				Status:      model.CandidateStatuses[r.IntN(len(model.CandidateStatuses))],
				TargetGroup: model.Rating(r.IntN(6)), Strengths: model.Rating(r.IntN(6)),
				Positioning: model.Rating(r.IntN(6)), Chemistry: model.Rating(r.IntN(6)), Reliability: model.Rating(r.IntN(6)),
			})
		}
		o.Seats = append(o.Seats, s)
	}
	return o
}

func (g *generator) promises() []model.Promise {
	count := g.between(3, 6)
	ps := make([]model.Promise, count)
	for i := range ps {
		cat := model.Categories[(i+g.rng.IntN(2))%len(model.Categories)]
		ps[i] = model.Promise{
			ID:         fmt.Sprintf("p%d", i+1),
			Category:   cat,
			Text:       g.pick(promiseTexts[cat]),
			Source:     model.Sources[g.rng.IntN(len(model.Sources))],
			MustHave:   g.chance(0.4),
			Documented: g.chance(0.25),
		}
		if g.chance(0.3) {
			ps[i].Notes = g.sentences(1)
		}
	}
	return ps
}

func (g *generator) interview(promises []model.Promise, noteSize int) model.Interview {
	g.ivSeq++
	iv := model.Interview{
		ID:                  fmt.Sprintf("iv-%05d", g.ivSeq),
		Member:              g.person(),
		Business:            g.pick(businesses),
		MemberSince:         g.between(2005, 2025),
		Date:                model.DateOf(Reference().Time().AddDate(0, 0, -g.rng.IntN(730))),
		Channel:             model.Channels[g.rng.IntN(len(model.Channels))],
		SimilarToMe:         g.chance(0.4),
		IntroducedByNetwork: g.chance(0.35),
		ContractsCount:      g.between(0, 5),
	}
	// A member is interviewed after joining: the year drawn above is kept
	// (so the rest of the data set stays as it was) unless it is later.
	iv.MemberSince = min(iv.MemberSince, iv.Date.Time().Year())
	for _, p := range promises {
		if !g.chance(0.85) {
			continue
		}
		a := model.Answer{PromiseID: p.ID, Answer: g.answer()}
		if g.chance(0.5) {
			a.Comment = g.pick(comments)
		}
		iv.Answers = append(iv.Answers, a)
	}
	iv.ContractsValue = model.MoneyFromMajor(int64(iv.ContractsCount * g.between(1, 20) * 1000))
	if !g.chance(0.1) {
		iv.WouldJoinAgain = model.JoinAgainValues[g.rng.IntN(len(model.JoinAgainValues))]
	}
	if !g.chance(0.1) {
		r := g.between(0, model.MaxRecommendation)
		iv.Recommendation = &r
	}
	if g.chance(0.25) {
		iv.RedFlags = g.pick(redFlags)
	}
	iv.Notes = g.notes(iv.Member, noteSize)
	return iv
}

// answer is weighted towards yes and partly, as members who agree to talk
// mostly like their network.
func (g *generator) answer() model.AnswerValue {
	switch r := g.rng.IntN(10); {
	case r < 5:
		return model.AnswerYes
	case r < 7:
		return model.AnswerPartly
	case r < 9:
		return model.AnswerNo
	}
	return model.AnswerUnknown
}

func (g *generator) evidences(ivs []model.Interview) []model.Evidence {
	es := make([]model.Evidence, g.between(1, 5))
	for i := range es {
		g.evidence++
		e := model.Evidence{
			ID:          fmt.Sprintf("ev-%04d", g.evidence),
			Description: g.pick(contracts),
			Beneficiary: g.person(),
			SimilarToMe: g.chance(0.4),
			Value:       model.MoneyFromMajor(int64(g.between(1, 40)) * 1000),
			Date:        model.DateOf(Reference().Time().AddDate(0, 0, -g.rng.IntN(500))),
			Level:       model.Levels[g.rng.IntN(len(model.Levels))],
		}
		if len(ivs) > 0 && g.chance(0.6) {
			iv := ivs[g.rng.IntN(len(ivs))]
			e.InterviewID, e.Beneficiary, e.SimilarToMe = iv.ID, iv.Member, iv.SimilarToMe
		}
		es[i] = e
	}
	return es
}

func (g *generator) person() string { return g.pick(firstNames) + " " + g.pick(lastNames) }

func (g *generator) sentences(n int) string {
	parts := make([]string, n)
	for i := range parts {
		parts[i] = g.pick(sentenceBank)
	}
	return strings.Join(parts, " ")
}

// notes writes Markdown of about size bytes: headings, paragraphs, lists,
// quotes, emphasis, links and now and then an emoji. It stops before the
// block that would overshoot the size by more than half of that block.
func (g *generator) notes(member string, size int) string {
	if size == 0 {
		return ""
	}
	var b strings.Builder
	b.Grow(size + 256)
	fmt.Fprintf(&b, "# %s with %s\n\n", g.pick(noteTitles), member)
	for b.Len() < size {
		block := g.block()
		if b.Len()+len(block)/2 > size {
			break
		}
		b.WriteString(block)
	}
	return strings.TrimRight(b.String(), "\n")
}

func (g *generator) block() string {
	switch g.rng.IntN(10) {
	case 0:
		return "## " + g.pick(headings) + "\n\n"
	case 1, 2:
		var b strings.Builder
		for range g.between(2, 4) {
			b.WriteString("- " + g.pick(sentenceBank) + "\n")
		}
		return b.String() + "\n"
	case 3:
		var b strings.Builder
		for i := range g.between(2, 3) {
			fmt.Fprintf(&b, "%d. %s\n", i+1, g.pick(sentenceBank))
		}
		return b.String() + "\n"
	case 4:
		return "> " + g.pick(quotes) + "\n\n"
	case 5:
		l := links[g.rng.IntN(len(links))]
		return fmt.Sprintf("They pointed me to [%s](https://example.org/%s) for details. %s\n\n", l[0], l[1], g.pick(sentenceBank))
	}
	p := g.sentences(g.between(2, 5))
	if g.chance(0.4) {
		p = "**" + g.pick(emphasis) + "** " + p
	}
	if g.chance(0.2) {
		p += " " + g.pick(emoji)
	}
	return p + "\n\n"
}
