package parse

import (
	"fmt"
	"reflect"
	"strings"
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

// textBody runs the text through blocks and boilerplate stripping and
// returns the paragraphs left.
func textBody(in string) []string {
	doc := &document{text: normalizeNewlines(in)}
	textBlocks(doc)
	st := newState(doc, Options{})
	stripBoilerplate(st)
	var got []string
	for _, b := range st.body {
		got = append(got, b.text)
	}
	return got
}

// TestBoilerplateRowExamples: the example of every wrap row is
// boilerplate, and so is a line opening with each line prefix.
func TestBoilerplateRowExamples(t *testing.T) {
	for _, w := range boilerplateWraps {
		for _, ex := range strings.Split(w.example, "; ") {
			if !isBoilerplate(ex) {
				t.Errorf("wrap %q...%q: example %q is not boilerplate", w.open, w.close, ex)
			}
		}
	}
	for _, p := range boilerplateLinePrefixes {
		if !isBoilerplateLine(p + "x") {
			t.Errorf("line prefix %q: %q is not boilerplate", p, p+"x")
		}
	}
	for _, m := range mailSeparators {
		if !isMailSeparator(m.example) || !isBoilerplate(m.example) {
			t.Errorf("mail separator %q: example %q not recognised", m.text, m.example)
		}
	}
}

func TestIsNavLine(t *testing.T) {
	for _, in := range []string{
		"Home | World | Business | Tech | Sport",
		"首页 > 新闻 > 正文",
		"首页>国际>正文",
		"Home > News > World > Europe",
		"News › World › Business",
		"World | Politics | Opinion",
	} {
		if !isNavLine(in) {
			t.Errorf("%q not taken for navigation", in)
		}
	}
	for _, in := range []string{
		"Constituency | Member of Parliament | Email address", // a table row
		"Größe | S | M | L",
		"Location | Jan/Feb (°C) | July (°C)",
		"Home | World",                                       // two items only
		"Home | The minister said the talks had failed. | X", // prose
		"Shr 1.20 | 1.10 | 0.90",
		"<GM> | World | News",
		"Markets | Stocks rise as investors weigh rate outlook | News",
	} {
		if isNavLine(in) {
			t.Errorf("%q taken for navigation", in)
		}
	}
}

func TestIsPageStamp(t *testing.T) {
	for _, in := range []string{
		"Updated 3 hours ago", "updated 1 hour ago", "Published 20 mins ago", "5 minutes ago", "Last updated 2 days ago",
		"2024-04-16 10:02:15\u3000来源：新华网", "2024-04-16 10:02", "2024-04-16", "2024年04月16日 10:02 作者：王雨萧",
	} {
		if !isPageStamp(in) {
			t.Errorf("%q not taken for a time stamp", in)
		}
	}
	for _, in := range []string{
		"Updated figures came 3 hours ago", "3 hours ago, police said the man had fled", "ago",
		"Updated hours ago", "2024-04-16 the council met", "1987-88 season", "3/15/87",
	} {
		if isPageStamp(in) {
			t.Errorf("%q taken for a time stamp", in)
		}
	}
}

// TestPastedPageFurniture: the furniture of a web page pasted into a text
// file goes, line by line, and the story stays whole.
func TestPastedPageFurniture(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"stamp above share line", "Updated 3 hours ago\nShare this article\n\nStory.", []string{"Story."}},
		{"embargo line above the headline keeps the headline", "Embargoed until 00:01 GMT Thursday\nStudy finds fall in insects\n\nStory.", []string{"Study finds fall in insects", "Story."}},
		{"caption between paragraphs", "First.\n\n(Photo: Reuters)\n\nSecond.", []string{"First.", "Second."}},
		{"update note", "(Corrects day in first paragraph to Wednesday, not Tuesday)\n\nStory.", []string{"Story."}},
		{"telex envelope", "ZCZC\nGOLD MINERS STRIKE\n\nSTORY.\n\nENDS\nNNNN", []string{"GOLD MINERS STRIKE", "STORY."}},
		{"mail header block", "-----Original Message-----\nFrom: Desk <d@example.com>\nSent: Tuesday\nTo: Editors\nSubject: FW: Strike\n\nStory.", []string{"Story."}},
		{"one header line is no header block", "From: the desk\n\nStory.", []string{"From: the desk", "Story."}},
		{"wrapped prose ending in a furniture word stays", "The forms can be sent by\nemail.\n\nStory.", []string{"The forms can be sent by email.", "Story."}},
		{"furniture inside wrapped prose stays", "The company said it would\nAdvertisement\nthe plan on Monday.", []string{"The company said it would Advertisement the plan on Monday."}},
	}
	for _, tt := range tests {
		if got := textBody(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}
