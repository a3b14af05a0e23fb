package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Headline choice. Pages state their headline several times: JSON-LD,
// og:title, twitter:title, <title>, and the <h1> readers see. Titles carry
// the site's name and sometimes a section or kicker; the visible heading
// usually does not. The headline is the page heading that agrees with the
// declared titles, or else the most trusted title less the segments that
// name the site or that the other titles leave out. No list of sites.

// titleSeparators split a title into headline, section and site name:
// "… - Xinhua", "… | Reuters", "…_新华网", "Kücknitz - So lief …".
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " » ", " « ", " · ", " • ", " / ", " // ", "_", "｜", "|", "-", "—"}

// bareSeparators are separators that count without spaces around them
// only between Chinese characters ("标题-中新网"), or always ("_", "｜").
var bareSeparators = map[string]bool{"-": true, "—": true, "|": true}

// headingOrder is the order in which page headings are tried: <h1>, a
// declared headline (itemprop=headline, class "headline"), <h2>, <h3>.
var headingOrder = []int{1, 7, 2, 3}

// chooseHeadline picks the headline from the page's titles (in order of
// trust), its headings and the site's names.
func chooseHeadline(titles []sourced, heads []hblock, sites []string) string {
	homes := homeHeadings(heads)
	sites = append(homes, sites...)
	for _, level := range headingOrder {
		for _, h := range heads {
			if h.heading != level || h.noMeta || h.layout || utf8.RuneCountInString(h.text) > maxHeadline || containsStr(homes, h.text) {
				continue
			}
			if best := bestPart(h, titles, sites); best != "" {
				return dropKicker(best, titles)
			}
		}
	}
	var h1 string
	for _, h := range heads {
		if h.heading == 1 && !h.noMeta && !h.layout && utf8.RuneCountInString(h.text) <= maxHeadline && !containsStr(homes, h.text) {
			h1 = mainPart(h)
			break
		}
	}
	if len(words(h1)) >= minHeadingWords {
		return h1 // the heading readers see beats a title that says otherwise
	}
	for _, t := range titles {
		s := trimDangling(stripSite(t.value, titles, sites))
		if s == "" {
			continue
		}
		if len(words(s)) < minTitleWords && len(words(h1)) >= minTitleWords {
			return h1 // the title names a section ("Aktuelles"), the page heading the story
		}
		return shownForm(s, heads)
	}
	return h1
}

// trimDangling removes a separator left hanging at the end of a title
// whose site name is empty: "National Rail Enquiries -".
func trimDangling(s string) string {
	for {
		t := strings.TrimRight(s, " \u00a0")
		for _, sep := range []string{"|", "-", "–", "—", "»", "·", "•", "::", "/"} {
			if strings.HasSuffix(t, " "+sep) {
				t = t[:len(t)-len(sep)]
			}
		}
		t = strings.TrimRight(t, " \u00a0")
		if t == s {
			return s
		}
		s = t
	}
}

// markForms maps the dashes and quotation marks a title may type plainly
// to one form, so that a title and the heading readers see compare equal.
var markForms = strings.NewReplacer("–", "-", "—", "-", "‒", "-", "―", "-",
	"“", `"`, "”", `"`, "„", `"`, "«", `"`, "»", `"`, "‘", "'", "’", "'", "‚", "'")

// shownForm returns the page heading that reads as title s but for its
// dashes and quotation marks, as readers see it ("holen – Österreich"
// for the title's "holen - Österreich"), or s when there is none.
func shownForm(s string, heads []hblock) string {
	key := strings.ToLower(markForms.Replace(s))
	for _, h := range heads {
		if h.heading > 0 && !h.noMeta && len(h.text) >= len(s)-8 && len(h.text) <= len(s)+8 &&
			h.text != s && strings.ToLower(markForms.Replace(h.text)) == key {
			return h.text
		}
	}
	return s
}

