package parse

import (
	"strings"
	"unicode"
)

// Noun phrases that name who speaks: "NATO Secretary -General Stoltenberg",
// "a spokesman for the campaign", "Mr. Regalado, 69,", "some Republicans".

// npKind says what a subject is.
type npKind uint8

const (
	npNone   npKind = iota
	npWords         // the tokens [start, end)
	npClause        // the subject of the clause: "..., but said"
	npSame          // the speaker of the quote at index start of the output
)

// np is the subject of a reporting verb.
type np struct {
	kind       npKind
	start, end int
	// region is where the attribution begins (the subject, or the
	// relative word or coordinator before the verb).
	region   int
	passive  bool // "it is reported"
	relative bool // "Smith, who said"
}

// ok reports whether the subject is a phrase of the sentence.
func (n np) ok() bool { return n.kind == npWords && n.end > n.start }

// subjectBefore finds the subject of the cue at c, looking back no further
// than lo: over auxiliaries and adverbs ("has also said"), a relative word
// ("Smith, who said"), an apposition between commas or dashes ("Hugh
// Hill, a doctor, said"), to the noun phrase.
func subjectBefore(s *sentence, lo, c int) np {
	j := c - 1
	then := false
	for steps := 0; j >= lo && steps < 8; steps++ {
		switch t := s.toks[j]; {
		case isAux(t):
			then = then || t.low == "then"
		case t.kind == tkWord && timeAdjuncts[t.low] && j > lo && s.toks[j-1].kind == tkWord:
			// "Spicer on Thursday evening said", "have in the past said"
		default:
			steps = 8
			continue
		}
		j--
	}
	if then && j >= lo && s.toks[j].is(",") {
		return np{kind: npClause, start: j + 1, region: j + 1} // "Kasich offered ..., then says"
	}
	if j >= lo && s.toks[j].kind == tkWord && passiveAux[s.toks[j].low] {
		if !strings.HasSuffix(s.toks[c].low, "ing") {
			return np{start: j - 1, end: j, region: j - 1, passive: j > lo}
		}
		for j--; j >= lo && isAux(s.toks[j]); j-- { // "is now telling"
		}
	}
	if j < lo {
		return np{}
	}
	t := s.toks[j]
	switch {
	case t.kind == tkWord && coordinators[t.low]:
		return np{kind: npClause, start: j, region: j}
	case t.kind == tkWord && relativeWords[t.low]:
		k := j - 1
		if k >= lo && s.toks[k].is(",") {
			k--
		}
		n := npBackward(s, lo, k)
		n.region, n.relative = j, true
		return n
	case t.kind == tkWord:
		return restrictiveSubject(s, lo, npBackward(s, lo, j))
	case t.is(",") || t.is("—") || t.is(")"):
		return appositionSubject(s, lo, j)
	}
	return np{}
}

// restrictiveSubject widens n to the whole subject when n ends a
// restrictive relative clause without commas: in "Even Republicans who
// have praised his candidacy warned", the subject is "Republicans who
// have praised his candidacy", not "his candidacy"; a person's name is
// later cut before "who" (cutAfterName). Otherwise it returns n.
func restrictiveSubject(s *sentence, lo int, n np) np {
	if !n.ok() {
		return n
	}
	for k := n.start - 1; k > lo && k >= n.start-5; k-- {
		t := s.toks[k]
		if t.kind != tkWord || t.isCap() {
			return n
		}
		if t.low == "who" {
			h := s.toks[k-1]
			if m := npBackward(s, lo, k-1); m.ok() && (h.isCap() || groupNouns[h.low]) {
				m.end = n.end
				return m
			}
			return n
		}
	}
	return n
}

// isAux reports whether a token may stand between a subject and its verb.
func isAux(t token) bool {
	if t.kind != tkWord || t.isCap() {
		return false
	}
	return auxWords[t.low] || len(t.low) > 4 && strings.HasSuffix(t.low, "ly") && !groupNouns[t.low] && !lyNouns[t.low] ||
		strings.HasSuffix(t.low, "n't") || strings.HasSuffix(t.low, "n’t") // "wouldn't say"
}

