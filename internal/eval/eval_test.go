package eval

import (
	"math"
	"strings"
	"testing"
	"time"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  NATO   and\tthe\nUS ", "nato and the us"}, // whitespace, case
		{"He said “no” today", `he said "no" today`},  // curly → straight
		{"‘Single’ and it’s", "single' and it's"},     // curly; leading quote trimmed
		{"...Headline!", "headline"},                  // surrounding punctuation
		{"« Titre »", "titre"},                        // guillemets are punctuation
		{"ＮＡＴＯ　ｓａｙｓ", "nato says"},                    // NFKC: fullwidth letters, ideographic space
		{"Straße", "strasse"},                         // full case folding
		{"ﬁnance", "finance"},                         // NFKC ligature
		{"", ""},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if !TextMatch("BAHIA COCOA REVIEW", "Bahia cocoa review.") {
		t.Error("TextMatch: case and trailing punctuation should not matter")
	}
	if TextMatch("Bahia cocoa", "Bahia cocoa review") {
		t.Error("TextMatch: different words matched")
	}
}

func TestPlaceMatch(t *testing.T) {
	tests := []struct {
		pred, truth string
		want        bool
	}{
		{"Portland", "PORTLAND, Ore.", true},
		{"Portland, Ore.", "PORTLAND, Ore.", true},
		{"Portland, Maine", "PORTLAND, Ore.", true}, // only the part before the comma counts
		{"NEW YORK", "New York", true},
		{"York", "NEW YORK", false},
		{"", "SALVADOR", false},
	}
	for _, tt := range tests {
		if got := PlaceMatch(tt.pred, tt.truth); got != tt.want {
			t.Errorf("PlaceMatch(%q, %q) = %v, want %v", tt.pred, tt.truth, got, tt.want)
		}
	}
}

func TestAgencyMatch(t *testing.T) {
	if !AgencyMatch("REUTERS", "Reuters") || !AgencyMatch("dpa", "DPA") {
		t.Error("agency names should compare case-insensitively")
	}
	if AgencyMatch("AP", "AFP") || AgencyMatch("PA", "PA Sport") {
		t.Error("different agencies matched")
	}
}

func TestDatelineDateMatch(t *testing.T) {
	tests := []struct {
		pred, truth string
		want        bool
	}{
		{"--02-26", "--02-26", true},
		{"1987-02-26", "--02-26", true}, // year from the reference date
		{"1987-02-25", "--02-26", false},
		{"2014-08-29", "2014-08-29", true},
		{"--08-29", "2014-08-29", false}, // truth knows the year
		{"2013-08-29", "2014-08-29", false},
		{"", "--02-26", false},
		{"Feb 26", "--02-26", false},
		{"--02-29", "--02-29", true},
	}
	for _, tt := range tests {
		if got := DatelineDateMatch(tt.pred, tt.truth); got != tt.want {
			t.Errorf("DatelineDateMatch(%q, %q) = %v, want %v", tt.pred, tt.truth, got, tt.want)
		}
	}
}

func TestPublishedMatch(t *testing.T) {
	tests := []struct {
		pred, truth string
		want        bool
	}{
		{"2019-10-19T08:00:00+02:00", "2019-10-19", true},
		{"2018-04-05T06:00:00Z", "2018-04-05T06:00", true},
		{"2017-11-03T03:01:00Z", "2017-11-03 03:01:00.000000", true},
		{"2021-11-01T10:52:50+01:00", "2021-11-01T10:52:50+0100", true},
		{"2019-10-20T01:00:00+02:00", "2019-10-19", false}, // date part as written
		{"", "2019-10-19", false},
	}
	for _, tt := range tests {
		if got := PublishedMatch(tt.pred, tt.truth); got != tt.want {
			t.Errorf("PublishedMatch(%q, %q) = %v, want %v", tt.pred, tt.truth, got, tt.want)
		}
	}
}

