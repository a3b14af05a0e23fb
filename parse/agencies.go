package parse

import "strings"

// agency is one news agency: its canonical short name and every name it
// goes by in datelines, bylines and sign-offs.
type agency struct {
	name    string   // canonical: "Xinhua"
	aliases []string // as written: "Xinhua News Agency", "新华社"
}

// agencies maps the names agencies go by to their canonical short name.
// Matching is case-sensitive for short all-capitals codes (so "AP" is not
// "ap") and case-insensitive for longer names.
var agencies = []agency{
	{"Xinhua", []string{"Xinhua", "Xinhuanet", "Xinhua News Agency", "XINHUA", "新华社", "新華社"}},
	{"AP", []string{"AP", "Associated Press", "The Associated Press"}},
	{"Reuters", []string{"Reuters", "Reuter", "REUTERS", "Thomson Reuters"}},
	{"AFP", []string{"AFP", "Agence France-Presse", "Agence France Presse", "法新社"}},
	{"UPI", []string{"UPI", "United Press International"}},
	{"TASS", []string{"TASS", "ITAR-TASS", "Tass", "塔斯社"}},
	{"Yonhap", []string{"Yonhap", "Yonhap News Agency", "韩联社"}},
	{"PTI", []string{"PTI", "Press Trust of India"}},
	{"IANS", []string{"IANS", "Indo-Asian News Service"}},
	{"ANI", []string{"ANI", "Asian News International"}},
	{"UNI", []string{"UNI", "United News of India"}},
	{"Kyodo", []string{"Kyodo", "Kyodo News", "KYODO", "共同社"}},
	{"Jiji", []string{"Jiji", "Jiji Press", "时事社"}},
	{"dpa", []string{"dpa", "DPA", "Deutsche Presse-Agentur"}},
	{"CNN", []string{"CNN"}},
	{"Anadolu", []string{"AA", "Anadolu", "Anadolu Agency"}},
	{"Interfax", []string{"Interfax", "INTERFAX"}},
	{"RIA Novosti", []string{"RIA Novosti", "RIA"}},
	{"Sputnik", []string{"Sputnik"}},
	{"AAP", []string{"AAP", "Australian Associated Press"}},
	{"PA", []string{"PA", "Press Association", "PA Media"}},
	{"CP", []string{"CP", "Canadian Press", "The Canadian Press"}},
	{"Bernama", []string{"Bernama", "BERNAMA"}},
	{"Antara", []string{"Antara", "ANTARA"}},
	{"ANSA", []string{"ANSA"}},
	{"EFE", []string{"EFE"}},
	{"Europa Press", []string{"Europa Press"}},
	{"KUNA", []string{"KUNA"}},
	{"WAM", []string{"WAM"}},
	{"IRNA", []string{"IRNA"}},
	{"MENA", []string{"MENA"}},
	{"SPA", []string{"SPA"}},
	{"APP", []string{"APP", "Associated Press of Pakistan"}},
	{"PNA", []string{"PNA", "Philippine News Agency"}},
	{"VNA", []string{"VNA", "Vietnam News Agency"}},
	{"KCNA", []string{"KCNA"}},
	{"Prensa Latina", []string{"Prensa Latina", "PL"}},
	{"STT", []string{"STT"}},
	{"NTB", []string{"NTB"}},
	{"TT", []string{"TT"}},
	{"Ritzau", []string{"Ritzau"}},
	{"APA", []string{"APA"}},
	{"PAP", []string{"PAP"}},
	{"CTK", []string{"CTK", "ČTK"}},
	{"MTI", []string{"MTI"}},
	{"Belga", []string{"Belga"}},
	{"ANP", []string{"ANP"}},
	{"Lusa", []string{"Lusa"}},
	{"SANA", []string{"SANA"}},
	{"Bloomberg", []string{"Bloomberg"}},
	{"Gracenote", []string{"Gracenote"}},
	{"Opta Sports Data", []string{"OPTA", "Opta"}},
	{"CNA", []string{"CNA", "Central News Agency", "中央社"}},
	{"Chinanews", []string{"Chinanews", "China News Service", "中新社", "中新网"}},
	{"CGTN", []string{"CGTN"}},
	{"Global Times", []string{"Global Times", "环球时报", "環球時報"}},
	{"People's Daily", []string{"People's Daily", "人民日报"}},
	{"CCTV", []string{"CCTV", "央视新闻", "央视", "央视网"}},
}

// agencyIndex maps each alias (lower-cased when longer than four letters)
// to its canonical name.
var agencyIndex = func() map[string]string {
	m := make(map[string]string)
	for _, a := range agencies {
		for _, alias := range a.aliases {
			m[agencyKey(alias)] = a.name
		}
	}
	return m
}()

func agencyKey(s string) string {
	if len(s) > 4 {
		return strings.ToLower(s)
	}
	return s
}

// lookupAgency returns the canonical name of the agency written as s.
func lookupAgency(s string) (string, bool) {
	s = strings.TrimSpace(s)
	name, ok := agencyIndex[agencyKey(s)]
	return name, ok
}

// agencyPrefix reports whether s begins with an agency name followed by a
// word boundary, returning the canonical name and the length matched. The
// longest alias wins.
func agencyPrefix(s string) (name string, n int) {
	for _, a := range agencies {
		for _, alias := range a.aliases {
			if len(alias) <= n || len(alias) > len(s) {
				continue
			}
			head := s[:len(alias)]
			if agencyKey(head) != agencyKey(alias) {
				continue
			}
			if len(s) > len(alias) && alias[len(alias)-1] < 0x80 && isWordByte(s[len(alias)]) {
				continue
			}
			name, n = a.name, len(alias)
		}
	}
	return name, n
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}
