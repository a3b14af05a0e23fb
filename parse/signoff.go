package parse

import (
	"strings"
	"unicode/utf8"
)

// signoff is a closing line that names the agency, or ends the story.
type signoff struct {
	text   string // the whole line, as written
	agency string // canonical agency, or "" for a bare end mark
}

// signoffs close a dispatch. They are removed from the body; those that
// name an agency identify it when the dateline does not.
var signoffs = []signoff{
	{"Reuter", "Reuters"}, // 1987 Reuters wire: " Reuter"
	{"REUTER", "Reuters"}, //
	{"(Reuters)", "Reuters"},
	{"(Xinhua)", "Xinhua"}, // Xinhua English pages
	{"/TASS/", "TASS"},
	{"(AP)", "AP"},
	{"(AFP)", "AFP"},
	{"AFP", "AFP"},
	{"--IANS", "IANS"}, // IANS: "--IANS" then initials
	{"-- IANS", "IANS"},
	{"(UPI)", "UPI"},
	{"(Yonhap)", "Yonhap"},
	{"(END)", ""}, // Yonhap, Xinhua: end of story
	{"(End)", ""},
	{"END", ""},
	{"-0-", ""}, // AP: end of story
	{"###", ""},
	{"More", ""},    // Reuters, AP: the story continues in a later take
	{"(more)", ""},  //
	{"Enditem", ""}, // Xinhua English
	{"ends", ""},    // PA
	{"-30-", ""},    // CP and US newspapers
	{"(完)", ""},     // Chinese wires: end of story
	{"（完）", ""},
	{"(end)", ""},     // KUNA: "... by senior officials. (end)"
	{"./.", ""},       // VNA: "... of 16.5 billion USD./."
	{"(Schluss)", ""}, // APA (Austria): "(Schluss) sp/ivn"
	{"Fim", ""},       // Lusa (Portuguese): "Fim"
	{"(ends)", ""},    //
	{"(ENDS)", ""},    //
	{"Enditem", ""},   // CNA English: "Enditem/AW"
	{"ENDITEM", ""},   //
	{"INQ", ""},       // Philippine Daily Inquirer: end of story
}

// agencyMarks are the ways a closing line or the end of the last
// paragraph names the agency, around any name in the agency table.
var agencyMarks = []struct{ open, close, example string }{
	{"(", ")", "... in a press briefing. (PNA)"},
	{"/", "/", "... had been displaced. /PNA/; /ritzau/; /ritzau/AFP"},
	{"(©", ")", "(©NTB)"},
	{"(© ", ")", "(© NTB)"},
	{"– ", "", "... had shown results. – SAnews.gov.za"},
	{"— ", "", "... guarantee for all crops. — PTI (Indian papers relaying PTI)"},
	{" ", "", "... to submit its defence. REUTERS (The Straits Times: capitals only)"},
}

// webMarks are bracketed addresses glued after a closing agency mark:
// NAN's "... reforms.(NAN)(www.nannews.ng)".
var webMarks = []string{"(www.", "(https://", "(http://"}

// recognizeSignoff removes sign-off lines, desk initials and reporters'
// e-mail lines from the end of the story, whether they stand as paragraphs
// or as the last lines of one, and takes the agency a sign-off names.
func recognizeSignoff(st *state) {
	st.dropCapsInitials()
	for len(st.body) > 0 {
		last := &st.body[len(st.body)-1]
		if k := len(last.lines); k > 1 {
			for k > 0 && st.closingLine(last.lines[k-1].text, last.lines[k-1].span) {
				k--
			}
			if k > 0 && k < len(last.lines) {
				*last = joinLines(last.lines[:k])
			}
			if k == 0 {
				st.body = st.body[:len(st.body)-1]
				continue
			}
		}
		if st.closingLine(last.text, last.span) {
			st.body = st.body[:len(st.body)-1]
			continue
		}
		t := strings.TrimSpace(last.text)
		if s, agency, ok := cutSignoffSuffix(t); ok {
			mark := strings.TrimSpace(t[len(s):])
			st.noteSignoff(agency, Span{last.span.End - len(mark), last.span.End})
			last.text = s
		}
		return
	}
}

