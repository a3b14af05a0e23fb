package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// zhPart is one element of a Chinese dateline's grammar.
type zhPart int

const (
	zOpen        zhPart = iota // an opening bracket: "【", "（", "("
	zRelay                     // "据": the story relays another source
	zSource                    // an agency or the paper itself: "新华社", "本报"
	zReporters                 // CNA: "記者林克倫" before the place
	zPlace                     // the place, possibly none: "布鲁塞尔"
	zDate                      // "2月24日", "二月二十四日", "24日"
	zDateOpt                   // a date, or none
	zEnd                       // "电", "讯", "报道", "消息"
	zCredits                   // credits after the end, if any: "（记者任珂）", " 记者 王逸"
	zClose                     // the bracket that closes zOpen
	zTail                      // the separator before the story: "：", "，", spaces
	zShow                      // a programme in brackets, then a colon: "（新闻联播）："
	zSlashCredit               // Taiwanese papers: "記者張明仁／", "國際新聞中心／" before the place
	zPlaceReq                  // a place that must be there: "新加坡" in "（新加坡讯）"
)

// zhDatelineRule is one Chinese dateline style, tried in order.
type zhDatelineRule struct {
	name    string
	example string
	parts   []zhPart
}

var zhDatelineRules = []zhDatelineRule{
	{"cna-reporter-bare", "中央社記者林克倫台北24日電 …; 中央社記者吳欣紜台北2日電 氣象署…",
		[]zhPart{zSource, zReporters, zDate, zEnd, zTail}},
	{"source-place-date", "新华社布鲁塞尔2月24日电（记者任珂）北约秘书长…; 中新网2月24日电 …; 本报北京2月24日电",
		[]zhPart{zSource, zPlace, zDate, zEnd, zCredits, zTail}},
	{"cna-reporter", "（中央社記者林克倫台北24日電）…",
		[]zhPart{zOpen, zSource, zReporters, zDate, zEnd, zClose, zTail}},
	{"bracketed", "【共同社金边11月12日电】柬埔寨…; （中央社台北24日電）",
		[]zhPart{zOpen, zSource, zPlace, zDateOpt, zEnd, zCredits, zClose, zTail}},
	{"relayed", "据法新社2月24日报道，…; 据法新社报道，…",
		[]zhPart{zRelay, zSource, zPlace, zDateOpt, zEnd, zTail}},
	{"source-show", "央视网消息（新闻联播）：连日来…",
		[]zhPart{zSource, zEnd, zShow, zTail}},
	{"source-only", "本报讯（记者 张三）…; 央视新闻消息：…; 法制日报讯 记者张晨 最高人民法院…",
		[]zhPart{zSource, zEnd, zCredits, zTail}},
	{"slash-bracketed", "〔記者張明仁／台北報導〕台北市…（自由時報）; 〔國際新聞中心／綜合報導〕",
		[]zhPart{zOpen, zSlashCredit, zPlace, zEnd, zClose, zTail}},
	{"slash", "記者林佳蓉／台北即時報導（聯合報，on its own line）",
		[]zhPart{zSlashCredit, zPlace, zEnd, zTail}},
	{"place-bracketed", "（新加坡讯）建屋发展局…; （北京综合讯）中国…（联合早报）",
		[]zhPart{zOpen, zPlaceReq, zEnd, zClose, zTail}},
}

// zhDesks end the name of a newsroom desk that signs a story instead of
// a reporter: "〔國際新聞中心／綜合報導〕", "〔即時新聞／綜合報導〕".
var zhDesks = []string{"中心", "組", "组", "部", "即時新聞", "即时新闻"}

// maxSlashCreditRunes bounds the credit before a Taiwanese dateline's slash.
const maxSlashCreditRunes = 24