// isTimeAdjunct reports whether a word belongs to a time phrase between a
// subject and its verb: "on Thursday evening", "last week", "at the time".
func isTimeAdjunct(t token) bool {
	if t.kind != tkWord {
		return false
	}
	switch t.low {
	case "on", "last", "early", "late", "this", "monday", "tuesday", "wednesday", "thursday", "friday",
		"saturday", "sunday", "morning", "afternoon", "evening", "night", "week", "month", "yesterday", "today":
		return true
	}
	return false
}

// lyNouns end in -ly but are no adverbs: "the organizer of a Trump rally said".
var lyNouns = wordSet("rally", "family", "assembly", "supply", "monopoly", "anomaly", "homily", "italy")

// timeAdjuncts make up a time phrase between a subject and its verb:
// "on Thursday evening", "this past week", "less than two weeks ago", "at
// the time", "in the past".
var timeAdjuncts = wordSet("on", "last", "early", "late", "this", "monday", "tuesday",
	"wednesday", "thursday", "friday", "saturday", "sunday", "morning", "afternoon",
	"evening", "night", "week", "month", "yesterday", "today", "past", "ago", "weeks",
	"days", "months", "years", "less", "than", "at", "the", "time", "in", "two", "three",
	"particular")

// appositionSubject finds the subject before an apposition that ends at
// j: "Hugh Hill, a doctor, said", "Democrats — and some Republicans — say".
func appositionSubject(s *sentence, lo, j int) np {
	if k := j - 1; s.toks[j].is(",") && k-2 >= lo && s.toks[k].is(")") && s.toks[k-2].is("(") && isPartyTag(s.toks[k-1].text) {
		if n := npBackward(s, lo, k-3); n.ok() {
			return n // "Gov. John Kasich (R-OH), said"
		}
	}
	if k := j - 2; s.toks[j].is(")") && k-1 >= lo {
		if n := acronymSubject(s, npBackward(s, lo, k-1), k); n.end == j+1 {
			return n // "The Joint Chiefs of Staff (JCS) said"
		}
	}
	if n := appositionBefore(s, lo, j, true); n.ok() {
		return n
	}
	return appositionBefore(s, lo, j, false)
}

// appositionBefore looks back from j for the mark that opens the
// apposition; with strict, a comma counts only when the word after it can
// open an apposition ("Clinton, during a town hall in Columbus, Ohio, said").
func appositionBefore(s *sentence, lo, j int, strict bool) np {
	open := s.toks[j].text
	if open == ")" {
		open = "("
	}
	verb := false
	var fallback np
	rel := relativeOpener(s, lo, j)
	for k := j - 1; k >= lo && k > j-30; k-- {
		t := s.toks[k]
		if t.kind == tkQuote || terminal(t) {
			break
		}
		if k > rel && rel >= 0 {
			continue // inside "Marco Rubio, whose hometown, Miami, is ..., argues"
		}
		if v, ok := reportingVerbs[t.low]; ok && t.kind == tkWord && v.form == finite {
			verb = true
		}
		if verb && t.kind == tkWord && relativeWords[t.low] && k > lo && (s.toks[k-1].is(open) || relativeOpeners[t.low]) {
			verb = false // "Barkley, who said he votes Democratic, said", "Ida Moss, a nurse who argued with him, said"
		}
		if verb && t.is(open) {
			break
		}
		if t.is(open) && k < j-1 && (!strict || open != "," || opensApposition(s.toks[k+1])) {
			n := npBackward(s, lo, skipParens(s, lo, k-1))
			if p := prepBefore(s, lo, n); p >= 0 {
				// "Grassley, facing a challenge in Iowa, a swing state, said":
				// look further back, else take the head before the
				// preposition ("A woman in Worcester, Mass., told").
				if !fallback.ok() {
					fallback = npBackward(s, lo, p-1)
					if !fallback.ok() || !headNoun(s.toks[p-1].low) {
						fallback = n
					}
				}
				continue
			}
			if a, ok := nameApposition(s, n, k+1, j); ok {
				return a
			}
			if n.ok() || !strict {
				n.region = n.start
				return n
			}
		}
	}
	fallback.region = fallback.start
	return fallback
}

