package parse

import "strings"

// Quotes and reported speech in English dispatches.
//
// The body is read unit by unit (a paragraph, or several joined by a
// quotation that runs on; quotes_marks.go), each unit as tokens in which a
// quotation is one token (quotes_tokens.go), sentence by sentence. In each
// sentence the reporting verbs (verbs.go) are taken in order and each one
// is parsed with a small grammar of attribution:
//
//	before: SUBJECT [aux] CUE [listener] [adjuncts] [that] WORDS
//	        "Stoltenberg said at a press conference that NATO has no troops"
//	after:  WORDS, SUBJECT [aux] CUE [adjuncts].  WORDS, CUE SUBJECT[, apposition].
//	        "“We will not,” he said, “send troops.”" (one quote, split by its attribution)
//	middle: WORDS, SUBJECT CUE, WORDS.  "The plan, he said, is dead."
//	clause: SUBJECT VERB ..., [and|but] CUE WORDS; ..., CUE-ing WORDS
//	        "Putin delivered a speech ..., but said Russia had no plans"
//	source: According to SUBJECT, WORDS.  WORDS, according to SUBJECT.
//
// The reported words end at the sentence's end or where the next
// attribution of the sentence begins, unless that one is introduced by
// "that" (reported speech inside reported speech stays part of it). A
// quotation that closes the reported words after a comma is a quote of its
// own ("... that NATO has no troops in Ukraine, “we have no plans ...”").
// Words in quotation marks with no attribution of their own belong to the
// speaker of the sentence or paragraph before when it was speech (a quote
// continued after "he said." is merged into the same quote); otherwise
// they are scare quotes or titles and are not quotes.
//
// Speakers are resolved in speakers.go. Organisations speak too ("the
// ministry said"): they are kept as speakers, named as written without the
// article, with a null title; a title is given only to a named person.

// recognizeQuotes fills Quotes and Speakers of English articles from Body.
func recognizeQuotes(st *state) {
	if st.doc.lang == "zh" {
		return
	}
	st.art.Quotes, st.art.Speakers = englishQuotes(st.art.Body)
}

// extractor collects the quotes of one article. Quotes are numbered in
// reading order from 0; out holds those from base on, which may still
// change (the last quote of the unit before may take the next unit's
// quotations); the earlier ones have gone to book, which resolves their
// speakers, so raw quotes do not pile up over a long text.
type extractor struct {
	out  []rawQuote
	base int
	book *speakerBook
	// last is the number of the last attribution of the sentence before,
	// or -1: an unattributed quotation that follows belongs to it.
	last int
	// pending is an attribution that ended its unit with a colon and no
	// words ("Trump said:") and waits for the quotation after it.
	pending *pendingCue
	// Buffers reused from unit to unit and sentence to sentence.
	tz    tokenizer
	used  []bool
	sents [][2]int
	cues  []cue
	scan  unitScanner
}

// englishQuotes finds the quotes of the paragraphs of body, in order,
// and their speakers.
func englishQuotes(body []string) ([]Quote, []Speaker) {
	x := &extractor{last: -1, book: newSpeakerBook()}
	x.extract(body)
	x.book.add(x.out)
	return x.book.finish()
}

// extract reads body unit by unit, one unit in memory at a time. A
// paragraph with no quotation mark and no reporting word holds no
// attribution and continues none; it only ends the speech before it.
func (x *extractor) extract(body []string) {
	longest := 0
	for _, p := range body {
		longest = max(longest, len(p))
	}
	x.tz.reserve(longest) // the buffers seldom grow after this
	for i := 0; i < len(body); {
		if !maySpeak(body[i]) {
			x.pending = nil
			if strings.TrimSpace(body[i]) != "" {
				x.last = -1
			}
			i++
			continue
		}
		u := x.scan.unit(body, i)
		x.unit(&u)
		i += len(u.starts)
		x.flush()
	}
}

// flush hands every quote but the last to the book: only the last can
// still change or take the quotations of the next unit.
func (x *extractor) flush() {
	n := len(x.out) - 1
	if n <= 0 {
		return
	}
	x.book.add(x.out[:n])
	x.out[0] = x.out[n]
	clear(x.out[1:])
	x.out = x.out[:1]
	x.base += n
}

// count is the number of quotes found so far.
func (x *extractor) count() int { return x.base + len(x.out) }

// at returns the quote numbered i, which must not have been flushed.
func (x *extractor) at(i int) *rawQuote { return &x.out[i-x.base] }

// sentence is one sentence of a unit under analysis.
type sentence struct {
	u      *unit
	toks   []token
	lo, hi int    // token range, end punctuation included
	used   []bool // tokens already taken by an attribution
}