// minTitleWords is the fewest words of a title that is a headline rather
// than a section or site name, when the page has a longer <h1>.
const minTitleWords = 3

// minHeadingWords is the fewest words of an <h1> that is the headline
// although no declared title agrees with it: the annotated pages measured
// name what readers see, and a one-word <h1> is mostly a section name.
const minHeadingWords = 2

// bestPart returns the heading's main part when the heading has parts
// (kicker, headline, subtitle): the longest part that agrees with the
// titles. Otherwise it returns the heading when it agrees, or "".
func bestPart(h hblock, titles []sourced, sites []string) string {
	best := ""
	for _, c := range h.parts {
		if len(c) > len(best) && standsAlone(c) && agreement(c, titles, sites) > 0 && !splitSentence(h.parts) {
			best = c
		}
	}
	if best == "" && (agreement(h.text, titles, sites) > 0 || h.heading == 1 && isTitleSegment(h.text, titles, sites)) {
		best = h.text
	}
	return best
}

// isTitleSegment reports whether heading h, of two words or more, is the
// first whole segment of a title, the rest being a tagline or section: the <h1>
// "1000 Euro Kredit" of the title "1000 Euro Kredit » 1000 EUR sofort
// aufs Konto | GIROMATCH".
func isTitleSegment(h string, titles []sourced, sites []string) bool {
	if len(words(h)) < 2 {
		return false
	}
	key := foldKey(h)
	for _, t := range titles {
		s := stripSite(t.value, titles, sites)
		if segs := titleSegments(s); len(segs) > 1 && foldKey(s[segs[0].start:segs[0].end]) == key {
			return true // the first segment: later ones name a section
		}
	}
	return false
}

// mainPart returns a heading's longest part that stands alone and holds
// most of its words (leaving out a kicker), or the whole heading.
func mainPart(h hblock) string {
	best := h.text
	for _, p := range h.parts {
		if standsAlone(p) && len(words(p))*2 > len(words(h.text)) && (best == h.text || len(p) > len(best)) {
			best = p
		}
	}
	return best
}

// standsAlone reports whether a heading part can be a headline by itself:
// it does not open in lower case or with a comma, colon or stop, as the
// rest of a sentence does ("<h1>The Story of <span>Metroid</span>, One …").
func standsAlone(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return !unicode.IsLower(r) && !strings.ContainsRune(",;:.)-–", r)
}

// agreement scores how well heading h says what one of the titles says
// once the title's site segments are set aside: 0 unless most of h's
// words are in the title and h has at least half of the title's words;
// otherwise the F-measure of the shared words.
func agreement(h string, titles []sourced, sites []string) float64 {
	hw := words(h)
	best := 0.0
	for _, t := range titles {
		tw := words(stripSite(t.value, titles, sites))
		if len(tw) == 0 || len(hw) == 0 {
			continue
		}
		common := commonWords(hw, tw)
		if common*10 >= len(hw)*6 && common*2 >= len(tw) {
			best = max(best, 2*float64(common)/float64(len(hw)+len(tw)))
		}
	}
	return best
}

// stripSite removes from title t the leading and trailing segments that
// name the site or that another title leaves out.
func stripSite(t string, titles []sourced, sites []string) string {
	segs := titleSegments(t)
	for len(segs) > 1 && droppable(t[segs[len(segs)-1].start:segs[len(segs)-1].end], t, titles, sites) {
		segs = segs[:len(segs)-1]
	}
	for len(segs) > 1 && droppable(t[segs[0].start:segs[0].end], t, titles, sites) {
		segs = segs[1:]
	}
	if len(segs) == 0 {
		return ""
	}
	return strings.TrimSpace(t[segs[0].start:segs[len(segs)-1].end])
}

