package parse

import (
	"slices"
	"testing"
)

func TestScanDateZH(t *testing.T) {
	tests := []struct {
		in   string
		want monthDay
		n    int
	}{
		{"2月24日电", monthDay{0, 2, 24}, len("2月24日")},
		{"二月二十四日电", monthDay{0, 2, 24}, len("二月二十四日")},
		{"十二月三十一日", monthDay{0, 12, 31}, len("十二月三十一日")},
		{"十一月十日", monthDay{0, 11, 10}, len("十一月十日")},
		{"２月２４日", monthDay{0, 2, 24}, len("２月２４日")},
		{"2022年2月24日", monthDay{2022, 2, 24}, len("2022年2月24日")},
		{"二〇二二年二月廿四日", monthDay{2022, 2, 24}, len("二〇二二年二月廿四日")},
		{"24日電", monthDay{0, 0, 24}, len("24日")},
		{"24号", monthDay{0, 0, 24}, len("24号")},
		// Not dates.
		{"13月2日", monthDay{}, 0},
		{"2月32日", monthDay{}, 0},
		{"24人", monthDay{}, 0},
		{"一带一路", monthDay{}, 0},
		{"2022年的", monthDay{}, 0},
		{"二十二十日", monthDay{}, 0},
	}
	for _, tt := range tests {
		d, n := scanDateZH(tt.in)
		if d != tt.want || n != tt.n {
			t.Errorf("scanDateZH(%q) = %+v, %d; want %+v, %d", tt.in, d, n, tt.want, tt.n)
		}
	}
}

func TestMatchDatelineZH(t *testing.T) {
	tests := []struct {
		in, rule, text, place, agency string
		date                          monthDay
		reporters                     []string
		body                          string
	}{
		{"新华社布鲁塞尔2月24日电（记者任珂）北约秘书长说", "source-place-date", "新华社布鲁塞尔2月24日电", "布鲁塞尔", "Xinhua", monthDay{0, 2, 24}, []string{"任珂"}, "北约秘书长说"},
		{"新华社北京2月24日电（记者任珂、王明）国务院", "source-place-date", "新华社北京2月24日电", "北京", "Xinhua", monthDay{0, 2, 24}, []string{"任珂", "王明"}, "国务院"},
		{"中新社北京2月24日电 (记者 张三)中国海关", "source-place-date", "中新社北京2月24日电", "北京", "Chinanews", monthDay{0, 2, 24}, []string{"张三"}, "中国海关"},
		{"中新网2月24日电 据法新社报道，", "source-place-date", "中新网2月24日电", "", "Chinanews", monthDay{0, 2, 24}, nil, "据法新社报道，"},
		{"本报北京2月24日电 记者从", "source-place-date", "本报北京2月24日电", "北京", "", monthDay{0, 2, 24}, nil, "记者从"},
		{"新华社北京二月二十四日电 中国", "source-place-date", "新华社北京二月二十四日电", "北京", "Xinhua", monthDay{0, 2, 24}, nil, "中国"},
		{"新华社华盛顿2月24日专电 美国", "source-place-date", "新华社华盛顿2月24日专电", "华盛顿", "Xinhua", monthDay{0, 2, 24}, nil, "美国"},
		{"【共同社金边11月12日电】日本", "bracketed", "共同社金边11月12日电", "金边", "Kyodo", monthDay{0, 11, 12}, nil, "日本"},
		{"【环球时报报道 记者 王逸】美国", "bracketed", "环球时报报道", "", "Global Times", monthDay{}, []string{"王逸"}, "美国"},
		{"（中央社記者林克倫台北24日電）中央銀行", "cna-reporter", "中央社記者林克倫台北24日電", "台北", "CNA", monthDay{0, 0, 24}, []string{"林克倫"}, "中央銀行"},
		{"中央社記者張三、李四華盛頓24日電 美國", "cna-reporter-bare", "中央社記者張三、李四華盛頓24日電", "華盛頓", "CNA", monthDay{0, 0, 24}, []string{"張三", "李四"}, "美國"},
		{"据法新社2月24日报道，德国", "relayed", "据法新社2月24日报道", "", "AFP", monthDay{0, 2, 24}, nil, "德国"},
		{"据法新社报道，德国", "relayed", "据法新社报道", "", "AFP", monthDay{}, nil, "德国"},
		{"央视新闻消息：2月24日，", "source-only", "央视新闻消息", "", "CCTV", monthDay{}, nil, "2月24日，"},
		{"本报讯（记者 张三 李四）近日", "source-only", "本报讯", "", "", monthDay{}, []string{"张三", "李四"}, "近日"},
		{"中央社記者吳欣紜台北2日電 氣象署", "cna-reporter-bare", "中央社記者吳欣紜台北2日電", "台北", "CNA", monthDay{0, 0, 2}, []string{"吳欣紜"}, "氣象署"},
		{"央视网消息（新闻联播）：连日来", "source-show", "央视网消息", "", "CCTV", monthDay{}, nil, "连日来"},
		{"法制日报讯 记者张晨 最高人民法院", "source-only", "法制日报讯", "", "Legal Daily", monthDay{}, []string{"张晨"}, "最高人民法院"},
		{"人民网北京1月12日电 （记者王震）国家统计局", "source-place-date", "人民网北京1月12日电", "北京", "People's Daily", monthDay{0, 1, 12}, []string{"王震"}, "国家统计局"},
		{"新京报讯（记者 王佳）1月2日，", "source-only", "新京报讯", "", "Beijing News", monthDay{}, []string{"王佳"}, "1月2日，"},
		{"光明日报北京1月2日电（记者 邓晖、晋浩天）记者从", "source-place-date", "光明日报北京1月2日电", "北京", "Guangming Daily", monthDay{0, 1, 2}, []string{"邓晖", "晋浩天"}, "记者从"},
		{"据央视新闻客户端消息，1月5日", "relayed", "据央视新闻客户端消息", "", "CCTV", monthDay{}, nil, "1月5日"},
		{"〔記者張明仁／台北報導〕台北市", "slash-bracketed", "記者張明仁／台北報導", "台北", "", monthDay{}, []string{"張明仁"}, "台北市"},
		{"〔記者張三、李四／高雄報導〕市府", "slash-bracketed", "記者張三、李四／高雄報導", "高雄", "", monthDay{}, []string{"張三", "李四"}, "市府"},
		{"〔國際新聞中心／綜合報導〕日本", "slash-bracketed", "國際新聞中心／綜合報導", "", "", monthDay{}, nil, "日本"},
		{"記者林佳蓉／台北即時報導", "slash", "記者林佳蓉／台北即時報導", "台北", "", monthDay{}, []string{"林佳蓉"}, ""},
		{"（新加坡讯）建屋发展局", "place-bracketed", "新加坡讯", "新加坡", "", monthDay{}, nil, "建屋发展局"},
		{"（北京综合讯）中国", "place-bracketed", "北京综合讯", "北京", "", monthDay{}, nil, "中国"},
		{"【明報專訊】醫務衛生局", "bracketed", "明報專訊", "", "Ming Pao", monthDay{}, nil, "醫務衛生局"},
		{"星島日報報道", "source-only", "星島日報報道", "", "Sing Tao Daily", monthDay{}, nil, ""},
	}
	for _, tt := range tests {
		m, ok := matchDatelineZH(tt.in)
		if !ok {
			t.Errorf("matchDatelineZH(%q): no match", tt.in)
			continue
		}
		var place string
		if m.place.End > m.place.Start {
			place = tt.in[m.place.Start:m.place.End]
		}
		var reporters []string
		for _, c := range m.credits {
			if c.role == roleReporter {
				reporters = append(reporters, c.names...)
			}
		}
		got := []string{m.rule, tt.in[m.textStart:m.textEnd], place, m.agency, tt.in[m.bodyPos:]}
		want := []string{tt.rule, tt.text, tt.place, tt.agency, tt.body}
		if !slices.Equal(got, want) || m.date != tt.date || !slices.Equal(reporters, tt.reporters) {
			t.Errorf("matchDatelineZH(%q) = %q %+v %v; want %q %+v %v", tt.in, got, m.date, reporters, want, tt.date, tt.reporters)
		}
	}
}

