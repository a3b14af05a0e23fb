package parse

// SchemaVersion is the version of the output schema that Article encodes to.
const SchemaVersion = 1

// Article is the structure of one dispatch. Its JSON and YAML encodings
// always carry every key of schema version 1, in order: a missing scalar
// encodes as null and a missing list as an empty list.
type Article struct {
	// Source describes the input: path, record id, format, encoding, language.
	Source Source `json:"source" yaml:"source"`
	// Headline is the cleaned headline, once: "NATO and the United States said ...".
	// Empty means none was found (encoded as null).
	Headline string `json:"headline" yaml:"headline"`
	// Dateline is nil when the dispatch has no dateline.
	Dateline *Dateline `json:"dateline" yaml:"dateline"`
	// Published is an RFC 3339 timestamp stated by the source
	// ("2018-01-23T14:26:48+08:00"); empty when none is stated.
	Published string `json:"published" yaml:"published"`
	// Reporters wrote or reported the story: "(Reporter Ren Ke)" → ["Ren Ke"].
	Reporters []string `json:"reporters" yaml:"reporters"`
	// Contributors are contributing reporters:
	// "(Participate in the reporter: Deng Xianlai)" → ["Deng Xianlai"].
	Contributors []string `json:"contributors" yaml:"contributors"`
	// Editors: "(Responsible editor: Yuan Bo, Hu Yongqiu)" → ["Yuan Bo", "Hu Yongqiu"].
	Editors []string `json:"editors" yaml:"editors"`
	// Speakers lists each distinct person quoted, once, in order of first quote.
	Speakers []Speaker `json:"speakers" yaml:"speakers"`
	// Quotes lists every quote in reading order.
	Quotes []Quote `json:"quotes" yaml:"quotes"`
	// Body holds the story's paragraphs without headline, dateline prefix,
	// credits, sign-offs and page boilerplate.
	Body []string `json:"body" yaml:"body"`
	// Warnings says what the parser noticed but could not resolve:
	// "dateline year unknown; pass --date to set it".
	Warnings []string `json:"warnings" yaml:"warnings"`

	// Spans gives, for tools such as dispatch check, where fields came from
	// in the decoded input. It is not part of the encoded output.
	Spans Spans `json:"-" yaml:"-"`
}

// Source describes where an article came from and how it was read.
type Source struct {
	// Path is the input path as given, or "-" for standard input.
	Path string `json:"path" yaml:"path"`
	// ID is the record id with --from jsonl; empty (null) otherwise.
	ID string `json:"id" yaml:"id"`
	// Format is "text" or "html".
	Format string `json:"format" yaml:"format"`
	// Encoding is the input charset that was decoded: "utf-8", "gb18030", "big5", "utf-16le".
	Encoding string `json:"encoding" yaml:"encoding"`
	// Language is the article's language: "en", "zh".
	Language string `json:"language" yaml:"language"`
}

// Dateline is the place, date and agency that open a dispatch.
type Dateline struct {
	// Text is the dateline exactly as written: "Xinhua News Agency, Brussels, February 24th".
	// It is empty (null) when the story has no written dateline but its
	// agency is known from a byline or sign-off ("Reuter").
	Text string `json:"text" yaml:"text"`
	// Place is the city as written, in the article's script, with all-capitals
	// words recased: "PORTLAND, Ore." → "Portland, Ore."; "布鲁塞尔".
	Place string `json:"place" yaml:"place"`
	// Date is ISO 8601: "2022-02-24" when the year is known, "--02-24" when not.
	Date string `json:"date" yaml:"date"`
	// Agency is the canonical short agency name: "Xinhua", "AP", "Reuters".
	Agency string `json:"agency" yaml:"agency"`
}

// Speaker is a person quoted in the article.
type Speaker struct {
	// Name as the article gives it: "Stoltenberg".
	Name string `json:"name" yaml:"name"`
	// Title is the role or office as written: "NATO Secretary-General"; empty (null) if none.
	Title string `json:"title" yaml:"title"`
	// Quotes counts the quotes attributed to this speaker.
	Quotes int `json:"quotes" yaml:"quotes"`
}

// Quote kinds.
const (
	Direct   = "direct"   // words in quotation marks
	Indirect = "indirect" // reported speech: "X said that ..."
)

// Quote is one quotation or piece of reported speech.
type Quote struct {
	// Speaker is a Name from Article.Speakers, or empty (null) when the text names none.
	Speaker string `json:"speaker" yaml:"speaker"`
	// Text is the words quoted or reported, without quotation marks.
	Text string `json:"text" yaml:"text"`
	// Kind is Direct or Indirect.
	Kind string `json:"kind" yaml:"kind"`
	// Cue is the reporting verb as written: "said", "reiterated", "表示".
	Cue string `json:"cue" yaml:"cue"`
	// Paragraph is the 1-based index into Article.Body.
	Paragraph int `json:"paragraph" yaml:"paragraph"`
}

// Span is a byte range [Start, End) in the decoded input.
type Span struct {
	Start, End int
}

// Spans records where recognized parts lie in the decoded input text.
// A zero Span means unknown.
type Spans struct {
	// Text is the decoded input that the spans index (UTF-8).
	Text string
	// Headline, Dateline: the spans of those fields' source text.
	Headline, Dateline Span
	// Body holds one span per Body paragraph (the paragraph's first line
	// and its end), same length as Article.Body when known.
	Body []Span
	// Credits holds the spans of credit lines and parentheses that were removed.
	Credits []Span
	// Signoff is where the sign-off that named an agency stands ("Reuter",
	// "(Xinhua)", "--IANS"), and SignoffAgency the agency it names.
	Signoff       Span
	SignoffAgency string
}
