package parse

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// hblock is one run of text on a page between block-level boundaries: a
// paragraph, a heading, a list item, a byline box.
type hblock struct {
	text    string
	parts   []string   // a heading's parts, when it has several: kicker, headline, subtitle
	node    *html.Node // the block-level element holding the text
	idx     int        // the block's index in the page's blocks
	linkLen int        // bytes of text inside links
	heading int        // 1–6 for h1–h6, 7 for other declared headlines, 0 otherwise
	// noContent marks text outside the story (navigation, captions,
	// share bars, page header); noMeta marks text that also says nothing
	// about this story (comments, related links, sidebars, footers).
	noContent, noMeta bool
	// layout marks text under a layout class ("with-sidebar") that may
	// or may not hold the story: left out unless nothing else is found.
	layout bool
}

// metaTag is one <meta> tag: its name, property or itemprop, lower-cased,
// and its content.
type metaTag struct {
	key, value string
}

// pageScan is what one walk over the tree collects.
type pageScan struct {
	title   string
	lang    string // <html lang>
	metas   []metaTag
	jsonld  []string
	links   []metaTag // <link rel> and their href ("canonical", ...)
	blocks  []hblock
	bylines []sourced // text of author elements (itemprop, rel, class)
	// layoutBylines are author elements in sidebars and page footers.
	layoutBylines []sourced
	dates         []sourced // datetime attributes and text of date elements
	// lateDates are dates marked up in comments, related links and page
	// footers: a last resort.
	lateDates []sourced
	cur       strings.Builder
	curNode   *html.Node
	curLink   int
	curHead   int
	curFlags  walkFlags
	cellSep   bool                // a cell has begun: its text, if any, needs a separator
	kinds     map[string]pageKind // classKind of each class or id string seen
}

// sourced is a value found on a page and where it came from ("json-ld",
// "meta:author", "byline-element"), so that callers can rank by trust.
type sourced struct {
	value string
	from  string
	at    int // for elements and visible lines: the index of the block they stand at
}

// walkFlags is the context of a node during the walk.
type walkFlags struct {
	noContent, noMeta, layout, inLink bool
	heading                           int
	// joinRow marks the cells of a table row read as one line; cell, the
	// inside of one such cell.
	joinRow, cell bool
}

// skippedTags hold no readable text; the walk does not enter them.
var skippedTags = map[atom.Atom]bool{
	atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true,
	atom.Iframe: true, atom.Object: true, atom.Canvas: true, atom.Select: true,
	atom.Button: true, atom.Textarea: true, atom.Input: true, atom.Math: true,
	atom.Video: true, atom.Audio: true, atom.Map: true,
}

// blockTags end a run of text: the text before and inside them are
// separate blocks.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true,
	atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Table: true,
	atom.Tr: true, atom.Td: true, atom.Th: true, atom.Blockquote: true,
	atom.Pre: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Header: true, atom.Footer: true, atom.Nav: true, atom.Aside: true,
	atom.Figure: true, atom.Figcaption: true, atom.Form: true, atom.Br: true,
	atom.Hr: true, atom.Address: true, atom.Body: true, atom.Center: true,
	atom.Fieldset: true, atom.Details: true, atom.Summary: true, atom.Caption: true,
}

// scanPage walks the tree once and collects metadata and text blocks.
func scanPage(root *html.Node) *pageScan {
	p := &pageScan{kinds: make(map[string]pageKind)}
	p.walk(root, walkFlags{})
	p.flush()
	return p
}

// walk visits n and its children in document order.
func (p *pageScan) walk(n *html.Node, f walkFlags) {
	switch n.Type {
	case html.TextNode:
		p.text(n.Data, f)
		return
	case html.ElementNode:
		prev := p.curNode
		part := f.heading > 0 && headingPartTags[n.DataAtom]
		if !p.element(n, &f) {
			return
		}
		if f.heading == 0 && !blockTags[n.DataAtom] && n.DataAtom != atom.Sup && n.DataAtom != atom.Sub {
			p.inlineGap(n)
		}
		p.partBreak(part)
		wrap := n.DataAtom == atom.Span && n.Parent != nil && n.Parent.DataAtom == atom.Cite && styledParens(n)
		if wrap {
			p.text("(", f)
		}
		p.children(n, f)
		if wrap {
			p.text(")", f)
		}
		p.partBreak(part)
		if blockTags[n.DataAtom] && !(f.cell && cellTags[n.DataAtom]) {
			p.flush()
			p.curNode = prev
		}
	case html.DocumentNode:
		p.children(n, f)
	}
}

