package parse

import (
	"reflect"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestClassKind(t *testing.T) {
	tests := []struct {
		names string
		want  pageKind
	}{
		{"comments-area", kindAside},
		{"related-articles", kindAside | kindKeep},
		{"sidebar", kindLayout},
		{"main-content-wrapper with-double-sidebar", kindLayout | kindKeep},
		{"article-header", kindWeak | kindKeep},
		{"byline", kindByline | kindWeak},
		{"artikel-autor", kindByline | kindWeak},
		{"post-date", kindDate | kindWeak},
		{"element-invisible", kindHidden},
		{"headline", kindHeadline},
		{"head shadow load", 0},                             // "ad" is a whole word only
		{"post hentry commented", 0},                        // a post that has comments
		{"article container has-recommendations", kindKeep}, // it has them, it is not them
		{"comments has-replies", kindAside},
		{"", 0},
	}
	for _, tt := range tests {
		if got := classKind(tt.names); got != tt.want {
			t.Errorf("classKind(%q) = %b, want %b", tt.names, got, tt.want)
		}
	}
}

// pageText parses a page and returns its scan.
func pageText(t *testing.T, src string) *pageScan {
	t.Helper()
	root, err := html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	return scanPage(root)
}

func TestMainBlocks(t *testing.T) {
	p := pageText(t, `<html><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<div class="layout with-sidebar"><div class="story">
<h1>Headline</h1>
<figure><img src="x.jpg"><figcaption>A caption that is long enough to look like prose, with commas, too.</figcaption></figure>
<p>First paragraph of the story, long enough to count as prose, with a comma.</p>
<p>Second paragraph of the story, also long enough, with more commas, here and there.</p>
<div class="share-bar"><a href="#">Share this story on every network you know of</a></div>
<p>Third paragraph, which ends the story, after a comma or two, as stories do.</p>
</div>
<div id="comments"><p>A reader's comment that is long, opinionated, and full of commas, alas.</p></div>
<ul class="related"><li><a href="/a">Another story with a long headline that is a link</a></li></ul>
</div></body></html>`)
	var got []string
	for _, b := range mainBlocks(p.blocks) {
		got = append(got, b.text)
	}
	want := []string{
		"Headline",
		"First paragraph of the story, long enough to count as prose, with a comma.",
		"Second paragraph of the story, also long enough, with more commas, here and there.",
		"Third paragraph, which ends the story, after a comma or two, as stories do.",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("mainBlocks:\n got %q\nwant %q", got, want)
	}
}

func TestScanPageMeta(t *testing.T) {
	p := pageText(t, `<html lang="de"><head><title>T | Site</title>
<meta property="og:title" content="T">
<meta name="twitter:label1" content="Verfasst von"><meta name="twitter:data1" content="Jane Doe">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"T"}</script>
<link rel="canonical" href="https://www.site.example/2021/03/12/t/">
</head><body>
<h1><span class="kicker">Kicker</span> <span>T</span><span class="sr-only"> | Site</span></h1>
<div class="comments"><span itemprop="author">Commenter Name</span><time datetime="2020-01-01">x</time></div>
<p class="byline">Von <a rel="author" href="/jd">Jane Doe</a></p>
</body></html>`)
	if p.lang != "de" || p.title != "T | Site" || len(p.jsonld) != 1 {
		t.Errorf("lang %q title %q jsonld %d", p.lang, p.title, len(p.jsonld))
	}
	var h1 hblock
	for _, b := range p.blocks {
		if b.heading == 1 {
			h1 = b
		}
	}
	if want := []string{"Kicker", "T", "| Site"}; !reflect.DeepEqual(h1.parts, want) {
		t.Errorf("h1 parts = %q, want %q", h1.parts, want)
	}
	pm := readPageMeta(p, nil)
	pm.addBylines(p)
	if names, _ := pm.chooseAuthors(); !reflect.DeepEqual(names, []string{"Jane Doe"}) {
		t.Errorf("authors = %q", names)
	}
	for _, b := range p.bylines {
		if strings.Contains(b.value, "Commenter") {
			t.Errorf("comment author read as a byline: %q", b.value)
		}
	}
	if d, _ := pm.choosePublished(); d != "2021-03-12" {
		t.Errorf("published = %q, want the URL's date", d)
	}
}

func TestDeclaredLatin1BeatsChineseGuess(t *testing.T) {
	// Windows-1252 bytes of German text, which also pass for GB18030.
	latin := []byte("<html><head><meta charset=\"windows-1252\"><title>T</title></head><body><p>Gr\xf6\xdfe \xc4rger \xfcber \xd6l, S\xfc\xdfes f\xfcr M\xe4dchen</p></body></html>")
	if d, _ := decodeText(latin, ""); d.enc != "windows-1252" {
		t.Errorf("declared windows-1252 decoded as %s", d.enc)
	}
	gbk := []byte("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body><p>\xd0\xc2\xbb\xaa\xc9\xe7</p></body></html>")
	if d, _ := decodeText(gbk, ""); !strings.Contains(d.text, "新华社") {
		t.Errorf("declared gb2312 gave %s %q", d.enc, d.text)
	}
}

func TestCharsetLabel(t *testing.T) {
	tests := map[string]string{
		`<meta charset="windows-1252">`:                                            "windows-1252",
		`<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">`: "ISO-8859-1",
		`<meta charset = 'gbk' >`:                                                  "gbk",
		`<p>no declaration</p>`:                                                    "",
	}
	for in, want := range tests {
		if got := charsetLabel([]byte(in)); got != want {
			t.Errorf("charsetLabel(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSignoffAndAuthorLink(t *testing.T) {
	root, _ := html.Parse(strings.NewReader(`<html><body><h1>Headline</h1>
<p>First paragraph of the story, long enough to count as prose for the picker.</p>
<p>Second paragraph of the story, long enough to count as prose for the picker.</p>
<p><b><i>Stefan Muster</i></b></p></body></html>`))
	p := scanPage(root)
	pm := readPageMeta(p, nil)
	pm.readSignoff(p.blocks, mainBlocks(p.blocks), 0)
	if names, _ := pm.chooseAuthors(); !reflect.DeepEqual(names, []string{"Stefan Muster"}) {
		t.Errorf("signoff authors = %q", names)
	}
	for href, want := range map[string]bool{
		"https://example.com/author/jane-doe/": true, "/autor/moritz-muster-21589": true,
		"https://example.com/authority/report": false, "/tag/author": false,
	} {
		if got := isAuthorLink(href); got != want {
			t.Errorf("isAuthorLink(%q) = %v, want %v", href, got, want)
		}
	}
}

func TestIsJSONLD(t *testing.T) {
	tests := []struct {
		typ, body string
		want      bool
	}{
		{"application/ld+json", `{"@type":"NewsArticle"}`, true},
		{"", ` {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "A"}`, true},
		{"", `[{"@context":"http://schema.org","@type":"Article"}]`, true},
		{"", `var x = {"@context": "https://schema.org"};`, false},
		{"", `{"config": {"theme": "dark"}}`, false},
		{"application/x-slickstream+json", `{"@context":"https://schema.org"}`, false},
		{"text/javascript", `{"@context":"https://schema.org"}`, false},
	}
	for _, tt := range tests {
		if got := isJSONLD(tt.typ, tt.body); got != tt.want {
			t.Errorf("isJSONLD(%q, %q) = %v, want %v", tt.typ, tt.body, got, tt.want)
		}
	}
	p := pageText(t, `<html><head><script>{"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": "2022-01-28T06:00:00+01:00"}</script></head><body><p>x</p></body></html>`)
	if len(p.jsonld) != 1 {
		t.Errorf("untyped schema.org script not read as JSON-LD: %q", p.jsonld)
	}
}

func TestInlineGap(t *testing.T) {
	p := pageText(t, `<html><body><div class="byline"><span class="by">By&nbsp;</span><a href="/people/jane-roe"><span>Jane Roe</span></a><span class="author-title">Staff Writer</span></div>
<p>Water<sup class="reference">[2]</sup> is <b>bold</b><i>ly</i> wet.</p></body></html>`)
	var got []string
	for _, b := range p.blocks {
		got = append(got, b.text)
	}
	want := []string{"By Jane Roe Staff Writer", "Water[2] is boldly wet."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("blocks = %q, want %q", got, want)
	}
}

func TestLeadDate(t *testing.T) {
	tests := []struct{ text, want string }{
		{"29.11.2022 – Mehrfach und vehement hatte die Branche die Nachteile des Gesetzes kritisiert, nun …", "2022-11-29"},
		{"Berlin, 27.1.2022 - Bei der Erinnerung an die Verfolgten des Regimes waren viele Opfer lange vergessen.", "2022-01-27"},
		{"Die Branche warnte am 29.11.2022 – vergeblich – vor dem Gesetz, das nun beschlossen ist, und …", ""},
		{"Am vergangenen Freitag hat die Bundesregierung den Gesetzentwurf beschlossen - ohne Änderungen.", ""},
	}
	for _, tt := range tests {
		if got := leadDate(tt.text, true); got != tt.want {
			t.Errorf("leadDate(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestSourceAgency(t *testing.T) {
	for in, want := range map[string]string{
		"新华网":       "Xinhua",
		"人民网－人民日报":  "People's Daily",
		"Xinhua":    "Xinhua",
		"本站原创":      "",
		"中国日报网/新华社": "Xinhua",
	} {
		if got := sourceAgency(in); got != want {
			t.Errorf("sourceAgency(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestStoryUnderFurnitureClasses(t *testing.T) {
	para := `<p>The council met on Tuesday to discuss the new budget for the coming year, and agreed on most points after a long debate.</p>
<p>Members said the library would keep its weekend hours, while the pool would close for repairs in the spring, as planned.</p>`
	for name, page := range map[string]string{
		"blog posts inside a date container": `<html><body><h1>Budget talks</h1><div class="date-outer"><div class="date-posts"><div class="post-body">` + para + `</div></div></div></body></html>`,
		"an article flagged for ads":         `<html><body><h1>Budget talks</h1><article class="article article-ad-marker"><div class="article-paragraphs">` + para + `</div></article></body></html>`,
	} {
		a, err := Parse("page.html", []byte(page), Options{Format: FormatHTML})
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Body) != 2 {
			t.Errorf("%s: body = %q, want the two paragraphs", name, a.Body)
		}
	}
}

func TestSplitStoryContinuations(t *testing.T) {
	col := func(text string) string {
		return `<div class="StoryBodyCompanionColumn"><div class="inner"><p>` + text + `</p></div><aside></aside></div>`
	}
	p := pageText(t, `<html><body><article><h1>Headline of the story</h1><section name="articleBody">`+
		col("The first paragraph of the story, long enough to be prose, with a comma, and another, and more.")+
		`<div class="story-ad"><p>Advertisement</p></div>`+
		col("The second part, after the advertisement, is the story too, with a comma.")+
		`<div class="author-bio-box"><p>Jane Doe is a reporter for the paper, covering health care, with commas.</p></div>`+
		`</section></article></body></html>`)
	var got []string
	for _, b := range mainBlocks(p.blocks) {
		got = append(got, b.text)
	}
	want := []string{
		"The first paragraph of the story, long enough to be prose, with a comma, and another, and more.",
		"The second part, after the advertisement, is the story too, with a comma.",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("mainBlocks:\n got %q\nwant %q", got, want)
	}
	// Containers with only an id are not alike: a feedback box beside the story.
	p = pageText(t, `<html><body><div><div id="story"><p>The story itself, long enough to be prose, with a comma, and another one.</p></div>`+
		`<div id="feedback"><p>Report an error in this story, with a comma, if you found one.</p></div></div></body></html>`)
	if got := mainBlocks(p.blocks); len(got) != 1 {
		t.Errorf("mainBlocks chose %d blocks beside an id-only sibling, want 1", len(got))
	}
}

func TestNameAttributes(t *testing.T) {
	p := pageText(t, `<div data-qa="RelatedArticles-Container"><p>Related</p></div>`+
		`<div data-component="byline-block"><span>Jane Doe</span></div>`+
		`<div data-area="body"><p>Story text.</p></div>`)
	want := map[string][2]bool{"Related": {true, true}, "Jane Doe": {true, false}, "Story text.": {false, false}}
	for _, b := range p.blocks {
		if w, ok := want[b.text]; ok && (b.noContent != w[0] || b.noMeta != w[1]) {
			t.Errorf("%q: noContent %v noMeta %v, want %v", b.text, b.noContent, b.noMeta, w)
		}
	}
	if len(p.bylines) != 1 || p.bylines[0].value != "Jane Doe" {
		t.Errorf("bylines = %v, want Jane Doe from data-component", p.bylines)
	}
}

func TestStyledParens(t *testing.T) {
	p := pageText(t, `<p><cite class="source__cite"><span class="source__location">Washington</span>
<span class="source__text">CNN</span></cite> — The Senate voted.</p><p><span class="source__text">Not in a cite</span></p>`)
	got := []string{p.blocks[0].text, p.blocks[1].text}
	want := []string{"Washington (CNN) — The Senate voted.", "Not in a cite"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("blocks = %q, want %q", got, want)
	}
}

func TestOutsideCredits(t *testing.T) {
	p := pageText(t, `<h1>上海发布新一轮楼市政策</h1><div class="byline">澎湃新闻记者 王琳 实习生 李佳</div><div>2024-01-30 11:25</div>
<div class="story"><p>1月30日，上海市住房城乡建设管理委员会等四部门联合发布通知，进一步优化调整本市房地产政策。</p></div>
<div class="article-footer"><p>责任编辑：陈斯斯</p><p>校对：张亮亮</p></div><div>澎湃新闻报料：021-962866</div>`)
	first := 3 // the story's one paragraph
	if !strings.HasPrefix(p.blocks[first].text, "1月30日") {
		t.Fatalf("block %d = %q, want the story", first, p.blocks[first].text)
	}
	before, after := outsideCredits(p.blocks, first, first, 0)
	var got []string
	for _, b := range append(before, after...) {
		got = append(got, b.text)
	}
	want := []string{"澎湃新闻记者 王琳 实习生 李佳", "责任编辑：陈斯斯", "校对：张亮亮"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("outsideCredits = %q, want %q", got, want)
	}
}
