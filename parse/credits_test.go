package parse

import (
	"reflect"
	"testing"
)

// TestCreditPhraseExamples runs every example written beside a credit
// phrase through the credits recognizer: the names it gives must land
// under the phrase's role.
func TestCreditPhraseExamples(t *testing.T) {
	for _, p := range append(append([]creditPhrase(nil), creditPhrases...), creditSuffixes...) {
		st := newState(&document{blocks: []block{{text: "The story."}, {text: p.example}}}, Options{})
		recognizeLanguage(st)
		recognizeCredits(st)
		lists := map[role][]string{roleReporter: st.art.Reporters, roleContributor: st.art.Contributors, roleEditor: st.art.Editors}
		if p.role == roleNone {
			if len(lists[roleReporter])+len(lists[roleContributor])+len(lists[roleEditor]) > 0 {
				t.Errorf("phrase %q: example %q credited %v", p.phrase, p.example, lists)
			}
			continue
		}
		if len(lists[p.role]) == 0 {
			t.Errorf("phrase %q: example %q gave no names in its role (%v)", p.phrase, p.example, lists)
		}
	}
}

func TestCredits(t *testing.T) {
	tests := []struct {
		name                             string
		body                             []string
		reporters, contributors, editors []string
		last                             string
	}{
		{"seed inline parentheses",
			[]string{"Putin said Russia had no plans. (Participate in the reporter: Deng Xianlai) (Responsible editor: Yuan Bo, Hu Yongqiu)"},
			nil, []string{"Deng Xianlai"}, []string{"Yuan Bo", "Hu Yongqiu"}, "Putin said Russia had no plans."},
		{"reuters credit line",
			[]string{"Shares fell.", "(Reporting by Jane Doe in London and Ali Khan in Dubai; Additional reporting by Li Wei; Writing by John Roe; Editing by Alex Richardson and Mark Potter)"},
			[]string{"Jane Doe", "Ali Khan", "John Roe"}, []string{"Li Wei"}, []string{"Alex Richardson", "Mark Potter"}, "Shares fell."},
		{"inline at the end of the last paragraph",
			[]string{"The vote is due on Monday. Reporting by Ana Costa in Sao Paulo; Editing by Peter Cooney"},
			[]string{"Ana Costa"}, nil, []string{"Peter Cooney"}, "The vote is due on Monday."},
		{"network possessive before a contributor",
			[]string{"Boeing said it found a new problem.", "CNN's John Roe contributed to this report."},
			nil, []string{"John Roe"}, nil, "Boeing said it found a new problem."},
		{"network possessive with a curly apostrophe",
			[]string{"Boeing said it found a new problem.", "CNN’s Jane Roe and John Doe contributed to this report."},
			nil, []string{"Jane Roe", "John Doe"}, nil, "Boeing said it found a new problem."},
		{"contributed to this report",
			[]string{"The council meets again in March.", "Associated Press writers Mary Clare Jalonick and Kevin Freking contributed to this report."},
			nil, []string{"Mary Clare Jalonick", "Kevin Freking"}, nil, "The council meets again in March."},
		{"editor line",
			[]string{"Trade rose 5 percent.", "Editor: Zhang Min"},
			nil, nil, []string{"Zhang Min"}, "Trade rose 5 percent."},
		{"not a credit: a sentence that mentions reporting",
			[]string{"Reporting by the newspaper had prompted the inquiry, officials said."},
			nil, nil, nil, "Reporting by the newspaper had prompted the inquiry, officials said."},
		{"agerpres closing credit line",
			[]string{"Output fell.", "AGERPRES (RO - author: Ionut Stan, editor: Marius Frunzeti; EN - author: Simona Iacob, editor: Adina Panaitescu)"},
			[]string{"Ionut Stan", "Simona Iacob"}, nil, []string{"Marius Frunzeti", "Adina Panaitescu"}, "AGERPRES"}, // the sign-off stage takes "AGERPRES"
		{"xinhua reporters contributed to the story",
			[]string{"Tourists flocked to Harbin.", "(Xinhua reporters Wang Jianwei and Zhao Yunfeng contributed to the story.)"},
			nil, []string{"Wang Jianwei", "Zhao Yunfeng"}, nil, "Tourists flocked to Harbin."},
		{"agencia brasil editor line",
			[]string{"A meta é construir 500 mil moradias.", "Edição: Fernando Fraga"},
			nil, nil, []string{"Fernando Fraga"}, "A meta é construir 500 mil moradias."},
		{"not a credit: a Chinese lead that opens with 记者",
			[]string{"记者从交通运输部获悉：1月1日，全国铁路、公路、水路、民航共发送旅客约6000万人次。"},
			nil, nil, nil, "记者从交通运输部获悉：1月1日，全国铁路、公路、水路、民航共发送旅客约6000万人次。"},
		{"not a credit: brackets with other content",
			[]string{"The Federal Reserve (the Fed) held rates."},
			nil, nil, nil, "The Federal Reserve (the Fed) held rates."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var blocks []block
			for _, p := range tt.body {
				blocks = append(blocks, block{text: p})
			}
			st := newState(&document{blocks: blocks}, Options{})
			recognizeCredits(st)
			a := st.art
			if !reflect.DeepEqual(a.Reporters, tt.reporters) || !reflect.DeepEqual(a.Contributors, tt.contributors) || !reflect.DeepEqual(a.Editors, tt.editors) {
				t.Errorf("got reporters %q contributors %q editors %q\nwant %q %q %q", a.Reporters, a.Contributors, a.Editors, tt.reporters, tt.contributors, tt.editors)
			}
			if got := st.body[len(st.body)-1].text; got != tt.last {
				t.Errorf("last paragraph %q, want %q", got, tt.last)
			}
		})
	}
}

