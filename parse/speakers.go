package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Speakers: who the quotes belong to, each person once.
//
// buildSpeakers is the shared step for every language's quote recognizer:
// give it the quotes in reading order, each with its speaker as written
// (rawQuote.subject) or a name and title already split (rawQuote.name,
// rawQuote.title, for scripts without capitals), or a link to an earlier
// quote of the same speaker (rawQuote.same), and it returns Article.Quotes
// and Article.Speakers.
//
// Rules: a subject splits into a title and a name at its last title word
// ("White House press secretary Puski" → Puski, "White House press
// secretary"); courtesy titles are dropped ("Mr. Regalado" → Regalado); a
// later mention by surname ("Stoltenberg") or full name is the same person,
// whose name is the fullest one given; "he", "she" and "I" are the last
// person quoted; "they", "it" and "we" are the last organisation or group
// quoted; a bare role ("the senator", "the president") is kept as written,
// as a group, since the article does not name the person there.
// Organisations and groups ("the ministry" → ministry, "Democrats") are
// speakers with a null title: they speak but are not persons.

// rawQuote is a quote whose speaker is not resolved yet.
type rawQuote struct {
	Quote // Text, Kind, Cue and Paragraph; buildSpeakers sets Speaker
	// subject is the speaker as written: "Russian President Putin", "he",
	// "the ministry"; empty when the text names none.
	subject string
	// name and title, when name is set, are taken as they are instead of
	// being read from subject: "斯托尔滕贝格", "北约秘书长".
	name, title string
	// same is the index of an earlier quote with the same speaker, or -1.
	same int
	// unit, sentence and tok are the extractor's bookkeeping: the unit's
	// first paragraph, the sentence's first token and the quotation's token.
	unit, sentence, tok int
}

// entKind is what kind of speaker an entity is.
type entKind uint8

const (
	entPerson entKind = iota
	entGroup          // an organisation or a group of people
)

// entity is one speaker being resolved.
type entity struct {
	name, title string
	kind        entKind
	quotes      int
	// key is the entity's index key: a person's personKey, a group's
	// lower-case name, as it was when the entity was added.
	key string
}

// resolver holds the speakers met so far.
type resolver struct {
	ents       []entity
	lastPerson int
	lastGroup  int
	// The maps are made when there are more than maxLinearEnts
	// entities; until then the few entities are searched by key.
	bySurname map[string][]int // persons by the lower-case last word of their name
	byName    map[string]int   // groups by lower-case name
	// recent and splits remember splitSpeaker's reading of each subject
	// met: a speaker is named the same way many times in a long text.
	recent []subjectSplit
	splits map[string]speakerSplit
}

// speakerSplit is what splitSpeaker reads from a subject.
type speakerSplit struct {
	name, title string
	kind        entKind
}

// buildSpeakers resolves the speakers of raws (in reading order) and
// returns the article's quotes and speakers.
func buildSpeakers(raws []rawQuote) ([]Quote, []Speaker) {
	b := newSpeakerBook()
	b.add(raws)
	return b.finish()
}

// speakerBook resolves speakers as quotes come, batch by batch in reading
// order, so that an extractor need not keep its raw quotes: it holds the
// finished quotes and, for each, the entity that speaks it. Speaker names
// are filled in at the end, since a later, fuller mention renames an
// entity ("Stoltenberg", then "Jens Stoltenberg").
type speakerBook struct {
	r      resolver
	quotes []Quote
	of     []int32 // entity of each quote, or -1
}

// newSpeakerBook returns an empty book.
func newSpeakerBook() *speakerBook {
	return &speakerBook{r: resolver{lastPerson: -1, lastGroup: -1}}
}

// add resolves the next quotes in reading order. A quote's same field
// indexes all the quotes added so far, this batch included.
func (b *speakerBook) add(raws []rawQuote) {
	if b.quotes == nil && len(raws) > 0 {
		n := max(len(raws), minBookQuotes) // a short text's quotes in one allocation
		b.quotes, b.of = make([]Quote, 0, n), make([]int32, 0, n)
	}
	for _, q := range raws {
		i := len(b.of)
		e := -1
		if q.same >= 0 && q.same < i {
			e = int(b.of[q.same])
		} else {
			e = b.r.resolve(q)
		}
		b.of = append(b.of, int32(e))
		if e >= 0 {
			b.r.ents[e].quotes++
			b.r.touch(e)
		}
		b.quotes = append(b.quotes, q.Quote)
	}
}

