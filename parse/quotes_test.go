package parse

import (
	"fmt"
	"strings"
	"testing"
)

// q is a quote as the tests write it: speaker|kind|text (kind d or i).
func showQuotes(qs []Quote) []string {
	out := make([]string, len(qs))
	for i, q := range qs {
		out[i] = fmt.Sprintf("%s|%s|%s", q.Speaker, q.Kind[:1], q.Text)
	}
	return out
}

func TestIsTitleCase(t *testing.T) {
	for text, want := range map[string]bool{
		"Meet the Press":                              true,
		"Austin Powers: The Spy Who Shagged Me":       true,
		"Fox & Friends":                               true,
		"13 Hours: The Secret Soldiers":               true,
		"Teamsters for Trump":                         true,
		"THIS IS NOT OK.":                             true,
		"Stoltenberg":                                 false, // one word: a name, left to the rules on length
		"We will not send troops.":                    false,
		"clear and consistent":                        false,
		"Only you, Dinesh":                            false,
		"The Best Time Is Now And We Will Win It All": false, // too long for a title
	} {
		if got := isTitleCase(text); got != want {
			t.Errorf("isTitleCase(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestQuotes(t *testing.T) {
	tests := []quoteCase{
		{"split by attribution is one quote",
			[]string{`Jane Roe said the talks had failed. "We will not," she said, "send troops."`},
			[]string{"Jane Roe|i|the talks had failed", "Jane Roe|d|We will not send troops."}},
		{"inverted subject with apposition",
			[]string{`"It is over," said Hugh Hill, a doctor at the clinic.`},
			[]string{"Hugh Hill|d|It is over"}},
		{"subject with apposition before the verb",
			[]string{`Hugh Hill, a doctor, said the clinic would close.`},
			[]string{"Hugh Hill|i|the clinic would close"}},
		{"colon before the quotation",
			[]string{`Trump said: "We will win."`},
			[]string{"Trump|d|We will win."}},
		{"reported with adjunct and that",
			[]string{`NATO Secretary-General Jens Stoltenberg said at a press conference on Tuesday that NATO had no troops in Ukraine.`},
			[]string{"Jens Stoltenberg|i|NATO had no troops in Ukraine"}},
		{"described speaker after the, with a participle cue",
			[]string{`The billionaire businessman began by talking about the crisis, saying that heroin is cheap.`},
			[]string{"billionaire businessman|i|heroin is cheap"}},
		{"described speaker with lower-case modifiers",
			[]string{`The real estate tycoon said he would build a wall.`},
			[]string{"real estate tycoon|i|he would build a wall"}},
		{"participle with an object and an infinitive",
			[]string{`Pastor Bradley Cranston spoke on Sunday, urging his parishioners to consider voting for him.`},
			[]string{"Pastor Bradley Cranston|i|his parishioners to consider voting for him"}},
		{"participle with an object and no infinitive is no speech",
			[]string{`The senator voted no, urging caution.`},
			[]string{}},
		{"introductory perhaps before the subject",
			[]string{`Perhaps not coincidentally, Mr. Trump has started asking his supporters to raise their hands.`},
			[]string{"Trump|i|his supporters to raise their hands"}},
		{"speakers as a group subject",
			[]string{`From a pickup, speakers took turns urging the crowd to focus on the victims.`},
			[]string{"speakers|i|the crowd to focus on the victims"}},
		{"told a listener",
			[]string{`Smith told reporters on Monday that the vote was close.`},
			[]string{"Smith|i|the vote was close"}},
		{"according to, first",
			[]string{`According to the ministry, the talks failed.`},
			[]string{"ministry|i|the talks failed"}},
		{"according to, last",
			[]string{`The talks failed, according to Jane Roe.`},
			[]string{"Jane Roe|i|The talks failed"}},
		{"attribution after the words",
			[]string{`The talks failed on Sunday, the ministry said.`},
			[]string{"ministry|i|The talks failed on Sunday"}},
		{"attribution in the middle",
			[]string{`Jane Roe spoke first. The plan, Roe said, is dead.`},
			[]string{"Roe|i|The plan is dead"}},
		{"NYT doubled apostrophes",
			[]string{`''I would have been all in,'' Mr. Regalado, the mayor, said.`},
			[]string{"Regalado|d|I would have been all in"}},
		{"pronoun and later surname",
			[]string{`Senator Jane Roe said the bill would pass. She also said that it was late.`, `Roe added that she would vote.`},
			[]string{"Jane Roe|i|the bill would pass", "Jane Roe|i|it was late", "Jane Roe|i|she would vote"}},
		{"coordinated verb takes the clause's subject",
			[]string{`Russian President Putin gave a speech on Thursday, but said Russia had no plans to occupy Ukraine.`},
			[]string{"Putin|i|Russia had no plans to occupy Ukraine"}},
		{"participle takes the clause's subject",
			[]string{`Trump endorsed Cruz on Monday, saying he would win.`},
			[]string{"Trump|i|he would win"}},
		{"plural subject across dashes",
			[]string{`Democrats — and some Republicans — say the bill is flawed.`},
			[]string{"Democrats|i|the bill is flawed"}},
		{"it is reported has no speaker",
			[]string{`It is reported that the summit will be held on Friday.`},
			[]string{"|i|the summit will be held on Friday"}},
		{"question without a speaker",
			[]string{`Asked whether he would run, Smith said he had not decided.`},
			[]string{"|i|whether he would run", "Smith|i|he had not decided"}},
		{"reported words end where the next attribution begins",
			[]string{`Stoltenberg said NATO would not send troops Essence The White House press secretary Puski reiterated that the United States will not fight.`},
			[]string{"Stoltenberg|i|NATO would not send troops Essence", "Puski|i|the United States will not fight"}},
		{"speech inside reported speech stays in it",
			[]string{`Puski emphasized that the government has repeatedly stated that Biden will not send troops.`},
			[]string{"Puski|i|the government has repeatedly stated that Biden will not send troops"}},
		{"closing quotation after a comma is its own quote",
			[]string{`Stoltenberg said that NATO has no troops in Ukraine, "we have no plans to send troops."`},
			[]string{"Stoltenberg|i|NATO has no troops in Ukraine", "Stoltenberg|d|we have no plans to send troops."}},
		{"partial quotation inside reported words",
			[]string{`Spokeswoman Haley Morris says the candidate has "always run a lean campaign."`},
			[]string{`Haley Morris|i|the candidate has "always run a lean campaign."`}},
		{"continued quotation after the attribution merges",
			[]string{`"We won," Smith said. "It was a long night."`},
			[]string{"Smith|d|We won It was a long night."}},
		{"quotation paragraph after speech",
			[]string{`"We won," Smith said.`, `"It was a long night."`},
			[]string{"Smith|d|We won", "Smith|d|It was a long night."}},
		{"partial quotation in the paragraph after speech",
			[]string{`Puski emphasized that the position had not changed.`, `This position is "clear and consistent" and has not changed.`},
			[]string{"Puski|i|the position had not changed", "Puski|d|clear and consistent"}},
		{"scare quotes in the paragraph after speech are not speech",
			[]string{`Roe said the plan had failed.`, `Critics called him "a walking liability" for the party.`},
			[]string{"Roe|i|the plan had failed"}},
		{"a clause in the paragraph after speech is the speaker's",
			[]string{`Roe said the plan had failed.`, `The party must "change its course or lose every race" next year.`},
			[]string{"Roe|i|the plan had failed", "Roe|d|change its course or lose every race"}},
		{"titles of shows and books are not speech",
			[]string{`Roe said the plan had failed.`, `He spoke on "Meet the Press" and later on "How the Grinch Stole Christmas Again" night.`, `"Game of Thrones"`},
			[]string{"Roe|i|the plan had failed"}},
		{"colon at a paragraph's end",
			[]string{`In a 1963 speech, he declared:`, `"We choose to go to the moon."`},
			[]string{"|d|We choose to go to the moon."}},
		{"multi-paragraph quotation",
			[]string{`Smith said: "The first part.`, `"The second part."`, `The meeting ended.`},
			[]string{"Smith|d|The first part. The second part."}},
		{"scare quotes and titles are not quotes",
			[]string{`The so-called "deal" was signed. She starred in "Gone With the Wind" in 1939.`},
			nil},
		{"unbalanced mark does not swallow the article",
			[]string{`He called it "a plan. Then the council met.`, `Jones said the vote was close.`},
			[]string{"Jones|i|the vote was close"}},
		{"not speech: added to, asked for",
			[]string{`The council added to the list. She asked for a photo.`},
			nil},
		{"organisation with a possessive",
			[]string{`O'Malley's campaign says it will shift staff to Iowa.`},
			[]string{"O'Malley's campaign|i|it will shift staff to Iowa"}},
		{"relative clause ends at its comma",
			[]string{`Barkley, who said he votes Democratic, said one candidate he likes is Kasich.`},
			[]string{"Barkley|i|he votes Democratic", "Barkley|i|one candidate he likes is Kasich"}},
		{"inverted subject after a quotation runs to the comma",
			[]string{`"It wasn't convincing," said one Democrat familiar with the talks, who asked not to be named.`},
			[]string{"one Democrat familiar with the talks|d|It wasn't convincing"}},
		{"role before a name in apposition, after a quotation",
			[]string{`''That would have been fairer,'' the White House press secretary, Josh Earnest, said on Tuesday.`},
			[]string{"Josh Earnest|d|That would have been fairer"}},
		{"a quotation after mixed words continues them",
			[]string{`Golf clubs are ''just scratching out a profit,'' said Oliver Hedge. ''Golf is a razor-thin industry.''`},
			[]string{"Oliver Hedge|i|Golf clubs are ''just scratching out a profit,'' Golf is a razor-thin industry."}},
		{"attribution after a question runs on",
			[]string{`"You think I'm going to change?" Trump asked reporters during a news conference. "I'm not changing."`},
			[]string{"Trump|d|You think I'm going to change? I'm not changing."}},
		{"a full stop ends the sentence before a new one",
			[]string{`"We won." Trump said the vote was late.`},
			[]string{"Trump|i|the vote was late"}},
		{"second attribution by participle is a quote of its own",
			[]string{`''I don't want a fractured convention,'' he said, adding, ''We don't want to fight.''`},
			[]string{"|d|I don't want a fractured convention", "|d|We don't want to fight."}},
		{"a quotation after a colon is the words of the attribution after it",
			[]string{`Gray ticked through the code of conduct: ''Civility was assumed,'' he said.`},
			[]string{"|d|Civility was assumed"}},
		{"inverted subject led by a determiner",
			[]string{`''The odds are long,'' said another leading advocate, Andrew Pincus.`},
			[]string{"another leading advocate|d|The odds are long"}},
		{"adjunct after an inverted subject is not part of it",
			[]string{`"There is no effort," said RNC spokesman Sean Spicer in a Friday tweet.`},
			[]string{"Sean Spicer|d|There is no effort"}},
		{"introductory phrase before the clause subject",
			[]string{`Hours later, Trump returned the compliment, telling Reuters, "He is an amazing man."`},
			[]string{"Trump|d|He is an amazing man."}},
		{"introductory phrase with a place and a time",
			[]string{`At a rally in Portsmouth, N.H., on Tuesday, Senator Bernie Sanders endorsed her, saying that she would win.`},
			[]string{"Bernie Sanders|i|she would win"}},
		{"clause subject after a conjunction",
			[]string{`The crowd cheered when Rubio thanked Miami and said it was great to be home.`},
			[]string{"Rubio|i|it was great to be home"}},
		{"role as a clause subject",
			[]string{`The Sanders campaign responded Friday, saying lobbyists had donated to a PAC.`},
			[]string{"Sanders campaign|i|lobbyists had donated to a PAC"}},
		{"asked by names the asker",
			[]string{`Hugh Hill was asked by a caller why the clinic closed.`},
			[]string{"caller|i|why the clinic closed"}},
		{"party tag in apposition",
			[]string{`While he gave no detail, Rep. Chris Collins, R-NY, says the plan works.`},
			[]string{"Chris Collins|i|the plan works"}},
		{"object of a preposition is no subject",
			[]string{`Sen. Chuck Grassley, facing a challenge in Iowa, a swing state, said he would welcome Cruz.`},
			[]string{"Chuck Grassley|i|he would welcome Cruz"}},
		{"negated auxiliary",
			[]string{`Spokesman Don Stewart wouldn't say whether the vote was close.`},
			[]string{"Don Stewart|i|whether the vote was close"}},
		{"source without its modifiers",
			[]string{`According to a New York Times survey released on Thursday, voters are tired.`},
			[]string{"New York Times survey|i|voters are tired"}},
		{"promise with an infinitive",
			[]string{`Cruz vowed to repeal the law. He recalled Trump's pledge to be neutral. His vow to build a wall.`},
			[]string{"Cruz|i|to repeal the law", "Trump|i|to be neutral", "Trump|i|to build a wall"}},
		{"not a promise: noun with an adjective, relative clause, pledged delegates",
			[]string{`Rattling off promises to lower debt, she left. He is a man who has pledged to ban all Muslims. Sanders won pledged delegates.`},
			nil},
		{"noun-like verb between a speaker and that",
			[]string{`Viguerie notes that Reagan Democrats can play a key role. Critics claim that the law is unfair.`},
			[]string{"Viguerie|i|Reagan Democrats can play a key role", "Critics|i|the law is unfair"}},
		{"noun-like verb as a noun",
			[]string{`His claims that the vote was rigged fell flat. Rust Belt states that have lost jobs voted. The notes that he kept were lost.`},
			nil},
		{"perfect participle opening the sentence takes the subject after it",
			[]string{`Having announced that he would not send me to prison, Judge Berman proceeded to hand down his sentence.`},
			[]string{"Berman|i|he would not send me to prison"}},
		{"participle of an absolute phrase has its own subject",
			[]string{`Trump has improved his standing, with 30 percent of voters saying they have a positive view of him.`},
			[]string{"30 percent of voters|i|they have a positive view of him"}},
		{"apposition holding a place after a preposition",
			[]string{`Ann Reed, a nurse from Dover, Del., said the ward was full.`},
			[]string{"Ann Reed|i|the ward was full"}},
		{"relative clause holding commas",
			[]string{`Tom Hale, whose company, Acme, makes tools, said prices would rise.`},
			[]string{"Tom Hale|i|prices would rise"}},
		{"restrictive relative clause without commas",
			[]string{`Even Republicans who backed the bill warned that costs would rise.`},
			[]string{"Republicans who backed the bill|i|costs would rise"}},
		{"lead word before a name",
			[]string{`Even Jo Marsh said the plan was sound.`},
			[]string{"Jo Marsh|i|the plan was sound"}},
		{"party tag with a state abbreviation in parentheses",
			[]string{`"We have the votes," Rep. Ann Cole (D-Ore.) said.`, `Sen. Bo Lake (R-OH), said the vote would pass.`},
			[]string{"Ann Cole|d|We have the votes", "Bo Lake|i|the vote would pass"}},
		{"time phrase between subject and verb",
			[]string{`Lee at the time said the deal was off.`, `The agency less than two weeks ago said the files were lost.`, `Critics have in the past said the tax was unfair.`},
			[]string{"Lee|i|the deal was off", "agency|i|the files were lost", "Critics|i|the tax was unfair"}},
		{"first name ending in -ly is no adverb",
			[]string{`Carly Dunn backed the bill on Monday, saying it was overdue.`},
			[]string{"Carly Dunn|i|it was overdue"}},
		{"possessive organisation as clause subject",
			[]string{`Japan's central bank met on Friday, announcing it would buy bonds.`, `Jones’ campaign hired staff and announced it would appeal.`},
			[]string{"Japan's central bank|i|it would buy bonds", "Jones’ campaign|i|it would appeal"}},
		{"role with an of-phrase",
			[]string{`Even the organizer of a Trump rally said the route was unsafe.`},
			[]string{"organizer of a Trump rally|i|the route was unsafe"}},
		{"age before a name, then a participle",
			[]string{`54-year-old Ed Park, a teacher, endorsed Cruz, saying he was a real conservative.`},
			[]string{"Ed Park|i|he was a real conservative"}},
	}
	runQuoteCases(t, tests)
}

func TestQuoteParagraphAndCue(t *testing.T) {
	body := []string{`The council met.`, `Smith said: "The first part.`, `"The second part," he added.`}
	quotes, _ := englishQuotes(body)
	if len(quotes) != 1 {
		t.Fatalf("got %d quotes, want 1: %v", len(quotes), showQuotes(quotes))
	}
	if q := quotes[0]; q.Paragraph != 2 || q.Cue != "said" {
		t.Errorf("paragraph %d cue %q, want 2 and said", q.Paragraph, q.Cue)
	}
}

func TestQuotesSkipChinese(t *testing.T) {
	st := &state{doc: &document{lang: "zh"}, art: &Article{Body: []string{`斯托尔滕贝格说："我们没有计划。" Smith said the vote was close.`}}}
	recognizeQuotes(st)
	if len(st.art.Quotes) != 0 {
		t.Errorf("quotes on a Chinese article: %v", showQuotes(st.art.Quotes))
	}
}

func TestMaySpeak(t *testing.T) {
	tests := []struct {
		p    string
		want bool
	}{
		{`The council met and voted on the budget.`, false},
		{`Prices rose 3 pct in March.`, false},
		{`The ministry SAID nothing.`, true},
		{`Exports, according to the report, fell.`, true},
		{`This is a “scare quote” here.`, true},
		{`A ''doubled'' mark.`, true},
		{`A straight "mark".`, true},
		{`An «angle» mark.`, true},
		{`It isn't Smith's car.`, false},
		{`Critics claim that it is unfair.`, true},
	}
	for _, tt := range tests {
		if got := maySpeak(tt.p); got != tt.want {
			t.Errorf("maySpeak(%q) = %v, want %v", tt.p, got, tt.want)
		}
	}
}

// TestMaySpeakSkipsOnlyUnspoken checks that skipping paragraphs maySpeak
// rejects changes nothing: a rejected paragraph still ends the speech
// before it, so a quotation after it is not given to that speaker.
func TestMaySpeakSkipsOnlyUnspoken(t *testing.T) {
	body := []string{`Jane Roe said the talks had failed.`, `The council met on Monday.`, `"This is a long quotation here."`}
	quotes, _ := englishQuotes(body)
	if got := showQuotes(quotes); len(got) != 1 || got[0] != "Jane Roe|i|the talks had failed" {
		t.Errorf("got %q", got)
	}
}

func TestTokenLowerCase(t *testing.T) {
	u := unit{text: `Über STOLTENBERG said ÉCOLE and x`}
	var tz tokenizer
	for _, tok := range tz.tokenize(&u) {
		if tok.kind == tkWord && tok.low != strings.ToLower(tok.text) {
			t.Errorf("low of %q = %q", tok.text, tok.low)
		}
	}
}

// quoteCase is one story body and the quotes it must give, as showQuotes
// writes them ("speaker|kind|text").
type quoteCase struct {
	name string
	body []string
	want []string
}

// runQuoteCases checks the quotes of each case.
func runQuoteCases(t *testing.T, tests []quoteCase) {
	t.Helper()
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
