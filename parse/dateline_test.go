package parse

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestDatelineRuleExamples checks that every example written beside a
// rule is matched by that very rule.
func TestDatelineRuleExamples(t *testing.T) {
	for _, r := range datelineRules {
		for _, ex := range strings.Split(r.example, " ; ") {
			in := strings.TrimSpace(ex) + " The story goes on here."
			if r.parts[len(r.parts)-1] == pAlone {
				in = strings.TrimSpace(ex) // the dateline stands alone on its line
			}
			m, ok := matchDateline(in)
			if !ok || m.rule != r.name {
				t.Errorf("rule %s: example %q matched %q (ok=%v)", r.name, ex, m.rule, ok)
			}
		}
	}
}

func TestDateline(t *testing.T) {
	tests := []struct {
		in                        string
		text, place, date, agency string
		rest                      string
	}{
		{"BEIJING, Feb. 24 (Xinhua) -- China said", "BEIJING, Feb. 24 (Xinhua)", "Beijing", "--02-24", "Xinhua", "China said"},
		{"LONDON, Feb 24 (Reuters) - Shares fell", "LONDON, Feb 24 (Reuters)", "London", "--02-24", "Reuters", "Shares fell"},
		{"PORTLAND, Ore., Feb 26 - Mills said", "PORTLAND, Ore., Feb 26", "Portland, Ore.", "--02-26", "", "Mills said"},
		{"WASHINGTON (AP) — The Senate", "WASHINGTON (AP)", "Washington", "", "AP", "The Senate"},
		{"PARIS (AFP) - Farmers", "PARIS (AFP)", "Paris", "", "AFP", "Farmers"},
		{"Feb. 24 (UPI) -- Police", "Feb. 24 (UPI)", "", "--02-24", "UPI", "Police"},
		{"MOSCOW, February 24. /TASS/. Russia", "MOSCOW, February 24. /TASS/", "Moscow", "--02-24", "TASS", "Russia"},
		{"SEOUL, Feb. 24 (Yonhap) -- Exports", "SEOUL, Feb. 24 (Yonhap)", "Seoul", "--02-24", "Yonhap", "Exports"},
		{"New Delhi, Feb 24 (PTI) The government", "New Delhi, Feb 24 (PTI)", "New Delhi", "--02-24", "PTI", "The government"},
		{"Berlin (dpa) - Germany", "Berlin (dpa)", "Berlin", "", "dpa", "Germany"},
		{"(CNN) — Snow", "(CNN)", "", "", "CNN", "Snow"},
		{"ANKARA (AA) - Turkey", "ANKARA (AA)", "Ankara", "", "Anadolu", "Turkey"},
		{"MOSCOW. Feb 24 (Interfax) - Aeroflot", "MOSCOW. Feb 24 (Interfax)", "Moscow", "--02-24", "Interfax", "Aeroflot"},
		{"SEOUL, Nov 26 AFP - Samsung", "SEOUL, Nov 26 AFP", "Seoul", "--11-26", "AFP", "Samsung"},
		{"STOCKHOLM, Aug 29, 2014 (AFP) - A company", "STOCKHOLM, Aug 29, 2014 (AFP)", "Stockholm", "2014-08-29", "AFP", "A company"},
		{"Xinhua News Agency, Brussels, February 24th (Reporter Ren Ke) NATO", "Xinhua News Agency, Brussels, February 24th", "Brussels", "--02-24", "Xinhua", "(Reporter Ren Ke) NATO"},
		{"CHICAGO, Feb 26 -", "CHICAGO, Feb 26", "Chicago", "--02-26", "", ""},
		{"MONTREAL, Feb 26- Shr 1.11", "MONTREAL, Feb 26", "Montreal", "--02-26", "", "Shr 1.11"},
		{"ATLANTA , March 3 - National", "ATLANTA , March 3", "Atlanta", "--03-03", "", "National"},
		{"RICHMOND, Va. Feb 26 - Qtly", "RICHMOND, Va. Feb 26", "Richmond, Va.", "--02-26", "", "Qtly"},
		{"FORT WASHINGTON, Pa. (AP) _ Nutrisystem", "FORT WASHINGTON, Pa. (AP)", "Fort Washington, Pa.", "", "AP", "Nutrisystem"},
		{"RIO DE JANEIRO, March 5 - Brazil", "RIO DE JANEIRO, March 5", "Rio de Janeiro", "--03-05", "", "Brazil"},
		{"Kathmandu [Nepal], February 24 (ANI): Nepal", "Kathmandu [Nepal], February 24 (ANI)", "Kathmandu [Nepal]", "--02-24", "ANI", "Nepal"},
		{"DAMASCUS, (SANA) - The", "DAMASCUS, (SANA)", "Damascus", "", "SANA", "The"},
		{"Madrid, 24 feb 2022 (EFE).- El", "Madrid, 24 feb 2022 (EFE)", "Madrid", "2022-02-24", "EFE", "El"},
		{"Tehran, IRNA -- Iran", "Tehran, IRNA", "Tehran", "", "IRNA", "Iran"},
		{"Tokyo, Feb. 24 (Jiji Press)--Japan", "Tokyo, Feb. 24 (Jiji Press)", "Tokyo", "--02-24", "Jiji", "Japan"},
		{"DUBAI, 24th February, 2022 (WAM) -- The", "DUBAI, 24th February, 2022 (WAM)", "Dubai", "2022-02-24", "WAM", "The"},
		{"DALLAS/FORT WORTH, Texas, March 3 - The", "DALLAS/FORT WORTH, Texas, March 3", "Dallas/Fort Worth, Texas", "--03-03", "", "The"},
		{"Riyadh, February 14, 2024, SPA -- Saudi", "Riyadh, February 14, 2024, SPA", "Riyadh", "2024-02-14", "SPA", "Saudi"},
		{"Accra, Feb. 7, GNA - Ghana's", "Accra, Feb. 7, GNA", "Accra", "--02-07", "GNA", "Ghana's"},
		{"BAKU, Azerbaijan, February 5. Azerbaijan and", "BAKU, Azerbaijan, February 5", "Baku, Azerbaijan", "--02-05", "", "Azerbaijan and"},
		{"Kathmandu, Feb 5: The government", "Kathmandu, Feb 5", "Kathmandu", "--02-05", "", "The government"},
		{"ISLAMABAD, Feb 5 (APP):Prime Minister", "ISLAMABAD, Feb 5 (APP)", "Islamabad", "--02-05", "APP", "Prime Minister"},
		{"Zürich (awp/sda) - Die", "Zürich (awp/sda)", "Zürich", "", "Keystone-SDA", "Die"},
		{"MINSK, 5 February (BelTA) - Belarus", "MINSK, 5 February (BelTA)", "Minsk", "--02-05", "BelTA", "Belarus"},
		{"Lisboa, 05 fev 2024 (Lusa) - Portugal", "Lisboa, 05 fev 2024 (Lusa)", "Lisboa", "2024-02-05", "Lusa", "Portugal"},
		{"ZAGREB, Feb 5 (Hina) - Croatia's", "ZAGREB, Feb 5 (Hina)", "Zagreb", "--02-05", "HINA", "Croatia's"},
		{"Taipei, Jan. 9 (CNA) Taiwan's", "Taipei, Jan. 9 (CNA)", "Taipei", "--01-09", "CNA", "Taiwan's"},
		{"New Delhi: The government on Monday said it would act.", "New Delhi", "New Delhi", "", "", "The government on Monday said it would act."},
		{"Rabat - The Moroccan government adopted a draft law on Thursday.", "Rabat", "Rabat", "", "", "The Moroccan government adopted a draft law on Thursday."},
		{"KATHMANDU: Nepal's parliament met on Sunday for the first time.", "KATHMANDU", "Kathmandu", "", "", "Nepal's parliament met on Sunday for the first time."},
		{"Lahore, Pakistan: Police arrested three men on Friday.", "Lahore, Pakistan", "Lahore, Pakistan", "", "", "Police arrested three men on Friday."},
		{"São Paulo – Brazil's central bank held rates on Wednesday.", "São Paulo", "São Paulo", "", "", "Brazil's central bank held rates on Wednesday."},
		{"Kyiv: Ukraine said on Tuesday that it had restored power.", "Kyiv", "Kyiv", "", "", "Ukraine said on Tuesday that it had restored power."},
		{"BRUSSELS 05/02 (BELGA) = The federal government agreed", "BRUSSELS 05/02 (BELGA)", "Brussels", "--02-05", "Belga", "The federal government agreed"},
		{"AMSTERDAM 5/2/2024 (ANP) = Het kabinet", "AMSTERDAM 5/2/2024 (ANP)", "Amsterdam", "2024-02-05", "ANP", "Het kabinet"},
	}
	for _, tt := range tests {
		st := newState(&document{blocks: []block{{text: tt.in}}}, Options{})
		recognizeDateline(st)
		resolveDateYear(st)
		d := st.art.Dateline
		if d == nil {
			t.Errorf("%q: no dateline", tt.in)
			continue
		}
		got := [...]string{d.Text, d.Place, d.Date, d.Agency, st.body[0].text}
		want := [...]string{tt.text, tt.place, tt.date, tt.agency, tt.rest}
		if got != want {
			t.Errorf("%q:\n got %q\nwant %q", tt.in, got, want)
		}
	}
}

