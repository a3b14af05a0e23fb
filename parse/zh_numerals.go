package parse

import (
	"time"
	"unicode/utf8"
)

// zhDigitValues are the Chinese numeral characters of dates: "二月二十四日",
// "二〇二二年", "廿四日".
var zhDigitValues = map[rune]int{
	'〇': 0, '零': 0, '一': 1, '二': 2, '两': 2, '兩': 2, '三': 3, '四': 4,
	'五': 5, '六': 6, '七': 7, '八': 8, '九': 9, '十': 10, '廿': 20, '卅': 30,
}

// scanNumberZH reads a number at the start of s, written in ASCII digits
// ("24"), full-width digits ("２４") or Chinese numerals ("二十四", "十一",
// "二〇二二"). It returns the value and the bytes read (0: none).
func scanNumberZH(s string) (int, int) {
	if v, n := scanDigitsZH(s); n > 0 {
		return v, n
	}
	return scanNumeralsZH(s)
}

// scanDigitsZH reads up to four ASCII or full-width digits.
func scanDigitsZH(s string) (int, int) {
	v, i, count := 0, 0, 0
	for i < len(s) && count < 4 {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r >= '0' && r <= '9':
			v = v*10 + int(r-'0')
		case r >= '０' && r <= '９':
			v = v*10 + int(r-'０')
		default:
			return v, i
		}
		i += size
		count++
	}
	return v, i
}

// scanNumeralsZH reads Chinese numerals: with 十 as tens ("二十四" = 24,
// "十一" = 11), or digit by digit ("二〇二二" = 2022).
func scanNumeralsZH(s string) (int, int) {
	var digits []int
	i := 0
	for i < len(s) && len(digits) < 4 {
		r, size := utf8.DecodeRuneInString(s[i:])
		d, ok := zhDigitValues[r]
		if !ok {
			break
		}
		digits = append(digits, d)
		i += size
	}
	if len(digits) == 0 {
		return 0, 0
	}
	for k, d := range digits {
		if d < 10 {
			continue
		}
		return tensValueZH(digits[:k], d, digits[k+1:]), i
	}
	v := 0
	for _, d := range digits {
		v = v*10 + d
	}
	return v, i
}

// tensValueZH computes a number written around a tens character: "二十四"
// (before [2], 十, after [4]) = 24; "十一" = 11; "廿四" = 24.
func tensValueZH(before []int, tens int, after []int) int {
	if len(before) > 1 || len(after) > 1 || (tens > 10 && len(before) > 0) {
		return 0
	}
	v := tens
	if len(before) == 1 {
		v = before[0] * 10
	}
	if len(after) == 1 {
		if after[0] >= 10 {
			return 0
		}
		v += after[0]
	}
	return v
}

// scanDateZH reads a Chinese date at the start of s: "2月24日",
// "二月二十四日", "2022年2月24日", or a day alone, "24日" (month 0). It
// returns the date and the bytes read (0: none).
func scanDateZH(s string) (monthDay, int) {
	var d monthDay
	i := 0
	if y, n := scanNumberZH(s); n > 0 && hasPrefixAny(s[n:], "年") && y >= 1900 && y <= 2100 {
		d.year, i = y, n+len("年")
	}
	if m, n := scanNumberZH(s[i:]); n > 0 && hasPrefixAny(s[i+n:], "月") && m >= 1 && m <= 12 {
		d.month, i = m, i+n+len("月")
	} else if d.year > 0 {
		return monthDay{}, 0
	}
	day, n := scanNumberZH(s[i:])
	if n == 0 || day < 1 || day > 31 {
		return monthDay{}, 0
	}
	d.day, i = day, i+n
	for _, suf := range []string{"日", "号", "號"} {
		if hasPrefixAny(s[i:], suf) {
			return d, i + len(suf)
		}
	}
	return monthDay{}, 0
}

// monthFromReferenceZH fills in the month (and year) of a day-only date, "24日",
// from a reference date: the latest such day on or shortly after the
// reference. It reports false when there is no reference.
func monthFromReferenceZH(d monthDay, ref time.Time) (monthDay, bool) {
	if ref.IsZero() || d.day == 0 {
		return d, false
	}
	t := time.Date(ref.Year(), ref.Month(), d.day, 0, 0, 0, 0, time.UTC)
	if d.day > ref.Day()+1 {
		t = time.Date(ref.Year(), ref.Month()-1, d.day, 0, 0, 0, 0, time.UTC)
	}
	return monthDay{year: t.Year(), month: int(t.Month()), day: t.Day()}, true
}
