package parse

import "strings"

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
