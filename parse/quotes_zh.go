package parse

import (
	"cmp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// recognizeQuotesZH finds the quotes and reported speech of a Chinese
// article, with their speakers: "北约秘书长斯托尔滕贝格24日说，北约无意向
// 乌克兰派兵" gives speaker 斯托尔滕贝格 (title 北约秘书长) and an indirect
// quote with cue 说. It runs after finalizeBody and does nothing unless the
// article is in Chinese, where it replaces what other quote stages found.
func recognizeQuotesZH(st *state) {
	if st.doc.lang != "zh" {
		return
	}
	q := &zhQuoter{lastPara: -10, mentions: findMentionsZH(st.art.Body), full: make(map[string]zhMention)}
	for i, p := range st.art.Body {
		q.paragraph(i, p)
	}
	st.art.Quotes, st.art.Speakers = q.quotes, q.speakers
}

// zhQuoter is the work in progress across the paragraphs of one article.
type zhQuoter struct {
	speakers []Speaker
	quotes   []Quote
	lastName string // the last named speaker, for 他 and 她
	lastPara int    // the paragraph of the last quote with a named speaker
	mentions []zhMention
	full     map[string]zhMention // fullNameZH of each name asked, found or not
}

// zhMark is a quotation in marks: outer includes the marks, inner not.
type zhMark struct {
	outer, inner Span
	used         bool
}

// zhHit is a reporting verb found in a sentence, with its speaker and the
// range of the speech it introduces.
type zhHit struct {
	cue          string
	clause, pos  int // start of its clause; position of the cue
	from, to     int // the speech after it
	name, title  string
	continuing   bool // its clause names no new subject ("但表示", "他还说")
	speakerKnown bool // name is a person
	group        bool // name is an organisation or a role, not a person
}

// zhCueIndex holds zhCues by first character, longest first.
var zhCueIndex = func() map[rune][]zhCue {
	out := append([]zhCue(nil), zhCues...)
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].cue) > len(out[j].cue) })
	m := make(map[rune][]zhCue)
	for _, c := range out {
		r, _ := utf8.DecodeRuneInString(c.cue)
		m[r] = append(m[r], c)
	}
	return m
}()

// paragraph reads the sentences of paragraph i, each with the quotations
// that lie in it.
func (q *zhQuoter) paragraph(i int, p string) {
	marks := findMarksZH(p)
	lo := 0
	for _, s := range splitSentencesZH(p, marks) {
		hi := lo
		for hi < len(marks) && marks[hi].outer.End <= s.End {
			hi++
		}
		q.sentence(i, p, s, marks[lo:hi])
		lo = hi
	}
}

// findMarksZH returns the top-level quotations of p, in order.
func findMarksZH(p string) []zhMark {
	var out []zhMark
	for i := 0; i < len(p); {
		open := false
		for _, m := range zhQuoteMarks {
			if !strings.HasPrefix(p[i:], m[0]) {
				continue
			}
			j := strings.Index(p[i+len(m[0]):], m[1])
			if j < 0 {
				return out
			}
			end := i + len(m[0]) + j
			out = append(out, zhMark{outer: Span{i, end + len(m[1])}, inner: Span{i + len(m[0]), end}})
			i, open = end+len(m[1]), true
			break
		}
		if !open {
			_, size := utf8.DecodeRuneInString(p[i:])
			i += size
		}
	}
	return out
}

// markAtZH returns the index of the quotation that holds byte k, or -1.
// Quotations are in order and do not overlap.
func markAtZH(marks []zhMark, k int) int {
	i := sort.Search(len(marks), func(i int) bool { return marks[i].outer.End > k })
	if i < len(marks) && marks[i].outer.Start <= k {
		return i
	}
	return -1
}

// zhSentenceStops end a sentence outside quotation marks.
const zhSentenceStops = "。！？!?"

