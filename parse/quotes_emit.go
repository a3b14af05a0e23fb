package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Turning attributed token ranges into quotes, and giving unattributed
// quotations to the speaker before them.

// emitContent records reported words [k, end). A quotation that closes
// them after a comma or colon is a quote of its own: `... that NATO has
// no troops in Ukraine, "we have no plans to send troops."`
func (x *extractor) emitContent(s *sentence, k, end int, c cue, subj np) {
	end = trimPunctBack(s, k, end)
	if end <= k {
		return
	}
	q := end - 1
	if q > k+1 && s.toks[q].kind == tkQuote && (s.toks[q-1].is(",") || s.toks[q-1].is(":")) && hasWord(s, k, q-1) {
		i := x.emitRanges(s, [][2]int{{k, q - 1}}, c, subj)
		x.emitRanges(s, [][2]int{{q, q + 1}}, c, np{kind: npSame, start: i})
		return
	}
	x.emitRanges(s, [][2]int{{k, end}}, c, subj)
}

// hasWord reports whether a word token lies in [lo, hi).
func hasWord(s *sentence, lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if s.toks[i].kind == tkWord {
			return true
		}
	}
	return false
}

// emitRanges records one quote made of token ranges: direct when they hold
// only quotations (joined by spaces), indirect otherwise (the words as
// written, marks included). It marks the ranges, the cue and the subject
// used, and returns the quote's index.
func (x *extractor) emitRanges(s *sentence, ranges [][2]int, c cue, subj np) int {
	direct, tok := true, -1
	var parts []string
	for _, r := range ranges {
		for i := r[0]; i < r[1]; i++ {
			s.used[i] = true
			switch t := s.toks[i]; t.kind {
			case tkWord:
				direct = false
			case tkQuote:
				parts = append(parts, strings.TrimRight(t.text, ", "))
				tok = i
			}
		}
	}
	q := rawQuote{same: -1, unit: s.u.first, sentence: s.lo, tok: -1}
	q.Kind, q.Cue = Direct, c.text
	q.Paragraph = s.u.para(int(s.toks[ranges[0][0]].start))
	if direct && len(parts) > 0 {
		q.Text = strings.Join(parts, " ")
		if len(parts) == 1 {
			q.tok = tok
		}
	} else {
		q.Kind, q.Text = Indirect, indirectText(s, ranges)
	}
	x.setSubject(&q, s, subj)
	for i := c.at; i < c.at+c.n && i < len(s.used); i++ {
		s.used[i] = true
	}
	x.out = append(x.out, q)
	return x.count() - 1
}

// setSubject fills a raw quote's subject from a noun phrase.
func (x *extractor) setSubject(q *rawQuote, s *sentence, subj np) {
	switch subj.kind {
	case npWords:
		q.subject = x.subjectText(s, subj)
		for i := subj.start; i < subj.end; i++ {
			s.used[i] = true
		}
	case npSame:
		q.same = subj.start
	}
}

// subjectText is a subject as written ("" if it is not words).
func (x *extractor) subjectText(s *sentence, subj np) string {
	if subj.kind != npWords || subj.end <= subj.start {
		return ""
	}
	t := cleanText(s.u.slice(int(s.toks[subj.start].start), int(s.toks[subj.end-1].end)))
	if s.toks[subj.start].fold && caseOf(t) == upperOnly {
		return titleCase(t) // "FARM UNION CHAIRMAN OLAF BERG" → "Farm Union Chairman Olaf Berg"
	}
	return t
}

// cleanText is cleanSpace(t), answered in one pass for the common text
// that needs no change.
func cleanText(t string) string {
	if isPlainClean(t) {
		return t
	}
	return cleanSpace(t)
}

// isPlainClean reports whether t is ASCII with no line break, control
// space, doubled space or space at either end: text that cleanSpace
// leaves as it is.
func isPlainClean(t string) bool {
	if t == "" || t[0] == ' ' || t[len(t)-1] == ' ' {
		return false
	}
	prev := byte(0)
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= utf8.RuneSelf || c < ' ' && c >= '\t' && c <= '\r' || c == ' ' && prev == ' ' {
			return false
		}
		prev = c
	}
	return true
}

