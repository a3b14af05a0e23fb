package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// part is one element of a dateline's grammar.
type part int

const (
	pAgencyName  part = iota // "Xinhua News Agency" (a known name)
	pPlace                   // "BEIJING", "PORTLAND, Ore.", "New Delhi"
	pCapsPlace               // an all-capitals place only: "WASHINGTON"
	pSep                     // ", " or ". " between place and date
	pDate                    // "Feb. 24", "February 24th", "Aug 29, 2014"
	pAgencyParen             // "(Xinhua)", "(AP)"
	pAgencySlash             // "/TASS/"
	pAgencyBare              // "AFP" (a known name, no brackets)
	pDash                    // " -- ", " - ", " — ", " _ "
	pDashOpt                 // a dash, or none
	pDotOpt                  // "." or none
	pEnd                     // the text goes on after a space: no dash
	pDot                     // "." closing the dateline: "BAKU, Azerbaijan, February 5. "
	pColon                   // ":" closing the dateline: "Kathmandu, Feb 5: "
	pAlone                   // the paragraph ends: the dateline stands on its own line
	pKnownPlace              // a place in the gazetteer (places.go): "New Delhi", "RABAT"
	pStory                   // a story sentence follows: "The government on Monday ..."
	pNumDate                 // a numeric day/month after a space: " 05/02"
	pEquals                  // " = " closing the dateline: Belga's and ANP's feeds
)

// datelineRule is one dateline style. Rules are tried in order; the first
// whose parts all match at the start of a paragraph wins.
type datelineRule struct {
	name    string
	example string
	parts   []part
}

var datelineRules = []datelineRule{
	{"agency-place-date", "Xinhua News Agency, Brussels, February 24th (Reporter Ren Ke) NATO ...",
		[]part{pAgencyName, pSep, pPlace, pSep, pDate, pEnd}},
	{"place-date-paren", "BEIJING, Feb. 24 (Xinhua) -- ; MOSCOW. Feb 24 (Interfax) - ; New Delhi, Feb 24 (PTI) ; Kathmandu [Nepal], February 24 (ANI): ",
		[]part{pPlace, pSep, pDate, pAgencyParen, pDashOpt}},
	{"place-date-slash", "MOSCOW, February 24. /TASS/. ",
		[]part{pPlace, pSep, pDate, pDotOpt, pAgencySlash, pDash}},
	{"place-date-bare", "SEOUL, Nov 26 AFP - ; TOKYO, Feb. 24 Kyodo - ",
		[]part{pPlace, pSep, pDate, pAgencyBare, pDash}},
	{"place-date-comma-agency", "Accra, Feb. 7, GNA - ; Riyadh, February 14, 2024, SPA -- ",
		[]part{pPlace, pSep, pDate, pSep, pAgencyBare, pDash}},
	{"place-paren", "WASHINGTON (AP) — ; Berlin (dpa) - ; FORT WASHINGTON, Pa. (AP) _ ",
		[]part{pPlace, pAgencyParen, pDash}},
	{"place-agency", "Tehran, IRNA -- ",
		[]part{pPlace, pSep, pAgencyBare, pDash}},
	{"place-comma-paren", "DAMASCUS, (SANA) - ",
		[]part{pPlace, pSep, pAgencyParen, pDash}},
	{"place-slash", "MOSCOW /TASS/. ",
		[]part{pPlace, pAgencySlash, pDash}},
	{"place-date", "PORTLAND, Ore., Feb 26 - ",
		[]part{pPlace, pSep, pDate, pDash}},
	{"place-date-colon", "Kathmandu, Feb 5: ",
		[]part{pPlace, pSep, pDate, pColon}},
	{"place-date-dot", "BAKU, Azerbaijan, February 5. ",
		[]part{pCapsPlace, pSep, pDate, pDot, pEnd}},
	{"place-date-alone", "Baku, Azerbaijan, Feb. 5",
		[]part{pPlace, pSep, pDate, pAlone}},
	{"date-paren", "Feb. 24 (UPI) -- ; Jan 30 (Reuters) - ",
		[]part{pDate, pAgencyParen, pDash}},
	{"paren", "(CNN) — ",
		[]part{pAgencyParen, pDash}},
	{"place-dash", "WASHINGTON — ; SYDNEY - ",
		[]part{pCapsPlace, pDash}},
	{"place-alone", "ANKARA",
		[]part{pCapsPlace, pAlone}},
	// A place alone before a colon or dash, as Indian papers and MAP write
	// it, must be a known city: "Brexit: Britain ..." is no dateline.
	{"known-place-colon", "New Delhi: The government on Monday ; KATHMANDU: ; Lahore, Pakistan: ",
		[]part{pKnownPlace, pColon, pStory}},
	{"known-place-dash", "Rabat - The Moroccan government ; Kuala Lumpur – ",
		[]part{pKnownPlace, pDash, pStory}},
	{"place-numdate-paren-equals", "BRUSSELS 05/02 (BELGA) = ; AMSTERDAM 5/2 (ANP) = ",
		[]part{pCapsPlace, pNumDate, pAgencyParen, pEquals}},
}

