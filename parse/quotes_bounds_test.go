package parse

import (
	"strings"
	"testing"
)

// TestQuoteBounds covers where an attribution's words and speaker begin
// and end: inverted names after reported words, relative clauses in a
// subject's apposition, adjuncts before a colon or "that", a quotation
// followed by a clause about the speaking, a cue followed by nothing but
// an adjunct, and speakers named with their organisation.
func TestQuoteBounds(t *testing.T) {
	tests := []struct {
		name string
		body []string
		want []string
	}{
		{"an organisation's name keeps its inner and",
			[]string{`The National Planning and Reform Commission said prices would stay stable. The Ministry of Industry and Trade said exports rose.`},
			[]string{"National Planning and Reform Commission|i|prices would stay stable", "Ministry of Industry and Trade|i|exports rose"}},
		{"a possessive opens the subject",
			[]string{`Norland’s air force said it had downed 20 drones overnight.`},
			[]string{"Norland’s air force|i|it had downed 20 drones overnight"}},
		{"a name after the cue is the speaker, not the noun before the comma",
			[]string{`Turnout will fall in the cities, whose voters feel ignored, said Lee Park, a pollster at the institute.`},
			[]string{"Lee Park|i|Turnout will fall in the cities, whose voters feel ignored"}},
		{"a day after the cue is an adjunct, not an inverted name",
			[]string{`The mayor, a Democrat, said Monday, “The budget is sound.”`},
			[]string{"mayor|d|The budget is sound."}},
		{"told and a name is a listener",
			[]string{`"We are ready," Ida Moss, the party chair, told Radio North.`},
			[]string{"Ida Moss|d|We are ready"}},
		{"a verb in a relative clause of the apposition takes no words before it",
			[]string{`Ida Moss, a nurse who argued with the board at the hearing, said in an interview that the ward would close.`},
			[]string{"Ida Moss|i|the ward would close"}},
		{"a show's title may stand between the cue and that",
			[]string{`Ben Tull said on “Meet the Voters” on Sunday that the levy would pass.`},
			[]string{"Ben Tull|i|the levy would pass"}},
		{"a quotation followed by a clause about the speaking is the quote alone",
			[]string{`Rosa Lind said, “We will see,” when asked about a recount.`},
			[]string{"Rosa Lind|d|We will see"}},
		{"an adjunct alone after the cue leaves the words before it",
			[]string{`The bridge will reopen in May, Omar Velde said after the inspection.`},
			[]string{"Omar Velde|i|The bridge will reopen in May"}},
		{"a group from a body speaks, with an adjunct after the cue",
			[]string{`The two ports will share a customs desk, officials from both sides said after the talks.`},
			[]string{"officials from both sides|i|The two ports will share a customs desk"}},
		{"an adjunct alone after the cue is no quote",
			[]string{`Omar Velde said after the inspection.`},
			nil},
		{"an adjunct with a subject after the cue is reported words",
			[]string{`Omar Velde said after the inspection he would reopen the bridge.`},
			[]string{"Omar Velde|i|after the inspection he would reopen the bridge"}},
		{"an adjunct may stand between the cue and a colon",
			[]string{`Ida Moss wrote on her blog: “The count was fair.”`},
			[]string{"Ida Moss|d|The count was fair."}},
		{"an adjunct may stand between the cue and a comma before a quotation",
			[]string{`Tom Ash said in a statement, “We will appeal.”`},
			[]string{"Tom Ash|d|We will appeal."}},
		{"a speaker named with the body they belong to",
			[]string{`"It will pass," Ida Moss of the farm bureau said.`, `"It will not," a lecturer at the state university said.`},
			[]string{"Ida Moss|d|It will pass", "lecturer at the state university|d|It will not"}},
		{"a pronoun after an adjunct is no title",
			[]string{`"It will pass," at the rally he said.`},
			nil},
		{"words before a middle attribution begin the quote after it",
			[]string{`The new levy, Ida Moss said, “will not pass the council.”`},
			[]string{"Ida Moss|i|The new levy “will not pass the council.”"}},
		{"a time phrase before a middle attribution is no part of the quote",
			[]string{`This time, Ida Moss said, “we will win.”`},
			[]string{"Ida Moss|d|we will win."}},
		{"an absolute phrase before a middle attribution is no part of the quote",
			[]string{`Eyebrows raised, Ida Moss asked, “Who will pay?”`},
			[]string{"Ida Moss|d|Who will pay?"}},
		{"a weekday heads no subject",
			[]string{`Earlier Tuesday, his campaign manager, Jeff Hale, says the lead is safe.`},
			[]string{"Jeff Hale|i|the lead is safe"}},
		{"cannot stands between a subject and its verb",
			[]string{`Ames cannot say whether the plan will work.`},
			[]string{"Ames|i|whether the plan will work"}},
		{"a relative clause after a source is no part of its name",
			[]string{`The plant will close, according to a senior manager who was at the meeting.`},
			[]string{"senior manager|i|The plant will close"}},
		{"an inverted subject may open with a description in lower case",
			[]string{`"The tide came in fast," Mayor Ida Moss said.`, `"We cannot keep cleaning up after every storm," said shop owner Ria Vance, whose cellar flooded in March.`},
			[]string{"Ida Moss|d|The tide came in fast", "Ria Vance|d|We cannot keep cleaning up after every storm"}},
		{"a description needs a name after it",
			[]string{`"The tide came in fast," Ida Moss said.`, `"It is over," said very little.`},
			[]string{"Ida Moss|d|The tide came in fast"}},
		{"an organisation's acronym in parentheses keeps its name whole",
			[]string{`The Council of Harbour Pilots (CHP) said the channel was safe.`},
			[]string{"Council of Harbour Pilots|i|the channel was safe"}},
		{"a thing telling a story is no speech",
			[]string{`The bond market is telling a different story. The river gauges tell the same tale.`},
			nil},
		{"a person telling a story may be",
			[]string{`Ida Moss told reporters a different story.`},
			[]string{"Ida Moss|i|a different story"}},
		{"a listener does not end with a determiner",
			[]string{`Ida Moss told police the boat had sunk. Tom Ash told reporters the ferry would run.`},
			[]string{"Ida Moss|i|the boat had sunk", "Tom Ash|i|the ferry would run"}},
		{"a meeting told is a listener, and the words before are the quote",
			[]string{`Ferry use fell by half in March, Ida Moss told a news conference in the port.`},
			[]string{"Ida Moss|i|Ferry use fell by half in March"}},
		{"a long office named with of is read back to its comma",
			[]string{`The ferry will run again in June, Chairman of the Board of the Northern Harbour Trust Ola Berg told the media.`},
			[]string{"Ola Berg|i|The ferry will run again in June"}},
		{"a report whose subject opens the reported words is part of them",
			[]string{`Ida Moss says she never vowed to sell the pier.`},
			[]string{"Ida Moss|i|she never vowed to sell the pier"}},
		{"a speaker after a vague source speaks for themself",
			[]string{`According to reports, Ida Moss stressed that the pier was safe.`},
			[]string{"Ida Moss|i|the pier was safe"}},
		{"a headline-case sentence reads like a plain one",
			[]string{`Harbour Chief Says The Pier Will Reopen By June.`},
			[]string{"Harbour Chief|i|The Pier Will Reopen By June"}},
		{"a form that is also a noun cues speech before a clause",
			[]string{`The port authority notes the channel is deep enough. Critics claim it is not.`},
			[]string{"port authority|i|the channel is deep enough", "Critics|i|it is not"}},
		{"a form that is also a noun is no cue after a determiner or a possessive",
			[]string{`The notes the aide took were lost. His claims the vote was rigged fell flat.`},
			nil},
		{"a source after a colon opens a clause of its own",
			[]string{`The shift has not gone unnoticed: According to a new survey, ferry use fell by half.`},
			[]string{"new survey|i|ferry use fell by half"}},
		{"a closing mark after a space closes the quotation",
			[]string{`"We will rebuild the pier, " Ida Moss said.`},
			[]string{"Ida Moss|d|We will rebuild the pier"}},
		{"a full stop with no space after it still ends the sentence",
			[]string{`Ida Moss said the pier would reopen.Tom Ash said it would not.`},
			[]string{"Ida Moss|i|the pier would reopen", "Tom Ash|i|it would not"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			quotes, _ := englishQuotes(tt.body)
			got := showQuotes(quotes)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

// TestQuoteBoundHelpers checks the small predicates on their own.
func TestQuoteBoundHelpers(t *testing.T) {
	for text, want := range map[string]bool{
		"Meet the Press":        true,
		"Fox News Sunday":       true,
		"we will win":           false,
		"It Is Over.":           false,
		"Face the Nation,":      false,
		"a very long Title Now": false,
	} {
		if got := isTitleQuote(token{kind: tkQuote, text: text}); got != want {
			t.Errorf("isTitleQuote(%q) = %v, want %v", text, got, want)
		}
	}
	if isTitleQuote(token{kind: tkWord, text: "Meet the Press"}) {
		t.Error("isTitleQuote of a word token = true, want false")
	}
}