// indirectText is the reported words of token ranges as written, without
// a leading "that" and trailing punctuation.
func indirectText(s *sentence, ranges [][2]int) string {
	parts := make([]string, 0, len(ranges))
	for _, r := range ranges {
		if r[1] > r[0] {
			parts = append(parts, s.u.slice(int(s.toks[r[0]].start), int(s.toks[r[1]-1].end)))
		}
	}
	t := strings.Join(parts, " ")
	if !isPlainClean(t) {
		t = cleanSpace(strings.ReplaceAll(t, "\n", " "))
	}
	t = strings.TrimPrefix(t, "that ")
	return strings.TrimRight(t, ",;:.—- ")
}

// orphans handles a sentence without attribution. A sentence made only
// of quotations continues the speech just before it (merged into the
// quote when that was one of the same paragraph, reported or quoted:
// `Clubs are ”scratching out a profit,” said Mr. Hedge. ”Golf is a
// razor-thin industry.”` is one attribution). A quotation
// inside the first sentence of a paragraph that follows a paragraph ending
// in speech is that speaker's: "This position is “clear and consistent”".
// Any other sentence ends the speech.
func (x *extractor) orphans(s *sentence) {
	bare := true
	var quotes []int
	for i := s.lo; i < s.hi; i++ {
		switch t := s.toks[i]; {
		case t.kind == tkQuote && !s.used[i]:
			quotes = append(quotes, i)
		case t.kind == tkWord:
			bare = false
		}
	}
	src := x.last
	x.last = -1
	if len(quotes) == 0 || src < x.base {
		return
	}
	prev := x.at(src)
	switch {
	case bare && prev.unit == s.u.first:
		for _, i := range quotes {
			prev.Text += " " + strings.TrimRight(s.toks[i].text, ", ")
			s.used[i] = true
		}
		x.last = src
		return
	case !bare && (s.lo != 0 || prev.unit == s.u.first):
		return
	}
	for _, i := range quotes {
		if !bare && !orphanSized(s, i) || isTitleCase(s.toks[i].text) {
			continue
		}
		x.emitRanges(s, [][2]int{{i, i + 1}}, cue{at: i}, np{kind: npSame, start: src})
		x.last = x.count() - 1
	}
}

// orphanSized reports whether the quotation at i inside a sentence is
// long enough to be the previous speaker's words: a clause, or a shorter
// phrase that is the predicate after a form of "be" ("This position is
// “clear and consistent”").
func orphanSized(s *sentence, i int) bool {
	n := len(strings.Fields(s.toks[i].text))
	if n >= minOrphanWords {
		return true
	}
	return n >= minPredicateWords && i > s.lo && s.toks[i-1].kind == tkWord && passiveAux[s.toks[i-1].low]
}

// minPredicateWords is the least number of words of a quoted predicate
// after "is" or "was" that orphanSized takes.
const minPredicateWords = 3

// minOrphanWords is the least number of words a quotation inside a
// sentence needs to be taken as the previous speaker's words, about a
// clause: shorter ones are scare quotes, nicknames and catchwords ("the
// “stiff”", "called him “a walking liability”", "a “somewhat unifying
// story”").
const minOrphanWords = 6

// isTitleCase reports whether quoted words with no attribution of their
// own are written as a title, a show, a book, a group or a slogan is:
// two to eight words, the first capitalised and every other one
// capitalised, a number or a minor word ("Meet the Press", "Game of
// Thrones", "Teamsters for Trump"). Speech is written as a sentence.
func isTitleCase(text string) bool {
	n := 0
	for w := range strings.FieldsSeq(text) {
		w = strings.TrimLeft(w, "([{‘'\"“")
		if w == "" || w == "&" || w == "—" || w == "-" {
			continue
		}
		n++
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case n > maxTitleWords:
			return false
		case unicode.IsUpper(r) || unicode.IsDigit(r):
		case n > 1 && titleMinorWords[strings.TrimRight(w, ",.:;!?’'\"”)")]:
		default:
			return false
		}
	}
	return n >= 2
}

// maxTitleWords is the longest title isTitleCase accepts: "Austin Powers:
// The Spy Who Shagged Me" has seven words.
const maxTitleWords = 8

// titleMinorWords stay in lower case inside a title: "Game of Thrones",
// "Meet the Press", "Teamsters for Trump", "Bridge over Troubled Water".
var titleMinorWords = wordSet("a", "an", "the", "of", "for", "and", "or", "nor", "but",
	"to", "in", "on", "at", "by", "with", "from", "as", "over", "into", "vs.", "vs", "de", "la")
