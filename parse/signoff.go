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
	{"(完)", "Xinhua"}, // 新华社 Chinese: end of story
	{"（完）", "Xinhua"},
}

// recognizeSignoff removes sign-off lines and initials lines ("abc/xyz")
// from the end of the story, and takes the agency a sign-off names.
func recognizeSignoff(st *state) {
	for len(st.body) > 0 {
		last := &st.body[len(st.body)-1]
		t := strings.TrimSpace(last.text)
		if agency, ok := matchSignoff(t); ok {
			if agency != "" && st.signoffAgency == "" {
				st.signoffAgency = agency
			}
			st.body = st.body[:len(st.body)-1]
			continue
		}
		if isInitialsLine(t) {
			st.body = st.body[:len(st.body)-1]
			continue
		}
		if s, agency, ok := cutSignoffSuffix(t); ok {
			if agency != "" && st.signoffAgency == "" {
				st.signoffAgency = agency
			}
			last.text = s
		}
		return
	}
}

func matchSignoff(t string) (string, bool) {
	for _, s := range signoffs {
		if t == s.text {
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
		if len(part) < 1 || len(part) > 5 {
			return false
		}
		for i := 0; i < len(part); i++ {
			if part[i] < 'a' || part[i] > 'z' {
				return false
			}
		}
	}
	return true
}