// splitSentencesZH cuts p into sentences; a stop inside quotation marks
// does not end one ("“……。”他说。" is one sentence).
func splitSentencesZH(p string, marks []zhMark) []Span {
	var out []Span
	start := 0
	next := 0 // the first quotation not yet passed
	for k := 0; k < len(p); {
		if next < len(marks) && k >= marks[next].outer.Start {
			k = max(k, marks[next].outer.End)
			next++
			continue
		}
		r, size := utf8.DecodeRuneInString(p[k:])
		k += size
		if strings.ContainsRune(zhSentenceStops, r) {
			out = append(out, Span{start, k})
			start = k
		}
	}
	if strings.TrimSpace(p[start:]) != "" {
		out = append(out, Span{start, len(p)})
	}
	return out
}

// sentence finds the speech in sentence s of paragraph i.
func (q *zhQuoter) sentence(i int, p string, s Span, marks []zhMark) {
	hits := q.resolveHits(p, s, findCuesZH(p, s, marks))
	for _, h := range hits {
		q.emitSpeech(i, p, h, marks)
	}
	for mi := range marks {
		if !marks[mi].used {
			q.emitLoneMark(i, p, &marks[mi], hits)
		}
	}
}

// findCuesZH returns the reporting verbs of sentence s, outside quotations.
func findCuesZH(p string, s Span, marks []zhMark) []zhHit {
	var out []zhHit
	next := 0 // the first quotation not yet passed
	for k := s.Start; k < s.End; {
		if next < len(marks) && k >= marks[next].outer.Start {
			k = max(k, marks[next].outer.End)
			next++
			continue
		}
		if h, ok := cueAtZH(p, s, k, marks); ok {
			out = append(out, h)
			k = h.pos + len(h.cue)
			continue
		}
		_, size := utf8.DecodeRuneInString(p[k:])
		k += size
	}
	return out
}

// cueAtZH reports whether a reporting verb that introduces speech starts at p[k:].
func cueAtZH(p string, s Span, k int, marks []zhMark) (zhHit, bool) {
	r, _ := utf8.DecodeRuneInString(p[k:])
	for _, c := range zhCueIndex[r] {
		if !strings.HasPrefix(p[k:], c.cue) || precededByZH(p[s.Start:k], c.notAfter) {
			continue
		}
		from, ok := speechStartZH(p, s, k+len(c.cue), c.bare, marks)
		if !ok {
			return zhHit{}, false
		}
		return zhHit{cue: c.cue, clause: clauseStartZH(p, s.Start, k), pos: k, from: from, to: from}, true
	}
	return zhHit{}, false
}

// speechStartZH finds where the speech after a cue begins: after "，" or
// "：", at an opening quotation mark, right away for a bare cue with a
// clause of its own, or nowhere (j itself) for a cue that closes a
// sentence after a quotation ("“……”他说。").
func speechStartZH(p string, s Span, j int, bare bool, marks []zhMark) (int, bool) {
	for _, o := range zhCueObjects {
		if rest := p[j:]; strings.HasPrefix(rest, o) && startsPunctZH(rest[len(o):]) {
			j += len(o)
			break
		}
	}
	j += skipSpaceZH(p[j:s.End])
	rest := p[j:s.End]
	for _, sep := range []string{"，", ",", "：", ":"} {
		if strings.HasPrefix(rest, sep) {
			return j + len(sep), true
		}
	}
	if markAtZH(marks, j) >= 0 {
		return j, true
	}
	if strings.TrimRight(rest, zhSentenceStops+" ") == "" {
		return j, markBeforeZH(marks, s.Start, j)
	}
	if bare && utf8.RuneCountInString(clauseTextZH(rest[:min(len(rest), 64)])) >= 6 && !hasPrefixAny(rest, zhBareStops...) {
		return j, true
	}
	return 0, false
}

// markBeforeZH reports whether a quotation lies in p[start:j].
func markBeforeZH(marks []zhMark, start, j int) bool {
	i := sort.Search(len(marks), func(i int) bool { return marks[i].outer.Start >= start })
	return i < len(marks) && marks[i].outer.End <= j
}

// startsPunctZH reports whether s starts with a comma or colon.
func startsPunctZH(s string) bool {
	return hasPrefixAny(s, "，", ",", "：", ":")
}

// clauseTextZH returns s up to its first comma, colon or stop.
func clauseTextZH(s string) string {
	if i := strings.IndexAny(s, "，,：:；;。！？!?"); i >= 0 {
		return s[:i]
	}
	return s
}

