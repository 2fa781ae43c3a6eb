package model

import (
	"fmt"
	"io"
	"strings"

	"netvet/model/lang"
)

// The interview guide is what the user takes to a call with a member, on
// paper or on a screen: the questions of the interview form (SPEC.md 3,
// step 3) with room to note the answers, and the checks a single
// conversation cannot make. Everything the user wrote enters it through
// mdLine, as in the Markdown report, so that it is as inert.

// guideBlank is the line left for a handwritten answer.
const guideBlank = "______________________________"

// guideBox is the box in front of each choice, to tick on paper, joined
// to the choice by a no-break space so that a line never ends between
// them.
const guideBox = "☐\u00a0"

// WriteGuide writes the interview guide for n as Markdown, in the
// language of pr: the member's particulars, one question per promise
// (what exactly is promised, whether it is really delivered, yes, partly
// or no and what the member said), the decisive questions, the seed's
// questions, a back-channel checklist and room for notes. p gives the
// currency and the target groups.
func WriteGuide(w io.Writer, pr *lang.Printer, p Profile, n Network) error {
	g := guideWriter{pr: pr}
	g.head(p, n)
	g.member()
	g.promises(n.Promises)
	g.decisive(p.Currency)
	g.seed()
	g.backChannel(p.TargetGroups)
	g.printf("## %s\n\n%s\n\n%s\n\n%s\n", pr.T(gdNotesHead), guideBlank, guideBlank, guideBlank)
	if _, err := io.WriteString(w, g.b.String()); err != nil {
		return fmt.Errorf("write guide: %w", err)
	}
	return nil
}

// guideWriter builds the guide in one language.
type guideWriter struct {
	pr *lang.Printer
	b  strings.Builder
}

func (g *guideWriter) printf(format string, args ...any) {
	fmt.Fprintf(&g.b, format, args...)
}

// para writes one paragraph.
func (g *guideWriter) para(s string) { g.printf("%s\n\n", s) }

// choices writes the boxes of one question's choices, each named by its
// message key.
func (g *guideWriter) choices(keys ...lang.Key) string {
	words := make([]string, len(keys))
	for i, k := range keys {
		words[i] = guideBox + g.pr.T(k)
	}
	return strings.Join(words, "  ")
}

// answerKey is the key of an answer's word.
func answerKey[T ~string](v T) lang.Key { return lang.Key(gdAnswerPrefix + string(v)) }

// yesPartlyNo are the choices of a question about what is delivered.
func (g *guideWriter) yesPartlyNo() string {
	return g.choices(answerKey(AnswerYes), answerKey(AnswerPartly), answerKey(AnswerNo))
}

// question writes a question in bold and the room for its answer.
func (g *guideWriter) question(q string) {
	g.para("**" + q + "**")
	g.answerRoom()
}

// answerRoom writes the boxes for yes, partly and no and a line for what
// the member said.
func (g *guideWriter) answerRoom() {
	g.para(g.yesPartlyNo())
	g.para(g.pr.T(gdSaid) + " " + guideBlank)
}

func (g *guideWriter) head(p Profile, n Network) {
	name := mdLine(n.Name)
	g.printf("# %s\n\n", g.pr.T(gdTitle, name))
	g.para(g.pr.T(gdIntro, name, g.kind(n.Kind)))
	if who := mdLine(p.Name); who != "" {
		g.para(g.pr.T(gdPrepare, who))
	}
}

// kind is the guide's word for a network kind; an unknown kind reads as
// a business network.
func (g *guideWriter) kind(k Kind) string {
	if !k.Valid() {
		k = KindOther
	}
	return g.pr.T(lang.Key(gdKindPrefix + string(k)))
}

// member writes the fields about the member, as the interview form asks
// them.
func (g *guideWriter) member() {
	pr := g.pr
	g.printf("## %s\n\n", pr.T(gdAboutHead))
	for _, k := range []lang.Key{gdFieldMember, gdFieldBusiness, gdFieldDate, gdFieldSince} {
		g.para(pr.T(k) + " " + guideBlank)
	}
	channels := make([]lang.Key, len(Channels))
	for i, c := range Channels {
		channels[i] = lang.Key(gdChannelPrefix + string(c))
	}
	g.para(pr.T(gdFieldChannel) + " " + g.choices(channels...))
	g.para(pr.T(gdFieldSimilar) + " " + g.choices(answerKey(AnswerYes), answerKey(AnswerNo)))
	g.para(pr.T(gdFieldFound) + " " + g.choices(gdFoundMyself, gdFoundNetwork))
}

