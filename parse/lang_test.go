package parse

import "testing"

func TestFoldFullWidth(t *testing.T) {
	tests := []struct{ in, want string }{
		{"licence management，the purpose is to maintain interests。", "licence management, the purpose is to maintain interests."},
		{"guaranteed（the list will be published）.", "guaranteed (the list will be published)."},
		{"China－EU trade talks： both sides agree", "China-EU trade talks: both sides agree"},
		{"the １０th dialogue at 10：30", "the 10th dialogue at 10:30"},
		{"Beijing、Shanghai and Shenzhen", "Beijing, Shanghai and Shenzhen"},
		{"the slogan “共同富裕，共享发展” was", "the slogan “共同富裕，共享发展” was"}, // quoted Chinese keeps its marks
		{"no full-width here", "no full-width here"},
		{"a bad \xff byte，then more", "a bad \ufffd byte, then more"}, // no panic on invalid UTF-8
	}
	for _, tt := range tests {
		if got := foldFullWidth(tt.in); got != tt.want {
			t.Errorf("foldFullWidth(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestLanguageFoldsFullWidth: English copy is folded, Chinese copy keeps
// its full-width marks, and so does its headline line.
func TestLanguageFoldsFullWidth(t *testing.T) {
	for _, tt := range []struct{ in, lang, first string }{
		{"China－EU talks： both agree\n\nThe 10th dialogue was held in Brussels，officials said。", "en", "China-EU talks: both agree"},
		{"国家统计局：一季度经济增长\n\n国家统计局16日发布数据显示，一季度经济增长。", "zh", "国家统计局：一季度经济增长"},
	} {
		doc := &document{text: tt.in}
		textBlocks(doc)
		st := newState(doc, Options{})
		recognizeLanguage(st)
		if doc.lang != tt.lang || st.body[0].text != tt.first || st.body[0].lines[0].text != tt.first {
			t.Errorf("%q: lang %s, first %q (line %q); want %s, %q", tt.in, doc.lang, st.body[0].text, st.body[0].lines[0].text, tt.lang, tt.first)
		}
	}
}
