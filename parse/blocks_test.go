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
