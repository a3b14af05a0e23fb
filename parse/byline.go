package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxByline is the longest line taken as a byline, in bytes.
const maxByline = 160

// bylineRoles are job titles that follow the names in a byline and are
// dropped: "By Sam Lister, Press Association Political Correspondent".
var bylineRoles = []string{
	"Writer", "Correspondent", "Reporter", "Editor", "Staff", "Columnist", "Chief", "Contributor", "Analyst",
	"Repórter", "Reportera", "Periodista", // Agência Brasil: "Pedro Peduzzi - Repórter da Agência Brasil"
}

// recognizeByline reads a byline standing on its own line before the story:
// "By Jane Doe and John Roe", "by Janie Gabbett, Reuters",
// "By BERNARD CONDON AP Business Writer", or a line of names alone right
// under the headline ("Maria Rosvall, Jecaterina Mantsinen").
func recognizeByline(st *state) {
	for i := 0; i < len(st.body) && i < 2; i++ {
		b := st.body[i]
		l := b.lines[0]
		namesOnly := i == 0 && st.art.Headline != "" && len(st.body) > 1 && len(b.lines) == 1
		names, agency, ok := parseByline(l.text, namesOnly)
		if !ok {
			continue
		}
		st.art.Reporters = addNames(st.art.Reporters, names...)
		if agency != "" {
			st.bylineAgency = agency
		}
		st.art.Spans.Credits = append(st.art.Spans.Credits, l.span)
		st.dropFirstLine(i)
		// "By ZEKE MILLER" may be followed by "Associated Press" or
		// "AP Business Writer" on a line of its own.
		if i < len(st.body) {
			if a, ok := bylineTail(st.body[i].lines[0].text); ok {
				if a != "" {
					st.bylineAgency = a
				}
				st.dropFirstLine(i)
			}
		}
		return
	}
}

// dropFirstLine removes the first line of block i, and the block when it
// had no other.
func (st *state) dropFirstLine(i int) {
	b := st.body[i]
	if len(b.lines) > 1 {
		st.body[i] = joinLines(b.lines[1:])
		return
	}
	st.body = append(st.body[:i:i], st.body[i+1:]...)
}

// bylineTail reads the line under a byline that names only the agency or
// the writer's job: "Associated Press", "AP Business Writer", "Staff Reporter".
func bylineTail(s string) (agency string, ok bool) {
	s = strings.TrimSpace(s)
	if len(s) > 60 {
		return "", false
	}
	words := strings.Fields(strings.TrimPrefix(s, "The "))
	if a, n := agencyPrefix(strings.Join(words, " ")); n > 0 {
		agency, words = a, strings.Fields(strings.Join(words, " ")[n:])
	}
	for _, w := range words {
		if !isRoleWord(w) {
			return "", false
		}
	}
	return agency, agency != "" || len(words) > 0
}

// isRoleWord: a word of a job title ("Business", "Writer", "Chief").
func isRoleWord(w string) bool {
	for _, r := range bylineRoles {
		if strings.EqualFold(w, r) {
			return true
		}
	}
	return roleQualifiers[strings.ToLower(w)]
}

// roleQualifiers qualify a job title: "AP Business Writer", "Senior Political Correspondent".
var roleQualifiers = map[string]bool{
	"business": true, "political": true, "medical": true, "science": true, "sports": true, "senior": true, "chief": true,
	"economics": true, "diplomatic": true, "legal": true, "technology": true, "national": true, "foreign": true, "special": true,
	"white": true, "house": true, "congressional": true, "entertainment": true, "health": true, "environment": true, "staff": true,
	"religion": true, "energy": true, "markets": true, "investigative": true, "global": true, "deputy": true, "associate": true,
	"writers": true, "reporters": true, "correspondents": true, "bureau": true, "of": true, "the": true,
	"da": true, "do": true, "de": true, // "Repórter da Agência Brasil"
}

