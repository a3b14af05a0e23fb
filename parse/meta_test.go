package parse

import (
	"reflect"
	"testing"
	"time"
)

func TestFindDate(t *testing.T) {
	tests := []struct {
		in       string
		dayFirst bool
		want     string
	}{
		{"Source: Xinhua| 2018-01-23 14:26:48|Editor: pengying", true, "2018-01-23T14:26:48"},
		{"Von Jane Doe | 19.10.2019, 10:04 Uhr", true, "2019-10-19"},
		{"19. Oktober 2019", true, "2019-10-19"},
		{"Published October 19, 2019", true, "2019-10-19"},
		{"19 de octubre de 2019", true, "2019-10-19"},
		{"2019年10月19日 08:30", true, "2019-10-19T08:30:00"},
		{"03/04/2019", true, "2019-04-03"},
		{"03/04/2019", false, "2019-03-04"},
		{"13/04/2019", false, "2019-04-13"},
		{"/2019/10/18/story-slug", true, "2019-10-18"},
		{"Version 1.2.3", true, ""},
		{"31.02.2019", true, ""},
		{"© 1999-2021 Example", true, ""},
		{"no date here", true, ""},
	}
	for _, tt := range tests {
		if got, _ := findDate(tt.in, tt.dayFirst); got != tt.want {
			t.Errorf("findDate(%q, %v) = %q, want %q", tt.in, tt.dayFirst, got, tt.want)
		}
	}
}

