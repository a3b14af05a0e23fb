package cmd

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dispatch-tools/dispatch/parse"
)

// finding is one problem that dispatch check found in an input.
type finding struct {
	line, col int // 1-based, in the decoded input; 0 when the input has no position
	sev       severity
	rule      string
	msg       string
}

// rule is one built-in check. Its severity comes from the profile's
// rules: map, or from the default here.
type rule struct {
	id    string
	sev   severity // default severity
	doc   string
	check func(c *checkCtx)
}

// Rule ids that the code names.
const (
	ruleRequired = "required" // severities set per field under required:
	ruleInput    = "input"    // the input could not be read or parsed; always an error
)

// rules run in this order on every parsed input.
var rules = []rule{
	{ruleRequired, sevError, "a field that the profile's required: map names is missing", checkRequired},
	{"agency", sevError, "the dateline agency is not one of the profile's agencies", checkAgency},
	{"language", sevError, "the dispatch is not in the profile's language", checkLanguage},
	{"headline-length", sevWarning, "the headline is longer than the profile's max_headline", checkHeadlineLength},
	{"date-future", sevError, "the dateline date is after the reference date (--date) or the published date", checkDateFuture},
	{"quote-unbalanced", sevError, "a quotation mark is not closed, or is closed by the wrong mark", checkQuoteBalance},
	{"quote-speaker", sevWarning, "a direct quote (in quotation marks) has no speaker", checkQuoteSpeaker},
	{"credit-unparsed", sevError, "a credit was left in the body: it names nobody or could not be parsed", checkCredits},
	{"boilerplate", sevWarning, "page boilerplate was left in the body", checkBoilerplate},
	{"mojibake", sevError, "replacement characters or mojibake from a wrong encoding", checkMojibake},
	{"duplicate-paragraph", sevWarning, "a body paragraph repeats an earlier one", checkDuplicates},
	{"agency-signoff", sevError, "the dateline agency contradicts the agency the sign-off names", checkAgencySignoff},
}

// configurable reports whether the profile's rules: map sets the rule's severity.
func (r rule) configurable() bool { return r.id != ruleRequired }

func configurableRuleIDs() []string {
	var ids []string
	for _, r := range rules {
		if r.configurable() {
			ids = append(ids, r.id)
		}
	}
	return ids
}

// maxPerRule bounds the findings one rule reports for one input.
const maxPerRule = 20

// checkCtx is what a rule sees of one parsed input.
type checkCtx struct {
	art  *parse.Article
	prof *profile
	ref  time.Time // reference date of the input; zero if none
	src  *source
	rule *rule
	sev  severity
	out  []finding
}

// add reports a finding of the current rule at byte offset off of the decoded text.
func (c *checkCtx) add(off int, format string, args ...any) {
	c.addSev(off, c.sev, format, args...)
}

func (c *checkCtx) addSev(off int, sev severity, format string, args ...any) {
	line, col := c.src.position(off)
	c.out = append(c.out, finding{line: line, col: col, sev: sev, rule: c.rule.id, msg: fmt.Sprintf(format, args...)})
}

// checkArticle applies the profile's rules to a parsed input and returns
// the findings in source order.
func checkArticle(a *parse.Article, p *profile, ref time.Time) []finding {
	c := &checkCtx{art: a, prof: p, ref: ref, src: newSource(a)}
	for i := range rules {
		r := &rules[i]
		sev := sevError
		if r.configurable() {
			sev = p.rules[r.id]
		}
		if sev == sevOff {
			continue
		}
		c.rule, c.sev = r, sev
		n := len(c.out)
		r.check(c)
		if extra := len(c.out) - n - maxPerRule; extra > 0 {
			c.out = c.out[:n+maxPerRule]
			c.out[len(c.out)-1].msg += fmt.Sprintf(" (and %d more)", extra)
		}
	}
	slices.SortStableFunc(c.out, func(x, y finding) int {
		if x.line != y.line {
			return x.line - y.line
		}
		return x.col - y.col
	})
	return c.out
}

// requiredField is an output field that a profile can require.
type requiredField struct {
	name    string
	missing func(a *parse.Article) bool
	anchor  func(s *source) int // where to point when it is missing
}

