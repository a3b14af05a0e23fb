package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// zhPhotoMarks end a photo credit, which names no reporter we report:
// "新华社记者 任珂 摄".
var zhPhotoMarks = []string{"摄影", "攝影", "摄", "攝"}

// zhCreditTails are words after the names that are not names: "记者 王逸 报道".
var zhCreditTails = []string{"报道", "報導", "采写", "採寫", "撰稿"}

// zhNameStops are characters that occur in prose but hardly ever in a
// person's name; a "name" holding one is prose ("记者了解到").
const zhNameStops = "的了是在与对将已从到被把说表示获悉据称这那们也都还就个"

// zhCreditIndex holds the credit phrases of creditsLongestFirst that are written
// in Chinese ("记者", "参与记者", "责任编辑"), longest first.
var zhCreditIndex = func() []creditPhrase {
	var out []creditPhrase
	for _, p := range creditsLongestFirst {
		if r, _ := utf8.DecodeRuneInString(p.phrase); unicode.Is(unicode.Han, r) {
			out = append(out, p)
		}
	}
	return out
}()

// isNameZH accepts a Chinese name of two to four characters ("任珂",
// "欧阳震华"), a transliterated one with "·" ("阿卜杜勒·阿齐兹"), or a name
// in Latin letters ("Jane Doe").
func isNameZH(s string) bool {
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.Is(unicode.Han, r) {
		return isPersonName(s)
	}
	n := 0
	for _, r := range s {
		switch {
		case r == '·' || r == '•':
		case !unicode.Is(unicode.Han, r) || strings.ContainsRune(zhNameStops, r):
			return false
		}
		n++
	}
	if strings.ContainsAny(s, "·•") {
		return n >= 3 && n <= 16
	}
	return n >= 2 && n <= 4
}

// parseCreditsZH reads a Chinese credit text: one or more clauses, each a
// credit phrase and names, separated by spaces, "；" or "|":
// "参与记者：邓仙来", "记者 张三 李四 通讯员 王五", "编辑：王明 校对：李华",
// "新华社记者任珂摄" (a photo credit: role none). Every part of s must be
// a credit.
func parseCreditsZH(s string) ([]credit, bool) {
	s = strings.TrimSpace(s)
	if s == "" || utf8.RuneCountInString(s) > 120 {
		return nil, false
	}
	var out []credit
	for s != "" {
		c, n, ok := parseCreditClauseZH(s)
		if !ok {
			return nil, false
		}
		out = append(out, c)
		s = strings.TrimLeft(s[n:], " \t；;|｜/\u3000")
	}
	return out, len(out) > 0
}

// parseCreditClauseZH reads one clause at the start of s and returns it
// with the bytes it took: its names run up to the next credit phrase.
func parseCreditClauseZH(s string) (credit, int, bool) {
	start := skipSourceZH(s)
	p, ok := creditPhraseZH(s[start:])
	if !ok {
		return credit{}, 0, false
	}
	i := start + len(p.phrase)
	end := nextCreditPhraseZH(s, i)
	names, photo := splitNamesZH(s[i:end])
	if len(names) == 0 && !photo {
		return credit{}, 0, false
	}
	c := credit{role: p.role, names: names}
	if photo {
		c.role = roleNone
	}
	return c, end, true
}

// skipSourceZH returns the length of an agency or paper that opens a
// credit, with a posting: "新华社记者", "本报驻布鲁塞尔记者".
func skipSourceZH(s string) int {
	n := 0
	if _, k := agencyPrefix(s); k > 0 && s[0] >= 0x80 {
		n = k
	}
	for _, h := range zhHouseSources {
		if n == 0 && strings.HasPrefix(s, h.text) {
			n = len(h.text)
		}
	}
	for _, z := range []string{"驻", "駐"} {
		if n > 0 && strings.HasPrefix(s[n:], z) {
			for k := n + len(z); k < len(s) && k-n < 30; {
				if _, ok := creditPhraseZH(s[k:]); ok {
					return k
				}
				_, size := utf8.DecodeRuneInString(s[k:])
				k += size
			}
		}
	}
	return n
}

