package parse

import "testing"

func TestLatinLanguage(t *testing.T) {
	for want, text := range map[string]string{
		"en":  "The minister said on Tuesday that the talks with the union were going well.",
		"de":  "Der Minister sagte am Dienstag, dass die Gespräche mit der Gewerkschaft gut verlaufen und nicht gescheitert sind.",
		"fr":  "Le ministre a déclaré mardi que les discussions avec les syndicats sont sur la bonne voie et que la réforme est une priorité.",
		"es":  "El ministro dijo el martes que las conversaciones con los sindicatos van por buen camino y que la reforma es una prioridad para el Gobierno.",
		"fi":  "Ministeri sanoi tiistaina, että neuvottelut ovat edenneet hyvin ja että uudistus on myös hallituksen mukaan tärkeä, kun se ei ole vielä valmis.",
		"ru":  "Министр заявил во вторник, что переговоры идут хорошо.",
		"en ": "Short.",
	} {
		st := newState(&document{blocks: []block{{text: text}}}, Options{})
		recognizeLanguage(st)
		if w := want[:2]; st.doc.lang != w {
			t.Errorf("%q: language %q, want %q", text, st.doc.lang, w)
		}
	}
}
