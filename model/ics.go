package model

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"strings"
	"time"
	"unicode/utf8"
)

// CalendarEvent is one all-day event of an iCalendar export (RFC 5545): a
// cancel-by date or a review date of a membership.
type CalendarEvent struct {
	// UID identifies the event across exports, so that a calendar that
	// imports a newer export moves the event instead of adding a second
	// one; see [CalendarUID].
	UID string
	// Date is the day of the event; the event lasts that whole day.
	Date Date
	// Summary is the event's title, Description its text; both may hold
	// any text, which is escaped as RFC 5545 TEXT.
	Summary, Description string
}

// icsProductID names the program that wrote a calendar (RFC 5545 3.7.3).
const icsProductID = "-//netvet//netvet//EN"

// icsLineOctets is the longest a content line may be, in octets, without
// the line break (RFC 5545 3.1).
const icsLineOctets = 75

// WriteICS writes events as an iCalendar stream (RFC 5545): CRLF line ends,
// lines folded at 75 octets without splitting a UTF-8 sequence, TEXT
// values escaped, every event all-day (DTSTART and DTEND as dates), stamped
// with stamp in UTC. Events without a date are left out.
func WriteICS(w io.Writer, events []CalendarEvent, stamp time.Time) error {
	bw := bufio.NewWriter(w)
	line := func(name, value string) { writeICSLine(bw, name+":"+value) }
	line("BEGIN", "VCALENDAR")
	line("VERSION", "2.0")
	line("PRODID", icsProductID)
	line("CALSCALE", "GREGORIAN")
	line("METHOD", "PUBLISH")
	dtstamp := stamp.UTC().Format("20060102T150405Z")
	for _, e := range events {
		if e.Date.IsZero() {
			continue
		}
		line("BEGIN", "VEVENT")
		line("UID", icsText(e.UID))
		line("DTSTAMP", dtstamp)
		line("DTSTART;VALUE=DATE", e.Date.Time().Format("20060102"))
		line("DTEND;VALUE=DATE", e.Date.Time().AddDate(0, 0, 1).Format("20060102"))
		line("SUMMARY", icsText(e.Summary))
		if e.Description != "" {
			line("DESCRIPTION", icsText(e.Description))
		}
		line("TRANSP", "TRANSPARENT")
		line("END", "VEVENT")
	}
	line("END", "VCALENDAR")
	return bw.Flush()
}

// CalendarUID makes a stable event UID from the parts that identify the
// event (a network id and what the date is for): the parts' letters and
// digits for a person to recognise, and a hash of the exact parts so that
// ids differing only in other characters stay apart.
func CalendarUID(parts ...string) string {
	joined := strings.Join(parts, "\x00")
	sum := sha256.Sum256([]byte(joined))
	var b strings.Builder
	for _, r := range strings.Join(parts, "-") {
		if r < utf8.RuneSelf && (r == '-' || r == '.' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			b.WriteRune(r)
		}
	}
	if b.Len() > 40 {
		s := b.String()[:40]
		b.Reset()
		b.WriteString(s)
	}
	return b.String() + "-" + hex.EncodeToString(sum[:6]) + "@netvet"
}

// icsText escapes s as an RFC 5545 TEXT value (3.3.11): control sequences
// go as on screen ([Clean]), backslash, semicolon and comma get a
// backslash, and a line break becomes \n.
func icsText(s string) string {
	s = Clean(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\\', r == ';', r == ',':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// writeICSLine writes one content line, folded after at most 75 octets with
// CRLF and a space (RFC 5545 3.1), never inside a UTF-8 sequence.
func writeICSLine(w *bufio.Writer, s string) {
	limit := icsLineOctets
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		w.WriteString(s[:cut])
		w.WriteString("\r\n ")
		s = s[cut:]
		// A continuation line starts with the space, which counts.
		limit = icsLineOctets - 1
	}
	w.WriteString(s)
	w.WriteString("\r\n")
}
