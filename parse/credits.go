package parse

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// role is what a credited person did.
type role int

const (
	roleReporter role = iota
	roleContributor
	roleEditor
	roleNone // a credit that names nobody we report (photo, translation)
)

// creditPhrase introduces names in a credit: the phrase, then an optional
// colon, then the names.
type creditPhrase struct {
	role    role
	phrase  string
	example string
}

// creditPhrases are matched case-insensitively at the start of a credit
// clause, longest first (see creditIndex).
var creditPhrases = []creditPhrase{
	{roleReporter, "Reporter", "(Reporter Ren Ke)"},
	{roleReporter, "Reporters", "(Reporters Ren Ke, Deng Xianlai)"},
	{roleReporter, "Reporting by", "Reporting by Jane Doe in London"},
	{roleReporter, "Reported by", "(Reported by Jane Doe)"},
	{roleReporter, "Writing by", "Writing by John Roe"},
	{roleReporter, "Written by", "Written by John Roe"},
	{roleReporter, "Text by", "Text by Jane Doe"},
	{roleReporter, "By", "(By Jane Doe)"},
	{roleReporter, "记者", "（记者任珂）"},
	{roleReporter, "記者", "（記者林克倫）"},
	{roleReporter, "实习记者", "（实习记者 李华）"},
	{roleReporter, "實習記者", "（實習記者李華）"},
	{roleReporter, "见习记者", "见习记者 李华"},
	{roleReporter, "特约记者", "【特约记者 王逸】"},
	{roleReporter, "特約記者", "特約記者王逸"},
	{roleReporter, "特派记者", "（特派记者张三）"},
	{roleReporter, "文/", "文/张三"},
	{roleReporter, "作者：", "作者：张三"},
	{roleReporter, "撰文", "撰文：李詠詩"},
	{roleReporter, "Author:", "AGERPRES (RO - author: Ionut Stan, editor: Marius Frunzeti)"},
	{roleReporter, "Repórter:", "Repórter: Pedro Peduzzi"},
	{roleEditor, "Edição:", "Edição: Fernando Fraga"},
	{roleContributor, "Participate in the reporter", "(Participate in the reporter: Deng Xianlai)"},
	{roleContributor, "Participating reporter", "(Participating reporter: Deng Xianlai)"},
	{roleContributor, "Participating reporters", "(Participating reporters: A, B)"},
	{roleContributor, "Additional reporting by", "Additional reporting by Jane Doe in Paris"},
	{roleContributor, "Additional reporting", "Additional reporting: Jane Doe"},
	{roleContributor, "Contributing reporter", "Contributing reporter: Jane Doe"},
	{roleContributor, "Contributing reporters", "Contributing reporters: A and B"},
	{roleContributor, "Contributing", "Contributing: Jane Doe"},
	{roleContributor, "With assistance from", "--With assistance from Jane Doe and John Roe."},
	{roleReporter, "To contact the reporter on this story", "To contact the reporter on this story: Jane Doe in London at jdoe@example.net"},
	{roleReporter, "To contact the reporters on this story", "To contact the reporters on this story: Jane Doe in London at jdoe@example.net; John Roe in Paris at jroe@example.net"},
	{roleEditor, "To contact the editor responsible for this story", "To contact the editor responsible for this story: Alex Roe at aroe@example.net"},
	{roleEditor, "To contact the editors responsible for this story", "To contact the editors responsible for this story: Alex Roe at aroe@example.net, Li Wei"},
	{roleContributor, "参与记者", "（参与记者：邓仙来）"},
	{roleContributor, "通讯员", "（通讯员王明）"},
	{roleContributor, "通訊員", "（通訊員王明）"},
	{roleContributor, "參與記者", "（參與記者：鄧仙來）"},
	{roleContributor, "特约通讯员", "特约通讯员 王明"},
	{roleContributor, "特約通訊員", "特約通訊員王明"},
	{roleContributor, "实习生", "（实习生李四）"},
	{roleContributor, "實習生", "（實習生李四）"},
	{roleEditor, "Responsible editor", "(Responsible editor: Yuan Bo, Hu Yongqiu)"},
	{roleEditor, "Editing by", "Editing by Alex Richardson and Mark Potter"},
	{roleEditor, "Edited by", "Edited by Jane Doe"},
	{roleEditor, "Editor", "Editor: Jane Doe"},
	{roleEditor, "Editors", "Editors: A, B"},
	{roleEditor, "责任编辑", "（责任编辑：袁博、胡永秋）"},
	{roleEditor, "责编", "责编：袁博"},
	{roleEditor, "编辑", "编辑：袁博"},
	{roleEditor, "審核", "審核：王明"},
	{roleEditor, "审核", "审核：王明"},
	{roleEditor, "校对", "校对：王明"},
	{roleEditor, "責任編輯", "（責任編輯：袁博、胡永秋）"},
	{roleEditor, "責編", "責編：袁博"},
	{roleEditor, "編輯", "（編輯：張三）1110224"},
	{roleEditor, "校對", "校對：王明"},
	{roleEditor, "主编", "主编：王明"},
	{roleEditor, "主編", "主編：王明"},
	{roleEditor, "值班编辑", "值班编辑：王明"},
	{roleNone, "Photo by", "(Photo by Jane Doe)"},
	{roleNone, "Compiled by", "Compiled by Jane Doe for Reuters"},
	{roleNone, "Graphics by", "Graphics by Jane Doe"},
	{roleNone, "Translated by", "Translated by Jane Doe"},
	{roleNone, "编译", "编译：王明"},
	{roleNone, "編譯", "編譯：王明"},
	{roleNone, "摄影", "摄影：王明"},
	{roleNone, "攝影", "攝影：王明"},
	{roleNone, "摄影记者", "摄影记者 王明"},
	{roleNone, "图/", "图/李四"},
}

