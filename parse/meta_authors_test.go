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
		{"signature after the story's continuation in a sibling container",
			``, `<h1>Budget talks go on</h1><div class="a">` + storyParas + `</div><h2>In figures</h2><div class="b"><p>` +
				strings.Repeat("The second half of the report went on with the details of the plan. ", 2) + `</p><p><b><i>Stefan Muster</i></b></p></div><h2>Ticker</h2><ul><li>Other news</li></ul>`,
			[]string{"Stefan Muster"}},
		{"bold subheading followed by prose after the story is no signature",
			``, `<h1>Budget talks go on</h1><div class="a">` + storyParas + `</div><div class="b"><p><b>Weltweite Strahlkraft</b></p><p>` +
				strings.Repeat("The second half of the report went on with the details of the plan. ", 2) + `</p></div>`,
			nil},
		{"name in parentheses ends the story",
			``, `<h1>Budget talks go on</h1>` + storyParas + `<p>(Jane Muster)</p>`,
			[]string{"Jane Muster"}},
		{"name and agency end the story",
			``, `<h1>Budget talks go on</h1>` + storyParas + `<p>Jane Muster/dpa</p>`,
			[]string{"Jane Muster"}},
		{"a closing line with a slash and no agency is no signature",
			``, `<h1>Budget talks go on</h1>` + storyParas + `<p>Weiter/Zurück</p>`,
			nil},
		{"interview credit names both",
			``, `<h1>Budget talks go on</h1><p class="author">Richard David Muster im Gespräch mit Karin Beispiel</p>` + storyParas,
			[]string{"Richard David Muster", "Karin Beispiel"}},
		{"personal site: opener and author link give the site's name",
			`<link rel="canonical" href="https://heiko-muster.de/2019/budget">`,
			`<h1>Budget talks go on</h1><div class="byline">von <a href="https://heiko-muster.de/author/heiko/">Heiko</a></div>` + storyParas,
			[]string{"Heiko"}},
		{"personal site: the site's name in a byline with no author link stays out",
			`<link rel="canonical" href="https://heiko-muster.de/2019/budget">`,
			`<h1>Budget talks go on</h1><div class="byline">von Heiko</div>` + storyParas,
			nil},
		{"account name linked to its profile under the headline",
			``, `<h1>Budget talks go on</h1><div><a href="/user-uebersicht/?u=79003">MikeNils</a> 18.10.2019, 15:07 Uhr</div>` + storyParas,
			[]string{"MikeNils"}},
		{"a capitalised word linked to a user page is the site's own link",
			``, `<h1>Budget talks go on</h1><div><a href="/user/register">Registrieren</a></div>` + storyParas,
			nil},
		{"address box is no byline",
			``, `<h1>Budget talks go on</h1>` + storyParas + `<div class="author">Bundeshaus Ost<br>3003 Bern<br>Schweiz</div>`,
			nil},
		{"organisation initials declared as author",
			`<meta name="author" content="AgE">`, `<h1>Budget talks go on</h1>` + storyParas,
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
	for href, want := range map[string]bool{"/": true, "index.html": true, "https://example.com/": true, "/2019/10/story.html": false, "": false,
		"https://web.archive.org/web/20140226054445/http://www.example.com/": true, "https://web.archive.org/web/2014/http://example.com/2014/story.html": false} {
		if got := isHomeLink(href); got != want {
			t.Errorf("isHomeLink(%q) = %v, want %v", href, got, want)
		}
	}
}

func TestBylineNamesForms(t *testing.T) {
	tests := []struct {
		in, agency string
		want       []string
	}{
		{"Richard David Muster im Gespräch mit Karin Beispiel", "", []string{"Richard David Muster", "Karin Beispiel"}},
		{"Jane Doe in conversation with John Roe", "", []string{"Jane Doe", "John Roe"}},
		{"Jane Doe im Garten mit John Roe", "", nil}, // no interview credit: a sentence
		{"Text und Fotos: Jane Doe", "", []string{"Jane Doe"}},
		{"Text & Fotos: Jane Doe", "", []string{"Jane Doe"}},
		{"Mitarbeit: Jane Doe", "", nil}, // a contributor
		{"Jane Doe (dpa)", "dpa", []string{"Jane Doe"}},
		{"Von Jane Doe (Text) und John Roe (Fotos)", "", []string{"Jane Doe"}},
		{"Von Jane Doe (Berlin)", "", nil}, // an unknown note: left to the grammar, which refuses it
	}
	for _, tt := range tests {
		names, agency, _ := bylineNames(tt.in)
		names = personNames(names, nil, nameTrust{})
		if !reflect.DeepEqual(names, tt.want) && !(len(names) == 0 && len(tt.want) == 0) || agency != tt.agency {
			t.Errorf("bylineNames(%q) = %q, %q; want %q, %q", tt.in, names, agency, tt.want, tt.agency)
		}
	}
}

