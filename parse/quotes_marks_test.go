package parse

import (
	"strings"
	"testing"
	"unsafe"
)

func TestScanUnits(t *testing.T) {
	tests := []struct {
		name  string
		body  []string
		want  []string // quoted texts, in order
		units int
	}{
		{"curly and straight", []string{`He said “yes” and "no" and «oui».`}, []string{"yes", "no", "oui"}, 1},
		{"nested double marks", []string{`He tweeted: “People wearing “Settle For Hillary” shirts.”`}, []string{`People wearing “Settle For Hillary” shirts.`}, 1},
		{"NYT doubled apostrophes with a nested quote", []string{`''They say, 'Go back,''' said Mr. Regalado.`}, []string{`They say, 'Go back,'`}, 1},
		{"single marks need a closing mark before a letterless end", []string{`It was ‘fine’ and the voters’ choice.`}, []string{"fine"}, 1},
		{"apostrophes are not quotes", []string{`Trump's and O’Malley’s rally, the ’90s.`}, nil, 1},
		{"unbalanced opening mark is ignored", []string{`He called it “a plan and then left. Then “it ended” there.`}, []string{"it ended"}, 1},
		{"runs on into the next paragraph", []string{`Smith said: "First.`, `"Second."`, `After.`}, []string{"First. Second."}, 2},
		{"run-on paragraph closed by its end", []string{`"First part`, `Narrative.`}, []string{"First part"}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			units := scanUnits(tt.body)
			var got []string
			for _, u := range units {
				for _, s := range u.spans {
					got = append(got, u.spanText(s))
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(units) != tt.units {
				t.Errorf("got %q in %d units, want %q in %d", got, len(units), tt.want, tt.units)
			}
		})
	}
}

func TestSentences(t *testing.T) {
	u := unit{text: `Mr. Smith met Sen. Roe in the U.S. on Jan. 3. "Why?" he asked. "We won." Then they left.`}
	u.spans = scanUnit([]string{u.text}, 0).spans
	toks := tokenize(&u)
	var got []string
	for _, r := range sentences(toks) {
		got = append(got, u.text[toks[r[0]].start:toks[r[1]-1].end])
	}
	want := []string{`Mr. Smith met Sen. Roe in the U.S. on Jan. 3.`, `"Why?" he asked.`, `"We won."`, `Then they left.`}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestQuoteTextsShareBody checks that a quote, cue or speaker taken from
// one paragraph shares that paragraph's memory, even in a unit joined from
// several paragraphs by a quotation that runs on, so that a long text's
// quotes cost no copies of it.
func TestQuoteTextsShareBody(t *testing.T) {
	body := []string{
		`Roe said: "The first part runs on`,
		`"and ends here." Later, Jane Roe said the talks had failed. "We will not," she said.`,
	}
	quotes, _ := englishQuotes(body)
	if len(quotes) < 3 {
		t.Fatalf("got %d quotes, want 3: %v", len(quotes), showQuotes(quotes))
	}
	within := func(s, p string) bool {
		lo := uintptr(unsafe.Pointer(unsafe.StringData(p)))
		at := uintptr(unsafe.Pointer(unsafe.StringData(s)))
		return at >= lo && at+uintptr(len(s)) <= lo+uintptr(len(p))
	}
	for _, q := range quotes[1:] {
		if !within(q.Text, body[1]) || !within(q.Cue, body[1]) {
			t.Errorf("quote %q (cue %q) is a copy, not part of paragraph 2", q.Text, q.Cue)
		}
	}
	if got := quotes[0].Text; got != "The first part runs on and ends here." {
		t.Errorf("run-on quote = %q", got)
	}
}