// notPlaces are capitals words that stand alone above a story as kickers,
// not as a place: "ANALYSIS", "EXCLUSIVE". A place alone on its line
// (Anadolu's "ANKARA") must not be one of them.
var notPlaces = map[string]bool{
	"ANALYSIS": true, "EXCLUSIVE": true, "OPINION": true, "UPDATE": true, "UPDATED": true, "BREAKING": true,
	"BREAKING NEWS": true, "FEATURE": true, "EDITORIAL": true, "COMMENTARY": true, "INTERVIEW": true,
	"REVIEW": true, "NEWS": true, "WORLD": true, "SPORTS": true, "SPORT": true, "BUSINESS": true, "POLITICS": true,
	"ECONOMY": true, "MARKETS": true, "FOCUS": true, "FACTBOX": true, "EXPLAINER": true, "CORRECTED": true,
	"URGENT": true, "FLASH": true, "BULLETIN": true, "ADVISORY": true, "LEAD": true, "NEWS FOCUS": true,
	"PHOTO": true, "VIDEO": true, "LIVE": true, "WRAPUP": true, "TOP STORIES": true, "SPOTLIGHT": true,
	"OBITUARY": true, "PROFILE": true, "ENDS": true, "MORE": true, "END": true, "CORRECTION": true,
	// regions and desks that head a section, not a story's place
	"EUROPE": true, "ASIA": true, "AFRICA": true, "AMERICAS": true, "LATIN AMERICA": true, "MIDDLE EAST": true,
	"ASIA-PACIFIC": true, "ASIA PACIFIC": true, "NATIONAL": true, "INTERNATIONAL": true, "LOCAL": true,
	"REGIONAL": true, "METRO": true, "HEALTH": true, "SCIENCE": true, "TECHNOLOGY": true, "TECH": true,
	"CULTURE": true, "ENTERTAINMENT": true, "LIFESTYLE": true, "TRAVEL": true, "EDUCATION": true,
	"ENVIRONMENT": true, "CLIMATE": true, "FINANCE": true, "MONEY": true, "COMMODITIES": true, "ENERGY": true,
	"BACKGROUNDER": true, "FACT CHECK": true, "WEATHER": true,
}

// datelineMatch is what a rule found at the start of a paragraph.
type datelineMatch struct {
	rule             string
	place            Span // byte range of the place, if any
	date             monthDay
	agency           string
	agencyOK         bool // agency is a known one
	alone            bool // the dateline is the whole paragraph: "ANKARA"
	textEnd, bodyPos int  // end of the dateline text; start of the story text
}

// matchDateline tries the rules on the start of paragraph s.
func matchDateline(s string) (datelineMatch, bool) {
	if len(s) > maxAloneDateline && !mayOpenDateline(s) {
		return datelineMatch{}, false // no mark to close a dateline, too long to be one alone
	}
	if len(s) > 400 {
		s = s[:400]
	}
	sc := &scan{s: s, arena: make([]choice, 0, 8)}
	for _, r := range datelineRules {
		if m, ok := matchParts(sc, r.parts, 0, datelineMatch{}); ok {
			m.rule = r.name
			return m, true
		}
		sc.arena = sc.arena[:0] // no choice of a failed rule is still read
	}
	return datelineMatch{}, false
}

