package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tokens and sentences of a unit, for the attribution grammar in quotes.go.
// A quotation is one token, so marks and sentence ends inside it never
// split the sentence around it.

// tokKind is the kind of a token.
type tokKind uint8

const (
	tkWord  tokKind = iota // "Stoltenberg", "O’Malley’s", "U.S.", "Secretary-General"
	tkPunct                // "," "." ":" "—" "(" ...
	tkQuote                // a whole quotation
)

// token is a word, a punctuation mark or a quotation of a unit.
type token struct {
	kind       tokKind
	text       string // as written; a quotation's quoted words
	low        string // text in lower case (words)
	start, end int    // byte range in the unit's text, marks included
	span       int    // index into unit.spans (quotations)
}

// isCap reports whether a word token begins with an upper-case letter.
func (t token) isCap() bool {
	if t.kind != tkWord {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

// is reports whether t is the punctuation mark p.
func (t token) is(p string) bool { return t.kind == tkPunct && t.text == p }

// isWord reports whether t is the word w (in lower case).
func (t token) isWord(w string) bool { return t.kind == tkWord && t.low == w }

// tokenize splits a unit's text into tokens, each quotation as one.
func tokenize(u *unit) []token {
	toks := make([]token, 0, len(u.text)/6+1)
	pos := 0
	for i, s := range u.spans {
		toks = appendPlain(toks, u.text, pos, s.open)
		toks = append(toks, token{kind: tkQuote, text: u.spanText(s), start: s.open, end: s.end, span: i})
		pos = s.end
	}
	return appendPlain(toks, u.text, pos, len(u.text))
}

// appendPlain tokenizes text[from:to], which holds no quotation.
func appendPlain(toks []token, text string, from, to int) []token {
	for i := from; i < to; {
		r, n := utf8.DecodeRuneInString(text[i:to])
		switch {
		case unicode.IsSpace(r):
			i += n
		case isWordRune(r) || r == '-' && wordHyphen(text, i, to):
			j := scanWord(text, i+n, to)
			w := text[i:j]
			toks = append(toks, token{kind: tkWord, text: w, low: strings.ToLower(w), start: i, end: j})
			i = j
		default:
			j := i + n
			if r == '-' && j < to && text[j] == '-' {
				j++ // "--" is a dash
			}
			p := text[i:j]
			if p == "--" || p == "–" || p == "-" {
				p = "—"
			}
			toks = append(toks, token{kind: tkPunct, text: p, start: i, end: j})
			i = j
		}
	}
	return toks
}

// isWordRune reports whether r begins or continues a word.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '$' || r == '%'
}

// wordHyphen reports whether a hyphen at i begins a word: the spaced
// hyphen of "Secretary -General", not a dash.
func wordHyphen(text string, i, to int) bool {
	return i > 0 && text[i-1] == ' ' && isLetterAfter(text[:to], i+1)
}

// scanWord returns the end of a word from j: letters and digits, joined
// by apostrophes, hyphens, periods, ampersands and slashes between them,
// and a final period when the word is an abbreviation or an initial.
func scanWord(text string, j, to int) int {
	start := j
	for j < to {
		r, n := utf8.DecodeRuneInString(text[j:to])
		if isWordRune(r) {
			j += n
			continue
		}
		if strings.ContainsRune("'’-.&/", r) && isLetterAfter(text[:to], j+n) {
			j += n
			continue
		}
		break
	}
	if j < to && text[j] == '.' {
		w := text[wordStart(text, start):j]
		if abbreviations[strings.ToLower(w)+"."] || isInitial(w) {
			j++
		}
	}
	return j
}

// wordStart backs up from j to the first byte of the word it continues.
func wordStart(text string, j int) int {
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:j])
		if !isWordRune(r) && r != '-' && !strings.ContainsRune("'’.&/", r) {
			break
		}
		j -= n
	}
	return j
}

// isInitial reports whether w is an initial ("W" of "George W. Bush") or
// dotted letters ("U.S", "D.C").
func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if n == len(w) {
		return unicode.IsUpper(r)
	}
	return strings.Contains(w, ".") && len(w) <= 6
}

// terminal reports whether a punctuation token ends a sentence.
func terminal(t token) bool {
	return t.kind == tkPunct && (t.text == "." || t.text == "?" || t.text == "!" || t.text == "…")
}

// quoteEndsSentence reports whether a quotation's words end a sentence.
func quoteEndsSentence(t token) bool {
	if t.kind != tkQuote {
		return false
	}
	s := strings.TrimRight(t.text, "'’\"”) ")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!")
}

// startsSentence reports whether t can begin a sentence.
func startsSentence(t token) bool {
	if t.kind == tkQuote || t.is("(") {
		return true
	}
	if t.kind != tkWord {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// sentences splits tokens into sentences, returned as [start, end) pairs.
func sentences(toks []token) [][2]int {
	var out [][2]int
	start := 0
	for i, t := range toks {
		end := false
		switch {
		case terminal(t):
			end = i+1 == len(toks) || startsSentence(toks[i+1]) || terminal(toks[i+1])
			if i+1 < len(toks) && terminal(toks[i+1]) {
				end = false
			}
		case t.kind == tkQuote && quoteEndsSentence(t) && i+1 < len(toks):
			end = toks[i+1].kind == tkQuote || toks[i+1].isCap() && !attributionFollows(toks, i+1, quoteAsks(t))
		}
		if end {
			out = append(out, [2]int{start, i + 1})
			start = i + 1
		}
	}
	if start < len(toks) {
		out = append(out, [2]int{start, len(toks)})
	}
	return out
}

// attributionFollows reports whether the words from i are a short
// attribution ending a sentence: `"We won." Trump said.` After a question
// or an exclamation (asks) the attribution may run on, since the sentence
// cannot have ended inside the quotation: `"You think I'm going to
// change?" Trump asked reporters during a news conference.`
func attributionFollows(toks []token, i int, asks bool) bool {
	for k := i; k < len(toks) && k < i+6; k++ {
		t := toks[k]
		if t.kind != tkWord {
			return false
		}
		if v, ok := reportingVerbs[t.low]; ok && v.form != participle {
			return asks || k+1 == len(toks) || terminal(toks[k+1]) || toks[k+1].is(",")
		}
	}
	return false
}

// quoteAsks reports whether a quotation ends with "?" or "!".
func quoteAsks(t token) bool {
	s := strings.TrimRight(t.text, "'’\"”) ")
	return strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!")
}
