package tui

import (
	"image/color"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/textarea"
	"charm.land/bubbles/v2/textinput"
	"charm.land/lipgloss/v2"
)

// Palette is the small set of semantic colours every style is built from.
type Palette struct {
	Primary color.Color
	Subtle  color.Color
	Text    color.Color
	Error   color.Color
	Warning color.Color
	Success color.Color
}

// NewPalette picks colours that read well on a dark or a light background.
func NewPalette(isDark bool) Palette {
	ld := lipgloss.LightDark(isDark)
	return Palette{
		Primary: ld(lipgloss.Color("#4B3FD0"), lipgloss.Color("#8F89FF")),
		Subtle:  ld(lipgloss.Color("#6E6E6E"), lipgloss.Color("#8A8A8A")),
		Text:    ld(lipgloss.Color("#1F1F1F"), lipgloss.Color("#E8E8E8")),
		Error:   ld(lipgloss.Color("#C4161C"), lipgloss.Color("#FF6B6B")),
		Warning: ld(lipgloss.Color("#9A5B00"), lipgloss.Color("#F2B84B")),
		Success: ld(lipgloss.Color("#1C7C32"), lipgloss.Color("#5FD37A")),
	}
}

// Styles holds every style netvet draws with. It is built once per theme by
// [NewStyles], never inside a View.
type Styles struct {
	IsDark  bool
	Palette Palette

	AppTitle  lipgloss.Style
	Title     lipgloss.Style
	Subtle    lipgloss.Style
	Bold      lipgloss.Style
	Header    lipgloss.Style
	Selected  lipgloss.Style
	Normal    lipgloss.Style
	Archived  lipgloss.Style
	Match     lipgloss.Style
	Label     lipgloss.Style
	Focused   lipgloss.Style
	Hint      lipgloss.Style
	FieldErr  lipgloss.Style
	Status    lipgloss.Style
	StatusErr lipgloss.Style
	Panel     lipgloss.Style
	ErrPanel  lipgloss.Style
	Success   lipgloss.Style
	Warning   lipgloss.Style
	Error     lipgloss.Style
	// ErrTitle is the title of the failure panel.
	ErrTitle lipgloss.Style
	// Candidate is the selected candidate's name in the comparison; Best
	// the best value of a comparison row.
	Candidate lipgloss.Style
	Best      lipgloss.Style
	// CurrentMatch is the search match the preview is at.
	CurrentMatch lipgloss.Style

	Help  help.Styles
	Input textinput.Styles
	// Area is the multi-line text field of the forms.
	Area textarea.Styles
}

// NewStyles builds the styles for a dark or light terminal background.
// Selection and focus never rely on colour alone (a marker or bold goes
// with them), so the screen still reads under NO_COLOR.
func NewStyles(isDark bool) Styles {
	p := NewPalette(isDark)
	s := Styles{IsDark: isDark, Palette: p}
	s.AppTitle = lipgloss.NewStyle().Bold(true).Foreground(p.Primary)
	s.Title = lipgloss.NewStyle().Bold(true)
	s.Subtle = lipgloss.NewStyle().Foreground(p.Subtle)
	s.Bold = lipgloss.NewStyle().Bold(true)
	s.Header = lipgloss.NewStyle().Bold(true).Foreground(p.Subtle)
	s.Selected = lipgloss.NewStyle().Bold(true).Foreground(p.Primary)
	s.Normal = lipgloss.NewStyle()
	s.Archived = lipgloss.NewStyle().Foreground(p.Subtle).Italic(true)
	s.Match = lipgloss.NewStyle().Underline(true).Foreground(p.Warning)
	s.Label = lipgloss.NewStyle().Foreground(p.Subtle)
	s.Focused = lipgloss.NewStyle().Bold(true).Foreground(p.Primary)
	s.Hint = lipgloss.NewStyle().Foreground(p.Subtle).Italic(true)
	s.FieldErr = lipgloss.NewStyle().Foreground(p.Error)
	s.Status = lipgloss.NewStyle().Foreground(p.Success)
	s.StatusErr = lipgloss.NewStyle().Foreground(p.Error).Bold(true)
	s.Panel = lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(p.Primary).Padding(0, 1)
	s.ErrPanel = lipgloss.NewStyle().Border(lipgloss.ThickBorder()).BorderForeground(p.Error).Padding(0, 1)
	s.Success = lipgloss.NewStyle().Foreground(p.Success)
	s.Warning = lipgloss.NewStyle().Foreground(p.Warning)
	s.Error = lipgloss.NewStyle().Foreground(p.Error)
	s.ErrTitle = s.Error.Bold(true)
	s.Candidate = s.Selected.Underline(true)
	s.Best = s.Success.Bold(true)
	s.CurrentMatch = s.Match.Reverse(true).Bold(true)

	s.Help = help.Styles{
		ShortKey:       lipgloss.NewStyle().Foreground(p.Text).Bold(true),
		ShortDesc:      lipgloss.NewStyle().Foreground(p.Subtle),
		ShortSeparator: lipgloss.NewStyle().Foreground(p.Subtle),
		Ellipsis:       lipgloss.NewStyle().Foreground(p.Subtle),
		FullKey:        lipgloss.NewStyle().Foreground(p.Text).Bold(true),
		FullDesc:       lipgloss.NewStyle().Foreground(p.Subtle),
		FullSeparator:  lipgloss.NewStyle().Foreground(p.Subtle),
	}
	s.Input = textinput.DefaultStyles(isDark)
	s.Input.Focused.Prompt = lipgloss.NewStyle().Foreground(p.Primary)
	s.Input.Blurred.Prompt = lipgloss.NewStyle().Foreground(p.Subtle)
	// A steady cursor: no blink timer redrawing the screen twice a second.
	s.Input.Cursor.Blink = false
	s.Area = textarea.DefaultStyles(isDark)
	s.Area.Cursor.Blink = false
	s.Area.Focused.CursorLine = lipgloss.NewStyle()
	return s
}