// droppable reports whether segment seg of title t is not headline: it
// names the site, or another title that shares the rest of t lacks it.
func droppable(seg, t string, titles []sourced, sites []string) bool {
	if isSiteName(seg, sites) {
		return true
	}
	if siteShaped(seg) && utf8.RuneCountInString(t) > 2*utf8.RuneCountInString(seg) {
		return true // and the rest is longer than a section name beside it
	}
	sw := words(seg)
	rest := words(strings.Replace(t, seg, "", 1))
	if len(sw) == 0 || len(rest) == 0 {
		return len(sw) == 0
	}
	for _, o := range titles {
		if o.value == t {
			continue
		}
		ow := words(o.value)
		if commonWords(sw, ow) == 0 && commonWords(rest, ow)*10 >= len(rest)*8 {
			return true
		}
	}
	return false
}

// siteSuffixes end the names of Chinese web sites and their channels,
// as "website" or "channel" do: "…_新华网", "…-中新网", "…_科技频道".
var siteSuffixes = []string{
	"网",   // 新华网, 中新网, 光明网, 腾讯网
	"网站",  // 中国政府网站
	"频道",  // 国际频道, 财经频道
	"客户端", // 央视新闻客户端
	"新闻",  // 新浪新闻, 网易新闻
}

// maxSiteRunes is the longest Chinese title segment read as a site or
// channel name by its ending alone.
const maxSiteRunes = 7

// siteShaped reports whether a title segment is, by its form alone, the
// name of a site rather than words of a headline: a news agency's name
// ("Xinhua", "中新网"), a domain name ("chadim.net", "Popkultur.de"), or
// a short Chinese name ending in 网 or 频道 ("新华网", "科技频道").
func siteShaped(seg string) bool {
	seg = strings.TrimSpace(seg)
	if _, ok := lookupAgency(seg); ok {
		return true
	}
	if isDomainName(seg) {
		return true
	}
	n := utf8.RuneCountInString(seg)
	if n < 2 || n > maxSiteRunes || strings.IndexFunc(seg, func(r rune) bool { return !unicode.Is(unicode.Han, r) }) >= 0 {
		return false
	}
	for _, suf := range siteSuffixes {
		if strings.HasSuffix(seg, suf) && seg != suf {
			return true
		}
	}
	return false
}

// isDomainName reports whether s is one host name: letters, digits and
// hyphens in labels joined by dots, the last label two to six letters
// ("LWN.net", "t-online.de", "www.example.co.uk").
func isDomainName(s string) bool {
	dot := strings.LastIndexByte(s, '.')
	if dot <= 0 || len(s)-dot-1 < 2 || len(s)-dot-1 > 6 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		switch {
		case c >= 'a' && c <= 'z':
		case s[i] >= '0' && s[i] <= '9' || s[i] == '-':
			if i > dot {
				return false
			}
		case s[i] == '.':
			if i == 0 || s[i-1] == '.' {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// segment is a byte range of a title between separators.
type segment struct{ start, end int }

// titleSegments cuts a title at its separators.
func titleSegments(t string) []segment {
	var out []segment
	start := 0
	for i := 0; i < len(t); {
		sep := separatorAt(t, i)
		if sep == 0 {
			_, size := utf8.DecodeRuneInString(t[i:])
			i += size
			continue
		}
		if strings.TrimSpace(t[start:i]) != "" {
			out = append(out, segment{start, i})
		}
		i += sep
		start = i
	}
	if strings.TrimSpace(t[start:]) != "" {
		out = append(out, segment{start, len(t)})
	}
	return out
}

// separatorAt returns the length of a title separator at byte i, or 0.
func separatorAt(t string, i int) int {
	for _, sep := range titleSeparators {
		if !strings.HasPrefix(t[i:], sep) {
			continue
		}
		if bareSeparators[sep] {
			before, _ := utf8.DecodeLastRuneInString(t[:i])
			after, _ := utf8.DecodeRuneInString(t[i+len(sep):])
			if !isHanRune(before) && !isHanRune(after) {
				continue
			}
		}
		return len(sep)
	}
	return 0
}

func isHanRune(r rune) bool { return unicode.Is(unicode.Han, r) || isCJKPunct(r) }

// words splits s into lower-cased words; each Chinese character is a word.
func words(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		isWord := unicode.IsLetter(r) || unicode.IsDigit(r)
		han := unicode.Is(unicode.Han, r)
		if start >= 0 && (!isWord || han) {
			out = append(out, strings.ToLower(s[start:i]))
			start = -1
		}
		switch {
		case han:
			out = append(out, string(r))
		case isWord && start < 0:
			start = i
		}
	}
	if start >= 0 {
		out = append(out, strings.ToLower(s[start:]))
	}
	return out
}

// commonWords counts the words of a that occur in b.
func commonWords(a, b []string) int {
	n := 0
	for _, w := range a {
		for _, x := range b {
			if w == x {
				n++
				break
			}
		}
	}
	return n
}

// homeHeadings returns the text of headings that are one link to the
// site's home page: the site's name as a logo
// (<h1><a href="index.html">evolve extension for Mercurial</a></h1>).
func homeHeadings(heads []hblock) []string {
	var out []string
	for _, h := range heads {
		if h.heading > 0 && h.heading < 7 && h.linkLen >= len(h.text) && h.node != nil && isHomeLink(onlyLink(h.node)) {
			out = append(out, h.text)
		}
	}
	return out
}

// onlyLink returns the href of the one link that holds all of n's
// elements, or "#none" when there is not one.
func onlyLink(n *html.Node) string {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.ElementNode && c.DataAtom == atom.A:
			return attr(c, "href")
		case c.Type == html.ElementNode:
			return onlyLink(c)
		}
	}
	return "#none"
}