// relativeOpener returns the comma that opens a relative clause ending
// at j ("Ms. Arnold, who helped found EDGE, an environmental group,
// said"), or -1: the subject comes before it, whatever commas the clause
// holds. A reporting verb in the clause ("Barkley, who said ..., said")
// is left to appositionBefore.
func relativeOpener(s *sentence, lo, j int) int {
	for k := j - 1; k > lo && k > j-30; k-- {
		t := s.toks[k]
		if t.kind == tkQuote || terminal(t) {
			return -1
		}
		if t.kind == tkWord && relativeOpeners[t.low] && s.toks[k-1].is(",") {
			return k - 1
		}
	}
	return -1
}

// relativeOpeners open a relative clause after a comma.
var relativeOpeners = wordSet("who", "whose", "which")

// prepBefore returns the preposition whose object is the noun phrase n,
// which is then no subject ("in Iowa", "in Aurora, Colorado"), or -1.
func prepBefore(s *sentence, lo int, n np) int {
	if !n.ok() {
		return -1
	}
	i := n.start - 1
	if i-2 >= lo && n.end-n.start == 1 && s.toks[i].is(",") && s.toks[i-1].isCap() {
		i -= 2 // the city before a state
	}
	if i >= lo && s.toks[i].kind == tkWord && prepositions[s.toks[i].low] && s.toks[i].low != "of" && !s.toks[i].isCap() {
		return i
	}
	return -1
}

// opensApposition reports whether a word after a comma can open an
// apposition or an aside: "a doctor", "who ...", "69", "during a town
// hall in Columbus, Ohio", "ranking member of ...", not a place's state.
func opensApposition(t token) bool {
	if t.kind != tkWord {
		return false
	}
	return !t.isCap() || determiners[t.low] || relativeWords[t.low] || isNumber(t.text) ||
		titleWords[t.low] || prepositions[t.low] || articles[t.low] || isPartyTag(t.text)
}

// isPartyTag reports whether a word is a legislator's party and state,
// which stands in apposition to the name: "Rep. Chris Collins, R-NY, says".
func isPartyTag(w string) bool {
	return len(w) >= 3 && len(w) <= 8 && strings.ContainsRune("RDI", rune(w[0])) && w[1] == '-' && isCapWord(w[2:])
}

// skipParens moves back from j over a parenthesis that closes there:
// "Rep. Bobby Scott (D-Va.), ranking member ..., said".
func skipParens(s *sentence, lo, j int) int {
	if j < lo || !s.toks[j].is(")") {
		return j
	}
	for k := j - 1; k >= lo && k > j-8; k-- {
		if s.toks[k].is("(") {
			return k - 1
		}
	}
	return j
}

// npBackward reads a noun phrase whose head is the word at j, extending
// left over names, titles, determiners and modifiers.
func npBackward(s *sentence, lo, j int) np {
	if n := shareBackward(s, lo, j); n.ok() {
		return n // "About four in 10 say"
	}
	if j < lo || s.toks[j].kind != tkWord || !headOK(s.toks[j]) {
		return np{}
	}
	k := j
	if !isPronoun(s.toks[j].low) {
		for k-1 >= lo && j-k < maxSubjectWords && (modifierOK(s, k-1, lo) || innerAnd(s, k-1, lo, j)) {
			k--
			if determiners[s.toks[k].low] && !(k-1 > lo && (s.toks[k-1].isWord("of") && nounLike(s.toks[k-2]) || s.toks[k-1].isWord("from") && groupNouns[s.toks[k-2].low])) {
				break // go on over "the organizer of a rally", "officials from both sides"
			}
		}
		k = toDeterminer(s, lo, k)
	}
	return np{kind: npWords, start: k, end: j + 1, region: k}
}

// maxSubjectWords is the longest subject npBackward reads: "Chairman of
// the Presidium of the National Academy of Sciences Vladimir Karanik".
const maxSubjectWords = 14

// innerAnd reports whether the "and" at k joins two capitalised words
// inside the name of an organisation whose head noun ends the phrase at
// j: "the National Development and Reform Commission", "the Ministry of
// Industry and Trade" — not "Smith and Jones".
func innerAnd(s *sentence, k, lo, j int) bool {
	t := s.toks[k]
	if !(t.isWord("and") || t.is("&")) || k-1 < lo || k+1 > j || !s.toks[k-1].isCap() || !s.toks[k+1].isCap() {
		return false
	}
	h := s.toks[j]
	if orgWords[h.low] && h.isCap() {
		return true
	}
	for i := k + 1; i < j; i++ { // "Ministry of Industry and Trade": the head stands before "of"
		if s.toks[i].isWord("of") {
			return false
		}
	}
	for i := k - 1; i >= lo && i >= k-4; i-- {
		if s.toks[i].isWord("of") {
			return i > lo && orgWords[s.toks[i-1].low] && s.toks[i-1].isCap()
		}
	}
	return false
}

