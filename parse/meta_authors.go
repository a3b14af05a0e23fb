package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// bylinePrefixes open a byline in the languages of the pages we read; they
// are replaced by "By" before the byline grammar (byline.go) reads it.
var bylinePrefixes = []string{
	"geschrieben von", // "Geschrieben von Jane Doe"
	"ein beitrag von", // "Ein Beitrag von Jane Doe"
	"ein kommentar von",
	"eine analyse von",
	"verfasst von",
	"written by",   // "Written by Jane Doe"
	"posted by",    // "Posted by Jane Doe"
	"reporting by", // "Reporting by Jane Doe"
	"publié par",   // "Publié par Jeanne Dupont"
	"escrito por",  // "Escrito por Juan Pérez"
	"autorinnen",   // "Autorinnen: ..."
	"autorin",      // "Autorin: Jane Doe"
	"autoren",
	"autor",              // "Autor: John Doe"
	"auteur",             // "Auteur : Jean Dupont"
	"authors",            // "Authors: ..."
	"author",             // "Author: Jane Doe"
	"texte",              // "Texte : Jean Dupont"
	"text und fotos",     // "Text und Fotos: Jane Doe": the writer took the pictures too
	"text und foto",      // "Text und Foto: Jane Doe"
	"text und bilder",    // "Text und Bilder: Jane Doe"
	"text und bild",      // "Text und Bild: Jane Doe"
	"text & fotos",       // "Text & Fotos: Jane Doe"
	"text & foto",        // "Text & Foto: Jane Doe"
	"text and photos",    // "Text and photos: Jane Doe"
	"words and pictures", // "Words and pictures: Jane Doe"
	"text",               // "Text: Jane Doe"
	"von",                // "Von Jane Doe"
	"by",                 // "By Jane Doe"
	"par",                // "Par Jean Dupont"
	"por",                // "Por Juan Pérez"
	"door",               // "Door Jan Jansen"
	"di",                 // "di Mario Rossi"
	"av",                 // "Av Anna Svensson"
	"作者",                 // "作者：张三"
	"记者",                 // "记者 王五"
	"veröffentlicht von", // "Veröffentlicht von Jane Doe"
	"interview",          // "Interview: Jane Doe"
	"kommentar",          // "Kommentar: Jane Doe"
	"ein gastbeitrag von",
	"erstellt von",          // "erstellt von Dominique"
	"ein artikel von",       // "Ein Artikel von Jane Doe"
	"rédigé par",            // "Rédigé par Jeanne Dupont"
	"propos recueillis par", // "Propos recueillis par Jeanne Dupont"
	"article by",            // "Article by Jane Doe"
	"story by",              // "Story by Jane Doe"
	// the links of author boxes to the writer's other stories
	"alle artikel von",     // "Alle Artikel von Jane Doe"
	"alle beiträge von",    // "Alle Beiträge von Jane Doe"
	"alles von",            // "Alles von Jane Doe"
	"mehr von",             // "Mehr von Jane Doe"
	"beiträge von",         // "Beiträge von Jane Doe"
	"artikel von",          // "Artikel von Jane Doe"
	"view all posts by",    // "View all posts by Jane Doe"
	"all posts by",         // "All posts by Jane Doe"
	"posts by",             // "Posts by Jane Doe"
	"more from",            // "More from Jane Doe"
	"more by",              // "More by Jane Doe"
	"articles by",          // "Articles by Jane Doe"
	"tous les articles de", // "Tous les articles de Jean Dupont"
	"articles de",          // "Articles de Jean Dupont"
}

// creditLabels open credits that are not bylines: "Foto: Jane Doe".
var creditLabels = []string{
	"foto", "fotos", "bild", "bilder", "photo", "photos", "image", "images", "quelle",
	"source", "credit", "credits", "grafik", "illustration", "video", "kontakt", "contact",
	"mitarbeit", // "Mitarbeit: Jane Doe" names a contributor, not the writer
}

