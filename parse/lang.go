package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// asciiLetter is 1 for the ASCII letters.
var asciiLetter = func() (t [128]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = 1, 1
	}
	return t
}()

// maxLangLetters bounds how many letters language detection reads.
const maxLangLetters = 4000

// scriptCounts counts the letters of each script that tells languages apart.
type scriptCounts struct {
	han, kana, hangul, cyrillic, arabic, letters int
	nwords                                       int                 // words read for the common-word count
	hits                                         [len(langOrder)]int // hits of each language's common words, by langOrder index
}

// recognizeLanguage sets the document language from the option or, on
// auto, from the scripts of the text: Han characters make up more than a
// fifth of the letters in Chinese ("新华社布鲁塞尔2月24日电"), kana mark
// Japanese and hangul Korean; anything else is taken as English.
// In text that is not Chinese, Japanese or Korean it then folds the
// full-width punctuation that machine translation leaves behind
// (foldFullWidth).
func recognizeLanguage(st *state) {
	detectLanguage(st)
	switch st.doc.lang {
	case "zh", "ja", "ko":
		return
	}
	if !hasFullWidth(st.doc.text) {
		return
	}
	for i := range st.body {
		b := &st.body[i]
		if !hasFullWidth(b.text) {
			continue
		}
		b.text = foldFullWidth(b.text)
		for j := range b.lines {
			b.lines[j].text = foldFullWidth(b.lines[j].text)
		}
	}
}

// detectLanguage sets the document language from the option or the text.
func detectLanguage(st *state) {
	if st.opts.Lang != "" && st.opts.Lang != "auto" {
		st.doc.lang = st.opts.Lang
		return
	}
	var c scriptCounts
	for _, b := range st.body {
		c.add(b.text)
		if c.letters > maxLangLetters {
			break
		}
	}
	if lang := c.script(); lang != "" {
		st.doc.lang = lang
		return
	}
	if looksEnglish(st.body) {
		st.doc.lang = "en"
		return
	}
	for _, b := range st.body {
		if c.nwords >= maxLangWords {
			break
		}
		c.addWords(b.text)
	}
	st.doc.lang = c.latinLanguage()
}

// looksEnglish reports whether the first kilobytes hold several of the
// words most frequent in English ("the", "and") and hardly any of those
// most frequent in the other Latin-script languages: enough to settle the
// language without counting common words, even when the story quotes a
// little English.
func looksEnglish(body []block) bool {
	en, other, read := 0, 0, 0
	for _, b := range body {
		s := b.text
		for i := 0; i < len(s); {
			if !isLetterByte(s[i]) && s[i] < 0x80 {
				i++
				continue
			}
			j := i + 1
			for j < len(s) && (isLetterByte(s[j]) || s[j] >= 0x80) {
				j++
			}
			switch s[i:j] {
			case "the", "The", "and":
				en++
			case "le", "la", "les", "des", "der", "die", "und", "el", "los", "que", "het", "och", "og", "ja", "di":
				other++
			}
			i = j
		}
		if read += len(s); read > 2000 {
			break
		}
	}
	return en >= 4 && other*4 < en
}

// add counts the letters of s in each script.
func (c *scriptCounts) add(s string) {
	for i := 0; i < len(s); {
		if b := s[i]; b < 0x80 { // ASCII fast path, without branches
			c.letters += int(asciiLetter[b])
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case unicode.Is(unicode.Han, r):
			c.han++
		case unicode.In(r, unicode.Hiragana, unicode.Katakana):
			c.kana++
		case unicode.Is(unicode.Hangul, r):
			c.hangul++
		case unicode.Is(unicode.Cyrillic, r):
			c.cyrillic++
		case unicode.Is(unicode.Arabic, r):
			c.arabic++
		case !unicode.IsLetter(r):
			continue
		}
		c.letters++
	}
}

// script names the language that the script alone decides, or "" for
// Latin-script text.
func (c scriptCounts) script() string {
	switch {
	case c.letters == 0:
		return "en"
	case c.kana*10 > c.letters:
		return "ja"
	case c.hangul*5 > c.letters:
		return "ko"
	case c.han*5 > c.letters:
		return "zh"
	case c.cyrillic*2 > c.letters:
		return "ru"
	case c.arabic*2 > c.letters:
		return "ar"
	}
	return ""
}

// langWords are frequent short words that tell Latin-script languages
// apart; the language whose words occur most wins, English by default.
var langWords = map[string][]string{
	"en": {"the", "and", "of", "to", "said", "is", "was", "that", "for", "with", "on", "by"},
	"de": {"der", "die", "und", "das", "nicht", "ist", "mit", "sich", "auf", "für", "den", "ein", "eine", "sagte"},
	"fr": {"le", "la", "les", "et", "des", "est", "une", "dans", "pour", "qui", "sur", "du", "pas", "déclaré"},
	"es": {"el", "los", "las", "y", "del", "que", "una", "por", "con", "para", "según", "dijo"},
	"it": {"il", "della", "che", "di", "è", "gli", "per", "una", "con", "delle", "nel", "detto"},
	"pt": {"o", "os", "as", "e", "do", "da", "que", "não", "uma", "para", "com", "disse"},
	"nl": {"de", "het", "een", "en", "van", "niet", "is", "dat", "op", "met", "zijn", "voor"},
	"fi": {"ja", "on", "oli", "ei", "että", "se", "mukaan", "myös", "kun", "ovat", "hän", "sanoi"},
	"sv": {"och", "att", "det", "som", "en", "är", "inte", "för", "med", "på", "av", "säger"},
	"no": {"og", "det", "som", "er", "ikke", "til", "med", "på", "av", "for", "har", "sier"},
	"da": {"og", "det", "som", "er", "ikke", "til", "med", "på", "af", "for", "har", "siger"},
	"pl": {"i", "w", "nie", "na", "się", "że", "z", "do", "jest", "to", "jak", "powiedział"},
}