// maxAloneDateline is the longest paragraph that may be a dateline alone
// on its line with no mark in it ("ANKARA", "KUALA LUMPUR").
const maxAloneDateline = 64

// scan is one paragraph opening being matched against the rules. The
// place at its start is read once for all rules.
type scan struct {
	s       string
	arena   []choice    // backing store for one-choice answers
	places  [2][]choice // the places at 0, any case and capitals only
	scanned [2]bool
}

// one returns a single choice, stored in the scan's arena: a slice that
// never grows, so later appends cannot change it.
func (sc *scan) one(pos int, m datelineMatch) []choice {
	sc.arena = append(sc.arena, choice{pos, m})
	n := len(sc.arena)
	return sc.arena[n-1 : n : n]
}

// placesAt returns the place choices at pos, remembered for pos 0.
func (sc *scan) placesAt(pos int, capsOnly bool, m datelineMatch) []choice {
	if pos != 0 {
		return placeChoices(sc.s, pos, capsOnly, m)
	}
	k := 0
	if capsOnly {
		k = 1
	}
	if !sc.scanned[k] { // every rule starts from the same empty match
		sc.places[k], sc.scanned[k] = placeChoices(sc.s, 0, capsOnly, m), true
	}
	return sc.places[k]
}

// placeChoices are the ways a place can end at s[pos:].
func placeChoices(s string, pos int, capsOnly bool, m datelineMatch) []choice {
	var out []choice
	for _, end := range scanPlace(s[pos:], capsOnly) {
		m2 := m
		m2.place = Span{pos, pos + end}
		m2.textEnd = pos + end
		out = append(out, choice{pos + end, m2})
	}
	return out
}

// matchParts matches parts at s[pos:], backtracking over the choices a
// part offers (a place may or may not take a ", Ore." suffix).
func matchParts(sc *scan, parts []part, pos int, m datelineMatch) (datelineMatch, bool) {
	return matchSeq(parts, pos, m, func(p part, pos int, m datelineMatch) []step[datelineMatch] {
		return scanPart(sc, p, pos, m)
	})
}

// step is one way a grammar part can match: where the next part starts,
// and what has been found so far.
type step[M any] struct {
	pos int
	m   M
}

// choice is a step of the English dateline grammar.
type choice = step[datelineMatch]

// matchSeq matches a sequence of grammar parts from pos, trying each step
// a part offers until the rest of the sequence matches too. Sequences are a
// handful of parts long, so the backtracking stays small.
func matchSeq[P, M any](parts []P, pos int, m M, scan func(P, int, M) []step[M]) (M, bool) {
	if len(parts) == 0 {
		return m, true
	}
	for _, c := range scan(parts[0], pos, m) {
		if r, ok := matchSeq(parts[1:], c.pos, c.m, scan); ok {
			return r, true
		}
	}
	return m, false
}

// scanPart returns the ways part p can match at s[pos:], longest first.
func scanPart(sc *scan, p part, pos int, m datelineMatch) []choice {
	s := sc.s
	rest := s[pos:]
	switch p {
	case pAgencyName:
		if name, n := agencyPrefix(rest); n > 0 && len(rest) > n && rest[n] == ',' {
			m.agency, m.agencyOK = name, true
			return sc.one(pos+n, m)
		}
	case pPlace, pCapsPlace:
		return sc.placesAt(pos, p == pCapsPlace, m)
	case pSep:
		if n := scanSep(rest); n > 0 {
			return sc.one(pos+n, m)
		}
		if pos > 0 && s[pos-1] == '.' && strings.HasPrefix(rest, " ") {
			return sc.one(pos+1, m) // "RICHMOND, Va. Feb 26"
		}
	case pDate:
		if d, n := scanDate(rest); n > 0 {
			m.date, m.textEnd = d, pos+n
			return sc.one(pos+n, m)
		}
	case pAgencyParen, pAgencySlash, pAgencyBare:
		return scanAgencyMark(sc, p, pos, m)
	case pDash, pDashOpt:
		return scanDashPart(sc, p, pos, m)
	case pDotOpt:
		if strings.HasPrefix(rest, ".") {
			return []choice{{pos + 1, m}, {pos, m}}
		}
		return sc.one(pos, m)
	case pEnd:
		if n := skipSpace(rest); n > 0 && n < len(rest) {
			m.bodyPos = pos + n
			return sc.one(pos+n, m)
		}
	case pDot, pColon:
		mark := byte('.')
		if p == pColon {
			mark = ':'
		}
		if len(rest) > 0 && rest[0] == mark {
			m.bodyPos = pos + 1 + skipSpace(rest[1:])
			return sc.one(pos+1, m)
		}
	case pAlone:
		return scanAlone(sc, pos, m)
	case pKnownPlace, pStory, pNumDate, pEquals:
		return scanPartMore(sc, p, pos, m)
	}
	return nil
}

