package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
)

// htmlDeclaredEncoding returns the encoding a page declares in its first
// kilobytes (<meta charset>), if any. Windows-1252 is also what the
// prescan answers when nothing is declared, so it counts only when the
// page names it (or Latin-1, its WHATWG alias): <meta charset="iso-8859-1">.
func htmlDeclaredEncoding(src []byte) (encoding.Encoding, string) {
	head := src[:min(len(src), 4096)]
	e, name, certain := charset.DetermineEncoding(head, "text/html")
	if !certain && name == "windows-1252" {
		if _, declared := charset.Lookup(charsetLabel(head)); declared != "windows-1252" {
			return nil, ""
		}
	}
	return e, name
}

// charsetLabel returns the first charset label written in head:
// <meta charset="windows-1252">, content="text/html; charset=iso-8859-1".
func charsetLabel(head []byte) string {
	const key = "charset"
	for i := 0; i+len(key) < len(head); i++ {
		if head[i]|0x20 != 'c' || !strings.EqualFold(string(head[i:i+len(key)]), key) {
			continue
		}
		j := i + len(key)
		for j < len(head) && head[j] == ' ' {
			j++
		}
		if j >= len(head) || head[j] != '=' {
			continue
		}
		j++
		for j < len(head) && (head[j] == ' ' || head[j] == '"' || head[j] == '\'') {
			j++
		}
		k := j
		for k < len(head) && k-j < 40 && (isLabelByte(head[k])) {
			k++
		}
		return string(head[j:k])
	}
	return ""
}

func isLabelByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '-' || b == '_' || b == '.' || b == ':'
}

// htmlBlocks reads a page in one walk over its tree: what it declares
// about the story into doc.meta, and the paragraphs of the story's own
// text into doc.blocks, for the same recognizers as plain text.
func htmlBlocks(doc *document) error {
	root, err := html.ParseWithOptions(strings.NewReader(doc.text), html.ParseOptionEnableScripting(false))
	if err != nil {
		htmlFlatBlocks(doc) // html_flat.go: the tree builder refused the page
		return nil
	}
	p := scanPage(root)
	infos := readInfoLines(p.blocks)
	pm := readPageMeta(p, infos)
	headline := chooseHeadline(pm.titles, p.blocks, pm.sites)
	story := mainBlocks(p.blocks)
	anchor := anchorIndex(p.blocks, headline, story)
	story = dropFurniture(p.blocks, story, headlineIndex(p.blocks, headline))
	pm.anchor = anchor
	pm.addBylines(p)
	pm.blocks = p.blocks
	pm.readVisible(p.blocks, anchor)
	pm.readSignoff(p.blocks, story, anchor)
	pm.dates = append(pm.dates, p.lateDates...)
	fillMeta(&doc.meta, pm, infos, headline)
	doc.blocks = storyBlocks(story, headline, infos)
	if len(story) > 0 {
		before, after := outsideCredits(p.blocks, story[0].idx, story[len(story)-1].idx, anchor)
		doc.blocks = append(append(before, doc.blocks...), after...)
	}
	return nil
}

// maxCreditGap is how many blocks before a story's first and after its
// last a credit line outside it is looked for.
const maxCreditGap = 6

// outsideCredits returns the Chinese credit lines that stand outside
// the chosen story, between its headline and its first block
// ("澎湃新闻记者 王琳 实习生 李佳") or just after its last
// ("责任编辑：陈斯斯" in the story's footer), so that the recognizers
// read them as they read a story's own.
func outsideCredits(blocks []hblock, first, last, anchor int) (before, after []block) {
	for i := max(anchor+1, first-maxCreditGap, 0); i < first; i++ {
		if b := blocks[i]; !b.noMeta && b.heading == 0 && creditLineZH(b.text) {
			before = append(before, block{text: b.text, lines: []line{{text: b.text}}})
		}
	}
	for i := last + 1; i < len(blocks) && i <= last+maxCreditGap; i++ {
		if b := blocks[i]; !b.noMeta && b.heading == 0 && creditLineZH(b.text) {
			after = append(after, block{text: b.text, lines: []line{{text: b.text}}})
		}
	}
	return before, after
}