// unit reads one unit sentence by sentence.
func (x *extractor) unit(u *unit) {
	toks := x.tz.tokenize(u)
	x.used = append(x.used[:0], make([]bool, len(toks))...)
	pending := x.pending
	x.pending = nil
	x.sents = appendSentences(x.sents[:0], toks)
	foldCaps(toks, x.sents)
	for si, r := range x.sents {
		s := &sentence{u: u, toks: toks, lo: r[0], hi: r[1], used: x.used}
		before := x.count()
		if si == 0 && pending != nil && x.takePending(s, pending) {
			continue
		}
		x.attributeAll(s)
		if x.count() > before {
			x.last = x.count() - 1
			continue
		}
		x.orphans(s)
	}
}

// takePending gives the quotations of a unit's first sentence to the
// attribution that ended the unit before with a colon.
func (x *extractor) takePending(s *sentence, p *pendingCue) bool {
	var ranges [][2]int
	for i := s.lo; i < s.hi; i++ {
		if s.toks[i].kind == tkWord {
			return false
		}
		if s.toks[i].kind == tkQuote {
			ranges = append(ranges, [2]int{i, i + 1})
		}
	}
	if len(ranges) == 0 {
		return false
	}
	i := x.emitRanges(s, ranges, cue{at: ranges[0][0], text: p.c.text}, np{})
	x.at(i).subject = p.subject
	x.last = i
	return true
}

// attributeAll parses each reporting verb of the sentence in turn.
func (x *extractor) attributeAll(s *sentence) {
	x.cues = appendCues(x.cues[:0], s)
	cues := x.cues
	free := s.lo
	for ci, c := range cues {
		if c.at < free || s.used[c.at] {
			continue
		}
		end := x.attribute(s, c, cues[ci+1:], free)
		if end > free {
			free = end
		}
	}
}

// cue is a reporting verb found in a sentence.
type cue struct {
	at, n   int // token index and length ("according to" is two)
	verb    reportingVerb
	text    string
	subj    np  // the subject before it, if any
	region  int // where its attribution begins: subject, coordinator or cue
	nested  bool
	passive bool
	// infinitive marks a promise whose words follow as "to" and a verb.
	infinitive bool
	// thatOnly marks a form that is also a noun, a verb only before a
	// clause (thatVerbs).
	thatOnly bool
}

// namesSpeaker reports whether a subject can be who speaks with a form
// that is also a noun: it ends in a name, a pronoun or a speaker noun and
// ends right before the cue ("Pew notes that", "critics claim that"),
// never a possessive or a determiner ("his claims that", "the notes that").
func namesSpeaker(s *sentence, n np) bool {
	if !n.ok() || n.passive {
		return false
	}
	h := &s.toks[n.end-1]
	if isPossessive(h.low) || determiners[h.low] {
		return false
	}
	return h.isCap() || isPronoun(h.low) || headNoun(h.low)
}

// promiseSubject checks the subject of a promise cue. A form that is
// also a noun takes a possessor ("Trump's pledge to be neutral", "his
// vow to get Mexico to pay") or a name, a pronoun or a group as subject
// ("Trump promises to"), never an adjective ("his constant vow", "rattling
// off promises"). A relative clause ("who has pledged to ban") is
// background, not a report.
func promiseSubject(s *sentence, c *cue) bool {
	if c.subj.relative {
		return false
	}
	w := s.toks[c.at].low
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
		return true
	}
	if c.at > s.lo {
		p := s.toks[c.at-1]
		if p.kind == tkWord && (isPossessive(p.low) && p.isCap() || possessivePronouns[p.low] != "") {
			c.subj = np{kind: npWords, start: c.at - 1, end: c.at, region: c.at - 1}
			c.region = c.at - 1
			return true
		}
	}
	if !c.subj.ok() || c.subj.end != c.at {
		return false
	}
	h := s.toks[c.subj.end-1]
	return h.isCap() || isPronoun(h.low) || headNoun(h.low)
}

// infinitiveAt reports whether "to" and a verb in lower case begin at k:
// "vowed to repeal".
func infinitiveAt(s *sentence, k int) bool {
	if k+1 >= s.hi || !s.toks[k].isWord("to") {
		return false
	}
	n := s.toks[k+1]
	return n.kind == tkWord && !n.isCap() && !determiners[n.low] && !isPronoun(n.low) && !isNumber(n.text)
}

