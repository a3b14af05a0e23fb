package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// An organisation named with its acronym in parentheses: "The Joint
// Chiefs of Staff (JCS) said", "the Organization of American States (OAS)
// said". The acronym spells the initials of the name, which shows where
// the name begins and that its "of" is part of it; the speaker is the
// name without the acronym: "Joint Chiefs of Staff".

// acronymSubject widens a subject n that ends right before a parenthesis
// at open holding an acronym of its words to take the parenthesis in, so
// that the speaker keeps the whole name (acronymName); otherwise it
// returns n.
func acronymSubject(s *sentence, n np, open int) np {
	if !n.ok() || n.end != open || open+2 >= s.hi || !s.toks[open].is("(") || !s.toks[open+2].is(")") {
		return n
	}
	a := s.toks[open+1]
	if a.kind != tkWord || !isAcronym(a.text) {
		return n
	}
	var buf [12]string
	words := buf[:0]
	for i := n.start; i < n.end; i++ {
		words = append(words, s.toks[i].text)
	}
	if !spellsAcronym(words, a.text) {
		return n
	}
	n.end = open + 3
	return n
}

// acronymName returns the name of a subject that ends in an acronym of
// its words in parentheses, without the acronym and an article before
// it: "The Joint Chiefs of Staff (JCS)" → "Joint Chiefs of Staff".
func acronymName(subject string) (string, bool) {
	if !strings.HasSuffix(subject, ")") {
		return "", false
	}
	open := strings.LastIndexByte(subject, '(')
	if open <= 0 {
		return "", false
	}
	acr := subject[open+1 : len(subject)-1]
	if !isAcronym(acr) {
		return "", false
	}
	var buf [12]string
	words := buf[:0]
	for w := range strings.FieldsSeq(subject[:open]) {
		words = append(words, w)
	}
	for len(words) > 0 && inLower(articles, words[0]) {
		words = words[1:]
	}
	if !spellsAcronym(words, acr) {
		return "", false
	}
	return strings.Join(words, " "), true
}

// spellsAcronym reports whether acr is the initials of the last words of
// a name, with or without its minor words: "JCS" of "Joint Chiefs of
// Staff", "OAS" of "the Organization of American States", "DOJ" of
// "Department of Justice".
func spellsAcronym(words []string, acr string) bool {
	return initialsEnd(words, acr, true) || initialsEnd(words, acr, false)
}

// initialsEnd reports whether the initials of the last words of words,
// skipping minor words when skip is set, are acr, and every word they
// take is capitalised but the minor ones.
func initialsEnd(words []string, acr string, skip bool) bool {
	i := len(acr)
	for j := len(words) - 1; j >= 0 && i > 0; j-- {
		w := words[j]
		minor := inLower(titleMinorWords, w)
		if minor && skip {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		a, n := utf8.DecodeLastRuneInString(acr[:i])
		if !minor && !unicode.IsUpper(r) || unicode.ToUpper(r) != a {
			return false
		}
		i -= n
	}
	return i == 0
}
