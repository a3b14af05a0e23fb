package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file exposes the parser's vocabularies (credit phrases, page
// boilerplate, sign-offs) to checkers such as dispatch check, which look
// for what the recognizers left behind.

// CreditClue is a credit phrase that opens a clause of a body paragraph,
// where the credits recognizer did not take it.
type CreditClue struct {
	// Offset is the byte offset of the phrase in the paragraph.
	Offset int
	// Phrase is the credit phrase as written: "Editing by".
	Phrase string
	// Clause is the whole clause, up to ";" or a closing bracket:
	// "Editing by" when it names nobody, "Reporting by Jane Doe".
	Clause string
	// Names are the names the clause gives when it parses as a credit;
	// nil when it names nobody or cannot be parsed.
	Names []string
}

// UnparsedCredits returns the credit phrases left in body paragraph s
// that look like credits: a phrase that names nobody ("... said. Editing
// by"), a bracketed or colon credit whose names do not parse ("(Editor: ,)"),
// and a multi-word credit that parses but stayed in the body ("Reporting
// by Jane Doe" mid-story). Prose such as "By the end of the year" is not
// a clue: phrases must be capitalised, and single-word phrases count only
// before a colon, in brackets or at the end of a sentence.
func UnparsedCredits(s string) []CreditClue {
	var out []CreditClue
	for _, at := range clauseStarts(s) {
		p, ok := creditPhraseAt(s, at.off)
		if !ok {
			continue
		}
		clause := s[at.off:clauseEnd(s, at.off)]
		rest := strings.TrimSpace(clause[len(p.phrase):])
		colon := strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "：")
		rest = strings.TrimLeft(rest, " :：\t")
		strong := strings.Contains(p.phrase, " ")
		c := CreditClue{Offset: at.off, Phrase: s[at.off : at.off+len(p.phrase)], Clause: strings.TrimSpace(clause)}
		_, parsed := parseCreditClause(clause)
		names, all := splitNamesStrict(rest)
		switch {
		case !written(s[at.off:]):
		case rest == "" && (strong || colon || at.bracket || at.off > 0):
			out = append(out, c)
		case parsed && all && (strong || colon || at.bracket):
			c.Names = names
			out = append(out, c)
		case !parsed && (colon || at.bracket && strong):
			out = append(out, c)
		}
	}
	return out
}

// written reports whether a credit phrase at the start of s is written as
// credits are: capitalised ("Editing by", not "by the voters"), or in a
// script without case ("责任编辑").
func written(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return !unicode.IsLower(r)
}

// clauseStart is where a clause may begin in a paragraph.
type clauseStart struct {
	off     int
	bracket bool // just inside an opening bracket
}

// clauseStarts lists the paragraph start, the starts of sentences, and
// the positions after an opening bracket or a ";".
func clauseStarts(s string) []clauseStart {
	out := []clauseStart{{off: 0}}
	for i, r := range s {
		size := utf8.RuneLen(r)
		next := skipSpaceAt(s, i+size)
		switch {
		case isOpenBracket(r):
			out = append(out, clauseStart{off: next, bracket: true})
		case r == ';' || r == '；' || r == '。' || r == '！' || r == '？':
			out = append(out, clauseStart{off: next})
		case (r == '.' || r == '!' || r == '?') && next > i+size:
			out = append(out, clauseStart{off: next})
		}
	}
	return out
}

func isOpenBracket(r rune) bool {
	for _, p := range bracketPairs {
		if q, _ := utf8.DecodeRuneInString(p[0]); q == r {
			return true
		}
	}
	return false
}

func skipSpaceAt(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return i
}

// clauseEnd is the end of the clause starting at i: the next ";", closing
// bracket, or the end of s.
func clauseEnd(s string, i int) int {
	if j := strings.IndexAny(s[i:], ";；)）]】"); j >= 0 {
		return i + j
	}
	return len(s)
}

// creditPhraseAt returns the credit phrase that s has at offset i, whole
// words only ("Reporters" is not "Reporter" + "s").
func creditPhraseAt(s string, i int) (creditPhrase, bool) {
	for _, p := range creditsLongestFirst {
		end := i + len(p.phrase)
		if end > len(s) || !strings.EqualFold(s[i:end], p.phrase) {
			continue
		}
		if end < len(s) && p.phrase[len(p.phrase)-1] < 0x80 && s[end] < 0x80 && isWordByte(s[end]) {
			continue
		}
		return p, true
	}
	return creditPhrase{}, false
}

// BoilerplateClue is page boilerplate left in a body paragraph.
type BoilerplateClue struct {
	// Offset is the byte offset of the boilerplate in the paragraph.
	Offset int
	// Text is the boilerplate phrase as listed: "Share let more people see it".
	Text string
}

// minLeftoverBoilerplate is the shortest boilerplate line looked for
// inside paragraphs: single words such as "Share" or "Print" are prose there.
const minLeftoverBoilerplate = 8

// LeftoverBoilerplate returns page boilerplate that opens a sentence of
// body paragraph s: "... in Ukraine. Share let more people see it. The ...".
// A boilerplate line must stand alone there: be followed by the end, by
// punctuation, or by a new sentence with a capital letter.
func LeftoverBoilerplate(s string) []BoilerplateClue {
	var out []BoilerplateClue
	for _, at := range clauseStarts(s) {
		if phrase, ok := boilerplateAt(s, at.off); ok {
			out = append(out, BoilerplateClue{Offset: at.off, Text: phrase})
		}
	}
	return out
}

// boilerplateAt returns the boilerplate phrase that starts at s[i:].
func boilerplateAt(s string, i int) (string, bool) {
	rest := s[i:]
	for _, p := range boilerplatePrefixes {
		if strings.HasPrefix(rest, p) {
			return p, true
		}
	}
	for _, l := range boilerplateLines {
		if len(l) < minLeftoverBoilerplate || len(rest) < len(l) || !strings.EqualFold(rest[:len(l)], l) {
			continue
		}
		after := strings.TrimLeft(rest[len(l):], " ")
		r, _ := utf8.DecodeRuneInString(after)
		if after == "" || unicode.IsPunct(r) || unicode.IsUpper(r) && len(after) < len(rest[len(l):]) || l[0] >= 0x80 {
			return l, true
		}
	}
	return "", false
}
