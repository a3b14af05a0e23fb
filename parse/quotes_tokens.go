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
	kind tokKind
	// fold marks a word of a sentence in capitals only (foldCaps): it
	// counts as capitalised only when it is no word of the vocabularies.
	fold       bool
	start, end int32  // byte range in the unit's text, marks included
	span       int32  // index into unit.spans (quotations)
	text       string // as written; a quotation's quoted words
	low        string // text in lower case (words)
}

// isCap reports whether a word token begins with an upper-case letter.
func (t *token) isCap() bool {
	if t.kind != tkWord || t.text == "" {
		return false
	}
	if t.fold {
		r, _ := utf8.DecodeRuneInString(t.text)
		return unicode.IsLetter(r) && !plainWords[t.low]
	}
	if c := t.text[0]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

// is reports whether t is the punctuation mark p.
func (t *token) is(p string) bool { return t.kind == tkPunct && t.text == p }

// isWord reports whether t is the word w (in lower case).
func (t *token) isWord(w string) bool { return t.kind == tkWord && t.low == w }

// tokenize splits a unit's text into tokens, each quotation as one.
func tokenize(u *unit) []token {
	var tz tokenizer
	return tz.tokenize(u)
}

// tokenizer holds the buffers of tokenize, reused from unit to unit.
type tokenizer struct {
	toks []token
	// low collects the lower-case forms of words that have capitals or
	// other scripts; word tokens index it until it is made one string.
	low []byte
	// lowAt lists the tokens that are not their own lower-case form and
	// where that lies in low.
	lowAt []lowRef
}

// lowRef is where the lower-case form of token tok lies in
// tokenizer.low: low[lo:hi].
type lowRef struct{ tok, lo, hi int32 }

// reserve sizes the buffers for a text of n bytes, about a token for
// every five bytes, so that they seldom grow while it is read; they at
// least double when they must grow.
func (tz *tokenizer) reserve(n int) {
	n = n/5 + 16
	if cap(tz.toks) >= n {
		return
	}
	n = max(n, 2*cap(tz.toks), 32)
	tz.toks = make([]token, 0, n)
	tz.lowAt = make([]lowRef, 0, n/4)
	tz.low = make([]byte, 0, n)
}

// tokenize splits a unit's text into tokens, each quotation as one. The
// tokens are valid until the next call. Words' lower-case forms share one
// string per unit, so a unit costs one allocation at most.
func (tz *tokenizer) tokenize(u *unit) []token {
	tz.reserve(len(u.text))
	tz.toks, tz.low, tz.lowAt = tz.toks[:0], tz.low[:0], tz.lowAt[:0]
	pos := 0
	for i, s := range u.spans {
		tz.appendPlain(u, pos, s.open)
		tz.toks = append(tz.toks, token{kind: tkQuote, text: u.spanText(s), start: int32(s.open), end: int32(s.end), span: int32(i)})
		pos = s.end
	}
	tz.appendPlain(u, pos, len(u.text))
	if len(tz.low) > 0 {
		low := string(tz.low)
		for _, a := range tz.lowAt {
			tz.toks[a.tok].low = low[a.lo:a.hi]
		}
	}
	return tz.toks
}

// appendPlain tokenizes the unit's text[from:to], which holds no
// quotation. Tokens share their paragraph's text (unit.slice).
func (tz *tokenizer) appendPlain(u *unit, from, to int) {
	text := u.text
	for i := from; i < to; {
		c := text[i]
		if c == ' ' {
			i++
			continue
		}
		if c < utf8.RuneSelf && asciiWordBytes[c] {
			i = tz.appendWord(u, i, scanWord(text, i+1, to)) // the common case
			continue
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:to])
		}
		switch {
		case unicode.IsSpace(r):
			i += n
		case isWordRune(r) || r == '-' && wordHyphen(text, i, to):
			i = tz.appendWord(u, i, scanWord(text, i+n, to))
		default:
			j := i + n
			if r == '-' && j < to && text[j] == '-' {
				j++ // "--" is a dash
			}
			p := u.slice(i, j)
			if p == "--" || p == "–" || p == "-" {
				p = "—"
			}
			tz.toks = append(tz.toks, token{kind: tkPunct, text: p, start: int32(i), end: int32(j)})
			i = j
		}
	}
}

