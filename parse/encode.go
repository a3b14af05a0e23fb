package parse

import (
	"bytes"
	"encoding/json"
)

// The wire types mirror Article with pointers where the schema allows null
// and non-nil slices where it requires a list, so that every key is always
// present and in schema order, for JSON and YAML alike.

type wireArticle struct {
	Source       wireSource    `json:"source" yaml:"source"`
	Headline     *string       `json:"headline" yaml:"headline"`
	Dateline     *wireDateline `json:"dateline" yaml:"dateline"`
	Published    *string       `json:"published" yaml:"published"`
	Reporters    []string      `json:"reporters" yaml:"reporters"`
	Contributors []string      `json:"contributors" yaml:"contributors"`
	Editors      []string      `json:"editors" yaml:"editors"`
	Speakers     []wireSpeaker `json:"speakers" yaml:"speakers"`
	Quotes       []wireQuote   `json:"quotes" yaml:"quotes"`
	Body         []string      `json:"body" yaml:"body"`
	Warnings     []string      `json:"warnings" yaml:"warnings"`
}

type wireSource struct {
	Path     string  `json:"path" yaml:"path"`
	ID       *string `json:"id" yaml:"id"`
	Format   *string `json:"format" yaml:"format"`
	Encoding *string `json:"encoding" yaml:"encoding"`
	Language *string `json:"language" yaml:"language"`
}

type wireDateline struct {
	Text   *string `json:"text" yaml:"text"`
	Place  *string `json:"place" yaml:"place"`
	Date   *string `json:"date" yaml:"date"`
	Agency *string `json:"agency" yaml:"agency"`
}

type wireSpeaker struct {
	Name   string  `json:"name" yaml:"name"`
	Title  *string `json:"title" yaml:"title"`
	Quotes int     `json:"quotes" yaml:"quotes"`
}

type wireQuote struct {
	Speaker   *string `json:"speaker" yaml:"speaker"`
	Text      string  `json:"text" yaml:"text"`
	Kind      string  `json:"kind" yaml:"kind"`
	Cue       *string `json:"cue" yaml:"cue"`
	Paragraph int     `json:"paragraph" yaml:"paragraph"`
}

func null(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func list[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func (a *Article) wire() *wireArticle {
	w := &wireArticle{
		Source: wireSource{
			Path:     a.Source.Path,
			ID:       null(a.Source.ID),
			Format:   null(a.Source.Format),
			Encoding: null(a.Source.Encoding),
			Language: null(a.Source.Language),
		},
		Headline:     null(a.Headline),
		Published:    null(a.Published),
		Reporters:    list(a.Reporters),
		Contributors: list(a.Contributors),
		Editors:      list(a.Editors),
		Speakers:     make([]wireSpeaker, 0, len(a.Speakers)),
		Quotes:       make([]wireQuote, 0, len(a.Quotes)),
		Body:         list(a.Body),
		Warnings:     list(a.Warnings),
	}
	if d := a.Dateline; d != nil {
		w.Dateline = &wireDateline{Text: null(d.Text), Place: null(d.Place), Date: null(d.Date), Agency: null(d.Agency)}
	}
	for _, s := range a.Speakers {
		w.Speakers = append(w.Speakers, wireSpeaker{Name: s.Name, Title: null(s.Title), Quotes: s.Quotes})
	}
	for _, q := range a.Quotes {
		w.Quotes = append(w.Quotes, wireQuote{Speaker: null(q.Speaker), Text: q.Text, Kind: q.Kind, Cue: null(q.Cue), Paragraph: q.Paragraph})
	}
	return w
}

// MarshalJSON encodes a with every schema key present, null for missing scalars.
// Characters such as "<" and "&" are written as they are, not escaped.
func (a *Article) MarshalJSON() ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(a.wire()); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// MarshalYAML implements yaml.Marshaler with the same shape as MarshalJSON.
func (a *Article) MarshalYAML() (any, error) {
	return a.wire(), nil
}