// conversationJoins stand between two names in the byline of an
// interview, both of whom are credited: "Richard Muster im Gespräch mit
// Karin Beispiel".
var conversationJoins = []string{
	" im gespräch mit ",      // "Jane Doe im Gespräch mit John Roe"
	" im interview mit ",     // "Jane Doe im Interview mit John Roe"
	" in conversation with ", // "Jane Doe in conversation with John Roe"
	" en conversation avec ", // "Jeanne Dupont en conversation avec Jean Durand"
}

// cutConversation reads "Jane Doe im Gespräch mit John Roe" as the names
// "Jane Doe und John Roe".
func cutConversation(seg string) (string, bool) {
	lower := strings.ToLower(seg)
	for _, j := range conversationJoins {
		if i := strings.Index(lower, j); i > 0 && len(lower) == len(seg) {
			return seg[:i] + " und " + seg[i+len(j):], true
		}
	}
	return seg, false
}

// nonPersonWords, as a word of a credited name, show that it is a desk,
// a site or a company and not a person: "Redaktion", "BBC News", "Staff".
var nonPersonWords = map[string]bool{
	"redaktion": true, "redacción": true, "rédaction": true, "redazione": true, "redactie": true,
	"staff": true, "team": true, "desk": true, "newsroom": true, "newsdesk": true, "editors": true,
	"editorial": true, "agencies": true, "agency": true, "agenturen": true, "admin": true,
	"administrator": true, "user": true, "online": true, "news": true, "media": true, "verlag": true,
	"gmbh": true, "ag": true, "e.v.": true, "ltd": true, "inc": true, "zeitung": true, "magazin": true,
	"magazine": true, "blog": true, "deutschland": true, "germany": true, "press": true, "presse": true,
	"tv": true, "radio": true, "gast": true,
	"guest": true, "anonymous": true, "unknown": true, "autor": true, "author": true, "web": true,
	"dpa": true, "afp": true, "reuters": true, "apa": true, "kna": true, "epd": true, "sid": true,
	"kg": true, "co": true, "copyright": true, "rights": true, "reserved": true,
	// organisations: "Feuerwehr Oldenburg, Abteilung Wasserrettung", "Deutsches Rotes Kreuz"
	"abteilung": true, "feuerwehr": true, "verein": true, "verband": true, "stiftung": true,
	"institut": true, "institute": true, "universität": true, "university": true, "department": true,
	"ministerium": true, "ministry": true, "polizei": true, "police": true, "pressestelle": true,
	"pressemitteilung": true, "deutsches": true, "deutsche": true, "gasthaus": true, "hotel": true,
	"kitchen": true, "kitchens": true, "küche": true, // "Betty Muster Kitchens", "Test Kitchen"
	// page words that stand beside author names: "Zur Person", "Alle Beiträge", "More posts"
	"zur": true, "zum": true, "alle": true, "beiträge": true, "artikel": true, "mehr": true,
	"über": true, "profil": true, "kontakt": true, "all": true, "posts": true, "articles": true,
	"more": true, "about": true, "profile": true, "follow": true, "folgen": true, "view": true,
	"comments": true, "kommentare": true, "share": true, "teilen": true, "suivre": true, "partager": true,
}

// roleWordSuffixes end job titles that stand before a name in bylines:
// "FOCUS-Online-Experte Robin Tschöpe", "Korrespondentin Jane Doe".
var roleWordSuffixes = []string{
	"experte", "expertin", "redakteur", "redakteurin", "korrespondent", "korrespondentin",
	"reporter", "reporterin", "autorin", "journalist", "journalistin", "mitarbeiter",
	"mitarbeiterin", "volontär", "volontärin", "kolumnist", "kolumnistin", "fotograf", "fotografin",
	"correspondent", "columnist", "contributor", "writer", "anwalt", "anwältin",
}

