package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// boilerplateLines are whole paragraphs that belong to the page, not the
// story. They are compared after folding case and outer punctuation.
var boilerplateLines = []string{
	"Share let more people see it",        // machine-translated Xinhua: 分享让更多人看到
	"分享让更多人看到",                            // Xinhua Chinese pages
	"分享讓更多人看到",                            //
	"Advertisement",                       //
	"Story continues below advertisement", //
	"Scroll to continue with content",     //
	"Share this article",                  //
	"Share", "Tweet", "Email", "Print",    // share bars
	"Click here to subscribe",                       //
	"Read more",                                     //
	"返回", "上一篇", "下一篇", "【纠错】", "扫一扫", "打印", "关闭窗口", // Chinese portal navigation
	"Skip to main content",         // pasted web page: the first link of the page
	"Accept", "Accept all cookies", // cookie banner buttons
	"Photo/File", "File photo", // caption credit: "Photo/File"
	"URGENT", "FLASH", "BULLETIN", "BREAKING", "Breaking News", // wire priority line above the headline
	"More to follow",                         // wire: "More to follow." under an urgent
	"ENDS",                                   // telex end mark, also "ends" (PA); case folds
	"-----Original Message-----",             // Outlook forward (see also mailSeparators)
	"---------- Forwarded message ---------", // Gmail forward
	"Begin forwarded message:",               // Apple Mail forward
}

// boilerplatePrefixes open paragraphs that are page furniture.
var boilerplatePrefixes = []string{
	"Follow us on", "Sign up for", "Subscribe to", "Click here to", "Read more:", "Related:",
	"Our Standards:",  // Reuters: "Our Standards: The Thomson Reuters Trust Principles."
	"Copyright ", "©", // "Copyright 2022 The Associated Press. All rights reserved."
	"This material may not be published", // AP rights line
	"All rights reserved",                //
	"SOURCE ",                            // PR Newswire: "SOURCE Acme Corp"
	"关键词：", "关键词:", "【纠错】", "扫一扫", "分享到：",
	"上一篇：", "上一篇:", "下一篇：", "下一篇:", // 上一篇：欧盟峰会开幕
	"關鍵詞：", "關鍵字：", // 關鍵字：央行 利率 (traditional portals)
	"《 人民日报 》（", "《人民日报》（", // 《 人民日报 》（ 2022年02月25日 01 版）
	"返回顶部", "返回首页", "返回目录", // 返回顶部
	"(ATTN:", "(ATTN :", // Yonhap: "(ATTN: UPDATES with details in paras 3-5)"
	"(This story has not been edited by",                          // PTI feeds: "(This story has not been edited by our staff and is auto-generated from a syndicated feed.)"
	"(Except for the headline, this story has not been edited by", // NDTV relaying PTI
	"(Only the headline of this report may have been reworked by", // Business Standard relaying PTI
}

// boilerplateLinePrefixes open a single line of page furniture. Unlike
// boilerplatePrefixes they never take a whole hard-wrapped block, only the
// line itself, so a headline glued under "Embargoed until ..." survives.
var boilerplateLinePrefixes = []string{
	"Embargoed until ", "EMBARGOED UNTIL ", "Embargoed to ", "EMBARGOED: ", "EMBARGO: ", // Embargoed until 00:01 GMT Thursday 6 June
	"We use cookies", "This website uses cookies", "This site uses cookies", // We use cookies to improve your experience.
	"Last updated ", "Last updated:", // Last updated: 14 May 2024, 09:12
	"来源：", "来源:", // 来源：新华网
	"分享到:", // 分享到: 微信 微博
}

// boilerplateWraps are page footers known by how they open and close:
// a paper's print edition line, "《光明日报》（2024年01月03日 01版）".
var boilerplateWraps = []struct{ open, close, example string }{
	{"《", "版）", "《光明日报》（2024年01月03日 01版）; 《经济日报》（2024年01月03日 03版）"},
	{"《", "版)", "《法治日报》(2024年01月03日 05版)"},
	{"(Photo: ", ")", "(Photo: Reuters); (Photo: Jane Doe/AFP)"},
	{"(Photo/", ")", "(Photo/Xinhua)"},
	{"(File photo", ")", "(File photo: the port of Rotterdam)"},
	{"(Corrects ", ")", "(Corrects day in first paragraph to Wednesday, not Tuesday)"},
	{"(Adds ", ")", "(Adds analyst comment in paragraph 5)"},
	{"(Updates with ", ")", "(Updates with closing prices)"},
	{"(Repeats ", ")", "(Repeats story first published on Tuesday)"},
	{"(Refiles to ", ")", "(Refiles to fix typo in headline)"},
}

