package parse

import (
	"reflect"
	"testing"
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
	}
	for _, tt := range tests {
		names, agency, prefixed := bylineNames(tt.in)
		if !reflect.DeepEqual(names, tt.names) || agency != tt.agency || prefixed != tt.isPrefixed {
			t.Errorf("bylineNames(%q) = %q, %q, %v; want %q, %q, %v", tt.in, names, agency, prefixed, tt.names, tt.agency, tt.isPrefixed)
		}
	}
}

func TestPersonNames(t *testing.T) {
	sites := []string{"Riverside Gazette", "giga.de", "giga"}
	tests := []struct {
		in     []string
		single bool
		want   []string
	}{
		{[]string{"Jane Doe", "John Roe"}, false, []string{"Jane Doe", "John Roe"}},
		{[]string{"Riverside Gazette", "GIGA.DE"}, true, nil},
		{[]string{"Staff", "Redaktion", "BBC News", "Super User"}, true, nil},
		{[]string{"Tobi"}, true, []string{"Tobi"}},
		{[]string{"Tobi"}, false, nil},
		{[]string{"GIROMATCH"}, true, nil},
		{[]string{"jane@example.org", "Spiegel.de"}, true, nil},
		{[]string{"Prof. Dr", "PhD"}, true, nil},
		{[]string{"王明"}, true, []string{"王明"}},
	}
	for _, tt := range tests {
		if got := personNames(tt.in, sites, tt.single); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("personNames(%q, %v) = %q, want %q", tt.in, tt.single, got, tt.want)
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
		{"China's grain output hits record high - Xinhua | English.news.cn", nil, []string{"english.news.cn", "news"}, "China's grain output hits record high - Xinhua"},
		{"北京冬奥会志愿者招募工作正式启动_新闻中心_示例网", []string{"北京冬奥会志愿者招募工作正式启动"}, nil, "北京冬奥会志愿者招募工作正式启动"},
		{"武汉的声音：有英勇的你！-中新网", nil, []string{"中新网"}, "武汉的声音：有英勇的你！"},
		{"Der Steinkauz | Schweizer Jäger Online", []string{"Der Steinkauz"}, nil, "Der Steinkauz"},
		{"VW-Chef warnt vor Tesla", nil, []string{"vw"}, "VW-Chef warnt vor Tesla"},
		{"Sazerac - alles über den Cocktail-Klassiker", nil, nil, "Sazerac - alles über den Cocktail-Klassiker"},
	}
	for _, tt := range tests {
		titles := []sourced{{tt.title, "title"}}
		for _, o := range tt.others {
			titles = append(titles, sourced{o, "og:title"})
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
		{"nothing", nil, nil, ""},
	}
	for _, tt := range tests {
		var titles []sourced
		for _, s := range tt.titles {
			titles = append(titles, sourced{s, "title"})
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
	if want := []sourced{{"Christoph Hein", "json-ld-person"}}; !reflect.DeepEqual(a.authors, want) {
		t.Errorf("authors = %q, want %q", a.authors, want)
	}
	if !containsStr(info.sites, "Example Times") || containsStr(info.sites, "Christoph Hein") {
		t.Errorf("sites = %q", info.sites)
	}
}
