package parse

import "testing"

func TestHeadline(t *testing.T) {
	tests := []struct {
		name, in, want, firstBody string
	}{
		{"seed: doubled headline", "NATO said no troops\n\n\nNATO said no troops\n\nXinhua News Agency, Brussels, February 24th (Reporter Ren Ke) NATO met.", "NATO said no troops", "Xinhua News Agency, Brussels, February 24th (Reporter Ren Ke) NATO met."},
		{"two decks", "Jobs report gives Democrats a lift;\nSolid upturn could blunt Republican claims.\n\nA more tangible upswing could help.", "Jobs report gives Democrats a lift; Solid upturn could blunt Republican claims.", "A more tangible upswing could help."},
		{"headline with a dash is not a dateline", "ECONOMIC SPOTLIGHT - BANKAMERICA <BAC>\n    LOS ANGELES, Feb 26 - BankAmerica Corp is not under\npressure.", "ECONOMIC SPOTLIGHT - BANKAMERICA <BAC>", "LOS ANGELES, Feb 26 - BankAmerica Corp is not under pressure."},
		{"no headline: the story opens with its dateline", "WASHINGTON (AP) — The Senate voted on Tuesday to advance a bill that would speed permits.\n\nIt passed.", "", "WASHINGTON (AP) — The Senate voted on Tuesday to advance a bill that would speed permits."},
		{"no headline: wrapped prose", "the drought since early\njanuary improved prospects.", "", "the drought since early january improved prospects."},
	}
	for _, tt := range tests {
		doc := &document{text: tt.in}
		textBlocks(doc)
		st := newState(doc, Options{})
		recognizeHeadline(st)
		if st.art.Headline != tt.want || st.body[0].text != tt.firstBody {
			t.Errorf("%s: headline %q, first body %q; want %q, %q", tt.name, st.art.Headline, st.body[0].text, tt.want, tt.firstBody)
		}
	}
}
