package parse

import "unicode"

// recognizeLanguage sets the document language from the option or, on
// auto, from the share of Han characters among the letters of the text.
func recognizeLanguage(st *state) {
	switch st.opts.Lang {
	case "en", "zh":
		st.doc.lang = st.opts.Lang
		return
	}
	han, letters := 0, 0
	for _, b := range st.body {
		for _, r := range b.text {
			switch {
			case unicode.Is(unicode.Han, r):
				han++
				letters++
			case unicode.IsLetter(r):
				letters++
			}
		}
		if letters > 20000 {
			break
		}
	}
	st.doc.lang = "en"
	if letters > 0 && han*5 > letters {
		st.doc.lang = "zh"
	}
}
