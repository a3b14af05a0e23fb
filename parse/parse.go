package parse

import (
	"time"
)

// Options control Parse. The zero value sniffs the format and the language
// and knows no reference date.
type Options struct {
	// Format is "text", "html", or "" / "auto" to sniff from the bytes.
	Format string
	// Lang is "en", "zh", or "" / "auto" to decide from the text.
	Lang string
	// ReferenceDate dates year-less datelines: "Feb 24" with a reference
	// date of 2022-02-25 becomes 2022-02-24. Zero means unknown.
	ReferenceDate time.Time
	// ID is a record id copied to Article.Source.ID ("" for none).
	ID string
}

// Parse extracts an Article from src. name is the input's path as given
// ("-" for standard input); it is copied to Article.Source.Path and used in
// error messages.
//
// A dispatch that lacks fields is not an error: Parse returns what it found
// and notes what it could not resolve in Article.Warnings. Parse returns an
// error only for input that is not a dispatch at all (empty, binary); the
// error is an *Error naming the input.
func Parse(name string, src []byte, opts Options) (*Article, error) {
	doc, err := decode(name, src, opts)
	if err != nil {
		return nil, err
	}
	if doc.format == FormatHTML {
		err = htmlBlocks(doc)
	} else {
		textBlocks(doc)
	}
	if err != nil {
		return nil, err
	}
	st := newState(doc, opts)
	for _, r := range recognizers {
		r.run(st)
	}
	return st.finish(name, opts), nil
}

// Formats of input.
const (
	FormatText = "text"
	FormatHTML = "html"
)

// document is the decoded input and its blocks: the stage between decoding
// and recognition.
type document struct {
	name     string
	text     string // decoded UTF-8 text (for HTML, the raw page decoded)
	format   string // FormatText or FormatHTML
	encoding string // "utf-8", "gb18030", ...
	lang     string // "en", "zh"
	blocks   []block
	meta     meta
	warnings []string
}

// block is one paragraph of the story, or one line of text that may be a
// headline, dateline or credit.
type block struct {
	text  string
	span  Span   // where the block lies in document.text; zero if unknown
	lines []line // the source lines, for recognizers that work on lines
}

// meta holds what an HTML page declares about itself, best source first.
type meta struct {
	headlines []string  // candidate headlines: JSON-LD, og:title, h1, title
	authors   []string  // person names from metadata and byline elements
	editors   []string  // 责任编辑 and similar
	published string    // RFC 3339
	publisher string    // site or agency name as declared
	pubTime   time.Time // parsed published, for the reference date
}