// nameTitles are academic and professional titles: a "name" made of them
// alone ("Prof. Dr", "PhD") is not one.
var nameTitles = map[string]bool{
	"prof": true, "dr": true, "phd": true, "ph.d": true, "md": true, "m.d": true, "mba": true,
	"msc": true, "bsc": true, "ma": true, "ba": true, "rd": true, "dipl": true, "ing": true, "mag": true,
}

// allTitles reports whether every word is a title.
func allTitles(words []string) bool {
	for _, w := range words {
		if !nameTitles[strings.ToLower(strings.Trim(w, ".,"))] {
			return false
		}
	}
	return true
}

// dropHandles removes social-media handles from a name: "Jane Doe @jdoe".
func dropHandles(s string) string {
	if !strings.Contains(s, "@") {
		return s
	}
	var keep []string
	for _, w := range strings.Fields(s) {
		if !strings.HasPrefix(w, "@") {
			keep = append(keep, w)
		}
	}
	return strings.Join(keep, " ")
}

// bylineNames reads the person names and agency of a byline as a page
// shows it: "Von Jane Doe | 19.10.2019", "By JANE DOE and JOHN ROE,
// Associated Press", "Text: Jane Doe; Fotos: John Roe". prefixed says
// that the names followed a byline opener ("By", "Von").
func bylineNames(s string) (names []string, agency string, prefixed bool) {
	s = strings.ReplaceAll(s, "\u00ad", "") // soft hyphens: "Mat­thi­as"
	if isCopyright(s) {
		return nil, "", false // a page footer: "© 1995-2020\nGrupa WP"
	}
	opened := false                            // a segment that was an opener alone: "By" on its own line
	contact := hasEmail(s) || hasPostalLine(s) // an address box: "Gasthaus X\nFamilie Y\ninfo@x.it"
	for _, seg := range bylineSegments(s) {
		seg = strings.TrimLeft(seg, "-–—•·|>», ")
		if isCreditLabel(seg) {
			continue
		}
		rest, hadPrefix := cutBylinePrefix(seg)
		if !hadPrefix {
			rest, hadPrefix = cutConversation(seg)
		}
		for more := hadPrefix; more && rest != ""; {
			rest, more = cutBylinePrefix(rest) // "Text von Jane Doe"
		}
		if hadPrefix && strings.TrimSpace(rest) == "" {
			opened = true
			continue
		}
		hadPrefix, opened = hadPrefix || opened, false
		rest, ag := cutParens(rest)
		if ag != "" && agency == "" {
			agency = ag
		}
		rest = trimBylineTail(dropHandles(rest))
		if rest == "" || !hadPrefix && (contact || len(names) > 0 || len(strings.Fields(rest)) > maxNameWords) {
			continue
		}
		ns, a, ok := parseByline("By "+dropRoleWords(cutRoleTail(rest)), false)
		if a != "" && agency == "" {
			agency = a
		}
		if !ok {
			if a, found := lookupAgency(rest); found && agency == "" {
				agency = a
			}
			continue
		}
		if hadPrefix {
			return ns, agency, true // a label before it is no name: "Pressemitteilung\nvon Jane Doe"
		}
		names = append(names, ns...)
	}
	return names, agency, false
}

// parenRoles, in parentheses after a name, give the writer's part:
// "Von Jane Doe (Text) und John Roe (Fotos)".
var parenRoles = map[string]bool{"text": true, "texte": true, "words": true, "interview": true, "recherche": true}

// cutParens removes the parenthesised notes after the names of a byline
// segment: an agency ("Jane Doe (dpa)") is returned; a part ("(Text)")
// is dropped; a credit ("John Roe (Fotos)") is dropped with its name.
func cutParens(s string) (rest, agency string) {
	for {
		open := strings.IndexByte(s, '(')
		if open < 0 {
			return s, agency
		}
		end := strings.IndexByte(s[open:], ')')
		if end < 0 {
			return s, agency
		}
		inner, after := strings.TrimSpace(s[open+1:open+end]), s[open+end+1:]
		before := s[:open]
		switch a, ok := lookupAgency(inner); {
		case ok:
			agency = a
		case isCreditLabel(inner + ":"):
			before = before[:lastNameSep(before)] // "John Roe (Fotos)" took the pictures
		case parenRoles[strings.ToLower(inner)]:
		default:
			return s, agency
		}
		s = strings.TrimSpace(strings.TrimSpace(before) + " " + strings.TrimSpace(after))
	}
}

