package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentences in capitals only, as telex and old wire copy are written, or
// in headline case, as the titles of related stories are ("Ida Moss Says
// The Levy Is Fair"):
// "THE MINISTER SAID THE PLAN WOULD GO AHEAD, ADDING THAT THE COST WOULD
// BE MET FROM RESERVES." Capitals there tell no name from other words,
// so the words of such a sentence are folded (token.fold): a word that
// the vocabularies of attribution list (plainWords: "THE", "SAID",
// "WOULD", "THAT") reads as if written in lower case, and any other word
// as capitalised, as a name would be. Mixed-case sentences are left as
// they are.

// foldCaps marks the words of each sentence of toks written in capitals
// only.
func foldCaps(toks []token, sents [][2]int) {
	for _, r := range sents {
		if !capsOnly(toks[r[0]:r[1]]) {
			continue
		}
		for i := r[0]; i < r[1]; i++ {
			if toks[i].kind == tkWord {
				toks[i].fold = true
			}
		}
	}
}

// minCapsWords is the least number of capitalised words a sentence
// needs to be folded: a short one ("NATO SAID.") is likely a heading.
const minCapsWords = 4

// capsOnly reports whether a sentence is written in capitals only, or in
// headline case, each word capitalised but the minor ones ("Ida Moss
// Says The Levy Is Fair"), with at least minCapsWords capitalised words.
// A sentence in plain case is answered at its first word in lower case
// that is no minor word.
func capsOnly(toks []token) bool {
	n := 0
	upper := true // no lower-case letter so far
	for i := range toks {
		t := &toks[i]
		if t.kind != tkWord {
			continue
		}
		if c := t.text[0]; 'a' <= c && c <= 'z' { // the common case
			if len(t.text) > maxMinorLen || !titleMinorWords[t.low] {
				return false
			}
			upper = false
			continue
		}
		switch c := caseOf(t.text); {
		case c == upperOnly:
			n++
		case c == noLetter:
		case capitalStart(t.text):
			upper = false
			n++
		case !titleMinorWords[t.low]:
			return false
		default:
			upper = false
		}
	}
	return n >= minCapsWords && (upper || n >= minHeadlineWords)
}

// maxMinorLen is the length of the longest word of titleMinorWords
// ("from", "with"): a longer word in lower case is none.
const maxMinorLen = 4

// minHeadlineWords is the least number of capitalised words a sentence in
// headline case needs to be folded.
const minHeadlineWords = 5

// capitalStart reports whether w begins with an upper-case letter or a
// digit: "Says", "2016".
func capitalStart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// Letter cases of a word, for capsOnly.
const (
	noLetter  = iota // "2016", "$5"
	upperOnly        // "SAID", "U.S."
	hasLower         // "said", "McCain"
)

// caseOf reports whether w has a lower-case letter, only upper-case
// letters, or no letter.
func caseOf(w string) int {
	c := noLetter
	for i := 0; i < len(w); {
		b := w[i]
		if b < utf8.RuneSelf {
			switch {
			case 'a' <= b && b <= 'z':
				return hasLower
			case 'A' <= b && b <= 'Z':
				c = upperOnly
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		switch {
		case unicode.IsLower(r):
			return hasLower
		case unicode.IsUpper(r):
			c = upperOnly
		}
		i += n
	}
	return c
}

// plainWords are the words of the vocabularies of attribution that are
// written in lower case inside a sentence: function words, pronouns,
// auxiliaries and the cue words. In a sentence in capitals they read as
// lower case; every other word reads as capitalised.
var plainWords = func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{determiners, prepositions, auxWords, passiveAux,
		complementizers, coordinators, personPronouns, pluralPronouns, relativeWords,
		leadWords, objectPrepositions, resumeAux, articles, listenerHeads, promiseVerbs, thatVerbs} {
		for w := range set {
			m[w] = true
		}
	}
	for w := range reportingVerbs {
		m[w] = true
	}
	for w := range possessivePronouns {
		m[w] = true
	}
	return m
}()

// titleCase writes a subject from a sentence in capitals as a name is
// written, so that its speaker reads as in mixed-case copy: each word
// capitalised, but the words of plainWords in lower case ("THE MINISTER
// OF TRADE" → "The Minister of Trade").
func titleCase(subject string) string {
	var b strings.Builder
	b.Grow(len(subject))
	for i, w := range strings.Split(subject, " ") {
		if i > 0 {
			b.WriteByte(' ')
		}
		low := strings.ToLower(w)
		if i > 0 && plainWords[strings.Trim(low, ",.")] {
			b.WriteString(low)
			continue
		}
		r, n := utf8.DecodeRuneInString(low)
		b.WriteRune(unicode.ToUpper(r))
		b.WriteString(low[n:])
	}
	return b.String()
}