// creditLineZH reports whether s is a Chinese credit line that names a
// reporter or an editor: "记者 张三", "责任编辑：李四".
func creditLineZH(s string) bool {
	if r, _ := utf8.DecodeRuneInString(s); !unicode.Is(unicode.Han, r) {
		return false
	}
	credits, ok := parseCreditsZH(s)
	for _, c := range credits {
		if ok && c.role != roleNone {
			return true
		}
	}
	return false
}

// headlineIndex returns the index of the first heading block that holds
// the headline, or -1.
func headlineIndex(blocks []hblock, headline string) int {
	key := foldKey(headline)
	for i, b := range blocks {
		if b.heading > 0 && (foldKey(b.text) == key || containsKey(b.parts, key)) {
			return i
		}
	}
	return -1
}

// anchorIndex returns the index of the headline's block, or of the
// first <h1>, or near the story's first block, or 0: visible bylines
// and dates are near it.
func anchorIndex(blocks []hblock, headline string, story []hblock) int {
	if i := headlineIndex(blocks, headline); i >= 0 {
		return i
	}
	for i, b := range blocks {
		if b.heading == 1 && !b.noMeta {
			return i
		}
	}
	if len(story) > 0 {
		for i, b := range blocks {
			if b.node == story[0].node && b.text == story[0].text {
				return max(0, i-3)
			}
		}
	}
	return 0
}

func containsKey(parts []string, key string) bool {
	for _, p := range parts {
		if foldKey(p) == key {
			return true
		}
	}
	return false
}

// sourceSeparators join the outlets a source line names: the site and
// the paper it carries ("人民网－人民日报"), or two agencies ("新华社/中新网").
var sourceSeparators = "－-—–/／、|｜ "

// sourceAgency returns the first known agency a source line names,
// whole or as one of its parts: "人民网－人民日报" gives People's Daily.
func sourceAgency(s string) string {
	if a, ok := lookupAgency(s); ok {
		return a
	}
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(sourceSeparators, r) }) {
		if a, ok := lookupAgency(part); ok {
			return a
		}
	}
	return ""
}

// fillMeta stores the chosen values in the document's metadata.
func fillMeta(m *meta, pm *pageMeta, infos []infoLine, headline string) {
	if headline != "" {
		m.headlines = []string{headline}
	}
	m.published, m.pubTime = pm.choosePublished()
	authors, agency := pm.chooseAuthors()
	m.authors = authors
	for _, l := range infos {
		if l.editor != "" && isEditorHandle(l.editor) {
			m.editors = addNames(m.editors, l.editor)
		}
		if a := sourceAgency(l.source); a != "" && agency == "" {
			agency = a
		}
	}
	m.publisher = pm.publisher
	if agency != "" {
		m.publisher = agency
	}
}

// isEditorHandle accepts what an information line gives as the editor: a
// name or a login ("pengying"), not a sentence.
func isEditorHandle(s string) bool {
	return len(strings.Fields(s)) <= 4 && !strings.ContainsAny(s, "0123456789@:.") && len(s) <= 60
}

// storyBlocks turns the chosen blocks into recognizer blocks, leaving out
// copies of the headline and the information lines already read.
func storyBlocks(story []hblock, headline string, infos []infoLine) []block {
	key := foldKey(headline)
	out := make([]block, 0, len(story))
	for i, b := range story {
		if i < 5 && b.heading > 0 && (foldKey(b.text) == key || containsKey(b.parts, key)) {
			continue
		}
		if len(infos) > 0 && isInfoLine(b.text) {
			continue
		}
		out = append(out, block{text: b.text, lines: []line{{text: b.text}}})
	}
	return out
}