// appendCues appends the sentence's reporting verbs with their subjects
// to cues.
func appendCues(cues []cue, s *sentence) []cue {
	for i := s.lo; i < s.hi; i++ {
		t := &s.toks[i]
		if t.kind != tkWord {
			continue
		}
		e, ok := lookupCue(t.low)
		if !ok || t.isCap() && skipLead(s, s.lo, i) != i && !s.toks[i-1].is(":") {
			continue // but "It has not gone unnoticed: According to a poll, ..."
		}
		c := cue{at: i, n: 1, text: t.text, region: i}
		if t.low == "according" && i+1 < s.hi && s.toks[i+1].isWord("to") {
			c.n, c.text = 2, t.text+" to"
			c.verb.form = sourceForm
		} else if t.low == "asked" && isQuestionCue(s, i) {
			c.verb.form = questionForm
		} else if e.promise && infinitiveAt(s, i+1) {
			c.verb.form, c.infinitive = finite, true
			if strings.HasSuffix(t.low, "ing") {
				c.verb.form = participle
			}
		} else if e.reporting && !t.isCap() {
			c.verb = e.verb
		} else if e.that && !t.isCap() && i+1 < s.hi && (clauseAt(s, i+1) || s.toks[i+1].kind == tkWord && articles[s.toks[i+1].low]) {
			c.thatOnly = true
		} else {
			continue
		}
		if i > s.lo && s.toks[i-1].isWord("to") {
			continue // "declined to say"
		}
		if i > s.lo && s.toks[i-1].isWord("having") && c.verb.form == finite && !c.infinitive {
			c.verb.form = participle // "Having announced that ..., Judge Berman ..."
		}
		if c.verb.form == participle && !progressive(s, i) {
			cues = append(cues, c) // its subject is its clause's: clauseCue
			continue
		}
		c.subj = widenToQuote(s, subjectBefore(s, s.lo, i))
		if invertedName(s, i) {
			c.subj = np{} // "..., whom he has angered, said Lee Park, a pollster."
		}
		c.passive = c.subj.passive
		if c.subj.ok() || c.subj.kind == npClause {
			c.region = min(c.subj.start, c.subj.region) // "the press secretary, Josh Earnest, said"
		}
		c.nested = nestedAt(s, c.region)
		if c.infinitive && !promiseSubject(s, &c) || c.thatOnly && !namesSpeaker(s, c.subj) {
			continue
		}
		cues = append(cues, c)
	}
	return cues
}

// Cue forms with a grammar of their own.
const (
	sourceForm   verbForm = 100 // "according to"
	questionForm verbForm = 101 // "Asked whether ..., she said"
)

// isQuestionCue reports whether "asked" at i reports a question put to
// someone unnamed: sentence-initial "Asked", "When asked", "was asked".
func isQuestionCue(s *sentence, i int) bool {
	j := skipLead(s, s.lo, i)
	if j < i && s.toks[j].kind == tkWord && (s.toks[j].low == "when" || s.toks[j].low == "if") {
		j++
	}
	return j == i || i > s.lo && passiveAux[s.toks[i-1].low]
}

// attribute parses one cue and records its quotes. It returns the index
// of the first token after what it took.
func (x *extractor) attribute(s *sentence, c cue, later []cue, free int) int {
	switch {
	case c.verb.form == sourceForm:
		return x.according(s, c, later, free)
	case c.verb.form == questionForm:
		return x.question(s, c)
	case c.passive:
		return x.passive(s, c, later)
	case c.subj.kind == npClause || c.verb.form == participle && !progressive(s, c.at):
		return x.clauseCue(s, c, later, free)
	}
	post := c.at + c.n
	if c.verb.told && thingSubject(s, c.subj) && toldObject(s, post) {
		return free // "the bond market is telling a different story"
	}
	if !c.subj.ok() {
		return x.inverted(s, c, free)
	}
	k := skipAdjuncts(s, post, c.verb.told)
	switch {
	case quoteBefore(s, free, c.region):
		return x.after(s, c, c.subj, free, skipToSplit(s, k))
	case c.infinitive:
		return x.before(s, c, post, later) // "Cruz vowed to repeal the law"
	case adjunctToEnd(s, k):
		if hasPre(s, free, c.region) && !introOnly(s, free, c.region) {
			return x.after(s, c, c.subj, free, k) // "WORDS, Ida Moss said after the vote."
		}
		return free
	case interruptedQuote(s, free, c.region, k):
		return x.after(s, c, c.subj, free, k) // "The plan, he said, “is dead.”"
	case contentAt(s, k) && !(startsMiddle(s, k) && hasPre(s, free, c.region)):
		if c.verb.form == trailing && !s.toks[k].is(":") || clauseVerbs[s.toks[c.at].low] && !clauseAt(s, k) {
			return free
		}
		return x.before(s, c, k, later)
	case k < s.hi && s.toks[k].is(":") && restIsPunct(s, k+1):
		x.pending = &pendingCue{c: c, subject: x.subjectText(s, c.subj)}
	case hasPre(s, free, c.region) && isTail(s, k) && !c.subj.relative: // not "Ida Moss, a nurse who argued with him, said"
		if !startsMiddle(s, k) && introOnly(s, free, c.region) {
			return free
		}
		return x.after(s, c, c.subj, free, k)
	}
	return free
}