// appendWord appends the word text[i:j] of the unit and returns j.
func (tz *tokenizer) appendWord(u *unit, i, j int) int {
	w := u.slice(i, j)
	tz.toks = append(tz.toks, token{kind: tkWord, text: w, low: w, start: int32(i), end: int32(j)})
	tz.appendLower(w)
	return j
}

// appendLower appends the lower-case form of w, the last token, to
// tz.low when it differs from w, noting where it lies in tz.lowAt.
func (tz *tokenizer) appendLower(w string) {
	k := 0
	for k < len(w) && w[k] < utf8.RuneSelf && !('A' <= w[k] && w[k] <= 'Z') {
		k++
	}
	if k == len(w) {
		return
	}
	at := int32(len(tz.low))
	for _, r := range w {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			tz.low = append(tz.low, byte(r))
			continue
		}
		tz.low = utf8.AppendRune(tz.low, unicode.ToLower(r))
	}
	tz.lowAt = append(tz.lowAt, lowRef{int32(len(tz.toks) - 1), at, int32(len(tz.low))})
}

// asciiWordBytes marks the ASCII bytes that are word runes (isWordRune).
var asciiWordBytes = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = isWordRune(rune(c))
	}
	return t
}()

// isWordRune reports whether r begins or continues a word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '$' || r == '%'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
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
		if c := text[j]; c < utf8.RuneSelf && asciiWordBytes[c] {
			j++ // the common case, without a call
			continue
		}
		r, n := rune(text[j]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[j:to])
		}
		if isWordRune(r) {
			j += n
			continue
		}
		if strings.ContainsRune("'’-.&/", r) && isLetterAfter(text[:to], j+n) && !(r == '.' && missingSpace(text, j, to)) {
			j += n
			continue
		}
		break
	}
	if j > start && text[j-1] == 's' && plainPossessive(text, j, to) {
		return j + len(possessiveMark(text[j:to])) // "Sanders’ campaign"
	}
	if j < to && text[j] == '.' {
		w := text[wordStart(text, start):j]
		if h := strings.LastIndexByte(w, '-'); h >= 0 && h+1 < len(w) {
			w = w[h+1:] // a party tag's state: "(D-Ore.)", "R-Fla.,"
		}
		if isAbbreviation(w) || isInitial(w) {
			j++
		}
	}
	return j
}

// missingSpace reports whether a period at j ends a sentence whose space
// was lost before the next one: "said.Trump", a word of two lower-case
// letters or more, then a capital and a lower-case letter. "U.S.",
// "St.Louis" and "Breitbart.com" keep their period.
func missingSpace(text string, j, to int) bool {
	if j+2 >= to || !('A' <= text[j+1] && text[j+1] <= 'Z') || !('a' <= text[j+2] && text[j+2] <= 'z') {
		return false
	}
	b := j
	for b > 0 && 'a' <= text[b-1] && text[b-1] <= 'z' {
		b--
	}
	if j-b < 2 {
		return false
	}
	if b > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:b])
		return !isWordRune(r) && !strings.ContainsRune("'’-.&/", r)
	}
	return true
}

// plainPossessive reports whether an apostrophe at j after a plural or a
// name in s, followed by a space and a word in lower case, marks a
// possessive ("Sanders’ campaign") rather than closing a quotation.
func plainPossessive(text string, j, to int) bool {
	m := possessiveMark(text[j:to])
	k := j + len(m)
	if m == "" || k+1 >= to || text[k] != ' ' {
		return false
	}
	c := text[k+1]
	return 'a' <= c && c <= 'z'
}

// possessiveMark returns the apostrophe that opens s, or "".
func possessiveMark(s string) string {
	switch {
	case strings.HasPrefix(s, "'"):
		return "'"
	case strings.HasPrefix(s, "’"):
		return "’"
	}
	return ""
}