// toDeterminer extends a noun phrase that starts at k back over up to
// three plain lower-case words to a determiner or a possessive: "the
// rights group", "the unsigned opinion", "Ukraine's air force".
func toDeterminer(s *sentence, lo, k int) int {
	if k > lo && determiners[s.toks[k].low] {
		return k
	}
	for i := k - 1; i >= lo && i >= k-4; i-- {
		t := s.toks[i]
		if t.kind != tkWord || t.isCap() && leadWords[t.low] {
			return k
		}
		if articles[t.low] || determiners[t.low] && t.low != "that" {
			return i // "the rights group"
		}
		if isPossessive(t.low) {
			if i > lo && articles[s.toks[i-1].low] {
				return i - 1 // "the country's central bank"
			}
			return i // "Ukraine's air force"
		}
		if prepositions[t.low] || complementizers[t.low] || coordinators[t.low] || auxWords[t.low] || passiveAux[t.low] || isPronoun(t.low) {
			return k
		}
	}
	return k
}

// isPronoun reports whether w (lower case) is a personal pronoun.
func isPronoun(w string) bool { return personPronouns[w] || pluralPronouns[w] }

// headOK reports whether a word can end a subject: not a preposition,
// conjunction, auxiliary or bare determiner.
func headOK(t token) bool {
	w := t.low
	switch {
	case prepositions[w], complementizers[w], coordinators[w], passiveAux[w], auxWords[w] && !isPronoun(w):
		return false
	case determiners[w]:
		return w == "some" || w == "many" || w == "most" || w == "others" || w == "both" || w == "several" || w == "few"
	case t.isCap() && leadWords[w], weekdays[w]:
		return false // not "Earlier Tuesday, his campaign manager, Ida Moss, says"
	}
	return !isNumber(t.text) || strings.HasSuffix(w, "%")
}

// modifierOK reports whether the word at k can stand before the rest of
// a subject: a name, a title, a determiner, a possessive, a number.
func modifierOK(s *sentence, k, lo int) bool {
	t := s.toks[k]
	if t.kind != tkWord {
		return false
	}
	w := t.low
	switch {
	case prepositions[w]:
		return (w == "of" || w == "for" || w == "at" || w == "in") && k-1 >= lo && nounLike(s.toks[k-1]) ||
			w == "from" && k-1 >= lo && groupNouns[s.toks[k-1].low] // "officials from both sides"
	case t.isCap():
		return !leadWords[w] && !complementizers[w] && !isPronoun(w)
	case determiners[w], titleWords[w], orgWords[w], groupNouns[w], npModifiers[w]:
		return true
	case nameParticles[w]:
		return k+1 < len(s.toks) && s.toks[k+1].isCap() // "Piet de Vries", "de Vries said"
	}
	return isPossessive(w) || isNumber(t.text) || strings.HasPrefix(w, "-")
}

// nounLike reports whether a word can carry an "of" or "for" phrase:
// "Secretary of State", "a spokesman for the campaign".
func nounLike(t token) bool {
	return t.kind == tkWord && (t.isCap() && !leadWords[t.low] || titleWords[t.low] || orgWords[t.low] || groupNouns[t.low])
}

// isPossessive reports whether a word ends in 's.
func isPossessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")
}

// isAge reports whether w gives an age before a name: "76-year-old".
func isAge(w string) bool {
	n, ok := strings.CutSuffix(w, "-year-old")
	return ok && isNumber(n)
}

// isNumber reports whether w is made of digits (and separators).
func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsDigit(r) && r != ',' && r != '.' {
			return false
		}
	}
	return true
}