// readInfoLines reads the labelled information lines of a page ("来源：",
// "责任编辑：", "Source: Xinhua| …|Editor: …"); the first three count.
func readInfoLines(blocks []hblock) []infoLine {
	var out []infoLine
	for _, b := range blocks {
		if b.noMeta || b.layout || !shortBlock(b, maxInfoLine) || !hasLineLabel(b.text) {
			continue
		}
		if l, ok := readInfoLine(b.text); ok {
			out = append(out, l)
			if len(out) == 3 {
				break
			}
		}
	}
	return out
}

// addBylines adds the author elements, in page order, and the dates
// written in them ("Author: Jane Doe am 29.12.2010, 13:36 Uhr").
func (pm *pageMeta) addBylines(p *pageScan) {
	pm.authors = append(pm.authors, p.bylines...)
	pm.layoutAuthors = p.layoutBylines
	for _, b := range p.bylines {
		if d, _ := findDate(b.value, pm.dayFirst); d != "" {
			pm.dates = append(pm.dates, sourced{d, "byline-date", -1})
		}
	}
}

// readVisible adds the bylines and dates written near the headline,
// after everything the page marks up.
func (pm *pageMeta) readVisible(blocks []hblock, anchor int) {
	for i := max(0, anchor-3); i < len(blocks) && i <= anchor+15; i++ {
		b := blocks[i]
		if b.noMeta {
			continue
		}
		if !shortBlock(b, 120) {
			if d := leadDate(b.text, pm.dayFirst); d != "" && b.heading == 0 {
				pm.dates = append(pm.dates, sourced{d, "text-date", -1})
			}
			continue
		}
		d, _ := findDate(b.text, pm.dayFirst)
		switch {
		case hasBylinePrefix(b.text):
			pm.authors = append(pm.authors, sourced{b.text, "by-line", i})
		case d != "" && strings.ContainsAny(b.text, "|·•"):
			if v := nameSegments(b.text); v != "" {
				pm.dateLines = append(pm.dateLines, sourced{v, "date-line", i}) // "04.02.2022 | 13:10 Uhr | Jane Doe"
			}
		}
		if d != "" {
			pm.dates = append(pm.dates, sourced{d, "text-date", -1})
		}
	}
}

// maxLeadDate is the longest opening of a paragraph read as its date line.
const maxLeadDate = 32

// leadDate returns the date a paragraph of prose opens with, set off by
// a dash as a dateline is: "29.11.2022 – Mehrfach hatte die Branche …",
// "Berlin, 27.1.2022 - Bei der Erinnerung …"; otherwise "".
func leadDate(text string, dayFirst bool) string {
	head := text[:min(len(text), maxLeadDate+len(" – "))]
	for _, dash := range []string{" – ", " - ", " — "} {
		if i := strings.Index(head, dash); i > 0 && i <= maxLeadDate && wordsWithoutDigits(text[:i]) <= 2 {
			d, _ := findDate(text[:i], dayFirst)
			return d
		}
	}
	return ""
}

// wordsWithoutDigits counts the words of s that hold no digit: a place
// or a month name beside a date ("Berlin, 27.1.2022").
func wordsWithoutDigits(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		if strings.IndexAny(w, "0123456789") < 0 {
			n++
		}
	}
	return n
}

// readSignoff adds, after the other bylines, a name that ends the story
// on its own: in bold or italics ("<p><b><i>Jane Doe</i></b></p>") or in
// parentheses ("(Jane Doe)"), among the story's last two blocks or, when
// the story goes on in a sibling container the picker left out, in the
// few prose blocks after its end.
func (pm *pageMeta) readSignoff(blocks, story []hblock, anchor int) {
	pm.authors = append(pm.authors, pm.dateLines...)
	for i := len(story) - 1; i >= 0 && i >= len(story)-2; i-- {
		if n, ok := signoffName(story[i]); ok {
			pm.authors = append(pm.authors, sourced{n, "signoff", anchor})
			return
		}
	}
	if len(story) == 0 {
		return
	}
	for i := story[len(story)-1].idx + 1; i < len(blocks) && i <= story[len(story)-1].idx+maxAfterStory; i++ {
		b := blocks[i]
		if b.noMeta || b.layout || b.node == nil || b.heading == 0 && !afterStoryTags[b.node.DataAtom] {
			return // a list, a sidebar: no longer the story
		}
		if n, ok := signoffName(b); ok && !proseFollows(blocks, i) {
			pm.authors = append(pm.authors, sourced{n, "signoff", anchor})
			return
		}
	}
}