// scanPartMore returns the ways the parts of gazetteer places, numeric
// dates and "=" closings can match at s[pos:].
func scanPartMore(sc *scan, p part, pos int, m datelineMatch) []choice {
	rest := sc.s[pos:]
	switch p {
	case pKnownPlace:
		return knownPlaceChoices(sc, pos, m)
	case pStory:
		if opensStory(sc.s[m.bodyPos:]) {
			return sc.one(pos, m)
		}
	case pNumDate:
		if d, n := scanNumDate(rest); n > 0 {
			m.date, m.textEnd = d, pos+n
			return sc.one(pos+n, m)
		}
	case pEquals:
		if i := skipSpace(rest); i > 0 && strings.HasPrefix(rest[i:], "=") {
			if n := skipSpace(rest[i+1:]); n > 0 && i+1+n < len(rest) {
				m.bodyPos = pos + i + 1 + n
				return sc.one(m.bodyPos, m)
			}
		}
	}
	return nil
}

// knownPlaceChoices are the places at pos that the gazetteer knows
// (knownPlace): "New Delhi", "Lahore, Pakistan".
func knownPlaceChoices(sc *scan, pos int, m datelineMatch) []choice {
	var out []choice
	for _, c := range sc.placesAt(pos, false, m) {
		if knownPlace(sc.s[c.m.place.Start:c.m.place.End]) {
			out = append(out, c)
		}
	}
	return out
}

// opensStory reports whether s reads as a story's first sentence rather
// than the rest of a headline: it opens like a sentence, and it is long or
// ends one ("Brexit: Britain votes" would not pass even after a place).
func opensStory(s string) bool {
	if len(s) < 20 || !opensSentence(s) {
		return false
	}
	return len(s) >= 120 || closesSentence(s) || strings.Contains(s, ". ")
}

