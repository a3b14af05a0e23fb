package parse

import (
	"cmp"
	"slices"
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
	st.dropLeadLines()
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
	var buf [16]byte
	if len(w) > len(buf) {
		return false
	}
	for i := range len(w) {
		buf[i] = lowerByte(w[i])
	}
	return roleQualifiers[string(buf[:len(w)])] // ASCII lower case, no allocation
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
	s = cutBylineAsides(cleanSpace(s))
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
		if a, ok := roleTail(part); ok && part != "" {
			agency = cmp.Or(agency, a)
			continue // "By: Jane Cruz - Reporter"
		}
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
	if !allowed || len(s) > 120 || knownPlace(s) {
		return nil, "", false // a place alone is a dateline: "NEW DELHI"
	}
	s = namesLineRest(s)
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
	rest, n := strings.TrimSpace(s), 0
	for rest != "" {
		w, after, _ := strings.Cut(rest, " ")
		if !isRoleWord(w) {
			break
		}
		n++
		rest = strings.TrimSpace(after)
	}
	if rest == "" {
		return "", n > 0
	}
	name, ok := lookupAgency(rest)
	return name, ok
}

// bylineLeads open a byline, matched in any case, longest first.
var bylineLeads = []struct{ text, example string }{
	{"Written by ", "Written by Jane Doe"},
	{"Writer: ", "WRITER: Wassayos Ngamkham"},        // Bangkok Post
	{"By: ", "By: Jane Cruz - Reporter / @JCruzINQ"}, // Philippine Daily Inquirer
	{"By ", "By Jane Doe, BBC News"},
}

// cutBy removes a leading "By " (see bylineLeads).
func cutBy(s string) (string, bool) {
	for _, l := range bylineLeads {
		if len(s) > len(l.text) && strings.EqualFold(s[:len(l.text)], l.text) {
			return strings.TrimSpace(s[len(l.text):]), true
		}
	}
	return s, false
}

// bylineAsides are what a byline may carry after a name and are dropped:
// the writer's e-mail in brackets, a social media handle, the outlet in
// brackets. Each is cut from its opening mark to the end of its part.
var bylineAsides = []struct {
	open, example string
	keep          func(string) bool // whether the aside is no aside after all
}{
	{" (", "By Choi Jae-hee (cjh@heraldcorp.com); Dio Suhenda (The Jakarta Post)", notOutletAside},
	{" / @", "By: Jane Cruz - Reporter / @JCruzINQ", nil},
}

// notOutletAside keeps a bracket that holds neither an e-mail address nor an outlet.
func notOutletAside(s string) bool {
	inner := strings.TrimSuffix(strings.TrimPrefix(s, " ("), ")")
	_, isAgency := lookupAgency(inner)
	return !strings.Contains(inner, "@") && !isOutletPart(inner) && !isAgency
}

// cutBylineAsides removes the asides (see bylineAsides) from a byline.
func cutBylineAsides(s string) string {
	for _, a := range bylineAsides {
		i := strings.Index(s, a.open)
		if i <= 0 {
			continue
		}
		j := strings.IndexAny(s[i+len(a.open):], ",|")
		end := len(s)
		if j >= 0 {
			end = i + len(a.open) + j
		}
		if a.keep != nil && a.keep(s[i:end]) {
			continue
		}
		s = s[:i] + s[end:]
	}
	return s
}