// requiredFields are the fields of the output (dispatch schema) that the
// profile's required: map may name.
var requiredFields = []requiredField{
	{"headline", func(a *parse.Article) bool { return a.Headline == "" }, (*source).top},                            // NATO and the United States said ...
	{"dateline.text", datelineLacks(func(d *parse.Dateline) string { return d.Text }), (*source).datelineStart},     // Xinhua News Agency, Brussels, February 24th
	{"dateline.place", datelineLacks(func(d *parse.Dateline) string { return d.Place }), (*source).datelineStart},   // Brussels
	{"dateline.date", datelineLacks(func(d *parse.Dateline) string { return d.Date }), (*source).datelineStart},     // 2022-02-24
	{"dateline.agency", datelineLacks(func(d *parse.Dateline) string { return d.Agency }), (*source).datelineStart}, // Xinhua
	{"published", func(a *parse.Article) bool { return a.Published == "" }, (*source).top},                          // 2018-01-23T14:26:48+08:00
	{"reporters", func(a *parse.Article) bool { return len(a.Reporters) == 0 }, (*source).bodyStart},                // (Reporter Ren Ke)
	{"contributors", func(a *parse.Article) bool { return len(a.Contributors) == 0 }, (*source).bodyEnd},            // (Participate in the reporter: Deng Xianlai)
	{"editors", func(a *parse.Article) bool { return len(a.Editors) == 0 }, (*source).bodyEnd},                      // (Responsible editor: Yuan Bo, Hu Yongqiu)
	{"speakers", func(a *parse.Article) bool { return len(a.Speakers) == 0 }, (*source).bodyStart},                  // Stoltenberg said ...
	{"quotes", func(a *parse.Article) bool { return len(a.Quotes) == 0 }, (*source).bodyStart},                      // "we have no plans ..."
	{"body", func(a *parse.Article) bool { return len(a.Body) == 0 }, (*source).top},                                // the story's paragraphs
}

func datelineLacks(field func(*parse.Dateline) string) func(*parse.Article) bool {
	return func(a *parse.Article) bool { return a.Dateline == nil || field(a.Dateline) == "" }
}

func requiredFieldNames() []string {
	names := make([]string, len(requiredFields))
	for i, f := range requiredFields {
		names[i] = f.name
	}
	return names
}

// checkRequired reports missing required fields. A story with no written
// dateline gets one finding where the dateline should be, at the start of
// the body, naming the dateline fields the profile requires.
func checkRequired(c *checkCtx) {
	a := c.art
	noDateline := a.Dateline == nil || a.Dateline.Text == ""
	var group []string
	groupSev := sevOff
	for _, f := range requiredFields {
		sev := c.prof.required[f.name]
		if sev == sevOff || !f.missing(a) {
			continue
		}
		if noDateline && strings.HasPrefix(f.name, "dateline.") {
			group = append(group, f.name)
			groupSev = max(groupSev, sev)
			continue
		}
		c.addSev(f.anchor(c.src), sev, "%s is missing (required by the profile)", f.name)
	}
	if len(group) > 0 {
		c.addSev(c.src.bodyStart(), groupSev, "no dateline (the profile requires %s)", strings.Join(group, ", "))
	}
}

func checkAgency(c *checkCtx) {
	d := c.art.Dateline
	if len(c.prof.agencies) == 0 || d == nil || d.Agency == "" || slices.Contains(c.prof.agencies, d.Agency) {
		return
	}
	c.add(c.src.datelineStart(), "dateline agency %s is not one of the profile's agencies (%s)", d.Agency, strings.Join(c.prof.agencies, ", "))
}

func checkLanguage(c *checkCtx) {
	lang := c.art.Source.Language
	if c.prof.language == "" || lang == c.prof.language {
		return
	}
	if lang == "" {
		lang = "unknown"
	}
	c.add(c.src.top(), "language is %s, the profile expects %s", lang, c.prof.language)
}

func checkHeadlineLength(c *checkCtx) {
	h, limit := c.art.Headline, c.prof.maxHeadline
	n := utf8.RuneCountInString(h)
	if limit == 0 || n <= limit {
		return
	}
	k := 0
	for range limit {
		_, size := utf8.DecodeRuneInString(h[k:])
		k += size
	}
	c.add(c.src.at(c.src.head, k), "headline is %d characters, more than max_headline %d", n, limit)
}

// checkDateFuture compares a dateline date with a known year against the
// input's reference date, or else the published date.
func checkDateFuture(c *checkCtx) {
	d := c.art.Dateline
	if d == nil {
		return
	}
	date, err := time.Parse(time.DateOnly, d.Date)
	if err != nil {
		return // no date, or no year ("--02-24")
	}
	ref, what := c.ref, "reference date"
	if ref.IsZero() {
		t, err := time.Parse(time.RFC3339, c.art.Published)
		if err != nil {
			return
		}
		ref, what = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), "published date"
	}
	if date.After(ref) {
		c.add(c.src.datelineStart(), "dateline date %s is after the %s %s", d.Date, what, ref.Format(time.DateOnly))
	}
}

