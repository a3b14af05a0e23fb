package parse

import (
	"fmt"
	"testing"
)

func TestStoryIDLineRows(t *testing.T) {
	for _, l := range storyIDLines {
		if !isStoryIDLine(l.example) {
			t.Errorf("row %q: its example %q does not match", l.shape, l.example)
		}
	}
	for _, in := range []string{
		"APA0123 2024-02-01",                      // no time
		"APA 2024-02-01/10:45",                    // no number
		"APA0123 2024-02-01/10:45 Vienna said so", // prose after it
		"The APA0123 2024-02-01/10:45",
		"UPA0123 2024-02-01/10:45",
	} {
		if isStoryIDLine(in) {
			t.Errorf("%q taken for a story-ID line", in)
		}
	}
}

// TestDropStoryIDLines: an ID line goes where it opens or closes the
// story, as a block or a line of one, and stays in the middle.
func TestDropStoryIDLines(t *testing.T) {
	id := "APA0123 2024-02-01/10:45"
	mk := func(lines ...string) block {
		ls := make([]line, len(lines))
		for i, l := range lines {
			ls[i] = line{text: l}
		}
		return joinLines(ls)
	}
	tests := []struct {
		blocks []block
		want   string
	}{
		{[]block{mk(id), mk("Vienna (APA) - Story."), mk("End.")}, "[Vienna (APA) - Story. End.]"},
		{[]block{mk("Story."), mk("End."), mk(id)}, "[Story. End.]"},
		{[]block{mk("Story."), mk("End.", id)}, "[Story. End.]"},
		{[]block{mk(id, "Story."), mk("End.")}, "[Story. End.]"},
		{[]block{mk("Story."), mk(id), mk("End.")}, "[Story. " + id + " End.]"},
	}
	for _, tt := range tests {
		st := newState(&document{blocks: tt.blocks}, Options{})
		stripBoilerplate(st)
		var got []string
		for _, b := range st.body {
			got = append(got, b.text)
		}
		if s := fmt.Sprint(got); s != tt.want {
			t.Errorf("got %s, want %s", s, tt.want)
		}
	}
}