// lastNameSep returns where the last name of a list begins its
// separator: "Jane Doe und John Roe" gives the index of " und ".
func lastNameSep(s string) int {
	at := 0
	for _, sep := range []string{",", " und ", " and ", " & ", " et "} {
		if i := strings.LastIndex(s, sep); i > at {
			at = i
		}
	}
	return at
}

// maxNameWords is the most words of a segment read as names without a
// byline opener: "Jane Doe und John Roe"; longer is a sentence.
const maxNameWords = 7

// hasEmail reports whether s holds an e-mail address.
func hasEmail(s string) bool {
	at := strings.IndexByte(s, '@')
	return at > 0 && strings.IndexByte(s[at:], '.') > 0 && s[at-1] != ' ' && s[at-1] != '\n'
}

// hasPostalLine reports whether a line of s is a postal code and a town,
// as in an address box: "3003 Bern", "10117 Berlin".
func hasPostalLine(s string) bool {
	for _, l := range strings.Split(s, "\n") {
		words := strings.Fields(l)
		if len(words) < 2 || len(words) > 3 || len(words[0]) < 4 || len(words[0]) > 5 || strings.Trim(words[0], "0123456789") != "" {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(words[1]); unicode.IsUpper(r) && !isAllCaps(words[1]) {
			return true
		}
	}
	return false
}

// isCopyright reports whether a segment is a copyright notice: "© 1995-2020".
func isCopyright(s string) bool {
	return strings.Contains(s, "©") || strings.Contains(strings.ToLower(s), "copyright")
}

// tailWords end the names part of a byline segment: a date or time
// follows them ("Jane Doe am 29.12.2010", "Jane Doe on December 4").
var tailWords = map[string]bool{
	"am": true, "on": true, "at": true, "um": true, "le": true, "el": true, "il": true, "op": true,
	"vom": true, "den": true, "updated": true, "aktualisiert": true, "veröffentlicht": true, "published": true,
}

// trimBylineTail cuts a byline segment before its first number (a date or
// time) or credit label, and drops the connecting words left at its end.
func trimBylineTail(s string) string {
	words := strings.Fields(s)
	end := len(words)
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsDigit(r) || i > 0 && (isCreditLabel(w+":") || strings.HasSuffix(w, ":")) {
			end = i
			break
		}
	}
	for end > 0 && (tailWords[strings.ToLower(words[end-1])] || !hasLetter(words[end-1])) {
		end--
	}
	return strings.Join(words[:end], " ")
}

func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// isCreditLabel reports whether s opens with a photo or source credit
// label ("Foto: dpa", "Bild: Jane Doe").
func isCreditLabel(s string) bool {
	label, _, ok := strings.Cut(s, ":")
	if !ok || len(label) > 20 || strings.Contains(strings.TrimSpace(label), " ") {
		return false
	}
	label = strings.ToLower(strings.TrimSpace(label))
	for _, c := range creditLabels {
		if label == c {
			return true
		}
	}
	return false
}

// bylineSegments cuts a byline box's text at line breaks and separators.
func bylineSegments(s string) []string {
	f := func(r rune) bool { return strings.ContainsRune("\n|•·│｜/", r) }
	var out []string
	for _, seg := range strings.FieldsFunc(s, f) {
		for _, part := range strings.Split(seg, " - ") {
			if part = strings.TrimSpace(part); part != "" {
				out = append(out, part)
			}
		}
	}
	return out
}