// creditPhraseZH matches a Chinese credit phrase at the start of s.
func creditPhraseZH(s string) (creditPhrase, bool) {
	for _, p := range zhCreditIndex {
		if strings.HasPrefix(s, p.phrase) {
			return p, true
		}
	}
	return creditPhrase{}, false
}

// nextCreditPhraseZH finds where the next clause starts after s[i:]: a
// credit phrase after a space or separator, or the end.
func nextCreditPhraseZH(s string, i int) int {
	for k := i; k < len(s); {
		r, size := utf8.DecodeRuneInString(s[k:])
		k += size
		if !(r == ' ' || r == '\u3000' || r == '；' || r == ';' || r == '|' || r == '｜') {
			continue
		}
		j := k + skipSpaceZH(s[k:])
		if _, ok := creditPhraseZH(s[j+skipSourceZH(s[j:]):]); ok {
			return k - size
		}
	}
	return len(s)
}

// splitNamesZH reads the names of a clause, "：袁博、胡永秋", " 张三 李四",
// and reports a photo credit ("任珂 摄"). Any part that is not a name
// rejects the clause.
func splitNamesZH(s string) ([]string, bool) {
	s = strings.TrimSpace(strings.TrimLeft(s, " :：\t\u3000"))
	photo := false
	for _, m := range zhPhotoMarks {
		if t, ok := strings.CutSuffix(s, m); ok {
			s, photo = strings.TrimSpace(t), true
			break
		}
	}
	for _, t := range zhCreditTails {
		s = strings.TrimSpace(strings.TrimSuffix(s, t))
	}
	var names []string
	for _, part := range strings.FieldsFunc(s, isNameSepZH) {
		if !isNameZH(part) {
			return nil, false
		}
		names = append(names, part)
	}
	return names, photo
}

func isNameSepZH(r rune) bool {
	return strings.ContainsRune("、，,;；/ \u3000和及", r)
}

// chineseCredits: "（记者任珂）", "责任编辑：袁博" on its own line,
// "新华社记者 任珂 摄" under a photo, CNA's closing story number.
var chineseCredits = creditStyle{
	brackets: zhBrackets, parse: parseCreditsZH, joiner: "",
	trailing: (*state).stripTrailingCreditsZH, anywhere: isPhotoCreditZH, drop: isSerialCNA,
}

// recognizeCreditsZH reads Chinese credits before the generic credit
// stage: bracketed groups anywhere ("（参与记者：邓仙来）"), credit lines
// near the ends of the story and under photos, and credits closing the
// last paragraph.
func recognizeCreditsZH(st *state) { st.readCredits(chineseCredits) }

// isPhotoCreditZH: a short line that ends with a photo mark, "新华社记者任珂摄".
func isPhotoCreditZH(s string) bool {
	if utf8.RuneCountInString(s) > 40 {
		return false
	}
	for _, m := range zhPhotoMarks {
		if strings.HasSuffix(strings.TrimRight(s, "）)】] "), m) {
			return true
		}
	}
	return false
}

// isSerialCNA: the story number CNA prints after its editor line, "1110224".
func isSerialCNA(s string) bool {
	if len(s) < 7 || len(s) > 8 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// zhSentenceEnds close a sentence after which credits may follow.
const zhSentenceEnds = "。！？”」』）)"

// stripTrailingCreditsZH removes credits that close the last paragraph
// after its last sentence: "……计划。 责任编辑：袁博", "……（編輯：張三）1110224".
func (st *state) stripTrailingCreditsZH(s string) string {
	for len(s) > 0 {
		t := strings.TrimRightFunc(s, func(r rune) bool { return r >= '0' && r <= '9' })
		if t != s && isSerialCNA(s[len(t):]) {
			s = strings.TrimSpace(t)
			continue
		}
		cut := -1
		for i := len(s) - 1; i > 0 && i > len(s)-maxCreditTail; i-- {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError || !strings.ContainsRune(zhSentenceEnds, r) || i+size >= len(s) {
				continue
			}
			if cs, ok := parseCreditsZH(trimBrackets(s[i+size:])); ok {
				st.addCredits(cs)
				cut = i + size
				break
			}
		}
		if cut < 0 {
			return s
		}
		s = strings.TrimSpace(s[:cut])
	}
	return s
}