func TestSplitNames(t *testing.T) {
	for in, want := range map[string][]string{
		"Yuan Bo, Hu Yongqiu":                                 {"Yuan Bo", "Hu Yongqiu"},
		"Jane Doe in London and John Roe in Paris":            {"Jane Doe", "John Roe"},
		"任珂、邓仙来":                                              {"任珂", "邓仙来"},
		"Glen Owen And Brendan Carlin For The Mail On Sunday": {"Glen Owen", "Brendan Carlin"},
		"Ursula von der Leyen":                                {"Ursula von der Leyen"},
		"the staff":                                           nil,
		"Reuters":                                             nil,
	} {
		if got := splitNames(in); !reflect.DeepEqual(got, want) {
			t.Errorf("splitNames(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCreditLines: credits printed one per line in a closing block are
// read line by line; hard-wrapped prose is not.
func TestCreditLines(t *testing.T) {
	tests := []struct {
		lines             []string
		reporters, editor []string
		left              string
	}{
		{[]string{"Reporter: Bayu Saputra", "Editor: Rahmad Nasution"}, []string{"Bayu Saputra"}, []string{"Rahmad Nasution"}, ""},
		{[]string{"IKU/KAE", "Edited by Kadiri Abdulrahman"}, nil, []string{"Kadiri Abdulrahman"}, "IKU/KAE"},
		{[]string{"责任编辑：王五", "校对：赵六"}, nil, []string{"王五", "赵六"}, ""},
		{[]string{"The issue is rated AAA by Standard and Poor's and secured", "by Federal Home Loan Mortgage Corp, Freddie Mac, certificates."}, nil, nil,
			"The issue is rated AAA by Standard and Poor's and secured by Federal Home Loan Mortgage Corp, Freddie Mac, certificates."},
	}
	for _, tt := range tests {
		var ls []line
		for _, l := range tt.lines {
			ls = append(ls, line{text: l})
		}
		st := newState(&document{blocks: []block{{text: "The story.", lines: []line{{text: "The story."}}}, joinLines(ls)}}, Options{})
		recognizeLanguage(st)
		if st.doc.lang == "zh" {
			recognizeCreditsZH(st)
		} else {
			recognizeCredits(st)
		}
		left := ""
		if len(st.body) > 1 {
			left = st.body[1].text
		}
		if !reflect.DeepEqual(st.art.Reporters, tt.reporters) || !reflect.DeepEqual(st.art.Editors, tt.editor) || left != tt.left {
			t.Errorf("%q: reporters %q editors %q left %q; want %q %q %q", tt.lines, st.art.Reporters, st.art.Editors, left, tt.reporters, tt.editor, tt.left)
		}
	}
}