// hasBylinePrefix reports whether a segment of s opens with a byline
// opener: "yas! | By Jane Doe | Apr 13, 2020".
func hasBylinePrefix(s string) bool {
	for _, seg := range bylineSegments(s) {
		if _, has := cutBylinePrefix(strings.TrimLeft(seg, "-–—•·|>», ")); has {
			return true
		}
	}
	return false
}

// cutBylinePrefix removes a byline opener ("Von", "Text:", "作者：").
func cutBylinePrefix(s string) (string, bool) {
	lower := strings.ToLower(s)
	for _, p := range bylinePrefixes {
		if !strings.HasPrefix(lower, p) {
			continue
		}
		rest := s[len(p):]
		r, _ := utf8.DecodeRuneInString(rest)
		if rest != "" && !unicode.IsSpace(r) && !strings.ContainsRune(":：", r) && p[0] < 0x80 && !(camelOpeners[p] && camelJoin(s, len(p))) {
			continue
		}
		return strings.TrimLeft(rest, " :：\u00a0"), true
	}
	return s, false
}

// camelOpeners may be joined to the name with no space between them.
var camelOpeners = map[string]bool{"by": true, "von": true, "par": true}

// camelJoin reports whether an opener ends at byte i of s in a small
// letter and a capital follows it: "ByAlex Bozarjian", two inline
// elements with no space between them. "Byron" and "BYRON" are not.
func camelJoin(s string, i int) bool {
	last, _ := utf8.DecodeLastRuneInString(s[:i])
	next, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLower(last) && unicode.IsUpper(next)
}

// dropRoleWords removes a job title standing before the name.
func dropRoleWords(s string) string {
	words := strings.Fields(s)
	for i := len(words) - 1; i >= 0; i-- {
		w := strings.ToLower(strings.Trim(words[i], ",:"))
		for _, suf := range roleWordSuffixes {
			if strings.HasSuffix(w, suf) && i+1 < len(words) {
				return strings.Join(words[i+1:], " ")
			}
		}
	}
	return s
}

// nameTrust is what an author source vouches for: single, that one word
// is a name ("Tobi"); declared, that the value is the person who wrote the
// page, so that an account name ("jesusfreak") is taken.
type nameTrust struct {
	single, declared bool
	// confirmed says that a person-typed declaration is also shown under
	// an opener ("Von: Jane Doe"), so that the name stays when the site
	// bears it too: a personal site.
	confirmed bool
}

// personNames keeps the names that are people: not a site or desk name,
// not an e-mail handle, not an all-capitals single word.
func personNames(names []string, sites []string, trust nameTrust) []string {
	var out []string
	for _, n := range names {
		n = dropHandles(cleanSpace(n))
		words := strings.Fields(n)
		if trust.declared && isUserName(n) && (!isSiteName(n, sites) || trust.confirmed) {
			out = addNames(out, n) // "jesusfreak", "Bo2man"
			continue
		}
		if !isPersonName(n) || strings.ContainsAny(n, "@/") {
			continue
		}
		if isSiteName(n, sites) && !(trust.confirmed && (looksLikeName(n) || len(words) == 1)) {
			continue
		}
		if len(words) == 1 && (!trust.single || isAllCaps(n) || isInitialism(n)) && !startsHan(n) {
			continue
		}
		if hasNonPersonWord(words) || allTitles(words) || siteDesk(words, sites) {
			continue
		}
		out = addNames(out, n)
	}
	return out
}

// bylineUserName returns the account name a byline gives, after an
// opener or alone: "Author: Bo2man am 29.12.2010", "von eseppelt".
func bylineUserName(s string) string {
	if strings.Contains(s, "://") {
		return ""
	}
	for _, seg := range bylineSegments(s) {
		rest, _ := cutBylinePrefix(strings.TrimLeft(seg, "-–—•·|>» "))
		if rest = trimBylineTail(rest); isUserName(rest) {
			return rest
		}
	}
	return ""
}