// proseFollows reports whether a paragraph of prose comes right after
// block i: then a bold line there is a subheading ("Weltweite
// Strahlkraft"), not a signature.
func proseFollows(blocks []hblock, i int) bool {
	return i+1 < len(blocks) && !blocks[i+1].noMeta && blocks[i+1].heading == 0 && len(blocks[i+1].text) >= minProseAfter
}

// minProseAfter is the length from which a block after a bold line is
// the story going on.
const minProseAfter = 80

// maxAfterStory is how many blocks after the chosen story's end a
// closing signature is looked for: the rest of a story split over
// sibling containers ("<div>…</div><div>…<p><b>Jane Doe</b></p></div>").
const maxAfterStory = 6

// afterStoryTags hold the paragraphs of a story's continuation.
var afterStoryTags = map[atom.Atom]bool{atom.P: true, atom.Div: true}

// signoffName returns the name a closing block gives alone: emphasized
// ("<b>Jane Doe</b>"), in parentheses ("(Jane Doe)"), or with an
// agency ("Jane Doe/dpa", "Jane Doe (dpa)").
func signoffName(b hblock) (string, bool) {
	t := strings.TrimSpace(b.text)
	if i := strings.LastIndexByte(t, '/'); i > 0 {
		if _, ok := lookupAgency(t[i+1:]); ok {
			name := strings.TrimSpace(t[:i])
			return name, looksLikeName(name)
		}
	}
	if rest, agency := cutParens(t); agency != "" {
		return rest, looksLikeName(rest)
	}
	if inner, ok := strings.CutPrefix(t, "("); ok && strings.HasSuffix(inner, ")") {
		inner = strings.TrimSuffix(inner, ")")
		return inner, looksLikeName(inner)
	}
	return t, looksLikeName(t) && emphasized(b.node)
}

// looksLikeName reports whether s is a person's name alone: two to four
// capitalised words, none of a desk or a site ("Jane Doe").
func looksLikeName(s string) bool {
	words := strings.Fields(s)
	return len(words) >= 2 && len(words) <= 4 && isPersonName(s) && allCapitalised(words) && !hasNonPersonWord(words)
}

// nameSegments keeps the segments of a date line that may be a name: no
// digits, no label ("Published: November 8, 2023 | Jane Doe").
func nameSegments(s string) string {
	var keep []string
	for _, seg := range bylineSegments(s) {
		if !strings.ContainsAny(seg, "0123456789:") {
			keep = append(keep, seg)
		}
	}
	return strings.Join(keep, " | ")
}

// allCapitalised reports whether every word starts with a capital.
func allCapitalised(words []string) bool {
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// emphasisTags set a whole paragraph apart as a signature.
var emphasisTags = map[atom.Atom]bool{atom.B: true, atom.Strong: true, atom.I: true, atom.Em: true}

// emphasized reports whether all of n's text is inside one bold or
// italic element.
func emphasized(n *html.Node) bool {
	if n == nil {
		return false
	}
	var only *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		case c.Type == html.ElementNode && only == nil:
			only = c
		default:
			return false
		}
	}
	return only != nil && (emphasisTags[only.DataAtom] || emphasized(only))
}

// pageLang reads <html lang>.
func pageLang(n *html.Node) string {
	if n.DataAtom == atom.Html {
		return attr(n, "lang")
	}
	return ""
}