// boilerplateWrapFirst holds the first byte of every wrap's opening.
var boilerplateWrapFirst = func() (t [256]bool) {
	for _, w := range boilerplateWraps {
		t[w.open[0]] = true
	}
	return t
}()

// boilerplateSuffixes are page furniture glued to the end of a paragraph
// in copied text: "... in Ukraine. Share let more people see it."
var boilerplateSuffixes = []string{
	"Share let more people see it.", "Share let more people see it", "分享让更多人看到", "分享讓更多人看到",
}

var boilerplateKeys = func() map[string]bool {
	m := make(map[string]bool, len(boilerplateLines))
	for _, l := range boilerplateLines {
		m[foldKey(l)] = true
	}
	return m
}()

// boilerplateMaxLen is the longest paragraph worth folding to look up:
// twice the longest boilerplate line, for spaces and punctuation.
var boilerplateMaxLen = func() int {
	n := 0
	for _, l := range boilerplateLines {
		n = max(n, len(l))
	}
	return 2*n + 8
}()

// boilerplateFirst holds the first character of every boilerplate key, a
// cheap test before folding a paragraph to look it up.
var boilerplateFirst = func() map[rune]bool {
	m := make(map[rune]bool)
	for k := range boilerplateKeys {
		r, _ := utf8.DecodeRuneInString(k)
		m[r] = true
	}
	return m
}()

// boilerplateKeyLens holds the byte lengths of the boilerplate keys.
var boilerplateKeyLens = func() map[int]bool {
	m := make(map[int]bool)
	for k := range boilerplateKeys {
		m[len(k)] = true
	}
	return m
}()

// isBoilerplateKey reports whether s folds (foldKey) to a boilerplate
// key. Text with clean spacing keeps its length when folded, so a length
// no key has settles it without folding.
func isBoilerplateKey(s string) bool {
	t := strings.TrimFunc(s, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) })
	if isClean(t) && !boilerplateKeyLens[len(t)] {
		return false
	}
	return boilerplateKeys[foldKey(t)]
}

// mayBeBoilerplateLine reports whether the first letter of s, lower-cased,
// starts some boilerplate line.
func mayBeBoilerplateLine(s string) bool {
	i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsPunct(r) && !unicode.IsSpace(r) })
	if i < 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return boilerplateFirst[unicode.ToLower(r)]
}

// stripBoilerplate removes boilerplate paragraphs and boilerplate glued to
// the end of paragraphs.
func stripBoilerplate(st *state) {
	dropStoryIDLines(st)
	kept := st.body[:0]
	for _, b := range st.body {
		if len(b.lines) <= 1 && isBoilerplateLine(b.text) || len(b.lines) > 1 && (isBoilerplate(b.text) || isMailHeaders(b)) {
			continue
		}
		b = trimBoilerplateLines(b)
		b.text = cutBoilerplateSuffix(b.text)
		if b.text != "" {
			kept = append(kept, b)
		}
	}
	st.body = kept
}

func isBoilerplate(s string) bool {
	if isRule(s) {
		return true
	}
	if len(s) >= 300 {
		return false
	}
	if len(s) <= boilerplateMaxLen && mayBeBoilerplateLine(s) && isBoilerplateKey(s) {
		return true
	}
	if hasBoilerplatePrefix(s) {
		return true
	}
	if len(s) < 120 && s != "" && boilerplateWrapFirst[s[0]] {
		for _, w := range boilerplateWraps {
			if strings.HasPrefix(s, w.open) && strings.HasSuffix(s, w.close) {
				return true
			}
		}
	}
	return false
}

// hasBoilerplatePrefix reports whether s opens like page furniture
// (boilerplatePrefixes): "Copyright © ANTARA 2024".
func hasBoilerplatePrefix(s string) bool {
	return s != "" && hasPrefixAny(s, boilerplatePrefixIndex[s[0]]...)
}

// prefixIndex files prefixes by their first byte, so a text is compared
// only with the few that open like it.
type prefixIndex [256][]string

func newPrefixIndex(prefixes []string) *prefixIndex {
	var ix prefixIndex
	for _, p := range prefixes {
		ix[p[0]] = append(ix[p[0]], p)
	}
	return &ix
}

var (
	boilerplatePrefixIndex     = newPrefixIndex(boilerplatePrefixes)
	boilerplateLinePrefixIndex = newPrefixIndex(boilerplateLinePrefixes)
)

