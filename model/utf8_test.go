package model

import (
	"errors"
	"strings"
	"testing"
)

// TestImportRefusesTextThatIsNotUTF8: a lone surrogate escape or bytes that
// are not UTF-8 in any string of an import, value or key, are refused with
// the JSON path, rather than read as U+FFFD and imported.
func TestImportRefusesTextThatIsNotUTF8(t *testing.T) {
	base := xpBase(t)
	tests := []struct {
		rule     string
		from, to string
		want     string
	}{
		{"a lone high surrogate in a name", `"name": "Beta"`, `"name": "A\ud800B"`,
			"networks[1].name: is not valid UTF-8 text"},
		{"a lone low surrogate in notes", `"notes": "Said twice"`, `"notes": "x\udc00y"`,
			"networks[0].promises[0].notes: is not valid UTF-8 text"},
		{"a high surrogate before another escape", `"red_flags": "none"`, `"red_flags": "\ud800\u0041"`,
			"networks[0].interviews[0].red_flags: is not valid UTF-8 text"},
		{"a raw 0xff byte in a summary", `"summary": ""`, "\"summary\": \"a\xffb\"",
			"networks[1].summary: is not valid UTF-8 text"},
		{"a cut-off UTF-8 sequence beside an escape", `"summary": ""`, "\"summary\": \"\\n\xc3\"",
			"networks[1].summary: is not valid UTF-8 text"},
		{"bytes that are not UTF-8 in a list of strings", `"GDPR audits"`, "\"GDPR\xfe audits\"",
			"profile.strengths[0]: is not valid UTF-8 text"},
		{"a key that is not UTF-8", `"chemistry": 2`, "\"chemistry\": 2, \"ch\xffarm\": 1",
			"networks[0].fit[\"ch\uFFFDarm\"]: is not valid UTF-8 text"},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			if !strings.Contains(base, tt.from) {
				t.Fatalf("the base export lacks %s", tt.from)
			}
			_, err := ParseExport([]byte(strings.Replace(base, tt.from, tt.to, 1)))
			var ie *ImportError
			if !errors.As(err, &ie) || err.Error() != tt.want {
				t.Fatalf("ParseExport: %v\nwant %s", err, tt.want)
			}
		})
	}
}

// TestImportKeepsValidEscapes: a surrogate pair is one character, and the
// replacement character written as itself is text like any other.
func TestImportKeepsValidEscapes(t *testing.T) {
	in := strings.Replace(xpBase(t), `"name": "Beta"`, `"name": "Beta \ud83d\ude00 \ufffd"`, 1)
	e, err := ParseExport([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if got := e.Networks[1].Name; got != "Beta 😀 \uFFFD" {
		t.Fatalf("name %q", got)
	}
}

// TestUnknownKeysAreQuotedInThePath: a key that is not a plain name is
// shown in the path quoted, with its control characters escaped, so that
// an error line cannot carry an escape sequence to the terminal.
func TestUnknownKeysAreQuotedInThePath(t *testing.T) {
	in := strings.Replace(xpBase(t), `"chemistry": 2`, "\"chemistry\": 2, \"\\u001b]0;pwned\\u0007\\u001b]52;c;aGk=\\u0007\": 1", 1)
	_, err := ParseExport([]byte(in))
	want := `networks[0].fit["\x1b]0;pwned\a\x1b]52;c;aGk=\a"]: unknown field`
	if err == nil || err.Error() != want {
		t.Fatalf("ParseExport: %v\nwant %s", err, want)
	}
	if strings.ContainsAny(err.Error(), "\x1b\x07") {
		t.Fatalf("the error holds control characters: %q", err.Error())
	}
}