// langOrder fixes an index for each language of langWords; English first.
var langOrder = [...]string{"en", "de", "fr", "es", "it", "pt", "nl", "fi", "sv", "no", "da", "pl"}

// wordLangs indexes langWords by word, giving langOrder indexes.
var wordLangs = func() map[string][]uint8 {
	m := make(map[string][]uint8)
	for i, lang := range langOrder {
		for _, w := range langWords[lang] {
			m[w] = append(m[w], uint8(i))
		}
	}
	return m
}()

// maxLangWords bounds how many words the common-word count reads.
const maxLangWords = 80

func (c *scriptCounts) addWords(s string) {
	var buf [16]byte
	for i := 0; i < len(s) && c.nwords < maxLangWords; {
		if !letterAt(s, i) {
			i += runeLen(s, i)
			continue
		}
		j := i
		for j < len(s) && letterAt(s, j) {
			j += runeLen(s, j)
		}
		c.nwords++
		if w := s[i:j]; len(w) <= len(buf) { // the common words are short
			for _, lang := range wordLangs[string(lowerASCII(buf[:0], w))] {
				c.hits[lang]++
			}
		}
		i = j
	}
}

// letterAt reports whether a letter starts at s[i], quickly for ASCII.
func letterAt(s string, i int) bool {
	if s[i] < 0x80 {
		return isLetterByte(s[i])
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

func runeLen(s string, i int) int {
	if s[i] < 0x80 {
		return 1
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	return n
}

// lowerASCII lower-cases the ASCII letters of w into buf. Callers index
// maps with string(lowerASCII(...)), which Go does without allocating.
func lowerASCII(buf []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		buf = append(buf, lowerByte(w[i]))
	}
	return buf
}

// latinLanguage picks the language whose common words occur most, with
// English winning ties and texts too short to tell.
func (c scriptCounts) latinLanguage() string {
	best, bestN := 0, c.hits[0]
	for i, n := range c.hits {
		if n > bestN+bestN/10 && n >= 5 {
			best, bestN = i, n
		}
	}
	return langOrder[best]
}

// fullWidthMark is the ASCII form of a full-width mark and the spaces
// English wants around it.
type fullWidthMark struct {
	ascii       rune
	spaceBefore bool // before it, after a letter or digit: "guaranteed (the list"
	spaceAfter  bool // after it, before a letter: "management, the purpose"
}

// fullWidthMarks are the full-width and ideographic marks that machine
// translation from Chinese leaves in English copy:
// "licence management，the purpose is to maintain interests。".
// Other full-width forms (U+FF01 to U+FF5E) fold to ASCII without spaces.
var fullWidthMarks = map[rune]fullWidthMark{
	'，':      {',', false, true},  // "management，the purpose"
	'、':      {',', false, true},  // "Beijing、Shanghai"
	'。':      {'.', false, true},  // "interests。The"
	'：':      {':', false, true},  // "talks：both sides"
	'；':      {';', false, true},  // "stable；exports"
	'！':      {'!', false, true},  //
	'？':      {'?', false, true},  //
	'（':      {'(', true, false},  // "guaranteed（the list"
	'）':      {')', false, true},  // "website）and"
	'\u3000': {' ', false, false}, // ideographic space
}

// hasFullWidth reports whether s may hold a full-width form or an
// ideographic mark: their UTF-8 encodings start with 0xEF or 0xE3.
func hasFullWidth(s string) bool {
	return strings.IndexByte(s, 0xef) >= 0 || strings.IndexByte(s, 0xe3) >= 0
}

// foldFullWidth turns the full-width punctuation, letters and digits of
// English text into ASCII, spaced as English spaces them. A mark beside
// a Han character belongs to quoted Chinese and stays.
func foldFullWidth(s string) string {
	var sb strings.Builder
	sb.Grow(len(s))
	prev := rune(-1)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		next, _ := utf8.DecodeRuneInString(s[i:])
		m, ok := fullWidthMarks[r]
		if !ok && r >= 0xff01 && r <= 0xff5e {
			m, ok = fullWidthMark{ascii: r - 0xfee0}, true
		}
		if !ok || unicode.Is(unicode.Han, prev) || unicode.Is(unicode.Han, next) {
			sb.WriteRune(r)
			prev = r
			continue
		}
		if m.spaceBefore && (unicode.IsLetter(prev) || unicode.IsDigit(prev)) {
			sb.WriteByte(' ')
		}
		sb.WriteRune(m.ascii)
		if m.spaceAfter && unicode.IsLetter(next) {
			sb.WriteByte(' ')
		}
		prev = r
	}
	return cleanSpace(sb.String())
}
