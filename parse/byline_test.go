package parse

import (
	"reflect"
	"testing"
)

func TestParseByline(t *testing.T) {
	tests := []struct {
		in        string
		namesOnly bool
		names     []string
		agency    string
		ok        bool
	}{
		{"By Jane Doe and John Roe", false, []string{"Jane Doe", "John Roe"}, "", true},
		{"by Janie Gabbett, Reuters", false, []string{"Janie Gabbett"}, "Reuters", true},
		{"By Sam Lister, Press Association Political Correspondent", false, []string{"Sam Lister"}, "PA", true},
		{"By BERNARD CONDONAP Business Writer", false, []string{"BERNARD CONDON"}, "", true},
		{"By MARGARET KELLY and DAVID OSEI Associated Press", false, []string{"MARGARET KELLY", "DAVID OSEI"}, "", true},
		{"Maria Rosvall, Jecaterina Mantsinen", true, []string{"Maria Rosvall", "Jecaterina Mantsinen"}, "", true},
		{"Geir Molnes / Faktisk.no", true, []string{"Geir Molnes"}, "", true},
		{"Maria Rosvall, Jecaterina Mantsinen", false, nil, "", false},
		{"LOS ANGELES, March 2 - Apple Computer Inc and AST Research", true, nil, "", false},
		{"By the numbers: what the budget means", false, nil, "", false},
		{"Fußball", true, nil, "", false},
		{"By The Associated Press", false, nil, "AP", true},
		{"By Jane Doe | Reuters", false, []string{"Jane Doe"}, "Reuters", true},
		{"by Xinhua writers Zhang Wei, Li Min", false, []string{"Zhang Wei", "Li Min"}, "", true},
		{"By Elmira Tariverdiyeva - Trend:", false, []string{"Elmira Tariverdiyeva"}, "Trend", true},
		{"By Albert Futukpor, GNA", false, []string{"Albert Futukpor"}, "GNA", true},
		{"Ahmet Salih Alacaci   |05.02.2024 - Update : 05.02.2024", true, []string{"Ahmet Salih Alacaci"}, "", true},
		{"Pedro Peduzzi - Repórter da Agência Brasil", true, []string{"Pedro Peduzzi"}, "Agência Brasil", true},
		{"Oil prices - what comes next for drivers", true, nil, "", false},
		{"By Choi Jae-hee (cjh@heraldcorp.com)", false, []string{"Choi Jae-hee"}, "", true},
		{"Dio Suhenda (The Jakarta Post)", true, []string{"Dio Suhenda"}, "", true},
		{"Jane Doe (left) and John Roe", true, nil, "", false},
		{"By: Jane Cruz - Reporter / @JCruzINQ", false, []string{"Jane Cruz"}, "", true},
		{"WRITER: Wassayos Ngamkham", false, []string{"Wassayos Ngamkham"}, "", true},
		{"Jane Mathew, Senior Reporter", true, []string{"Jane Mathew"}, "", true},
		{"Stephen Angbulu, Abuja", true, []string{"Stephen Angbulu"}, "", true},
		{"NEW DELHI", true, nil, "", false},
		{"By WANG XIAOYU in Beijing and ZHOU WENTING in Shanghai | China Daily", false, []string{"WANG XIAOYU", "ZHOU WENTING"}, "China Daily", true},
	}
	for _, tt := range tests {
		names, agency, ok := parseByline(tt.in, tt.namesOnly)
		if ok != tt.ok || !reflect.DeepEqual(names, tt.names) || agency != tt.agency {
			t.Errorf("parseByline(%q, %v) = %q, %q, %v; want %q, %q, %v", tt.in, tt.namesOnly, names, agency, ok, tt.names, tt.agency, tt.ok)
		}
	}
}

func TestBylineTail(t *testing.T) {
	tests := []struct {
		in     string
		agency string
		ok     bool
	}{
		{"Associated Press", "AP", true},
		{"AP Business Writer", "AP", true},
		{"Senior Political Correspondent", "", true},
		{"The Senate voted on Tuesday.", "", false},
		{"Jane Doe", "", false},
	}
	for _, tt := range tests {
		if a, ok := bylineTail(tt.in); a != tt.agency || ok != tt.ok {
			t.Errorf("bylineTail(%q) = %q, %v; want %q, %v", tt.in, a, ok, tt.agency, tt.ok)
		}
	}
}

func TestDeskLineIsNoByline(t *testing.T) {
	for _, line := range []string{"BUSINESS NEWS", "Breaking News", "World Markets Update"} {
		a, err := Parse("desk.txt", []byte("Markets slide as rate fears return\n\n"+line+"\n\nEuropean shares fell for a third day on Tuesday as investors worried that central banks would keep rates high.\n"), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Reporters) != 0 {
			t.Errorf("%q: reporters = %q, want none", line, a.Reporters)
		}
	}
}

func TestLeadLine(t *testing.T) {
	tests := []struct {
		in     string
		agency string
		ok     bool
	}{
		{"Published On 5 Feb 2024", "", true},
		{"Published: 8:30pm, 5 Feb 2024", "", true},
		{"PUBLISHED : 5 Feb 2024 at 18:21", "", true},
		{"Issued on: 05/02/2024 - 14:12", "", true},
		{"Tue Feb 6, 2024 10:12 AM", "", true},
		{"Feb 05, 2024 11:42 PM IST", "", true},
		{"TNN | Feb 6, 2024, 04.12 AM IST", "", true},
		{"Jakarta   ●   Mon, February 5, 2024", "", true},
		{"Philippine Daily Inquirer / 05:12 AM February 05, 2024", "", true},
		{"Special Correspondent", "", true},
		{"Our Staff Reporter", "", true},
		{"Star Online Report", "", true},
		{"Express News Service", "", true},
		{"By HT Correspondent, New Delhi", "", true},
		{"TRT World and Agencies", "", true},
		{"Africanews with AFP", "", true},
		{"BBC News, Kyiv", "", true},
		{"ARAB NEWS", "", true},
		{"KYODO", "Kyodo", true},
		{"PTI", "PTI", true},
		{"Associated Press in Oklahoma City", "AP", true},
		{"Jane Lam", "", false},
		{"NEW DELHI", "", false},
		{"Feb 5", "", false},
		{"May 2024 be better", "", false},
		{"Published by Penguin in 2024", "", false},
		{"Court Reporter Jane Doe", "", false},
		{"Reuters in talks to buy rival", "", false},
	}
	for _, tt := range tests {
		agency, ok := leadLine(tt.in)
		if ok != tt.ok || agency != tt.agency {
			t.Errorf("leadLine(%q) = %q, %v; want %q, %v", tt.in, agency, ok, tt.agency, tt.ok)
		}
	}
}