// scanSlashCreditZH reads the reporters ("記者張明仁、李四") or the desk
// ("國際新聞中心") before the slash of a Taiwanese paper's dateline.
func scanSlashCreditZH(s string, pos int, m zhMatch) []zhChoice {
	rest := s[pos:]
	k := strings.IndexAny(rest, "／/")
	if k <= 0 || utf8.RuneCountInString(rest[:k]) > maxSlashCreditRunes {
		return nil
	}
	inner := strings.TrimSpace(rest[:k])
	_, size := utf8.DecodeRuneInString(rest[k:])
	next := []zhChoice{{pos + k + size, m}}
	for _, p := range []string{"記者", "记者"} {
		if names, ok := strings.CutPrefix(inner, p); ok {
			if cs, ok := parseCreditsZH(p + names); ok {
				next[0].m.credits = append(m.credits, cs...)
				return next
			}
			return nil
		}
	}
	for _, d := range zhDesks {
		if strings.HasSuffix(inner, d) && !strings.ContainsAny(inner, " ，。") {
			return next
		}
	}
	return nil
}

// maxShowRunes bounds the programme a broadcaster's dateline names:
// "央视网消息（新闻联播）：".
const maxShowRunes = 12

// zhHouseSources name the paper or station itself, not an agency.
var zhHouseSources = []struct{ text, example string }{
	{"本报", "本报北京2月24日电"},
	{"本報", "本報台北24日電"},
	{"本刊", "本刊讯"},
	{"本台", "本台消息"},
	{"本臺", "本臺消息"},
	{"本网", "本网讯"},
	{"本網", "本網訊"},
}

// zhDatelineEnds close the dateline, longest first.
var zhDatelineEnds = []struct{ text, example string }{
	{"綜合外電報導", "（中央社台北24日綜合外電報導）"},
	{"综合外电报道", "（中央社台北24日综合外电报道）"},
	{"专电", "新华社华盛顿2月24日专电"},
	{"專電", "中央社華盛頓24日專電"},
	{"綜合報導", "〔國際新聞中心／綜合報導〕"},
	{"综合报道", "〔国际新闻中心／综合报道〕"},
	{"即時報導", "記者林佳蓉／台北即時報導"},
	{"即时报道", "记者林佳蓉／台北即时报道"},
	{"综合讯", "（北京综合讯）"},
	{"綜合訊", "（北京綜合訊）"},
	{"综合电", "（东京综合电）"},
	{"綜合電", "（東京綜合電）"},
	{"專訊", "【明報專訊】"},
	{"专讯", "【明报专讯】"},
	{"报道", "【环球时报报道 记者 王逸】; 据法新社报道"},
	{"報導", "據法新社報導"},
	{"報道", "星島日報報道（香港）"},
	{"报导", "据路透社报导"},
	{"消息", "央视新闻消息："},
	{"电", "新华社布鲁塞尔2月24日电"},
	{"電", "中央社記者林克倫台北24日電"},
	{"讯", "本报讯"},
	{"訊", "本報訊"},
}

// zhBrackets are the brackets a dateline or credit stands in.
var zhBrackets = [][2]string{{"【", "】"}, {"（", "）"}, {"(", ")"}, {"[", "]"}, {"〔", "〕"}}

// maxPlaceRunes bounds a place name: "布鲁塞尔", "乌兰巴托", "圣彼得堡".
const maxPlaceRunes = 10

// zhMatch is what a Chinese dateline rule found.
type zhMatch struct {
	datelineMatch
	textStart int      // start of the dateline text (after an opening bracket)
	close     string   // the bracket that must close it
	credits   []credit // credits written in or right after the dateline
}

// matchDatelineZH tries the Chinese rules on the start of paragraph s.
func matchDatelineZH(s string) (zhMatch, bool) {
	if len(s) > 600 {
		s = s[:600]
	}
	for _, r := range zhDatelineRules {
		if m, ok := matchZHParts(s, r.parts, 0, zhMatch{datelineMatch: datelineMatch{rule: r.name}}); ok {
			return m, true
		}
	}
	return zhMatch{}, false
}

// matchZHParts matches parts at s[pos:], backtracking over the choices.
func matchZHParts(s string, parts []zhPart, pos int, m zhMatch) (zhMatch, bool) {
	return matchSeq(parts, pos, m, func(p zhPart, pos int, m zhMatch) []zhChoice {
		return scanZHPart(s, p, pos, m)
	})
}

// zhChoice is a step of the Chinese dateline grammar.
type zhChoice = step[zhMatch]