// inlineGap separates two sibling inline elements that each carry their
// own class, as style sheets show them apart: the name and the title of
// <a><span>Evan Halper</span></a><span class="author-title">Staff Writer</span>.
func (p *pageScan) inlineGap(n *html.Node) {
	prev := n.PrevSibling
	if prev == nil || prev.Type != html.ElementNode || attr(n, "class") == "" || p.cur.Len() == 0 {
		return
	}
	if s := p.cur.String(); !strings.ContainsRune(" \t\n\r", rune(s[len(s)-1])) && !strings.HasSuffix(s, "\u00a0") {
		p.cur.WriteByte(' ')
	}
}

// children walks n's children.
func (p *pageScan) children(n *html.Node, f walkFlags) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		p.walk(c, f)
	}
}

// partMark separates the parts of a heading in the text buffer.
const partMark = '\x1f'

// headingPartTags, inside a heading, hold a part of it: a kicker, the
// headline, a subtitle ("<h1><span>Kicker</span><span>Headline</span></h1>").
var headingPartTags = map[atom.Atom]bool{
	atom.Span: true, atom.Div: true, atom.P: true, atom.Small: true, atom.Br: true,
}

// partBreak ends a heading part when the walk enters or leaves one.
func (p *pageScan) partBreak(part bool) {
	if part && p.cur.Len() > 0 {
		p.cur.WriteByte(partMark)
	}
}

// text adds a text node to the current block.
func (p *pageScan) text(s string, f walkFlags) {
	if p.cur.Len() == 0 {
		if strings.TrimSpace(s) == "" {
			return
		}
		p.curFlags = f
		p.curHead = f.heading
	}
	if p.cellSep && strings.TrimSpace(s) != "" {
		p.cur.WriteString(cellSep)
		p.cellSep = false
	}
	if f.inLink {
		p.curLink += len(s)
	}
	p.cur.WriteString(s)
}

// flush ends the current block.
func (p *pageScan) flush() {
	if p.cur.Len() == 0 {
		return
	}
	raw := p.cur.String()
	var parts []string
	if p.curHead > 0 && strings.IndexByte(raw, partMark) >= 0 {
		for _, part := range strings.Split(raw, string(partMark)) {
			if part = cleanSpace(part); part != "" {
				parts = append(parts, part)
			}
		}
		raw = strings.ReplaceAll(raw, string(partMark), " ")
	}
	if t := cleanSpace(raw); t != "" {
		if len(parts) < 2 {
			parts = nil
		}
		p.blocks = append(p.blocks, hblock{text: t, parts: parts, node: p.curNode, idx: len(p.blocks), linkLen: p.curLink, heading: p.curHead,
			noContent: p.curFlags.noContent, noMeta: p.curFlags.noMeta, layout: p.curFlags.layout})
	}
	p.cur.Reset()
	p.curLink = 0
	p.cellSep = false
}