// TestNotDateline lists openings that must not be taken for a dateline.
func TestNotDateline(t *testing.T) {
	for _, in := range []string{
		"WASHINGTON is a city of monuments and marble.",
		"In PARIS, the booksellers of the Seine open at dawn.",
		"The company said (Reuters) had reported the figures first.",
		"ANTI-INFLATION plan limps to anniversary",
		"CORRECTED-S. Illinois battles flooding as Mississippi River builds downstream",
		"Stoltenberg said on the 24th that NATO did not intend to send troops.",
		"Monday's vote - the first since 2019 - was close.",
		"It takes 2,383 delegates to win the Democratic nomination.",
		"ANALYSIS",                // a kicker alone, not a place alone
		"EUROPE",                  // a section's region, not a story's place
		"BUSINESS NEWS",           // a desk
		"TT",                      // an agency's sign-off, not a place
		"Paris, February 5. We",   // a place-date-dot dateline is in capitals
		"Sunday, Feb. 5 was cold", // no dash, no colon, no agency
		// a title-case word and a colon: only a city in the gazetteer opens a dateline
		"Brexit: Britain leaves the European Union. The vote was close.",
		"Update: The meeting has been moved to Friday. Officials said so.",
		"Note: The figures are provisional and may change later.",
		"Ukraine: Russia says it will keep up its offensive. Kyiv denies it.", // a country is no dateline
		"Jackson: I will not resign from the board. The vote is on Monday.",   // a name, left out of the list
		"Washington: a city divided by its politics and its traffic.",         // no sentence follows
		"Paris: Live updates", // a kicker, no story
		"Moscow, Beijing: Partners in a new order. An analysis.",          // the region is no region
		"London - based firms said on Monday they would hire more staff.", // lower case after the dash
		"BRUSSELS 31/02 (BELGA) = No such day",
		"BRUSSELS 05/13 (BELGA) = No such month",
	} {
		if m, ok := matchDateline(in); ok {
			t.Errorf("%q: took %q for a dateline (rule %s)", in, in[:m.textEnd], m.rule)
		}
	}
}

