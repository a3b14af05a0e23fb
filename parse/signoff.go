package parse

import "strings"

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
}

// recognizeSignoff removes sign-off lines, desk initials and reporters'
// e-mail lines from the end of the story, whether they stand as paragraphs
// or as the last lines of one, and takes the agency a sign-off names.
func recognizeSignoff(st *state) {
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

// closingLine reports whether t is a line that closes a story, noting the
// agency it names.
func (st *state) closingLine(t string, at Span) bool {
	t = strings.TrimSpace(t)
	if agency, ok := matchSignoff(t); ok {
		st.noteSignoff(agency, at)
		return true
	}
	if agency, ok := agencyInitialsLine(t); ok {
		st.noteSignoff(agency, at)
		return true
	}
	return isInitialsLine(t) || isEmailLine(t)
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
func matchSignoff(t string) (string, bool) {
	t = strings.TrimRight(t, ". …")
	for _, s := range signoffs {
		if strings.EqualFold(t, strings.TrimRight(s.text, ".")) {
			return s.agency, true
		}
	}
	return "", false
}

// cutSignoffSuffix removes a sign-off written at the end of the last
// paragraph: "... on Friday. (Xinhua)", "... 会议。（完）".
func cutSignoffSuffix(t string) (string, string, bool) {
	for _, s := range signoffs {
		if len(s.text) < 4 || !strings.HasSuffix(t, s.text) {
			continue
		}
		head := strings.TrimSpace(t[:len(t)-len(s.text)])
		if head == "" {
			continue
		}
		if strings.HasSuffix(head, ".") || strings.HasSuffix(head, "。") || strings.HasSuffix(head, "\"") || strings.HasSuffix(head, "”") {
			return head, s.agency, true
		}
	}
	return t, "", false
}

// isInitialsLine: editors' initials closing a story, "abc/xyz", "ak/ms/jc".
func isInitialsLine(t string) bool {
	if len(t) < 3 || len(t) > 24 || !strings.Contains(t, "/") {
		return false
	}
	for _, part := range strings.Split(t, "/") {
		if len(part) < 1 || len(part) > 9 { // "ach", AFP "burs-lec"
			return false
		}
		for i := 0; i < len(part); i++ {
			if (part[i] < 'a' || part[i] > 'z') && part[i] != '-' {
				return false // "abc/xyz", AFP "bur-ach/jj"
			}
		}
	}
	return true
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
