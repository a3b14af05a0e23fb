package parse

import "unicode"

// maxLangLetters bounds how many letters language detection reads.
const maxLangLetters = 20000

// scriptCounts counts the letters of each script that tells languages apart.
type scriptCounts struct {
	han, kana, hangul, letters int
}

// recognizeLanguage sets the document language from the option or, on
// auto, from the scripts of the text: Han characters make up more than a
// fifth of the letters in Chinese ("新华社布鲁塞尔2月24日电"), kana mark
// Japanese and hangul Korean; anything else is taken as English.
func recognizeLanguage(st *state) {
	switch st.opts.Lang {
	case "en", "zh":
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

// add counts the letters of s.
func (c *scriptCounts) add(s string) {
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r):
			c.han++
		case unicode.In(r, unicode.Hiragana, unicode.Katakana):
			c.kana++
		case unicode.Is(unicode.Hangul, r):
			c.hangul++
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
	}
	return "en"
}
