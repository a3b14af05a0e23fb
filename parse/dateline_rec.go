package parse

import (
	"slices"
	"strings"
)

// maxLeadBlocks is how many short blocks (kickers, subheads) may stand
// between the headline and the paragraph that opens with the dateline.
const maxLeadBlocks = 2

// recognizeDateline finds the dateline at the start of the first paragraph
// (or of one of the next, after short lead blocks), fills Article.Dateline
// and strips it from the paragraph.
func recognizeDateline(st *state) {
	if st.doc.lang == "zh" && recognizeDatelineZH(st) { // zh_dateline.go: also Chinese credits
		return
	}
	lead := 0 // lead blocks passed, not counting kickers
	for i := 0; i < len(st.body) && i < maxKickers && lead <= maxLeadBlocks; i++ {
		b := &st.body[i]
		if m, ok := matchDateline(b.text); ok && (!m.alone || st.storyAt(i+1)) {
			st.applyDateline(b, m)
			return
		}
		if len(b.text) > 150 {
			if fl, ok := findFlatLead(b.text); ok { // a flattened lead: bullets, byline, dateline
				st.applyFlatLead(i, fl)
			}
			return
		}
		if !isKicker(b) {
			lead++
		}
	}
}

// maxKickers bounds how many blocks are read for a dateline: a page's
// topic tags ("Fußball" / "Deutschland" / "Hessen" ...) may stand above it.
const maxKickers = 16

// isKicker: a short one-line block that ends no sentence, a topic tag
// above the story ("Champions League").
func isKicker(b *block) bool {
	return len(b.lines) == 1 && len(b.text) <= 40 && !closesSentence(b.text)
}

// storyAt reports whether block i opens a story's text, as it must under
// a dateline that stands alone on its line ("ANKARA").
func (st *state) storyAt(i int) bool {
	return i < len(st.body) && len(st.body[i].text) >= 80
}

// applyDateline records match m found at the start of block b.
func (st *state) applyDateline(b *block, m datelineMatch) {
	d := &Dateline{Text: strings.TrimSpace(b.text[:m.textEnd])}
	d.Text = strings.TrimRight(d.Text, " ,")
	if m.place.End > 0 {
		d.Place = recasePlace(b.text[m.place.Start:m.place.End])
	}
	if m.date.month > 0 {
		date := m.date
		st.date = &date
	}
	d.Agency = m.agency
	st.art.Dateline = d
	st.art.Spans.Dateline = Span{b.span.Start, b.span.Start + m.textEnd}
	if m.bodyPos == 0 {
		m.bodyPos = len(b.text)
	}
	b.text = strings.TrimSpace(b.text[m.bodyPos:])
}

// resolveDateYear formats the dateline date, using the reference date (or
// the page's published date) for the year, and settles the agency from the
// byline or sign-off when the dateline names none.
func resolveDateYear(st *state) {
	agency := st.signoffAgency
	if agency == "" {
		agency = st.bylineAgency
	}
	if agency == "" && len(st.art.Body) > 0 && (st.art.Dateline == nil || st.art.Dateline.Agency == "") {
		agency = reportsAgency(st.art.Body[0])
	}
	d := st.art.Dateline
	if d == nil {
		if agency != "" {
			st.art.Dateline = &Dateline{Agency: agency}
		}
		return
	}
	if d.Agency == "" {
		d.Agency = agency
	}
	if st.date == nil {
		return
	}
	ref := st.ref
	if ref.IsZero() {
		ref = st.doc.meta.pubTime
	}
	iso, unknown := st.date.iso(ref)
	d.Date = iso
	if unknown {
		st.warn("dateline year unknown; pass --date to set it")
	}
}

// reportsSuffixes close a lead paragraph that names the agency writing
// it, as Azerbaijani and Ukrainian agencies do: "..., APA reports."
var reportsSuffixes = []struct{ text, example string }{
	{" reports.", "Azerbaijani FM met with OSCE Secretary General on February 5, APA reports."},
	{" correspondent reports.", "..., an Ukrinform correspondent reports."},
	{" informs.", "..., Report informs."},
}

// reportsAgency returns the agency that a lead paragraph says it comes
// from (see reportsSuffixes), or "".
func reportsAgency(p string) string {
	for _, suf := range reportsSuffixes {
		head, ok := strings.CutSuffix(p, suf.text)
		if !ok {
			continue
		}
		i := strings.LastIndexAny(head, ",;")
		if i < 0 || len(head)-i > 40 {
			continue
		}
		name := strings.TrimSpace(head[i+1:])
		for _, art := range []string{"an ", "a ", "the "} {
			name = strings.TrimPrefix(name, art)
		}
		if a, ok := lookupAgency(name); ok {
			return a
		}
	}
	return ""
}

// flatLeadWindow is how far into a flattened lead paragraph its dateline
// may stand, in bytes.
const flatLeadWindow = 600

// flatLeadRules are the dateline rules that may stand inside a flattened
// lead: each names an agency in brackets and closes with a dash.
var flatLeadRules = map[string]bool{"date-paren": true, "place-paren": true, "place-date-paren": true}

// flatLead is a dateline found inside a flattened lead paragraph, as
// NITF-to-text conversions give it: "(Adds comments) * Spot gold may edge
// up * Dollar index down By Arpan Varghese Jan 30 (Reuters) - Gold rose".
type flatLead struct {
	m       datelineMatch // positions from start
	start   int           // where the dateline starts in the paragraph
	summary string        // the advisory and bullets before it, kept as a paragraph
	names   []string      // the byline's names, if any
}