// inverted records an attribution whose subject follows its verb:
// `"It wasn't convincing," said one Democrat familiar with the talks, who ...`.
// After a quotation the subject runs to the next comma; otherwise it must
// be a name or a title ("..., said Smith.").
func (x *extractor) inverted(s *sentence, c cue, free int) int {
	post := c.at + c.n
	inv := npForward(s, post, s.hi)
	after := quoteBefore(s, free, c.at)
	if !inv.ok() && after && post < s.hi && s.toks[post].kind == tkWord && (determiners[s.toks[post].low] || describedName(s, post)) {
		inv = np{kind: npWords, start: post, end: post + 1, region: post} // "said another leading advocate, ..."
	}
	if !inv.ok() {
		return free
	}
	if after {
		for inv.end < s.hi && inv.end < post+15 && !boundaryAt(s, inv.end) && s.toks[inv.end].kind == tkWord && !adjunctOpens(s, inv.end) {
			inv.end++
		}
	}
	tail := inv.end
	if after && tail < s.hi && adjunctOpens(s, tail) {
		tail = isTailEnd(s, tail)
	}
	if !boundaryAt(s, tail) || !hasPre(s, free, c.at) {
		return free
	}
	return x.after(s, c, inv, free, skipAppositions(s, tail))
}

// describedName reports whether the words from k are a description in
// lower case and a name, an inverted subject after a quotation: `said
// shop owner Derek Mallin`, `said longtime resident Ada Cole`. The
// description has at most maxTitleGap words, none of them a function
// word (titleGapWord).
func describedName(s *sentence, k int) bool {
	for j := k; j < s.hi && j <= k+maxTitleGap; j++ {
		t := &s.toks[j]
		switch {
		case t.isCap():
			return j > k && !leadWords[t.low]
		case !titleGapWord(*t) || isTimeWord(*t):
			return false
		}
	}
	return false
}

// adjunctOpens reports whether the word at k after an inverted subject
// opens an adjunct that is no part of it: `said RNC spokesman Sean
// Spicer in a Friday tweet`, `said Sen. Jim Whelan, who represents ...`;
// not `one Democrat familiar with the talks`, `a source involved in the
// PAC's creation`.
func adjunctOpens(s *sentence, k int) bool {
	t := s.toks[k]
	if t.kind != tkWord {
		return false
	}
	if relativeWords[t.low] && t.low != "that" {
		return true
	}
	if !adjunctPrepositions[t.low] || k+1 >= s.hi {
		return false
	}
	n := s.toks[k+1]
	return n.isWord("a") || n.isWord("an") || isTimeWord(n) || isTimeAdjunct(n) && !n.isWord("the")
}

// adjunctPrepositions open an adjunct of place, time or manner after a
// speaker; "of" and "for" do not ("a spokeswoman for the committee").
var adjunctPrepositions = wordSet("in", "on", "at", "during", "after", "before", "via", "while", "when", "through")

// isTailEnd returns where the adjunct from k ends: the next boundary.
func isTailEnd(s *sentence, k int) int {
	for k < s.hi && !boundaryAt(s, k) && s.toks[k].kind != tkQuote {
		k++
	}
	return k
}

// pendingCue is an attribution that ends a unit with a colon and waits
// for the quotation of the next paragraph: "In a 1963 speech, he declared:".
type pendingCue struct {
	c       cue
	subject string
}

// restIsPunct reports whether only punctuation follows k in the sentence.
func restIsPunct(s *sentence, k int) bool {
	for ; k < s.hi; k++ {
		if s.toks[k].kind != tkPunct {
			return false
		}
	}
	return true
}

// quoteBefore reports whether a quotation that opens the sentence ends
// right before the attribution at region: `"We will not," he said`.
func quoteBefore(s *sentence, free, region int) bool {
	i := region - 1
	if i > free && (s.toks[i].is(",") || s.toks[i].is("—") || s.toks[i].is(":")) {
		i--
	}
	return i >= free && s.toks[i].kind == tkQuote && skipLead(s, free, i) == i
}

// skipToSplit skips the adjuncts after an attribution that follows a
// quotation, up to the comma before a second part of it, if any:
// `"We will not," he said on Tuesday, "send troops."`
func skipToSplit(s *sentence, k int) int {
	for j := k; j < s.hi && j < k+12; j++ {
		t := s.toks[j]
		if v, ok := reportingVerbs[t.low]; ok && t.kind == tkWord && v.form == participle {
			return k // "he said, adding, ''We don't want ...''" is a second attribution
		}
		if t.kind == tkQuote {
			if j > k && s.toks[j-1].is(",") {
				return j - 1
			}
			return k
		}
		if terminal(t) {
			return j
		}
	}
	return k
}

// isTail reports whether what follows a cue at k leaves the reported
// words before it: the sentence's end, a comma, or a short adjunct
// ("in a statement", "in an interview with CNN").
func isTail(s *sentence, k int) bool {
	for j := k; j < s.hi && j < k+9; j++ {
		t := s.toks[j]
		switch {
		case terminal(t) || t.is(",") || t.is(";") || t.is("—") || t.is("("):
			return true
		case t.kind == tkQuote:
			return false
		case j == k && t.kind == tkWord && !prepositions[t.low] && !timeWords[t.low] && !t.isCap():
			return false
		}
	}
	return k >= s.hi || k+9 > s.hi
}