// dropCapsInitials removes a last line of capital initials ("NAA ZLA")
// that stands right under an agency sign-off ("-- BERNAMA"), on the same
// paragraph or the one before.
func (st *state) dropCapsInitials() {
	n := len(st.body)
	if n < 2 {
		return
	}
	last := st.body[n-1]
	k := len(last.lines)
	if !isCapsInitials(last.lines[k-1].text) {
		return
	}
	prev := st.body[n-2].lines
	above := prev[len(prev)-1].text
	if k > 1 {
		above = last.lines[k-2].text
	}
	if !isAgencyClosing(above) {
		return
	}
	if k > 1 {
		st.body[n-1] = joinLines(last.lines[:k-1])
		return
	}
	st.body = st.body[:n-1]
}

// closingLine reports whether t is a line that closes a story, noting the
// agency it names.
func (st *state) closingLine(t string, at Span) bool {
	t = strings.TrimSpace(t)
	if len(t) > maxClosingLine {
		return len(t) < 160 && hasBoilerplatePrefix(t) // "Copyright 2024 The Associated Press. All rights reserved. ..."
	}
	if agency, ok := matchSignoff(t); ok {
		st.noteSignoff(agency, at)
		return true
	}
	if agency, ok := agencyInitialsLine(t); ok {
		st.noteSignoff(agency, at)
		return true
	}
	if head, agency, ok := cutAgencyMark(t); ok && head == "" {
		st.noteSignoff(agency, at)
		return true
	}
	if agency, ok := relayLine(t); ok {
		st.noteSignoff(agency, at)
		return true
	}
	return isInitialsLine(t) || isEmailLine(t) || isStampLine(t) || isRule(t) || len(t) < 80 && hasBoilerplatePrefix(t)
}

// relayLeads open a closing line that says where an outlet's story came
// from. With one known agency after it ("Source: Reuters") that agency
// wrote the story; an outlet, several agencies or "agencies" name none.
var relayLeads = []struct {
	text, example string
	names         bool // the agency named is the story's ("Source: Reuters")
}{
	{"Source:", "Source: Reuters; Source: Al Jazeera and news agencies", true},
	{"Sources:", "Sources: AFP, Reuters", true},
	{"Source(s):", "Source(s): Xinhua (CGTN)", true},
	{"(With inputs from", "(With inputs from PTI) (Hindustan Times: staff copy with agency material)", false},
	{"With inputs from", "— With inputs from PTI", false},
	{"(With input from", "(With input from Xinhua) (CGTN)", false},
	{"With input from", "With input from Reuters", false},
	{"(With agency inputs", "(With agency inputs)", false},
	{"With agency inputs", "With agency inputs", false},
	{"Additional reporting by", "Additional reporting by Reuters (SCMP: agency material, no person)", false},
}

// relayLine reads a closing line that names the story's source (see
// relayLeads), an outlet with the agencies it drew on ("DW with AFP,
// Reuters", "FRANCE 24 with AFP"), or DW's desk initials before the
// agencies ("lo/wmr (AFP, Reuters)"). Only a single agency after a
// source lead is returned.
func relayLine(t string) (string, bool) {
	if len(t) > 80 {
		return "", false
	}
	u := strings.TrimLeft(t, "-–—― ")
	for _, l := range relayLeads {
		if len(u) < len(l.text) || !strings.EqualFold(u[:len(l.text)], l.text) {
			continue
		}
		rest := strings.TrimSpace(strings.TrimRight(u[len(l.text):], ".)"))
		if name, ok := lookupAgency(rest); ok && l.names {
			return name, true
		}
		return "", rest == "" || isAgencyList(rest) || isOutletPart(rest) || strings.EqualFold(rest, "agencies")
	}
	inner := trimBrackets(u) // "(FRANCE 24 with AFP and Reuters)" reads as its inside
	if isOutletPart(inner) && strings.Contains(inner, " ") {
		return "", true
	}
	if inner != u && strings.ContainsAny(inner, ",、/") {
		return "", isAgencyList(inner) // several agencies, none the story's: DW's "(法新社、路透社)"
	}
	if i := strings.Index(t, " ("); i > 0 && strings.HasSuffix(t, ")") && isInitialsLine(t[:i]) {
		return "", isAgencyList(t[i+2 : len(t)-1])
	}
	if i := strings.IndexByte(t, '/'); i >= 2 && i <= 4 && !strings.ContainsRune(t, ' ') && isLowerWord(t[:i]) {
		return "", isAgencyList(t[i+1:]) // Spiegel's initials before the agencies: "ani/dpa/Reuters"
	}
	return "", false
}

