package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// nameSeparators split a list of names: "Yuan Bo, Hu Yongqiu",
// "Jane Doe and John Roe", "任珂、邓仙来".
var nameSeparators = []string{";", ",", "，", "、", "；", " and ", " And ", " AND ", " & ", " und ", " et ", " y ", "/", " with "}

// nameRoleWords, when they begin a credit's name part, are dropped with the
// words up to the first capitalised name: "Associated Press writer Jane Doe".
var nameRoleWords = []string{
	"Associated Press writers", "Associated Press writer", "AP writers", "AP writer",
	"Reuters reporters", "Reuters reporter", "staff writer", "Staff writer", "correspondent",
	"Xinhua writers", "Xinhua writer", // "by Xinhua writers Zhang Wei, Li Min"
	"Xinhua reporters", "Xinhua reporter", // "(Xinhua reporters Wang Jianwei and Zhao Yunfeng contributed to the story.)"
	"Xinhua correspondents", "Xinhua correspondent", // "by Xinhua correspondent Li Min"
}

// trimRoleWords drops the job words that open a credit's name part:
// "Xinhua writers Zhang Wei" gives "Zhang Wei".
func trimRoleWords(s string) (string, bool) {
	for _, r := range nameRoleWords {
		if strings.HasPrefix(s, r+" ") {
			return strings.TrimSpace(s[len(r):]), true
		}
	}
	return s, false
}

// splitNames splits a credit's names and keeps the ones that look like
// person names, dropping locations ("Jane Doe in London").
func splitNames(s string) []string {
	names, _ := splitNamesStrict(s)
	return names
}

// splitNamesStrict is splitNames that also reports whether every part of
// s was a name.
func splitNamesStrict(s string) ([]string, bool) {
	parts := []string{s}
	for _, sep := range nameSeparators {
		var next []string
		for _, p := range parts {
			next = append(next, strings.Split(p, sep)...)
		}
		parts = next
	}
	var names []string
	all := true
	for _, p := range parts {
		if n := cleanName(p); n != "" {
			names = append(names, n)
		} else if strings.TrimSpace(p) != "" {
			all = false
		}
	}
	return names, all
}

// cleanName trims a name and rejects what is not one.
func cleanName(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "and ")
	s, _ = trimRoleWords(s)
	if i := strings.Index(s, " in "); i > 0 {
		s = s[:i]
	}
	for _, cut := range []string{" at ", " for ", " For ", " FOR "} { // "Jane Doe for Reuters", "Glen Owen For The Mail On Sunday"
		if i := strings.Index(s, cut); i > 0 {
			s = s[:i]
		}
	}
	s = strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(".:;,()（）[]【】\"“”'", r)
	})
	if !isPersonName(s) {
		return ""
	}
	return s
}

// isPersonName accepts one to five words starting with capitals (with
// particles such as "de" or "al-" between), or two to four Han characters.
func isPersonName(s string) bool {
	if s == "" || utf8.RuneCountInString(s) > 50 || strings.ContainsAny(s, "0123456789@:：") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if unicode.Is(unicode.Han, r) {
		n := utf8.RuneCountInString(strings.ReplaceAll(s, "·", ""))
		return n >= 2 && n <= 6 && !strings.ContainsRune(s, ' ')
	}
	words := strings.Fields(s)
	if len(words) > 5 {
		return false
	}
	if _, isAgency := lookupAgency(s); isAgency {
		return false
	}
	for i, w := range words {
		if notNameWords[strings.ToLower(w)] {
			return false
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			continue
		}
		if i > 0 && i < len(words)-1 && nameParticles[strings.ToLower(w)] {
			continue
		}
		return false
	}
	return true
}

// notNameWords name a desk, a section or a kind of story, never a
// person: a line "BUSINESS NEWS" or "Breaking News" under a headline is
// no byline.
var notNameWords = map[string]bool{
	"news": true, "business": true, "sports": true, "world": true, "markets": true, "politics": true,
	"analysis": true, "update": true, "updates": true, "stories": true, "opinion": true, "economy": true,
	"editorial": true, "desk": true, "newsroom": true, "breaking": true, "exclusive": true, "bulletin": true,
	"headlines": true, "weather": true, "advisory": true,
}

// nameParticles may stand in lower case inside a name: "Ursula von der Leyen".
var nameParticles = map[string]bool{
	"de": true, "da": true, "di": true, "del": true, "della": true, "van": true, "von": true,
	"der": true, "den": true, "la": true, "le": true, "bin": true, "binti": true, "al": true, "el": true, "dos": true, "du": true, "ter": true, "ibn": true,
}

// maxNames bounds the reporters, contributors or editors of one article.
const maxNames = 100

// addNames appends names not already in list.
// A list keeps at most maxNames names: the duplicate check then costs a
// bounded time per name, and a hostile input that credits a million
// different people in brackets parses in linear time.
func addNames(list []string, names ...string) []string {
	for _, n := range names {
		if len(list) >= maxNames {
			break
		}
		dup := false
		for _, have := range list {
			if strings.EqualFold(have, n) {
				dup = true
				break
			}
		}
		if !dup {
			list = append(list, n)
		}
	}
	return list
}