// npForward reads a noun phrase that starts at i and ends before limit:
// the inverted subject of "said Smith" or the source of "according to".
func npForward(s *sentence, i, limit int) np {
	k := i
	for ; k < limit && k-i < 12; k++ {
		t := s.toks[k]
		if t.kind != tkWord || !forwardOK(s, k, i, limit) {
			break
		}
		if isPronoun(t.low) {
			k++
			break
		}
	}
	for k > i && (determiners[s.toks[k-1].low] || prepositions[s.toks[k-1].low] || npModifiers[s.toks[k-1].low] && !s.toks[k-1].isCap() && !headNoun(s.toks[k-1].low)) {
		k--
	}
	if k == i {
		return np{}
	}
	return np{kind: npWords, start: i, end: k, region: i}
}

// forwardOK reports whether the word at k continues a noun phrase begun at i.
func forwardOK(s *sentence, k, i, limit int) bool {
	t := s.toks[k]
	w := t.low
	if k == i {
		return t.isCap() && !leadWords[w] && !prepositions[w] && !complementizers[w] ||
			determiners[w] || titleWords[w] || groupNouns[w] || npModifiers[w] || orgWords[w] || isPronoun(w) ||
			isAge(w) && k+1 < limit && s.toks[k+1].isCap() // "76-year-old Morton Blackwell"
	}
	if isPronoun(s.toks[k-1].low) {
		return false
	}
	if roleAhead(s, k, limit) {
		return true // "the real estate tycoon"
	}
	if w == "of" || w == "for" || w == "at" {
		return k+1 < limit && (s.toks[k+1].isCap() || determiners[s.toks[k+1].low])
	}
	if determiners[w] {
		return prepositions[s.toks[k-1].low] || articles[s.toks[k-1].low] // "the other candidate"
	}
	if nameParticles[w] {
		return k+1 < limit && s.toks[k+1].isCap()
	}
	if isPossessive(s.toks[k-1].low) && k+1 < limit && (headNoun(s.toks[k+1].low) || s.toks[k+1].isCap()) {
		return true // "Japan's central bank", "France's far-right National Front"
	}
	return t.isCap() && !complementizers[w] || titleWords[w] || orgWords[w] || groupNouns[w] ||
		npModifiers[w] || isPossessive(w) || isNumber(t.text) || strings.HasPrefix(w, "-")
}

// roleAhead reports whether the word at k, after "the", opens or
// continues a description ending in a role noun within three words:
// "the [billionaire] businessman", "the [real estate] tycoon".
func roleAhead(s *sentence, k, limit int) bool {
	j := k
	for j > s.lo && j > k-3 && s.toks[j-1].kind == tkWord && !s.toks[j-1].isCap() && !articles[s.toks[j-1].low] {
		j--
	}
	if j == s.lo || !s.toks[j-1].isWord("the") {
		return false
	}
	for e := k; e < limit && e < j+3; e++ {
		t := s.toks[e]
		if t.kind != tkWord || t.isCap() {
			return false
		}
		if roleNouns[t.low] && (e+1 >= limit || !roleNouns[s.toks[e+1].low]) {
			return true
		}
	}
	return false
}

// headNoun reports whether a word can head a speaker's noun phrase:
// "the Sanders campaign", "the state's governor", "Democratic officials".
func headNoun(w string) bool { return orgWords[w] || titleWords[w] || groupNouns[w] }

// clauseSubject finds the subject of the clause that holds an attribution
// beginning at region: the noun phrase that opens the sentence, after
// lead words and an introductory phrase ("On Tuesday, Trump ...").
func clauseSubject(s *sentence, region int) np {
	if n := subordinateSubject(s, region); n.ok() {
		return n
	}
	k := skipLead(s, s.lo, region)
	if comma := introPhrase(s, k, region); comma > k {
		k = skipLead(s, comma, region)
	} else if k < region && s.toks[k].kind == tkWord && complementizers[s.toks[k].low] {
		k++ // "when Rubio thanked Miami and said ..."
	}
	n := npForward(s, k, region)
	if n.ok() && n.end+1 < region && s.toks[n.end].is(",") {
		for e := n.end + 1; e < region && e < n.end+6; e++ {
			if s.toks[e].is(",") {
				if a, ok := nameApposition(s, n, n.end+1, e); ok {
					n = a
				}
				break
			}
		}
	}
	n.region = region
	return n
}

