package parse

import "strings"

// Where reported words end: which later reporting verbs of a sentence
// open an attribution of their own and which stay inside the words
// reported before them.

// nestedAt reports whether an attribution beginning at region is nested
// in the reported words before it, opened by a complementizer: "he said
// that the minister had stated ...", "warned that if Smith said ...". A
// contrast word after a comma opens a clause of the sentence, not of the
// reported words: "most growers said the rain came too late, while a few
// said it saved the harvest" (contrastWords).
func nestedAt(s *sentence, region int) bool {
	if region <= s.lo {
		return false
	}
	t := s.toks[region-1]
	if t.kind != tkWord || !complementizers[t.low] {
		return false
	}
	return !(contrastWords[t.low] && region-2 >= s.lo && s.toks[region-2].is(","))
}

// contrastWords open, after a comma, a clause that sets a second
// statement against the first: "Smith said the plan was dead, though Jones
// said it could be saved".
var contrastWords = wordSet("while", "whereas", "though", "although")

// deadCue reports whether a later reporting verb of a sentence is no
// attribution, so that the reported words before it go on over it: a
// verb with a prepositional object ("the coach said he asked for a
// transfer", "said the council has not replied to the letter"), or a
// trailing form with no colon or quotation after it ("said the river
// continued to rise"), or a verb of clauseVerbs before a noun phrase
// ("said exports rose, though traders reported delays").
func deadCue(s *sentence, l cue) bool {
	if l.verb.form == sourceForm || l.verb.form == questionForm || l.verb.form == participle || l.infinitive || promiseVerbs[s.toks[l.at].low] {
		return false // "said the plant was closing and vowed to find new jobs"
	}
	k := l.at + l.n
	if k >= s.hi {
		return false
	}
	n := s.toks[k]
	if l.verb.form == trailing {
		return n.kind == tkWord
	}
	if clauseVerbs[s.toks[l.at].low] && !clauseAt(s, k) {
		return true // "though exporters reported delays"
	}
	return n.kind == tkWord && objectPrepositions[n.low] && !l.verb.told && thatSoon(s, k, false) < 0 && !adjunctOpens(s, k) // "replied to him that"; "said on Sunday it was" is speech
}

// clauseAt reports whether a reported clause opens at k after a verb of
// clauseVerbs: "that", a colon, a quotation, a subject pronoun or a name
// ("reported that ...", "maintained he was innocent", "reported Smith had
// resigned"), not a noun phrase in lower case ("reported earnings").
func clauseAt(s *sentence, k int) bool {
	t := s.toks[k]
	switch {
	case t.kind == tkQuote || t.is(":") || t.is(","):
		return true
	case t.kind != tkWord:
		return false
	}
	return t.low == "that" || personPronouns[t.low] || pluralPronouns[t.low] || t.isCap()
}

// leadingClause reports whether an attribution beginning at region lies
// in a subordinate clause that opens the sentence, whose reported words
// end at its comma: "While Smith said that the plan was sound, he voted
// against it", "After saying the bridge was safe, the engineer left".
// "As" is left out: "As Smith said, “...”" gives its words after the
// comma.
func leadingClause(s *sentence, region int) bool {
	j := skipLead(s, s.lo, region)
	if j >= region || !leadingSubordinators[s.toks[j].low] {
		return false
	}
	for i := j + 1; i < region; i++ {
		if s.toks[i].kind != tkWord {
			return false
		}
	}
	return true
}

// leadingSubordinators open a subordinate clause before the main one.
var leadingSubordinators = wordSet("while", "although", "though", "whereas", "because",
	"since", "after", "before", "when", "if", "unless", "once")

// resumesAt reports whether a sentence interrupted by an inverted
// attribution and its apposition resumes after the comma at j with its
// verb: "The cheapest option, said Ida Berg, a planner at the port, is a
// second crane", "Any honest count, said Abel Moss, a statistician,
// would show a decline". Only an auxiliary or a form of "be" resumes
// it; other words go on with the apposition.
func resumesAt(s *sentence, j int) bool {
	if !s.toks[j].is(",") || j+1 >= s.hi {
		return false
	}
	t := s.toks[j+1]
	return t.kind == tkWord && !t.isCap() && (passiveAux[t.low] || resumeAux[t.low])
}

