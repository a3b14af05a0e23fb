package parse

import (
	"slices"
	"strings"
)

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
	{"PR Newswire", []string{"PR Newswire", "PRNewswire", "PRNewswire-Asia", "PRNewswire-FirstCall"}},
	{"Business Wire", []string{"Business Wire", "BUSINESS WIRE"}},
	{"GlobeNewswire", []string{"GlobeNewswire", "GLOBE NEWSWIRE"}},
	{"Gracenote", []string{"Gracenote"}},
	{"Opta Sports Data", []string{"OPTA", "Opta"}},
	{"CNA", []string{"CNA", "Central News Agency", "中央社"}},
	{"Chinanews", []string{"Chinanews", "China News Service", "中新社", "中新网"}},
	{"CGTN", []string{"CGTN"}},
	{"Global Times", []string{"Global Times", "环球时报", "環球時報"}},
	{"People's Daily", []string{"People's Daily", "人民日报"}},
	{"CCTV", []string{"CCTV", "央视新闻", "央视", "央视网"}},
}

// agencyAlias is one alias in the lookup index.
type agencyAlias struct {
	alias, name string
	fold        bool // compare ignoring case (aliases longer than four bytes)
}

// agencyIndex holds the aliases by their first byte, lower-cased, longest
// alias first, so that a lookup reads only a few candidates and allocates
// nothing.
var agencyIndex = func() map[byte][]agencyAlias {
	m := make(map[byte][]agencyAlias)
	for _, a := range agencies {
		for _, alias := range a.aliases {
			k := lowerByte(alias[0])
			m[k] = append(m[k], agencyAlias{alias, a.name, len(alias) > 4})
		}
	}
	for k, list := range m {
		slices.SortStableFunc(list, func(a, b agencyAlias) int { return len(b.alias) - len(a.alias) })
		m[k] = list
	}
	return m
}()

func lowerByte(b byte) byte {
	if b >= 'A' && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// lookupAgency returns the canonical name of the agency written as s.
// Short codes match case-sensitively ("AP", not "ap"), longer names in any case.
func lookupAgency(s string) (string, bool) {
	s = strings.TrimSpace(s)
	name, n := agencyPrefix(s)
	return name, n > 0 && n == len(s)
}

// agencyPrefix reports whether s begins with an agency name followed by a
// word boundary, returning the canonical name and the length matched. The
// longest alias wins.
func agencyPrefix(s string) (name string, n int) {
	if s == "" {
		return "", 0
	}
	for _, a := range agencyIndex[lowerByte(s[0])] {
		if len(a.alias) > len(s) {
			continue
		}
		head := s[:len(a.alias)]
		if head != a.alias && !(a.fold && strings.EqualFold(head, a.alias)) {
			continue
		}
		if len(s) > len(a.alias) && a.alias[len(a.alias)-1] < 0x80 && isWordByte(s[len(a.alias)]) {
			continue
		}
		return a.name, len(a.alias)
	}
	return "", 0
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}