// quoteMark is a pair of quotation marks. Single quotes are not paired:
// "’" is also the apostrophe ("Ukraine’s").
type quoteMark struct{ open, close rune }

// quoteMarks are the pairs the balance rule knows.
var quoteMarks = []quoteMark{
	{'“', '”'}, // “We have no plans,” he said.
	{'"', '"'}, // "We have no plans," he said.
	{'「', '」'}, // 他说：「我们没有计划。」
	{'『', '』'}, // 「他说『不』。」
	{'«', '»'}, // «Nous n'avons pas de projet», a-t-il dit.
	{'„', '“'}, // „Wir haben keine Pläne“, sagte er. (“ closes a „ before it opens)
	{'»', '«'}, // »Wir haben keine Pläne«, sagte er.
}

// openQuote is an opening mark not yet closed, at offset off.
type openQuote struct {
	off int
	m   quoteMark
}

// quoteProblem is a mismatched or stray mark at offset off.
type quoteProblem struct {
	off int
	msg string
}

// scanQuotes pairs the quotation marks of s. It returns the marks left
// open at the end and the marks that are mismatched or stray. A mark
// that closes the innermost open quote closes it, whatever else it may
// open: "“" closes "„", "«" closes "»".
func scanQuotes(s string) (open []openQuote, probs []quoteProblem) {
	for i, r := range s {
		n := len(open)
		if n > 0 && r == open[n-1].m.close {
			open = open[:n-1]
			continue
		}
		if m, ok := quoteOpening(r); ok {
			if r == '"' && n > 0 && open[n-1].m.open == '“' {
				probs = append(probs, quoteProblem{open[n-1].off, fmt.Sprintf("quotation mark “ is closed by %c", r)})
				open = open[:n-1]
				continue
			}
			open = append(open, openQuote{i, m})
			continue
		}
		if !isQuoteClosing(r) {
			continue
		}
		if n == 0 {
			probs = append(probs, quoteProblem{i, fmt.Sprintf("closing quotation mark %c has no opening mark", r)})
			continue
		}
		probs = append(probs, quoteProblem{open[n-1].off, fmt.Sprintf("quotation mark %c is closed by %c", open[n-1].m.open, r)})
		open = open[:n-1]
	}
	return open, probs
}

func quoteOpening(r rune) (quoteMark, bool) {
	for _, m := range quoteMarks {
		if r == m.open {
			return m, true
		}
	}
	return quoteMark{}, false
}

func isQuoteClosing(r rune) bool {
	for _, m := range quoteMarks {
		if r == m.close {
			return true
		}
	}
	return false
}

// checkQuoteBalance reports unclosed, stray and mismatched quotation
// marks. A quote left open at the end of a paragraph is fine when the next
// paragraph opens with the same mark: wire copy continues quotes so.
func checkQuoteBalance(c *checkCtx) {
	segs := c.src.body
	for i, g := range segs {
		open, probs := scanQuotes(g.text)
		for _, p := range probs {
			c.add(c.src.at(g, p.off), "%s", p.msg)
		}
		if len(open) == 1 && i+1 < len(segs) {
			if r, _ := utf8.DecodeRuneInString(segs[i+1].text); r == open[0].m.open {
				continue
			}
		}
		for _, o := range open {
			c.add(c.src.at(g, o.off), "quotation mark %c is not closed: %s", o.m.open, excerpt(g.text[o.off:]))
		}
	}
	if open, probs := scanQuotes(c.src.head.text); len(open)+len(probs) > 0 {
		for _, o := range open {
			c.add(c.src.at(c.src.head, o.off), "quotation mark %c in the headline is not closed: %s", o.m.open, excerpt(c.src.head.text[o.off:]))
		}
		for _, p := range probs {
			c.add(c.src.at(c.src.head, p.off), "headline: %s", p.msg)
		}
	}
}

// checkQuoteSpeaker reports direct quotes that nobody is said to have
// spoken. Reported speech without a speaker ("It is reported that ...")
// is a way of writing, not a defect.
func checkQuoteSpeaker(c *checkCtx) {
	for _, q := range c.art.Quotes {
		if q.Speaker != "" || q.Kind != parse.Direct || q.Paragraph < 1 || q.Paragraph > len(c.src.body) {
			continue
		}
		g := c.src.body[q.Paragraph-1]
		k := max(strings.Index(g.text, q.Text), 0)
		c.add(c.src.at(g, k), "quote has no speaker: %q", excerpt(q.Text))
	}
}

