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
	for i := 0; i < len(st.body) && i <= maxLeadBlocks; i++ {
		b := &st.body[i]
		if m, ok := matchDateline(b.text); ok {
			st.applyDateline(b, m)
			return
		}
		if len(b.text) > 150 {
			return
		}
	}
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
