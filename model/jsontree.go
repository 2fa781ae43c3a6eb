package model

import (
	"encoding/json"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// fastJSONTree builds the same tree as parseJSONTree's token by token
// reading, from bytes directly: a whole export in one pass, without the
// decoder's per-token cost. It handles valid JSON only and gives up (false)
// at the first thing it does not accept — a syntax error, nesting deeper
// than maxJSONDepth, data after the value — so that parseJSONTree can
// report it exactly as before. Strings are unquoted the way encoding/json
// does it, so they come out the same either way.
func fastJSONTree(data []byte) (*jsonValue, bool) {
	p := fastTreeParser{data: data}
	v, ok := p.value(0)
	if !ok {
		return nil, false
	}
	p.space()
	return v, p.pos == len(data)
}

// fastTreeParser reads a JSON document from data.
type fastTreeParser struct {
	data []byte
	pos  int
}

// space skips JSON white space.
func (p *fastTreeParser) space() {
	for p.pos < len(p.data) {
		switch p.data[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

// peek skips white space and returns the next byte, or 0 at the end.
func (p *fastTreeParser) peek() byte {
	p.space()
	if p.pos < len(p.data) {
		return p.data[p.pos]
	}
	return 0
}

// value reads one value at the given nesting depth.
func (p *fastTreeParser) value(depth int) (*jsonValue, bool) {
	if depth > maxJSONDepth {
		return nil, false
	}
	switch c := p.peek(); {
	case c == '{':
		return p.object(depth)
	case c == '[':
		return p.array(depth)
	case c == '"':
		s, invalid, ok := p.str()
		return &jsonValue{kind: jsonString, str: s, invalidUTF8: invalid}, ok
	case c == '-' || ('0' <= c && c <= '9'):
		n, ok := p.number()
		return &jsonValue{kind: jsonNumber, num: json.Number(n)}, ok
	case p.literal("true"):
		return &jsonValue{kind: jsonBool, boolean: true}, true
	case p.literal("false"):
		return &jsonValue{kind: jsonBool}, true
	case p.literal("null"):
		return &jsonValue{kind: jsonNull}, true
	}
	return nil, false
}

// literal consumes lit if it comes next.
func (p *fastTreeParser) literal(lit string) bool {
	if len(p.data)-p.pos >= len(lit) && string(p.data[p.pos:p.pos+len(lit)]) == lit {
		p.pos += len(lit)
		return true
	}
	return false
}

func (p *fastTreeParser) array(depth int) (*jsonValue, bool) {
	p.pos++ // [
	v := &jsonValue{kind: jsonArray}
	if p.peek() == ']' {
		p.pos++
		return v, true
	}
	for {
		item, ok := p.value(depth + 1)
		if !ok {
			return nil, false
		}
		v.items = append(v.items, item)
		switch p.peek() {
		case ',':
			p.pos++
		case ']':
			p.pos++
			return v, true
		default:
			return nil, false
		}
	}
}

func (p *fastTreeParser) object(depth int) (*jsonValue, bool) {
	p.pos++ // {
	v := &jsonValue{kind: jsonObject}
	if p.peek() == '}' {
		p.pos++
		return v, true
	}
	for {
		if p.peek() != '"' {
			return nil, false
		}
		key, invalid, ok := p.str()
		if !ok || p.peek() != ':' {
			return nil, false
		}
		p.pos++
		val, ok := p.value(depth + 1)
		if !ok {
			return nil, false
		}
		v.members = append(v.members, jsonMember{key: key, value: val, invalidKey: invalid})
		switch p.peek() {
		case ',':
			p.pos++
		case '}':
			p.pos++
			return v, true
		default:
			return nil, false
		}
	}
}

// str reads a string. One without escapes, in valid UTF-8, is its bytes;
// any other is unquoted. invalid reports a string that was not UTF-8 text
// (see unquote).
func (p *fastTreeParser) str() (s string, invalid, ok bool) {
	start := p.pos
	p.pos++ // "
	plain := true
	for p.pos < len(p.data) {
		c := p.data[p.pos]
		switch {
		case c == '"':
			p.pos++
			raw := p.data[start:p.pos]
			body := raw[1 : len(raw)-1]
			if plain && utf8.Valid(body) {
				return string(body), false, true
			}
			return unquote(body)
		case c == '\\':
			plain = false
			p.pos += 2
		case c < 0x20:
			return "", false, false
		default:
			p.pos++
		}
	}
	return "", false, false
}

// number reads a number in JSON's syntax and returns its text.
func (p *fastTreeParser) number() (string, bool) {
	start := p.pos
	digits := func() int {
		n := 0
		for p.pos < len(p.data) && '0' <= p.data[p.pos] && p.data[p.pos] <= '9' {
			p.pos++
			n++
		}
		return n
	}
	if p.pos < len(p.data) && p.data[p.pos] == '-' {
		p.pos++
	}
	intStart := p.pos
	n := digits()
	if n == 0 || (n > 1 && p.data[intStart] == '0') {
		return "", false
	}
	if p.pos < len(p.data) && p.data[p.pos] == '.' {
		p.pos++
		if digits() == 0 {
			return "", false
		}
	}
	if p.pos < len(p.data) && (p.data[p.pos] == 'e' || p.data[p.pos] == 'E') {
		p.pos++
		if p.pos < len(p.data) && (p.data[p.pos] == '+' || p.data[p.pos] == '-') {
			p.pos++
		}
		if digits() == 0 {
			return "", false
		}
	}
	return string(p.data[start:p.pos]), true
}

// unquote decodes the body of a JSON string (between the quotes) as
// encoding/json does: escapes resolved, a \u escape of half a surrogate
// pair that has no other half and every byte that is not valid UTF-8
// replaced by U+FFFD. invalid reports that something was replaced, which
// encoding/json does not tell: such a string was not UTF-8 text, and an
// import refuses it. It refuses (ok false) what JSON does not allow: an
// unknown escape, a control character.
func unquote(body []byte) (s string, invalid, ok bool) {
	b := make([]byte, 0, len(body))
	for i := 0; i < len(body); {
		// Copy a run of plain ASCII at once.
		j := i
		for j < len(body) && 0x20 <= body[j] && body[j] < utf8.RuneSelf && body[j] != '\\' {
			j++
		}
		b = append(b, body[i:j]...)
		if i = j; i == len(body) {
			break
		}
		switch c := body[i]; {
		case c == '\\' && i+1 < len(body) && body[i+1] == 'u':
			r := hex4(body[i:])
			if r < 0 {
				return "", false, false
			}
			i += 6
			if utf16.IsSurrogate(r) {
				if pair := utf16.DecodeRune(r, hex4(body[i:])); pair != unicode.ReplacementChar {
					r = pair
					i += 6
				} else {
					r = unicode.ReplacementChar
					invalid = true
				}
			}
			b = utf8.AppendRune(b, r)
		case c == '\\' && i+1 < len(body):
			esc, ok := escaped(body[i+1])
			if !ok {
				return "", false, false
			}
			b = append(b, esc)
			i += 2
		case c < utf8.RuneSelf:
			// A control character, or a backslash at the end.
			return "", false, false
		default:
			r, size := utf8.DecodeRune(body[i:])
			invalid = invalid || (r == utf8.RuneError && size == 1)
			b = utf8.AppendRune(b, r)
			i += size
		}
	}
	return string(b), invalid, true
}

// escaped is what the character after a backslash stands for, for every
// escape but \u.
func escaped(c byte) (byte, bool) {
	switch c {
	case '"', '\\', '/':
		return c, true
	case 'b':
		return '\b', true
	case 'f':
		return '\f', true
	case 'n':
		return '\n', true
	case 'r':
		return '\r', true
	case 't':
		return '\t', true
	}
	return 0, false
}

// hex4 is the code unit of a \uXXXX escape at the start of s, or -1.
func hex4(s []byte) rune {
	if len(s) < 6 || s[0] != '\\' || s[1] != 'u' {
		return -1
	}
	var r rune
	for _, c := range s[2:6] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return -1
		}
		r = r*16 + rune(c)
	}
	return r
}
