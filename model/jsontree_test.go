package model

import (
	"bytes"
	"encoding/json"
	"io"
	"reflect"
	"strings"
	"testing"
)

// slowJSONTree is parseJSONTree without its fast path: the decoder's
// tokens, which define what the fast path must give.
func slowJSONTree(data []byte) (*jsonValue, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	p := treeParser{dec: dec, data: data}
	v, err := p.value(0)
	if err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, importErr("", msgJSONTrailing, "")
	}
	return v, nil
}

// checkSameTree fails unless the fast path accepts exactly what the
// decoder accepts, and builds the same tree from it.
func checkSameTree(t *testing.T, doc []byte) {
	t.Helper()
	fast, ok := fastJSONTree(doc)
	slow, err := slowJSONTree(doc)
	if ok != (err == nil) {
		t.Fatalf("fast path accepts: %v; decoder's error: %v\n%q", ok, err, doc)
	}
	if ok && !reflect.DeepEqual(withoutUTF8Marks(t, fast), slow) {
		t.Fatalf("the trees differ for %q", doc)
	}
}

// withoutUTF8Marks clears the marks of strings that were not UTF-8 text,
// which the decoder's tokens do not have, checking that each marked string
// holds the replacement character that stands for what was wrong.
func withoutUTF8Marks(t *testing.T, v *jsonValue) *jsonValue {
	t.Helper()
	if v.invalidUTF8 && !strings.ContainsRune(v.str, '\uFFFD') {
		t.Fatalf("%q is marked as not UTF-8 text", v.str)
	}
	v.invalidUTF8 = false
	for _, item := range v.items {
		withoutUTF8Marks(t, item)
	}
	for i, m := range v.members {
		if m.invalidKey && !strings.ContainsRune(m.key, '\uFFFD') {
			t.Fatalf("key %q is marked as not UTF-8 text", m.key)
		}
		v.members[i].invalidKey = false
		withoutUTF8Marks(t, m.value)
	}
	return v
}

// TestFastJSONTreeMarksTextThatIsNotUTF8: the decoder turns lone
// surrogates and bytes that are not UTF-8 into U+FFFD without a word; the
// fast path marks those strings, and no others, so that an import can
// refuse them.
func TestFastJSONTreeMarksTextThatIsNotUTF8(t *testing.T) {
	tests := []struct {
		doc    string
		marked bool
	}{
		{`"plain"`, false},
		{`"Müller \u00fc \ud83d\ude00"`, false},
		{`"written as itself: \ufffd �"`, false},
		{`"\ud800"`, true},
		{`"\udc00"`, true},
		{`"\ud800\u0041"`, true},
		{`"\ud83d\ud83d\ude00"`, true},
		{"\"a\xffb\"", true},
		{"\"\\n\xc3\"", true},
		{"\"\xed\xa0\x80\"", true},
	}
	for _, tt := range tests {
		v, ok := fastJSONTree([]byte(tt.doc))
		if !ok || v.kind != jsonString || v.invalidUTF8 != tt.marked {
			t.Errorf("%q: marked %v, want %v (ok %v)", tt.doc, v != nil && v.invalidUTF8, tt.marked, ok)
		}
		obj, ok := fastJSONTree([]byte("{" + tt.doc + ": 1}"))
		if !ok || obj.members[0].invalidKey != tt.marked {
			t.Errorf("key %q: marked %v, want %v", tt.doc, ok && obj.members[0].invalidKey, tt.marked)
		}
	}
}

func TestFastJSONTreeMatchesTheDecoder(t *testing.T) {
	deep := strings.Repeat("[", maxJSONDepth+1) + strings.Repeat("]", maxJSONDepth+1)
	deepest := strings.Repeat("[", maxJSONDepth) + strings.Repeat("]", maxJSONDepth)
	tests := []struct {
		name string
		doc  string
	}{
		{"an export as written", xpGolden},
		{"white space everywhere", " \t\r\n{ \"a\" : [ 1 , 2 ] ,\n\"b\" : { } , \"c\" : [ ] } \n"},
		{"every literal", `[true,false,null]`},
		{"numbers of every form", `[0,-0,12,-3.25,1e5,1E+5,2.5e-3,100000000000000000000000]`},
		{"escapes are unquoted", `{"a\"b":"line\nbreak \\ \/ \u00fc \ud83d\ude00 \t"}`},
		{"a lone surrogate becomes the replacement character", `"\ud800"`},
		{"a high surrogate before another escape", `"\ud800\u0041"`},
		{"a low surrogate alone", `"x\udc00y"`},
		{"escapes in upper-case hex", `"\u00FC\u00e4"`},
		{"invalid UTF-8 becomes the replacement character", "\"a\xffb\""},
		{"invalid UTF-8 beside an escape", "\"\\n\xc3\""},
		{"refused: a short unicode escape", `"\u00"`},
		{"refused: a non-hex unicode escape", `"\u00g0"`},
		{"refused: an escaped apostrophe", `"\'"`},
		{"umlauts and emoji as they are", `"Müller 👍"`},
		{"repeated keys are kept in order", `{"a":1,"a":2}`},
		{"nesting as deep as allowed", deepest},
		{"refused: nesting too deep", deep},
		{"refused: a leading zero", `[01]`},
		{"refused: a bare minus", `[-]`},
		{"refused: a point without digits", `[1.]`},
		{"refused: an exponent without digits", `[1e]`},
		{"refused: a trailing comma in a list", `[1,]`},
		{"refused: a trailing comma in an object", `{"a":1,}`},
		{"refused: a key that is not a string", `{a:1}`},
		{"refused: a missing colon", `{"a" 1}`},
		{"refused: a control character in a string", "\"a\tb\""},
		{"refused: a bad escape", `"\x"`},
		{"refused: an unterminated string", `"abc`},
		{"refused: an unterminated list", `[1,2`},
		{"refused: a misspelt literal", `[tru]`},
		{"refused: a literal run on", `[truex]`},
		{"refused: data after the value", `{} {}`},
		{"refused: nothing", ``},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkSameTree(t, []byte(tt.doc)) })
	}
}

// FuzzFastJSONTree checks the fast path against the decoder on arbitrary
// bytes.
func FuzzFastJSONTree(f *testing.F) {
	f.Add([]byte(xpGolden))
	f.Add([]byte(`{"a":[1,-2.5e3,"x\u00fcy",true,null,{}]}`))
	f.Add([]byte("\"\xff\""))
	f.Fuzz(func(t *testing.T, doc []byte) { checkSameTree(t, doc) })
}
