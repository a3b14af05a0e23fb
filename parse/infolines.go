package parse

// maxInfoBlocks is how many blocks at the top of a text are read for
// information lines.
const maxInfoBlocks = 4

// recognizeInfoLines reads, in plain text, the information lines that
// copies of Chinese portal pages and of Xinhua's English site keep under
// the headline (meta_lines.go reads the same lines on a page):
// "2024年03月05日 10:21 来源：中国新闻网 编辑：张伟" gives the published
// time (Beijing time), the editor and the source's agency, and the line
// leaves the body. Its date also serves as the reference date for a
// dateline that gives no year.
func recognizeInfoLines(st *state) {
	if st.doc.format != FormatText {
		return
	}
	for i := 0; i < len(st.body) && i < maxInfoBlocks; {
		b := st.body[i]
		if endsSentenceZH(b.text) || closesSentence(b.text) {
			return // the story has begun; credits at its end are credits.go's
		}
		l, ok := readInfoLine(b.text)
		if !ok || len(b.lines) > 1 || l.published == "" && l.source == "" {
			i++ // an information line gives the time or the source
			continue
		}
		st.applyInfoLine(l)
		st.body = append(st.body[:i:i], st.body[i+1:]...)
	}
}

// applyInfoLine records what one information line says.
func (st *state) applyInfoLine(l infoLine) {
	if l.published != "" && st.art.Published == "" {
		st.art.Published = l.published
		st.doc.meta.pubTime = l.pubTime
	}
	if l.author != "" {
		st.art.Reporters = addNames(st.art.Reporters, splitNames(l.author)...)
	}
	if l.editor != "" {
		names := splitNames(l.editor)
		if len(names) == 0 && isEditorHandle(l.editor) {
			names = []string{l.editor} // "Editor: pengying"
		}
		st.art.Editors = addNames(st.art.Editors, names...)
	}
	if a := sourceAgency(l.source); a != "" && st.bylineAgency == "" {
		st.bylineAgency = a
	}
}
