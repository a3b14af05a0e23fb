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
		{"contributed to this report",
			[]string{"The council meets again in March.", "Associated Press writers Mary Clare Jalonick and Kevin Freking contributed to this report."},
			nil, []string{"Mary Clare Jalonick", "Kevin Freking"}, nil, "The council meets again in March."},
		{"editor line",
			[]string{"Trade rose 5 percent.", "Editor: Zhang Min"},
			nil, nil, []string{"Zhang Min"}, "Trade rose 5 percent."},
		{"not a credit: a sentence that mentions reporting",
			[]string{"Reporting by the newspaper had prompted the inquiry, officials said."},
			nil, nil, nil, "Reporting by the newspaper had prompted the inquiry, officials said."},
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
		"Yuan Bo, Hu Yongqiu":                      {"Yuan Bo", "Hu Yongqiu"},
		"Jane Doe in London and John Roe in Paris": {"Jane Doe", "John Roe"},
		"任珂、邓仙来":                                   {"任珂", "邓仙来"},
		"Ursula von der Leyen":                     {"Ursula von der Leyen"},
		"the staff":                                nil,
		"Reuters":                                  nil,
	} {
		if got := splitNames(in); !reflect.DeepEqual(got, want) {
			t.Errorf("splitNames(%q) = %q, want %q", in, got, want)
		}
	}
}