// element handles an element's own information and updates the context
// for its children; it returns false when the walk must not enter it.
func (p *pageScan) element(n *html.Node, f *walkFlags) bool {
	switch n.DataAtom {
	case atom.Script:
		if n.FirstChild != nil && isJSONLD(attr(n, "type"), n.FirstChild.Data) {
			p.jsonld = append(p.jsonld, n.FirstChild.Data)
		}
		return false
	case atom.Title:
		if p.title == "" && n.FirstChild != nil && !f.inLink {
			p.title = cleanSpace(nodeText(n, 1000))
		}
		return false
	case atom.Meta:
		p.meta(n)
		return false
	case atom.Link:
		if rel, href := attr(n, "rel"), attr(n, "href"); rel != "" && href != "" {
			p.links = append(p.links, metaTag{strings.ToLower(rel), href})
		}
		return false
	case atom.A:
		f.inLink = true
	case atom.Html:
		p.lang = pageLang(n)
	case atom.Time:
		if d := attr(n, "datetime"); d != "" && !f.noMeta && !f.layout {
			p.dates = append(p.dates, sourced{d, timeSource(n), len(p.blocks)})
		} else if d != "" {
			p.lateDates = append(p.lateDates, sourced{d, "time-aside", len(p.blocks)})
		}
	}
	if skippedTags[n.DataAtom] || hidden(n) {
		return false
	}
	if (blockTags[n.DataAtom] || classifiedInline[n.DataAtom]) && !p.classify(n, f) {
		return false
	}
	switch {
	case n.DataAtom == atom.Tr:
		f.joinRow = shortCells(n)
	case f.joinRow && cellTags[n.DataAtom]:
		f.joinRow, f.cell = false, true
		p.cellSep = p.cur.Len() > 0
		return true
	}
	if blockTags[n.DataAtom] && n.DataAtom != atom.Br && n.DataAtom != atom.Hr {
		p.flush()
		p.curNode = n
	}
	return true
}

// isJSONLD reports whether a script of the given type holds JSON-LD:
// typed "application/ld+json", or untyped with a schema.org object,
// <script>{"@context": "https://schema.org", "@type": "NewsArticle", …}</script>.
func isJSONLD(typ, body string) bool {
	if strings.Contains(strings.ToLower(typ), "ld+json") {
		return true
	}
	if strings.TrimSpace(typ) != "" {
		return false
	}
	body = strings.TrimLeft(body, " \t\r\n")
	if !strings.HasPrefix(body, "{") && !strings.HasPrefix(body, "[") {
		return false
	}
	head := body[:min(len(body), 200)]
	return strings.Contains(head, `"@context"`) && strings.Contains(head, "schema.org")
}

// cellTags are a table row's cells.
var cellTags = map[atom.Atom]bool{atom.Td: true, atom.Th: true}

// cellSep separates the cells of a row read as one line:
// "Laufzeit | 36 Monate | 2,0 %".
const cellSep = " | "

// Rows whose cells hold at most maxCellNodes nodes and no block element
// read as one line; larger cells lay out a page.
const maxCellNodes = 40

// shortCells reports whether a table row has two or more cells of a few
// words each, with no block element inside: a row of data, not layout.
func shortCells(tr *html.Node) bool {
	cells := 0
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if !cellTags[c.DataAtom] || !inlineOnly(c, maxCellNodes) {
			return false
		}
		cells++
	}
	return cells >= 2
}

// inlineOnly reports whether n holds no block element among its first
// budget descendants, and no more than budget of them.
func inlineOnly(n *html.Node, budget int) bool {
	var visit func(*html.Node) bool
	visit = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if budget--; budget < 0 || c.Type == html.ElementNode && blockTags[c.DataAtom] {
				return false
			}
			if !visit(c) {
				return false
			}
		}
		return true
	}
	return visit(n)
}

// classifiedInline are the inline elements whose class, id and
// microdata are read (block elements always are).
var classifiedInline = map[atom.Atom]bool{atom.Span: true, atom.A: true, atom.Time: true, atom.Small: true, atom.Em: true, atom.Strong: true, atom.B: true, atom.I: true}

// timeSource names a <time> element's trust: "time-pubdate" when it says
// it is the publication time, "time" otherwise.
func timeSource(n *html.Node) string {
	if hasAttr(n, "pubdate") || strings.Contains(strings.ToLower(attr(n, "itemprop")+attr(n, "class")), "publish") {
		return "time-pubdate"
	}
	return "time"
}

// meta records a <meta> tag under its name, property or itemprop.
func (p *pageScan) meta(n *html.Node) {
	content := attr(n, "content")
	if content == "" {
		return
	}
	for _, k := range []string{"property", "name", "itemprop"} {
		if key := attr(n, k); key != "" {
			p.metas = append(p.metas, metaTag{strings.ToLower(strings.TrimSpace(key)), content})
		}
	}
}

