package parse

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Dates as pages show them, each form with an example.
var (
	// "2018-01-23 14:26:48", "2019/10/18", "2019年10月18日 08:30", "2024年03月12日16:48"
	ymdRe = regexp.MustCompile(`(\d{4})(?:-|/|\.|年)(\d{1,2})(?:-|/|\.|月)(\d{1,2})(?:(?:日?[ T]+|日)(\d{1,2}):(\d{2})(?::(\d{2}))?|日)?`)
	// "19.10.2019", "18/10/2019, 10:04"
	dmyRe = regexp.MustCompile(`(\d{1,2})([./-])(\d{1,2})[./-](\d{4})\b`)
	// "19. Oktober 2019", "19 October 2019", "19 de octubre de 2019", "19 October 2019, 14:05"
	dayMonthRe = regexp.MustCompile(`(\d{1,2})(?:\.|st|nd|rd|th)?\s+(?:de\s+)?(\pL{3,})\.?,?\s+(?:de\s+)?(\d{4})` + clockPattern)
	// "October 19, 2019", "Oct. 19 2019", "Mar 12, 2024 09:48 PM"
	monthDayRe = regexp.MustCompile(`(\pL{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})` + clockPattern)
)

// clockPattern is an optional time of day after a written date: "14:05",
// ", 9:48 PM", " at 10:30 a.m.", "um 14:05".
const clockPattern = `(?:,?\s+(?:at\s+|um\s+|à\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])\.?[Mm]\.?)?)?`

// clock returns the hour, minute and second groups at g[i:], the hour
// on a 24-hour clock: "9", "48", "", "P" gives "21", "48", "".
func clock(g []string, i int) []string {
	h, m, sec, half := g[i], g[i+1], g[i+2], g[i+3]
	if h == "" {
		return nil
	}
	n := atoi(h)
	switch {
	case (half == "P" || half == "p") && n < 12:
		n += 12
	case (half == "A" || half == "a") && n == 12:
		n = 0
	}
	if sec == "" {
		sec = "0"
	}
	return []string{strconv.Itoa(n), m, sec}
}

// moreMonths adds, to the dateline months table, month names pages use in
// other languages: "19 de octubre de 2019", "19. Okt. 2019".
var moreMonths = map[string]int{
	"jänner": 1, "jän": 1, "feber": 2, "mrz": 3, "mär": 3, "okt": 10, "dez": 12, // German, Austrian
	"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, // Spanish
	"agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
	"gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, // Italian
	"settembre": 9, "ottobre": 10, "dicembre": 12,
	"janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7, // Portuguese
	"setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
	"januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8, // Dutch
}

// monthNumber looks a month name up in both tables.
func monthNumber(s string) int {
	s = strings.ToLower(s)
	if m, ok := months[s]; ok {
		return m
	}
	return moreMonths[s]
}

// findDate returns the first calendar date written in s, as "2006-01-02"
// (or with its time, "2006-01-02T15:04:05", when the numeric form gives
// one), and the time it stands for. dayFirst settles "03/04/2019".
func findDate(s string, dayFirst bool) (string, time.Time) {
	if strings.IndexAny(s, "0123456789") < 0 {
		return "", time.Time{}
	}
	best, bestAt, bestTime := "", len(s)+1, time.Time{}
	try := func(at int, y, m, d int, clock []string) {
		if at >= bestAt || y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > daysIn(m, y) {
			return
		}
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		out := t.Format("2006-01-02")
		if len(clock) == 3 && clock[0] != "" {
			h, mi, sec := atoi(clock[0]), atoi(clock[1]), atoi(clock[2])
			if h < 24 && mi < 60 && sec < 60 {
				t = t.Add(time.Duration(h)*time.Hour + time.Duration(mi)*time.Minute + time.Duration(sec)*time.Second)
				out = t.Format("2006-01-02T15:04:05")
			}
		}
		best, bestAt, bestTime = out, at, t
	}
	if m := ymdRe.FindStringSubmatchIndex(s); m != nil {
		g := groups(s, m)
		try(m[0], atoi(g[1]), atoi(g[2]), atoi(g[3]), g[4:7])
	}
	if m := dmyRe.FindStringSubmatchIndex(s); m != nil {
		g := groups(s, m)
		a, b := atoi(g[1]), atoi(g[3])
		if b > 12 || !dayFirst && g[2] == "/" && a <= 12 {
			a, b = b, a
		}
		try(m[0], atoi(g[4]), b, a, nil)
	}
	if m := dayMonthRe.FindStringSubmatchIndex(s); m != nil {
		g := groups(s, m)
		try(m[0], atoi(g[3]), monthNumber(g[2]), atoi(g[1]), clock(g, 4))
	}
	if m := monthDayRe.FindStringSubmatchIndex(s); m != nil {
		g := groups(s, m)
		try(m[0], atoi(g[3]), monthNumber(g[1]), atoi(g[2]), clock(g, 4))
	}
	return best, bestTime
}