// subordinateSubject finds the subject of a subordinate clause that
// holds a coordinated cue at region: "The crowd cheered when Rubio
// thanked Miami and said ...". The clause opens with a conjunction after
// which no comma comes before region.
func subordinateSubject(s *sentence, region int) np {
	for j := region - 1; j >= s.lo && j > region-20; j-- {
		t := s.toks[j]
		if t.kind != tkWord {
			return np{}
		}
		if complementizers[t.low] && t.low != "that" && !t.isCap() {
			n := npForward(s, j+1, region)
			n.region = region
			return n
		}
	}
	return np{}
}

// introPhrase returns the comma that ends an introductory phrase opening
// at k, or -1: a phrase led by a preposition, a conjunction or a
// participle ("Asked on Monday whether ..., Mrs. Clinton shook her head
// and said"), or one that ends in a time adverb ("Hours later, Trump ...").
func introPhrase(s *sentence, k, region int) int {
	if k >= region || s.toks[k].kind != tkWord {
		return -1
	}
	j := introComma(s, k, region)
	for j > 0 && j+1 < region && introGoesOn(s, j+1, region) {
		j = introEnd(s, j+1, region) // "At a rally in Portsmouth, N.H., on Tuesday, Sanders ..."
	}
	return j
}

// introGoesOn reports whether the words after a comma at k still belong
// to an introductory phrase: a place's state or a time ("N.H.,", "on
// Tuesday,"), up to three words before another comma.
func introGoesOn(s *sentence, k, region int) bool {
	j := introEnd(s, k, region)
	if j < 0 || j-k > 3 {
		return false
	}
	t := s.toks[k]
	return t.isCap() && j-k == 1 || prepositions[t.low] || isTimeAdjunct(t) || isTimeWord(t)
}

// introComma returns the comma that ends the first part of an
// introductory phrase opening at k (see introPhrase), or -1.
func introComma(s *sentence, k, region int) int {
	w := s.toks[k].low
	if _, month := months[strings.TrimSuffix(w, ".")]; isTimeAdjunct(s.toks[k]) || isTimeWord(s.toks[k]) || month && w != "may" {
		return introEnd(s, k, region) // "Last week, the Clinton campaign ... said"
	}
	participle := (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) && k+1 < region && !s.toks[k+1].isCap()
	adverb := strings.HasSuffix(w, "ly") && !(k+1 < region && s.toks[k+1].isCap()) // not "Carly Fiorina"
	led := prepositions[w] || complementizers[w] || introLeads[w] || participle || adverb
	if j := introEnd(s, k, region); j > 0 && (led || introEnds[s.toks[j-1].low]) {
		return j
	}
	return -1
}

// introEnd returns the first comma after k, within 25 tokens of it and
// before region, or -1.
func introEnd(s *sentence, k, region int) int {
	for j := k + 1; j < region && j < k+25; j++ {
		if s.toks[j].is(",") {
			return j
		}
	}
	return -1
}

// skipLead skips lead words and punctuation from k.
func skipLead(s *sentence, k, limit int) int {
	for k < limit && (s.toks[k].kind == tkPunct || s.toks[k].kind == tkWord && leadWords[s.toks[k].low]) {
		k++
	}
	return k
}

// nameApposition returns the name in [a, b) as the subject when the
// noun phrase n before it is a role in lower case: "The envoy, Luis Mora,".
func nameApposition(s *sentence, n np, a, b int) (np, bool) {
	if !n.ok() || s.toks[n.end-1].isCap() || b-a > 4 || b <= a {
		return np{}, false
	}
	for i := a; i < b; i++ {
		if !s.toks[i].isCap() && !nameParticles[s.toks[i].low] {
			return np{}, false
		}
	}
	return np{kind: npWords, start: a, end: b, region: n.region}, true
}

// introLeads open an introductory phrase of place or time: "Inside the
// hotel, Trump ...", "Back in 1999, Mr. Trump ...", "Here in Columbia, ...".
var introLeads = wordSet("inside", "outside", "here", "there", "back", "behind",
	"beyond", "throughout", "alongside", "soon", "even", "once", "elsewhere",
	"perhaps") // "Perhaps not coincidentally, Mr. Trump has started asking ..."

// introEnds end an introductory phrase of time: "Hours later,", "Two
// weeks ago,".
var introEnds = wordSet("later", "ago", "earlier", "afterward", "afterwards", "before", "after", "since")

// weekdays head no subject: "Earlier Tuesday, his campaign manager, Ida
// Moss, says" is said by Ida Moss.
var weekdays = wordSet("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
