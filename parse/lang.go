package parse

import (
	"strings"
	"unicode"
)

// maxLangLetters bounds how many letters language detection reads.
const maxLangLetters = 20000

// scriptCounts counts the letters of each script that tells languages apart.
type scriptCounts struct {
	han, kana, hangul, cyrillic, arabic, letters int
	words                                        map[string]int // hits per language of its common words
}

// recognizeLanguage sets the document language from the option or, on
// auto, from the scripts of the text: Han characters make up more than a
// fifth of the letters in Chinese ("新华社布鲁塞尔2月24日电"), kana mark
// Japanese and hangul Korean; anything else is taken as English.
func recognizeLanguage(st *state) {
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
	st.doc.lang = c.language()
}

// add counts the letters of s and the common words it holds.
func (c *scriptCounts) add(s string) {
	c.addWords(s)
	for _, r := range s {
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

// language decides from the counts.
func (c scriptCounts) language() string {
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
	return c.latinLanguage()
}

// langWords are frequent short words that tell Latin-script languages
// apart; the language whose words occur most wins, English by default.
var langWords = map[string][]string{
	"en": {"the", "and", "of", "to", "said", "is", "was", "that", "for", "with", "on", "by"},
	"de": {"der", "die", "und", "das", "nicht", "ist", "mit", "sich", "auf", "für", "den", "ein", "eine", "sagte"},
	"fr": {"le", "la", "les", "et", "des", "est", "une", "dans", "pour", "qui", "sur", "du", "pas", "a déclaré"},
	"es": {"el", "los", "las", "y", "del", "que", "una", "por", "con", "para", "según", "dijo"},
	"it": {"il", "della", "che", "di", "è", "gli", "per", "una", "con", "delle", "nel", "ha detto"},
	"pt": {"o", "os", "as", "e", "do", "da", "que", "não", "uma", "para", "com", "disse"},
	"nl": {"de", "het", "een", "en", "van", "niet", "is", "dat", "op", "met", "zijn", "voor"},
	"fi": {"ja", "on", "oli", "ei", "että", "se", "mukaan", "myös", "kun", "ovat", "hän", "sanoi"},
	"sv": {"och", "att", "det", "som", "en", "är", "inte", "för", "med", "på", "av", "säger"},
	"no": {"og", "det", "som", "er", "ikke", "til", "med", "på", "av", "for", "har", "sier"},
	"da": {"og", "det", "som", "er", "ikke", "til", "med", "på", "af", "for", "har", "siger"},
	"pl": {"i", "w", "nie", "na", "się", "że", "z", "do", "jest", "to", "jak", "powiedział"},
}

// wordLangs indexes langWords by word.
var wordLangs = func() map[string][]string {
	m := make(map[string][]string)
	for lang, ws := range langWords {
		for _, w := range ws {
			m[w] = append(m[w], lang)
		}
	}
	return m
}()

// maxLangWords bounds how many words the common-word count reads.
const maxLangWords = 3000

func (c *scriptCounts) addWords(s string) {
	if c.words == nil {
		c.words = make(map[string]int)
	}
	if c.words[""] >= maxLangWords {
		return
	}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		c.words[""]++
		for _, lang := range wordLangs[strings.ToLower(w)] {
			c.words[lang]++
		}
	}
}

// latinLanguage picks the language whose common words occur most, with
// English winning ties and texts too short to tell.
func (c scriptCounts) latinLanguage() string {
	best, bestN := "en", c.words["en"]
	for lang, n := range c.words {
		if lang != "" && n > bestN+bestN/10 && n >= 5 {
			best, bestN = lang, n
		}
	}
	return best
}