// cutBoilerplateSuffix removes the page furniture (boilerplateSuffixes)
// that closes s, as often as it repeats.
func cutBoilerplateSuffix(s string) string {
	for changed := true; changed; {
		changed = false
		for _, suf := range boilerplateSuffixes {
			if strings.HasSuffix(s, suf) {
				s = strings.TrimSpace(s[:len(s)-len(suf)])
				changed = true
			}
		}
	}
	return s
}

// isRule reports whether s is only a separator: "___", "* * *", "___.", "-0-".
func isRule(s string) bool {
	if len(s) > 40 {
		return false
	}
	marks := 0
	for _, r := range s {
		switch r {
		case '_', '*', '-', '=', '#', '~', '.', ' ', '—', '–':
			if r != ' ' && r != '.' {
				marks++
			}
		default:
			return false
		}
	}
	return marks >= 3
}

// storyIDLines are the shapes of a feed's story-ID line, dropped where it
// opens or closes the story. In a shape, '#' stands for a run of digits.
var storyIDLines = []struct{ shape, example string }{
	{"APA# #-#-#/#:#", "APA0123 2024-02-01/10:45"},
	{"APA# #-#-#/#:#:#", "APA0456 2024-02-01/10:45:12"},
	{"ZCZC", "ZCZC"}, // telex: start of message
	{"NNNN", "NNNN"}, // telex: end of message
}

// isStoryIDLine reports whether s has the shape of a story-ID line.
func isStoryIDLine(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) > 40 {
		return false
	}
	for _, l := range storyIDLines {
		if matchShape(s, l.shape) {
			return true
		}
	}
	return false
}

// matchShape matches s against shape, where '#' is a run of one or more
// digits and any other byte stands for itself.
func matchShape(s, shape string) bool {
	i := 0
	for j := 0; j < len(shape); j++ {
		if shape[j] != '#' {
			if i >= len(s) || s[i] != shape[j] {
				return false
			}
			i++
			continue
		}
		k := i
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		if k == i {
			return false
		}
		i = k
	}
	return i == len(s)
}

// dropStoryIDLines removes a story-ID line (storyIDLines) that opens the
// first block or closes the last, as a line of its own or the whole block.
func dropStoryIDLines(st *state) {
	if len(st.body) == 0 {
		return
	}
	if b := st.body[0]; len(b.lines) > 1 && isStoryIDLine(b.lines[0].text) {
		st.body[0] = joinLines(b.lines[1:])
	} else if isStoryIDLine(b.text) {
		st.body = st.body[1:]
	}
	n := len(st.body)
	if n == 0 {
		return
	}
	if b := st.body[n-1]; len(b.lines) > 1 && isStoryIDLine(b.lines[len(b.lines)-1].text) {
		st.body[n-1] = joinLines(b.lines[:len(b.lines)-1])
	} else if isStoryIDLine(b.text) {
		st.body = st.body[:n-1]
	}
}

// isBoilerplateLine reports whether one line, or a one-line paragraph, is
// page furniture: a boilerplate paragraph (isBoilerplate), a line opening
// like one (boilerplateLinePrefixes), a navigation bar or breadcrumb
// (isNavLine), or a page's time stamp (isPageStamp).
func isBoilerplateLine(s string) bool {
	if isBoilerplate(s) {
		return true
	}
	if len(s) >= 300 || s == "" {
		return false
	}
	return hasPrefixAny(s, boilerplateLinePrefixIndex[s[0]]...) || isNavLine(s) || isPageStamp(s)
}

// trimBoilerplateLines removes furniture lines (isBoilerplateLine) from
// the top and the bottom of a block of several lines, as a pasted page
// leaves them: "Updated 3 hours ago" above "Share this article". A line
// that starts in lower case continues the prose above it and stays.
func trimBoilerplateLines(b block) block {
	ls := b.lines
	if len(ls) < 2 {
		return b
	}
	furniture := func(l line) bool {
		r, _ := utf8.DecodeRuneInString(l.text)
		return !unicode.IsLower(r) && isBoilerplateLine(l.text)
	}
	i, j := 0, len(ls)
	for i < j && !wrappedProse(ls[i].text, ls[min(i+1, j-1)].text) && furniture(ls[i]) {
		i++
	}
	for j > i && (j-1 == i || !wrappedProse(ls[j-2].text, ls[j-1].text)) && furniture(ls[j-1]) {
		j--
	}
	switch {
	case i == 0 && j == len(ls):
		return b
	case i == j:
		return block{span: b.span}
	}
	return joinLines(ls[i:j])
}

