package tui

import "netvet/model"

// Clean is [model.Clean]: every string that came from the user or an
// import passes through it (or [CleanLine]) before it reaches a View.
func Clean(s string) string { return model.Clean(s) }

// CleanLine is [model.CleanLine], for text shown on one line.
func CleanLine(s string) string { return model.CleanLine(s) }
