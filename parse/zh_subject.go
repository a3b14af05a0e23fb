package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// zhSubjectKind says what the subject of a reporting verb is.
type zhSubjectKind int

const (
	zhEmpty   zhSubjectKind = iota // none: "但表示", "宣布"
	zhPronoun                      // "他", "她"
	zhNamed                        // a person: "北约秘书长斯托尔滕贝格"
	zhGroup                        // an organisation or an unnamed official: "国家统计局", "外交部发言人"
	zhOther                        // a plural, a clause: "他们", "不少人"
)

// subjectZH reads the subject in the clause before a reporting verb:
// "北约秘书长斯托尔滕贝格24日" → named 斯托尔滕贝格, title 北约秘书长;
// "不过，他也" → pronoun; "但" → empty; "美国政府已多次" → other.
func subjectZH(clause string) (zhSubjectKind, string, string) {
	s := cutSubjectZH(stripLeadWordsZH(strings.TrimSpace(clause)))
	switch {
	case s == "":
		return zhEmpty, "", ""
	case hasPrefixAny(s, zhPronouns...) && utf8.RuneCountInString(s) == 1:
		return zhPronoun, "", ""
	}
	title, name := splitTitleZH(s)
	switch {
	case name != "" && isSpeakerNameZH(name) && !(title == "" && isOrgZH(name)):
		return zhNamed, name, title
	case title == "" && isOrgZH(name) && isGroupNameZH(name):
		return zhGroup, name, "" // "国家统计局": the organisation speaks
	case name == "" && isGroupNameZH(title):
		return zhGroup, title, "" // "外交部发言人": the role as written
	}
	return zhOther, "", title
}

// maxGroupRunes bounds an organisation or role read as a speaker.
const maxGroupRunes = 14

// isGroupNameZH accepts an organisation or a role as a speaker: Han
// characters only, none of prose ("的", "表示"), two to maxGroupRunes.
func isGroupNameZH(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) || strings.ContainsRune(zhNameStops, r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= maxGroupRunes
}

// stripLeadWordsZH drops conjunctions and adverbs that open a clause.
func stripLeadWordsZH(s string) string {
	for changed := true; changed; {
		changed = false
		for _, w := range zhLeadWords {
			if t, ok := strings.CutPrefix(s, w); ok {
				s, changed = strings.TrimSpace(t), true
			}
		}
	}
	return s
}

// cutSubjectZH ends the subject at the first time, place or adverb after
// its first character: "斯托尔滕贝格在会后举行的记者会上" → 斯托尔滕贝格.
func cutSubjectZH(s string) string {
	for i, r := range s {
		if i == 0 {
			continue
		}
		if r >= '0' && r <= '9' || r >= '０' && r <= '９' {
			return s[:i]
		}
		if _, n := scanDateZH(s[i:]); n > 0 {
			return s[:i]
		}
		if hasPrefixAny(s[i:], zhSubjectCuts...) {
			return s[:i]
		}
	}
	return s
}

// splitTitleZH splits "北约秘书长斯托尔滕贝格" into title 北约秘书长 and name
// 斯托尔滕贝格 at the title word that ends furthest right.
func splitTitleZH(s string) (title, name string) {
	end := 0
	for _, t := range zhTitles {
		if i := strings.LastIndex(s, t); i >= 0 && i+len(t) > end {
			end = i + len(t)
		}
	}
	return s[:end], s[end:]
}

// isSpeakerNameZH accepts a person's name as Chinese news writes it: two
// to eight Han characters ("王毅", "斯托尔滕贝格"), or a transliteration with
// "·" ("乔·拜登"), without characters of prose.
func isSpeakerNameZH(s string) bool {
	n, dot := 0, false
	for _, r := range s {
		switch {
		case r == '·' || r == '•' || r == '-':
			dot = true
		case !unicode.Is(unicode.Han, r) || strings.ContainsRune(zhNameStops, r):
			return false
		}
		n++
	}
	if dot {
		return n >= 3 && n <= 20
	}
	return n >= 2 && n <= 8
}

// isOrgZH reports whether a subject names an organisation or a country:
// "北约", "美国政府", "国家统计局".
func isOrgZH(s string) bool {
	for _, o := range zhOrgNames {
		if strings.HasSuffix(s, o) {
			return true
		}
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return utf8.RuneCountInString(s) >= 4 && !strings.ContainsAny(s, "·•") && strings.ContainsRune(zhOrgEnds, last)
}

// zhMention is a person the story names with a title: "日本首相岸田文雄".
type zhMention struct {
	name, title string
}

// maxNameBytes bounds how far after a title its name is read.
const maxNameBytes = 60

// zhTitleIndex holds zhTitles by first character.
var zhTitleIndex = func() map[rune][]string {
	m := make(map[rune][]string)
	for _, t := range zhTitles {
		r, _ := utf8.DecodeRuneInString(t)
		m[r] = append(m[r], t)
	}
	return m
}()

// findMentionsZH collects the titled names of the story, so that a
// speaker named by surname alone ("岸田在会后对记者说") gets the full name
// and title it was introduced with.
func findMentionsZH(body []string) []zhMention {
	var out []zhMention
	seen := make(map[string]bool)
	for _, p := range body {
		for i, r := range p {
			for _, t := range zhTitleIndex[r] {
				if !strings.HasPrefix(p[i:], t) {
					continue
				}
				from := i + len(t)
				end := from + len(clauseTextZH(p[from:min(len(p), from+maxNameBytes)]))
				name := cutSubjectZH(p[from:end])
				if isSpeakerNameZH(name) && !isOrgZH(name) && !seen[name] {
					seen[name] = true
					title := stripLeadWordsZH(p[clauseStartZH(p, 0, i):from])
					out = append(out, zhMention{name: name, title: title})
				}
			}
		}
	}
	return out
}

// fullNameZH returns the mention whose name begins with name: "岸田" →
// 岸田文雄, 日本首相.
func fullNameZH(mentions []zhMention, name string) (zhMention, bool) {
	for _, m := range mentions {
		if strings.HasPrefix(m.name, name) {
			return m, true
		}
	}
	return zhMention{}, false
}
