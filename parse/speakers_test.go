package parse

import (
	"slices"
	"testing"
)

func TestSplitSpeaker(t *testing.T) {
	tests := []struct {
		subject, name, title string
		person               bool
	}{
		{"NATO Secretary -General Stoltenberg", "Stoltenberg", "NATO Secretary-General", true},
		{"The White House press secretary Puski", "Puski", "White House press secretary", true},
		{"Russian President Putin", "Putin", "Russian President", true},
		{"Spokeswoman Haley Morris", "Haley Morris", "Spokeswoman", true},
		{"Secretary of State John Kerry", "John Kerry", "Secretary of State", true},
		{"Mr. Regalado", "Regalado", "", true},
		{"Sen. Ted Cruz", "Ted Cruz", "Sen.", true},
		{"Hugh Hill", "Hugh Hill", "", true},
		{"The Washington Post's Ed O'Keefe", "Ed O'Keefe", "", true},
		{"the ministry", "ministry", "", false},
		{"O’Malley’s campaign", "O’Malley’s campaign", "", false},
		{"NATO", "NATO", "", false},
		{"Democrats", "Democrats", "", false},
		{"the senator", "senator", "senator", false},
		{"some Republicans", "some Republicans", "", false},
		{"Sen. Jim Whelan who represents Atlantic City", "Jim Whelan", "Sen.", true},
		{"Trump's", "Trump", "", true},
		{"Trump in his speech", "Trump", "", true},
		{"Larry Rowe on Hot Air", "Larry Rowe", "", true},
		{"Dan Gold when asked about it", "Dan Gold", "", true},
		{"76-year-old Ed Park", "Ed Park", "", true},
		{"the 46-year-old", "46-year-old", "", false},
		{"Stephen Vale of the University of Texas", "Stephen Vale", "", true},
		{"Gov. John Kasich of Ohio", "John Kasich", "Gov.", true},
		{"Mr. Burman of the Tax Policy Center", "Burman of the Tax Policy Center", "", false},
		{"Democrats in Congress", "Democrats in Congress", "", false},
		{"Chairman of the Board of Harbour Trustees Ola Berg", "Ola Berg", "Chairman of the Board of Harbour Trustees", true},
		{"Minister of Inland Waterways Ida Moss", "Ida Moss", "Minister of Inland Waterways", true},
		{"Chairman of the Harbour Board", "Chairman of the Harbour Board", "", false},
		{"shop owner Derek Mallin", "Derek Mallin", "shop owner", true},
		{"The Council of Harbour Pilots (CHP)", "Council of Harbour Pilots", "", false},
	}
	for _, tt := range tests {
		name, title, kind := splitSpeaker(tt.subject)
		if name != tt.name || title != tt.title || (kind == entPerson) != tt.person {
			t.Errorf("splitSpeaker(%q) = %q, %q, person %v; want %q, %q, %v",
				tt.subject, name, title, kind == entPerson, tt.name, tt.title, tt.person)
		}
	}
}

func TestBuildSpeakers(t *testing.T) {
	raw := func(subject string, same int) rawQuote {
		return rawQuote{Quote: Quote{Text: "x", Kind: Indirect}, subject: subject, same: same}
	}
	raws := []rawQuote{
		raw("NATO Secretary -General Stoltenberg", -1), // introduces Stoltenberg
		raw("he", -1),               // Stoltenberg
		raw("the ministry", -1),     // an organisation
		raw("it", -1),               // the ministry
		raw("Jens Stoltenberg", -1), // a fuller name for Stoltenberg
		raw("", 2),                  // same speaker as quote 2
		raw("", -1),                 // nobody
		raw("Roe", -1),              // a new person
		{Quote: Quote{Text: "x"}, name: "斯托尔滕贝格", title: "北约秘书长", same: -1},
	}
	quotes, speakers := buildSpeakers(raws)
	wantQ := []string{"Jens Stoltenberg", "Jens Stoltenberg", "ministry", "ministry", "Jens Stoltenberg", "ministry", "", "Roe", "斯托尔滕贝格"}
	for i, q := range quotes {
		if q.Speaker != wantQ[i] {
			t.Errorf("quote %d speaker %q, want %q", i, q.Speaker, wantQ[i])
		}
	}
	wantS := []Speaker{{"Jens Stoltenberg", "NATO Secretary-General", 3}, {"ministry", "", 3}, {"Roe", "", 1}, {"斯托尔滕贝格", "北约秘书长", 1}}
	if !slices.Equal(speakers, wantS) {
		t.Errorf("speakers %+v, want %+v", speakers, wantS)
	}
}

func TestShorterGroupMention(t *testing.T) {
	raw := func(subject string) rawQuote {
		return rawQuote{Quote: Quote{Text: "x", Kind: Indirect}, subject: subject, same: -1}
	}
	_, speakers := buildSpeakers([]rawQuote{raw("Norland's air force"), raw("the navy"), raw("the air force"), raw("the police")})
	want := []Speaker{{"Norland's air force", "", 2}, {"navy", "", 1}, {"police", "", 1}}
	if !slices.Equal(speakers, want) {
		t.Errorf("speakers %+v, want %+v", speakers, want)
	}
}

func TestSamePerson(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Stoltenberg", "Jens Stoltenberg", true},
		{"Bill Clinton", "Hillary Clinton", false},
		{"Trump's", "Donald Trump", true},
		{"Smith", "Jones", false},
		{"斯托尔滕贝格", "斯托尔滕贝格", true},
	}
	for _, tt := range tests {
		if got := samePerson(tt.a, tt.b); got != tt.want {
			t.Errorf("samePerson(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