// creditSuffixes end a sentence that credits the names before them:
// "Jane Doe in Paris contributed to this report."
var creditSuffixes = []creditPhrase{
	{roleContributor, "contributed to this report", "Jane Doe contributed to this report."},
	{roleContributor, "contributed to this story", "Jane Doe contributed to this story."},
	{roleContributor, "contributed reporting", "Jane Doe contributed reporting."},
	{roleContributor, "also contributed to this report", "Jane Doe also contributed to this report."},
	{roleContributor, "contributed to the story", "(Xinhua reporters Wang Jianwei and Zhao Yunfeng contributed to the story.)"},
	{roleContributor, "contributed to this article", "Jane Doe contributed to this article."},
}

// creditClauseTags open a credit clause and are dropped: the language
// of Agerpres's two desks, "AGERPRES (RO - author: A, editor: B; EN - author: C, editor: D)".
var creditClauseTags = []string{"RO - ", "EN - ", "RO-", "EN-"}

// creditsLongestFirst is creditPhrases, longest phrase first.
var creditsLongestFirst = func() []creditPhrase {
	out := slices.Clone(creditPhrases)
	slices.SortStableFunc(out, func(a, b creditPhrase) int { return len(b.phrase) - len(a.phrase) })
	return out
}()

// creditIndex holds creditPhrases by their first byte, lower-cased, longest
// phrase first, so that "Reporters" is tried before "Reporter" and a clause
// is compared with a few phrases only.
var creditIndex = func() map[byte][]creditPhrase {
	m := make(map[byte][]creditPhrase)
	for _, p := range creditsLongestFirst {
		k := lowerByte(p.phrase[0])
		m[k] = append(m[k], p)
	}
	return m
}()

// credit is one parsed credit clause.
type credit struct {
	role  role
	names []string
}

