package parse

import (
	"strings"
	"unicode"
)

// Time stamps: the lines a page or a feed prints to say when a story was
// published or updated. Above the story (byline.go's lead lines) any stamp
// goes (isTimeStamp); elsewhere (boilerplate.go) only those no sentence
// can be (isPageStamp). The tables and readers below serve both.

// stampLeads open a time stamp; longer leads first, compared ignoring case.
var stampLeads = []struct{ text, example string }{
	{"Published On", "Published On 5 Feb 2024"},            // Al Jazeera
	{"Published", "Published February 6, 2024"},            // Dawn; SCMP "Published: 8:30pm, 5 Feb 2024"
	{"Last updated", "Last updated: February 5, 2024"},     // also "Last updated 2 days ago"
	{"Updated on", "Updated on 5 February 2024"},           //
	{"Updated", "Updated: 2024-02-05 07:12"},               // China Daily, Indian Express; "Updated 3 hours ago"
	{"First published", "First published 5 February 2024"}, //
	{"Issued on", "Issued on: 05/02/2024 - 14:12"},         // France 24
	{"Posted on", "Posted on February 5, 2024"},            //
	{"Posted", "Posted: Feb 5, 2024"},                      // "Posted 20 mins ago"
}

// stampTokens may stand in a time stamp besides numbers, months and
// weekdays: "05:12 AM February 05, 2024", "Feb 6, 2024, 04.12 AM IST".
var stampTokens = map[string]bool{
	"am": true, "pm": true, "a.m.": true, "p.m.": true, "at": true, "on": true, "-": true, "|": true, "–": true,
	"ist": true, "pkt": true, "bst": true, "gmt": true, "utc": true, "hkt": true, "sgt": true, "kst": true, "jst": true,
	"wib": true, "ict": true, "pht": true, "eat": true, "wat": true, "cat": true, "sast": true, "cet": true, "et": true,
	"est": true, "edt": true, "pt": true, "pst": true, "msk": true, "gst": true, "ast": true,
	"mon": true, "tue": true, "wed": true, "thu": true, "fri": true, "sat": true, "sun": true, "monday": true,
	"tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
}

// englishMonths are the month words a stamp may use; the wider table in
// dates.go holds "set" and "out", which are English words too.
var englishMonths = map[string]bool{
	"jan": true, "january": true, "feb": true, "february": true, "mar": true, "march": true, "apr": true,
	"april": true, "may": true, "jun": true, "june": true, "jul": true, "july": true, "aug": true, "august": true,
	"sep": true, "sept": true, "september": true, "oct": true, "october": true, "nov": true, "november": true,
	"dec": true, "december": true,
}

// stampUnits are the units of a relative time stamp, singular and plural:
// "1 hour ago", "3 hours ago", "20 mins ago".
var stampUnits = []string{"second", "sec", "minute", "min", "hour", "hr", "day", "week"}

// stampSources follow a date and time on a Chinese portal's stamp line:
// "2024-04-16 10:02:15　来源：新华网", "2024年04月16日 10:02 作者：王雨萧".
var stampSources = []string{"来源", "作者", "编辑", "责任编辑", "Source:"}

// stampDateShapes are the dates that open a portal's stamp line; '#' is a
// run of digits (matchShape).
var stampDateShapes = []string{"#-#-#", "#年#月#日"} // 2024-04-16; 2024年04月16日

// maxStamp is the longest line, in bytes, read as a time stamp.
const maxStamp = 120

// isPageStamp reports whether s is a stamp that no story sentence can be,
// wherever it stands: a relative time ("Updated 3 hours ago", "5 mins
// ago") or a portal's date, time and source ("2024-04-16 10:02:15　来源：
// 新华网"). A bare written date is not one: hard-wrapped copy may end a
// paragraph on a line "January 1986."
func isPageStamp(s string) bool {
	if s == "" || len(s) > maxStamp {
		return false
	}
	rest, _ := cutStampLead(s)
	return isPortalStamp(s) || isRelativeStamp(rest)
}

