package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxHeadline is the longest first line taken as a headline, in runes.
const maxHeadline = 300

// recognizeHeadline takes the first line as the headline when it stands
// alone and is short, and drops later copies of it (the seed repeats its
// headline). Pages that declare a headline are handled in meta.go.
func recognizeHeadline(st *state) {
	if st.doc.format == FormatHTML || len(st.body) == 0 {
		return
	}
	b := st.body[0]
	first := b.lines[0]
	text := cleanSpace(first.text)
	if !headlineLike(text) || isBylineLine(text) {
		return
	}
	if len(b.lines) > 1 {
		if wrappedProse(first.text, b.lines[1].text) {
			return
		}
		rest := b.lines[1:]
		if sub := rest[0].text; continuesHeadline(text) && headlineLike(sub) && len(rest) == 1 {
			// "Jobs report gives Democrats a lift;" / "Solid upturn, ..."
			text = text + " " + cleanSpace(sub)
			first.span.End = rest[0].span.End
			rest = nil
		}
		if len(rest) == 0 {
			st.body = st.body[1:]
		} else {
			st.body[0] = joinLines(rest)
		}
	} else {
		st.body = st.body[1:]
	}
	text = cutSiteSuffix(text, st.body, 3)
	st.art.Headline = text
	st.art.Spans.Headline = first.span
	st.body = dropCopies(st.body, text, 3)
	st.body = dropTrailingCopy(st.body, text)
}

// dropTrailingCopy removes a copy of the headline that closes the story,
// as pasted pages repeat it under the text; only the last block counts,
// and only when the story has more than it.
func dropTrailingCopy(blocks []block, headline string) []block {
	n := len(blocks)
	if n < 2 {
		return blocks
	}
	if sameFolded(blocks[n-1].text, foldKey(headline)) {
		return blocks[:n-1]
	}
	return blocks
}

// sameFolded reports whether s folds (foldKey) to key. Text with clean
// spacing keeps its length when folded, so most texts are told apart
// without folding them.
func sameFolded(s, key string) bool {
	if len(s) > 2*len(key)+16 { // folding cannot halve a text
		return false
	}
	t := strings.TrimFunc(s, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) })
	if isClean(t) && len(t) != len(key) {
		return false
	}
	return foldKey(t) == key
}

// minLeadWords is how many words after a dateline make a line a story's
// first paragraph rather than a headline with a dash in it.
const minLeadWords = 8

// headlineLike rejects lines too long to be a headline and paragraphs that
// open with a dateline ("WASHINGTON (AP) — The ...").
func headlineLike(s string) bool {
	if s == "" || utf8.RuneCountInString(s) > maxHeadline {
		return false
	}
	if mayOpenDateline(s) {
		if m, ok := matchDateline(s); ok && m.bodyPos > 0 && len(strings.Fields(s[m.bodyPos:])) >= minLeadWords {
			return false
		}
	}
	return true
}

// datelineScan is how far into a line a dateline's closing mark or date
// is looked for.
const datelineScan = 160

// mayOpenDateline is a quick test that a line may open with a dateline
// that a story follows: every such dateline holds a dash (dateline.go's
// dashes), colon, stop, bracket, equals sign or a date's digits near its
// start.
func mayOpenDateline(s string) bool {
	s = s[:min(len(s), datelineScan)]
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case datelineMarks[c]:
			return true
		case c == 0xE2 && (strings.HasPrefix(s[i:], "–") || strings.HasPrefix(s[i:], "—") || strings.HasPrefix(s[i:], "−")):
			return true
		}
	}
	return false
}

// datelineMarks are the ASCII bytes mayOpenDateline looks for.
var datelineMarks = func() (t [256]bool) {
	for _, c := range []byte("-_:.(=0123456789") {
		t[c] = true
	}
	return t
}()

// wrappedProse reports whether line a runs on into line b mid-sentence,
// as hard-wrapped prose does ("... the drought since early\njanuary").
func wrappedProse(a, b string) bool {
	last, _ := utf8.DecodeLastRuneInString(a)
	next, _ := utf8.DecodeRuneInString(strings.TrimSpace(b))
	return (unicode.IsLower(last) || last == ',') && unicode.IsLower(next)
}

// dropCopies removes, from the first n blocks, those that repeat the
// headline, and strips a repeated headline line from the top of a block.
func dropCopies(blocks []block, headline string, n int) []block {
	key := foldKey(headline)
	same := func(s string) bool { return sameFolded(s, key) }
	hit := false
	for i := 0; i < n && i < len(blocks) && !hit; i++ {
		b := blocks[i]
		hit = same(b.text) || len(b.lines) > 1 && same(b.lines[0].text)
	}
	if !hit {
		return blocks // the common case: nothing repeats the headline
	}
	out := blocks[:0:0]
	for i, b := range blocks {
		if i < n && same(b.text) {
			continue
		}
		if i < n && len(b.lines) > 1 && same(b.lines[0].text) {
			b = joinLines(b.lines[1:])
		}
		out = append(out, b)
	}
	return out
}

// foldKey normalises text for comparison: case, spaces and punctuation
// at the ends do not count.
func foldKey(s string) string {
	s = strings.TrimFunc(s, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) })
	return strings.ToLower(cleanSpace(s))
}

// continuesHeadline reports whether a headline line ends in a mark that
// announces a second deck on the next line ("... a lift;").
func continuesHeadline(s string) bool {
	return strings.HasSuffix(s, ";") || strings.HasSuffix(s, ":")
}

// isBylineLine reports whether s is a byline, not a headline: "By Jane Doe".
func isBylineLine(s string) bool {
	if _, by := cutBy(s); !by {
		return false
	}
	_, _, ok := parseByline(s, false)
	return ok
}

// siteSeparators part a headline from the site name a pasted page's title
// adds: "Flood waters recede in river town | Reuters".
var siteSeparators = []string{" | ", " - ", " – ", " — ", "_"}

// maxSiteWords is the most words a site name after a headline has.
const maxSiteWords = 5

// cutSiteSuffix removes the site name from the end of headline h (a
// segment after siteSeparators) when one of the first n blocks repeats h
// without it, or when the name is site-shaped, an agency or a domain
// ("... | Reuters", "... - Xinhua", "... - example.com").
func cutSiteSuffix(h string, blocks []block, n int) string {
	for _, sep := range siteSeparators {
		i := strings.LastIndex(h, sep)
		if i <= 0 {
			continue
		}
		head, site := strings.TrimSpace(h[:i]), strings.TrimSpace(h[i+len(sep):])
		if site == "" || len(strings.Fields(site)) > maxSiteWords {
			continue
		}
		if siteShaped(site) {
			return head
		}
		key := foldKey(head)
		for j := 0; j < n && j < len(blocks); j++ {
			if sameFolded(blocks[j].text, key) {
				return head
			}
		}
	}
	return h
}