// isLowerWord reports whether s is ASCII letters in lower case: a
// writer's initials ("ani").
func isLowerWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return s != ""
}

// maxClosingLine is the longest sign-off, initials or stamp line, in bytes.
const maxClosingLine = 60

// isAgencyClosing reports whether t closes a story naming an agency:
// "-- BERNAMA", "PTI SUM", "(PNA)".
func isAgencyClosing(t string) bool {
	t = strings.TrimSpace(t)
	if agency, ok := matchSignoff(t); ok && agency != "" {
		return true
	}
	if _, ok := agencyInitialsLine(t); ok {
		return true
	}
	head, _, ok := cutAgencyMark(t)
	return ok && head == ""
}

// noteSignoff records the first agency a sign-off names, reading from the
// end of the story, and where that sign-off stands.
func (st *state) noteSignoff(agency string, at Span) {
	if agency != "" && st.signoffAgency == "" {
		st.signoffAgency = agency
		st.art.Spans.Signoff, st.art.Spans.SignoffAgency = at, agency
	}
}

// matchSignoff compares a closing line with the table, ignoring case and
// trailing dots ("REUTER...", " reuter").
// An end mark may carry desk initials: CNA's "Enditem/AW", APA's
// "(Schluss) sp/ivn".
func matchSignoff(t string) (string, bool) {
	if len(t) > maxClosingLine {
		return "", false
	}
	if t != "./." {
		t = strings.TrimRight(t, ". …")
	}
	if a, ok := lookupSignoff(t); ok {
		return a, true
	}
	if i := strings.IndexAny(t, "/ "); i > 0 && (t[0] == '(' || t[i] == '/') {
		if a, ok := lookupSignoff(t[:i]); ok && a == "" && allInitials(strings.Fields(t[i+1:])) {
			return a, true
		}
	}
	return "", false
}

// signoffKeys are the sign-offs without trailing dots, as matchSignoff
// compares them.
var signoffKeys = func() []signoff {
	out := make([]signoff, len(signoffs))
	for i, s := range signoffs {
		out[i] = signoff{strings.TrimRight(s.text, "."), s.agency}
		if strings.HasPrefix(s.text, ".") {
			out[i].text = s.text // VNA's "./." is all dots and slash
		}
	}
	return out
}()

// lookupSignoff finds t in the sign-off table, ignoring case.
func lookupSignoff(t string) (string, bool) {
	for _, s := range signoffKeys {
		if len(s.text) == len(t) && strings.EqualFold(t, s.text) {
			return s.agency, true
		}
	}
	return "", false
}

// allInitials reports whether every word is a desk code ("sp/ivn", "AW").
func allInitials(words []string) bool {
	for _, w := range words {
		if !isInitialsWord(w) {
			return false
		}
	}
	return len(words) > 0
}

// cutAgencyMark removes an agency mark (see agencyMarks) that ends t,
// with a web address glued after it, and returns the text before it:
// "... briefing. (PNA)" gives "... briefing." and PNA. The text before
// must end a sentence, or be empty.
func cutAgencyMark(t string) (head, agency string, ok bool) {
	s := strings.TrimRight(t, ". ")
	if !mayEndWithMark(s) {
		return t, "", false
	}
	for _, w := range webMarks {
		if !strings.HasSuffix(s, ")") {
			break
		}
		if i := lastIndexNear(s, w, 60); i > 0 {
			s = s[:i]
		}
	}
	for _, mk := range agencyMarks {
		if mk.close == "" && !strings.Contains(s[max(0, len(s)-48):], mk.open) {
			continue
		}
		i, inner := markAt(s, mk.open, mk.close)
		if i < 0 {
			continue
		}
		name, ok := lookupAgency(inner)
		if !ok || mk.open == " " && (!isCapsWord(inner) || len(inner) < 3) {
			continue // a bare name after a sentence only in capitals: "... defence. REUTERS"
		}
		head = strings.TrimSpace(s[:i])
		if head == "" || endsSentence(head) {
			return head, name, true
		}
	}
	return t, "", false
}