// namesLineRest drops the parts after a comma that a line of names may
// end with: the writer's job ("Jane Mathew, Senior Reporter", Gulf News)
// or the place written from ("Stephen Angbulu, Abuja", The Punch).
func namesLineRest(s string) string {
	for {
		i := strings.LastIndex(s, ", ")
		if i <= 0 {
			return s
		}
		tail := s[i+2:]
		if _, ok := roleTail(tail); !ok && !knownPlace(tail) {
			return s
		}
		s = s[:i]
	}
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
	if caps >= 2 && caps < len(words) && words[caps] != "in" { // "WANG XIAOYU in Beijing and ZHOU WENTING in Shanghai"
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

// outlets are newspapers, broadcasters and sites that sign their own
// staff copy with their name. They are no agencies: a line naming one
// alone, or "with" the agencies it drew on, credits no person.
var outlets = []struct{ name, example string }{
	{"Al Jazeera", "Source: Al Jazeera and news agencies"},
	{"Arab News", "ARAB NEWS"},
	{"TRT World", "TRT World and Agencies"},
	{"Africanews", "Africanews with AFP"},
	{"France 24", "FRANCE 24 with AFP"},
	{"DW", "DW with AFP, Reuters"},
	{"Euronews", "Euronews with AP, AFP"},
	{"BBC News", "By John Roe / BBC News, Kyiv"},
	{"BBC", "BBC, Kyiv"},
	{"BBC中文", "BBC中文"},
	{"RFI", "RFI"},
	{"Philippine Daily Inquirer", "Philippine Daily Inquirer / 05:12 AM February 05, 2024"},
	{"INQUIRER.net", "INQUIRER.net"},
	{"The Jakarta Post", "Dio Suhenda (The Jakarta Post)"},
	{"TNN", "TNN | Feb 6, 2024, 04.12 AM IST"}, // Times News Network, The Times of India's own
	{"Times News Network", "Times News Network"},
	{"HT News Desk", "HT News Desk"},
	{"Agencies", "Agencies"},
}

// outletWith joins an outlet to the agencies it drew on: "DW with AFP,
// Reuters", "TRT World and Agencies", "Al Jazeera and news agencies".
var outletWith = []string{" with ", " and agencies", " and news agencies", " and wires"}

// staffHeads end an unsigned staff byline: "Special Correspondent", "Our
// Staff Reporter", "Star Online Report", "Express News Service", "The
// Hindu Bureau", "HT Correspondent", "Gulf News Report", "Web Desk".
var staffHeads = []string{
	"Correspondent", "Correspondents", "Reporter", "Reporters", "Report", "News Service", "Bureau", "Desk", "Staff",
	"News Network",
}

// isOutletPart reports whether s names an outlet, alone or with the
// agencies it drew on ("FRANCE 24 with AFP").
func isOutletPart(s string) bool {
	for _, o := range outlets {
		if len(s) < len(o.name) || !strings.EqualFold(s[:len(o.name)], o.name) {
			continue
		}
		rest := s[len(o.name):]
		if rest == "" {
			return true
		}
		for _, w := range outletWith {
			if len(rest) >= len(w) && strings.EqualFold(rest[:len(w)], w) {
				return len(rest) == len(w) || isAgencyList(rest[len(w):])
			}
		}
	}
	return false
}

// agencyListSeps join the agencies of a list: "AFP, Reuters", "AP/dpa", "法新社、路透社".
var agencyListSeps = strings.NewReplacer(" and ", ",", "/", ",", "&", ",", "、", ",")

// isAgencyList: known agencies joined by commas, "and" or slashes ("AFP, Reuters").
func isAgencyList(s string) bool {
	s = agencyListSeps.Replace(s)
	for part := range strings.SplitSeq(s, ",") {
		if _, ok := lookupAgency(part); !ok {
			return false
		}
	}
	return true
}

// isStaffPart reports whether s is an unsigned staff byline (see staffHeads).
func isStaffPart(s string) bool {
	s, _ = cutBy(s)
	for _, h := range staffHeads {
		head, ok := strings.CutSuffix(s, h)
		if !ok || head != "" && !strings.HasSuffix(head, " ") {
			continue
		}
		words := strings.Fields(head)
		if len(words) > 3 {
			return false
		}
		for _, w := range words {
			if !isTitleWord(w) && !isCapsWord(w) {
				return false
			}
		}
		return true
	}
	return false
}

// agencyPart returns the agency a lead line names alone, or with the
// place it wrote from: "PTI", "KYODO", "Associated Press in Oklahoma City".
func agencyPart(s string) (string, bool) {
	if name, ok := lookupAgency(s); ok {
		return name, true
	}
	name, n := agencyPrefix(s)
	if n == 0 || !strings.HasPrefix(s[n:], " in ") {
		return "", false
	}
	if end, _ := scanPlaceWords(s[n+4:], false, 4); end == 0 || n+4+end != len(s) {
		return "", false
	}
	return name, true
}

// leadLine reports whether a line above the story holds only time stamps,
// staff credits, outlets, an agency and places, and returns the agency it
// names: "TNN | Feb 6, 2024, 04.12 AM IST", "By HT Correspondent, New
// Delhi", "Jakarta ● Mon, February 5, 2024", "KYODO".
func leadLine(s string) (agency string, ok bool) {
	if len(s) > 120 || s == "" || !mayBeLeadLine(s) {
		return "", false
	}
	s = strings.ReplaceAll(cleanSpace(s), " / ", "|")
	other := false // a part that is not a place
	for rest := s; rest != ""; {
		part := rest
		rest = ""
		if k := strings.IndexFunc(part, isLeadSep); k >= 0 {
			_, size := utf8.DecodeRuneInString(part[k:])
			part, rest = part[:k], part[k+size:]
		}
		part = strings.TrimSpace(part)
		if part == "" || isTimeStamp(part) {
			other = other || part != ""
			continue
		}
		a, ok, named := leadSubparts(part)
		if !ok {
			return "", false
		}
		agency, other = cmp.Or(agency, a), other || named
	}
	return agency, other
}

// leadLowerWords are the words in lower case a lead line may hold:
// "TRT World and Agencies", "Associated Press in Oklahoma City",
// "PUBLISHED : 5 Feb 2024 at 18:21", "Al Jazeera and news agencies".
var leadLowerWords = map[string]bool{
	"with": true, "and": true, "in": true, "at": true, "on": true, "am": true, "pm": true, "a.m.": true, "p.m.": true,
	"agencies": true, "news": true, "wires": true, "de": true, "es": true, "of": true,
}

// mayBeLeadLine is a cheap test before leadLine: a line of prose holds a
// word in lower case that no lead line does, and ends a sentence.
func mayBeLeadLine(s string) bool {
	if c := s[len(s)-1]; c == '.' && !strings.HasSuffix(s, ".m.") || c == ',' || c == '"' || c == '!' || c == '?' {
		return false
	}
	for w := range strings.FieldsSeq(s) {
		if c := w[0]; c >= 'a' && c <= 'z' && !leadLowerWords[strings.TrimRight(w, ",:")] && !isClockWord(w) {
			return false
		}
	}
	return true
}

// leadSubparts reads the comma-separated parts of a lead line's part:
// "By HT Correspondent, New Delhi". It reports the agency named, whether
// every subpart is a lead line's, and whether one is not a place.
func leadSubparts(part string) (agency string, ok, named bool) {
	for part != "" {
		sub := part
		part = ""
		if k := strings.Index(sub, ", "); k >= 0 {
			sub, part = sub[:k], sub[k+2:]
		}
		sub = strings.TrimSpace(sub)
		a, isAgency := agencyPart(sub)
		switch {
		case isAgency:
			agency = cmp.Or(agency, a)
		case isOutletPart(sub), isStaffPart(sub):
		case knownPlace(sub):
			continue
		default:
			return "", false, false
		}
		named = true
	}
	return agency, true, named
}

// isLeadSep: the marks between the parts of a lead line ("TNN | Feb 6", "Jakarta ● Mon").
func isLeadSep(r rune) bool { return r == '|' || r == '●' || r == '•' }

// dropLeadLines removes the lines between the headline and the story
// that leadLine accepts, and takes the agency they name. It reads the
// blocks up to the first that keeps another line.
func (st *state) dropLeadLines() {
	for i := 0; i < len(st.body) && len(st.body[i].text) <= 240; {
		b := st.body[i]
		if !slices.ContainsFunc(b.lines, func(l line) bool { _, ok := leadLine(l.text); return ok }) {
			return // the common case: nothing to drop, nothing allocated
		}
		var kept []line
		for _, l := range b.lines {
			agency, ok := leadLine(l.text)
			if !ok {
				kept = append(kept, l)
				continue
			}
			if agency != "" && st.bylineAgency == "" {
				st.bylineAgency = agency
			}
			st.art.Spans.Credits = append(st.art.Spans.Credits, l.span)
		}
		switch {
		case len(kept) == 0:
			st.body = append(st.body[:i:i], st.body[i+1:]...)
			continue
		case len(kept) < len(b.lines):
			st.body[i] = joinLines(kept)
		}
		return
	}
}