// scanZHPart returns the ways part p can match at s[pos:].
func scanZHPart(s string, p zhPart, pos int, m zhMatch) []zhChoice {
	rest := s[pos:]
	one := func(n int, m zhMatch) []zhChoice { return []zhChoice{{pos + n, m}} }
	switch p {
	case zOpen:
		for _, b := range zhBrackets {
			if strings.HasPrefix(rest, b[0]) {
				m.close, m.textStart = b[1], pos+len(b[0])
				return one(len(b[0]), m)
			}
		}
	case zRelay:
		if hasPrefixAny(rest, "据", "據") {
			return one(len("据"), m)
		}
	case zSource:
		return scanSourceZH(rest, pos, m)
	case zReporters:
		return scanReportersZH(s, pos, m)
	case zPlace:
		return scanPlaceZH(s, pos, m)
	case zDate, zDateOpt:
		if d, n := scanDateZH(rest); n > 0 {
			m.date = d
			return one(n, m)
		}
		if p == zDateOpt {
			return one(0, m)
		}
	case zEnd:
		for _, e := range zhDatelineEnds {
			if strings.HasPrefix(rest, e.text) {
				m.textEnd = pos + len(e.text)
				return one(len(e.text), m)
			}
		}
	case zCredits:
		n, cs := scanCreditsZH(rest, m.close)
		m.credits = append(m.credits, cs...)
		return one(n, m)
	case zClose:
		n := skipSpaceZH(rest)
		if m.close != "" && strings.HasPrefix(rest[n:], m.close) {
			return one(n+len(m.close), m)
		}
	case zTail:
		n := scanTailZH(rest)
		m.bodyPos = pos + n
		return one(n, m)
	case zShow:
		if n := scanShowZH(rest); n > 0 {
			return one(n, m)
		}
	case zSlashCredit:
		return scanSlashCreditZH(s, pos, m)
	case zPlaceReq:
		if hasPrefixAny(rest, "记者", "記者", "本报", "本報") {
			return nil
		}
		return scanPlaceZH(s, pos, m)[1:]
	}
	return nil
}

// scanSourceZH reads an agency ("新华社", "中央社") or the paper itself ("本报").
func scanSourceZH(rest string, pos int, m zhMatch) []zhChoice {
	if name, n := agencyPrefix(rest); n > 0 {
		if r, _ := utf8.DecodeRuneInString(rest); r < 0x80 {
			return nil // Latin agency names open English datelines
		}
		m.agency, m.agencyOK = name, true
		return []zhChoice{{pos + n, m}}
	}
	for _, h := range zhHouseSources {
		if strings.HasPrefix(rest, h.text) {
			return []zhChoice{{pos + len(h.text), m}}
		}
	}
	return nil
}

// scanPlaceZH offers every run of up to maxPlaceRunes Han characters at
// s[pos:] as the place, shortest first (none included): the date that
// follows settles where the place ends ("北京二月二十四日" is 北京).
func scanPlaceZH(s string, pos int, m zhMatch) []zhChoice {
	out := []zhChoice{{pos, m}}
	i := pos
	for k := 0; k < maxPlaceRunes && i < len(s); k++ {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.Is(unicode.Han, r) && r != '·' {
			break
		}
		i += size
		m2 := m
		m2.place = Span{pos, i}
		out = append(out, zhChoice{i, m2})
	}
	return out
}

// scanReportersZH reads CNA's "記者林克倫台北" (reporters, then the place)
// up to the date: the names are split at "、", and the place is a known
// one at the end, or else what follows a three-character name.
func scanReportersZH(s string, pos int, m zhMatch) []zhChoice {
	rest := s[pos:]
	var n int
	for _, p := range []string{"记者", "記者"} {
		if strings.HasPrefix(rest, p) {
			n = len(p)
		}
	}
	if n == 0 {
		return nil
	}
	end := pos + n
	for end < len(s) {
		r, size := utf8.DecodeRuneInString(s[end:])
		if !(unicode.Is(unicode.Han, r) || r == '、' || r == '·') {
			break
		}
		if _, dn := scanDateZH(s[end:]); dn > 0 {
			break
		}
		end += size
	}
	names, place, ok := splitReporterPlaceZH(s[pos+n : end])
	if !ok {
		return nil
	}
	m.credits = append(m.credits, credit{roleReporter, names})
	m.place = Span{end - len(place), end}
	return []zhChoice{{end, m}}
}

