package cmd

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/dispatch-tools/dispatch/parse"
)

// articleWriter writes a sequence of articles in one output format.
type articleWriter interface {
	// Write writes a, or pre when it is not nil: a's encoding made
	// beforehand by the format's encode (on a worker goroutine).
	Write(a *parse.Article, pre []byte) error
	// Close finishes the output (a JSON array's closing bracket).
	Close() error
}

// format is one output format. The table feeds flag help and completion.
type format struct {
	name    string
	aliases []string
	ext     string // file extension for convert
	help    string
	// newWriter makes a writer; many says whether several articles may
	// follow (a JSON array rather than a lone object).
	newWriter func(w io.Writer, many bool) articleWriter
	// encode encodes one article as its writer would, for workers to do in
	// parallel; large articles are left to the writer, which streams them.
	encode func(a *parse.Article, many bool) ([]byte, error)
}

// preEncode encodes a with f unless it is large enough to be streamed by
// the writer; it returns nil then.
func (f format) preEncode(a *parse.Article, many bool) ([]byte, error) {
	if a == nil || len(a.Quotes) > streamChunk || len(a.Body) > streamChunk {
		return nil, nil
	}
	return f.encode(a, many)
}

var formats = []format{
	{name: "yaml", aliases: []string{"yml"}, ext: ".yaml", help: "YAML; several inputs give a stream with --- separators", newWriter: newYAMLWriter,
		encode: func(a *parse.Article, _ bool) ([]byte, error) { return encodeYAML(a) }},
	{name: "json", ext: ".json", help: "JSON; several inputs give an array", newWriter: newJSONWriter,
		encode: func(a *parse.Article, many bool) ([]byte, error) { return marshalJSON(a, indentFor(many), "  ") }},
	{name: "jsonl", aliases: []string{"ndjson"}, ext: ".jsonl", help: "JSON Lines: one object per line", newWriter: newJSONLWriter,
		encode: func(a *parse.Article, _ bool) ([]byte, error) { return marshalJSON(a, "", "") }},
}

func lookupFormat(name string) (format, bool) {
	for _, f := range formats {
		if f.name == name {
			return f, true
		}
		for _, a := range f.aliases {
			if a == name {
				return f, true
			}
		}
	}
	return format{}, false
}

func formatNames() string {
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = f.name
	}
	return strings.Join(names, ", ")
}

func formatCompletions() []string {
	out := make([]string, len(formats))
	for i, f := range formats {
		out[i] = f.name + "\t" + f.help
	}
	return out
}

// yamlWriter writes a YAML stream, "---" between documents.
type yamlWriter struct {
	w *bufio.Writer
	n int
}

func newYAMLWriter(w io.Writer, _ bool) articleWriter { return &yamlWriter{w: bufio.NewWriter(w)} }

func (y *yamlWriter) Write(a *parse.Article, pre []byte) error {
	if y.n > 0 {
		if _, err := y.w.WriteString("---\n"); err != nil {
			return err
		}
	}
	y.n++
	if err := writePre(y.w, pre, a, encodeYAML, yamlSyntax); err != nil {
		return err
	}
	return y.w.Flush()
}

func (y *yamlWriter) Close() error { return y.w.Flush() }

// encodeYAML encodes one article as a YAML document with 2-space indent.
func encodeYAML(a *parse.Article) ([]byte, error) {
	var sb strings.Builder
	enc := yaml.NewEncoder(&sb)
	enc.SetIndent(2)
	if err := enc.Encode(a); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return []byte(sb.String()), nil
}

// jsonWriter writes one object, or an array when many.
type jsonWriter struct {
	w    *bufio.Writer
	many bool
	n    int
}

func newJSONWriter(w io.Writer, many bool) articleWriter {
	return &jsonWriter{w: bufio.NewWriter(w), many: many}
}

func (j *jsonWriter) Write(a *parse.Article, pre []byte) error {
	prefix := indentFor(j.many)
	switch {
	case !j.many:
	case j.n == 0:
		j.w.WriteString("[\n  ")
	default:
		j.w.WriteString(",\n  ")
	}
	j.n++
	enc := func(a *parse.Article) ([]byte, error) { return marshalJSON(a, prefix, "  ") }
	if err := writePre(j.w, pre, a, enc, jsonSyntax(prefix, "  ")); err != nil {
		return err
	}
	if !j.many {
		j.w.WriteByte('\n')
	}
	return j.w.Flush()
}

func indentFor(many bool) string {
	if many {
		return "  "
	}
	return ""
}

func (j *jsonWriter) Close() error {
	if j.many {
		if j.n == 0 {
			j.w.WriteString("[]\n")
		} else {
			j.w.WriteString("\n]\n")
		}
	}
	return j.w.Flush()
}

// jsonlWriter writes one compact object per line, flushed as it goes.
type jsonlWriter struct{ w io.Writer }

func newJSONLWriter(w io.Writer, _ bool) articleWriter { return &jsonlWriter{w: w} }

func (j *jsonlWriter) Write(a *parse.Article, pre []byte) error {
	enc := func(a *parse.Article) ([]byte, error) { return marshalJSON(a, "", "") }
	return writePre(j.w, pre, a, enc, jsonSyntax("", ""))
}

// writePre writes an article encoded beforehand, or encodes a, streaming
// it when it is large.
func writePre(w io.Writer, pre []byte, a *parse.Article, enc encodeFunc, syn pieceSyntax) error {
	if pre != nil {
		_, err := w.Write(pre)
		return err
	}
	return writeStreamed(w, a, enc, syn, streamChunk)
}

func (j *jsonlWriter) Close() error { return nil }

// marshalJSON encodes v without escaping "<", ">" and "&"; with an indent
// it is pretty-printed. Compact output ends with a newline.
func marshalJSON(v any, prefix, indent string) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent(prefix, indent)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	b := buf.Bytes()
	if indent != "" {
		b = bytes.TrimSuffix(b, []byte("\n"))
	}
	return b, nil
}
