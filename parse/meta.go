package parse

import (
	"net/url"
	"strings"
	"time"
	"unicode"
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
	blocks    []hblock // the page's text, to tell a shown name from a declared one
	titles    []sourced
	sites     []string
	authors   []sourced
	dates     []sourced
	editors   []string
	agency    string
	publisher string
	urls      []string
	dayFirst  bool
	// beijing marks a page whose information lines are a Chinese
	// portal's or Xinhua's: its times without a zone are Beijing time.
	beijing   bool
	lang      string    // <html lang>
	dateLines []sourced // visible date lines that may name the author
	// layoutAuthors are author boxes in sidebars and footers: a last resort.
	layoutAuthors []sourced
	anchor        int // index of the headline's block: bylines are near it
	// owners are the page's declared copyright holders:
	// <meta name="copyright" content="Nala Löwenkönigin">.
	owners []string
}

// readPageMeta gathers the page's declarations, ranked by trust: JSON-LD,
// then <meta> tags, then marked-up elements, then visible text.
func readPageMeta(p *pageScan, infos []infoLine) *pageMeta {
	pm := &pageMeta{dayFirst: !strings.HasPrefix(strings.ToLower(p.lang), "en-us"), lang: p.lang}
	ld := readJSONLD(p.jsonld)
	pm.sites = append(pm.sites, ld.sites...)
	if len(ld.articles) > 0 {
		a := ld.articles[0]
		if a.headline != "" && a.trust > 1 {
			pm.titles = append(pm.titles, sourced{a.headline, "json-ld", -1})
		}
		pm.authors = append(pm.authors, a.authors...)
		pm.dates = append(pm.dates, sourced{a.published, "json-ld", -1})
		pm.publisher = a.publisher
	}
	pm.readMetaTags(p)
	pm.owners = copyrightNotices(p)
	if p.title != "" {
		pm.titles = append(pm.titles, sourced{p.title, "title", -1})
	}
	for _, l := range p.links {
		if l.key == "canonical" {
			pm.urls = append(pm.urls, l.value)
		}
	}
	pm.sites = append(pm.sites, hostNames(pm.urls)...)
	for _, l := range infos {
		if l.author != "" {
			pm.authors = append(pm.authors, sourced{l.author, "info-line", -1})
		}
		if l.published != "" {
			pm.dates = append(pm.dates, sourced{l.published, "info-line", -1})
		}
		if l.source != "" {
			pm.sites = append(pm.sites, l.source)
		}
		pm.beijing = pm.beijing || beijingLine(l)
	}
	pm.dates = append(pm.dates, p.dates...)
	for _, u := range pm.urls {
		if d, _ := findDate(urlPath(u), true); d != "" {
			pm.dates = append(pm.dates, sourced{d, "url", -1})
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
		byRole[role] = append(list[:i], append([]ranked{{ri[1], sourced{v, "meta:" + t.key, -1}}}, list[i:]...)...)
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
				out = append(out, sourced{d.value, "meta:twitter:data", -1})
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
// given in UTC is stated in the page's own zone: the zone of another of
// its timestamps ("2019-10-18T22:04:00Z" on a page that also says
// "+02:00" was published on October 19), or the zone of its country or
// language (localeZones); failing both, a date in its URL one day off
// is its local date.
func (pm *pageMeta) choosePublished() (string, time.Time) {
	for i, d := range pm.dates {
		p, t := parsePublished(d.value)
		switch {
		case p == "":
			continue
		case len(p) == len("2006-01-02"):
			return pm.timeOfDay(p, t, i+1)
		}
		return pm.stateZone(p, t)
	}
	return "", time.Time{}
}

// stateZone states a timestamp in the page's own zone: Beijing time for
// a zone-less time on a Chinese portal, and for a time given in UTC,
// the zone that choosePublished says.
func (pm *pageMeta) stateZone(p string, t time.Time) (string, time.Time) {
	if pm.beijing {
		p, t = inZone(p, t, beijingTime)
	}
	if _, off := t.Zone(); off != 0 || len(p) <= len("2006-01-02T15:04:05") {
		return p, t
	}
	if loc := pm.pageZone(); loc != nil {
		t = t.In(loc)
		return t.Format(time.RFC3339), t
	}
	if z, ok := pm.localeZone(); ok {
		t = t.In(z.at(t))
		return t.Format(time.RFC3339), t
	}
	if ud, ut := pm.urlDate(); ud != "" && localDateOf(t, ut) {
		return ud, ut
	}
	return p, t
}

// timeOfDay completes a date without a time ("2024-04-05" in
// <meta name="publishdate">) with the time that a less trusted source
// gives for the same day (the page's "2024-04-05 21:36:48"), looking
// from pm.dates[from]; dates in asides do not count, nor a time that
// the page's zone puts on another day.
func (pm *pageMeta) timeOfDay(day string, t time.Time, from int) (string, time.Time) {
	for _, d := range pm.dates[min(from, len(pm.dates)):] {
		if strings.HasSuffix(d.from, "-aside") {
			continue
		}
		p, pt := parsePublished(d.value)
		if len(p) <= len(day) || !strings.HasPrefix(p, day) {
			continue
		}
		if p, pt = pm.stateZone(p, pt); strings.HasPrefix(p, day) {
			return p, pt
		}
	}
	return day, t
}

// beijingLine reports whether an information line is a Chinese
// portal's (a Chinese source or editor) or a Chinese agency's.
func beijingLine(l infoLine) bool {
	if a, _ := lookupAgency(l.source); chineseSources[a] {
		return true
	}
	for _, r := range l.source + l.editor + l.author {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// localDateOf reports whether the date day, from a URL, can be the local
// date of the UTC time t: the day before in the morning, the day after
// in the evening.
func localDateOf(t, day time.Time) bool {
	switch t.Truncate(24 * time.Hour).Sub(day) {
	case 24 * time.Hour:
		return t.Hour() < 12
	case -24 * time.Hour:
		return t.Hour() >= 12
	}
	return false
}

// urlDate returns the date written in the page's URL path.
func (pm *pageMeta) urlDate() (string, time.Time) {
	for _, d := range pm.dates {
		if d.from == "url" {
			return findDate(d.value, true)
		}
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

// localeZone returns the zone of the page's country (its URL's top-level
// domain, or the region of <html lang>) or, failing that, its language.
func (pm *pageMeta) localeZone() (zoneRule, bool) {
	var keys []string
	for _, u := range pm.urls {
		if pu, err := url.Parse(u); err == nil && pu.Host != "" {
			h := pu.Hostname()
			keys = append(keys, "."+h[strings.LastIndexByte(h, '.')+1:])
		}
	}
	lang := strings.ToLower(strings.ReplaceAll(pm.lang, "_", "-"))
	if primary, region, ok := strings.Cut(lang, "-"); ok {
		keys = append(keys, "."+region, primary)
	} else if lang != "" {
		keys = append(keys, lang)
	}
	for _, k := range keys {
		if z, ok := localeZones[k]; ok {
			return z, true
		}
	}
	return zoneRule{}, false
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
// JSON-LD, <meta> tags and information lines count as one source each,
// all their values together; of marked-up elements and visible lines,
// the first that names someone counts, those near the headline first.
func (pm *pageMeta) chooseAuthors() ([]string, string) {
	tiers, elems, agency := pm.tierNames()
	for i, names := range tiers {
		if len(names) == 0 || len(names) > maxAuthors {
			continue
		}
		if i+1 < len(tiers) {
			names = pm.shownExtension(tiers[i+1], names) // JSON-LD names one of the two writers <meta> gives
		}
		return pm.fullerNames(pm.preferShown(names)), agency
	}
	for _, a := range pm.nearFirst(elems) {
		if d, ok := pm.declaredBeside(a, elems); ok {
			a = d // "Tech Industry" in a byline box, itemprop=author on "Steven Musil" beside it
		}
		ns, ag, prefixed := pm.authorNames(a)
		if agency == "" {
			agency = ag
		}
		if len(ns) > 0 && len(ns) <= maxAuthors {
			return ns, agency
		}
		if prefixed && len(ns) == 0 && a.at >= pm.anchor-nearBefore && a.at <= pm.anchor+nearAfter {
			return nil, agency // the byline names a desk or a group: "par Attac France"
		}
	}
	return pm.layoutNames(), agency
}

// fullerNames completes a first name given alone from an author
// element's line that opens with it: "Stefanus" and "Stefanus Stahl -
// Maschinenbauer" give "Stefanus Stahl".
func (pm *pageMeta) fullerNames(names []string) []string {
	for i, n := range names {
		if strings.ContainsRune(n, ' ') {
			continue
		}
	sources:
		for _, a := range pm.authors {
			if a.at < 0 {
				continue
			}
			for _, l := range strings.Split(a.value, "\n") {
				if f := fullerName(n, l); f != n {
					names[i] = f
					break sources
				}
			}
		}
	}
	return names
}

// besideSpan is how many blocks apart a class-named byline element and a
// declared author element stand and still describe the same byline.
const besideSpan = 2

// declaredBeside returns, for a byline element found by its class alone
// with no opener, the declared author element (itemprop, rel=author, a
// link to an author page) beside it: that one names the person.
func (pm *pageMeta) declaredBeside(a sourced, elems []sourced) (sourced, bool) {
	if a.from != "byline-element" || strings.TrimSpace(a.value) == "" || hasBylinePrefix(a.value) {
		return a, false
	}
	for _, d := range elems {
		if !declaredSources[d.from] || d.at < a.at || d.at > a.at+besideSpan || strings.Contains(a.value, d.value) {
			continue
		}
		if ns, _, _ := pm.authorNames(d); len(ns) > 0 {
			return d, true
		}
	}
	return a, false
}

// tierNames returns the names of each whole tier (JSON-LD, <meta>,
// information lines) in order of trust, the other author sources, and
// the first agency a whole tier names.
func (pm *pageMeta) tierNames() (tiers [][]string, elems []sourced, agency string) {
	tier := ""
	for _, a := range pm.authors {
		t := authorTier(a.from)
		if !wholeTiers[t] {
			elems = append(elems, a)
			continue
		}
		if t != tier || len(tiers) == 0 {
			tiers = append(tiers, nil)
		}
		tier = t
		ns, ag, _ := pm.authorNames(a)
		if agency == "" {
			agency = ag
		}
		if t == "meta" {
			ns = pm.inText(pm.withoutOwners(ns))
		}
		tiers[len(tiers)-1] = addNames(tiers[len(tiers)-1], ns...)
	}
	return tiers, elems, agency
}

// copyrightNotices returns the copyright holders the page declares:
// <meta name="copyright" content="Günter Pilger, Essen">. (Visible "©"
// lines were measured too: they also name owners who write the story.)
func copyrightNotices(p *pageScan) []string {
	var out []string
	for _, t := range p.metas {
		if t.key == "copyright" {
			out = append(out, t.value)
		}
	}
	return out
}

// inText keeps the names that the page's text shows somewhere, whole
// or by surname on a byline ("Von M. Schreiber"): a <meta name="author"> that no reader
// sees names the site's keeper, not the story's writer.
func (pm *pageMeta) inText(names []string) []string {
	if pm.blocks == nil {
		return names
	}
	var out []string
	for _, n := range names {
		upper := strings.ToUpper(n) // "By STEVEN DAVIDOFF SOLOMON"
		ws := strings.Fields(n)
		surname := " " + ws[len(ws)-1] // "Von M. Schreiber" shows "Matthias Schreiber"
		for _, b := range pm.blocks {
			if strings.Contains(b.text, n) || strings.Contains(b.text, upper) || len(ws) > 1 && len(b.text) <= 120 && strings.Contains(b.text, surname) && hasBylinePrefix(b.text) {
				out = append(out, n)
				break
			}
		}
	}
	return out
}

// withoutOwners drops, from the names <meta> tags give, those of the
// site's owner: a name <meta name="copyright"> gives too is the person
// or brand that keeps the site, set as author on every page, not the
// story's writer, unless a byline or author element shows it
// (<meta name="author" content="Nala Löwenkönigin"> beside
// <meta name="copyright" content="Nala Löwenkönigin">).
func (pm *pageMeta) withoutOwners(names []string) []string {
	var out []string
	for _, n := range names {
		owned := false
		for _, o := range pm.owners {
			if strings.Contains(o, n) {
				owned = true
				break
			}
		}
		if !owned || pm.shown(n) {
			out = append(out, n)
		}
	}
	return out
}

// extends reports whether more names all of names and others, few
// enough for one byline.
func extends(more, names []string) bool {
	if len(more) <= len(names) || len(more) > maxAuthors {
		return false
	}
	for _, n := range names {
		if !sharesName([]string{n}, more) {
			return false
		}
	}
	return true
}

// shownExtension returns more when it extends names and its other names
// stand in an author element or byline on the page too, not only in
// <meta> ("Condé Nast" beside the writers).
func (pm *pageMeta) shownExtension(more, names []string) []string {
	if !extends(more, names) {
		return names
	}
	for _, n := range more {
		if !sharesName([]string{n}, names) && !pm.shown(n) {
			return names
		}
	}
	return more
}

// shownSpan is how many blocks after the headline a visible byline
// may stand and still beat what the page declares.
const shownSpan = 8

// preferShown returns, instead of the declared names, those of a visible
// byline just under the headline that names none of them ("Von Jane
// Doe" on a page whose JSON-LD and <meta> give the account that posted
// it) or names them and more.
func (pm *pageMeta) preferShown(declared []string) []string {
	for _, a := range pm.authors {
		if a.from != "by-line" || a.at < pm.anchor || a.at > pm.anchor+shownSpan {
			continue
		}
		ns, _, prefixed := bylineNames(a.value)
		ns = personNames(ns, pm.sites, nameTrust{})
		if !prefixed || len(ns) == 0 {
			continue
		}
		if extends(ns, declared) {
			return ns // "von Rudolf Fischer, Simon Kohler" where <meta> gives the first
		}
		if sharesName(ns, declared) {
			return declared
		}
		return ns
	}
	return declared
}

// sharesName reports whether a name of a has the last word of a name of
// b, or the other way round: "Jane Doe" and "J. Doe".
func sharesName(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if lastWordIn(x, y) || lastWordIn(y, x) {
				return true
			}
		}
	}
	return false
}

// lastWordIn reports whether the last word of x is a word of y, case folded.
func lastWordIn(x, y string) bool {
	xs := strings.Fields(x)
	if len(xs) == 0 {
		return false
	}
	last := xs[len(xs)-1]
	for _, w := range strings.Fields(y) {
		if strings.EqualFold(w, last) {
			return true
		}
	}
	return false
}

// layoutNames returns the names that the author boxes of sidebars and
// footers give, when they all give the same ones: the box of a blog's
// one writer, not a list of the site's authors.
func (pm *pageMeta) layoutNames() []string {
	var names []string
	key := ""
	for _, a := range pm.layoutAuthors {
		ns, _, _ := pm.authorNames(a)
		if len(ns) == 0 {
			continue
		}
		k := strings.Join(ns, ";")
		if key != "" && k != key || len(ns) > 2 {
			return nil
		}
		key, names = k, ns
	}
	return names
}

// authorNames reads the person names and agency of one author value.
func (pm *pageMeta) authorNames(a sourced) ([]string, string, bool) {
	if a.from == "user-link" {
		return pm.accountName(a), "", false
	}
	t := authorTier(a.from)
	ns, ag, prefixed := bylineNames(a.value)
	trust := nameTrust{single: singleNameTiers[t] || prefixed, declared: declaredSources[a.from]}
	if trust.declared && a.from == "json-ld-person" && !pm.shown(a.value) {
		trust.declared = false // a CMS login in JSON-LD alone is no byline
	}
	trust.confirmed = trust.declared && a.from == "json-ld-person" && pm.shownOpened(a.value) || pm.declaredAndShown(a)
	if len(ns) == 0 {
		if u := bylineUserName(a.value); u != "" && (trust.declared || u != strings.TrimSpace(a.value)) {
			ns, trust.declared = []string{u}, true // "Author: Bo2man", which the byline grammar does not read
		}
	}
	return personNames(ns, pm.sites, trust), ag, prefixed
}

// accountName returns the account name a link to a member's profile
// gives near the headline ("MikeNils", "delta201"): a capitalised word
// or two there are the site's own links ("Registrieren", "People").
func (pm *pageMeta) accountName(a sourced) []string {
	v := strings.TrimSpace(a.value)
	if !pm.near(a) || !isUserName(v) || isSiteName(v, pm.sites) {
		return nil
	}
	return []string{v}
}

// shown reports whether an author element or visible line gives name.
func (pm *pageMeta) shown(name string) bool {
	name = strings.TrimSpace(name)
	for _, a := range pm.authors {
		if a.at >= 0 && strings.Contains(a.value, name) {
			return true
		}
	}
	return false
}

// shownOpened reports whether a visible byline near the headline gives
// name after an opener: "Von: Jane Doe".
func (pm *pageMeta) shownOpened(name string) bool {
	name = strings.TrimSpace(name)
	for _, a := range pm.authors {
		if a.from != "by-line" && a.from != "byline-element" || a.at < pm.anchor-nearBefore || a.at > pm.anchor+shownSpan {
			continue
		}
		if rest, ok := cutBylinePrefix(a.value); ok && strings.HasPrefix(rest, name) {
			return true
		}
	}
	return false
}

// markedSources are the author elements that declare their text the
// writer's name: rel=author, itemprop=author, a link to an author page.
var markedSources = map[string]bool{"rel-author": true, "itemprop": true, "author-link": true}

// declaredAndShown reports whether an author element near the headline
// and a byline there give the same name, one of them declaring it and the
// other showing it ("von Heiko" with <a href="/author/heiko">Heiko</a>):
// then the name is the writer's even when the site bears it too, a
// personal site ("heiko-muster.de", "creeny.wordpress.com").
func (pm *pageMeta) declaredAndShown(a sourced) bool {
	if !pm.near(a) || !markedSources[a.from] && !bylineSources[a.from] {
		return false
	}
	name := shownName(a)
	if name == "" {
		return false
	}
	checked := 0
	for _, b := range pm.authors {
		if !pm.near(b) || markedSources[a.from] == markedSources[b.from] || !markedSources[b.from] && !bylineSources[b.from] {
			continue
		}
		if shownName(b) == name {
			return true
		}
		if checked++; checked == maxBesideChecks {
			return false // a list of links, not a byline: keeps the work linear
		}
	}
	return false
}

// maxBesideChecks bounds the author elements compared with one byline.
const maxBesideChecks = 16

// bylineSources are the bylines a page shows: class-named elements and
// lines that open with "By" or "Von".
var bylineSources = map[string]bool{"byline-element": true, "by-line": true}

// shownName is the one name an author element or byline gives after its
// opener and before a date: "von Heiko am 3. Mai" gives "Heiko".
func shownName(a sourced) string {
	if strings.ContainsAny(a.value, "\n|") {
		return ""
	}
	rest, _ := cutBylinePrefix(strings.TrimSpace(a.value))
	return trimBylineTail(rest)
}

// near reports whether an author element stands near the headline.
func (pm *pageMeta) near(a sourced) bool {
	return a.at >= pm.anchor-nearBefore && a.at <= pm.anchor+nearAfter
}

// Near the headline: elements and lines from nearBefore blocks before it
// to nearAfter blocks after it are read first.
const (
	nearBefore = 8
	nearAfter  = 30
)

// nearFirst orders author elements and lines: those near the headline
// first, in page order, then the others, unless these name more than two
// different people, as the author lines of a list of teasers do.
func (pm *pageMeta) nearFirst(elems []sourced) []sourced {
	var near, far []sourced
	distinct := map[string]bool{}
	for _, a := range elems {
		if a.at >= pm.anchor-nearBefore && a.at <= pm.anchor+nearAfter {
			near = append(near, a)
			continue
		}
		far = append(far, a)
		if ns, _, _ := pm.authorNames(a); len(ns) > 0 {
			distinct[strings.Join(ns, ";")] = true
		}
	}
	if len(distinct) > 2 {
		return near
	}
	return append(near, far...)
}

// wholeTiers are author sources whose values all count together.
var wholeTiers = map[string]bool{"json-ld": true, "meta": true, "info-line": true}

// declaredSources mark their value as the person who wrote the page, so
// that a user name ("jesusfreak") or a name that is also the site's (a
// personal site) is taken: JSON-LD typed Person, rel=author, itemprop,
// a link to an author page.
var declaredSources = map[string]bool{"json-ld-person": true, "rel-author": true, "itemprop": true, "author-link": true}

// singleNameTiers are author sources that declare a person, so that a
// single name ("Tobi") is taken; elsewhere one word is too little.
var singleNameTiers = map[string]bool{"json-ld": true, "meta": true, "itemprop": true, "rel-author": true, "info-line": true, "author-link": true}

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