// introOnly reports whether the words before an attribution are only an
// introductory phrase, not reported words: "In a later vote, he warned".
func introOnly(s *sentence, free, region int) bool {
	k := skipLead(s, free, region)
	if k >= region || s.toks[k].kind != tkWord || !(prepositions[s.toks[k].low] || complementizers[s.toks[k].low]) {
		return false
	}
	for i := k; i < region; i++ {
		if s.toks[i].kind == tkQuote {
			return false
		}
	}
	return region-k <= 8
}

// contentAt reports whether reported words begin at k: a quotation, or a
// clause that does not start with a preposition ("added to the list").
func contentAt(s *sentence, k int) bool {
	if k >= s.hi || terminal(s.toks[k]) {
		return false
	}
	t := s.toks[k]
	if t.is(",") || t.is(":") {
		return k+1 < s.hi && !terminal(s.toks[k+1])
	}
	if t.kind == tkPunct {
		return false
	}
	return !(t.kind == tkWord && objectPrepositions[t.low] && !s.toks[k-1].isWord("that"))
}

// objectPrepositions after a verb make it something other than speech:
// "added to the list", "asked for help", "warned of dangers".
var objectPrepositions = wordSet("to", "of", "for", "in", "on", "at", "with", "by", "about", "from", "into", "over", "against", "up", "out", "off", "back")

// startsMiddle reports whether the words after a cue continue a sentence
// interrupted by the attribution: "The plan, he said, is dead."
func startsMiddle(s *sentence, k int) bool {
	return k < s.hi && s.toks[k].is(",") && k+1 < s.hi && s.toks[k+1].kind == tkWord
}

// hasPre reports whether words stand between free and the attribution at
// region, ending with a comma, a dash or a quotation.
func hasPre(s *sentence, free, region int) bool {
	if region-free < 2 && !(region > free && s.toks[region-1].kind == tkQuote) {
		return false
	}
	t := s.toks[region-1]
	return t.kind == tkQuote || t.is(",") || t.is("—") || t.is(":")
}

// before records the words after a cue: "X said (that) WORDS". After a
// relative subject the words end at a comma: "Barkley, who said he votes
// Democratic, said ...".
func (x *extractor) before(s *sentence, c cue, k int, later []cue) int {
	end := contentEnd(s, k, later, true)
	if c.subj.relative || leadingClause(s, c.region) {
		for j := k + 1; j < end; j++ {
			if s.toks[j].is(",") {
				end = j
				break
			}
		}
	}
	for k < end && (s.toks[k].is(",") || s.toks[k].is(":") || s.toks[k].isWord("that")) {
		k++
	}
	if k >= end {
		return end
	}
	x.emitContent(s, k, quoteThenClause(s, k, end), c, c.subj)
	return end
}

// ownerCue reports whether a cue is a promise named by its owner:
// "Trump's pledge to be neutral", "his vow to build a wall".
func ownerCue(s *sentence, l cue) bool {
	if !l.subj.ok() || l.subj.end != l.at {
		return false
	}
	w := s.toks[l.at-1].low
	return isPossessive(w) || possessivePronouns[w] != ""
}

// contentEnd is where reported words from k end: the sentence's end or
// the start of the next attribution that is not nested in them. After a
// speaker's verb (clause), one whose subject opens the words is their
// clause: "Ida Moss says she never vowed to sell the pier" reports all of
// "she never vowed ..."; after "According to reports," it is a speaker
// of its own.
func contentEnd(s *sentence, k int, later []cue, clause bool) int {
	for _, l := range later {
		if (l.region > k || !clause || ownerCue(s, l)) && l.region >= k && !l.nested && !deadCue(s, l) {
			end := l.region
			for end > k && (s.toks[end-1].is(",") || s.toks[end-1].isWord("and") || s.toks[end-1].isWord("but") || contrastWords[s.toks[end-1].low]) {
				end--
			}
			return end
		}
	}
	return s.hi
}

// after records the words before a cue: "WORDS, X said." and the words
// of an interrupted sentence or a split quotation after it.
func (x *extractor) after(s *sentence, c cue, subj np, free, k int) int {
	lo := free
	hi := c.region
	if !c.subj.ok() {
		hi = c.at
	}
	hi = trimPunctBack(s, lo, hi)
	if hi-lo > 2 && s.toks[hi-1].kind == tkQuote && s.toks[hi-2].is(":") {
		lo = hi - 1 // "X ticked through the code: ''Civility was assumed,'' he said."
	}
	if hi <= lo {
		if q, ok := x.previousBare(s); ok {
			lo, hi = q, q+1
		} else {
			return k
		}
	}
	ranges := [][2]int{{lo, hi}}
	end := k
	switch {
	case k+1 < s.hi && s.toks[k].is(",") && s.toks[k+1].kind == tkQuote:
		end = k + 2 // `"We will not," he said, "send troops."`
		ranges = append(ranges, [2]int{k + 1, end})
	case startsMiddle(s, k) && s.toks[hi-1].kind != tkQuote:
		end = contentEnd(s, k+1, nil, false) // "The plan, he said, is dead."
		ranges = append(ranges, [2]int{k + 1, end})
	}
	x.emitRanges(s, ranges, c, subj)
	return max(end, k)
}

