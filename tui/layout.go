package tui

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
