package parse

import "time"

// recognizer is one stage that reads the remaining blocks, fills fields of
// the article and removes what it consumed from the body.
type recognizer struct {
	name string
	run  func(*state)
}

// recognizers run in this order. Each is defined in its own file.
var recognizers = []recognizer{
	{"language", recognizeLanguage},    // lang.go
	{"infolines", recognizeInfoLines},  // infolines.go: "来源：… 编辑：…" under a headline
	{"boilerplate", stripBoilerplate},  // boilerplate.go
	{"headline", recognizeHeadline},    // headline.go
	{"byline", recognizeByline},        // byline.go
	{"dateline", recognizeDateline},    // dateline_rec.go
	{"signoff", recognizeSignoff},      // signoff.go
	{"credits", recognizeCredits},      // credits.go
	{"signoff", recognizeSignoff},      // again: credits may have stood after it
	{"boilerplate", stripBoilerplate},  // again: credits may have exposed some
	{"metadata", applyMeta},            // meta.go: what an HTML page declares
	{"body", finalizeBody},             // pipeline.go: Body is fixed from here on
	{"quotes", recognizeQuotes},        // quotes.go: English quotes and speakers
	{"quotes-zh", recognizeQuotesZH},   // quotes_zh.go: Chinese quotes and speakers
	{"dateline-year", resolveDateYear}, // dateline_rec.go
}

// state is the work in progress of one Parse call.
type state struct {
	doc  *document
	opts Options
	art  *Article
	body []block // the blocks not yet claimed by a recognizer
	date *monthDay
	// bylineAgency is the agency a byline names ("by X, Reuters").
	bylineAgency string
	// signoffAgency is the agency a sign-off names ("Reuter").
	signoffAgency string
	// namesCapped is set once a credit list reached maxNames.
	namesCapped bool
	ref         time.Time // reference date for year-less datelines
}

func newState(doc *document, opts Options) *state {
	return &state{
		doc:  doc,
		opts: opts,
		art:  &Article{},
		body: doc.blocks,
		ref:  opts.ReferenceDate,
	}
}

// warn records something the parser noticed but could not resolve.
func (st *state) warn(msg string) {
	st.art.Warnings = append(st.art.Warnings, msg)
}

// finish fills the article's source and body from the state.
func (st *state) finish(name string, opts Options) *Article {
	a := st.art
	a.Source = Source{
		Path:     name,
		ID:       opts.ID,
		Format:   st.doc.format,
		Encoding: st.doc.encoding,
		Language: st.doc.lang,
	}
	a.Warnings = append(st.doc.warnings, a.Warnings...)
	if a.Body == nil {
		a.Body, a.Spans.Body = bodyOf(st.body)
	}
	a.Spans.Text = st.doc.text
	return a
}

// bodyOf returns the texts and spans of the non-empty blocks.
func bodyOf(blocks []block) ([]string, []Span) {
	body := make([]string, 0, len(blocks))
	spans := make([]Span, 0, len(blocks))
	for _, b := range blocks {
		if b.text == "" {
			continue
		}
		body = append(body, b.text)
		spans = append(spans, b.span)
	}
	return body, spans
}

// finalizeBody fixes Article.Body from the remaining blocks; recognizers
// after it (quotes) index into it.
func finalizeBody(st *state) {
	st.art.Body, st.art.Spans.Body = bodyOf(st.body)
}