// skipAppositions skips ", a doctor" or ", who ..." after an inverted
// subject, up to the sentence's end or a quotation.
func skipAppositions(s *sentence, k int) int {
	if k >= s.hi || !s.toks[k].is(",") || k+1 >= s.hi {
		return k
	}
	n := s.toks[k+1]
	if n.kind != tkWord || !(determiners[n.low] || relativeWords[n.low] || !n.isCap() && !prepositions[n.low] || isNumber(n.text)) {
		return k
	}
	j := k + 1
	for j < s.hi && s.toks[j].kind != tkQuote && !terminal(s.toks[j]) {
		if resumesAt(s, j) {
			return j // "Any honest count, said Abel Moss, a statistician, would show ..."
		}
		j++
	}
	if j < s.hi && s.toks[j].kind == tkQuote && s.toks[j-1].is(",") {
		return j - 1
	}
	return j
}

// previousBare returns the quotation that makes up the sentence before
// s on its own, when no attribution has taken it: `"We won." Trump said.`
func (x *extractor) previousBare(s *sentence) (int, bool) {
	i := s.lo - 1
	for i >= 0 && (terminal(s.toks[i]) || s.toks[i].is(",")) {
		i--
	}
	if i < 0 || s.toks[i].kind != tkQuote || s.used[i] {
		return 0, false
	}
	if i > 0 && !terminal(s.toks[i-1]) {
		return 0, false
	}
	if x.last >= x.base && x.at(x.last).tok == i && x.at(x.last).unit == s.u.first {
		x.out = x.out[:x.last-x.base] // it was given to the speaker before; this is its own
		x.last = -1
	}
	return i, true
}

// according records "According to X, WORDS" and "WORDS, according to X".
func (x *extractor) according(s *sentence, c cue, later []cue, free int) int {
	src := sourceNP(s, c.at+2)
	if !src.ok() {
		return free
	}
	subj := sourceName(s, src)
	if c.at > free && s.toks[c.at-1].is(":") && s.toks[c.at].isCap() {
		free = c.at // "It has not gone unnoticed: According to a poll, ..."
	}
	if hi := trimPunctBack(s, free, c.at); hi > free {
		ranges := [][2]int{{free, hi}}
		end := src.end
		if startsMiddle(s, end) {
			end = contentEnd(s, end+1, later, false)
			ranges = append(ranges, [2]int{src.end + 1, end})
		}
		x.emitRanges(s, ranges, c, subj)
		return end
	}
	k := src.end
	if k < s.hi && s.toks[k].is(",") {
		k++
	}
	end := contentEnd(s, k, later, false)
	if k < end {
		x.emitContent(s, k, end, c, subj)
	}
	return end
}

// question records the question of "Asked whether ..., X said" or "X
// was asked about ...": the words up to the comma, with no speaker, or
// with the asker when "by" names one ("was asked by a caller why ...").
func (x *extractor) question(s *sentence, c cue) int {
	k := c.at + 1
	end := k
	for end < s.hi && end < k+40 && !s.toks[end].is(",") && !terminal(s.toks[end]) {
		end++
	}
	if end == k || end-k >= 40 {
		return k
	}
	text := s.toks[c.at].text
	if c.at > s.lo && passiveAux[s.toks[c.at-1].low] {
		text = s.toks[c.at-1].text + " " + text
	}
	asker := askerAt(s, k, end)
	if asker.ok() {
		k = asker.end // "Asked by Stephanopoulos to respond ...": he asks
	}
	if k < end {
		x.emitRanges(s, [][2]int{{k, end}}, cue{at: c.at, n: 1, text: text}, asker)
	}
	return end
}

// askerAt reads who asked after a question cue, "by" and a short noun
// phrase up to the question ("asked by a reporter whether ..."), or
// returns no phrase.
func askerAt(s *sentence, k, end int) np {
	if k+1 >= end || !s.toks[k].isWord("by") {
		return np{}
	}
	j := k + 1
	for j < end && j < k+8 && s.toks[j].kind == tkWord && !complementizers[s.toks[j].low] && !objectPrepositions[s.toks[j].low] {
		j++
	}
	if j == k+1 || j >= end || j == k+8 {
		return np{}
	}
	return np{kind: npWords, start: k + 1, end: j, region: k}
}

// sourceNP is the source after "according to": up to a comma, the
// sentence's end or a quotation, at most 15 words ("a new poll released
// Tuesday by Quinnipiac University").
func sourceNP(s *sentence, k int) np {
	end := k
	for end < s.hi && end < k+15 && s.toks[end].kind == tkWord {
		end++
	}
	if end == k || end == k+15 && !boundaryAt(s, end) {
		return np{}
	}
	return np{kind: npWords, start: k, end: end, region: k}
}