// findFlatLead finds a dateline with a known agency in brackets and a dash
// within the first flatLeadWindow bytes of s, when what stands before it
// is a bullet summary, a byline, or both. A dateline-like phrase inside
// prose ("said on Jan 30 (Reuters) reported") has neither before it.
func findFlatLead(s string) (flatLead, bool) {
	if !opensFlatLead(s) {
		return flatLead{}, false
	}
	win := s[:min(len(s), flatLeadWindow)]
	for k := 0; k < len(win); {
		j := strings.Index(win[k:], " (")
		if j < 0 {
			break
		}
		open := k + j + 1
		k = open
		if fl, ok := flatLeadAt(s, open); ok {
			return fl, true
		}
	}
	return flatLead{}, false
}

// opensFlatLead is a cheap first test: a flattened lead opens with an
// advisory in brackets, a bullet, or "By".
func opensFlatLead(s string) bool {
	if strings.HasPrefix(s, "(") || strings.HasPrefix(s, "* ") || strings.HasPrefix(s, "• ") {
		return true
	}
	_, by := cutBy(s)
	return by
}

// flatLeadAt tries the agency bracket opening at s[open]: a known agency,
// a dateline ending with it, and a summary or byline before.
func flatLeadAt(s string, open int) (flatLead, bool) {
	c := strings.IndexByte(s[open:min(len(s), open+40)], ')')
	if c < 0 {
		return flatLead{}, false
	}
	if _, ok := lookupAgencies(s[open+1 : open+c]); !ok {
		return flatLead{}, false
	}
	closeEnd := open + c + 1
	for start := max(0, open-80); start < open; start++ {
		if start > 0 && s[start-1] != ' ' || s[start] == ' ' {
			continue
		}
		m, ok := matchDateline(s[start:])
		if !ok || !flatLeadRules[m.rule] || start+m.textEnd != closeEnd || !flatDash(s[closeEnd:]) {
			continue
		}
		if m.place.End > 0 && !flatPlace(s[start+m.place.Start:start+m.place.End]) {
			continue
		}
		if fl, ok := flatPrefix(strings.TrimSpace(s[:start])); ok {
			fl.m, fl.start = m, start
			return fl, true
		}
		return flatLead{}, false // the earliest dateline decides
	}
	return flatLead{}, false
}

// flatDash: a dash follows the agency, as in "(Reuters) - ".
func flatDash(s string) bool {
	s = strings.TrimLeft(s, " ")
	for _, d := range []string{"-", "—", "–", "_"} {
		if strings.HasPrefix(s, d) {
			return true
		}
	}
	return false
}

// flatPlace: a place inside a flattened lead must be in capitals or in the
// gazetteer, so that the end of a byline is not read as one ("Jane Doe
// LONDON").
func flatPlace(place string) bool {
	city, _, _ := strings.Cut(place, ",")
	if strings.ToUpper(city) == city {
		return true
	}
	return knownPlace(place)
}

// flatPrefix reads what stands before a flattened lead's dateline: an
// optional advisory and bullets, then an optional byline; one of bullets
// or byline must be there.
func flatPrefix(p string) (flatLead, bool) {
	var fl flatLead
	byline := false
	if i := lastBy(p); i >= 0 {
		if names, _, ok := parseByline(p[i:], false); ok { // "By Reuters Staff" names none
			fl.names, p, byline = names, strings.TrimSpace(p[:i]), true
		}
	}
	fl.summary = p
	if p == "" {
		return fl, byline
	}
	rest := p
	if strings.HasPrefix(rest, "(") { // "(Adds comments, detail)"
		c := strings.IndexByte(rest, ')')
		if c < 0 || c > 160 {
			return flatLead{}, false
		}
		rest = strings.TrimSpace(rest[c+1:])
		if rest == "" {
			return fl, byline
		}
	}
	if strings.HasPrefix(rest, "* ") || strings.HasPrefix(rest, "• ") {
		return fl, true
	}
	return flatLead{}, false
}

// lastBy returns where the last "By " that opens a word stands in p, or -1.
func lastBy(p string) int {
	for i := len(p) - 3; i >= 0; i-- {
		if (i == 0 || p[i-1] == ' ') && strings.EqualFold(p[i:i+3], "by ") {
			return i
		}
	}
	return -1
}

// applyFlatLead records the flattened lead fl found in block i: the byline
// names become reporters, the summary stays as a paragraph of its own and
// the story text after the dateline as the next.
func (st *state) applyFlatLead(i int, fl flatLead) {
	b := st.body[i]
	st.art.Reporters = addNames(st.art.Reporters, fl.names...)
	tail := subBlock(b, fl.start, len(b.text))
	st.applyDateline(&tail, fl.m)
	tail.lines = []line{{text: tail.text, span: tail.span}}
	st.body[i] = tail
	if fl.summary != "" {
		sum := subBlock(b, 0, len(fl.summary))
		st.body = slices.Insert(st.body, i, sum)
	}
}

// subBlock is the block of b's text from start to end, on one line. Its
// span is exact when b's text is its source unchanged, else b's own.
func subBlock(b block, start, end int) block {
	sb := block{text: b.text[start:end], span: b.span}
	if b.span.End-b.span.Start == len(b.text) {
		sb.span = Span{b.span.Start + start, b.span.Start + end}
	}
	sb.lines = []line{{text: sb.text, span: sb.span}}
	return sb
}
