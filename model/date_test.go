package model

import "testing"

func TestParseDateSaysWhetherTheFormOrTheDayIsWrong(t *testing.T) {
	cases := []struct{ in, want string }{
		{"2031-02-30", `"2031-02-30" is not a real date`},
		{"2026-13-01", `"2026-13-01" is not a real date`},
		{"2026-00-10", `"2026-00-10" is not a real date`},
		{"2031-2-3", `"2031-2-3" is not a date of the form YYYY-MM-DD`},
		{"20.11.2026", `"20.11.2026" is not a date of the form YYYY-MM-DD`},
		{"２０２６-01-01", `"２０２６-01-01" is not a date of the form YYYY-MM-DD`},
		{"2026-01-01 ", `"2026-01-01 " is not a date of the form YYYY-MM-DD`},
	}
	for _, c := range cases {
		_, err := ParseDate(c.in)
		if err == nil || err.Error() != c.want {
			t.Errorf("ParseDate(%q) = %v, want %s", c.in, err, c.want)
		}
	}
	if d, err := ParseDate("2028-02-29"); err != nil || d != NewDate(2028, 2, 29) {
		t.Errorf("ParseDate(2028-02-29) = %v, %v", d, err)
	}
}
