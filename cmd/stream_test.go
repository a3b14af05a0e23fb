package cmd

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/dispatch-tools/dispatch/parse"
)

// TestStreamSameBytes checks that encoding an article in chunks gives
// exactly the bytes of encoding it at once, in every output syntax, at
// chunk sizes that cut the lists everywhere.
func TestStreamSameBytes(t *testing.T) {
	encodings := []struct {
		name string
		enc  encodeFunc
		syn  pieceSyntax
	}{
		{"yaml", encodeYAML, yamlSyntax},
		{"jsonl", func(a *parse.Article) ([]byte, error) { return marshalJSON(a, "", "") }, jsonSyntax("", "")},
		{"json", func(a *parse.Article) ([]byte, error) { return marshalJSON(a, "", "  ") }, jsonSyntax("", "  ")},
		{"json-array", func(a *parse.Article) ([]byte, error) { return marshalJSON(a, "  ", "  ") }, jsonSyntax("  ", "  ")},
	}
	for _, a := range streamArticles(t) {
		for _, e := range encodings {
			want, err := e.enc(a)
			if err != nil {
				t.Fatal(err)
			}
			for _, chunk := range []int{1, 2, 3, 7, 1 << 20} {
				var got bytes.Buffer
				if err := writeStreamed(&got, a, e.enc, e.syn, chunk); err != nil {
					t.Fatalf("%s, chunk %d: %v", e.name, chunk, err)
				}
				if !bytes.Equal(got.Bytes(), want) {
					t.Fatalf("%s, chunk %d, %s: streamed output differs:\n%s", e.name, chunk, a.Source.Path, lineDiff(string(want), got.String()))
				}
			}
		}
	}
}

// streamArticles are parsed dispatches and hand-made articles whose text
// looks like the keys and list syntax the splicing looks for.
func streamArticles(t *testing.T) []*parse.Article {
	var out []*parse.Article
	var sb strings.Builder
	sb.WriteString("Headline\n\nWASHINGTON (AP) — Start.\n\n")
	for i := range 40 {
		fmt.Fprintf(&sb, "\"We will not %d,\" Smith said. She said that it was %d.\n\n", i, i)
	}
	for _, src := range []string{string(seedText(t)), sb.String(), "Head\n\nOne paragraph only."} {
		a, err := parse.Parse("in.txt", []byte(src), parse.Options{})
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, a)
	}
	tricky := []string{"quotes: []", "\nbody:", `"body": [`, `"warnings":`, "- item", "yes", "#", "  lead", "]", "[", "x\ny", "日本語", `\"quotes\":[]`, "null"}
	a := &parse.Article{Source: parse.Source{Path: "made\nby hand"}, Headline: "body: []", Warnings: tricky}
	for i, s := range tricky {
		a.Body = append(a.Body, s)
		a.Quotes = append(a.Quotes, parse.Quote{Text: s, Kind: parse.Direct, Cue: tricky[len(tricky)-1-i], Paragraph: i + 1})
	}
	a.Speakers = []parse.Speaker{{Name: "quotes", Title: "body: x", Quotes: 1}}
	a.Quotes[0].Speaker = "quotes"
	out = append(out, a, &parse.Article{Source: parse.Source{Path: "empty lists"}, Body: tricky[:2]})
	return out
}