// precededByZH reports whether head ends with one of the words.
func precededByZH(head string, words []string) bool {
	for _, w := range words {
		if strings.HasSuffix(head, w) {
			return true
		}
	}
	return false
}

// zhClauseSeps separate clauses; a closing quotation mark ends one too.
const zhClauseSeps = "，,；;：:”」』"

// maxClauseBytes bounds how far back from a reporting verb its subject is
// looked for: no speaker's title and name run longer.
const maxClauseBytes = 120

// clauseStartZH returns where the clause holding byte k starts, looking
// back at most maxClauseBytes.
func clauseStartZH(p string, start, k int) int {
	start = max(start, k-maxClauseBytes)
	for start < k && !utf8.RuneStart(p[start]) {
		start++
	}
	for i := k; i > start; {
		r, size := utf8.DecodeLastRuneInString(p[start:i])
		if strings.ContainsRune(zhClauseSeps, r) {
			return i
		}
		i -= size
	}
	return start
}

// resolveHits gives each cue its speaker and speech range, and drops cues
// nested in an earlier one's speech ("普萨基强调，美国政府已多次表明，……").
func (q *zhQuoter) resolveHits(p string, s Span, hits []zhHit) []zhHit {
	var out []zhHit
	end := trimSpeechEndZH(p, s.Start, s.End)
	for _, h := range hits {
		kind, name, title := subjectZH(p[h.clause:h.pos])
		h.continuing = kind == zhEmpty || kind == zhPronoun
		if n := len(out); n > 0 && h.pos < out[n-1].to && !h.continuing {
			continue
		}
		switch kind {
		case zhEmpty:
			name, title, h.speakerKnown, h.group = q.inherit(p, s, out)
		case zhPronoun:
			name, h.speakerKnown = q.lastName, q.lastName != ""
		case zhNamed:
			h.speakerKnown = true
		case zhGroup:
			h.group = true
		}
		h.name, h.title = name, title
		if n := len(out); n > 0 && out[n-1].to > h.clause {
			out[n-1].to = trimSpeechEndZH(p, out[n-1].from, h.clause)
		}
		h.to = max(h.from, end)
		out = append(out, h)
		if h.speakerKnown {
			q.lastName = h.name
		}
	}
	return out
}

// inherit finds the speaker of a cue whose clause names none: the speaker
// of the cue before it in the sentence, or the sentence's subject
// ("俄罗斯总统普京24日凌晨发表电视讲话，宣布……").
func (q *zhQuoter) inherit(p string, s Span, before []zhHit) (name, title string, known, group bool) {
	if n := len(before); n > 0 {
		return before[n-1].name, before[n-1].title, before[n-1].speakerKnown, before[n-1].group
	}
	first := clauseTextZH(p[s.Start:min(s.End, s.Start+maxClauseBytes)])
	switch kind, name, title := subjectZH(first); kind {
	case zhNamed:
		return name, title, true, false
	case zhGroup:
		return name, "", false, true
	case zhPronoun:
		return q.lastName, "", q.lastName != "", false
	}
	return "", "", false, false
}

// trimSpeechEndZH moves end back over spaces and closing punctuation.
func trimSpeechEndZH(p string, from, end int) int {
	for end > from {
		r, size := utf8.DecodeLastRuneInString(p[from:end])
		if !unicode.IsSpace(r) && !strings.ContainsRune("，,；;：:。！？!?", r) {
			break
		}
		end -= size
	}
	return end
}

// emitSpeech records the speech of cue h, splitting off a quotation that
// closes it: "北约在乌克兰没有驻军，“我们没有……意图”" gives an indirect
// and a direct quote. A quotation inside the speech is also a direct quote.
func (q *zhQuoter) emitSpeech(i int, p string, h zhHit, marks []zhMark) {
	q.attachBefore(i, p, h, marks)
	text := Span{h.from, h.to}
	var direct []string
	first := sort.Search(len(marks), func(i int) bool { return marks[i].outer.Start >= h.from })
	for mi := first; mi < len(marks) && marks[mi].outer.End <= h.to; mi++ {
		m := &marks[mi]
		if m.used {
			continue
		}
		m.used = true
		if trimSpeechEndZH(p, m.outer.End, h.to) != m.outer.End {
			continue // a partial quote stays inside the reported speech
		}
		text.End = trimSpeechEndZH(p, h.from, m.outer.Start)
		direct = append(direct, p[m.inner.Start:m.inner.End])
	}
	if text.End > text.Start {
		q.add(i, h, p[text.Start:text.End], Indirect)
	}
	for _, d := range direct {
		q.add(i, h, d, Direct)
	}
}