// isTimeStamp reports whether s is a time stamp and nothing else: a lead
// (stampLeads) and a date or time ("Published On 5 Feb 2024"), a date
// with its year alone ("Tue Feb 6, 2024 10:12 AM"), a relative time
// ("Updated 3 hours ago", "5 mins ago"), or a portal's date, time and
// source ("2024-04-16 10:02:15　来源：新华网").
func isTimeStamp(s string) bool {
	if s == "" || len(s) > maxStamp {
		return false
	}
	if isPortalStamp(s) {
		return true
	}
	rest, lead := cutStampLead(s)
	if isRelativeStamp(rest) {
		return true
	}
	return isDateTimeText(rest, !lead)
}

// cutStampLead removes a stamp lead (stampLeads) and the colon after it.
func cutStampLead(s string) (string, bool) {
	for _, lead := range stampLeads {
		if len(s) > len(lead.text) && strings.EqualFold(s[:len(lead.text)], lead.text) && !isWordByte(s[len(lead.text)]) {
			return strings.TrimLeft(s[len(lead.text):], " :"), true
		}
	}
	return s, false
}

// isRelativeStamp matches "3 hours ago", "1 min ago".
func isRelativeStamp(s string) bool {
	if len(s) < 5 || !strings.EqualFold(s[len(s)-4:], " ago") {
		return false
	}
	r := strings.ToLower(s[:len(s)-4])
	n := 0
	for n < len(r) && r[n] >= '0' && r[n] <= '9' {
		n++
	}
	if n == 0 || n == len(r) || r[n] != ' ' {
		return false
	}
	unit := strings.TrimSuffix(r[n+1:], "s")
	for _, u := range stampUnits {
		if unit == u {
			return true
		}
	}
	return false
}

// isPortalStamp matches a date (stampDateShapes), an optional time and an
// optional source label (stampSources).
func isPortalStamp(s string) bool {
	if s[0] < '0' || s[0] > '9' {
		return false
	}
	rest, ok := cutStampWord(s, stampDateShapes...)
	if !ok {
		return false
	}
	if t, ok := cutStampWord(rest, "#:#", "#:#:#"); ok {
		rest = t
	}
	return rest == "" || hasPrefixAny(rest, stampSources...)
}

// cutStampWord cuts from the start of s a word of one of the shapes, and
// the spaces after it.
func cutStampWord(s string, shapes ...string) (string, bool) {
	end := strings.IndexFunc(s, func(r rune) bool { return r == ' ' || r == '\u3000' || r == '\u00a0' || r == '\t' })
	if end < 0 {
		end = len(s)
	}
	for _, shape := range shapes {
		if matchShape(s[:end], shape) {
			return strings.TrimLeftFunc(s[end:], unicode.IsSpace), true
		}
	}
	return s, false
}

// isDateTimeText: words that are numbers, months, weekdays, clock times
// and zones only, with at least one digit; needYear also asks for a month
// word or a numeric date, and a four-digit year.
func isDateTimeText(s string, needYear bool) bool {
	digits, year, month, n := false, false, false, 0
	var buf [16]byte
	for w := range strings.FieldsSeq(s) {
		if n++; n > 10 || len(w) > len(buf) {
			return false
		}
		w = strings.TrimRight(w, ",")
		lw := buf[:len(w)]
		for i := range len(w) {
			lw[i] = lowerByte(w[i])
		}
		switch {
		case englishMonths[string(lw)] || len(lw) > 1 && lw[len(lw)-1] == '.' && englishMonths[string(lw[:len(lw)-1])]:
			month = true
		case stampTokens[string(lw)]:
		case isClockWord(string(lw)):
			digits = true
			year = year || isYearWord(w)
			month = month || strings.Count(w, "/") == 2 || strings.Count(w, "-") == 2
		default:
			return false
		}
	}
	return digits && (!needYear || year && month)
}

// isClockWord: digits with the marks of dates and times ("05:12",
// "04.12", "2024-02-05", "05/02/2024", "8:30pm", "6th").
func isClockWord(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "am"), "pm")
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		w = strings.TrimSuffix(w, suf)
	}
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	return strings.Trim(w, "0123456789:./-") == ""
}

// isYearWord: a word holding a four-digit year from 1900 to 2099.
func isYearWord(w string) bool {
	run := 0
	for i := 0; i <= len(w); i++ {
		if i < len(w) && w[i] >= '0' && w[i] <= '9' {
			run++
			continue
		}
		if run == 4 && (w[i-4:i] >= "1900" && w[i-4:i] < "2100") {
			return true
		}
		run = 0
	}
	return false
}
