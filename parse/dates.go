package parse

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// months maps month names and abbreviations, lower-cased and without a
// trailing dot, to month numbers. English first; French and German forms
// occur in AFP and dpa copy.
var months = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
	// French: "Strasbourg, 10 juil 2024 (AFP)"
	"janvier": 1, "janv": 1, "février": 2, "févr": 2, "fevrier": 2, "mars": 3, "avril": 4, "avr": 4,
	"mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9,
	"octobre": 10, "novembre": 11, "décembre": 12, "déc": 12,
	"fév": 2, "juill": 7,
	// Spanish, Italian, Portuguese: "Madrid, 24 feb 2022 (EFE)", "Roma, 24 febbraio (ANSA)"
	"enero": 1, "ene": 1, "febrero": 2, "marzo": 3, "abril": 4, "abr": 4, "mayo": 5, "junio": 6,
	"julio": 7, "agosto": 8, "ago": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
	"diciembre": 12, "dic": 12, "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6,
	"luglio": 7, "settembre": 9, "ottobre": 10, "dicembre": 12, "janeiro": 1, "fevereiro": 2, "março": 3,
	"maio": 5, "junho": 6, "julho": 7, "setembro": 9, "outubro": 10, "dezembro": 12,
	// Portuguese abbreviations: Lusa's "Lisboa, 05 fev 2024 (Lusa) -"
	"fev": 2, "set": 9, "out": 10, "dez": 12,
	// German: "Berlin, 24. Februar 2022 (dpa)"
	"januar": 1, "februar": 2, "märz": 3, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
}

// monthDay is a calendar date whose year may be unknown (0).
type monthDay struct {
	year, month, day int
}

// scanDate reads a date at the start of s: "Feb 26", "Feb. 24, 2022",
// "February 24th", "24 February 2022", "10 juil 2024", "24. Februar".
// It returns the date and the number of bytes read, or n == 0.
// A day the month does not have ("Feb 30", "Sept 31") is not a date.
func scanDate(s string) (d monthDay, n int) {
	if d, n = scanMonthFirst(s); n == 0 {
		d, n = scanDayFirst(s)
	}
	if n > 0 && d.day > daysIn(d.month, d.year) {
		return monthDay{}, 0
	}
	return d, n
}

// daysIn returns the number of days in month of year; with year 0
// (unknown) February has 29.
func daysIn(month, year int) int {
	if year == 0 {
		year = 2000
	}
	return time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func scanMonthFirst(s string) (monthDay, int) {
	m, i := scanMonth(s)
	if m == 0 {
		return monthDay{}, 0
	}
	i += skipSpace(s[i:])
	day, j := scanDay(s[i:])
	if day == 0 {
		return monthDay{}, 0
	}
	i += j
	y, k := scanYear(s[i:], true)
	return monthDay{y, m, day}, i + k
}

func scanDayFirst(s string) (monthDay, int) {
	day, i := scanDay(s)
	if day == 0 {
		return monthDay{}, 0
	}
	if i < len(s) && s[i] == '.' {
		i++
	}
	sp := skipSpace(s[i:])
	if sp == 0 {
		return monthDay{}, 0
	}
	m, j := scanMonth(s[i+sp:])
	if m == 0 {
		return monthDay{}, 0
	}
	i += sp + j
	y, k := scanYear(s[i:], true)
	return monthDay{y, m, day}, i + k
}

// scanMonth reads a month name with an optional dot.
func scanMonth(s string) (int, int) {
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += size
	}
	if i == 0 || i > 12 {
		return 0, 0
	}
	var buf [12]byte
	m, ok := months[string(lowerASCII(buf[:0], s[:i]))]
	if !ok && !isASCII(s[:i]) {
		m, ok = months[strings.ToLower(s[:i])] // "Février", "März"
	}
	if !ok {
		return 0, 0
	}
	if i < len(s) && s[i] == '.' {
		i++
	}
	return m, i
}

// scanDay reads 1–2 digits and an optional English ordinal suffix.
func scanDay(s string) (int, int) {
	i, day := 0, 0
	for i < len(s) && i < 2 && s[i] >= '0' && s[i] <= '9' {
		day = day*10 + int(s[i]-'0')
		i++
	}
	if i == 0 || day < 1 || day > 31 || (i < len(s) && s[i] >= '0' && s[i] <= '9') {
		return 0, 0
	}
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if strings.HasPrefix(s[i:], suf) {
			i += 2
			break
		}
	}
	if i < len(s) && isLetterByte(s[i]) {
		return 0, 0
	}
	return day, i
}

// scanYear reads an optional year after a day: ", 2022" (comma allowed
// when comma is true) or " 2024".
func scanYear(s string, comma bool) (int, int) {
	i := 0
	if comma && strings.HasPrefix(s, ",") {
		i++
	}
	sp := skipSpace(s[i:])
	if sp == 0 && i == 0 {
		return 0, 0
	}
	i += sp
	if len(s) < i+4 {
		return 0, 0
	}
	y := 0
	for k := 0; k < 4; k++ {
		c := s[i+k]
		if c < '0' || c > '9' {
			return 0, 0
		}
		y = y*10 + int(c-'0')
	}
	if y < 1900 || y > 2100 || (len(s) > i+4 && s[i+4] >= '0' && s[i+4] <= '9') {
		return 0, 0
	}
	return y, i + 4
}

func skipSpace(s string) int {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

func isLetterByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// iso formats d as ISO 8601. Without a year, a non-zero reference date
// supplies the year that puts the date on or shortly before it; otherwise
// the result is "--MM-DD" and unknown is true.
func (d monthDay) iso(ref time.Time) (s string, unknown bool) {
	y := d.year
	if y == 0 && !ref.IsZero() {
		y = ref.Year()
		cand := time.Date(y, time.Month(d.month), d.day, 0, 0, 0, 0, time.UTC)
		if cand.After(ref.AddDate(0, 0, 7)) {
			y--
		}
		for d.day > daysIn(d.month, y) {
			y-- // "Feb 29": the last leap year
		}
	}
	if y == 0 {
		return fmt.Sprintf("--%02d-%02d", d.month, d.day), true
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, d.month, d.day), false
}

// isASCII reports whether s has only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// scanNumDate reads a numeric day and month after a space, day first as
// European feeds write them, with an optional year: " 05/02" (Belga's
// "BRUSSELS 05/02 (BELGA) ="), " 5/2/2024". It returns n == 0 unless a
// space or the end follows.
func scanNumDate(s string) (d monthDay, n int) {
	i := skipSpace(s)
	if i == 0 {
		return monthDay{}, 0
	}
	day, j := scanDigits(s[i:], 2)
	if j == 0 || i+j >= len(s) || s[i+j] != '/' {
		return monthDay{}, 0
	}
	i += j + 1
	month, j := scanDigits(s[i:], 2)
	if j == 0 || month < 1 || month > 12 || day < 1 {
		return monthDay{}, 0
	}
	i += j
	year := 0
	if i < len(s) && s[i] == '/' {
		y, k := scanDigits(s[i+1:], 4)
		if k != 4 || y < 1900 || y > 2100 {
			return monthDay{}, 0
		}
		year, i = y, i+1+k
	}
	if i < len(s) && s[i] != ' ' || day > daysIn(month, year) {
		return monthDay{}, 0
	}
	return monthDay{year, month, day}, i
}

// scanDigits reads up to max digits and returns their value and count; a
// longer run of digits reads as none.
func scanDigits(s string, max int) (v, n int) {
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		if n == max {
			return 0, 0
		}
		v = v*10 + int(s[n]-'0')
		n++
	}
	return v, n
}