// isAbbreviation reports whether w and a period make an abbreviation
// ("Sen", "U.S"), lower-casing w in a buffer on the stack.
func isAbbreviation(w string) bool {
	var b [16]byte
	if len(w) >= len(b) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return false // every abbreviation is ASCII
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	b[len(w)] = '.'
	return abbreviations[string(b[:len(w)+1])]
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
func sentences(toks []token) [][2]int { return appendSentences(nil, toks) }

// appendSentences appends the sentences of toks to out.
func appendSentences(out [][2]int, toks []token) [][2]int {
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

// cueEntry is what a cue word can be: a reporting verb form (verb), a
// promise verb before "to" and a verb, a "that" verb, or "according".
type cueEntry struct {
	verb      reportingVerb
	reporting bool // in reportingVerbs
	promise   bool // in promiseVerbs
	that      bool // in thatVerbs
}

// cueWords are the words that can open an attribution (appendCues): the
// forms of the reporting verbs, the promise and "that" verbs and
// "according", each with what it can be, so that one lookup answers.
var cueWords = func() map[string]cueEntry {
	m := map[string]cueEntry{"according": {}}
	for w, v := range reportingVerbs {
		e := m[w]
		e.verb, e.reporting = v, true
		m[w] = e
	}
	for w := range promiseVerbs {
		e := m[w]
		e.promise = true
		m[w] = e
	}
	for w := range thatVerbs {
		e := m[w]
		e.that = true
		m[w] = e
	}
	return m
}()

// cueShapes has, for each first and last letter of a cue word, a bit for
// each of its lengths: most words are ruled out before a map lookup.
var cueShapes = func() (shapes [26][26]uint32) {
	for w := range cueWords {
		shapes[w[0]-'a'][w[len(w)-1]-'a'] |= 1 << len(w)
	}
	return shapes
}()

// mayBeCue reports whether a lower-case word has the first and last
// letters and the length of a cue word, a quick test before a map lookup.
func mayBeCue(w string) bool {
	if len(w) < 3 || len(w) >= 32 {
		return false
	}
	f, l := w[0]-'a', w[len(w)-1]-'a'
	return f < 26 && l < 26 && cueShapes[f][l]&(1<<len(w)) != 0
}

// lookupCue returns what the lower-case word w can be as a cue.
func lookupCue(w string) (cueEntry, bool) {
	if !mayBeCue(w) {
		return cueEntry{}, false
	}
	e, ok := cueWords[w]
	return e, ok
}

// isCueLetters reports whether the ASCII letters w, in any case, are a
// cue word. w is lower-cased in a buffer on the stack.
func isCueLetters(w string) bool {
	if len(w) < 3 || len(w) > 16 {
		return false
	}
	f, l := (w[0]|0x20)-'a', (w[len(w)-1]|0x20)-'a'
	if cueShapes[f][l]&(1<<len(w)) == 0 {
		return false
	}
	var b [16]byte
	for i := 0; i < len(w); i++ {
		b[i] = w[i] | 0x20
	}
	_, ok := cueWords[string(b[:len(w)])]
	return ok
}

// speakBytes classes the bytes for maySpeak: ASCII letters, and the
// first bytes of quotation marks (" ' and the lead bytes of “ „ ‘ «).
var speakBytes = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = speakLetter, speakLetter
	}
	for _, c := range []byte{'"', '\'', 0xE2, 0xC2} {
		t[c] = speakMark
	}
	return t
}()

// Byte classes of speakBytes.
const (
	speakOther uint8 = iota
	speakLetter
	speakMark
)

// maySpeak reports whether paragraph p may hold a quotation or an
// attribution: it has an opening quotation mark (" ” “ „ ‘ «) or a cue
// word, a run of ASCII letters between other bytes; a word that only
// holds a cue word ("co-said") answers yes, which is safe.
func maySpeak(p string) bool {
	ws := 0
	for i := 0; i < len(p); i++ {
		switch speakBytes[p[i]] {
		case speakLetter:
			continue
		case speakMark:
			c := p[i]
			if c == '"' || c == '\'' && i+1 < len(p) && p[i+1] == '\'' || openingMarkAt(p, i) {
				return true
			}
		}
		if i-ws >= 3 && isCueLetters(p[ws:i]) {
			return true
		}
		ws = i + 1
	}
	return isCueLetters(p[ws:])
}

// openingMarkAt reports whether a curly opening mark (“ „ ‘ «) begins at i.
func openingMarkAt(p string, i int) bool {
	switch {
	case p[i] == 0xE2 && i+2 < len(p) && p[i+1] == 0x80:
		return p[i+2] == 0x9C || p[i+2] == 0x9E || p[i+2] == 0x98
	case p[i] == 0xC2 && i+1 < len(p):
		return p[i+1] == 0xAB
	}
	return false
}
