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
	{"Xinhua", []string{"Xinhua", "Xinhuanet", "Xinhua News Agency", "XINHUA", "新华社", "新華社", "新华网"}}, // "来源：新华网": xinhuanet carries Xinhua copy
	{"AP", []string{"AP", "Associated Press", "The Associated Press", "美联社", "美聯社"}},
	{"Reuters", []string{"Reuters", "Reuter", "REUTERS", "Thomson Reuters", "路透社"}},
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
	{"dpa", []string{"dpa", "DPA", "Deutsche Presse-Agentur", "德新社"}},
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
	{"CCTV", []string{"CCTV", "央视新闻", "央视", "央视网", "央视新闻客户端"}},                      // 据央视新闻客户端消息，…
	{"BelTA", []string{"BelTA", "BELTA"}},                                           // MINSK, 5 February (BelTA) -
	{"Ukrinform", []string{"Ukrinform", "UKRINFORM"}},                               // KYIV, February 5. /Ukrinform/.
	{"UNIAN", []string{"UNIAN"}},                                                    // Kyiv (UNIAN) -
	{"Agerpres", []string{"Agerpres", "AGERPRES"}},                                  // Bucharest, Feb 12 /Agerpres/ -
	{"BTA", []string{"BTA", "Bulgarian News Agency"}},                               // Sofia, February 5 (BTA) -
	{"HINA", []string{"Hina", "HINA"}},                                              // ZAGREB, Feb 5 (Hina) -
	{"Tanjug", []string{"Tanjug", "TANJUG"}},                                        // BELGRADE, Feb 5 (Tanjug) -
	{"Keystone-SDA", []string{"Keystone-SDA", "Keystone-ATS", "SDA", "sda", "ATS"}}, // Zürich (awp/sda) -
	{"Trend", []string{"Trend", "Trend News Agency"}},                               // By Elmira Tariverdiyeva - Trend:
	{"AZERTAC", []string{"AZERTAC", "Azertac"}},                                     // ..., AZERTAC reports.
	{"GNA", []string{"GNA", "Ghana News Agency"}},                                   // Accra, Feb. 7, GNA -
	{"NAN", []string{"NAN", "News Agency of Nigeria"}},                              // Abuja, Feb. 5, 2024 (NAN) The
	{"BSS", []string{"BSS", "Bangladesh Sangbad Sangstha"}},                         // DHAKA, Feb 5, 2024 (BSS) -
	{"UNB", []string{"UNB", "United News of Bangladesh"}},                           // Dhaka, Feb 5 (UNB) -
	{"RSS", []string{"RSS", "Rastriya Samachar Samiti"}},                            // Kathmandu, Feb 5 (RSS):
	{"Télam", []string{"Télam", "TELAM", "Telam"}},                                  // Buenos Aires, 5 feb (Télam).-
	{"Agência Brasil", []string{"Agência Brasil", "Agencia Brasil"}},                // Pedro Peduzzi - Repórter da Agência Brasil
	{"MAP", []string{"MAP", "Maghreb Arabe Presse"}},                                // MAP 05 February 2024
	{"APS", []string{"APS", "Algérie Presse Service"}},                              // ALGIERS, Feb 5 (APS) -
	{"KNA", []string{"KNA", "Kenya News Agency"}},                                   // NAIROBI, Feb 5 (KNA) -
	{"SAnews", []string{"SAnews", "SAnews.gov.za"}},                                 // ... – SAnews.gov.za
	{"NHK", []string{"NHK"}},                                                        // TOKYO (NHK) -
	{"People's Daily", []string{"人民网", "人民網"}},                                      // 人民网北京1月12日电 （记者王震）
	{"Beijing News", []string{"新京报", "新京報"}},                                        // 新京报讯（记者 王佳）
	{"Economic Daily", []string{"经济日报", "經濟日報"}},                                    // 经济日报北京1月2日讯（记者冯其予）
	{"Guangming Daily", []string{"光明日报", "光明日報"}},                                   // 光明日报北京1月2日电（记者 邓晖）
	{"Legal Daily", []string{"法制日报", "法治日报", "法制日報", "法治日報"}},                       // 法制日报讯 记者张晨
	{"The Paper", []string{"澎湃新闻", "澎湃新聞"}},                                         // 澎湃新闻记者 张三
	{"China Daily", []string{"China Daily", "中国日报", "中國日報"}},                        // 中国日报1月2日电
	{"Ming Pao", []string{"明報", "明报"}},                                              // 【明報專訊】
	{"Sing Tao Daily", []string{"星島日報", "星岛日报"}},                                    // 星島日報報道
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

// lookupAgencies reads one agency, or several joined by slashes, and
// returns the first known one: Keystone-SDA's "(awp/sda)", "(AP/Reuters)".
func lookupAgencies(s string) (string, bool) {
	if name, ok := lookupAgency(s); ok || !strings.Contains(s, "/") {
		return name, ok
	}
	for part := range strings.SplitSeq(s, "/") {
		if name, ok := lookupAgency(part); ok {
			return name, true
		}
	}
	return "", false
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
