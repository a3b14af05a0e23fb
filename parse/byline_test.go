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