// classify reads an element's class, id, itemprop and rel: what part of
// the page it is (classRules) and whether it names an author or a date.
func (p *pageScan) classify(n *html.Node, f *walkFlags) bool {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		f.heading = int(n.Data[1] - '0')
	}
	var class, id, prop, rel string
	var kind pageKind
	for _, a := range n.Attr {
		switch a.Key {
		case "role":
			kind |= roleKinds[strings.ToLower(a.Val)]
		case "class":
			class = a.Val
		case "id":
			id = a.Val
		case "itemprop", "property": // microdata, or RDFa: property="schema:dateCreated"
			prop = strings.TrimPrefix(strings.ToLower(a.Val), "schema:")
		case "rel":
			rel = strings.ToLower(a.Val)
		default:
			if nameAttrs[a.Key] {
				kind |= p.kindOf(a.Val)
			}
		}
	}
	kind |= p.kindOf(class) | p.kindOf(id)
	kind |= tagKinds[n.DataAtom]
	if prop == "headline" || f.heading == 0 && kind&kindHeadline != 0 {
		f.heading = 7
	}
	kind &^= kindHeadline
	if kind&kindHidden != 0 {
		f.noContent = true
	}
	switch n.DataAtom {
	case atom.Main:
		// The page's main part: the classes of wrappers around it
		// ("ads-helper", "with-sidebar") do not apply inside.
		kind = 0
		f.noContent, f.noMeta, f.layout = false, false, false
	case atom.Body:
		kind = 0
	case atom.Article:
		kind &= kindAside
	}
	if !f.noMeta && kind&kindAside == 0 && (f.layout || kind&kindLayout != 0) {
		p.noteLayoutByline(n, kind, prop, rel)
	}
	switch {
	case !f.noMeta && !f.layout && kind&(kindAside|kindLayout) == 0:
		p.noteMeta(n, kind, prop, rel)
	case prop == "datepublished" || prop == "datecreated":
		p.lateDates = append(p.lateDates, sourced{propValue(n), "itemprop-aside", len(p.blocks)})
	}
	applyKind(kind, f)
	return true
}

// kindOf classifies a class or id attribute, once per distinct value.
func (p *pageScan) kindOf(names string) pageKind {
	if names == "" {
		return 0
	}
	k, ok := p.kinds[names]
	if !ok {
		k = classKind(strings.ToLower(names))
		p.kinds[names] = k
	}
	return k
}

// noteMeta records author and date elements.
func (p *pageScan) noteMeta(n *html.Node, kind pageKind, prop, rel string) {
	at := len(p.blocks)
	switch {
	case prop == "author" || prop == "creator":
		p.bylines = append(p.bylines, sourced{authorPropText(n), "itemprop", at})
	case rel == "author":
		p.bylines = append(p.bylines, sourced{nodeText(n, 300), "rel-author", at})
	case kind&kindByline != 0:
		p.bylines = append(p.bylines, sourced{nodeText(n, 300), "byline-element", at})
	case n.DataAtom == atom.A && isAuthorLink(attr(n, "href")):
		p.bylines = append(p.bylines, sourced{nodeText(n, 300), "author-link", at})
	case n.DataAtom == atom.A && isUserLink(attr(n, "href")):
		p.bylines = append(p.bylines, sourced{nodeText(n, 100), "user-link", at})
	}
	switch {
	case prop == "datepublished" || prop == "datecreated":
		p.dates = append(p.dates, sourced{propValue(n), "itemprop", at})
	case kind&kindDate != 0:
		p.dates = append(p.dates, sourced{nodeText(n, 200), "date-element", at})
	}
}

// noteLayoutByline records an author element under a layout class, or
// with one of its own: an author box in a sidebar or the page footer
// (<div class="author-bio footer"><h3>Jane Doe</h3>…</div>), read only
// when nothing else names the author.
func (p *pageScan) noteLayoutByline(n *html.Node, kind pageKind, prop, rel string) {
	if kind&kindByline != 0 || prop == "author" || rel == "author" || n.DataAtom == atom.A && isAuthorLink(attr(n, "href")) {
		p.layoutBylines = append(p.layoutBylines, sourced{nodeText(n, 300), "layout-byline", len(p.blocks)})
	}
}