// splitReporterPlaceZH splits "林克倫、張三台北" into [林克倫 張三] and 台北.
func splitReporterPlaceZH(s string) ([]string, string, bool) {
	parts := strings.Split(s, "、")
	last := parts[len(parts)-1]
	place := ""
	for _, p := range zhPlaces {
		if strings.HasSuffix(last, p) && len(p) > len(place) && len(p) < len(last) {
			place = p
		}
	}
	if place == "" {
		runes := []rune(last)
		if len(runes) < 4 {
			return nil, "", false
		}
		place = string(runes[3:])
	}
	parts[len(parts)-1] = strings.TrimSuffix(last, place)
	var names []string
	for _, p := range parts {
		if !isNameZH(p) {
			return nil, "", false
		}
		names = append(names, p)
	}
	return names, place, true
}

// zhPlaces are datelines' places that scanReportersZH can tell from the
// reporter's name before them: "中央社記者林克倫台北24日電".
var zhPlaces = []string{
	"台北", "臺北", "新北", "台中", "臺中", "台南", "臺南", "高雄", "桃園", "新竹", "基隆", "嘉義", "花蓮", "宜蘭", "屏東", "金門", "馬祖",
	"香港", "澳門", "澳门", "北京", "上海", "廣州", "广州", "深圳", "東京", "东京", "首爾", "首尔", "新加坡", "曼谷", "馬尼拉", "雅加達",
	"華盛頓", "华盛顿", "紐約", "纽约", "洛杉磯", "舊金山", "倫敦", "伦敦", "巴黎", "柏林", "布魯塞爾", "布鲁塞尔", "莫斯科", "日內瓦", "日内瓦",
	"羅馬", "罗马", "雪梨", "悉尼", "基輔", "基辅", "耶路撒冷", "開羅", "开罗", "新德里", "河內", "河内", "金邊", "金边", "吉隆坡",
}

// scanCreditsZH reads credits right after a dateline's end: a bracketed
// group ("（记者任珂）") or, inside the dateline's own brackets, the rest
// before the closing one ("【环球时报报道 记者 王逸】"). It returns the bytes
// read, 0 when there are none.
func scanCreditsZH(rest, close string) (int, []credit) {
	sp := skipSpaceZH(rest)
	for _, b := range zhBrackets {
		if !strings.HasPrefix(rest[sp:], b[0]) {
			continue
		}
		inner := rest[sp+len(b[0]):]
		j := strings.Index(inner, b[1])
		if j < 0 {
			return 0, nil
		}
		if cs, ok := parseCreditsZH(inner[:j]); ok {
			return sp + len(b[0]) + j + len(b[1]), cs
		}
		return 0, nil
	}
	if close == "" {
		return scanBareCreditsZH(rest)
	}
	j := strings.Index(rest, close)
	if j <= 0 {
		return 0, nil
	}
	if cs, ok := parseCreditsZH(rest[:j]); ok {
		return j, cs
	}
	return 0, nil
}

// scanShowZH reads a programme name in brackets that a colon follows,
// "（新闻联播）：", and returns its length without the colon, or 0.
func scanShowZH(s string) int {
	for _, b := range zhBrackets[1:3] { // "（）", "()"
		if !strings.HasPrefix(s, b[0]) {
			continue
		}
		j := strings.Index(s, b[1])
		if j < 0 {
			return 0
		}
		inner := s[len(b[0]):j]
		if k := utf8.RuneCountInString(inner); k == 0 || k > maxShowRunes || !hasPrefixAny(s[j+len(b[1]):], "：", ":") {
			return 0
		}
		return j + len(b[1])
	}
	return 0
}

// scanBareCreditsZH reads credits written without brackets between a
// dateline and the story, ended by a space: "法制日报讯 记者张晨 最高…".
func scanBareCreditsZH(rest string) (int, []credit) {
	sp := skipSpaceZH(rest)
	if sp == 0 {
		return 0, nil
	}
	end := strings.IndexAny(rest[sp:], " \u3000")
	if end <= 0 || end > 40 {
		return 0, nil
	}
	if cs, ok := parseCreditsZH(rest[sp : sp+end]); ok {
		return sp + end, cs
	}
	return 0, nil
}

