package parse

import (
	"reflect"
	"testing"
)

func TestParseCreditsZH(t *testing.T) {
	tests := []struct {
		in   string
		want []credit
	}{
		{"记者任珂", []credit{{roleReporter, []string{"任珂"}}}},
		{"参与记者：邓仙来", []credit{{roleContributor, []string{"邓仙来"}}}},
		{"责任编辑：袁博、胡永秋", []credit{{roleEditor, []string{"袁博", "胡永秋"}}}},
		{"責任編輯：袁博、胡永秋", []credit{{roleEditor, []string{"袁博", "胡永秋"}}}},
		{"记者 张三 李四 通讯员 王五", []credit{{roleReporter, []string{"张三", "李四"}}, {roleContributor, []string{"王五"}}}},
		{"编辑：王明 校对：李华 审核：赵六", []credit{{roleEditor, []string{"王明"}}, {roleEditor, []string{"李华"}}, {roleEditor, []string{"赵六"}}}},
		{"编辑:张燕玲", []credit{{roleEditor, []string{"张燕玲"}}}},
		{"责编：袁博，胡永秋", []credit{{roleEditor, []string{"袁博", "胡永秋"}}}},
		{"新华社记者任珂摄", []credit{{roleNone, []string{"任珂"}}}},
		{"新华社记者 任珂 摄", []credit{{roleNone, []string{"任珂"}}}},
		{"编译：陈明", []credit{{roleNone, []string{"陈明"}}}},
		{"本报驻布鲁塞尔记者 张三", []credit{{roleReporter, []string{"张三"}}}},
		{"记者 王逸 报道", []credit{{roleReporter, []string{"王逸"}}}},
		{"记者 阿卜杜勒·阿齐兹", []credit{{roleReporter, []string{"阿卜杜勒·阿齐兹"}}}},
		// Prose and empty credits are not credits.
		{"记者了解到", nil},
		{"记者从会上获悉，计划将于明年实施", nil},
		{"责任编辑：", nil},
		{"完", nil},
		{"新闻联播", nil},
	}
	for _, tt := range tests {
		got, ok := parseCreditsZH(tt.in)
		if ok != (tt.want != nil) || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("parseCreditsZH(%q) = %v, %v; want %v", tt.in, got, ok, tt.want)
		}
	}
}

func TestRecognizeCreditsZH(t *testing.T) {
	st := &state{art: &Article{}, body: []block{
		{text: "国务院24日发布通知。"},
		{text: "新华社记者 李华 摄"},
		{text: "他说，措施将落实。（参与记者：邓仙来）（责任编辑：袁博、胡永秋）"},
		{text: "编辑：王明 校对：李华"},
		{text: "1110224"},
	}}
	recognizeCreditsZH(st)
	if got := bodyTexts(st.body); !reflect.DeepEqual(got, []string{"国务院24日发布通知。", "他说，措施将落实。"}) {
		t.Errorf("body = %q", got)
	}
	if a := st.art; len(a.Reporters) != 0 || !reflect.DeepEqual(a.Contributors, []string{"邓仙来"}) ||
		!reflect.DeepEqual(a.Editors, []string{"袁博", "胡永秋", "王明", "李华"}) {
		t.Errorf("reporters %v, contributors %v, editors %v", a.Reporters, a.Contributors, a.Editors)
	}
}

func TestStripTrailingCreditsZH(t *testing.T) {
	st := &state{art: &Article{}}
	got := st.stripTrailingCreditsZH("楊金龍說，會密切注意。（編輯：張三）1110224")
	if got != "楊金龍說，會密切注意。" || !reflect.DeepEqual(st.art.Editors, []string{"張三"}) {
		t.Errorf("got %q", got)
	}
	got = st.stripTrailingCreditsZH("会议结束。 责任编辑：袁博")
	if got != "会议结束。" || !reflect.DeepEqual(st.art.Editors, []string{"張三", "袁博"}) {
		t.Errorf("got %q, editors %v", got, st.art.Editors)
	}
}

func bodyTexts(bs []block) []string {
	var out []string
	for _, b := range bs {
		out = append(out, b.text)
	}
	return out
}