// sourceName is the part of a source that names it, without a modifier
// after its head: "a new poll released Tuesday" → "a new poll".
func sourceName(s *sentence, src np) np {
	name := src.start + 1
	for name < src.end && !(sourceTail(s.toks[name]) && !strings.HasSuffix(s.toks[name-1].low, "ly")) {
		name++
	}
	src.end = name
	return src
}

// sourceTail reports whether a word after the head of a source opens a
// modifier that is no part of its name: "a new poll released Tuesday",
// "the survey conducted in February", "an ABC poll last week", "a senior
// aide who was in the room".
func sourceTail(t token) bool {
	return !t.isCap() && (strings.HasSuffix(t.low, "ed") && len(t.low) > 4 || isTimeWord(t) || relativeWords[t.low])
}

// passive records a speakerless report, "It is reported that WORDS".
func (x *extractor) passive(s *sentence, c cue, later []cue) int {
	k := c.at + 1
	if k >= s.hi || !s.toks[k].isWord("that") || c.subj.start >= c.subj.end || !s.toks[c.subj.start].isWord("it") {
		return c.at + 1
	}
	end := contentEnd(s, k+1, later, false)
	if k+1 < end {
		x.emitContent(s, k+1, end, cue{at: c.at, text: s.u.slice(int(s.toks[c.subj.start+1].start), int(s.toks[c.at].end))}, np{})
	}
	return end
}

// clauseCue records a cue that takes the subject of its clause:
// "..., but said WORDS", "..., saying WORDS".
func (x *extractor) clauseCue(s *sentence, c cue, later []cue, free int) int {
	k := skipAdjuncts(s, c.at+c.n, c.verb.told)
	if c.infinitive {
		k = c.at + c.n
	} else if !contentAt(s, k) || c.verb.form == participle && !clauseOpens(s, k, c) {
		return free
	}
	if end, subj := leadingParticiple(s, c, k); subj.ok() {
		x.emitContent(s, k, end, c, subj) // "Having announced that ..., Judge Berman ..."
		return end + 1
	}
	if subj := absoluteSubject(s, c); subj.ok() {
		return x.before(s, cue{at: c.at, n: c.n, text: c.text, verb: c.verb, subj: subj}, k, later)
	}
	subj := clauseSubject(s, c.region)
	if n := len(x.out); n > 0 && x.out[n-1].sentence == s.lo && x.out[n-1].unit == s.u.first {
		subj = np{kind: npSame, start: x.count() - 1}
	}
	return x.before(s, cue{at: c.at, n: c.n, text: c.text, verb: c.verb, subj: subj}, k, later)
}

// absoluteSubject reads the subject of a participle in an absolute
// phrase after "with", which is its own and not the clause's: "with 62
// percent of voters saying race relations are growing worse", "with 22
// percent saying they would definitely not support him". It returns no
// phrase when the participle has none.
func absoluteSubject(s *sentence, c cue) np {
	if c.verb.form != participle {
		return np{}
	}
	for j := c.at - 1; j >= s.lo && j >= c.at-9; j-- {
		t := &s.toks[j]
		if t.kind != tkWord || complementizers[t.low] || coordinators[t.low] || relativeWords[t.low] {
			return np{}
		}
		if t.low == "with" {
			if j+1 == c.at {
				return np{}
			}
			return np{kind: npWords, start: j + 1, end: c.at, region: j + 1}
		}
	}
	return np{}
}

// leadingParticiple reads a participial clause that opens the sentence,
// whose subject follows it: "Having announced that he would not send me
// to prison, Judge Berman proceeded ...", "Saying the deal was dead,
// Trump left". It returns the comma that ends the clause's words and
// the subject after it, or no subject.
func leadingParticiple(s *sentence, c cue, k int) (int, np) {
	lead := c.at
	if lead > s.lo && s.toks[lead-1].isWord("having") {
		lead--
	}
	if c.verb.form != participle && lead == c.at || skipLead(s, s.lo, lead) != lead {
		return 0, np{}
	}
	for j := k; j < s.hi; j++ {
		t := &s.toks[j]
		if t.kind == tkQuote || terminal(*t) {
			return 0, np{}
		}
		if t.is(",") {
			subj := npForward(s, j+1, s.hi)
			if subj.ok() && subj.end < s.hi && s.toks[subj.end].kind == tkWord {
				return j, subj
			}
			return 0, np{}
		}
	}
	return 0, np{}
}

// progressive reports whether the participle at i follows a form of "be":
// "Trump is telling voters that ...".
func progressive(s *sentence, i int) bool {
	j := i - 1
	for j > s.lo && isAux(s.toks[j]) {
		j--
	}
	return j >= s.lo && s.toks[j].kind == tkWord && passiveAux[s.toks[j].low]
}