func TestDateYear(t *testing.T) {
	ref := time.Date(2022, 2, 25, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		d    monthDay
		ref  time.Time
		want string
	}{
		{monthDay{0, 2, 24}, ref, "2022-02-24"},
		{monthDay{0, 2, 24}, time.Time{}, "--02-24"},
		{monthDay{0, 12, 31}, time.Date(2023, 1, 2, 0, 0, 0, 0, time.UTC), "2022-12-31"},
		{monthDay{0, 3, 1}, ref, "2022-03-01"},
		{monthDay{2014, 8, 29}, ref, "2014-08-29"},
	}
	for _, tt := range tests {
		if got, _ := tt.d.iso(tt.ref); got != tt.want {
			t.Errorf("%v with ref %v = %s, want %s", tt.d, tt.ref, got, tt.want)
		}
	}
}

func TestScanDate(t *testing.T) {
	tests := []struct {
		in   string
		want monthDay
		n    int
	}{
		{"Feb 26 -", monthDay{0, 2, 26}, 6},
		{"Feb. 24, 2022 (AP)", monthDay{2022, 2, 24}, 13},
		{"February 24th (Reporter", monthDay{0, 2, 24}, 13},
		{"24 February 2022", monthDay{2022, 2, 24}, 16},
		{"10 juil 2024 (AFP)", monthDay{2024, 7, 10}, 12},
		{"March 3rd", monthDay{0, 3, 3}, 9},
		{"May be", monthDay{}, 0},
		{"Feb 30", monthDay{}, 0},
		{"Mar 123", monthDay{}, 0},
		{"05 fev 2024 (Lusa)", monthDay{2024, 2, 5}, 11},
		{"12 out 2023", monthDay{2023, 10, 12}, 11},
	}
	for _, tt := range tests {
		d, n := scanDate(tt.in)
		if d != tt.want || n != tt.n {
			t.Errorf("scanDate(%q) = %v, %d; want %v, %d", tt.in, d, n, tt.want, tt.n)
		}
	}
}