// isUserName reports whether s is an account name: one word of letters,
// digits, '_' and '-', from a letter or digit to a letter or digit, that
// does not read as a capitalised name: with a digit or an inner capital
// ("c1ph4", "HansEhrlich"), or in small letters, five at least
// ("jesusfreak"; "vor" is a word).
func isUserName(s string) bool {
	if len(s) < 3 || len(s) > 30 || isAllCaps(s) || nonPersonWords[strings.ToLower(s)] || tailWords[strings.ToLower(s)] {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	if !isAlnum(first) || !isAlnum(last) {
		return false
	}
	if isInitialism(s) {
		return false // "AgE", "GfK": an organisation's initials
	}
	lower := strings.ToLower(s)
	for _, w := range userNameStop {
		if strings.Contains(lower, w) {
			return false
		}
	}
	digit, innerCap := false, false
	for i, r := range s {
		switch {
		case r == '_' || r == '-':
		case r >= '0' && r <= '9':
			digit = true
		case unicode.IsLetter(r):
			innerCap = innerCap || i > 0 && unicode.IsUpper(r)
		default:
			return false
		}
	}
	return digit || innerCap || unicode.IsLower(first) && utf8.RuneCountInString(s) >= 5
}

// isInitialism reports whether s is a short word of letters with two
// capitals or more: the initials of an organisation ("AgE", "GfK", "BfR").
func isInitialism(s string) bool {
	caps, n := 0, 0
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
		n++
		if unicode.IsUpper(r) {
			caps++
		}
	}
	return n <= 4 && caps >= 2
}