// resumeAux are auxiliaries that may carry on an interrupted sentence.
var resumeAux = wordSet("would", "will", "could", "can", "should", "may", "might",
	"must", "has", "have", "had", "does", "do", "did")

// invertedName reports whether a finite cue at i that follows a comma
// or a dash is inverted, its subject a name after it that ends at a
// boundary: "Turnout will fall in the cities, whose voters feel ignored,
// said Lee Park, a pollster." A noun phrase before the comma is then in
// the reported words, not the subject. Days and months are adjuncts
// ("the mayor, a Democrat, said Monday, ..."), and "told" takes a
// listener ("..., the governor, told CNN.").
func invertedName(s *sentence, i int) bool {
	if i == s.lo || !(s.toks[i-1].is(",") || s.toks[i-1].is("—")) || s.toks[i].isCap() {
		return false
	}
	if v, ok := reportingVerbs[s.toks[i].low]; !ok || v.form != finite || v.told || i+1 >= s.hi {
		return false
	}
	first := s.toks[i+1]
	if !first.isCap() || isTimeWord(first) || months[strings.TrimSuffix(first.low, ".")] != 0 {
		return false
	}
	inv := npForward(s, i+1, s.hi)
	return inv.ok() && boundaryAt(s, inv.end)
}

// isTitleQuote reports whether a quotation is a short title, of a show,
// a book or a speech, rather than quoted words: at most maxTitleWords
// words, every one capitalised but the minor ones (“Meet the Press”,
// “Fox News Sunday”), and no closing punctuation.
func isTitleQuote(t token) bool {
	if t.kind != tkQuote || t.text == "" || strings.ContainsAny(t.text[len(t.text)-1:], ".,;:!?") {
		return false
	}
	return isTitleCase(t.text)
}

// quoteThenClause is where reported words [k, end) that open with a
// quotation end: right after it when a comma and a word of
// quoteTailWords follow, which open a clause about the speaking, not
// more of the words ("She said, “We will see,” when asked about a
// recount"); else end.
func quoteThenClause(s *sentence, k, end int) int {
	if s.toks[k].kind != tkQuote || k+1 >= end {
		return end
	}
	j := k + 1
	if s.toks[j].is(",") {
		j++
	} else if !strings.HasSuffix(s.toks[k].text, ",") {
		return end
	}
	if j < end && s.toks[j].kind == tkWord && quoteTailWords[s.toks[j].low] {
		return k + 1
	}
	return end
}

// quoteTailWords open, after a quotation and its comma, a clause of the
// attribution: "he said, “Not now,” before leaving the hall", "“No,” and
// walked off", "“We'll see,” when pressed".
var quoteTailWords = wordSet("when", "as", "after", "before", "while", "because",
	"though", "although", "and", "but", "since", "until", "then")

// adjunctToEnd reports whether the words from k after a cue are only an
// adjunct that ends the sentence, a preposition and a short noun phrase
// with no subject or auxiliary in it: "said after the vote.", "told
// reporters in a call.", "said on Twitter."; not "said at least ten
// people died", "said after the vote he would resign".
func adjunctToEnd(s *sentence, k int) bool {
	if k+1 >= s.hi || !s.toks[k].isWord(s.toks[k].low) || !adjunctPrepositions[s.toks[k].low] {
		return false
	}
	n := s.toks[k+1]
	if n.kind != tkWord || !(determiners[n.low] || n.isCap() || isNumber(n.text) || isTimeWord(n)) {
		return false
	}
	j := k + 1
	for ; j < s.hi && j <= k+maxAdjunctWords; j++ {
		t := s.toks[j]
		if t.kind != tkWord {
			break
		}
		if isPronoun(t.low) && !determiners[t.low] || passiveAux[t.low] || resumeAux[t.low] || relativeWords[t.low] {
			return false
		}
	}
	return j < s.hi && terminal(s.toks[j]) && restIsPunct(s, j)
}

// maxAdjunctWords is the longest adjunct adjunctToEnd takes: "during a
// campaign stop in the state capital".
const maxAdjunctWords = 8