func TestRecasePlace(t *testing.T) {
	for in, want := range map[string]string{
		"PORTLAND, Ore.": "Portland, Ore.",
		"RIO DE JANEIRO": "Rio de Janeiro",
		"WINSTON-SALEM":  "Winston-Salem",
		"ST. LOUIS":      "St. Louis",
		"ALBANY, N.Y.":   "Albany, N.Y.",
		"New Delhi":      "New Delhi",
		"THE HAGUE":      "The Hague",
		"布鲁塞尔":           "布鲁塞尔",
	} {
		if got := recasePlace(in); got != want {
			t.Errorf("recasePlace(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestDatelineAlone checks a dateline that stands alone on its line
// ("ANKARA" above Anadolu's story): it needs the story right under it.
func TestDatelineAlone(t *testing.T) {
	story := "Türkiye's annual inflation rose to 64.86% in January, the Turkish Statistical Institute said on Monday."
	tests := []struct {
		blocks []string
		place  string // "" for no dateline
	}{
		{[]string{"ANKARA", story}, "Ankara"},
		{[]string{"Baku, Azerbaijan, Feb. 5", story}, "Baku, Azerbaijan"}, // the byline under it is gone by now
		{[]string{"EUROPE", "Short headline copy", story}, ""},
		{[]string{story, "TT"}, ""},
	}
	for _, tt := range tests {
		st := stateOf(tt.blocks...)
		recognizeDateline(st)
		place := ""
		if st.art.Dateline != nil {
			place = st.art.Dateline.Place
		}
		if place != tt.place {
			t.Errorf("%q: place %q, want %q", tt.blocks, place, tt.place)
		}
	}
}

// TestDatelineAfterKickers: topic tags above the story do not count
// against the lead blocks a dateline may stand under.
func TestDatelineAfterKickers(t *testing.T) {
	var blocks []block
	for _, k := range []string{"Fußball", "Deutschland", "Hessen", "Champions League", "Frankfurt", "London", "Extra"} {
		blocks = append(blocks, block{text: k, lines: []line{{text: k}}})
	}
	lead := "London (dpa) - Für Eintracht Frankfurt ist London zu einem Standard-Reiseziel geworden."
	blocks = append(blocks, block{text: lead, lines: []line{{text: lead}}})
	st := newState(&document{blocks: blocks}, Options{})
	recognizeDateline(st)
	if d := st.art.Dateline; d == nil || d.Agency != "dpa" || d.Place != "London" {
		t.Errorf("dateline %+v, want London (dpa)", d)
	}
}

func TestReportsAgency(t *testing.T) {
	for in, want := range map[string]string{
		"Azerbaijani Foreign Minister met with OSCE Secretary General on February 5, APA reports.": "APA",
		"Ukraine received new equipment, an Ukrinform correspondent reports.":                      "Ukrinform",
		"Kazakhstan discussed the Middle Corridor, Trend reports.":                                 "Trend",
		"The company plans to cut 500 jobs, Reuters reported.":                                     "",
		"The mayor said the newspaper reports.":                                                    "",
	} {
		if got := reportsAgency(in); got != want {
			t.Errorf("reportsAgency(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestScanNumDate(t *testing.T) {
	tests := []struct {
		in   string
		want monthDay
		n    int
	}{
		{" 05/02 (BELGA)", monthDay{0, 2, 5}, 6},
		{" 5/2/2024 (ANP)", monthDay{2024, 2, 5}, 9},
		{" 29/02", monthDay{0, 2, 29}, 6},
		{" 30/02", monthDay{}, 0},
		{"05/02", monthDay{}, 0},      // a space must come first
		{" 05/02x", monthDay{}, 0},    // and a space or the end after
		{" 005/02", monthDay{}, 0},    // three digits are no day
		{" 05/02/24 ", monthDay{}, 0}, // a year has four digits
	}
	for _, tt := range tests {
		d, n := scanNumDate(tt.in)
		if d != tt.want || n != tt.n {
			t.Errorf("scanNumDate(%q) = %v, %d; want %v, %d", tt.in, d, n, tt.want, tt.n)
		}
	}
}

// TestFlatLead checks datelines inside a flattened lead paragraph: bullets
// and a byline run into the dateline and the story.
func TestFlatLead(t *testing.T) {
	story := "Copper rose on Wednesday as a weaker dollar made metals cheaper for buyers holding other currencies, while stocks in China slipped for a third day."
	tests := []struct {
		in                  string
		text, place, agency string
		reporters           []string
		body                []string // "" for no dateline at all
	}{
		{"(Adds analyst comment) * Copper up 0.8 pct * Zinc at two-week high By Tom Daly and Mai Nguyen March 4 (Reuters) - " + story,
			"March 4 (Reuters)", "", "Reuters", []string{"Tom Daly", "Mai Nguyen"},
			[]string{"(Adds analyst comment) * Copper up 0.8 pct * Zinc at two-week high", story}},
		{"* Copper up 0.8 pct * Dollar slips LONDON, March 4 (Reuters) - " + story,
			"LONDON, March 4 (Reuters)", "London", "Reuters", nil,
			[]string{"* Copper up 0.8 pct * Dollar slips", story}},
		{"By Jane Holt SYDNEY (AFP) - " + story,
			"SYDNEY (AFP)", "Sydney", "AFP", []string{"Jane Holt"}, []string{story}},
		{"* Markets calm By Ann Berg Singapore, March 4 (Reuters) - " + story,
			"Singapore, March 4 (Reuters)", "Singapore", "Reuters", []string{"Ann Berg"}, []string{"* Markets calm", story}},
		{"(Updates prices) By Reuters Staff Jan 30 (Reuters) - " + story,
			"Jan 30 (Reuters)", "", "Reuters", nil, []string{"(Updates prices)", story}},
		// prose: no bullets, no byline before the dateline-like phrase
		{"(Corrected) Traders said on March 4 (Reuters) - and others - that " + story, "", "", "", nil, nil},
		{"Analysts said on March 4 (Reuters) reported that " + story, "", "", "", nil, nil},
		// no dash after the agency
		{"* Copper up By Tom Daly March 4 (Reuters) " + story, "", "", "", nil, nil},
		// an unknown agency in brackets
		{"* Copper up By Tom Daly March 4 (Metal Daily) - " + story, "", "", "", nil, nil},
	}
	for _, tt := range tests {
		st := newState(&document{blocks: []block{{text: tt.in, lines: []line{{text: tt.in}}}}}, Options{})
		recognizeDateline(st)
		d := st.art.Dateline
		if tt.body == nil {
			if d != nil {
				t.Errorf("%.60q: took dateline %q", tt.in, d.Text)
			}
			continue
		}
		if d == nil {
			t.Errorf("%.60q: no dateline", tt.in)
			continue
		}
		var body []string
		for _, b := range st.body {
			body = append(body, b.text)
		}
		got := fmt.Sprint(d.Text, "|", d.Place, "|", d.Agency, "|", st.art.Reporters, "|", body)
		want := fmt.Sprint(tt.text, "|", tt.place, "|", tt.agency, "|", tt.reporters, "|", tt.body)
		if tt.reporters == nil {
			want = fmt.Sprint(tt.text, "|", tt.place, "|", tt.agency, "|", []string{}, "|", tt.body)
		}
		if got != want {
			t.Errorf("%.60q:\n got %s\nwant %s", tt.in, got, want)
		}
	}
}
