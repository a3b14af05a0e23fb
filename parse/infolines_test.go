package parse

import (
	"reflect"
	"testing"
)

func TestInfoLines(t *testing.T) {
	src := "示例标题：春耕备耕有序推进\n\n2024年03月05日 10:21　来源：中国新闻网　编辑：张伟\n\n新华社北京3月5日电 各地春耕备耕工作有序推进，农资供应总体充足。\n\n编辑：王明\n"
	a, err := Parse("zh.txt", []byte(src), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Published != "2024-03-05T10:21:00+08:00" {
		t.Errorf("published = %q", a.Published)
	}
	if a.Dateline == nil || a.Dateline.Date != "2024-03-05" {
		t.Errorf("dateline = %+v, want the line's year", a.Dateline)
	}
	if want := []string{"张伟", "王明"}; !reflect.DeepEqual(a.Editors, want) {
		t.Errorf("editors = %q, want %q", a.Editors, want)
	}
	if len(a.Body) != 1 {
		t.Errorf("body = %q, want the story's one paragraph", a.Body)
	}
}

func TestInfoLineNeedsTimeOrSource(t *testing.T) {
	for in, want := range map[string]bool{
		"发布时间：2024-03-05 10:21:33":                             true,
		"时间：明天上午":                                              false,
		"来源：新华网":                                               true,
		"Source: Xinhua| 2018-01-23 14:26:48|Editor: pengying": true,
	} {
		l, ok := readInfoLine(in)
		if got := ok && (l.published != "" || l.source != ""); got != want {
			t.Errorf("readInfoLine(%q) = %+v, %v; want time or source %v", in, l, ok, want)
		}
	}
}
