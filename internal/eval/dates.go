package eval

import (
	"strings"
	"time"
)

// datePart returns the leading YYYY-MM-DD of s ("2018-04-05T06:00" →
// "2018-04-05"), or "" when s does not start with a calendar date.
func datePart(s string) string {
	s = strings.TrimSpace(s)
	if len(s) < 10 {
		return ""
	}
	if _, err := time.Parse("2006-01-02", s[:10]); err != nil {
		return ""
	}
	return s[:10]
}

// PublishedMatch compares the date part of a predicted RFC 3339 timestamp
// with the truth's date (or timestamp). Times and zones are ignored.
func PublishedMatch(pred, truth string) bool {
	t := datePart(truth)
	if t == "" { // not a date: fall back to text comparison
		return pred != "" && TextMatch(pred, truth)
	}
	return datePart(pred) == t
}

// monthDay returns the "MM-DD" of a dateline date written "YYYY-MM-DD" or
// "--MM-DD", and whether it carried a year; ok is false for anything else.
func monthDay(s string) (md string, hasYear, ok bool) {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "--") {
		md = s[2:]
	} else if d := datePart(s); d != "" && len(s) == 10 {
		md, hasYear = d[5:], true
	} else {
		return "", false, false
	}
	if _, err := time.Parse("01-02", md); err != nil && md != "02-29" {
		return "", false, false
	}
	return md, hasYear, true
}

// DatelineDateMatch compares dateline dates written "YYYY-MM-DD" or
// "--MM-DD". When the truth gives no year ("--02-26"), a prediction is right
// if its month and day agree, with or without a year (the runner passes the
// wire's reference date, so the parser may have supplied one). When the
// truth gives a year, the prediction must give the same full date.
func DatelineDateMatch(pred, truth string) bool {
	tmd, tYear, ok := monthDay(truth)
	if !ok {
		return pred != "" && TextMatch(pred, truth)
	}
	pmd, pYear, ok := monthDay(pred)
	if !ok {
		return false
	}
	if tYear {
		return pYear && datePart(pred) == datePart(truth)
	}
	return pmd == tmd
}
