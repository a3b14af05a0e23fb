// Package eval scores parser output against the truth files of the shared
// corpus, following the scoring rules of the corpus README so that figures
// compare between tools.
//
// The package is pure: it reads no files and knows nothing of the parser.
// The runner in ./score converts a parse.Article into a Prediction and
// feeds it, with the case's Truth, to ScoreCase.
package eval

import (
	"strings"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// curlyQuotes maps typographic quotation marks to their ASCII forms.
var curlyQuotes = strings.NewReplacer(
	"\u2018", "'", "\u2019", "'", "\u201A", "'", "\u201B", "'",
	"\u201C", `"`, "\u201D", `"`, "\u201E", `"`, "\u201F", `"`,
)

// Normalize applies the README's text normalisation: Unicode NFKC, curly
// quotes to straight, case-folded, whitespace collapsed to single spaces and
// surrounding punctuation trimmed. Two text fields match when their
// normalised forms are equal.
func Normalize(s string) string {
	s = norm.NFKC.String(s)
	s = curlyQuotes.Replace(s)
	s = cases.Fold().String(s) // a Caser is stateful: one per call
	s = strings.Join(strings.Fields(s), " ")
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsPunct(r) || unicode.IsSpace(r)
	})
}

// TextMatch reports whether two text fields are equal after Normalize.
func TextMatch(pred, truth string) bool {
	return Normalize(pred) == Normalize(truth)
}

// PlaceKey is the comparable form of a dateline place: the part before the
// first comma, normalised ("PORTLAND, Ore." → "portland").
func PlaceKey(s string) string {
	if i := strings.IndexAny(s, ",，"); i >= 0 {
		s = s[:i]
	}
	return Normalize(s)
}

// PlaceMatch reports whether a predicted dateline place matches the truth:
// case-insensitively, on the part before the first comma of each.
func PlaceMatch(pred, truth string) bool {
	return PlaceKey(pred) == PlaceKey(truth)
}

// AgencyMatch compares canonical agency names case-insensitively.
func AgencyMatch(pred, truth string) bool {
	return Normalize(pred) == Normalize(truth)
}

// isHan reports whether r is a CJK ideograph, which is a word by itself.
func isHan(r rune) bool {
	return unicode.Is(unicode.Han, r)
}

// hasHan reports whether s contains a CJK ideograph.
func hasHan(s string) bool {
	return strings.IndexFunc(s, isHan) >= 0
}

// Tokens splits normalised text into word tokens: runs of letters, digits
// and combining marks; each CJK ideograph is a token of its own;
// punctuation and spaces separate tokens and are dropped.
func Tokens(s string) []string {
	var toks []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			toks = append(toks, string(cur))
			cur = cur[:0]
		}
	}
	for _, r := range Normalize(s) {
		switch {
		case isHan(r):
			flush()
			toks = append(toks, string(r))
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			cur = append(cur, r)
		default:
			flush()
		}
	}
	flush()
	return toks
}

// TokenF1 is the bag-of-tokens F1 between two token lists (as in SQuAD):
// 0 when either is empty.
func TokenF1(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	counts := make(map[string]int, len(a))
	for _, t := range a {
		counts[t]++
	}
	common := 0
	for _, t := range b {
		if counts[t] > 0 {
			counts[t]--
			common++
		}
	}
	if common == 0 {
		return 0
	}
	p := float64(common) / float64(len(a))
	r := float64(common) / float64(len(b))
	return 2 * p * r / (p + r)
}
