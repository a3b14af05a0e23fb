package parse

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// infoRole is what a label in a page's information line introduces.
type infoRole int

const (
	infoSource infoRole = iota + 1 // the agency or site the story comes from
	infoAuthor                     // the writer
	infoEditor                     // the editor on duty
	infoTime                       // when it was published: the line's date says it
)

// lineLabels introduce the fields of the information lines that Chinese
// portals and Xinhua's English site put under the headline. Longer labels
// come first so that "责任编辑" is not read as "编辑".
var lineLabels = []struct {
	label string
	role  infoRole
}{
	{"责任编辑", infoEditor},   // "责任编辑：李四"
	{"責任編輯", infoEditor},   // traditional: "責任編輯：李四"
	{"来源", infoSource},     // "来源：新华网"
	{"來源", infoSource},     // traditional: "來源：中央社"
	{"作者", infoAuthor},     // "作者：张三"
	{"记者", infoAuthor},     // "记者：王五"
	{"記者", infoAuthor},     // traditional
	{"编辑", infoEditor},     // "编辑：赵六"
	{"編輯", infoEditor},     // traditional
	{"发布时间", infoTime},     // "发布时间：2024-03-05 10:21:33"
	{"發佈時間", infoTime},     // traditional
	{"发表时间", infoTime},     // "发表时间：2024年03月05日 10:21"
	{"發表時間", infoTime},     // traditional
	{"时间", infoTime},       // "时间：2024年03月05日 10:21 | 来源：人民网"
	{"時間", infoTime},       // traditional
	{"Source", infoSource}, // Xinhua English: "Source: Xinhua| 2018-01-23 14:26:48|Editor: pengying"
	{"Editor", infoEditor}, // idem
}

// beijingTime is the zone of times on Chinese portals and Xinhua pages,
// which state none: "2018-01-23 14:26:48" is China Standard Time.
var beijingTime = time.FixedZone("CST", 8*3600)

// chineseSources are sources whose pages give Beijing time.
var chineseSources = map[string]bool{
	"Xinhua": true, "Chinanews": true, "CGTN": true, "People's Daily": true, "CCTV": true, "Global Times": true,
}

// maxInfoLine is the longest block, in runes, read as an information line.
const maxInfoLine = 160

// infoLine is what one information line says.
type infoLine struct {
	source, author, editor string
	published              string
	pubTime                time.Time
}

// readInfoLine reads an information line; ok is false when s has no
// label or is too long to be one.
func readInfoLine(s string) (l infoLine, ok bool) {
	if !strings.ContainsAny(s, ":：︱丨") || utf8.RuneCountInString(s) > maxInfoLine {
		return l, false
	}
	han := false
	for i := 0; i < len(s); {
		label, role, n := labelAt(s, i)
		if n == 0 {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
			continue
		}
		value, end := labelValue(s, i+n)
		i = end
		if value == "" || role == infoTime && !ymdRe.MatchString(value) {
			continue
		}
		ok = true
		han = han || label[0] >= 0x80
		switch role {
		case infoSource:
			l.source = value
		case infoAuthor:
			l.author = value
		case infoEditor:
			l.editor = value
		}
	}
	if !ok {
		return l, false
	}
	if m := ymdRe.FindStringSubmatchIndex(s); m != nil {
		l.published, l.pubTime = findDate(s[m[0]:m[1]], true)
		agency, _ := lookupAgency(l.source)
		if han || chineseSources[agency] {
			l.published, l.pubTime = inZone(l.published, l.pubTime, beijingTime)
		}
	}
	return l, true
}

// hasLineLabel is a quick test for a label anywhere in s.
func hasLineLabel(s string) bool {
	for _, l := range lineLabels {
		if strings.Contains(s, l.label) {
			return true
		}
	}
	return false
}

// isInfoLine reports whether s is an information line.
func isInfoLine(s string) bool {
	if !hasLineLabel(s) {
		return false
	}
	_, ok := readInfoLine(s)
	return ok
}

// labelAt reports a label followed by a colon at byte i of s, with the
// bytes it and the colon take. Latin labels must start a word.
func labelAt(s string, i int) (string, infoRole, int) {
	for _, l := range lineLabels {
		if !strings.HasPrefix(s[i:], l.label) {
			continue
		}
		if l.label[0] < 0x80 && i > 0 {
			r, _ := utf8.DecodeLastRuneInString(s[:i])
			if unicode.IsLetter(r) {
				continue
			}
		}
		j := i + len(l.label)
		j += len(s[j:]) - len(strings.TrimLeft(s[j:], " "))
		for _, colon := range []string{"：", ":", "︱", "丨"} { // "作者︱春春" on some portals
			if strings.HasPrefix(s[j:], colon) && (colon[0] < 0x80 || colon == "：" || l.label[0] >= 0x80) {
				return l.label, l.role, j + len(colon) - i
			}
		}
	}
	return "", 0, 0
}

// labelValue reads a field's value from byte i: up to a separator, the
// next label, or, for a Chinese value, a space.
func labelValue(s string, i int) (string, int) {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	start := i
	if _, _, n := labelAt(s, i); n > 0 {
		return "", i // an empty field: "作者： 责任编辑：肖春芳"
	}
	first, _ := utf8.DecodeRuneInString(s[i:])
	han := unicode.Is(unicode.Han, first)
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if strings.ContainsRune("|｜丨/　【】[]()（）", r) || han && unicode.IsSpace(r) {
			break
		}
		if _, _, n := labelAt(s, i); n > 0 && i > start {
			break
		}
		if r >= '0' && r <= '9' && i > start && ymdRe.MatchString(s[i:min(len(s), i+10)]) {
			break
		}
		i += size
	}
	return strings.TrimSpace(strings.Trim(s[start:i], " ,，;；")), i
}
