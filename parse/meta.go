package parse

import (
	"net/url"
	"strings"
	"time"
	"unicode/utf8"
)

// metaRole is what a <meta> tag declares.
type metaRole int

const (
	metaTitle metaRole = iota + 1
	metaAuthor
	metaDate
	metaSite
	metaURL
)

// metaRoles maps <meta> names, properties and itemprops (lower-cased) to
// what they declare. Within a role, earlier rows are trusted more.
var metaRoles = []struct {
	key  string
	role metaRole
}{
	{"og:title", metaTitle},      // <meta property="og:title" content="…">
	{"twitter:title", metaTitle}, // <meta name="twitter:title" content="…">
	{"headline", metaTitle},      // <meta itemprop="headline" content="…">
	{"dc.title", metaTitle},      // <meta name="DC.title" content="…">
	{"sailthru.title", metaTitle},
	{"parsely-title", metaTitle},
	{"title", metaTitle},                 // <meta name="title" content="…">
	{"author", metaAuthor},               // <meta name="author" content="Jane Doe">
	{"article:author", metaAuthor},       // <meta property="article:author" content="Jane Doe">
	{"byline", metaAuthor},               // <meta name="byline" content="By Jane Doe">
	{"dc.creator", metaAuthor},           // <meta name="dc.creator" content="Jane Doe">
	{"dcterms.creator", metaAuthor},      //
	{"sailthru.author", metaAuthor},      // <meta name="sailthru.author" content="Jane Doe">
	{"parsely-author", metaAuthor},       // <meta name="parsely-author" content="Jane Doe">
	{"citation_author", metaAuthor},      //
	{"og:article:author", metaAuthor},    //
	{"article:published_time", metaDate}, // <meta property="article:published_time" content="2019-10-18T10:04:00+02:00">
	{"og:article:published_time", metaDate},
	{"datepublished", metaDate}, // <meta itemprop="datePublished" content="2019-10-18">
	{"publishdate", metaDate},   // <meta name="publishdate" content="2019-10-18">
	{"publish-date", metaDate},
	{"publish_date", metaDate},
	{"pubdate", metaDate}, // <meta name="pubdate" content="20191018">
	{"parsely-pub-date", metaDate},
	{"sailthru.date", metaDate},
	{"dc.date.issued", metaDate}, // <meta name="DC.date.issued" content="2019-10-18">
	{"dcterms.issued", metaDate},
	{"dc.date", metaDate},
	{"dcterms.date", metaDate},
	{"dcterms.created", metaDate},
	{"date", metaDate}, // <meta name="date" content="2019-10-18">
	{"citation_publication_date", metaDate},
	{"citation_date", metaDate},
	{"article.published", metaDate},
	{"og:site_name", metaSite},     // <meta property="og:site_name" content="Reuters">
	{"application-name", metaSite}, // <meta name="application-name" content="Xinhua">
	{"apple-mobile-web-app-title", metaSite},
	{"twitter:site", metaSite}, // <meta name="twitter:site" content="@Reuters">
	{"publisher", metaSite},
	{"dc.publisher", metaSite},
	{"og:url", metaURL}, // <meta property="og:url" content="https://…">
}

// metaRoleIndex maps a key to its role and rank.
var metaRoleIndex = func() map[string][2]int {
	m := make(map[string][2]int, len(metaRoles))
	for i, r := range metaRoles {
		m[r.key] = [2]int{int(r.role), i}
	}
	return m
}()

// pageMeta is what a page declares about its story, each value with
// where it came from, best source first.
type pageMeta struct {
	titles    []sourced
	sites     []string
	authors   []sourced
	dates     []sourced
	editors   []string
	agency    string
	publisher string
	urls      []string
	dayFirst  bool
}