func TestPersonNamesDeskWords(t *testing.T) {
	sites := []string{"Chicago Tribune", "chicagotribune.com"}
	tests := []struct {
		name string
		keep bool
	}{
		{"Jörg Staff", true},             // a surname
		{"Staff Reporter", false},        // leads
		{"CNN Staff", false},             // after capitals
		{"News Staff", false},            // after a desk word
		{"Tribune Staff", false},         // after the site's name
		{"Die Tagespresse", false},       // an article opens a publication's name
		{"Dieter Muster", true},          //
		{"IT Finanzmagazin", false},      // a compound desk word
		{"Jane Blogger", true},           // "blogger" is no compound of "blog"
		{"Betty Muster Kitchens", false}, // a company's kitchen
	}
	for _, tt := range tests {
		got := personNames([]string{tt.name}, sites, nameTrust{})
		if (len(got) == 1) != tt.keep {
			t.Errorf("personNames(%q) = %q, keep %v", tt.name, got, tt.keep)
		}
	}
}

func TestInitialismAndPostalLine(t *testing.T) {
	for s, want := range map[string]bool{"AgE": true, "GfK": true, "Jo": false, "Anna": false, "HansEhrlich": false, "c1ph4": false} {
		if got := isInitialism(s); got != want {
			t.Errorf("isInitialism(%q) = %v", s, got)
		}
	}
	for s, want := range map[string]bool{
		"Bundeshaus Ost\n3003 Bern\nSchweiz": true, "Jane Doe\n10117 Berlin": true,
		"Von Jane Doe\n12.03.2020": false, "2020 Olympics recap from the desk": false, "Jane Doe\n2019 BERLIN": false,
	} {
		if got := hasPostalLine(s); got != want {
			t.Errorf("hasPostalLine(%q) = %v", s, got)
		}
	}
}

func TestCopyrightOwnerIsNoByline(t *testing.T) {
	tests := []struct {
		name, head, body string
		want             []string
	}{
		{"meta author is the copyright holder",
			`<meta name="author" content="Nala Lowenherz"><meta name="copyright" content="Nala Lowenherz">`,
			`<h1>Budget talks go on</h1>` + storyParas, nil},
		{"copyright holder shown in a byline",
			`<meta name="author" content="Nala Lowenherz"><meta name="copyright" content="Nala Lowenherz">`,
			`<h1>Budget talks go on</h1><p class="byline">By Nala Lowenherz</p>` + storyParas, []string{"Nala Lowenherz"}},
		{"copyright held by another",
			`<meta name="author" content="Jane Doe"><meta name="copyright" content="Example Media GmbH">`,
			`<h1>Budget talks go on</h1><div class="info">Jane Doe · 3 min</div>` + storyParas, []string{"Jane Doe"}},
		{"a declared author no reader sees",
			`<meta name="author" content="Jane Doe"><meta name="copyright" content="Example Media GmbH">`,
			`<h1>Budget talks go on</h1>` + storyParas, nil},
		{"a declared author the page shows in capitals",
			`<meta name="author" content="Jane Doe">`,
			`<h1>Budget talks go on</h1><p>By JANE DOE</p>` + storyParas, []string{"Jane Doe"}},
	}
	for _, tt := range tests {
		page := `<html lang="en"><head><title>Budget talks go on</title>` + tt.head + `</head><body>` + tt.body + `</body></html>`
		if got := pageReporters(t, page); !reflect.DeepEqual(got, tt.want) && !(len(got) == 0 && len(tt.want) == 0) {
			t.Errorf("%s: reporters = %q, want %q", tt.name, got, tt.want)
		}
	}
}