// zhTails separate a dateline from the story, longest first.
var zhTails = []string{"——", "：", ":", "，", ",", "—", "-", "|", "｜"}

// scanTailZH reads the spaces and one separator after a dateline.
func scanTailZH(s string) int {
	n := skipSpaceZH(s)
	for _, t := range zhTails {
		if strings.HasPrefix(s[n:], t) {
			n += len(t)
			break
		}
	}
	return n + skipSpaceZH(s[n:])
}

// skipSpaceZH returns the length of the ASCII and ideographic space at
// the start of s.
func skipSpaceZH(s string) int {
	i := 0
	for i < len(s) {
		switch {
		case s[i] == ' ' || s[i] == '\t':
			i++
		case strings.HasPrefix(s[i:], "\u3000"), strings.HasPrefix(s[i:], "\u00a0"):
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		default:
			return i
		}
	}
	return i
}

// recognizeDatelineZH finds a Chinese dateline in the first paragraphs
// (putting back a dateline paragraph that the headline stage took), fills
// Article.Dateline and the credits written in it, and then reads the
// story's Chinese credits. It reports whether a dateline was found.
func recognizeDatelineZH(st *state) bool {
	st.unHeadlineZH()
	found := false
	for i := 0; i < len(st.body) && i <= maxLeadBlocks; i++ {
		b := &st.body[i]
		if m, ok := matchDatelineZH(b.text); ok {
			st.applyDatelineZH(i, m)
			found = true
			break
		}
		if utf8.RuneCountInString(b.text) > 60 || endsSentenceZH(b.text) {
			break // the story has begun: a later "據法新社報導" is no dateline
		}
	}
	recognizeCreditsZH(st)
	return found
}

// endsSentenceZH reports whether a block ends a Chinese sentence, as the
// story's paragraphs do and kickers, stamps and datelines do not.
func endsSentenceZH(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(s))
	return r == '。' || r == '！' || r == '？' || r == '”' && strings.ContainsRune(s, '。')
}

// unHeadlineZH returns to the body a first line that the headline stage
// took although it opens with a dateline and goes on with the story.
func (st *state) unHeadlineZH() {
	h := st.art.Headline
	if h == "" || st.doc.format != FormatText {
		return
	}
	if m, ok := matchDatelineZH(h); !ok || m.bodyPos >= len(h) {
		return
	}
	b := block{text: h, span: st.art.Spans.Headline, lines: []line{{text: h, span: st.art.Spans.Headline}}}
	st.body = append([]block{b}, st.body...)
	st.art.Headline, st.art.Spans.Headline = "", Span{}
}

// applyDatelineZH records match m found at the start of block i.
func (st *state) applyDatelineZH(i int, m zhMatch) {
	b := &st.body[i]
	d := &Dateline{Text: strings.TrimSpace(b.text[m.textStart:m.textEnd]), Agency: m.agency}
	if m.place.End > m.place.Start {
		d.Place = b.text[m.place.Start:m.place.End]
	}
	st.setDateZH(m.date)
	st.art.Dateline = d
	st.art.Spans.Dateline = Span{b.span.Start + m.textStart, b.span.Start + m.textEnd}
	st.addCredits(m.credits)
	b.text = strings.TrimSpace(b.text[m.bodyPos:])
	if b.text == "" {
		st.body = append(st.body[:i:i], st.body[i+1:]...)
	}
}

// setDateZH keeps a dateline date; a day without a month ("台北24日電")
// takes its month from the reference date, or is dropped with a warning.
func (st *state) setDateZH(d monthDay) {
	if d.day == 0 {
		return
	}
	if d.month == 0 {
		ref := st.ref
		if ref.IsZero() {
			ref = st.doc.meta.pubTime
		}
		var ok bool
		if d, ok = monthFromReferenceZH(d, ref); !ok {
			st.warn("dateline month unknown; pass --date to set it")
			return
		}
	}
	st.date = &d
}
