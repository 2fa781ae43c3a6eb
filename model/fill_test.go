package model

import (
	"fmt"
	"testing"
)

// TestFill: fill gives what fmt.Sprintf gives for the formats it is for.
func TestFill(t *testing.T) {
	for _, tt := range []struct {
		format string
		args   []string
	}{
		{warnRedFlags, []string{"Eva Ost", "Pushy sales: 100 % pressure"}},
		{warnMixedMustHave, []string{"Monthly mentoring"}},
		{"%[2]s before %[1]s, then %s", []string{"a", "b", "c"}},
		{"no verbs at all", nil},
		{"50 % off", nil},
		{"ends with %", nil},
	} {
		args := make([]any, len(tt.args))
		for i, a := range tt.args {
			args[i] = a
		}
		want := tt.format
		if len(args) > 0 {
			want = fmt.Sprintf(tt.format, args...)
		}
		if got := fill(tt.format, tt.args...); got != want {
			t.Errorf("fill(%q) = %q, want %q", tt.format, got, want)
		}
	}
}