// isHomeLink reports whether href leads to a site's home page: "/",
// "./", "index.html", "https://example.com/".
func isHomeLink(href string) bool {
	href = strings.TrimSpace(href)
	if i := strings.LastIndex(href, "/http"); i > 0 && strings.Contains(href[i:], "://") {
		href = href[i+1:] // an archived link: "https://web.archive.org/web/2014…/http://example.com/"
	}
	if i := strings.Index(href, "://"); i >= 0 {
		rest := href[i+3:]
		if j := strings.IndexByte(rest, '/'); j >= 0 {
			href = rest[j:]
		} else {
			href = "/"
		}
	}
	switch strings.TrimPrefix(strings.TrimPrefix(href, "."), "/") {
	case "", "index.html", "index.htm", "index.php", "en-US/", "de/", "en/":
		return href != ""
	}
	return false
}

// splitSentence reports whether a heading's parts are one sentence that
// markup splits, a part ending in a short small word: "<h1>Welcome to
// <span>Firefox Developer Edition</span></h1>". A kicker ends otherwise.
func splitSentence(parts []string) bool {
	for _, p := range parts[:max(0, len(parts)-1)] {
		ws := strings.Fields(p)
		last := ws[len(ws)-1]
		r, _ := utf8.DecodeRuneInString(last)
		if unicode.IsLower(r) && utf8.RuneCountInString(last) <= 3 {
			return true
		}
	}
	return false
}

// maxKickerWords is the longest kicker dropped from before a headline.
const maxKickerWords = 4

// dropKicker removes a kicker that markup did not set apart, when a
// declared title is the heading without it: the heading "Holocaust-Gedenktag
// Erinnerung an die Opfer der NS-Verbrechen" with og:title "Erinnerung an
// die Opfer der NS-Verbrechen" gives the latter.
func dropKicker(h string, titles []sourced) string {
	hw := strings.Fields(h)
	for _, t := range titles {
		tw := strings.Fields(t.value)
		extra := len(hw) - len(tw)
		if extra < 1 || extra > maxKickerWords || len(tw) < minTitleWords {
			continue
		}
		if foldKey(strings.Join(hw[extra:], " ")) == foldKey(t.value) {
			return strings.Join(hw[extra:], " ")
		}
	}
	return h
}