// authorPathParts, in a link's path, lead to an author's page (the
// WordPress and CMS convention): <a href="/author/jane-doe/">Jane Doe</a>.
var authorPathParts = []string{
	"/author/",     // "https://example.com/author/jane-doe/"
	"/authors/",    // "/authors/jane-doe"
	"/autor/",      // German: "/autor/moritz-pieczewski-freimuth-21589"
	"/autoren/",    // German: "/autoren/jane-doe"
	"/autorin/",    // German: "/autorin/jane-doe"
	"/auteur/",     // French: "/auteur/jean-dupont"
	"/auteurs/",    // French: "/auteurs/jean-dupont"
	"/journalist/", // "/journalist/jane-doe"
}

// userPathParts, in a link's path, lead to a member's profile: near the
// headline its text is the account that posted the page, read only when
// it is an account name (<a href="/user-uebersicht/?u=79">MikeNils</a>).
var userPathParts = []string{
	"/user/",     // "https://example.com/user/308"
	"/users/",    // "/users/jdoe"
	"/user-",     // "/user-uebersicht/?u=79003"
	"/profile/",  // "/profile/jdoe"
	"/profil/",   // German: "/profil/jdoe"
	"/benutzer/", // German: "/benutzer/jdoe"
}

// isUserLink reports whether href leads to a member's profile page.
func isUserLink(href string) bool {
	href = strings.ToLower(href)
	for _, part := range userPathParts {
		if strings.Contains(href, part) {
			return true
		}
	}
	return false
}

// isAuthorLink reports whether href leads to an author's page.
func isAuthorLink(href string) bool {
	if len(href) < 8 {
		return false
	}
	href = strings.ToLower(href)
	for _, part := range authorPathParts {
		if strings.Contains(href, part) {
			return true
		}
	}
	return false
}

// propValue reads a microdata or RDFa value: content, datetime, or text.
func propValue(n *html.Node) string {
	if v := attr(n, "content"); v != "" {
		return v
	}
	if v := attr(n, "datetime"); v != "" {
		return v
	}
	return nodeText(n, 200)
}

// authorPropText reads an itemprop=author element: its nested
// itemprop=name, its content attribute, or its text.
func authorPropText(n *html.Node) string {
	if v := attr(n, "content"); v != "" {
		return v
	}
	if name := findProp(n, "name", 4); name != nil {
		if v := attr(name, "content"); v != "" {
			return v
		}
		return nodeText(name, 300)
	}
	return nodeText(n, 300)
}

// findProp finds a descendant with the given itemprop, depth levels down at most.
func findProp(n *html.Node, prop string, depth int) *html.Node {
	if depth == 0 {
		return nil
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if strings.EqualFold(attr(c, "itemprop"), prop) {
			return c
		}
		if d := findProp(c, prop, depth-1); d != nil {
			return d
		}
	}
	return nil
}

// attr returns n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// hidden reports whether an element is hidden from readers.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "style":
			s := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// nodeText returns the text under n, white space collapsed, stopping after
// about limit bytes. Scripts and styles are left out; block boundaries
// become a line break so that callers can cut at them.
func nodeText(n *html.Node, limit int) string {
	var sb strings.Builder
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil && sb.Len() < limit; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				sb.WriteString(c.Data)
			case c.Type == html.ElementNode && !skippedTags[c.DataAtom] && c.DataAtom != atom.Script:
				if blockTags[c.DataAtom] {
					sb.WriteByte('\n')
				}
				visit(c)
				if blockTags[c.DataAtom] {
					sb.WriteByte('\n')
				}
			}
		}
	}
	visit(n)
	return cleanLines(sb.String())
}

// cleanLines collapses white space inside each line and drops empty lines.
func cleanLines(s string) string {
	if !strings.Contains(s, "\n") {
		return cleanSpace(s)
	}
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = cleanSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