// markAt finds open+name+close at the end of s (close may be followed by
// a second agency the first relays: "/ritzau/AFP") and returns where the
// mark starts and the name in it.
func markAt(s, open, close string) (int, string) {
	end := len(s)
	if close != "" && !strings.HasSuffix(s, close) {
		k := lastIndexNear(s, close, 16)
		if k < 0 {
			return -1, ""
		}
		if _, ok := lookupAgency(s[k+len(close):]); !ok {
			return -1, ""
		}
		end = k + len(close)
	}
	body := s[:end-len(close)]
	i := lastIndexNear(body, open, 48)
	if i < 0 {
		return -1, ""
	}
	return i, body[i+len(open):]
}

// lastIndexNear is strings.LastIndex over the last n bytes of s only, so
// that looking for a closing mark costs the same on any paragraph.
func lastIndexNear(s, sub string, n int) int {
	from := max(0, len(s)-n)
	if i := strings.LastIndex(s[from:], sub); i >= 0 {
		return from + i
	}
	return -1
}

// mayEndWithMark is a cheap test before cutAgencyMark: an agency mark
// ends with a bracket or a slash, or holds a slash or a dash near the end
// ("/ritzau/AFP", "– SAnews.gov.za").
func mayEndWithMark(s string) bool {
	if s == "" {
		return false
	}
	if c := s[len(s)-1]; c == ')' || c == '/' {
		return true
	}
	tail := s[max(0, len(s)-48):]
	if strings.IndexByte(tail[max(0, len(tail)-16):], '/') >= 0 || strings.Contains(tail, "– ") || strings.Contains(tail, "— ") {
		return true
	}
	last := tail[strings.LastIndexByte(tail, ' ')+1:]
	return len(last) >= 3 && isCapsWord(last)
}

// endsSentence reports whether s ends with a sentence's closing mark.
func endsSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?\"”'’。", r)
}

// cutSignoffSuffix removes a sign-off written at the end of the last
// paragraph: "... on Friday. (Xinhua)", "... 会议。（完）".
func cutSignoffSuffix(t string) (string, string, bool) {
	for _, s := range signoffs {
		if len(s.text) < 3 || len(s.text) == 3 && isLetterByte(s.text[0]) || !strings.HasSuffix(t, s.text) {
			continue
		}
		head := strings.TrimSpace(t[:len(t)-len(s.text)])
		if head == "" {
			continue
		}
		if s.text[0] == '.' {
			return head + ".", s.agency, true // VNA's "./.": its first dot ends the sentence
		}
		if strings.HasSuffix(head, ".") || strings.HasSuffix(head, "。") || strings.HasSuffix(head, "\"") || strings.HasSuffix(head, "”") {
			return head, s.agency, true
		}
	}
	if head, agency, ok := cutAgencyMark(t); ok && head != "" {
		return head, agency, true
	}
	return t, "", false
}

// initialsForms are the ways desks write their initials under a story.
// Each line is cut at sep; every part must be initials in one case.
var initialsForms = []struct {
	sep, example string
	upper        bool // capitals (else lower case)
	bare         bool // a single part is enough
}{
	{"/", "abc/xyz; ak/ms/jc; AFP bur-ach/jj; PAP kw/ mml/", false, false},
	{"/", "NAN IKU/KAE; Lusa JPS // JMR; BTA /NZ/", true, true},
	{".", "KUNA ak.gb", false, false},
}

