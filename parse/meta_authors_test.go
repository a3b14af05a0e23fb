package parse

import (
	"reflect"
	"strings"
	"testing"
)

// storyParas is enough prose for the main-text picker to choose a story.
const storyParas = `<p>The council met on Tuesday to discuss the new budget for the coming year, and agreed on most points.</p>
<p>Members said the plan would be reviewed again in spring, once the figures for the winter were known.</p>
<p>A final vote is expected before the summer recess, according to the chair of the finance committee.</p>`

// pageReporters parses an HTML page and returns its reporters.
func pageReporters(t *testing.T, page string) []string {
	t.Helper()
	a, err := Parse("page.html", []byte(page), Options{Format: FormatHTML})
	if err != nil {
		t.Fatal(err)
	}
	return a.Reporters
}

func TestPageReporters(t *testing.T) {
	tests := []struct {
		name, head, body string
		want             []string
	}{
		{"author box in a footer-classed area",
			``, `<h1>Budget talks go on</h1>` + storyParas + `<div class="author-bio footer"><h3>Martin Muster</h3>
<p><a href="https://example.com/author/martin">Alles von Martin Muster</a></p></div>`,
			[]string{"Martin Muster"}},
		{"unlabelled author box in a sidebar",
			``, `<div class="sidebar"><div class="teaser-box author"><div class="title-small">Johanna Muster</div>
<div class="moreinfo"><a href="/search?author=johanna">Alle Artikel</a></div></div></div><h1>Budget talks go on</h1>` + storyParas,
			[]string{"Johanna Muster"}},
		{"sidebar boxes of different authors give none",
			``, `<h1>Budget talks go on</h1>` + storyParas + `<div class="sidebar"><div class="author">Jane Doe</div><div class="author">John Roe</div></div>`,
			nil},
		{"visible Von byline beats a differing declared author",
			`<meta name="author" content="Isabel Poster">`, `<h1>Budget talks go on</h1><p><strong>Von Matthias Schreiber</strong></p>` + storyParas,
			[]string{"Matthias Schreiber"}},
		{"visible byline agreeing with the declared author keeps it",
			`<meta name="author" content="Matthias Schreiber">`, `<h1>Budget talks go on</h1><p>Von M. Schreiber</p>` + storyParas,
			[]string{"Matthias Schreiber"}},
		{"visible byline with one more writer extends the declared one",
			`<meta name="author" content="Rudolf Muster">`, `<h1>Budget talks go on</h1><p>von Rudolf Muster, Simon Beispiel</p>` + storyParas,
			[]string{"Rudolf Muster", "Simon Beispiel"}},
		{"meta names both writers, JSON-LD one, the byline shows both",
			`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Budget talks go on","author":{"@type":"Person","name":"April Muster"}}</script>
<meta name="author" content="April Muster, Daniel Beispiel">`,
			`<h1>Budget talks go on</h1><div class="byline">By<br><a href="/author/april">April Muster</a><br><a href="/author/daniel">Daniel Beispiel</a></div>` + storyParas,
			[]string{"April Muster", "Daniel Beispiel"}},
		{"publisher in meta beside the writers is not added",
			`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Budget talks go on","author":{"@type":"Person","name":"April Muster"}}</script>
<meta name="author" content="April Muster, Condé Nast">`,
			`<h1>Budget talks go on</h1><div class="byline">By April Muster</div>` + storyParas,
			[]string{"April Muster"}},
		{"byline naming the site stops the search for one further down",
			`<meta property="og:site_name" content="Attac France">`,
			`<h1>Budget talks go on</h1><div class="author">, par Attac France</div>` + strings.Repeat(storyParas, 12) + `<div class="author">Jane Roe</div>`,
			nil},
		{"job title after a comma is no name",
			``, `<h1>Budget talks go on</h1><p>By Daniel Kahn Muster, Senior Staff Technologist, Speech, Privacy, and Technology Project</p>` + storyParas,
			[]string{"Daniel Kahn Muster"}},
		{"class-named section label beside an itemprop author",
			``, `<h1>Budget talks go on</h1><div class="author-section">Tech Industry</div><div><span itemprop="author">Steven Muster</span></div>` + storyParas,
			[]string{"Steven Muster"}},
		{"first name completed from the author box",
			`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Budget talks go on","author":{"@type":"Person","name":"Stefanus"}}</script>`,
			`<h1>Budget talks go on</h1><div class="author-info"><span>Stefanus</span></div>` + storyParas + `<div class="author-box"><p>Stefanus Muster - Maschinenbauer und Radfahrer.</p></div>`,
			[]string{"Stefanus Muster"}},
		{"personal site: a declared and shown name that is also the site's",
			`<meta property="og:site_name" content="Wolfgang Muster"><script type="application/ld+json">{"@type":"BlogPosting","headline":"Budget talks go on","author":{"@type":"Person","name":"Wolfgang Muster"}}</script>`,
			`<h1>Budget talks go on</h1><p>Von: Wolfgang Muster</p>` + storyParas,
			[]string{"Wolfgang Muster"}},
		{"site name in meta author alone stays out",
			`<meta property="og:site_name" content="Wolfgang Muster"><meta name="author" content="Wolfgang Muster">`,
			`<h1>Budget talks go on</h1>` + storyParas,
			nil},
	}
	for _, tt := range tests {
		page := "<html><head><title>Budget talks go on</title>" + tt.head + "</head><body>" + tt.body + "</body></html>"
		if got := pageReporters(t, page); !reflect.DeepEqual(got, tt.want) && !(len(got) == 0 && len(tt.want) == 0) {
			t.Errorf("%s: reporters = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestFullerName(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"Nils", "Nils Pickert ist freier Autor und Journalist.", "Nils Pickert"},
		{"Stefanus", "Stefanus Stahl - Maschinenbauer, Abenteurer", "Stefanus Stahl"},
		{"Nils", "Nils Muster Verlag GmbH", "Nils"},       // three capitalised words
		{"Nils", "Nils am 3. Mai", "Nils"},                // no surname
		{"Nils", "Nils Redaktion", "Nils"},                // a desk word
		{"Jane Doe", "Jane Doe Smith writes", "Jane Doe"}, // already full
	}
	for _, tt := range tests {
		if got := fullerName(tt.name, tt.text); got != tt.want {
			t.Errorf("fullerName(%q, %q) = %q, want %q", tt.name, tt.text, got, tt.want)
		}
	}
}

func TestCutRoleTail(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Jane Doe, Senior Staff Technologist, ACLU", "Jane Doe"},
		{"Jane Doe, Associated Press", "Jane Doe, Associated Press"},
		{"Jane Doe, John Roe", "Jane Doe, John Roe"},
		{"Jane Doe, Korrespondentin in Paris", "Jane Doe"},
	}
	for _, tt := range tests {
		if got := cutRoleTail(tt.in); got != tt.want {
			t.Errorf("cutRoleTail(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if names, _, _ := bylineNames("Alles von Martin Muster"); strings.Join(names, ";") != "Martin Muster" {
		t.Errorf("author-page link: names = %q", names)
	}
}

func TestHeadlineHomeLinkAndSplitSentence(t *testing.T) {
	tests := []struct{ page, want string }{
		{`<html><head><title>Evolve: Shared Mutable History — evolve extension for Mercurial</title></head><body>
<h1><a href="index.html"><span>evolve extension for Mercurial</span></a></h1>` + storyParas + `</body></html>`, "Evolve: Shared Mutable History"},
		{`<html><head><title>Welcome to Firefox Developer Edition</title></head><body>
<h1>Welcome to <span>Firefox Developer Edition</span></h1>` + storyParas + `</body></html>`, "Welcome to Firefox Developer Edition"},
		{`<html><head><title>Budget talks go on - Example News</title></head><body>
<h1><span>Chronik</span><span>Budget talks go on</span></h1>` + storyParas + `</body></html>`, "Budget talks go on"},
	}
	for _, tt := range tests {
		a, err := Parse("page.html", []byte(tt.page), Options{Format: FormatHTML})
		if err != nil {
			t.Fatal(err)
		}
		if a.Headline != tt.want {
			t.Errorf("headline = %q, want %q", a.Headline, tt.want)
		}
	}
	for href, want := range map[string]bool{"/": true, "index.html": true, "https://example.com/": true, "/2019/10/story.html": false, "": false} {
		if got := isHomeLink(href); got != want {
			t.Errorf("isHomeLink(%q) = %v, want %v", href, got, want)
		}
	}
}