func TestParsePublished(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2018-01-23T14:26:48+08:00", "2018-01-23T14:26:48+08:00"},
		{"2018-01-23T14:26:48.123Z", "2018-01-23T14:26:48Z"},
		{"2018-01-23T14:26:48+0800", "2018-01-23T14:26:48+08:00"},
		{"2018-01-23 14:26:48", "2018-01-23T14:26:48"},
		{"2018-01-23", "2018-01-23"},
		{"20180123", "2018-01-23"},
		{"Tue, 23 Jan 2018 14:26:48 +0800", "2018-01-23T14:26:48+08:00"},
		{"23. Januar 2018", "2018-01-23"},
		{"yesterday", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got, _ := parsePublished(tt.in); got != tt.want {
			t.Errorf("parsePublished(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestReadInfoLine(t *testing.T) {
	tests := []struct {
		in     string
		want   infoLine
		wantOK bool
	}{
		{"Source: Xinhua| 2018-01-23 14:26:48|Editor: pengying",
			infoLine{source: "Xinhua", editor: "pengying", published: "2018-01-23T14:26:48+08:00"}, true},
		{"2019-12-05 10:30:12　来源：新华网　作者：王明　责任编辑：李华",
			infoLine{source: "新华网", author: "王明", editor: "李华", published: "2019-12-05T10:30:12+08:00"}, true},
		{"来源：中新网 编辑：赵六", infoLine{source: "中新网", editor: "赵六"}, true},
		{"Source: Reuters | 2019-10-18 10:00", infoLine{source: "Reuters", published: "2019-10-18T10:00:00"}, true},
		{"The opposition called it an open source: nothing was hidden from view.", infoLine{}, false},
		{"2019-12-05 10:30:12", infoLine{}, false},
	}
	for _, tt := range tests {
		got, ok := readInfoLine(tt.in)
		got.pubTime = tt.want.pubTime
		if ok != tt.wantOK || got != tt.want {
			t.Errorf("readInfoLine(%q) = %+v, %v; want %+v, %v", tt.in, got, ok, tt.want, tt.wantOK)
		}
	}
}

func TestBylineNames(t *testing.T) {
	tests := []struct {
		in         string
		names      []string
		agency     string
		isPrefixed bool
	}{
		{"By Jane Doe and John Roe, Associated Press", []string{"Jane Doe", "John Roe"}, "AP", true},
		{"By JAMIE STENGLE and ACACIA CORONADO, Associated Press", []string{"JAMIE STENGLE", "ACACIA CORONADO"}, "AP", true},
		{"Von Jane Doe | 19.10.2019, 10:04 Uhr", []string{"Jane Doe"}, "", true},
		{"yas! | By Cara Stiles | Apr 13, 2020", []string{"Cara Stiles"}, "", true},
		{"Posted by Konstantin 21.10.2019", []string{"Konstantin"}, "", true},
		{"Text von Christian Seiler Illustration von Markus Roost", []string{"Christian Seiler"}, "", true},
		{"Von FOCUS-Online-Experte Robin Tschöpe", []string{"Robin Tschöpe"}, "", true},
		{"Williams Perdomo @wperdomod", []string{"Williams Perdomo"}, "", false},
		{"Jane Doe\nChefredakteurin", []string{"Jane Doe"}, "", false},
		{"Von Mat\u00adthi\u00adas Lauerer", []string{"Matthias Lauerer"}, "", true},
		{"Foto: John Roe", nil, "", false},
		{"19.10.2019", nil, "", false},
		{"ByAlex Bozarjian", []string{"Alex Bozarjian"}, "", true},              // two spans, no space
		{"Byron Smith", []string{"Byron Smith"}, "", false},                     // not "By ron Smith"
		{"By\nApril Roach\n01 October 2020", []string{"April Roach"}, "", true}, // opener on its own line
		{"Pressemitteilung\nvon Katja Kipping", []string{"Katja Kipping"}, "", true},
		{"Author: Gàbor Muniér, Datum: 03.Mär.19", []string{"Gàbor Muniér"}, "", true},
		{"erstellt von Dominique Muster", []string{"Dominique Muster"}, "", true},
		{"© 1995-2020\nGrupa WP", nil, "", false},
		{"Gasthaus Adler\nFamilie Muster\ninfo@adler.example", nil, "", false},
		{"Hinweis: Wenn Sie dieses Video abspielen, erfolgt eine Datenübertragung an Dritte", nil, "", false},
	}
	for _, tt := range tests {
		names, agency, prefixed := bylineNames(tt.in)
		if !reflect.DeepEqual(names, tt.names) || agency != tt.agency || prefixed != tt.isPrefixed {
			t.Errorf("bylineNames(%q) = %q, %q, %v; want %q, %q, %v", tt.in, names, agency, prefixed, tt.names, tt.agency, tt.isPrefixed)
		}
	}
}

func TestIsUserName(t *testing.T) {
	for s, want := range map[string]bool{
		"jesusfreak": true, "c1ph4": true, "HansEhrlich": true, "Bo2man": true, "e_seppelt": true,
		"Jane": false, "GNB": false, "vor": false, "wordpressadmin": false, "-_Helix_-": false,
		"wiki.example.de": false, "Jane Doe": false, "redaktion": false,
	} {
		if got := isUserName(s); got != want {
			t.Errorf("isUserName(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestBylineUserName(t *testing.T) {
	tests := map[string]string{
		"Author: Bo2man am 29.12.2010, 13:36 Uhr": "Bo2man",
		"von eseppelt · 31. Oktober 2023":         "eseppelt",
		"https://example.com/author/jane-doe/":    "",
		"Von Jane Doe":                            "",
	}
	for in, want := range tests {
		if got := bylineUserName(in); got != want {
			t.Errorf("bylineUserName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestChooseAuthorsNearHeadline(t *testing.T) {
	pm := &pageMeta{anchor: 40, authors: []sourced{
		{"Von Clara Teaser", "byline-element", 3}, // teasers above the story
		{"Von Hilde Teaser", "byline-element", 5},
		{"Von Max Teaser", "byline-element", 7},
		{"Von Lisa Story", "by-line", 41},
	}}
	if names, _ := pm.chooseAuthors(); !reflect.DeepEqual(names, []string{"Lisa Story"}) {
		t.Errorf("authors = %q, want the byline under the headline", names)
	}
	pm = &pageMeta{anchor: 10, authors: []sourced{{"fhaacker", "json-ld-person", -1}}}
	if names, _ := pm.chooseAuthors(); names != nil {
		t.Errorf("a login in JSON-LD alone gave %q", names)
	}
	pm.authors = append(pm.authors, sourced{"Rezept von fhaacker", "byline-element", 12})
	if names, _ := pm.chooseAuthors(); !reflect.DeepEqual(names, []string{"fhaacker"}) {
		t.Errorf("a login the page shows gave %q", names)
	}
}

func TestChoosePublishedZone(t *testing.T) {
	tests := []struct {
		lang, url, date, want string
	}{
		{"de", "https://example.de/a", "2022-11-06T23:00:00Z", "2022-11-07T00:00:00+01:00"},         // winter: CET
		{"de-DE", "", "2019-06-30T22:30:00+00:00", "2019-07-01T00:30:00+02:00"},                     // summer: CEST
		{"es", "https://www.example.com.ar/x", "2022-05-04T00:25:56Z", "2022-05-03T21:25:56-03:00"}, // country by domain
		{"en-US", "https://example.com/2023/11/08/story/", "2023-11-09T05:30:59Z", "2023-11-08"},    // the URL's local date
		{"en", "https://example.com/story", "2023-11-09T05:30:59Z", "2023-11-09T05:30:59Z"},         // no zone known
	}
	for _, tt := range tests {
		pm := &pageMeta{lang: tt.lang, dates: []sourced{{tt.date, "json-ld", -1}}}
		if tt.url != "" {
			pm.urls = []string{tt.url}
			if d, _ := findDate(urlPath(tt.url), true); d != "" {
				pm.dates = append(pm.dates, sourced{d, "url", -1})
			}
		}
		if got, _ := pm.choosePublished(); got != tt.want {
			t.Errorf("choosePublished(%s, %s, %s) = %q, want %q", tt.lang, tt.url, tt.date, got, tt.want)
		}
	}
}

func TestInEUSummer(t *testing.T) {
	tests := map[string]bool{
		"2022-03-27T00:59:00Z": false, "2022-03-27T01:00:00Z": true, // last Sunday of March, 01:00 UTC
		"2022-10-30T00:59:00Z": true, "2022-10-30T01:00:00Z": false, // last Sunday of October
		"2022-01-15T12:00:00Z": false, "2022-07-15T12:00:00Z": true,
	}
	for s, want := range tests {
		tm, _ := time.Parse(time.RFC3339, s)
		if got := inEUSummer(tm); got != want {
			t.Errorf("inEUSummer(%s) = %v, want %v", s, got, want)
		}
	}
}

func TestPersonNames(t *testing.T) {
	sites := []string{"Riverside Gazette", "giga.de", "giga"}
	tests := []struct {
		in    []string
		trust nameTrust
		want  []string
	}{
		{[]string{"Jane Doe", "John Roe"}, nameTrust{}, []string{"Jane Doe", "John Roe"}},
		{[]string{"Riverside Gazette", "GIGA.DE"}, nameTrust{single: true}, nil},
		{[]string{"Staff", "Redaktion", "BBC News", "Super User"}, nameTrust{single: true}, nil},
		{[]string{"Tobi"}, nameTrust{single: true}, []string{"Tobi"}},
		{[]string{"Tobi"}, nameTrust{}, nil},
		{[]string{"GIROMATCH"}, nameTrust{single: true}, nil},
		{[]string{"jane@example.org", "Spiegel.de"}, nameTrust{single: true}, nil},
		{[]string{"Prof. Dr", "PhD"}, nameTrust{single: true}, nil},
		{[]string{"王明"}, nameTrust{single: true}, []string{"王明"}},
		{[]string{"PETA-Team", "Co. KG", "Feuerwehr Oldenburg", "Zur Person"}, nameTrust{single: true}, nil},
		// declared persons: account names, and the name of a personal site
		{[]string{"jesusfreak", "c1ph4", "HansEhrlich"}, nameTrust{single: true, declared: true}, []string{"jesusfreak", "c1ph4", "HansEhrlich"}},
		{[]string{"jesusfreak"}, nameTrust{single: true}, nil},
		{[]string{"wordpressadmin", "gazette"}, nameTrust{single: true, declared: true}, nil},
		{[]string{"Riverside Gazette", "Riverside", "GNB"}, nameTrust{single: true, declared: true}, nil},
		{[]string{"vor", "-_Helix_-", "wiki.example.de"}, nameTrust{single: true, declared: true}, nil},
	}
	for _, tt := range tests {
		if got := personNames(tt.in, sites, tt.trust); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("personNames(%q, %+v) = %q, want %q", tt.in, tt.trust, got, tt.want)
		}
	}
}

func TestStripSite(t *testing.T) {
	tests := []struct {
		title  string
		others []string
		sites  []string
		want   string
	}{
		{"Oil prices climb | Reuters", nil, []string{"Reuters"}, "Oil prices climb"},
		{"China's grain output hits record high - Xinhua | English.news.cn", nil, []string{"english.news.cn", "news"}, "China's grain output hits record high"},
		{"Biden meets Xi in San Francisco - Xinhua", nil, nil, "Biden meets Xi in San Francisco"},
		{"习近平会见美国总统拜登_新华网", nil, nil, "习近平会见美国总统拜登"},
		{"海外学生看两会：关注点大不同_教育频道_示例青年网", nil, nil, "海外学生看两会：关注点大不同"},
		{"Der Schreibstil - chadim.net", nil, nil, "Der Schreibstil"},
		{"Warum Medium.com wächst - Interview", nil, nil, "Warum Medium.com wächst - Interview"},
		{"北京冬奥会志愿者招募工作正式启动_新闻中心_示例网", []string{"北京冬奥会志愿者招募工作正式启动"}, nil, "北京冬奥会志愿者招募工作正式启动"},
		{"武汉的声音：有英勇的你！-中新网", nil, []string{"中新网"}, "武汉的声音：有英勇的你！"},
		{"Der Steinkauz | Schweizer Jäger Online", []string{"Der Steinkauz"}, nil, "Der Steinkauz"},
		{"VW-Chef warnt vor Tesla", nil, []string{"vw"}, "VW-Chef warnt vor Tesla"},
		{"Sazerac - alles über den Cocktail-Klassiker", nil, nil, "Sazerac - alles über den Cocktail-Klassiker"},
	}
	for _, tt := range tests {
		titles := []sourced{{tt.title, "title", -1}}
		for _, o := range tt.others {
			titles = append(titles, sourced{o, "og:title", -1})
		}
		if got := stripSite(tt.title, titles, tt.sites); got != tt.want {
			t.Errorf("stripSite(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

func TestChooseHeadline(t *testing.T) {
	h := func(level int, text string, parts ...string) hblock {
		return hblock{heading: level, text: text, parts: parts}
	}
	tests := []struct {
		name   string
		titles []string
		heads  []hblock
		want   string
	}{
		{"h1 agrees with title", []string{"Können Fische Schmerzen spüren? | Angelmagazin"},
			[]hblock{h(1, "Angelmagazin"), h(1, "Können Fische Schmerzen spüren / empfinden?")}, "Können Fische Schmerzen spüren / empfinden?"},
		{"kicker part left out", []string{"Olympische Spiele in Paris - Getränke per Schiff ins Stadtzentrum"},
			[]hblock{h(1, "Olympische Spiele in Paris Getränke per Schiff ins Stadtzentrum", "Olympische Spiele in Paris", "Getränke per Schiff ins Stadtzentrum")},
			"Getränke per Schiff ins Stadtzentrum"},
		{"logo h1 does not agree", []string{"Das vermutlich schwulste Musikvideo der Welt « Krimiblog"},
			[]hblock{h(1, "Krimiblog"), h(2, "Das vermutlich schwulste Musikvideo der Welt")}, "Das vermutlich schwulste Musikvideo der Welt"},
		{"section title, story h1", []string{"Aktuelles"},
			[]hblock{h(1, "Illegale Migration über Polen nach Deutschland")}, "Illegale Migration über Polen nach Deutschland"},
		{"title alone", []string{"Library extends weekend opening hours | Gazette"}, nil, "Library extends weekend opening hours | Gazette"},
		{"dangling separator", []string{"Rail Travel Advice -"}, nil, "Rail Travel Advice"},
		{"h1 is the title's first segment", []string{"500 Euro Kredit » 500 EUR sofort aufs Konto"},
			[]hblock{h(1, "500 Euro Kredit")}, "500 Euro Kredit"},
		{"h1 that the title does not name", []string{"Privatkredit-Zinsen: So ermitteln Sie Ihre Kosten | Beispielbank"},
			[]hblock{h(1, "Wie hoch sind die Zinsen für einen Kredit?")}, "Wie hoch sind die Zinsen für einen Kredit?"},
		{"one-word h1 is a section", []string{"Mayor resigns after audit | Gazette"},
			[]hblock{h(1, "Politics")}, "Mayor resigns after audit | Gazette"},
		{"h1 naming a later segment is a section", []string{"Mayor resigns after audit | Local News"},
			[]hblock{h(1, "Local News"), h(2, "Mayor resigns after audit")}, "Mayor resigns after audit"},
		{"nothing", nil, nil, ""},
	}
	for _, tt := range tests {
		var titles []sourced
		for _, s := range tt.titles {
			titles = append(titles, sourced{s, "title", -1})
		}
		if got := chooseHeadline(titles, tt.heads, nil); got != tt.want {
			t.Errorf("%s: chooseHeadline = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestReadJSONLD(t *testing.T) {
	src := `{"@context":"https://schema.org","@graph":[
	 {"@type":"WebSite","name":"Example Times"},
	 {"@type":["Person","Organization"],"@id":"#p1","name":"Christoph Hein"},
	 {"@type":"WebPage","name":"Some page","datePublished":"2020-01-01"},
	 {"@type":"NewsArticle","headline":"A &amp; B agree","datePublished":"2023-10-02T08:15:00Z",
	  "author":[{"@id":"#p1"},{"@type":"Organization","name":"Example Times"}],
	  "publisher":{"@type":"Organization","name":"Example Times"}}]}`
	info := readJSONLD([]string{src, "not json"})
	if len(info.articles) != 2 {
		t.Fatalf("articles = %d, want 2", len(info.articles))
	}
	a := info.articles[0]
	if a.headline != "A & B agree" || a.published != "2023-10-02T08:15:00Z" || a.publisher != "Example Times" {
		t.Errorf("article = %+v", a)
	}
	if want := []sourced{{"Christoph Hein", "json-ld-person", -1}}; !reflect.DeepEqual(a.authors, want) {
		t.Errorf("authors = %v, want %v", a.authors, want)
	}
	if !containsStr(info.sites, "Example Times") || containsStr(info.sites, "Christoph Hein") {
		t.Errorf("sites = %q", info.sites)
	}
}

func TestShownForm(t *testing.T) {
	heads := []hblock{
		{text: "Politik aktuell", heading: 2},
		{text: "Von der Leyen will Kriegsland Ukraine in EU holen – Österreich zahlt die Zeche", heading: 1},
		{text: "„Gipfel der Scheinheiligkeit“", heading: 3},
		{text: "Nav - Menu", heading: 2, noMeta: true},
	}
	tests := []struct{ in, want string }{
		{"Von der Leyen will Kriegsland Ukraine in EU holen - Österreich zahlt die Zeche",
			"Von der Leyen will Kriegsland Ukraine in EU holen – Österreich zahlt die Zeche"},
		{`"Gipfel der Scheinheiligkeit"`, "„Gipfel der Scheinheiligkeit“"},
		{"Von der Leyen will Kriegsland Ukraine in EU holen", "Von der Leyen will Kriegsland Ukraine in EU holen"},
		{"Nav – Menu", "Nav – Menu"},
		{"Politik aktuell", "Politik aktuell"},
	}
	for _, tt := range tests {
		if got := shownForm(tt.in, heads); got != tt.want {
			t.Errorf("shownForm(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestInfoLineEmptyFieldAndBar(t *testing.T) {
	l, ok := readInfoLine("作者： 责任编辑：肖春芳")
	if !ok || l.author != "" || l.editor != "肖春芳" {
		t.Errorf("empty author field: got %+v, %v", l, ok)
	}
	l, ok = readInfoLine("作者︱春春")
	if !ok || l.author != "春春" {
		t.Errorf("bar after label: got %+v, %v", l, ok)
	}
	if _, ok := readInfoLine("Source︱Xinhua"); ok {
		t.Error("a bar after a Latin label is not a field")
	}
}

func TestChoosePublishedTimeOfDay(t *testing.T) {
	tests := []struct {
		dates   []sourced
		beijing bool
		want    string
	}{
		// <meta name="publishdate"> gives the day, the page's time element the time.
		{[]sourced{{"2024-04-05", "meta:publishdate", -1}, {"2024-04-05 21:36:48", "date-element", 3}}, true, "2024-04-05T21:36:48+08:00"},
		{[]sourced{{"2024-04-05", "meta:publishdate", -1}, {"2024-04-05 21:36:48", "date-element", 3}}, false, "2024-04-05T21:36:48"},
		// 人民网: no space between the day and the time.
		{[]sourced{{"2024-03-12", "meta:publishdate", -1}, {"2024年03月12日16:48", "date-element", 3}}, true, "2024-03-12T16:48:00+08:00"},
		// Another day's time, or one in an aside, does not complete the day.
		{[]sourced{{"2024-04-05", "meta:publishdate", -1}, {"2024-04-06 08:00", "date-element", 3}}, false, "2024-04-05"},
		{[]sourced{{"2024-04-05", "meta:publishdate", -1}, {"2024-04-05 08:00", "time-aside", 9}}, false, "2024-04-05"},
		// A UTC time that the page's zone puts on the next day does not either.
		{[]sourced{{"2019-12-26", "meta:date", -1}, {"2019-12-26T23:07:45Z", "json-ld", -1}, {"2019-12-20T10:00:00+01:00", "time", 5}}, false, "2019-12-26"},
	}
	for _, tt := range tests {
		pm := &pageMeta{dates: tt.dates, beijing: tt.beijing}
		if got, _ := pm.choosePublished(); got != tt.want {
			t.Errorf("choosePublished(%v, beijing %v) = %q, want %q", tt.dates, tt.beijing, got, tt.want)
		}
	}
}

func TestBeijingLine(t *testing.T) {
	tests := map[infoLine]bool{
		{source: "Xinhua"}:            true,
		{source: "澎湃新闻"}:              true,
		{editor: "陈斯斯"}:               true,
		{source: "Reuters"}:           false,
		{editor: "huaxia"}:            false,
		{source: "The Straits Times"}: false,
	}
	for l, want := range tests {
		if got := beijingLine(l); got != want {
			t.Errorf("beijingLine(%+v) = %v, want %v", l, got, want)
		}
	}
}

func TestFindDateClock(t *testing.T) {
	for in, want := range map[string]string{
		"Mar 12, 2024 09:48 PM":                  "2024-03-12T21:48:00",
		"Published: March 5, 2024 at 10:30 a.m.": "2024-03-05T10:30:00",
		"19. Oktober 2019 um 14:05 Uhr":          "2019-10-19T14:05:00",
		"October 19, 2019":                       "2019-10-19",
		"12 March 2024, 12:15 AM":                "2024-03-12T00:15:00",
		"October 19, 2019, 3 people":             "2019-10-19",
	} {
		if got, _ := findDate(in, true); got != want {
			t.Errorf("findDate(%q) = %q, want %q", in, got, want)
		}
	}
}