func TestNameMatch(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Ren Ke", "REN KE", true},
		{"Ren Ke.", "ren ke", true},
		{"J. Smith", "John Smith", true},   // same word count, last word occurs
		{"Smith John", "John Smith", true}, // last word of one occurs in the other
		{"Smith", "John Smith", false},     // word counts differ
		{"John Smith", "John Smithson", false},
		{"Jane Doe", "John Smith", false},
		{"孔德明", "孔德明", true},
		{"", "", false},
	}
	for _, tt := range tests {
		if got := NameMatch(tt.a, tt.b); got != tt.want {
			t.Errorf("NameMatch(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestMatchNamesOneToOne(t *testing.T) {
	// Both predictions could take "John Smith"; only one may.
	m := MatchNames([]string{"J. Smith", "John Smith"}, []string{"John Smith"})
	if n := countMatched(m); n != 1 {
		t.Fatalf("matched %d, want 1 (one-to-one): %v", n, m)
	}
	// Maximal: "A. Smith" can only take "Anne Smith"'s slot if "Anne Smith"
	// goes elsewhere; the search must find two pairs.
	m = MatchNames([]string{"Smith Anne", "Bob Smith"}, []string{"Bob Smith", "Anne Smith"})
	if n := countMatched(m); n != 2 {
		t.Fatalf("matched %d, want 2: %v", n, m)
	}
}

func countMatched(m []int) int {
	n := 0
	for _, j := range m {
		if j >= 0 {
			n++
		}
	}
	return n
}

func TestNamesPooledMicro(t *testing.T) {
	rep := NewReport("s")
	t1 := &Truth{Names: map[string][]string{"reporters": {"Ren Ke"}}}
	t2 := &Truth{Names: map[string][]string{"reporters": {}}}
	t3 := &Truth{Names: map[string][]string{"reporters": {"A B", "C D", "E F"}}}
	rep.Add(ScoreCase("1", t1, &Prediction{Reporters: []string{"Ren Ke"}}))
	rep.Add(ScoreCase("2", t2, &Prediction{Reporters: []string{"Site Name"}}))
	rep.Add(ScoreCase("3", t3, &Prediction{Reporters: []string{"A B"}}))
	rep.Add(ScoreCase("4", &Truth{}, &Prediction{Reporters: []string{"X Y"}})) // no key: not scored
	m := rep.Metrics[FieldReporters]
	// pred 3 (2 right), truth 4 (2 found).
	if m.N != 3 || m.PredHit != 2 || m.Pred != 3 || m.TruthHit != 2 || m.Truth != 4 {
		t.Fatalf("counts = %+v", *m)
	}
	wantF1 := 2 * (2.0 / 3) * 0.5 / (2.0/3 + 0.5)
	if math.Abs(m.F1()-wantF1) > 1e-9 {
		t.Errorf("F1 = %v, want %v", m.F1(), wantF1)
	}
	if fails := rep.FailsOf(FieldReporters); len(fails) != 2 {
		t.Errorf("fails = %v, want cases 2 and 3", fails)
	}
}

func TestScalarScoring(t *testing.T) {
	str := func(s string) *string { return &s }
	truth := &Truth{Scalars: map[string]*string{
		FieldHeadline: str("BAHIA COCOA REVIEW"),
		FieldAgency:   nil, // null: the text names no agency
	}}
	r := ScoreCase("c", truth, &Prediction{Headline: "Bahia Cocoa Review"})
	if r.Metrics[FieldHeadline].Correct != 1 || r.Metrics[FieldAgency].Correct != 1 {
		t.Errorf("right headline and null agency should both score: %+v", r.Metrics)
	}
	if _, ok := r.Metrics[FieldDatelinePlace]; ok {
		t.Error("a field the truth lacks must not be scored")
	}
	r = ScoreCase("c", truth, &Prediction{Agency: "Reuters"})
	if r.Metrics[FieldHeadline].Correct != 0 || r.Metrics[FieldAgency].Correct != 0 {
		t.Errorf("missing headline and agency for null truth should be wrong: %+v", r.Metrics)
	}
	if len(r.Fails) != 2 || !strings.Contains(r.Fails[0].String(), "want \"BAHIA COCOA REVIEW\"") {
		t.Errorf("fails = %v", r.Fails)
	}
	r = ScoreCase("c", truth, nil) // parser failed
	if r.Metrics[FieldHeadline].Total != 1 || r.Metrics[FieldHeadline].Correct != 0 {
		t.Errorf("failed parse must count as wrong: %+v", r.Metrics)
	}
}

func TestParseTruth(t *testing.T) {
	src := `{"headline": "H", "agency": null, "reporters": [], "editors": null,
		"quotes": [{"speaker": null, "text": "x", "cue": "said"}], "other": 1}`
	tr, err := ParseTruth([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if v, ok := tr.Scalars["agency"]; !ok || v != nil {
		t.Error("agency: want present and null")
	}
	if _, ok := tr.Scalars["published"]; ok {
		t.Error("published: want absent")
	}
	if _, ok := tr.Names["editors"]; !ok {
		t.Error("editors: null list should be present (empty)")
	}
	if !tr.HasQuotes || len(tr.Quotes) != 1 || tr.Quotes[0].Speaker != "" {
		t.Errorf("quotes = %+v", tr.Quotes)
	}
}

func TestParseManifest(t *testing.T) {
	src := "case\torigin\textra\n" +
		"case-00001\tx:reut2-000.sgm\t\"{\"\"reference_date\"\": \"\"1987-02-26\"\", \"\"newid\"\": 1}\"\n" +
		"case-00002\ty\t\n"
	m, err := ParseManifest(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	want := time.Date(1987, 2, 26, 0, 0, 0, 0, time.UTC)
	if e := m["case-00001"]; !e.ReferenceDate.Equal(want) || e.Origin != "x:reut2-000.sgm" {
		t.Errorf("entry 1 = %+v", e)
	}
	if e, ok := m["case-00002"]; !ok || !e.ReferenceDate.IsZero() {
		t.Errorf("entry 2 = %+v", e)
	}
}

func TestIsSpeechCue(t *testing.T) {
	speech := []string{"said", "says", "say", "saying", "has said", "Asked", "told",
		"telling", "added", "adding", "according to", "According to", "said in a statement",
		"said:", "wrote", "tweeted", "noting", "emphasised", "emphasized", "testified",
		"continued", "conceded", "vowed", "pledged", "quoted", "replied", "countered",
		"stated", "explains", "insisting", "warned", "declared", "acknowledged", "admitted",
		"confirmed", "suggested", "urged", "stressed", "reiterated", "recalled",
		"complained", "predicted", "remarked", "promised", "announced", "responded",
		"argued", "claimed", "tell", "ask"}
	for _, c := range speech {
		if !IsSpeechCue(c) {
			t.Errorf("IsSpeechCue(%q) = false, want true", c)
		}
	}
	other := []string{":", "called", "reported", "think", "believe", "show",
		"don’t like", "accorded", "in", ""}
	for _, c := range other {
		if IsSpeechCue(c) {
			t.Errorf("IsSpeechCue(%q) = true, want false", c)
		}
	}
	for _, forms := range speechVerbs {
		for _, f := range forms {
			if !IsSpeechCue(f) {
				t.Errorf("table form %q not recognised", f)
			}
		}
	}
}

func TestSpeakerMatch(t *testing.T) {
	tests := []struct {
		pred, truth string
		want        bool
	}{
		{"Haley Morris", "Spokeswoman Haley Morris", true}, // README example
		{"Clinton", "the Clinton campaign", false},         // README example
		{"Trump", "Mr. Trump", true},                       // last words agree
		{"Trump", "Trump’s", true},                         // possessive stripped
		{"Trump", "Donald Trump's", true},
		{"Donald Trump", "Trump", true},
		{"Donald Trump", "Eric Trump", true}, // last words agree (rule as written)
		{"Clinton campaign", "the Clinton campaign", true},
		{"Hillary Clinton", "Clinton, the former secretary of state", false},
		{"Sanders", "Clinton", false},
		{"", "Clinton", false},
		{"斯托尔滕贝格", "北约秘书长斯托尔滕贝格", true}, // Chinese: one contains the other
		{"普京", "斯托尔滕贝格", false},
	}
	for _, tt := range tests {
		if got := SpeakerMatch(tt.pred, tt.truth); got != tt.want {
			t.Errorf("SpeakerMatch(%q, %q) = %v, want %v", tt.pred, tt.truth, got, tt.want)
		}
	}
}

func TestIsPronoun(t *testing.T) {
	for _, s := range []string{"he", "He", "she", "they", "I", "who", "his", "it", "we", "", "some"} {
		if !IsPronoun(s) {
			t.Errorf("IsPronoun(%q) = false", s)
		}
	}
	for _, s := range []string{"Trump", "the campaign", "officials", "CNN"} {
		if IsPronoun(s) {
			t.Errorf("IsPronoun(%q) = true", s)
		}
	}
}

func TestTokenF1(t *testing.T) {
	a := Tokens("We have no plans, or intention.")
	if len(a) != 6 || a[0] != "we" || a[5] != "intention" {
		t.Fatalf("Tokens = %q", a)
	}
	if f := TokenF1(a, a); f != 1 {
		t.Errorf("F1 self = %v", f)
	}
	b := Tokens("we have no plans")
	if f := TokenF1(a, b); math.Abs(f-0.8) > 1e-9 { // P 4/6, R 4/4
		t.Errorf("F1 = %v, want 0.8", f)
	}
	if f := TokenF1(nil, b); f != 0 {
		t.Errorf("F1 empty = %v", f)
	}
	if got := Tokens("北约表示"); len(got) != 4 {
		t.Errorf("Han tokens = %q, want one per ideograph", got)
	}
}

func TestMatchQuotesBestPairsFirst(t *testing.T) {
	truth := []TruthQuote{
		{Text: "we have no plans to send troops"},
		{Text: "we have no plans to send troops to Ukraine at all"},
	}
	pred := []PredQuote{
		{Text: "we have no plans to send troops to Ukraine"}, // nearer to truth[1]
		{Text: "we have no plans to send troops"},            // exact truth[0]
	}
	m := MatchQuotes(pred, truth)
	if m[0] != 1 || m[1] != 0 {
		t.Errorf("match = %v, want [1 0]", m)
	}
	// A duplicate prediction is a false positive; below 0.5 nothing pairs.
	m = MatchQuotes([]PredQuote{{Text: "a b c d"}, {Text: "a b c d"}, {Text: "x y z w"}},
		[]TruthQuote{{Text: "a b c d"}, {Text: "x"}})
	if m[0] != 0 || m[1] != -1 || m[2] != -1 {
		t.Errorf("match = %v, want [0 -1 -1]", m)
	}
}

// quoteCase is a small annotated case: speech and non-speech attributions
// of each kind.
func quoteCase() *Truth {
	return &Truth{HasQuotes: true, Quotes: []TruthQuote{
		{Speaker: "Spokeswoman Haley Morris", Text: "we will win this state", Cue: "said", Kind: "direct"},
		{Speaker: "he", Text: "the plan would fail badly", Cue: "told reporters", Kind: "direct"},
		{Speaker: "Mrs. Clinton", Text: "the economy is recovering slowly", Cue: "argued", Kind: "indirect"},
		{Speaker: "Sanders", Text: "the system is rigged against workers", Cue: "believes", Kind: "indirect"},
		{Speaker: "Trump", Text: "the polls are wrong and he is winning", Cue: "according to"},
	}}
}

func TestQuoteScoring(t *testing.T) {
	pred := []PredQuote{
		{Speaker: "Haley Morris", Text: "We will win this state.", Kind: "direct"},     // right
		{Speaker: "Stoltenberg", Text: "the plan would fail badly", Kind: "direct"},    // pronoun truth: no speaker score
		{Speaker: "Clinton", Text: "the economy is recovering slowly", Kind: "direct"}, // indirect truth
		{Speaker: "Sanders", Text: "the system is rigged against workers", Kind: "indirect"},
		{Speaker: "Sanders", Text: "the system is rigged against workers", Kind: "indirect"}, // duplicate
		{Speaker: "Cruz", Text: "something nobody annotated", Kind: "direct"},
	}
	r := ScoreCase("c", quoteCase(), &Prediction{Quotes: pred})
	q := r.Metrics[FieldQuotes]
	// 4 of 6 predictions matched (duplicate and unannotated are false);
	// speech attributions: 0, 1, 2, 4 (not "believes"); found 0, 1, 2.
	if q.PredHit != 4 || q.Pred != 6 || q.TruthHit != 3 || q.Truth != 4 {
		t.Errorf("quotes = %+v", q)
	}
	d := r.Metrics[FieldDirect]
	// predicted direct: 0 (right), 1 (right), 2 (matched indirect: wrong),
	// 5 (unmatched). Speech direct attributions: 0 and 1, both found.
	if d.PredHit != 2 || d.Pred != 4 || d.TruthHit != 2 || d.Truth != 2 {
		t.Errorf("direct = %+v", d)
	}
	s := r.Metrics[FieldSpeaker]
	// matched speech with non-pronoun speakers: 0 (Haley Morris ✓), 2 (Clinton ✓).
	if s.Correct != 2 || s.Total != 2 {
		t.Errorf("speaker = %+v", s)
	}
}

func TestDirectRecallNeedsDirectPrediction(t *testing.T) {
	pred := []PredQuote{{Speaker: "Morris", Text: "we will win this state", Kind: "indirect"}}
	r := ScoreCase("c", quoteCase(), &Prediction{Quotes: pred})
	d := r.Metrics[FieldDirect]
	if d.TruthHit != 0 || d.Truth != 2 || d.Pred != 0 {
		t.Errorf("direct = %+v", d)
	}
	if s := r.Metrics[FieldSpeaker]; s.Correct != 1 || s.Total != 1 {
		t.Errorf("speaker = %+v (Morris ~ Spokeswoman Haley Morris)", s)
	}
	fails := 0
	for _, f := range r.Fails {
		if f.Field == FieldDirect {
			fails++
			if strings.Contains(f.String(), "\n") {
				t.Error("a failure must be one line")
			}
		}
	}
	if fails != 2 {
		t.Errorf("direct fails = %d, want 2 (one not-direct, one missed)", fails)
	}
}

func TestMetricValues(t *testing.T) {
	m := Metric{Field: FieldReporters, PredHit: 3, Pred: 4, TruthHit: 3, Truth: 6}
	for metric, want := range map[string]float64{"p": 0.75, "R": 0.5, "f1": 0.6} {
		if v, err := m.Value(metric); err != nil || math.Abs(v-want) > 1e-9 {
			t.Errorf("%s = %v, %v; want %v", metric, v, err, want)
		}
	}
	if _, err := m.Value("auc"); err == nil {
		t.Error("unknown metric accepted")
	}
	if (Metric{}).P() != 1 {
		t.Error("precision with no predictions should be 1 (nothing wrong)")
	}
}

func TestFloors(t *testing.T) {
	src := "# #2 core\nreuters21578 headline acc 0.99\n\npolnear quotes F1 0.88\n"
	fl, err := ParseFloors(strings.NewReader(src))
	if err != nil || len(fl) != 2 || fl[1].Metric != "f1" || fl[0].Min != 0.99 {
		t.Fatalf("ParseFloors = %v, %v", fl, err)
	}
	rep := NewReport("reuters21578")
	rep.Metrics[FieldHeadline] = &Metric{Field: FieldHeadline, N: 100, Correct: 98, Total: 100}
	if v, why := fl[0].Check(rep); why == "" || v != 0.98 {
		t.Errorf("Check = %v %q, want unmet at 0.98", v, why)
	}
	rep.Metrics[FieldHeadline].Correct = 99
	if _, why := fl[0].Check(rep); why != "" {
		t.Errorf("0.99 should meet floor 0.99: %q", why)
	}
	if _, why := fl[1].Check(NewReport("polnear")); why == "" {
		t.Error("a field with no cases must not meet its floor")
	}
	sp := Floor{Source: "polnear", Field: FieldSpeaker, Metric: "acc", Min: 0.9}
	rep = NewReport("polnear")
	rep.Metrics[FieldSpeaker] = &Metric{Field: FieldSpeaker, N: 840} // no quote matched
	if _, why := sp.Check(rep); why == "" {
		t.Error("speaker accuracy over 0 items must not meet its floor")
	}
	if _, err := ParseFloors(strings.NewReader("a b c\n")); err == nil {
		t.Error("short line accepted")
	}
}
