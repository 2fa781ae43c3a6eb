package tui

import "github.com/charmbracelet/x/ansi"

// Layout is a pure function of the terminal size: the named breakpoints and
// sizes below are the only place where screen geometry is decided.

const (
	// minWidth and minHeight are the smallest terminal netvet draws in;
	// below them it says so instead of breaking.
	minWidth  = 60
	minHeight = 16
	// headerLines is the title bar and the rule under it.
	headerLines = 2
	// footerLines is the status line and the one-line key help.
	footerLines = 2
	// wideWidth is where the home list gains its kind column.
	wideWidth = 100
	// narrowWidth is below which the home list drops its fee column.
	narrowWidth = 80
	// questionMaxLines is the most lines a question waiting for y or n
	// takes.
	questionMaxLines = 4
	// wsNotesPreviewMax is how much of an interview's notes step 3 wraps
	// for its preview: more than a screen, less than a key press can
	// afford.
	wsNotesPreviewMax = 4 << 10
	// tooSmallWidth is the widest the too-small message gets.
	tooSmallWidth = 50
	// helpKeyWidth is the narrowest key column of the help screen.
	helpKeyWidth = 12
	// stepNamesWidth is from where the step bar names every step.
	stepNamesWidth = 80
	// basicsLabelWidth is the width of the labels of step 1's figures.
	basicsLabelWidth = 19
	// signsLookAhead is how many warning signs from the cursor on step 1
	// keeps in view when its figures and signs do not all fit.
	signsLookAhead = 3
	// sidebarWidth is where the workspace shows its steps as a sidebar
	// instead of a one-line step bar.
	sidebarWidth = 110
)

// frame is the split of the terminal into header, body and footer.
type frame struct {
	width, height int
	bodyHeight    int
	tooSmall      bool
}

func layoutFrame(w, h int) frame {
	f := frame{width: w, height: h}
	if w < minWidth || h < minHeight {
		f.tooSmall = true
		return f
	}
	f.bodyHeight = h - headerLines - footerLines
	return f
}

// homeColumns are the widths of the home list's columns; 0 hides one. Every
// row starts with the selection marker and columns are one space apart.
type homeColumns struct {
	name, kind, status, fees, steps, verdict int
}

const (
	colKindWidth    = 18
	colStatusWidth  = 12
	colFeesWidth    = 17
	colStepsWidth   = 5
	colVerdictWidth = 11
	colNameMin      = 12
	colNameMax      = 40
	markerWidth     = 2
)

func homeLayout(width int) homeColumns {
	c := homeColumns{status: colStatusWidth, steps: colStepsWidth, verdict: colVerdictWidth}
	if width >= narrowWidth {
		c.fees = colFeesWidth
	}
	if width >= wideWidth {
		c.kind = colKindWidth
	}
	used := markerWidth
	for _, w := range []int{c.kind, c.status, c.fees, c.steps, c.verdict} {
		if w > 0 {
			used += w + 1
		}
	}
	c.name = max(colNameMin, min(colNameMax, width-used))
	return c
}

// workspaceSplit gives the width of the checklist column beside the
// workspace content, and whether they sit side by side at all.
func workspaceSplit(width int) (steps int, side bool) {
	if width >= sidebarWidth {
		return 30, true
	}
	return 0, false
}

// notesLayout geometry: named breakpoints and shares.
const (
	// notesSideWidth is from where list and preview sit side by side.
	notesSideWidth = 120
	// notesListMax bounds the list column beside the preview.
	notesListMax = 72
	// notesListMinRows is the fewest list rows above the preview.
	notesListMinRows = 3
	// notesSep is what stands between list and preview side by side.
	notesSep = " │ "
	// notesListPercent is the list's share of the width beside the
	// preview; below it the list takes a third of the height.
	notesListPercent = 45
	// notesChrome is the title line above and the filter line below.
	notesChrome = 2
	// notesRuleLines is the rule above the preview and the header above
	// the list.
	notesRuleLines = 1
	// Column widths of the list; notesColGaps is the spaces between its
	// five columns.
	notesColGaps    = 4
	notesColDate    = 10
	notesColSimilar = 4
	notesColRec     = 3
	notesColNetMax  = 28
	notesColMemMax  = 30
	notesColNetFind = 16
	notesColMemFind = 18
	notesColFindMin = 12
)

// notesGeom is the geometry of the notes screen in its body.
type notesGeom struct {
	// side: list and preview side by side.
	side bool
	// listW is the list's width; listRows the rows under its header (0
	// when the list is hidden).
	listW, listRows int
	// previewW and previewH are the preview's width and its lines under
	// its rule.
	previewW, previewH int
}

// notesLayout splits a body of w × h: a title line, the list and the
// preview, and a bottom line for the filters or the search field. Wide
// terminals put the preview beside the list; narrow ones below it; zoom
// gives the preview the whole middle.
func notesLayout(w, h int, zoom bool) notesGeom {
	middle := max(2*notesRuleLines, h-notesChrome)
	switch {
	case zoom:
		return notesGeom{previewW: w, previewH: middle - notesRuleLines}
	case w >= notesSideWidth:
		lw := min(notesListMax, w*notesListPercent/100)
		return notesGeom{side: true, listW: lw, listRows: middle - notesRuleLines,
			previewW: w - lw - ansi.StringWidth(notesSep), previewH: middle - notesRuleLines}
	}
	rows := max(notesListMinRows, (middle-2*notesRuleLines)/3)
	return notesGeom{listW: w, listRows: rows, previewW: w, previewH: max(1, middle-rows-2*notesRuleLines)}
}

// notesColumns are the widths of the list's columns; found is 0 when the
// search column does not show.
type notesColumns struct {
	network, member, found int
}

func notesListColumns(width int, searching bool) notesColumns {
	rest := width - markerWidth - notesColDate - notesColSimilar - notesColRec - notesColGaps
	// The found column needs a gap of its own.
	if searching && rest >= notesColNetFind+notesColMemFind+1+notesColFindMin {
		return notesColumns{network: notesColNetFind, member: notesColMemFind, found: rest - notesColNetFind - notesColMemFind - 1}
	}
	net := min(notesColNetMax, rest*2/5)
	return notesColumns{network: max(4, net), member: max(4, min(notesColMemMax, rest-net))}
}

// Layout of the comparison table.
const (
	cmpLabelWidth = 24
	// cmpColWidth is the narrowest a candidate's column gets, cmpColMax
	// the widest.
	cmpColWidth = 17
	cmpColMax   = 40
	// cmpHeadLines is the most lines the summary on top may take.
	cmpHeadLines = 3
	// cmpDetailLines is the room under the table for the selected
	// candidate's reasons and next steps.
	cmpDetailLines = 6
	// cmpRobustLines is the most lines the robustness line may take.
	cmpRobustLines = 2
	// cmpWeightsLines is the weights panel under the table: its heading
	// and the six weights.
	cmpWeightsLines = 7
)

// compareLayout is how many of n candidate columns fit beside the row
// labels in width, and how wide they are: as many as fit at their
// narrowest, then widened to share the width (up to cmpColMax). When not
// all fit, room is left for the "more ›" mark.
func compareLayout(width, n int) (cols, colW int) {
	room := width - cmpLabelWidth
	cols = min(max(1, n), max(1, room/(cmpColWidth+1)))
	if cols < n {
		room -= len([]rune(cmpMoreRight)) + 1
		cols = max(1, min(cols, room/(cmpColWidth+1)))
	}
	return cols, max(1, min(cmpColMax, room/cols-1))
}