// minBookQuotes is the room a speakerBook makes at first: most
// dispatches quote fewer.
const minBookQuotes = 8

// finish names the speaker of each quote and lists the speakers.
func (b *speakerBook) finish() ([]Quote, []Speaker) {
	for i, e := range b.of {
		if e >= 0 {
			b.quotes[i].Speaker = b.r.ents[e].name
		}
	}
	n := 0
	for _, e := range b.r.ents {
		if e.quotes > 0 {
			n++
		}
	}
	var speakers []Speaker // nil when no one speaks
	if n > 0 {
		speakers = make([]Speaker, 0, n)
	}
	for _, e := range b.r.ents {
		if e.quotes > 0 {
			speakers = append(speakers, Speaker{Name: e.name, Title: e.title, Quotes: e.quotes})
		}
	}
	if b.quotes == nil {
		b.quotes = []Quote{} // as many as raws, none
	}
	return b.quotes, speakers
}

// touch makes entity e the last of its kind.
func (r *resolver) touch(e int) {
	if r.ents[e].kind == entPerson {
		r.lastPerson = e
	} else {
		r.lastGroup = e
	}
}

// resolve finds or adds the entity a quote's speaker names (-1 for none).
func (r *resolver) resolve(q rawQuote) int {
	if q.name != "" {
		return r.person(q.name, q.title)
	}
	if q.subject == "" {
		return -1
	}
	if len(q.subject) <= maxPronounLen {
		var buf [maxPronounLen]byte
		low := lowerSmall(buf[:0], q.subject)
		switch {
		case personPronouns[string(low)]:
			return r.lastPerson
		case pluralPronouns[string(low)]:
			return r.lastGroup
		case possessivePronouns[string(low)] != "":
			return r.resolve(rawQuote{subject: possessivePronouns[string(low)]})
		}
	}
	sp := r.split(q.subject)
	name, title, kind := sp.name, sp.title, sp.kind
	switch {
	case name == "":
		return -1
	case kind == entPerson:
		return r.person(name, title)
	}
	return r.group(name)
}

// split returns splitSpeaker's reading of subject, remembered: the first
// few subjects in a slice, as most texts name few speakers, the rest in
// a map.
func (r *resolver) split(subject string) speakerSplit {
	for i := range r.recent {
		if r.recent[i].subject == subject {
			return r.recent[i].speakerSplit
		}
	}
	if sp, ok := r.splits[subject]; ok {
		return sp
	}
	var sp speakerSplit
	sp.name, sp.title, sp.kind = splitSpeaker(subject)
	if len(r.recent) < maxRecentSplits {
		r.recent = append(r.recent, subjectSplit{subject, sp})
		return sp
	}
	if r.splits == nil {
		r.splits = map[string]speakerSplit{}
	}
	r.splits[subject] = sp
	return sp
}

// maxRecentSplits is how many subjects a resolver remembers in a slice
// before it uses a map.
const maxRecentSplits = 8

// subjectSplit is a subject and its reading.
type subjectSplit struct {
	subject string
	speakerSplit
}