// kickerWords reports whether a word of a capitals line alone is a
// kicker or desk word: "BUSINESS NEWS", "WORLD UPDATE".
func kickerWords(place string) bool {
	for _, w := range strings.Fields(place) {
		if notPlaces[w] || notNameWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// scanAlone matches the end of a paragraph that holds the dateline alone.
// A place alone must not be a kicker word ("ANALYSIS").
func scanAlone(sc *scan, pos int, m datelineMatch) []choice {
	if strings.TrimSpace(sc.s[pos:]) != "" {
		return nil
	}
	place := sc.s[m.place.Start:m.place.End]
	if _, isAgency := lookupAgency(place); m.date.month == 0 && (notPlaces[place] || isAgency || kickerWords(place)) {
		return nil // "ANALYSIS"; TT's sign-off "TT"
	}
	m.bodyPos, m.alone = len(sc.s), true
	return sc.one(len(sc.s), m)
}

// scanSep reads the separator between dateline parts: ", " or ". ".
// A stray space before the comma ("ATLANTA , March 3") is allowed.
func scanSep(s string) int {
	i := skipSpace(s)
	if i > 1 {
		return 0
	}
	if len(s) > i+1 && (s[i] == ',' || s[i] == '.') {
		if n := skipSpace(s[i+1:]); n > 0 {
			return i + 1 + n
		}
	}
	return 0
}

// scanAgencyMark reads an agency in brackets, between slashes, or bare.
func scanAgencyMark(sc *scan, p part, pos int, m datelineMatch) []choice {
	s := sc.s
	i := pos + skipSpace(s[pos:])
	if p != pAgencyBare && i > 0 && s[i-1] != ' ' {
		return nil // "(" glued to a word is not a dateline's agency
	}
	open, close := "(", ")"
	switch p {
	case pAgencySlash:
		open, close = "/", "/"
	case pAgencyBare:
		open, close = "", ""
	}
	if !strings.HasPrefix(s[i:], open) {
		return nil
	}
	j := i + len(open)
	var inner string
	var end int
	if close == "" {
		name, n := agencyPrefix(s[j:])
		if n == 0 {
			return nil
		}
		end = j + n
		m.agency, m.agencyOK = name, true
	} else {
		k := strings.Index(s[j:], close)
		if k <= 0 || k > 40 {
			return nil
		}
		inner, end = s[j:j+k], j+k+len(close)
		m.agency, m.agencyOK = lookupAgencies(inner)
		if !m.agencyOK {
			if !plausibleAgency(inner) {
				return nil
			}
			m.agency = inner
		}
	}
	m.textEnd = end
	return sc.one(end, m)
}

// plausibleAgency accepts an unknown bracketed name as an agency: one to
// three words, each capitalised, no digits ("Reuters Health", "Bernama").
func plausibleAgency(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.ContainsAny(w, "0123456789:;,") {
			return false
		}
	}
	return true
}

// dashes are the separators between a dateline and the story, longest first.
var dashes = []string{".-", "--", "—", "–", "-", "_", "−", ":"}

// scanDashPart reads a dash with its surrounding spaces. A dash that is
// optional may be absent if a space follows instead.
func scanDashPart(sc *scan, p part, pos int, m datelineMatch) []choice {
	s := sc.s
	i := pos + skipSpace(s[pos:])
	for _, d := range dashes {
		if d == ":" && p != pDashOpt {
			continue
		}
		if strings.HasPrefix(s[i:], d) {
			j := i + len(d)
			n := skipSpace(s[j:])
			if j+n < len(s) && n == 0 && i == pos && len(d) == 1 && (pos == 0 || s[pos-1] != ')') {
				continue // "-" glued on both sides is a hyphen: "ANTI-INFLATION"; APP glues "(APP):Prime"
			}
			m.bodyPos = j + n
			return sc.one(j+n, m)
		}
	}
	// "/TASS/." ends with a dot.
	if strings.HasPrefix(s[i:], ". ") && i == pos && pos > 0 && s[pos-1] == '/' {
		m.bodyPos = i + 1 + skipSpace(s[i+1:])
		return sc.one(m.bodyPos, m)
	}
	if p == pDashOpt && i > pos && i < len(s) {
		m.bodyPos = i
		return sc.one(i, m)
	}
	return nil
}

// placeParticles may stand in lower case inside a place name: "Rio de Janeiro".
var placeParticles = map[string]bool{
	"de": true, "da": true, "do": true, "dos": true, "del": true, "la": true, "le": true,
	"es": true, "of": true, "al": true, "el": true, "am": true, "an": true, "on": true, "sur": true, "upon": true,
}

// scanPlace returns the possible ends of a place name at the start of s,
// longest first: "PORTLAND, Ore." offers both "PORTLAND, Ore." and
// "PORTLAND". With capsOnly, the name must be in capitals.
func scanPlace(s string, capsOnly bool) []int {
	maxWords := 5
	if capsOnly {
		maxWords = 4
	}
	end, caps := scanPlaceWords(s, capsOnly, maxWords)
	if end == 0 {
		return nil
	}
	// A region in brackets: ANI's "Kathmandu [Nepal]".
	if strings.HasPrefix(s[end:], " [") {
		if k := strings.IndexByte(s[end:], ']'); k > 2 && k < 40 {
			end += k + 1
		}
	}
	ends := []int{end}
	// A region after a comma: ", Ore.", ", Afghanistan", ", Puerto Rico", ", D.C."
	if sep := scanSep(s[end:]); sep > 0 && s[end+sep-2] != '.' {
		st := end + sep
		if _, n := scanDate(s[st:]); n == 0 {
			if e, _ := scanPlaceWords(s[st:], false, 2); e > 0 {
				ends = append([]int{st + e}, ends...)
			}
		}
	}
	if capsOnly && !caps {
		return nil
	}
	return ends
}

// scanPlaceWords reads up to max capitalised words; it reports the end and
// whether every word was in capitals.
func scanPlaceWords(s string, capsOnly bool, max int) (end int, allCaps bool) {
	allCaps = true
	words, i := 0, 0
	for words < max && i < len(s) {
		w := wordAt(s[i:])
		if w == "" {
			break
		}
		wc := isCapsWord(w)
		ok := wc || (!capsOnly && isTitleWord(w)) || (words > 0 && placeParticles[strings.ToLower(w)] && !capsOnly)
		if _, isDate := scanDate(s[i:]); !ok || isDate > 0 && words > 0 {
			break
		}
		if _, isAg := lookupAgency(w); isAg && words > 0 {
			break
		}
		if words == 0 && (w == "By" || w == "BY") {
			return 0, false // a byline run into the dateline: "By Jane Holt SYDNEY (AFP) -"
		}
		allCaps = allCaps && (wc || placeParticles[strings.ToLower(w)])
		words++
		end = i + len(w)
		if i+len(w) < len(s) && s[i+len(w)] == ' ' && i+len(w)+1 < len(s) {
			i += len(w) + 1
			continue
		}
		break
	}
	if words == 0 {
		return 0, false
	}
	// The last word must not be a particle.
	last := s[strings.LastIndexByte(s[:end], ' ')+1 : end]
	if placeParticles[last] {
		return 0, false
	}
	return end, allCaps
}

// wordAt returns the word at the start of s: letters, with inner or final
// dots, apostrophes and hyphens ("ST.", "N.Y.", "WINSTON-SALEM", "XI'AN").
func wordAt(s string) string {
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || (i > 0 && (r == '.' || r == '\'' || r == '-' || r == '/' || r == '’')) {
			i += size
			continue
		}
		break
	}
	w := s[:i]
	for strings.HasSuffix(w, "-") || strings.HasSuffix(w, "'") {
		w = w[:len(w)-1]
	}
	// A full stop after a capitals word ends a sentence or a place
	// ("MOSCOW. Feb 24"); short ones are abbreviations ("ST.", "N.Y.").
	if strings.HasSuffix(w, ".") && strings.Count(w, ".") == 1 && len(w) > 6 && isCapsWord(w) {
		w = w[:len(w)-1]
	}
	return w
}

