package parse

import "testing"

// TestAcronymName checks which acronyms in parentheses spell the name
// before them.
func TestAcronymName(t *testing.T) {
	tests := []struct {
		subject, want string
		ok            bool
	}{
		{"The Joint Chiefs of Staff (JCS)", "Joint Chiefs of Staff", true},
		{"the Council of Harbour Pilots (CHP)", "Council of Harbour Pilots", true},
		{"Department of Justice (DOJ)", "Department of Justice", true},
		{"the Harbour Board (XYZ)", "", false},
		{"Ida Moss (pictured)", "", false},
		{"the harbour pilots (HP)", "", false},
		{"Joint Chiefs of Staff", "", false},
	}
	for _, tt := range tests {
		got, ok := acronymName(tt.subject)
		if got != tt.want || ok != tt.ok {
			t.Errorf("acronymName(%q) = %q, %v; want %q, %v", tt.subject, got, ok, tt.want, tt.ok)
		}
	}
	if name, _, kind := splitSpeaker("The Joint Chiefs of Staff (JCS)"); name != "Joint Chiefs of Staff" || kind != entGroup {
		t.Errorf("splitSpeaker = %q, %v; want the whole name as a group", name, kind)
	}
}