// readPageMeta gathers the page's declarations, ranked by trust: JSON-LD,
// then <meta> tags, then marked-up elements, then visible text.
func readPageMeta(p *pageScan, infos []infoLine) *pageMeta {
	pm := &pageMeta{dayFirst: !strings.HasPrefix(strings.ToLower(p.lang), "en-us")}
	ld := readJSONLD(p.jsonld)
	pm.sites = append(pm.sites, ld.sites...)
	if len(ld.articles) > 0 {
		a := ld.articles[0]
		if a.headline != "" && a.trust > 1 {
			pm.titles = append(pm.titles, sourced{a.headline, "json-ld"})
		}
		pm.authors = append(pm.authors, a.authors...)
		pm.dates = append(pm.dates, sourced{a.published, "json-ld"})
		pm.publisher = a.publisher
	}
	pm.readMetaTags(p)
	if p.title != "" {
		pm.titles = append(pm.titles, sourced{p.title, "title"})
	}
	for _, l := range p.links {
		if l.key == "canonical" {
			pm.urls = append(pm.urls, l.value)
		}
	}
	pm.sites = append(pm.sites, hostNames(pm.urls)...)
	for _, l := range infos {
		if l.author != "" {
			pm.authors = append(pm.authors, sourced{l.author, "info-line"})
		}
		if l.published != "" {
			pm.dates = append(pm.dates, sourced{l.published, "info-line"})
		}
		if l.source != "" {
			pm.sites = append(pm.sites, l.source)
		}
	}
	pm.dates = append(pm.dates, p.dates...)
	for _, u := range pm.urls {
		if d, _ := findDate(urlPath(u), true); d != "" {
			pm.dates = append(pm.dates, sourced{d, "url"})
		}
	}
	return pm
}

// readMetaTags sorts the <meta> tags by role and rank.
func (pm *pageMeta) readMetaTags(p *pageScan) {
	type ranked struct {
		rank int
		v    sourced
	}
	byRole := map[metaRole][]ranked{}
	for _, t := range p.metas {
		ri, ok := metaRoleIndex[t.key]
		if !ok {
			continue
		}
		v := cleanSpace(t.value)
		if v == "" {
			continue
		}
		role := metaRole(ri[0])
		list := byRole[role]
		i := len(list)
		for i > 0 && list[i-1].rank > ri[1] {
			i--
		}
		byRole[role] = append(list[:i], append([]ranked{{ri[1], sourced{v, "meta:" + t.key}}}, list[i:]...)...)
	}
	for _, v := range labelledAuthors(p.metas) {
		byRole[metaAuthor] = append(byRole[metaAuthor], ranked{len(metaRoles), v})
	}
	for _, r := range byRole[metaTitle] {
		pm.titles = append(pm.titles, r.v)
	}
	for _, r := range byRole[metaAuthor] {
		if !strings.Contains(r.v.value, "://") {
			pm.authors = append(pm.authors, r.v)
		}
	}
	for _, r := range byRole[metaDate] {
		pm.dates = append(pm.dates, r.v)
	}
	for _, r := range byRole[metaSite] {
		pm.sites = append(pm.sites, strings.TrimPrefix(r.v.value, "@"))
	}
	for _, r := range byRole[metaURL] {
		pm.urls = append(pm.urls, r.v.value)
	}
}

// authorLabels are twitter:labelN values that make twitter:dataN the
// author (Yoast SEO): <meta name="twitter:label1" content="Written by">.
var authorLabels = map[string]bool{
	"written by": true, "verfasst von": true, "geschrieben von": true, "escrito por": true,
	"écrit par": true, "scritto da": true, "geschreven door": true, "autor": true, "author": true,
}

// labelledAuthors reads twitter:labelN / twitter:dataN author pairs.
func labelledAuthors(metas []metaTag) []sourced {
	var out []sourced
	for _, t := range metas {
		n, ok := strings.CutPrefix(t.key, "twitter:label")
		if !ok || !authorLabels[strings.ToLower(strings.TrimSpace(t.value))] {
			continue
		}
		for _, d := range metas {
			if d.key == "twitter:data"+n {
				out = append(out, sourced{d.value, "meta:twitter:data"})
			}
		}
	}
	return out
}

// hostNames returns, for each URL, its host without "www." and its
// second-level label: "www.popkultur.de" → "popkultur.de", "popkultur".
func hostNames(urls []string) []string {
	var out []string
	for _, u := range urls {
		pu, err := url.Parse(u)
		if err != nil || pu.Host == "" {
			continue
		}
		host := strings.TrimPrefix(strings.ToLower(pu.Hostname()), "www.")
		out = append(out, host)
		if parts := strings.Split(host, "."); len(parts) >= 2 {
			out = append(out, parts[len(parts)-2])
		}
	}
	return out
}