// parseCreditClause reads "Editing by A and B" or "Responsible editor: A, B".
func parseCreditClause(s string) (credit, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return credit{}, false
	}
	for _, p := range creditIndex[lowerByte(s[0])] {
		if len(s) <= len(p.phrase) || !strings.EqualFold(s[:len(p.phrase)], p.phrase) {
			continue
		}
		rest := s[len(p.phrase):]
		r, _ := utf8.DecodeRuneInString(rest)
		if r < 0x80 && isWordByte(byte(r)) {
			continue // "Reporters" is not "Reporter" + "s"
		}
		rest = strings.TrimLeft(rest, " :：\t")
		names := splitNames(rest)
		if len(names) == 0 || isHanPhrase(p.phrase) && !allNamesZH(rest) {
			return credit{}, false
		}
		return credit{p.role, names}, true
	}
	body := strings.TrimRight(s, ". ")
	for _, p := range creditSuffixes {
		if n := len(body) - len(p.phrase); n >= 0 && strings.EqualFold(body[n:], p.phrase) {
			names := splitNames(cutOutletPossessive(body[:len(body)-len(p.phrase)]))
			if len(names) > 0 {
				return credit{p.role, names}, true
			}
		}
	}
	return credit{}, false
}

// cutOutletPossessive drops the agency or network a contributor works
// for, written before the name: "CNN's John Roe contributed to this report."
func cutOutletPossessive(s string) string {
	s = strings.TrimSpace(s)
	for _, pos := range []string{"'s ", "’s "} {
		if i := strings.Index(s, pos); i > 0 {
			if _, ok := lookupAgency(s[:i]); ok {
				return s[i+len(pos):] // "CNN’s Haley Talbot": the curly mark is no word boundary for agencyPrefix
			}
		}
	}
	return s
}

// isHanPhrase reports whether a credit phrase is written in Chinese.
func isHanPhrase(p string) bool {
	r, _ := utf8.DecodeRuneInString(p)
	return unicode.Is(unicode.Han, r)
}

// allNamesZH reports whether every part of a Chinese credit's names is a
// name: "记者从教育部获悉，…" is prose that opens with 记者, no credit.
func allNamesZH(s string) bool {
	s = strings.TrimRight(strings.TrimSpace(s), "。.）)")
	for _, part := range strings.FieldsFunc(s, isNameSepZH) {
		if !isNameZH(part) {
			return false
		}
	}
	return true
}

// splitCreditClauses cuts a credit text into clauses at ";" and "；", and
// at a comma that a credit phrase with a colon follows ("author: A,
// editor: B"), dropping a desk's language tag before each ("RO - ").
func splitCreditClauses(s string) []string {
	var out []string
	for _, clause := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == '；' }) {
		clause = strings.TrimSpace(clause)
		if strings.IndexByte(clause, ':') < 0 {
			out = append(out, clause) // the common case: no tags, no "phrase:" lists
			continue
		}
		for _, tag := range creditClauseTags {
			clause = strings.TrimPrefix(clause, tag)
		}
		from := 0
		for i := 0; i+2 < len(clause); i++ {
			if clause[i] == ',' && clause[i+1] == ' ' && colonPhraseAt(clause[i+2:]) {
				out = append(out, clause[from:i])
				from = i + 2
			}
		}
		out = append(out, clause[from:])
	}
	return out
}

// colonPhraseAt reports whether s opens with a credit phrase and a colon.
func colonPhraseAt(s string) bool {
	for _, p := range creditIndex[lowerByte(s[0])] {
		if len(s) > len(p.phrase) && strings.EqualFold(s[:len(p.phrase)], p.phrase) {
			rest := strings.TrimLeft(s[len(p.phrase):], " ")
			return strings.HasSuffix(p.phrase, ":") || strings.HasPrefix(rest, ":")
		}
	}
	return false
}

// parseCredits reads a whole credit text: clauses separated by ";" or
// "；", each of which must be a credit ("Reporting by A; Editing by B").
func parseCredits(s string) ([]credit, bool) {
	if !mayBeCredit(s) {
		return nil, false
	}
	var out []credit
	for _, clause := range splitCreditClauses(s) {
		if strings.TrimSpace(clause) == "" {
			continue
		}
		c, ok := parseCreditClause(clause)
		if !ok && len(out) > 0 {
			// Names alone go on the list before: "...: A in London; B in Paris".
			if names, all := splitNamesStrict(clause); all && len(names) > 0 {
				c, ok = credit{out[len(out)-1].role, names}, true
			}
		}
		if !ok {
			return nil, false
		}
		out = append(out, c)
	}
	return out, len(out) > 0
}

