package parse

import (
	"reflect"
	"testing"
)

func TestSubjectZH(t *testing.T) {
	tests := []struct {
		clause      string
		kind        zhSubjectKind
		name, title string
	}{
		{"北约秘书长斯托尔滕贝格24日", zhNamed, "斯托尔滕贝格", "北约秘书长"},
		{"白宫新闻秘书普萨基23日", zhNamed, "普萨基", "白宫新闻秘书"},
		{"斯托尔滕贝格在会后举行的记者会上", zhNamed, "斯托尔滕贝格", ""},
		{"俄罗斯总统普京二十四日", zhNamed, "普京", "俄罗斯总统"},
		{"據王明", zhNamed, "王明", ""},
		{"他也", zhPronoun, "", ""},
		{"不过她还", zhPronoun, "", ""},
		{"但", zhEmpty, "", ""},
		{"", zhEmpty, "", ""},
		{"美国政府已多次", zhGroup, "美国政府", ""},
		{"北约", zhGroup, "北约", ""},
		{"国家统计局", zhGroup, "国家统计局", ""},
		{"外交部发言人", zhGroup, "外交部发言人", ""},
		{"商务部有关负责人", zhGroup, "商务部有关负责人", ""},
		{"他们", zhOther, "", ""},
	}
	for _, tt := range tests {
		kind, name, title := subjectZH(tt.clause)
		if kind != tt.kind || name != tt.name || title != tt.title {
			t.Errorf("subjectZH(%q) = %v %q %q; want %v %q %q", tt.clause, kind, name, title, tt.kind, tt.name, tt.title)
		}
	}
}

// zhQuotesOf runs the Chinese quote stage on paragraphs.
func zhQuotesOf(body ...string) ([]Speaker, []Quote) {
	st := &state{doc: &document{lang: "zh"}, art: &Article{Body: body}}
	recognizeQuotesZH(st)
	return st.art.Speakers, st.art.Quotes
}

func TestRecognizeQuotesZH(t *testing.T) {
	tests := []struct {
		name   string
		body   []string
		quotes []Quote
	}{
		{"quote then speaker (他 names nobody yet)", []string{"“我们有信心，”他说，“基本盘是稳固的。”", "王明表示，前景乐观。"}, []Quote{
			{"", "我们有信心", Direct, "说", 1}, {"", "基本盘是稳固的。", Direct, "说", 1},
			{"王明", "前景乐观", Indirect, "表示", 2}}},
		{"colon quote", []string{"商务部部长王文涛说：“措施将落实。”他还指出，外贸稳定。"}, []Quote{
			{"王文涛", "措施将落实。", Direct, "说", 1}, {"王文涛", "外贸稳定", Indirect, "指出", 1}}},
		{"corner brackets", []string{"楊金龍說：「我們會注意『國際情勢』。」"}, []Quote{
			{"楊金龍", "我們會注意『國際情勢』。", Direct, "說", 1}}},
		{"nested cue stays inside", []string{"普萨基强调，美国政府已多次表明，拜登不会派兵。"}, []Quote{
			{"普萨基", "美国政府已多次表明，拜登不会派兵", Indirect, "强调", 1}}},
		{"continuing cue splits", []string{"俄罗斯总统普京发表讲话，宣布俄方决定发起特别军事行动，但表示俄方没有占领计划。"}, []Quote{
			{"普京", "俄方决定发起特别军事行动", Indirect, "宣布", 1}, {"普京", "俄方没有占领计划", Indirect, "表示", 1}}},
		{"not speech", []string{"据说这部小说很好看。他表示欢迎。据介绍，项目已完工。", "名称为“一带一路”。"}, nil},
	}
	for _, tt := range tests {
		_, quotes := zhQuotesOf(tt.body...)
		if len(quotes) == 0 && len(tt.quotes) == 0 {
			continue
		}
		if !reflect.DeepEqual(quotes, tt.quotes) {
			t.Errorf("%s:\n got %+v\nwant %+v", tt.name, quotes, tt.quotes)
		}
	}
}

func TestQuotesZHPronounAndPartial(t *testing.T) {
	speakers, quotes := zhQuotesOf(
		"白宫新闻秘书普萨基23日强调，美国不会派兵。",
		"这一立场“明确且一贯”，没有改变。",
		"她还说，美方将继续观察。",
	)
	want := []Speaker{{Name: "普萨基", Title: "白宫新闻秘书", Quotes: 3}}
	if !reflect.DeepEqual(speakers, want) {
		t.Errorf("speakers = %+v", speakers)
	}
	if len(quotes) != 3 || quotes[1].Text != "明确且一贯" || quotes[1].Kind != Direct || quotes[2].Speaker != "普萨基" {
		t.Errorf("quotes = %+v", quotes)
	}
}

func TestRecognizeQuotesZHOnlyChinese(t *testing.T) {
	st := &state{doc: &document{lang: "en"}, art: &Article{Body: []string{"王明说，前景乐观。"}}}
	recognizeQuotesZH(st)
	if st.art.Quotes != nil {
		t.Errorf("quotes on an English article: %+v", st.art.Quotes)
	}
}