// promises writes one question per promise.
func (g *guideWriter) promises(ps []Promise) {
	pr := g.pr
	g.printf("## %s\n\n", pr.T(gdPromisesHead))
	if len(ps) == 0 {
		g.para(pr.T(gdPromisesNone))
		return
	}
	g.para(pr.T(gdPromisesCount, len(ps)))
	for i, p := range ps {
		g.printf("### %s\n\n", pr.T(gdPromiseAsk, lang.Plain(i+1), mdLine(p.Text)))
		if about := g.promiseFacts(p); about != "" {
			g.para(about)
		}
		g.answerRoom()
	}
}

// promiseFacts says what kind of promise p is, where it was made, and
// whether it is a must-have or documented, on one line.
func (g *guideWriter) promiseFacts(p Promise) string {
	pr := g.pr
	var facts []string
	if p.Category.Valid() {
		facts = append(facts, pr.T(gdPromiseCat, pr.T(lang.Key(gdCategoryPrefix+string(p.Category)))))
	}
	if src := g.source(p.Source); src != "" {
		facts = append(facts, pr.T(gdPromiseSource, src))
	}
	if p.MustHave {
		facts = append(facts, "**"+pr.T(gdPromiseMust)+"**")
	}
	if p.Documented {
		facts = append(facts, pr.T(gdPromiseProof))
	}
	return strings.Join(facts, " · ")
}

// source is the guide's word for a suggested source, or the user's own
// text for any other.
func (g *guideWriter) source(s Source) string {
	for _, known := range Sources {
		if s == known {
			return g.pr.T(lang.Key(gdSourcePrefix + string(s)))
		}
	}
	return mdLine(string(s))
}

// decisive writes the decisive questions of SPEC.md 1: contracts in the
// last 12 months (count and value), would join again, recommendation,
// red flags.
func (g *guideWriter) decisive(currency string) {
	pr := g.pr
	if currency == "" {
		currency = DefaultCurrency
	}
	g.printf("## %s\n\n", pr.T(gdDecisiveHead))
	g.para("**" + pr.T(gdContracts) + "**")
	g.para(pr.T(gdContractsNum) + " " + guideBlank)
	g.para(pr.T(gdContractsVal, mdLine(currency)) + " " + guideBlank)
	g.para("**" + pr.T(gdJoinAgain) + "**")
	g.para(g.choices(answerKey(JoinAgainYes), answerKey(JoinAgainUnsure), answerKey(JoinAgainNo)))
	g.para("**" + pr.T(gdRecommend) + "**")
	scale := make([]string, 11)
	for i := range scale {
		scale[i] = fmt.Sprintf("%s%d", guideBox, i)
	}
	g.para(strings.Join(scale, "  "))
	g.para("**" + pr.T(gdRedFlags) + "** " + guideBlank)
}

// seed writes the seed's own questions: contracts, mentors, events, and
// whether members work together and rely on each other.
func (g *guideWriter) seed() {
	g.printf("## %s\n\n", g.pr.T(gdSeedHead))
	for _, k := range []lang.Key{gdSeedContracts, gdSeedMentors, gdSeedEvents, gdSeedTogether} {
		g.question(g.pr.T(k))
	}
}

// backChannel writes the checks beyond the conversation as a task list.
func (g *guideWriter) backChannel(targetGroups []string) {
	pr := g.pr
	g.printf("## %s\n\n", pr.T(gdBackHead))
	g.para(pr.T(gdBackIntro))
	target := pr.T(gdBackTargetNone)
	var groups []string
	for _, tg := range targetGroups {
		if s := mdLine(tg); s != "" {
			groups = append(groups, s)
		}
	}
	if len(groups) > 0 {
		target = pr.T(gdBackTarget, strings.Join(groups, ", "))
	}
	for _, item := range []string{pr.T(gdBackFind), pr.T(gdBackLeft), target} {
		g.printf("- [ ] %s\n", item)
	}
	g.printf("\n")
}
