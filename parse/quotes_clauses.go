package parse

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