// clauseOpens reports whether reported words after a participle begin
// at k: "that", a colon or a quotation, a pronoun, or any clause after
// "saying" and "telling" ("adding Democratic strongholds" is no speech).
func clauseOpens(s *sentence, k int, c cue) bool {
	t := s.toks[k]
	if t.kind == tkQuote || t.is(":") || t.is(",") || s.toks[k-1].isWord("that") || t.isWord("that") {
		return true
	}
	return c.verb.told || strings.EqualFold(c.text, "saying") || t.kind == tkWord && isPronoun(t.low) ||
		objectVerbs[strings.ToLower(c.text)] && objectInfinitive(s, k)
}

// objectVerbs report a request as an object and an infinitive: "urging his
// parishioners to vote for him", "asking supporters to donate".
var objectVerbs = wordSet("urging", "asking")

// objectInfinitive reports whether up to four words from k, with no
// punctuation among them, are followed by "to" and a verb: "his
// parishioners to vote", not "caution" or "a question".
func objectInfinitive(s *sentence, k int) bool {
	for j := k + 1; j < s.hi && j <= k+4; j++ {
		if s.toks[j].kind != tkWord || s.toks[j-1].isWord("to") {
			return false
		}
		if infinitiveAt(s, j) {
			return true
		}
	}
	return false
}

// trimPunctBack moves hi back over commas, dashes and colons.
func trimPunctBack(s *sentence, lo, hi int) int {
	for hi > lo && s.toks[hi-1].kind == tkPunct && !s.toks[hi-1].is(")") {
		hi--
	}
	return hi
}

// boundaryAt reports whether an inverted subject may end at k.
func boundaryAt(s *sentence, k int) bool {
	if k >= s.hi {
		return true
	}
	t := s.toks[k]
	return terminal(t) || t.is(",") || t.is(";") || t.is("—") || t.is("(") || t.is(":")
}

// skipAdjuncts skips what may stand between a cue and the reported words:
// a listener ("told reporters"), time and place ("on Tuesday", "at a press
// conference after the meeting"), up to "that" when it comes soon.
func skipAdjuncts(s *sentence, k int, told bool) int {
	if j := thatSoon(s, k, told); j >= 0 {
		return j
	}
	if j := markSoon(s, k); j >= 0 {
		return j
	}
	if told {
		k = skipListener(s, k)
	}
	for k < s.hi && s.toks[k].kind == tkWord {
		switch {
		case isTimeWord(s.toks[k]):
			k++
		case isTimeAdjunct(s.toks[k]) && k+1 < s.hi && isTimeWord(s.toks[k+1]):
			k += 2 // "on Sunday", "this morning"
		default:
			return k
		}
	}
	return k
}

// isTimeWord reports whether a word may belong to an adjunct of time:
// "Tuesday", "last week", "earlier".
func isTimeWord(t token) bool {
	switch t.low {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"yesterday", "today", "tonight", "earlier", "later", "recently", "again", "last",
		"week", "month", "year", "night", "morning", "afternoon", "evening", "previously",
		"repeatedly", "also", "then", "once", "now", "privately", "publicly", "separately":
		return true
	}
	return false
}

// thatSoon returns the index after a "that" which follows the cue at k
// across an adjunct of at most 15 words without punctuation, or -1. A
// short title in quotation marks may stand in the adjunct: "said on
// “Face the Nation” that".
func thatSoon(s *sentence, k int, told bool) int {
	if k >= s.hi || s.toks[k].kind != tkWord {
		return -1
	}
	first := s.toks[k]
	if !(isTimeWord(first) || prepositions[first.low] || told || first.isWord("that")) {
		return -1
	}
	for j := k; j < s.hi && j < k+16; j++ {
		t := s.toks[j]
		if t.kind != tkWord && !(t.is("'") || t.is("’")) && !(j > k && isTitleQuote(t)) {
			return -1
		}
		if t.low == "that" {
			return j
		}
		if _, ok := reportingVerbs[t.low]; ok {
			return -1
		}
	}
	return -1
}

// skipListener skips who was told: "told reporters", "told The Associated
// Press", "told Fox News' Sean Hannity".
func skipListener(s *sentence, k int) int {
	j := k
	for j < s.hi && j < k+8 {
		t := s.toks[j]
		if t.kind != tkWord || !(t.isCap() || listenerWords[t.low] || strings.HasSuffix(t.low, "'s") || strings.HasSuffix(t.low, "’s")) {
			break
		}
		j++
	}
	if j > k && determiners[s.toks[j-1].low] && !listenerHeads[s.toks[j-1].low] {
		j-- // "told reporters a different story": no determiner ends a listener
	}
	return j
}

// listenerHeads are the words of listenerWords that end a listener on
// their own: "told him", "told this newspaper"; not "told a".
var listenerHeads = wordSet("him", "her", "them", "me", "us", "you", "one")