// parseByline reads a byline; namesOnly allows a line with no "By".
func parseByline(s string, namesOnly bool) (names []string, agency string, ok bool) {
	s = cleanSpace(s)
	if len(s) > maxByline {
		return nil, "", false
	}
	rest, hasBy := cutBy(s)
	if !hasBy {
		return parseNamesLine(s, namesOnly)
	}
	rest = strings.TrimRight(rest, ": ")         // Trend: "By Elmira Tariverdiyeva - Trend:"
	rest = strings.ReplaceAll(rest, " - ", ", ") //
	rest, _ = trimRoleWords(rest)                // "by Xinhua writers Zhang Wei, Li Min"
	for _, part := range strings.FieldsFunc(rest, func(r rune) bool { return r == ',' || r == '|' }) {
		part = strings.TrimSpace(part)
		if a, n := agencyPrefix(strings.TrimPrefix(part, "The ")); n > 0 {
			agency = a
			break
		}
		part = stripBylineRole(part)
		ns := splitNames(part)
		if len(ns) == 0 {
			if hasBy && len(names) > 0 {
				break // "By Jane Doe, Special to the Times"
			}
			return nil, "", false
		}
		names = append(names, ns...)
	}
	return names, agency, len(names) > 0 || agency != ""
}

// parseNamesLine reads a line of names alone, the byline of some wires
// ("Maria Rosvall, Jecaterina Mantsinen"): every part must be a name of
// two words or more, with an optional "/ Outlet" after it.
func parseNamesLine(s string, allowed bool) ([]string, string, bool) {
	if !allowed || len(s) > 120 {
		return nil, "", false
	}
	agency := ""
	for _, c := range namesLineTails {
		i := strings.Index(s, c.sep)
		if i <= 0 {
			continue
		}
		a, ok := c.tail(s[i+len(c.sep):])
		if !ok {
			return nil, "", false
		}
		s, agency = s[:i], a
		break
	}
	if len(s) > 80 || strings.ContainsAny(s, "0123456789:!?\"“”") {
		return nil, "", false
	}
	names, all := splitNamesStrict(s)
	if !all || len(names) == 0 {
		return nil, "", false
	}
	for _, n := range names {
		if len(strings.Fields(n)) < 2 {
			return nil, "", false
		}
	}
	return names, agency, true
}

// namesLineTails are what may follow the names on a line of names alone,
// after a separator; tail reports the agency it names, and whether it is
// such a tail at all.
var namesLineTails = []struct {
	sep     string
	example string
	tail    func(string) (string, bool)
}{
	{" / ", "Geir Molnes / Faktisk.no", anyTail},
	{"|", "Ahmet Salih Alacaci   |05.02.2024 - Update : 05.02.2024", anyTail},
	{" - ", "Pedro Peduzzi - Repórter da Agência Brasil", roleTail},
}

// anyTail accepts whatever follows the separator: an outlet, a date.
func anyTail(string) (string, bool) { return "", true }

// roleTail accepts a job title and the agency: "Repórter da Agência Brasil".
func roleTail(s string) (string, bool) {
	words := strings.Fields(s)
	i := 0
	for i < len(words) && isRoleWord(words[i]) {
		i++
	}
	rest := strings.Join(words[i:], " ")
	if rest == "" {
		return "", i > 0
	}
	name, ok := lookupAgency(rest)
	return name, ok
}

// cutBy removes a leading "By " in any case.
func cutBy(s string) (string, bool) {
	if len(s) > 3 && strings.EqualFold(s[:3], "by ") {
		return strings.TrimSpace(s[3:]), true
	}
	return s, false
}

// stripBylineRole drops a job title after the names. With names in
// capitals it keeps the capital words alone, and splits an agency glued to
// the last one by a lost line break ("CONDONAP Business Writer").
func stripBylineRole(s string) string {
	words := strings.Fields(s)
	caps := 0
	for caps < len(words) && (isCapsWord(words[caps]) || caps > 0 && (words[caps] == "and" || words[caps] == "&")) {
		caps++
	}
	if caps >= 2 && caps < len(words) {
		last := words[caps-1]
		for _, a := range []string{"AP"} {
			if strings.HasSuffix(last, a) && len(last) > len(a)+2 {
				words[caps-1] = strings.TrimSuffix(last, a)
			}
		}
		return strings.Join(words[:caps], " ")
	}
	for _, r := range bylineRoles {
		for i := 1; i < len(words); i++ {
			if strings.HasPrefix(words[i], r) || isAgencyWord(words[i]) {
				if i >= 2 {
					return strings.Join(words[:i], " ")
				}
			}
		}
	}
	return s
}

func isAgencyWord(w string) bool {
	_, ok := lookupAgency(w)
	r, _ := utf8.DecodeRuneInString(w)
	return ok && unicode.IsUpper(r)
}
