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
		{"no headline: a byline opens the story", "By Jane Doe\n\nWELLINGTON (AFP) - The law passed.", "", "By Jane Doe"},
		{"a headline starting with By", "By-election called in northern seat\n\nThe vote is in May.", "By-election called in northern seat", "The vote is in May."},
		{"copy with a site suffix: the bare copy wins", "Floods recede in river town | Daily Courier\n\nFloods recede in river town\n\nStory.", "Floods recede in river town", "Story."},
		{"agency suffix", "Floods recede in river town - Xinhua\n\nStory.", "Floods recede in river town", "Story."},
		{"attribution after a dash stays", "Quake strikes off Indonesia - USGS\n\nStory.", "Quake strikes off Indonesia - USGS", "Story."},
		{"copy at the bottom", "Ferry crossings cancelled\n\nStory.\n\nMore.\n\nFERRY CROSSINGS CANCELLED", "Ferry crossings cancelled", "Story."},
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

// TestDropTrailingCopy: only the last block, and never the only one.
func TestDropTrailingCopy(t *testing.T) {
	mk := func(texts ...string) []block {
		var bs []block
		for _, s := range texts {
			bs = append(bs, block{text: s})
		}
		return bs
	}
	if got := dropTrailingCopy(mk("Story.", "Ferry cancelled", "End."), "Ferry cancelled"); len(got) != 3 {
		t.Errorf("a copy before the last block was dropped: %d blocks", len(got))
	}
	if got := dropTrailingCopy(mk("Story.", "FERRY  CANCELLED."), "Ferry cancelled"); len(got) != 1 {
		t.Errorf("the closing copy stayed: %d blocks", len(got))
	}
	if got := dropTrailingCopy(mk("Ferry cancelled"), "Ferry cancelled"); len(got) != 1 {
		t.Errorf("the only block was dropped")
	}
}

func TestMayOpenDateline(t *testing.T) {
	for s, want := range map[string]bool{
		"WASHINGTON (AP) — The":       true,
		"SYDNEY – Shares rose":        true,
		"Kathmandu: The":              true,
		"Feb 5":                       true,
		"Shultz visit to Moscow seen": false,
		"北约秘书长说":                      false,
	} {
		if got := mayOpenDateline(s); got != want {
			t.Errorf("mayOpenDateline(%q) = %v, want %v", s, got, want)
		}
	}
}