func checkCredits(c *checkCtx) {
	for _, g := range c.src.body {
		for _, clue := range parse.UnparsedCredits(g.text) {
			switch {
			case clue.Names != nil:
				c.add(c.src.at(g, clue.Offset), "credit %q was left in the body", excerpt(clue.Clause))
			case strings.TrimRight(clue.Clause, " :：") == clue.Phrase:
				c.add(c.src.at(g, clue.Offset), "credit %q names nobody", clue.Clause)
			default:
				c.add(c.src.at(g, clue.Offset), "credit %q could not be parsed", excerpt(clue.Clause))
			}
		}
	}
}

func checkBoilerplate(c *checkCtx) {
	for _, g := range c.src.body {
		for _, clue := range parse.LeftoverBoilerplate(g.text) {
			c.add(c.src.at(g, clue.Offset), "page boilerplate left in the body: %q", clue.Text)
		}
	}
}

// mojibakeMark is a sequence that text shows after a wrong decoding.
// follow, when set, says which runes must come next.
type mojibakeMark struct {
	lead   string
	follow func(rune) bool
	what   string
}

// mojibakeMarks are matched in the headline and the body.
var mojibakeMarks = []mojibakeMark{
	{"\uFFFD", nil, "replacement character U+FFFD: bytes invalid in the input's encoding"}, // Ukraine�s
	{"â€", nil, "mojibake: UTF-8 punctuation decoded as Windows-1252"},                     // Ukraineâ€™s
	{"ï»¿", nil, "mojibake: a UTF-8 byte order mark decoded as Windows-1252"},              // ï»¿NATO
	{"Ã", isLatin1High, "mojibake: UTF-8 letters decoded as Latin-1"},                      // CafÃ©
	{"Â", isLatin1High, "mojibake: UTF-8 symbols decoded as Latin-1"},                      // Â£5
	{"Ð", isLatin1High, "mojibake: UTF-8 Cyrillic decoded as Latin-1"},                     // ÐœÐ¾ÑÐºÐ²Ð°
	{"Ñ", isLatin1High, "mojibake: UTF-8 Cyrillic decoded as Latin-1"},                     // Ñ€Ð¸
	{"锟斤拷", nil, "mojibake: replacement characters decoded as GBK"},                        // 锟斤拷
}

// isLatin1High: the second byte of a UTF-8 sequence read as Latin-1 or
// Windows-1252 ("©" in "Ã©", "€" in "â€").
func isLatin1High(r rune) bool {
	return r >= 0x80 && r <= 0xbf || strings.ContainsRune("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ", r)
}

// checkMojibake reports the first of each kind of mark in each paragraph.
func checkMojibake(c *checkCtx) {
	for _, g := range append([]segment{c.src.head}, c.src.body...) {
		for _, m := range mojibakeMarks {
			if k := findMojibake(g.text, m); k >= 0 {
				c.add(c.src.at(g, k), "%s", m.what)
			}
		}
	}
}

func findMojibake(s string, m mojibakeMark) int {
	for from := 0; ; {
		i := strings.Index(s[from:], m.lead)
		if i < 0 {
			return -1
		}
		i += from
		next, _ := utf8.DecodeRuneInString(s[i+len(m.lead):])
		if m.follow == nil || m.follow(next) {
			return i
		}
		from = i + len(m.lead)
	}
}

// minDuplicate is the shortest paragraph, in bytes, whose repeat is
// reported: shorter lines repeat by nature ("Avg shrs 5.20 mln vs 5.15 mln"
// in the quarter and the year tables of an earnings report).
const minDuplicate = 40

func checkDuplicates(c *checkCtx) {
	seen := map[string]int{}
	for i, g := range c.src.body {
		if len(g.text) < minDuplicate {
			continue
		}
		key := strings.ToLower(g.text)
		if j, ok := seen[key]; ok {
			line, _ := c.src.position(c.src.body[j].start)
			c.add(g.start, "paragraph %d repeats paragraph %d (line %d)", i+1, j+1, line)
			continue
		}
		seen[key] = i
	}
}

func checkAgencySignoff(c *checkCtx) {
	d := c.art.Dateline
	if d == nil || d.Text == "" || d.Agency == "" || c.art.Source.Format != parse.FormatText {
		return
	}
	agency, at := c.art.Spans.SignoffAgency, c.art.Spans.Signoff
	if agency == "" || agency == d.Agency {
		return
	}
	c.add(at.Start, "sign-off names %s, the dateline names %s", agency, d.Agency)
}

// excerpt shortens s for a message.
func excerpt(s string) string {
	const n = 40
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}