// isCapsWord: two or more letters, all capitals ("PARIS", "ST.", "N.Y.").
func isCapsWord(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2 || (letters == 1 && strings.HasSuffix(w, "."))
}

// isTitleWord: a capital followed by letters ("Brussels", "McAllen", "Ore.").
func isTitleWord(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || len(w) == size {
		return false
	}
	for _, r := range w[size:] {
		if !unicode.IsLetter(r) && r != '.' && r != '-' && r != '\'' && r != '’' {
			return false
		}
	}
	return true
}

// recasePlace turns capitals into title case, word by word, keeping
// particles lower case and words already in mixed case as they are:
// "PORTLAND, Ore." → "Portland, Ore."; "RIO DE JANEIRO" → "Rio de Janeiro".
func recasePlace(s string) string {
	words := strings.Split(s, " ")
	for i, w := range words {
		if !isCapsWord(w) || isAbbrev(w) {
			continue
		}
		lw := strings.ToLower(w)
		if i > 0 && placeParticles[lw] {
			words[i] = lw
			continue
		}
		words[i] = titleWord(lw)
	}
	return strings.Join(words, " ")
}

// isAbbrev: dotted initials such as "N.Y." or "D.C." stay as written.
func isAbbrev(w string) bool {
	return strings.Count(w, ".") >= 2 || (len(w) <= 3 && strings.HasSuffix(w, ".") && w != "ST.")
}

// titleWord capitalises the first letter and each letter after a hyphen,
// apostrophe or dot: "winston-salem" → "Winston-Salem", "st." → "St.".
func titleWord(w string) string {
	var sb strings.Builder
	up := true
	for _, r := range w {
		if up && unicode.IsLetter(r) {
			sb.WriteRune(unicode.ToUpper(r))
			up = false
			continue
		}
		sb.WriteRune(r)
		up = r == '-' || r == '.' || r == '/'
	}
	return sb.String()
}