func isAlnum(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// userNameStop are parts of account names that belong to no one person:
// "wordpressadmin", "webmaster", "redaktion1".
var userNameStop = []string{"admin", "webmaster", "redaktion", "editor", "team", "support", "info", "press", "www"}

// isAllCaps reports whether s has capital letters and no small ones.
func isAllCaps(s string) bool {
	return strings.IndexFunc(s, unicode.IsUpper) >= 0 && strings.IndexFunc(s, unicode.IsLower) < 0
}

func hasNonPersonWord(words []string) bool {
	if len(words) > 1 && leadingArticles[strings.ToLower(words[0])] {
		return true // "Die Tagespresse", "The Muster Review"
	}
	for i, w := range words {
		if isDeskSurname(words, i) {
			continue
		}
		for _, part := range strings.Split(strings.ToLower(strings.Trim(w, ".,()")), "-") {
			if nonPersonWords[part] || hasDeskSuffix(part) {
				return true // "PETA-Team", "Finanzmagazin"
			}
		}
		if i := strings.IndexByte(w, '.'); i > 0 && i < len(w)-1 && w[i+1] != ' ' && unicode.IsLower(rune(w[i+1])) {
			return true // "Spiegel.de"
		}
	}
	return false
}

// leadingArticles open the name of a publication, never a person's:
// "Die Tagespresse", "Das Mitternachtskabinett", "The Muster Review".
var leadingArticles = map[string]bool{"der": true, "die": true, "das": true, "the": true}

// deskSuffixes end compound words that name a publication or a desk:
// "Finanzmagazin", "Tagespresse", "Lokalredaktion", "Reiseblog".
var deskSuffixes = []string{"magazin", "zeitung", "presse", "verlag", "redaktion", "portal", "blog", "news"}

// hasDeskSuffix reports whether a lower-cased word is a compound ending
// in a desk word.
func hasDeskSuffix(w string) bool {
	for _, suf := range deskSuffixes {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// surnameDeskWords are desk words that are also surnames: they make a
// byline a desk's only when they stand alone or lead ("Staff Reporter"),
// not as the last word after a given name ("Jörg Staff").
var surnameDeskWords = map[string]bool{"staff": true}

// isDeskSurname reports whether words[i] is a desk word read as a
// surname: capitalised, last, after a capitalised word that is neither
// in capitals nor a desk word itself ("Jörg Staff", not "CNN Staff").
func isDeskSurname(words []string, i int) bool {
	if i == 0 || i != len(words)-1 || !surnameDeskWords[strings.ToLower(words[i])] || isAllCaps(words[i]) {
		return false
	}
	prev := words[i-1]
	r, _ := utf8.DecodeRuneInString(prev)
	return unicode.IsUpper(r) && !isAllCaps(prev) && !nonPersonWords[strings.ToLower(strings.Trim(prev, ".,"))]
}

// siteDesk reports whether a name ending in a desk surname is a site's
// desk: "Tribune Staff" on the Chicago Tribune's page.
func siteDesk(words, sites []string) bool {
	if len(words) < 2 || !isDeskSurname(words, len(words)-1) {
		return false
	}
	k := siteKey(strings.Join(words[:len(words)-1], ""))
	for _, site := range sites {
		if sk := siteKey(site); len(k) >= 3 && strings.Contains(sk, k) {
			return true
		}
	}
	return false
}

// isSiteName reports whether s names one of the sites (letters and digits
// compared, case folded): "GIGA.DE" is the site "giga.de".
func isSiteName(s string, sites []string) bool {
	k := siteKey(s)
	if k == "" {
		return false
	}
	for _, site := range sites {
		sk := siteKey(site)
		if sk == "" {
			continue
		}
		if k == sk || len(sk) >= 4 && strings.Contains(k, sk) || len(k) >= 4 && strings.Contains(sk, k) {
			return true
		}
	}
	return false
}

// siteKey keeps the lower-cased letters and digits of s.
func siteKey(s string) string {
	var sb strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// fullerName returns the first name alone that text opens with followed
// by a surname, as an author box or description does: "Stefanus" and
// "Stefanus Stahl - Maschinenbauer, …" give "Stefanus Stahl"; otherwise
// name.
func fullerName(name, text string) string {
	if name == "" || strings.ContainsRune(name, ' ') || !strings.HasPrefix(text, name+" ") {
		return name
	}
	words := strings.Fields(text[len(name):])
	surname := strings.TrimRight(words[0], ",;:")
	r, _ := utf8.DecodeRuneInString(surname)
	if !unicode.IsUpper(r) || isAllCaps(surname) || strings.IndexFunc(surname, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' }) >= 0 {
		return name
	}
	if len(words) > 1 && surname == words[0] {
		next, _ := utf8.DecodeRuneInString(words[1])
		if unicode.IsUpper(next) {
			return name // "Nils Pickert Verlag", three capitalised words: not sure
		}
	}
	if nonPersonWords[strings.ToLower(surname)] || tailWords[strings.ToLower(surname)] {
		return name
	}
	return name + " " + surname
}

// roleTailWords, in a part of a byline after a comma, make it the
// writer's job and not another name: "By Jane Doe, Senior Staff
// Technologist, ACLU Speech, Privacy, and Technology Project".
var roleTailWords = map[string]bool{
	"senior": true, "staff": true, "chief": true, "contributing": true, "associate": true,
	"editor": true, "redakteur": true, "redakteurin": true, "leiter": true, "leiterin": true,
}

// cutRoleTail cuts a byline at the first part after a comma that gives
// the writer's job, unless it names an agency ("Jane Doe, Associated Press").
func cutRoleTail(s string) string {
	parts := strings.Split(s, ",")
	for i := 1; i < len(parts); i++ {
		if _, ok := lookupAgency(strings.TrimSpace(parts[i])); ok {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(parts[i])) {
			if roleTailWords[w] || hasRoleSuffix(w) {
				return strings.Join(parts[:i], ",")
			}
		}
	}
	return s
}

// hasRoleSuffix reports whether a lower-cased word is a job title:
// "korrespondentin", "columnist".
func hasRoleSuffix(w string) bool {
	return hasSuffixAny(w, roleWordSuffixes...)
}