// isInitialsLine: editors' initials closing a story (see initialsForms).
func isInitialsLine(t string) bool {
	if len(t) < 3 || len(t) > 24 {
		return false
	}
	for _, f := range initialsForms {
		if !strings.Contains(t, f.sep) {
			continue
		}
		parts := strings.FieldsFunc(t, func(r rune) bool { return r == ' ' || strings.ContainsRune(f.sep, r) })
		if len(parts) > 0 && (len(parts) > 1 || f.bare && strings.HasPrefix(t, f.sep)) && initialsParts(parts, f.upper) {
			return true
		}
	}
	return false
}

// initialsParts reports whether every part is 1–9 letters (and hyphens,
// AFP "burs-lec") in the given case.
func initialsParts(parts []string, upper bool) bool {
	lo, hi := byte('a'), byte('z')
	if upper {
		lo, hi = 'A', 'Z'
	}
	for _, part := range parts {
		if len(part) > 9 {
			return false
		}
		for i := 0; i < len(part); i++ {
			if (part[i] < lo || part[i] > hi) && part[i] != '-' {
				return false
			}
		}
	}
	return true
}

// isCapsInitials: desk initials in capitals with no mark, "NAA ZLA",
// which close a story only right after its agency sign-off ("-- BERNAMA").
func isCapsInitials(t string) bool {
	words := strings.Fields(t)
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		if len(w) < 2 || len(w) > 4 || !initialsParts([]string{w}, true) {
			return false
		}
	}
	return true
}

// stampWords may stand in a closing time stamp besides times:
// SPA's "13:45 LOCAL TIME 10:45 GMT", BSS's "1845 hrs".
var stampWords = map[string]bool{"local": true, "time": true, "gmt": true, "utc": true, "hrs": true, "ksa": true}

// isStampLine: a time stamp or a story serial number closing a story:
// "13:45 LOCAL TIME 10:45 GMT", IRNA's "9417**1771".
func isStampLine(t string) bool {
	if len(t) > 40 || t == "" || t[0] < '0' || t[0] > '9' {
		return false
	}
	words := strings.Fields(t)
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	hasTime := false
	for _, w := range words {
		digits, marks := 0, 0
		for i := 0; i < len(w); i++ {
			switch {
			case w[i] >= '0' && w[i] <= '9':
				digits++
			case w[i] == ':' || w[i] == '*':
				marks++
			}
		}
		switch {
		case digits > 0 && digits+marks == len(w) && (marks > 0 || len(words) > 1):
			hasTime = true
		case !stampWords[strings.ToLower(w)]:
			return false
		}
	}
	return hasTime
}

// agencyInitialsLine reads a closing agency mark with desk initials:
// "AAP gfr", "PTI ASG RT", "--IANS", "==Kyodo", "AAP mjc/dm".
func agencyInitialsLine(t string) (string, bool) {
	t = strings.TrimLeft(t, "-=– ")
	if len(t) > 30 {
		return "", false
	}
	name, n := agencyPrefix(t)
	// As written in capitals, or as the agency writes itself ("Kyodo", "dpa").
	if n == 0 || t[:n] != strings.ToUpper(t[:n]) && t[:n] != name {
		return "", false
	}
	if d, k := scanDate(strings.TrimSpace(t[n:])); k > 0 && d.year > 0 && k == len(strings.TrimSpace(t[n:])) {
		return name, true // MAP's "MAP 05 February 2024"
	}
	rest := strings.Fields(t[n:])
	if len(rest) > 5 {
		return "", false
	}
	for _, w := range rest {
		if !isInitialsWord(w) {
			return "", false
		}
	}
	return name, true
}

// isInitialsWord: desk codes, short letters with slashes, hyphens or a
// digit ("gfr", "mjc/dm", "ASG", dpa's "n1").
func isInitialsWord(w string) bool {
	if len(w) > 12 {
		return false
	}
	letters := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case isLetterByte(c):
			letters++
		case c == '/' || c == '-' || c >= '0' && c <= '9':
		default:
			return false
		}
	}
	return letters > 0
}

// isEmailLine: a reporter's address alone closing the story ("syk@yna.co.kr").
func isEmailLine(t string) bool {
	at := strings.IndexByte(t, '@')
	return at > 0 && !strings.ContainsAny(t, " \t") && strings.Contains(t[at:], ".") && len(t) < 60
}
