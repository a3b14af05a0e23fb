package cmd

import (
	"bytes"
	"errors"
	"io"

	"github.com/dispatch-tools/dispatch/parse"
)

// A large article is encoded in pieces: first the article without its
// quotes and body, then its quotes and its body a chunk at a time, each
// chunk spliced into place as it is written. The bytes are exactly those
// of encoding the whole article at once (TestStreamSameBytes), but a
// 100 MB dispatch no longer needs several whole copies of its output in
// memory: the YAML encoder alone builds a node tree many times the size
// of the text.

// streamChunk is how many quotes or paragraphs are encoded at a time.
// Articles with fewer of each are encoded at once.
const streamChunk = 1024

// listKeys are the article's two long lists, in schema order, followed by
// the key that closes the article.
const (
	keyQuotes   = "quotes"
	keyBody     = "body"
	keyWarnings = "warnings"
)

// encodeFunc encodes one whole article (encodeYAML, or marshalJSON with
// its indent).
type encodeFunc func(a *parse.Article) ([]byte, error)

// pieceSyntax tells where lists start and end in one output syntax.
type pieceSyntax struct {
	// key returns the text that introduces a top-level key: `"body":`, "\nbody:".
	key func(k string) string
	// open, sep and close surround and separate the pieces of a non-empty
	// list; the pieces are the encoded inner parts of each chunk.
	open, sep, close string
	// inner cuts the inner part of a list from the encoding of the list's
	// value, which runs up to the next key.
	inner func(v []byte) ([]byte, error)
}

var errSplice = errors.New("internal error: cannot splice the article's encoding")

// writeStreamed writes a's encoding to w, chunk by chunk when it is large.
func writeStreamed(w io.Writer, a *parse.Article, enc encodeFunc, syn pieceSyntax, chunk int) error {
	if len(a.Quotes) <= chunk && len(a.Body) <= chunk {
		b, err := enc(a)
		if err != nil {
			return err
		}
		_, err = w.Write(b)
		return err
	}
	head := *a
	head.Quotes, head.Body = nil, nil
	b, err := enc(&head)
	if err != nil {
		return err
	}
	qi, bi, wi, err := listPositions(b, syn)
	if err != nil {
		return err
	}
	if _, err := w.Write(b[:qi]); err != nil {
		return err
	}
	if err := writeList(w, b[qi:bi], len(a.Quotes), chunk, syn, enc, func(i, j int) *parse.Article {
		return &parse.Article{Quotes: a.Quotes[i:j]}
	}, keyQuotes); err != nil {
		return err
	}
	if err := writeList(w, b[bi:wi], len(a.Body), chunk, syn, enc, func(i, j int) *parse.Article {
		return &parse.Article{Body: a.Body[i:j]}
	}, keyBody); err != nil {
		return err
	}
	_, err = w.Write(b[wi:])
	return err
}

// listPositions finds the quotes, body and warnings keys, the last three
// of the schema, searching backwards from the last so that no text inside
// a value can be taken for a key.
func listPositions(b []byte, syn pieceSyntax) (qi, bi, wi int, err error) {
	wi = bytes.LastIndex(b, []byte(syn.key(keyWarnings)))
	if wi < 0 {
		return 0, 0, 0, errSplice
	}
	bi = bytes.LastIndex(b[:wi], []byte(syn.key(keyBody)))
	if bi < 0 {
		return 0, 0, 0, errSplice
	}
	qi = bytes.LastIndex(b[:bi], []byte(syn.key(keyQuotes)))
	if qi < 0 {
		return 0, 0, 0, errSplice
	}
	return qi, bi, wi, nil
}

// writeList writes the key and value of one list of n elements: empty as
// in the head's encoding, else the inner parts of each chunk's encoding
// (made by part) between open and close.
func writeList(w io.Writer, empty []byte, n, chunk int, syn pieceSyntax, enc encodeFunc, part func(i, j int) *parse.Article, key string) error {
	if n == 0 {
		_, err := w.Write(empty)
		return err
	}
	k := syn.key(key)
	if _, err := io.WriteString(w, k+syn.open); err != nil {
		return err
	}
	for i := 0; i < n; i += chunk {
		b, err := enc(part(i, min(i+chunk, n)))
		if err != nil {
			return err
		}
		qi, bi, wi, err := listPositions(b, syn)
		if err != nil {
			return err
		}
		v := b[qi+len(k) : bi]
		if key == keyBody {
			v = b[bi+len(k) : wi]
		}
		in, err := syn.inner(v)
		if err != nil {
			return err
		}
		if i > 0 {
			if _, err := io.WriteString(w, syn.sep); err != nil {
				return err
			}
		}
		if _, err := w.Write(in); err != nil {
			return err
		}
	}
	_, err := io.WriteString(w, syn.close)
	return err
}

// jsonSyntax is the JSON list syntax, compact (prefix and indent empty)
// or indented as marshalJSON indents.
func jsonSyntax(prefix, indent string) pieceSyntax {
	if indent == "" {
		return pieceSyntax{
			key:  func(k string) string { return `"` + k + `":` },
			open: "[", sep: ",", close: "],",
			inner: func(v []byte) ([]byte, error) { return cutBetween(v, "[", "]") },
		}
	}
	nl := "\n" + prefix + indent
	return pieceSyntax{
		key:  func(k string) string { return `"` + k + `": ` },
		open: "[", sep: ",", close: nl + "],\n" + prefix + indent,
		inner: func(v []byte) ([]byte, error) {
			// "[\n    {...},\n    {...}\n  ],\n  " → "\n    {...},\n    {...}"
			return cutBetween(v, "[", nl+"]")
		},
	}
}

// yamlSyntax is the syntax of encodeYAML's block lists at the top level:
// "body:\n  - a\n  - b\n".
var yamlSyntax = pieceSyntax{
	key:  func(k string) string { return "\n" + k + ":" },
	open: "\n", sep: "\n", close: "",
	inner: func(v []byte) ([]byte, error) {
		// "\n  - a\n  - b" (up to the next key's newline) → "  - a\n  - b"
		if !bytes.HasPrefix(v, []byte("\n")) {
			return nil, errSplice
		}
		return v[1:], nil
	},
}

// cutBetween returns v between its first open and its last close.
func cutBetween(v []byte, open, close string) ([]byte, error) {
	i := bytes.Index(v, []byte(open))
	j := bytes.LastIndex(v, []byte(close))
	if i < 0 || j < i+len(open) {
		return nil, errSplice
	}
	return v[i+len(open) : j], nil
}