// choosePublished returns the most trusted date that parses. A time
// given in UTC is stated in the page's own zone when another of its
// timestamps shows that zone ("2019-10-18T22:04:00Z" on a page that also
// says "+02:00" was published on October 19).
func (pm *pageMeta) choosePublished() (string, time.Time) {
	for _, d := range pm.dates {
		p, t := parsePublished(d.value)
		if p == "" {
			continue
		}
		if _, off := t.Zone(); off == 0 && len(p) > len("2006-01-02T15:04:05") {
			if loc := pm.pageZone(); loc != nil {
				t = t.In(loc)
				p = t.Format(time.RFC3339)
			}
		}
		return p, t
	}
	return "", time.Time{}
}

// pageZone returns the first non-UTC zone among the page's timestamps.
func (pm *pageMeta) pageZone() *time.Location {
	for _, d := range pm.dates {
		p, t := parsePublished(d.value)
		if len(p) <= len("2006-01-02T15:04:05") {
			continue
		}
		if name, off := t.Zone(); off != 0 {
			return time.FixedZone(name, off)
		}
	}
	return nil
}

func urlPath(u string) string {
	if pu, err := url.Parse(u); err == nil {
		return pu.Path
	}
	return ""
}

// maxAuthors is the most names one source may give; more is a list of
// references or contributors, not a byline.
const maxAuthors = 6

// chooseAuthors returns the person names of the most trusted source that
// gives from one to maxAuthors of them, and the agency a byline names.
// JSON-LD and <meta> tags count as one source each, all their values
// together; of marked-up elements and visible lines, the first that
// names someone counts.
func (pm *pageMeta) chooseAuthors() (names []string, agency string) {
	tier := ""
	flush := func() bool {
		if len(names) > 0 && len(names) <= maxAuthors {
			return true
		}
		names = nil
		return false
	}
	for _, a := range pm.authors {
		t := authorTier(a.from)
		if t != tier && flush() {
			return names, agency
		}
		tier = t
		ns, ag, prefixed := bylineNames(a.value)
		if agency == "" {
			agency = ag
		}
		ns = personNames(ns, pm.sites, singleNameTiers[t] || prefixed)
		switch {
		case wholeTiers[t]:
			names = addNames(names, ns...)
		case len(names) == 0:
			names = ns // an element: the first that names someone
		}
	}
	flush()
	return names, agency
}

// wholeTiers are author sources whose values all count together.
var wholeTiers = map[string]bool{"json-ld": true, "meta": true, "info-line": true}

// singleNameTiers are author sources that declare a person, so that a
// single name ("Tobi") is taken; elsewhere one word is too little.
var singleNameTiers = map[string]bool{"json-ld": true, "meta": true, "itemprop": true, "rel-author": true, "info-line": true}

// authorTier groups author sources: every <meta> tag is "meta".
func authorTier(from string) string {
	switch {
	case strings.HasPrefix(from, "meta:"):
		return "meta"
	case from == "json-ld-person":
		return "json-ld"
	}
	return from
}

// applyMeta fills, for HTML pages, what the page declares: the headline
// when the text gave none, the published time, the authors when the story
// text names no reporter, the editors, and the agency the byline or the
// page's source line names.
func applyMeta(st *state) {
	m := &st.doc.meta
	if st.art.Headline == "" && len(m.headlines) > 0 {
		st.art.Headline = m.headlines[0]
		st.body = dropCopies(st.body, st.art.Headline, 3)
	}
	if st.art.Published == "" && m.published != "" {
		st.art.Published = m.published
	}
	if st.doc.format == FormatHTML && (len(m.authors) > 0 || len(st.art.Reporters) > maxAuthors) {
		st.art.Reporters = addNames(nil, m.authors...) // what the page declares beats a guess from its text
	}
	st.art.Editors = addNames(st.art.Editors, m.editors...)
	if st.bylineAgency == "" && m.publisher != "" {
		if a, ok := lookupAgency(m.publisher); ok {
			st.bylineAgency = a
		}
	}
}

// shortBlock reports whether a block is short enough to be a byline,
// date or information line.
func shortBlock(b hblock, n int) bool {
	return len(b.text) <= n || len(b.text) <= 4*n && utf8.RuneCountInString(b.text) <= n
}