func TestMatchDatelineZHRejects(t *testing.T) {
	for _, in := range []string{
		"新华社记者 任珂 摄",                    // a photo credit
		"新华社记者24日从国务院获悉，",               // prose about a reporter
		"据报道，北约将于25日召开峰会。",              // no agency
		"北约秘书长斯托尔滕贝格24日说，",              // no agency
		"BEIJING, Feb. 24 (Xinhua) -- ", // English
		"新华社北京2月24日",                    // no 电
		"（记者张三讯）",                       // a reporter is no place
		"記者張三說／台北市政府今天表示",               // prose, no dateline end after the place
		"（完）", // an end mark
	} {
		if m, ok := matchDatelineZH(in); ok {
			t.Errorf("matchDatelineZH(%q) matched %+v", in, m)
		}
	}
}

func TestRelayAfterStoryIsNoDateline(t *testing.T) {
	src := "法国总统呼吁欧洲加强防务合作\n\n法国总统周二在巴黎表示，欧洲必须加强自身防务能力。\n\n據法新社報導，总统在会谈后对记者说，欧洲国家应当增加国防开支。\n"
	a, err := Parse("rfi.txt", []byte(src), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Dateline != nil {
		t.Errorf("dateline = %+v, want none: the story had begun", *a.Dateline)
	}
	src = "法国总统呼吁欧洲加强防务合作\n\n據法新社報導，法国总统周二在巴黎表示，欧洲必须加强自身防务能力。\n"
	if a, _ = Parse("rfi.txt", []byte(src), Options{}); a.Dateline == nil || a.Dateline.Agency != "AFP" {
		t.Errorf("dateline = %+v, want the relay of AFP that opens the story", a.Dateline)
	}
}