// addCredits files credits under their roles. A list that reaches
// maxNames is noted once in the warnings rather than grown without bound.
func (st *state) addCredits(cs []credit) {
	for _, c := range cs {
		var list *[]string
		switch c.role {
		case roleReporter:
			list = &st.art.Reporters
		case roleContributor:
			list = &st.art.Contributors
		case roleEditor:
			list = &st.art.Editors
		default:
			continue
		}
		if len(*list) >= maxNames && !st.namesCapped {
			st.namesCapped = true
			st.warn(fmt.Sprintf("more than %d names credited in one role; the rest are left out", maxNames))
		}
		*list = addNames(*list, c.names...)
	}
}

// creditStyle is how a language writes its credits; one credit stage
// serves every style.
type creditStyle struct {
	brackets [][2]string                      // what credit groups stand in
	parse    func(string) ([]credit, bool)    // a whole credit text
	joiner   string                           // what replaces a removed group
	trailing func(st *state, s string) string // credits closing the last paragraph
	anywhere func(string) bool                // a credit paragraph that may stand anywhere (photo credits); may be nil
	drop     func(string) bool                // a closing paragraph that is no text (story numbers); may be nil
}

// englishCredits: "(Reporter Ren Ke)", "Reporting by A; Editing by B".
var englishCredits = creditStyle{
	brackets: bracketPairs, parse: parseCredits, joiner: " ",
	trailing: (*state).stripTrailingCredits,
}

// recognizeCredits finds credits in brackets anywhere in the story, whole
// credit paragraphs near its ends, and credit sentences that close its
// last paragraph ("... said. Reporting by A; Editing by B").
func recognizeCredits(st *state) { st.readCredits(englishCredits) }

// readCredits is the credit stage for one style.
func (st *state) readCredits(cs creditStyle) {
	for i := range st.body {
		st.body[i].text = st.stripCreditGroups(st.body[i].text, cs)
	}
	n := len(st.body)
	kept := st.body[:0]
	for i, b := range st.body {
		if strings.TrimSpace(b.text) == "" {
			st.art.Spans.Credits = append(st.art.Spans.Credits, b.span)
			continue // it held only credits in brackets
		}
		nearEnds := i < 2 || i >= n-4
		if nearEnds || cs.anywhere != nil && cs.anywhere(b.text) {
			if c, ok := cs.parse(creditText(b.text)); ok {
				st.addCredits(c)
				st.art.Spans.Credits = append(st.art.Spans.Credits, b.span)
				continue
			}
		}
		if i >= n-4 && len(b.lines) > 1 {
			if b = st.peelCreditLines(b, cs); len(b.lines) == 0 {
				continue
			}
		}
		if cs.drop != nil && i >= n-4 && cs.drop(b.text) {
			continue
		}
		kept = append(kept, b)
	}
	st.body = kept
	if k := len(st.body); k > 0 {
		st.body[k-1].text = cs.trailing(st, st.body[k-1].text)
	}
}

// creditText is a credit paragraph without its lead dash and brackets,
// and without the agency name that opens it: Agerpres's
// "AGERPRES (RO - author: Ionut Stan, editor: Marius Frunzeti)".
func creditText(s string) string {
	s = strings.TrimLeft(s, "-–—― ")
	if !strings.HasSuffix(s, ")") {
		return strings.TrimSpace(s)
	}
	if _, n := agencyPrefix(s); n > 0 && strings.HasPrefix(s[n:], " (") {
		s = s[n:]
	}
	return trimBrackets(s)
}

