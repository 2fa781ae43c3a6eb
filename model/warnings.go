package model

import "strings"

// WarningKind says where a warning of a verdict comes from (SPEC.md 1.4).
type WarningKind uint8

// Kinds of warning.
const (
	// WarningTicked is a warning sign the user ticked.
	WarningTicked WarningKind = iota + 1
	// WarningRedFlags are the red flags of one interview.
	WarningRedFlags
	// WarningMixedMustHave is a must-have promise that is only mixed.
	WarningMixedMustHave
)

// Warning is one warning that comes with a verdict. It keeps what it is
// about and says it in words with [Warning.String], only when it is shown:
// the home list computes hundreds of verdicts and shows none of their
// warnings.
type Warning struct {
	Kind WarningKind
	// Member is the interview's member, for red flags.
	Member string
	// Text is the ticked warning sign's value (see [Warning.Sign]), the
	// interview's red flags as the user wrote them, or the text of the
	// mixed must-have promise.
	Text string
}

// Sign is the warning sign of a ticked sign, else "".
func (w Warning) Sign() WarningSign {
	if w.Kind != WarningTicked {
		return ""
	}
	return WarningSign(w.Text)
}

// String is the warning as one line: the sign's label; "Red flags from
// Member: …" with the red flags folded into one line; or the sentence about
// the mixed must-have.
func (w Warning) String() string {
	switch w.Kind {
	case WarningTicked:
		return w.Sign().Label()
	case WarningRedFlags:
		return fill(warnRedFlags, strings.TrimSpace(w.Member), oneLine(w.Text))
	}
	return fill(warnMixedMustHave, w.Text)
}

// WarningTexts says every warning in words, in order.
func WarningTexts(ws []Warning) []string {
	if len(ws) == 0 {
		return nil
	}
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.String()
	}
	return out
}

// verdictWarnings lists the ticked warning signs, each interview's red
// flags with the member, and every must-have promise that is only mixed.
func verdictWarnings(n Network, statuses map[string]PromiseStatus) []Warning {
	count := len(n.Warnings)
	for i := range n.Interviews {
		if n.Interviews[i].RedFlags != "" {
			count++
		}
	}
	var out []Warning
	if count > 0 {
		out = make([]Warning, 0, count)
	}
	for _, ws := range WarningSigns {
		if n.HasWarning(ws) {
			out = append(out, Warning{Kind: WarningTicked, Text: string(ws)})
		}
	}
	for i := range n.Interviews {
		if iv := &n.Interviews[i]; strings.TrimSpace(iv.RedFlags) != "" {
			out = append(out, Warning{Kind: WarningRedFlags, Member: iv.Member, Text: iv.RedFlags})
		}
	}
	for _, pr := range n.Promises {
		if pr.MustHave && statuses[pr.ID] == PromiseMixed {
			out = append(out, Warning{Kind: WarningMixedMustHave, Text: pr.Text})
		}
	}
	return out
}
