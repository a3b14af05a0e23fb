package parse

import (
	"reflect"
	"testing"
)

func TestTextBlocks(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"blank lines", "Headline\n\nFirst para.\n\nSecond para.\n", []string{"Headline", "First para.", "Second para."}},
		{"1987 wire copy: indented first lines, hard-wrapped",
			"BAHIA COCOA REVIEW\n    SALVADOR, Feb 26 - Showers continued\nthroughout the week.\n    The dry period means\nthe temporao will be late.\n Reuter\n",
			[]string{"BAHIA COCOA REVIEW", "SALVADOR, Feb 26 - Showers continued throughout the week.", "The dry period means the temporao will be late.", "Reuter"}},
		{"CRLF and NBSP", "A\u00a0 b\r\n\r\nc", []string{"A b", "c"}},
		{"Han lines join without a space", "新华社北京2月24日电\n\n北约秘书长\n说", []string{"新华社北京2月24日电", "北约秘书长说"}},
		{"one paragraph per line when lines are longer than any wrap width",
			"What would Donald Trump sound like if he had elocution lessons, a comedian wondered on Thursday in a video?\nThe comedian dubbed himself over footage of the candidate talking about his rival on television.\nShort line.",
			[]string{"What would Donald Trump sound like if he had elocution lessons, a comedian wondered on Thursday in a video?", "The comedian dubbed himself over footage of the candidate talking about his rival on television.", "Short line."}},
		{"wrapped copy: a short line closing a sentence ends a paragraph",
			"The regional council met on Monday evening and agreed to\nextend the programme.\nMembers said the cost of the extension would be met from\nexisting budgets, officials said.",
			[]string{"The regional council met on Monday evening and agreed to extend the programme.", "Members said the cost of the extension would be met from existing budgets, officials said."}},
		{"forwarded mail: quote marks go, a lone > is a blank line",
			"> Port strike ends\n>\n> > ROTTERDAM (Reuters) - Dock workers\n> > returned to work.\n>\n>> The deal gives a rise.",
			[]string{"Port strike ends", "ROTTERDAM (Reuters) - Dock workers returned to work.", "The deal gives a rise."}},
		{"a > inside a line stays", "Profit rose > 5% in the quarter.", []string{"Profit rose > 5% in the quarter."}},
		{"mixed line endings", "Headline\r\n\r\nFirst.\r\rSecond.\n\nThird.\r\n", []string{"Headline", "First.", "Second.", "Third."}},
		{"tabs and NBSP inside and around lines", "\tPolicymakers  said\u00a0\u00a0it\tgrew.\n\n\u00a0\n\nEnd.", []string{"Policymakers said it grew.", "End."}},
		{"wrapped copy: a full line ending a sentence does not",
			"The council met on Monday and agreed to extend it.\nMembers said the cost would be met from existing.",
			[]string{"The council met on Monday and agreed to extend it. Members said the cost would be met from existing."}},
	}
	for _, tt := range tests {
		doc := &document{text: normalizeNewlines(tt.in)}
		textBlocks(doc)
		var got []string
		for _, b := range doc.blocks {
			got = append(got, b.text)
			if doc.text[b.span.Start:b.span.Start+1] == " " {
				t.Errorf("%s: span of %q starts on a space", tt.name, b.text)
			}
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}
