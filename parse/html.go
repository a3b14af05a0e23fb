package parse

import (
	"bytes"
	"encoding/json"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
)

// htmlDeclaredEncoding returns the encoding a page declares in its first
// kilobytes (<meta charset>), if any.
func htmlDeclaredEncoding(src []byte) (encoding.Encoding, string) {
	e, name, certain := charset.DetermineEncoding(src[:min(len(src), 4096)], "text/html")
	if !certain && name == "windows-1252" {
		return nil, ""
	}
	return e, name
}

// htmlBlocks reads a page: metadata into doc.meta, and the paragraphs of
// its main content into doc.blocks.
func htmlBlocks(doc *document) error {
	root, err := html.Parse(strings.NewReader(doc.text))
	if err != nil {
		return &Error{File: doc.name, Msg: "malformed HTML: " + err.Error()}
	}
	q := goquery.NewDocumentFromNode(root)
	readMeta(q, &doc.meta)
	q.Find("script, style, noscript, nav, header, footer, aside, form, iframe, svg, figure, figcaption").Remove()
	scope := q.Find("article").First()
	if scope.Length() == 0 {
		scope = q.Find("body")
	}
	scope.Find("p, h1, h2, h3, li, pre").Each(func(_ int, s *goquery.Selection) {
		if s.Find("p").Length() > 0 {
			return
		}
		t := cleanSpace(s.Text())
		if t == "" {
			return
		}
		doc.blocks = append(doc.blocks, block{text: t, lines: []line{{text: t}}})
	})
	return nil
}

// readMeta collects headline candidates, authors and the published time.
func readMeta(q *goquery.Document, m *meta) {
	q.Find(`script[type="application/ld+json"]`).Each(func(_ int, s *goquery.Selection) {
		readJSONLD([]byte(s.Text()), m)
	})
	attr := func(sel, name string) string {
		v, _ := q.Find(sel).First().Attr(name)
		return cleanSpace(v)
	}
	for _, h := range []string{attr(`meta[property="og:title"]`, "content"), cleanSpace(q.Find("h1").First().Text()), cleanSpace(q.Find("title").First().Text())} {
		if h != "" {
			m.headlines = append(m.headlines, h)
		}
	}
	for _, sel := range []string{`meta[name="author"]`, `meta[property="article:author"]`, `meta[name="byline"]`, `meta[name="dc.creator"]`, `meta[name="parsely-author"]`, `meta[name="sailthru.author"]`} {
		if v := attr(sel, "content"); v != "" && len(m.authors) == 0 {
			m.authors = addNames(m.authors, splitNames(v)...)
		}
	}
	if m.published == "" {
		for _, v := range []string{attr(`meta[property="article:published_time"]`, "content"), attr(`meta[itemprop="datePublished"]`, "content"), attr("time[datetime]", "datetime")} {
			if p, t := parsePublished(v); p != "" {
				m.published, m.pubTime = p, t
				break
			}
		}
	}
}

// readJSONLD reads a JSON-LD block, looking for a news article inside
// @graph or a list too.
func readJSONLD(src []byte, m *meta) {
	var v any
	if err := json.Unmarshal(bytes.TrimSpace(src), &v); err != nil {
		return
	}
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 8 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			if g, ok := x["@graph"]; ok {
				visit(g, depth+1)
			}
			if !isArticleType(x["@type"]) {
				return
			}
			if h, ok := x["headline"].(string); ok && h != "" {
				m.headlines = append([]string{cleanSpace(h)}, m.headlines...)
			}
			if p, ok := x["datePublished"].(string); ok && m.published == "" {
				m.published, m.pubTime = parsePublished(p)
			}
			m.authors = addNames(m.authors, jsonLDNames(x["author"])...)
		}
	}
	visit(v, 0)
}

func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return strings.HasSuffix(x, "Article") || x == "BlogPosting" || x == "Report"
	case []any:
		for _, e := range x {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

// jsonLDNames reads author as a string, a Person, or a list of them.
func jsonLDNames(v any) []string {
	switch x := v.(type) {
	case string:
		return splitNames(x)
	case map[string]any:
		if t, _ := x["@type"].(string); t == "Organization" {
			return nil
		}
		if n, ok := x["name"].(string); ok {
			return splitNames(n)
		}
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, jsonLDNames(e)...)
		}
		return out
	}
	return nil
}