// markSoon returns the colon, or the comma before a quotation, that
// follows the cue at k across an adjunct of place, medium or time of at
// most maxAdjunctWords words: `wrote on Facebook: “...”`, `said in a
// statement, “...”`, `told CNN on Sunday: “...”`; or -1.
func markSoon(s *sentence, k int) int {
	if k >= s.hi || s.toks[k].kind != tkWord || !(prepositions[s.toks[k].low] || isTimeWord(s.toks[k])) {
		return -1
	}
	for j := k + 1; j < s.hi && j <= k+maxAdjunctWords; j++ {
		t := s.toks[j]
		switch {
		case t.is(":") && j+1 < s.hi && !terminal(s.toks[j+1]):
			return j
		case t.is(",") && j+1 < s.hi && s.toks[j+1].kind == tkQuote:
			return j
		case t.kind == tkWord && !isPronoun(t.low) && !passiveAux[t.low] && !resumeAux[t.low]:
		case isTitleQuote(t):
		default:
			return -1
		}
	}
	return -1
}

// interruptedQuote reports whether an attribution at region, with a
// comma and a quotation after its cue at k, interrupts a sentence whose
// first words come before it: "The plan, he said, “is dead.”", "The
// streets were empty, she added, “but people need to meet.”" The words
// before must open a clause, not an adjunct of the attribution ("In a
// later interview, he said, “...”", "This week, she said, “...”").
func interruptedQuote(s *sentence, free, region, k int) bool {
	if k+1 >= s.hi || !s.toks[k].is(",") || s.toks[k+1].kind != tkQuote || region-1 <= free || !s.toks[region-1].is(",") {
		return false
	}
	j := skipLead(s, free, region)
	if region-1-j < 2 || introOnly(s, free, region) {
		return false
	}
	for i := j; i < region-1; i++ {
		if t := s.toks[i]; t.kind != tkWord || isTimeWord(t) || timeNouns[t.low] {
			return false
		}
	}
	t := s.toks[j]
	return !(prepositions[t.low] || complementizers[t.low] || relativeWords[t.low] || strings.HasSuffix(t.low, "ing") ||
		strings.HasSuffix(t.low, "ly") || absolutePhrase(s, j, region-1))
}

// absolutePhrase reports whether the words [j, e) are a short noun and
// participle that set the scene of an attribution: "Eyebrows raised, he
// asked, “...”", "Voice cracking, she said"; not "The streets were
// deserted" (an auxiliary before the participle).
func absolutePhrase(s *sentence, j, e int) bool {
	if e-j > 3 {
		return false
	}
	last := s.toks[e-1].low
	return (strings.HasSuffix(last, "ed") || strings.HasSuffix(last, "ing")) && !passiveAux[s.toks[e-2].low] && !resumeAux[s.toks[e-2].low]
}

// timeNouns make a phrase before an attribution an adjunct of time:
// "This time, he said, “...”", "Two days later, she added, “...”".
var timeNouns = wordSet("time", "times", "day", "days", "weeks", "months", "years",
	"hours", "minutes", "ago", "later", "earlier", "moment", "point", "spring",
	"summer", "fall", "autumn", "winter", "season")

// thingSubject reports whether a subject names a thing rather than who
// may speak: its head is a noun in lower case that is no title, role,
// group or organisation ("the bond market", "the numbers"), not a name
// or a pronoun ("Ida", "she", "the senator", "critics").
func thingSubject(s *sentence, n np) bool {
	if !n.ok() {
		return false
	}
	h := &s.toks[n.end-1]
	return h.kind == tkWord && !h.isCap() && !isPronoun(h.low) && !headNoun(h.low) && !roleNouns[h.low] && !isPossessive(h.low)
}

// toldObject reports whether the words from k after a form of "tell" are
// a thing told rather than a listener. With a subject that is a thing
// (thingSubject) the verb is then no report of speech: "the bond market
// is telling a different story", "the numbers tell the same tale". A
// person telling a story or a joke reports speech. A determiner and up
// to two modifiers may stand before the noun (toldObjects).
func toldObject(s *sentence, k int) bool {
	if k < s.hi && s.toks[k].kind == tkWord && determiners[s.toks[k].low] {
		k++
	}
	for j := k; j < s.hi && j <= k+2; j++ {
		t := &s.toks[j]
		if t.kind != tkWord || t.isCap() {
			return false
		}
		if toldObjects[t.low] {
			return true
		}
	}
	return false
}

// toldObjects are things told, not listeners: "telling a different
// story", "told the truth", "tell the difference".
var toldObjects = wordSet("story", "stories", "tale", "tales", "truth", "lie", "lies",
	"joke", "jokes", "anecdote", "anecdotes", "difference", "fortune", "fortunes", "time")
