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