// peelCreditLines removes the credit lines that close block b, one line
// each, as Antara and The Paper print them: "Reporter: Bayu Saputra" /
// "Editor: Rahmad Nasution"; "责任编辑：王五" / "校对：赵六".
func (st *state) peelCreditLines(b block, cs creditStyle) block {
	k := len(b.lines)
	var found [][]credit
	for k > 0 {
		l := b.lines[k-1]
		if r, _ := utf8.DecodeRuneInString(l.text); unicode.IsLower(r) {
			break // hard-wrapped prose: "...rated AAA and secured" / "by Federal Home Loan Mortgage Corp, ..."
		}
		c, ok := cs.parse(creditText(l.text))
		if !ok {
			break
		}
		found = append(found, c)
		st.art.Spans.Credits = append(st.art.Spans.Credits, l.span)
		k--
	}
	for j := len(found) - 1; j >= 0; j-- { // in reading order
		st.addCredits(found[j])
	}
	switch {
	case k == len(b.lines):
		return b
	case k == 0:
		return block{}
	}
	return joinLines(b.lines[:k])
}

// bracketPairs are the brackets credits stand in.
var bracketPairs = [][2]string{{"(", ")"}, {"（", "）"}, {"[", "]"}, {"【", "】"}}

// trimBrackets removes one pair of brackets around the whole of s.
func trimBrackets(s string) string {
	s = strings.TrimSpace(s)
	for _, p := range bracketPairs {
		if strings.HasPrefix(s, p[0]) && strings.HasSuffix(s, p[1]) && strings.Count(s, p[0]) == 1 {
			return strings.TrimSpace(s[len(p[0]) : len(s)-len(p[1])])
		}
	}
	return s
}

// maxCreditGroup bounds the length of a bracketed credit group, so that
// the search for each group's closing bracket stays short: a paragraph of
// unclosed brackets costs linear time, not quadratic.
const maxCreditGroup = 300

// stripCreditGroups removes bracketed groups that hold only credits:
// "(Reporter Ren Ke)", "(Responsible editor: Yuan Bo, Hu Yongqiu)".
// Each group becomes a space; the kept text is copied once per bracket
// kind, not once per group.
func (st *state) stripCreditGroups(s string, style creditStyle) string {
	changed := false
	for _, p := range style.brackets {
		var sb strings.Builder
		kept := 0 // s[:kept] is settled: copied to sb, or nothing removed yet
		for from := 0; ; {
			i := strings.Index(s[from:], p[0])
			if i < 0 {
				break
			}
			i += from
			k := i + len(p[0])
			j := strings.Index(s[k:min(len(s), k+maxCreditGroup)], p[1])
			if j < 0 {
				from = k
				continue
			}
			j += k
			cs, ok := style.parse(s[k:j])
			if !ok {
				from = k
				continue
			}
			st.addCredits(cs)
			sb.WriteString(s[kept:i])
			sb.WriteString(style.joiner)
			kept, from = j+len(p[1]), j+len(p[1])
			changed = true
		}
		if kept > 0 {
			sb.WriteString(s[kept:])
			s = sb.String()
		}
	}
	if changed {
		s = cleanSpace(s)
	}
	return s
}

// maxCreditTail bounds how far from the end of the last paragraph a credit
// sentence may start, keeping the search linear.
const maxCreditTail = 600

// stripTrailingCredits removes credit sentences at the end of the last
// paragraph, trying each sentence start from the right.
func (st *state) stripTrailingCredits(s string) string {
	for {
		cut := -1
		for i := len(s) - 2; i > 0 && i > len(s)-maxCreditTail; i-- {
			if s[i] != ' ' {
				continue
			}
			if r, _ := utf8.DecodeLastRuneInString(s[:i]); !strings.ContainsRune(".!?\"”)", r) {
				continue
			}
			if cs, ok := parseCredits(s[i+1:]); ok {
				st.addCredits(cs)
				cut = i
				break
			}
		}
		if cut < 0 {
			return s
		}
		s = strings.TrimSpace(s[:cut])
	}
}

// mayBeCredit is a cheap test before splitting s into clauses: a credit
// opens with a credit phrase's first letter or closes with a suffix phrase
// ("... contributed to this report.").
func mayBeCredit(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	if len(creditIndex[lowerByte(s[0])]) > 0 {
		return true
	}
	body := strings.TrimRight(s, ". ")
	for _, p := range creditSuffixes {
		if n := len(body) - len(p.phrase); n >= 0 && strings.EqualFold(body[n:], p.phrase) {
			return true
		}
	}
	return false
}
