package parse

import (
	"slices"
	"testing"
)

func TestUnparsedCredits(t *testing.T) {
	tests := []struct {
		in      string
		phrases []string // phrases found, in order
		parsed  []bool   // whether each clause parsed as a credit
	}{
		{"Officials declined to comment. Editing by", []string{"Editing by"}, []bool{false}},
		{"(Reporting by Helen Marsh; Editing by)", []string{"Reporting by", "Editing by"}, []bool{true, false}},
		{"The talks resumed. (Editor: , )", []string{"Editor"}, []bool{false}},
		{"The plan failed. Reporting by Jane Doe", []string{"Reporting by"}, []bool{true}},
		{"Responsible editor:", []string{"Responsible editor"}, []bool{false}},
		{"会议结束。（责任编辑：）", []string{"责任编辑"}, []bool{false}},
		// Prose is not a credit.
		{"By the end of the year, prices rose.", nil, nil},
		{"Reporters were told to leave. Editors agreed.", nil, nil},
		{"Reporting by the agency suggests the attack was planned.", nil, nil},
		{"He is a reporter. Written by Shakespeare, the play ran for weeks.", nil, nil},
		{"记者从会上获悉，计划将于明年实施。", nil, nil},
		{"He lost [by the voters], they said.", nil, nil},
		{"A fair case. (By plausible, I mean someone who is not related.)", nil, nil},
		{"The talks ended. (Editing by: 42)", []string{"Editing by"}, []bool{false}},
	}
	for _, tt := range tests {
		got := UnparsedCredits(tt.in)
		var phrases []string
		var parsed []bool
		for _, c := range got {
			phrases = append(phrases, c.Phrase)
			parsed = append(parsed, c.Names != nil)
			if tt.in[c.Offset:c.Offset+len(c.Phrase)] != c.Phrase {
				t.Errorf("%q: offset %d does not hold %q", tt.in, c.Offset, c.Phrase)
			}
		}
		if !slices.Equal(phrases, tt.phrases) || !slices.Equal(parsed, tt.parsed) {
			t.Errorf("UnparsedCredits(%q) = %v %v, want %v %v", tt.in, phrases, parsed, tt.phrases, tt.parsed)
		}
	}
}

func TestLeftoverBoilerplate(t *testing.T) {
	tests := []struct {
		in   string
		want []int // offsets
	}{
		{"Troops moved in. Share let more people see it. Talks resumed.", []int{17}},
		{"Share this article The minister said on Monday that talks would resume after the holiday.", []int{0}},
		{"Prices rose. Follow us on Twitter for updates.", []int{13}},
		{"会议结束。分享让更多人看到", []int{15}},
		// Prose is not boilerplate.
		{"Advertisement revenue fell by a third.", nil},
		{"Shoppers read more labels. Share prices fell.", nil},
	}
	for _, tt := range tests {
		var got []int
		for _, c := range LeftoverBoilerplate(tt.in) {
			got = append(got, c.Offset)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("LeftoverBoilerplate(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