// groups returns the submatches of an index match ("" where unset).
func groups(s string, m []int) []string {
	g := make([]string, len(m)/2)
	for i := range g {
		if m[2*i] >= 0 {
			g[i] = s[m[2*i]:m[2*i+1]]
		}
	}
	return g
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// publishedLayouts are the timestamp forms of page metadata, tried in order.
var publishedLayouts = []string{
	time.RFC3339,                // "2018-01-23T14:26:48+08:00"
	"2006-01-02T15:04:05Z0700",  // "2018-01-23T14:26:48+0800"
	"2006-01-02T15:04Z07:00",    // "2018-01-23T14:26+08:00"
	"2006-01-02 15:04:05Z07:00", // "2018-01-23 14:26:48+08:00"
	"2006-01-02 15:04:05 Z0700", // "2018-01-23 14:26:48 +0800"
	"2006-01-02T15:04:05",       // "2018-01-23T14:26:48"
	"2006-01-02T15:04",          // "2018-01-23T14:26"
	"2006-01-02 15:04:05",       // "2018-01-23 14:26:48"
	"2006-01-02 15:04",          // "2018-01-23 14:26"
	"2006-01-02",                // "2018-01-23"
	"20060102",                  // "20180123"
	time.RFC1123Z,               // "Tue, 23 Jan 2018 14:26:48 +0800"
	time.RFC1123,                // "Tue, 23 Jan 2018 14:26:48 CST"
	"Mon, 2 Jan 2006 15:04:05 -0700",
}

// parsePublished reads a page timestamp and returns it as RFC 3339 (with
// the zone when the page states one), or "" when it is not a timestamp.
// Dates written for readers ("19. Oktober 2019") are read as dates.
func parsePublished(s string) (string, time.Time) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", time.Time{}
	}
	for _, layout := range publishedLayouts {
		t, err := time.Parse(layout, s)
		if err != nil || t.Year() < 1990 || t.Year() > 2100 {
			continue
		}
		switch {
		case strings.Contains(layout, "07") || strings.HasSuffix(layout, "MST"):
			return t.Format(time.RFC3339), t
		case layout == "2006-01-02" || layout == "20060102":
			return t.Format("2006-01-02"), t
		}
		return t.Format("2006-01-02T15:04:05"), t
	}
	if len(s) > 300 {
		return "", time.Time{}
	}
	return findDate(s, true)
}

// inZone states a zone-less timestamp ("2018-01-23T14:26:48") in loc.
func inZone(published string, t time.Time, loc *time.Location) (string, time.Time) {
	if len(published) != len("2006-01-02T15:04:05") {
		return published, t
	}
	t = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, loc)
	return t.Format(time.RFC3339), t
}

// dstRule says when a zone keeps summer time.
type dstRule int

const (
	noDST dstRule = iota
	euDST         // last Sunday of March to last Sunday of October, at 01:00 UTC
)

// zoneRule is a country's standard offset, in minutes east of UTC, and
// its summer time.
type zoneRule struct {
	offset int
	dst    dstRule
}

// localeZones give the zone of a page's own times by its country (the
// URL's top-level domain, or the region of <html lang>: ".de") or its
// language ("de"). Languages spoken in many zones ("en", "es", "pt")
// have no row: their countries do.
var localeZones = map[string]zoneRule{
	"de": {60, euDST}, ".de": {60, euDST}, // <html lang="de">, https://www.beige.de/…
	".at": {60, euDST}, ".ch": {60, euDST}, ".li": {60, euDST}, ".lu": {60, euDST}, // lang="de-AT", "de-CH"
	"fr": {60, euDST}, ".fr": {60, euDST}, ".be": {60, euDST}, // lang="fr-FR"
	"it": {60, euDST}, ".it": {60, euDST}, "nl": {60, euDST}, ".nl": {60, euDST},
	".es": {60, euDST}, "ca": {60, euDST}, "pl": {60, euDST}, ".pl": {60, euDST},
	"cs": {60, euDST}, ".cz": {60, euDST}, "da": {60, euDST}, ".dk": {60, euDST},
	"sv": {60, euDST}, ".se": {60, euDST}, "nb": {60, euDST}, "no": {60, euDST}, ".no": {60, euDST},
	"hu": {60, euDST}, ".hu": {60, euDST}, "hr": {60, euDST}, "sl": {60, euDST}, "sk": {60, euDST},
	".uk": {0, euDST}, ".gb": {0, euDST}, ".ie": {0, euDST}, ".pt": {0, euDST}, // lang="en-GB"
	"el": {120, euDST}, ".gr": {120, euDST}, "fi": {120, euDST}, ".fi": {120, euDST}, "ro": {120, euDST},
	".ar": {-180, noDST}, ".uy": {-180, noDST}, ".br": {-180, noDST}, // https://www.lanacion.com.ar/…
	".cn": {480, noDST}, "zh": {480, noDST}, ".tw": {480, noDST}, ".hk": {480, noDST}, ".sg": {480, noDST},
	"ja": {540, noDST}, ".jp": {540, noDST}, "ko": {540, noDST}, ".kr": {540, noDST},
	".in": {330, noDST}, // India, +05:30
	"tr":  {180, noDST}, ".tr": {180, noDST}, "ru": {180, noDST}, ".ru": {180, noDST},
}

// at returns the zone's offset at time t.
func (z zoneRule) at(t time.Time) *time.Location {
	off := z.offset
	if z.dst == euDST && inEUSummer(t) {
		off += 60
	}
	return time.FixedZone("", off*60)
}

// inEUSummer reports whether t falls in European summer time.
func inEUSummer(t time.Time) bool {
	t = t.UTC()
	start := lastSunday(t.Year(), time.March).Add(time.Hour)
	end := lastSunday(t.Year(), time.October).Add(time.Hour)
	return !t.Before(start) && t.Before(end)
}

// lastSunday returns midnight UTC of the month's last Sunday.
func lastSunday(year int, m time.Month) time.Time {
	d := time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC)
	return d.AddDate(0, 0, -int(d.Weekday()))
}
