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
		{[]string{"burs-lec/arb"}, "", ""},
		{[]string{"dpa xyz yy n1 abc"}, "dpa", ""},
		{[]string{"APP/ask"}, "APP", ""},
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

// TestSignoffSpan checks that the sign-off naming an agency is located in
// the input, for dispatch check's agency-signoff rule.
func TestSignoffSpan(t *testing.T) {
	tests := []struct{ in, agency, mark string }{
		{"HEADLINE\n\nPORTLAND, Ore., March 3 - Shares rose.\n\n Reuter\n", "Reuters", "Reuter"},
		{"Talks\n\nBEIJING, Feb. 24 (Xinhua) -- Talks began.\n\nThey ended on Friday. (Xinhua)\n", "Xinhua", "(Xinhua)"},
		{"Talks\n\nNEW DELHI, Feb 24 (IANS) Talks began.\n\n--IANS\nabc/xyz\n", "IANS", "--IANS"},
		{"Talks\n\nTalks began.\n\n(END)\n", "", ""},
		{"会议\n\n会议开始。\n\n（完）\n", "", ""},
	}
	for _, tt := range tests {
		a, err := Parse("t", []byte(tt.in), Options{})
		if err != nil {
			t.Fatal(err)
		}
		sp := a.Spans.Signoff
		if a.Spans.SignoffAgency != tt.agency || tt.in[sp.Start:sp.End] != tt.mark {
			t.Errorf("%q: sign-off %q at %q, want %q at %q", tt.in, a.Spans.SignoffAgency, tt.in[sp.Start:sp.End], tt.agency, tt.mark)
		}
	}
}
