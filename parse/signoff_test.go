package parse

import "testing"

func TestRecognizeSignoff(t *testing.T) {
	tests := []struct {
		lines  []string // the last block, line by line
		agency string
		left   string // the last paragraph afterwards; "" when removed
	}{
		{[]string{"Reuter"}, "Reuters", ""},
		{[]string{"REUTER..."}, "Reuters", ""},
		{[]string{"syk@yna.co.kr", "(END)"}, "", ""},
		{[]string{"AAP gfr"}, "AAP", ""},
		{[]string{"--IANS", "rkm/pgh"}, "IANS", ""},
		{[]string{"PTI ASG RT"}, "PTI", ""},
		{[]string{"Enditem"}, "", ""},
		{[]string{"The talks resume on Monday. (Xinhua)"}, "Xinhua", "The talks resume on Monday."},
		{[]string{"Shipments fell.", "More"}, "", "Shipments fell."},
		{[]string{"Prices rose 3 pct, AP said."}, "", "Prices rose 3 pct, AP said."},
	}
	for _, tt := range tests {
		var ls []line
		for _, l := range tt.lines {
			ls = append(ls, line{text: l})
		}
		first := block{text: "First paragraph.", lines: []line{{text: "First paragraph."}}}
		st := newState(&document{blocks: []block{first, joinLines(ls)}}, Options{})
		recognizeSignoff(st)
		left := ""
		if len(st.body) == 2 {
			left = st.body[1].text
		}
		if st.signoffAgency != tt.agency || left != tt.left {
			t.Errorf("%q: agency %q, left %q; want %q, %q", tt.lines, st.signoffAgency, left, tt.agency, tt.left)
		}
	}
}