// attachBefore attributes to h a quotation that ends where h's clause
// begins: "“……，”斯托尔滕贝格说。"
func (q *zhQuoter) attachBefore(i int, p string, h zhHit, marks []zhMark) {
	mi := sort.Search(len(marks), func(i int) bool { return marks[i].outer.End > h.clause }) - 1
	if mi < 0 || marks[mi].used {
		return
	}
	m := &marks[mi]
	if strings.TrimLeft(p[m.outer.End:h.clause], " ，,：:") == "" {
		q.add(i, h, p[m.inner.Start:m.inner.End], Direct)
		m.used = true
	}
}

// minPartialQuote is the fewest characters a quotation needs to be taken
// as the last speaker's words rather than a name in quotation marks
// ("北溪-2"): "这一立场“明确且一贯”".
const minPartialQuote = 4

// emitLoneMark attributes a quotation that no cue introduces: to the cue
// of its sentence, to the speaker of the speech just before (a partial
// quote: "这一立场“明确且一贯”"), or to nobody when it is a whole sentence.
func (q *zhQuoter) emitLoneMark(i int, p string, m *zhMark, hits []zhHit) {
	text := p[m.inner.Start:m.inner.End]
	m.used = true
	switch {
	case len(hits) > 0:
		q.add(i, hits[0], text, Direct)
	case q.lastName != "" && q.lastPara >= i-1 && utf8.RuneCountInString(text) >= minPartialQuote:
		q.add(i, zhHit{name: q.lastName, speakerKnown: true}, text, Direct)
	case utf8.RuneCountInString(text) >= 10 && strings.ContainsAny(text, zhSentenceStops):
		q.add(i, zhHit{}, text, Direct)
	}
}

// add records a quote and counts it for its speaker.
func (q *zhQuoter) add(i int, h zhHit, text, kind string) {
	text = strings.TrimRight(strings.TrimSpace(text), "，,、；; ")
	if text == "" {
		return
	}
	qt := Quote{Text: text, Kind: kind, Cue: h.cue, Paragraph: i + 1}
	switch {
	case h.speakerKnown && h.name != "":
		qt.Speaker = q.speaker(h.name, h.title)
		q.lastName, q.lastPara = qt.Speaker, i
	case h.group && h.name != "":
		qt.Speaker = q.groupSpeaker(h.name) // not a 他 or 她 later on
	}
	q.quotes = append(q.quotes, qt)
}

// groupSpeaker returns an organisation or role as a speaker, listed once
// under the words the story uses, with no title.
func (q *zhQuoter) groupSpeaker(name string) string {
	for k := range q.speakers {
		if q.speakers[k].Name == name {
			q.speakers[k].Quotes++
			return name
		}
	}
	q.speakers = append(q.speakers, Speaker{Name: name, Quotes: 1})
	return name
}

// speaker returns the name under which name is listed, adding it if new:
// a name that holds or is held in a listed one is the same person.
func (q *zhQuoter) speaker(name, title string) string {
	m, ok := q.full[name]
	if !ok {
		m, _ = fullNameZH(q.mentions, name)
		q.full[name] = m
	}
	if m.name != "" && (title == "" || m.name == name) {
		name, title = m.name, cmp.Or(title, m.title)
	}
	for k := range q.speakers {
		sp := &q.speakers[k]
		if sp.Name == name || strings.Contains(sp.Name, name) || strings.Contains(name, sp.Name) {
			sp.Quotes++
			if sp.Title == "" {
				sp.Title = title
			}
			return sp.Name
		}
	}
	q.speakers = append(q.speakers, Speaker{Name: name, Title: title, Quotes: 1})
	return name
}
