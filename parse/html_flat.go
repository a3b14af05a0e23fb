package parse

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// flatBreaks are the elements that end a paragraph when a page is read
// as a flat stream of tokens.
var flatBreaks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.Tr: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Article: true, atom.Section: true, atom.Blockquote: true, atom.Pre: true, atom.Td: true,
}

// flatSkip are the elements whose text is never story text.
var flatSkip = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true,
}

// htmlFlatBlocks reads a page that the tree builder refused (x/net/html
// gives up on more than 512 open elements) as a flat stream of tokens:
// text between block elements becomes paragraphs and the <title> a
// headline candidate. The page's structure is lost, so no main-content
// selection is made; a warning says so.
func htmlFlatBlocks(doc *document) {
	z := html.NewTokenizer(strings.NewReader(doc.text))
	var para strings.Builder
	skip, inTitle := 0, false
	flush := func() {
		if t := cleanSpace(para.String()); t != "" {
			doc.blocks = append(doc.blocks, block{text: t, lines: []line{{text: t}}})
		}
		para.Reset()
	}
	for {
		switch z.Next() {
		case html.ErrorToken:
			flush()
			doc.warnings = append(doc.warnings, "page too deeply nested for its structure; its text was read without it")
			return
		case html.TextToken:
			t := string(z.Text())
			switch {
			case inTitle:
				if h := cleanSpace(t); h != "" && len(doc.meta.headlines) == 0 {
					doc.meta.headlines = append(doc.meta.headlines, h)
				}
			case skip == 0:
				para.WriteString(t)
				para.WriteByte(' ')
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch {
			case flatSkip[a]:
				skip++
			case a == atom.Title:
				inTitle = true
			case flatBreaks[a]:
				flush()
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch {
			case flatSkip[a] && skip > 0:
				skip--
			case a == atom.Title:
				inTitle = false
			case flatBreaks[a]:
				flush()
			}
		}
	}
}