// lowerSmall appends the lower-case form of s to b, on the stack when s
// is ASCII and fits b; other scripts go through strings.ToLower.
func lowerSmall(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return append(b[:0], strings.ToLower(s)...)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// maxPronounLen is the length of the longest pronoun that can be a
// speaker ("their"); longer subjects are not looked up as pronouns.
const maxPronounLen = 5

// person finds a person by name or surname, or adds one. A fuller name
// replaces a surname-only one: "Stoltenberg", then "Jens Stoltenberg".
func (r *resolver) person(name, title string) int {
	var buf [64]byte
	key := appendPersonKey(buf[:0], name)
	if r.bySurname == nil {
		for i := len(r.ents) - 1; i >= 0; i-- {
			if x := &r.ents[i]; x.kind == entPerson && x.key == string(key) && r.samePersonAt(i, name, title) {
				return i
			}
		}
	} else {
		ids := r.bySurname[string(key)] // no allocation for the lookup
		for i := len(ids) - 1; i >= 0; i-- {
			if r.samePersonAt(ids[i], name, title) {
				return ids[i]
			}
		}
	}
	r.add(entity{name: name, title: title, kind: entPerson, key: string(key)})
	return len(r.ents) - 1
}

// samePersonAt reports whether the person at e is the one named, giving
// it the fuller name and the title it lacks when so.
func (r *resolver) samePersonAt(e int, name, title string) bool {
	x := &r.ents[e]
	if !samePerson(x.name, name) {
		return false
	}
	if wordCount(name) > wordCount(x.name) {
		x.name = name
	}
	if x.title == "" {
		x.title = title
	}
	return true
}

// maxLinearEnts is how many entities a resolver searches one by one
// before it indexes them in maps: most texts quote a few speakers.
const maxLinearEnts = 16

// add appends an entity and indexes it, making the maps when the
// entities become too many to search one by one.
func (r *resolver) add(x entity) {
	r.ents = append(r.ents, x)
	if r.bySurname == nil && len(r.ents) <= maxLinearEnts {
		return
	}
	if r.bySurname == nil {
		r.bySurname, r.byName = map[string][]int{}, map[string]int{}
		for i := range r.ents[:len(r.ents)-1] {
			r.index(i)
		}
	}
	r.index(len(r.ents) - 1)
}

// index enters entity e in the maps.
func (r *resolver) index(e int) {
	x := &r.ents[e]
	if x.kind == entPerson {
		r.bySurname[x.key] = append(r.bySurname[x.key], e)
	} else {
		r.byName[x.key] = e
	}
}

// personKey is the index key of a name: its last word, without a
// possessive, in lower case ("Jens Stoltenberg" → "stoltenberg"). Names
// in other scripts share one key, since they match by containment.
func personKey(name string) string { return string(appendPersonKey(nil, name)) }

// appendPersonKey appends the personKey of name to b.
func appendPersonKey(b []byte, name string) []byte {
	first, last, _ := nameParts(name)
	if first == "" || !isLatin(first) {
		return b
	}
	for _, r := range surname(last) {
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return b
}

// samePerson reports whether two names name one person: the same surname
// and, when both give more, the same first name. Names in a script
// without spaces match when one contains the other.
func samePerson(a, b string) bool {
	fa, la, na := nameParts(a)
	fb, lb, nb := nameParts(b)
	if na == 0 || nb == 0 {
		return false
	}
	if na == 1 && nb == 1 && !isLatin(fa) {
		la, lb := strings.ToLower(fa), strings.ToLower(fb)
		if strings.Contains(la, lb) || strings.Contains(lb, la) {
			return true
		}
	}
	if !strings.EqualFold(surname(la), surname(lb)) {
		return false
	}
	return na == 1 || nb == 1 || strings.EqualFold(fa, fb) || inLower(nameParticles, fa) || inLower(nameParticles, fb)
}

// nameParts returns the first and last words of a name and its number of
// words, without splitting it.
func nameParts(name string) (first, last string, n int) {
	for w := range strings.FieldsSeq(name) {
		if n == 0 {
			first = w
		}
		last = w
		n++
	}
	return first, last, n
}

// wordCount is the number of words of s.
func wordCount(s string) int {
	_, _, n := nameParts(s)
	return n
}

// isLatin reports whether a word starts with a Latin letter.
func isLatin(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return r < 0x250
}

// surname strips a possessive and punctuation from a name's last word.
func surname(w string) string {
	w = strings.TrimRight(w, ".,;:")
	for _, s := range possessiveEnds {
		w = strings.TrimSuffix(w, s)
	}
	return w
}

// isPossessiveFold is isPossessive of w in lower case, without lowering
// it: only the final s may be a capital ("TRUMP'S").
func isPossessiveFold(w string) bool {
	n := len(w)
	if n < 2 {
		return false
	}
	last, prev := w[n-1], w[n-2]
	switch {
	case prev == '\'' && last|0x20 == 's', last == '\'' && prev|0x20 == 's':
		return true
	case n < 4:
		return false
	}
	return w[n-4:n-1] == "’" && last|0x20 == 's' || w[n-3:] == "’" && w[n-4]|0x20 == 's'
}

// possessiveEnds are stripped from a surname: "Trump's", "Sanders'".
var possessiveEnds = []string{"'s", "'S", "’s", "’S", "'", "’"}

// group finds or adds an organisation or group by name.
func (r *resolver) group(name string) int {
	var buf [64]byte
	key := lowerSmall(buf[:0], name)
	if r.byName == nil {
		for i := range r.ents {
			if x := &r.ents[i]; x.kind == entGroup && x.key == string(key) {
				return i
			}
		}
	} else if e, ok := r.byName[string(key)]; ok {
		return e
	}
	if e := r.longerGroup(string(key)); e >= 0 {
		return e
	}
	r.add(entity{name: name, kind: entGroup, key: string(key)})
	return len(r.ents) - 1
}

// maxGroupLookback bounds how many recent speakers a shorter mention of
// a group is compared with.
const maxGroupLookback = 32

// longerGroup returns the latest group whose name ends with key as whole
// words: "the air force" after "Ukraine's air force", "the ministry"
// after "the foreign ministry"; or -1.
func (r *resolver) longerGroup(key string) int {
	for i := len(r.ents) - 1; i >= 0 && i >= len(r.ents)-maxGroupLookback; i-- {
		x := &r.ents[i]
		if x.kind == entGroup && len(x.key) > len(key)+1 && strings.HasSuffix(x.key, key) && x.key[len(x.key)-len(key)-1] == ' ' {
			return i
		}
	}
	return -1
}

// splitSpeaker reads a subject as written into a name and a title, and
// says whether it is a person. A role without a name ("the senator")
// gives the role as both name and title, as a group.
func splitSpeaker(subject string) (name, title string, kind entKind) {
	if name, ok := acronymName(subject); ok {
		return name, "", entGroup // "The Joint Chiefs of Staff (JCS)"
	}
	var buf [12]string
	words := appendSpeakerWords(buf[:0], subject)
	for len(words) > 0 && (inLower(articles, words[0]) || inLower(leadWords, words[0]) || isAge(words[0]) && len(words) > 1) {
		words = words[1:]
	}
	if len(words) == 0 {
		return "", "", entGroup
	}
	if isShareWords(words) {
		return strings.Join(words, " "), "", entGroup // "Six in 10"
	}
	words = cutAfterName(words)
	words = cutAdjunct(words)
	if last := len(words) - 1; isPossessiveFold(words[last]) {
		words[last] = surname(words[last]) // "Trump's pledge" is Trump's
	}
	t, p := -1, -1
	for i, w := range words {
		if inLower(titleWords, w) && (i+1 < len(words) || !isCapWord(w) || len(words) == 1) {
			t = i
		}
		if i+1 < len(words) && isPossessiveFold(w) {
			p = i
		}
	}
	after := words[max(t, p)+1:]
	after = dropHonorifics(after)
	switch {
	case len(after) > 0 && allCapWords(after) && !hasGroupWord(after):
		if t > p {
			title = strings.Join(words[:t+1], " ")
		}
		return strings.Join(after, " "), title, entPerson
	case t >= 0 && t == len(words)-1:
		all := strings.Join(words, " ")
		return all, all, entGroup
	case t >= 0 && t > p:
		if n := nameAfterOffice(words[t+1:]); n > 0 {
			k := len(words) - n // "Chairman of the Presidium of the Academy of Sciences Vladimir Karanik"
			return strings.Join(words[k:], " "), strings.Join(words[:k], " "), entPerson
		}
	}
	words = dropHonorifics(words)
	if len(words) > 0 && allCapWords(words) && !hasGroupWord(words) && len(words) <= 4 {
		return strings.Join(words, " "), "", entPerson
	}
	return strings.Join(words, " "), "", entGroup
}

// nameAfterOffice returns how many words at the end of rest, the words
// after a title word, are a person's name, or 0: after an office named
// with "of" and capitalised words ("Chairman of the Presidium of the
// Academy of Sciences Vladimir Karanik", "Minister of Foreign Affairs Wang
// Yi"), the last two of three or more capitalised words after the last
// "of", when they are no organisation's words.
func nameAfterOffice(rest []string) int {
	of := -1
	for i, w := range rest {
		if strings.EqualFold(w, "of") {
			of = i
		}
	}
	if of < 0 {
		return 0
	}
	tail := rest[of+1:]
	for len(tail) > 0 && inLower(articles, tail[0]) {
		tail = tail[1:]
	}
	if len(tail) < 3 || !allCapWords(tail) || hasGroupWord(tail[len(tail)-2:]) {
		return 0
	}
	return 2
}

// cutAfterName drops a relative clause after a person's name in a
// subject: "Sen. Jim Whelan who represents Atlantic City" → "Sen. Jim
// Whelan". An affiliation stays, as the name is written with it: "Mr.
// Burman of the Tax Policy Center".
func cutAfterName(words []string) []string {
	for i := 1; i < len(words); i++ {
		if !inLower(nameCutWords, words[i]) {
			continue
		}
		prev := strings.ToLower(strings.Trim(words[i-1], ".,"))
		if isCapWord(words[i-1]) && !titleWords[prev] && !hasGroupWord(words[:i]) && !isAcronym(words[i-1]) {
			return words[:i]
		}
		return words
	}
	return words
}

// cutAdjunct drops an adjunct of the verb that an inverted subject
// carries after a person's name: "said Trump in his speech" → Trump,
// "wrote Larry O'Connor on Hot Air" → Larry O'Connor, "Dan Golvach when
// asked" → Dan Golvach. An affiliation with "of" is dropped after a full
// name only ("Stephen Vladeck of the University of Texas" → Stephen
// Vladeck); a surname keeps it ("Mr. Burman of the Tax Policy Center").
func cutAdjunct(words []string) []string {
	for i := 1; i < len(words); i++ {
		w := strings.ToLower(words[i])
		if w == "when" {
			return words[:i] // a clause, never part of a name
		}
		if !nameAdjuncts[w] && w != "of" || !isCapWord(words[i-1]) || hasGroupWord(words[:i]) {
			continue
		}
		if w != "of" && allCapWords(words[:i]) || w == "of" && fullName(words[:i]) {
			return words[:i]
		}
		return words
	}
	return words
}

// nameAdjuncts open an adjunct after a name: "Trump in his speech".
var nameAdjuncts = wordSet("in", "on", "at", "during", "via", "while")

// fullName reports whether words end in a capitalised name of two words
// or more after any title: "Gov. John Kasich", not "Mr. Burman".
func fullName(words []string) bool {
	n := 0
	for i := len(words) - 1; i >= 0 && isCapWord(words[i]) && !inLower(titleWords, words[i]) && !inLower(honorifics, words[i]); i-- {
		n++
	}
	return n >= 2
}

// nameCutWords end a person's name when they follow it.
var nameCutWords = wordSet("who", "whose")

// articles are dropped from a speaker's name: "the ministry" → ministry.
var articles = wordSet("the", "a", "an")

// appendSpeakerWords appends the words of a subject to out, trimming
// commas and joining a spaced hyphen to its word: "Secretary -General" →
// "Secretary-General".
func appendSpeakerWords(out []string, s string) []string {
	for w := range strings.FieldsSeq(s) {
		w = strings.Trim(w, ",;:()")
		if w == "" {
			continue
		}
		if strings.HasPrefix(w, "-") && len(out) > 0 {
			out[len(out)-1] += w
			continue
		}
		out = append(out, w)
	}
	return out
}

// dropHonorifics removes courtesy titles from the front of a name.
func dropHonorifics(words []string) []string {
	for len(words) > 1 && inLower(honorifics, words[0]) {
		words = words[1:]
	}
	return words
}

// isCapWord reports whether w begins with an upper-case letter or is a
// name particle (names.go: "de", "von").
func isCapWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || inLower(nameParticles, w)
}

// allCapWords reports whether every word is capitalised (or a particle).
func allCapWords(words []string) bool {
	for _, w := range words {
		if !isCapWord(w) {
			return false
		}
	}
	return true
}

// hasGroupWord reports whether a name holds an organisation or group word
// ("Clinton Campaign", "Democrats") or is an acronym ("NATO", "FBI").
func hasGroupWord(words []string) bool {
	for _, w := range words {
		lw := strings.Trim(w, ".,")
		if inLower(orgWords, lw) || inLower(groupNouns, lw) || isAcronym(w) {
			return true
		}
	}
	return false
}

// isAcronym reports whether w is two or more capital letters: "NATO".
func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// inLower reports whether the lower-case form of w is in m. An ASCII word
// is lower-cased in a buffer on the stack, which costs no allocation.
func inLower(m map[string]bool, w string) bool {
	var b [32]byte
	if len(w) > len(b) {
		return m[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return m[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return m[string(b[:len(w)])]
}
