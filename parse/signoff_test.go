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
		{[]string{"It was signed on Monday, de Mesa said in a press briefing. (PNA)"}, "PNA", "It was signed on Monday, de Mesa said in a press briefing."},
		{[]string{"More than 200,000 families had been displaced. /PNA/"}, "PNA", "More than 200,000 families had been displaced."},
		{[]string{"It was chaired by Italy. (ANSA)."}, "ANSA", "It was chaired by Italy."},
		{[]string{"It was part of efforts to cushion the reforms.(NAN)(www.nannews.ng)"}, "NAN", "It was part of efforts to cushion the reforms."},
		{[]string{"The plan had shown results. – SAnews.gov.za"}, "SAnews", "The plan had shown results."},
		{[]string{"The turnover was 16.5 billion USD./."}, "", "The turnover was 16.5 billion USD."},
		{[]string{"It was attended by officials. (end)", "ak.gb"}, "", "It was attended by officials."},
		{[]string{"/ritzau/AFP"}, "Ritzau", ""},
		{[]string{"(©NTB)"}, "NTB", ""},
		{[]string{"The turnover rose.", "./."}, "", "The turnover rose."},
		{[]string{"kw/ mml/"}, "", ""},
		{[]string{"/NZ/"}, "", ""},
		{[]string{"IKU/KAE", "======="}, "", ""},
		{[]string{"JPS // JMR"}, "", ""},
		{[]string{"--SPA", "13:45 LOCAL TIME 10:45 GMT"}, "SPA", ""},
		{[]string{"9417**1771"}, "", ""},
		{[]string{"BSS/GM/1845 hrs"}, "BSS", ""},
		{[]string{"MAP 05 February 2024"}, "MAP", ""},
		{[]string{"(By Chiang Yi-ching)", "Enditem/AW"}, "", "(By Chiang Yi-ching)"},
		{[]string{"(Schluss) sp/ivn"}, "", ""},
		{[]string{"Copyright © ANTARA 2024"}, "", ""},
		{[]string{"The talks went well. (PL)"}, "Prensa Latina", "The talks went well."},
		{[]string{"The vote is (in theory) due on Monday"}, "", "The vote is (in theory) due on Monday"},
		{[]string{"He met the mayor of New York (NY)"}, "", "He met the mayor of New York (NY)"},
		{[]string{"More fun"}, "", "More fun"},
		{[]string{"The 13:45 train left."}, "", "The 13:45 train left."},
		{[]string{"The farmers want a legal guarantee for all crops. — PTI"}, "PTI", "The farmers want a legal guarantee for all crops."},
		{[]string{"The party has 15 days to submit its defence. REUTERS"}, "Reuters", "The party has 15 days to submit its defence."},
		{[]string{"The party has 15 days to submit its defence. Reuters"}, "", "The party has 15 days to submit its defence. Reuters"},
		{[]string{"He said so. WHO"}, "", "He said so. WHO"},
		{[]string{"Source: Reuters"}, "Reuters", ""},
		{[]string{"Source(s): Xinhua"}, "Xinhua", ""},
		{[]string{"Source: Al Jazeera and news agencies"}, "", ""},
		{[]string{"Source: the finance ministry"}, "", "Source: the finance ministry"},
		{[]string{"(With inputs from PTI)"}, "", ""},
		{[]string{"(With inputs from agencies)"}, "", ""},
		{[]string{"Additional reporting by Reuters"}, "", ""},
		{[]string{"DW with AFP, Reuters"}, "", ""},
		{[]string{"FRANCE 24 with AFP"}, "", ""},
		{[]string{"lo/wmr (AFP, Reuters)"}, "", ""},
		{[]string{"(法新社、路透社)"}, "", ""},
		{[]string{"(the ministry, the police)"}, "", "(the ministry, the police)"},
		{[]string{"INQ"}, "", ""},
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

// TestCapsInitialsAfterSignoff: capital desk initials ("NAA ZLA") close
// a story only right under an agency sign-off.
func TestCapsInitialsAfterSignoff(t *testing.T) {
	tests := []struct {
		blocks []string
		agency string
		last   string
	}{
		{[]string{"The board said exports rose.", "-- BERNAMA", "NAA ZLA"}, "Bernama", "The board said exports rose."},
		{[]string{"The board said exports rose.", "NATO EU"}, "", "NATO EU"},
	}
	for _, tt := range tests {
		st := stateOf(tt.blocks...)
		recognizeSignoff(st)
		if last := st.body[len(st.body)-1].text; st.signoffAgency != tt.agency || last != tt.last {
			t.Errorf("%q: agency %q, last %q; want %q, %q", tt.blocks, st.signoffAgency, last, tt.agency, tt.last)
		}
	}
}

func TestRelayLine(t *testing.T) {
	tests := []struct {
		line, agency string
		ok           bool
	}{
		{"Source: Reuters", "Reuters", true},
		{"(With inputs from PTI)", "", true},
		{"(With input from Xinhua)", "", true},
		{"(FRANCE 24 with AFP and Reuters)", "", true},
		{"(The minister spoke to reporters)", "", false},
		{"ani/dpa/Reuters", "", true},
		{"and/or", "", false},
	}
	for _, tt := range tests {
		if agency, ok := relayLine(tt.line); agency != tt.agency || ok != tt.ok {
			t.Errorf("relayLine(%q) = %q, %v; want %q, %v", tt.line, agency, ok, tt.agency, tt.ok)
		}
	}
}

// stateOf returns a parse state whose body is one one-line block per text.
func stateOf(texts ...string) *state {
	var blocks []block
	for _, b := range texts {
		blocks = append(blocks, block{text: b, lines: []line{{text: b}}})
	}
	return newState(&document{blocks: blocks}, Options{})
}