// mailHeaders are the header fields of a forwarded e-mail, as mail
// clients quote them above the forwarded text:
// "From: Newsdesk <desk@example.com>", "Sent: Tuesday, May 14, 2024 9:12 AM".
var mailHeaders = []string{"From:", "Sent:", "To:", "Cc:", "Bcc:", "Subject:", "Date:", "Reply-To:"}

// mailSeparators open the quoted part of a forwarded e-mail, as a line
// of its own: "-----Original Message-----".
var mailSeparators = []struct{ text, example string }{
	{"Original Message", "-----Original Message-----"},              // Outlook
	{"Forwarded message", "---------- Forwarded message ---------"}, // Gmail
	{"Begin forwarded message", "Begin forwarded message:"},         // Apple Mail
}

// isMailHeaders reports whether every line of b is a mail header field
// or a forward separator (mailSeparators), with at least two header
// fields: the header block of a forwarded dispatch.
func isMailHeaders(b block) bool {
	fields := 0
	for _, l := range b.lines {
		switch {
		case isMailHeaderLine(l.text):
			fields++
		case !isMailSeparator(l.text):
			return false
		}
	}
	return fields >= 2
}

// isMailSeparator reports whether s is a short line naming a forward
// (mailSeparators); all of them open with a dash or a "B".
func isMailSeparator(s string) bool {
	if len(s) > 60 || s == "" || s[0] != '-' && s[0] != 'B' {
		return false
	}
	for _, m := range mailSeparators {
		if strings.Contains(s, m.text) {
			return true
		}
	}
	return false
}

// isMailHeaderLine reports whether s opens with a mail header field.
func isMailHeaderLine(s string) bool {
	return hasPrefixAny(s, mailHeaders...)
}

// navSeparators divide the items of a navigation bar or breadcrumb:
// "Home | World | Business", "首页 > 新闻 > 正文", "News › World › Europe".
const navSeparators = "|>›»"

// navItems are the items that make a line of short items between
// separators a site's navigation rather than a table row ("Size | S | M"):
// it opens with a home link, or names two sections or more. Compared
// lower-cased.
var navItems = map[string]bool{
	"home": true, "首页": true, "主页": true, "startseite": true, "accueil": true, "inicio": true, // Home > News > World; 首页 > 新闻 > 正文
	"news": true, "world": true, "business": true, "politics": true, "sport": true, "sports": true, // Home | World | Business | Sport
	"tech": true, "technology": true, "opinion": true, "markets": true, "entertainment": true, //
	"health": true, "science": true, "culture": true, "video": true, "lifestyle": true, "travel": true, //
	"新闻": true, "国内": true, "国际": true, "财经": true, "体育": true, "正文": true, "滚动": true, // 首页 > 国际 > 正文
}

// maxNavItem is the longest navigation item, in runes and in words.
const maxNavItem, maxNavWords = 24, 3

// isNavLine reports whether s is a navigation bar or a breadcrumb: three
// items or more between separators (navSeparators), each short and
// opening with a letter, the first a home link (navItems) or two of them
// site sections.
func isNavLine(s string) bool {
	if len(s) > 200 || navSeparatorCount(s) < 2 {
		return false
	}
	items := strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(navSeparators, r) })
	if len(items) < 3 {
		return false
	}
	sections := 0
	for i, it := range items {
		it = cleanSpace(it)
		r, _ := utf8.DecodeRuneInString(it)
		if !unicode.IsLetter(r) || utf8.RuneCountInString(it) > maxNavItem || len(strings.Fields(it)) > maxNavWords || closesSentence(it) {
			return false
		}
		if navItems[strings.ToLower(it)] {
			sections += 1 + 2*bool2int(i == 0)
		}
	}
	return sections >= 2
}

// navSeparatorCount counts the separators (navSeparators) in s, in one
// pass over its bytes; a '<' ("<GM>" in 1987 wire copy) makes it 0.
func navSeparatorCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '<':
			return 0
		case c == '|' || c == '>':
			n++
		case c == 0xbb && i > 0 && s[i-1] == 0xc2: // »
			n++
		case c == 0xba && i > 1 && s[i-1] == 0x80 && s[i-2] == 0xe2: // ›
			n++
		}
	}
	return n
}

// bool2int is 1 for true.
func bool2int(b bool) int {
	if b {
		return 1
	}
	return 0
}
