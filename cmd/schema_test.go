package cmd

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"golang.org/x/tools/txtar"
	"gopkg.in/yaml.v3"

	"github.com/dispatch-tools/dispatch/parse"
)

const (
	schemaURL     = "https://github.com/dispatch-tools/dispatch/schema/v1/article.schema.json"
	draft2020URL  = "https://json-schema.org/draft/2020-12/schema"
	schemaPathRel = "schema/dispatch.schema.json"
)

// compileSchema compiles the embedded schema; the compiler checks it
// against the draft 2020-12 metaschema.
func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(articleSchema))
	if err != nil {
		t.Fatalf("%s is not JSON: %v", schemaPathRel, err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	if err := c.AddResource(schemaURL, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(schemaURL)
	if err != nil {
		t.Fatalf("%s does not compile: %v", schemaPathRel, err)
	}
	return sch
}

// TestSchemaIsDraft2020 validates the schema against the draft 2020-12
// metaschema explicitly, and checks that dispatch schema prints it.
func TestSchemaIsDraft2020(t *testing.T) {
	compileSchema(t)
	meta, err := jsonschema.NewCompiler().Compile(draft2020URL)
	if err != nil {
		t.Fatal(err)
	}
	doc, _ := jsonschema.UnmarshalJSON(bytes.NewReader(articleSchema))
	if err := meta.Validate(doc); err != nil {
		t.Fatalf("schema is not valid draft 2020-12: %v", err)
	}
	if m, _ := doc.(map[string]any); m["$schema"] != draft2020URL {
		t.Errorf("$schema = %v, want %s", m["$schema"], draft2020URL)
	}
	var stdout, stderr bytes.Buffer
	if code := Main([]string{"schema"}, nil, &stdout, &stderr); code != 0 || !bytes.Equal(stdout.Bytes(), articleSchema) {
		t.Errorf("dispatch schema: exit %d, stderr %q, output differs from %s", code, stderr.String(), schemaPathRel)
	}
}

// TestGoldenOutputsValidate validates every golden output: the want.yaml
// sections of testdata/**/*.txtar and testdata/seed/*.yaml.
func TestGoldenOutputsValidate(t *testing.T) {
	sch := compileSchema(t)
	n := 0
	err := filepath.WalkDir("../testdata", func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		var data []byte
		switch {
		case strings.HasSuffix(path, ".txtar"):
			ar, err := txtar.ParseFile(path)
			if err != nil {
				return err
			}
			data = section(ar, "want.yaml")
		case strings.HasPrefix(path, "../testdata/seed/") && strings.HasSuffix(path, ".yaml") && !strings.HasSuffix(path, ".expect.yaml"):
			data, err = os.ReadFile(path)
			if err != nil {
				return err
			}
		default:
			return nil
		}
		for i, art := range goldenArticles(t, path, data) {
			n++
			if err := sch.Validate(art); err != nil {
				t.Errorf("%s: article %d does not validate: %v", path, i+1, err)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("no golden outputs found")
	}
	t.Logf("%d golden articles validated", n)
}

// goldenArticles decodes a golden output (a YAML stream, a JSON object or
// array, or JSON Lines) into articles as JSON values. Comment-only
// documents (a case's "# exit 1") hold none.
func goldenArticles(t *testing.T, path string, data []byte) []any {
	t.Helper()
	var out []any
	dec := yaml.NewDecoder(bytes.NewReader(data))
	for {
		var v any
		err := dec.Decode(&v)
		if errors.Is(err, io.EOF) {
			return out
		}
		if err != nil {
			return append(out, jsonLines(t, path, data)...)
		}
		switch v := v.(type) {
		case nil:
		case []any:
			for _, a := range v {
				out = append(out, toJSONValue(t, path, a))
			}
		default:
			out = append(out, toJSONValue(t, path, v))
		}
	}
}

// jsonLines decodes JSON Lines output, which is not one YAML document.
func jsonLines(t *testing.T, path string, data []byte) []any {
	t.Helper()
	var out []any
	for _, l := range strings.Split(string(data), "\n") {
		if l = strings.TrimSpace(l); l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		v, err := jsonschema.UnmarshalJSON(strings.NewReader(l))
		if err != nil {
			t.Fatalf("%s: output is neither YAML nor JSON Lines: %v", path, err)
		}
		out = append(out, v)
	}
	return out
}

// toJSONValue turns a decoded YAML value into the JSON value it stands for.
func toJSONValue(t *testing.T, path string, v any) any {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	j, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return j
}

// TestSchemaMatchesEncoder: full and empty articles, as encode.go writes
// them, validate; outputs with a key missing, an extra key or an empty
// string where null belongs do not.
func TestSchemaMatchesEncoder(t *testing.T) {
	sch := compileSchema(t)
	full := &parse.Article{
		Source:       parse.Source{Path: "a.jsonl", ID: "7", Format: "text", Encoding: "utf-8", Language: "en"},
		Headline:     "NATO and the United States said they would not send troops into Ukraine",
		Dateline:     &parse.Dateline{Text: "Xinhua News Agency, Brussels, February 24th", Place: "Brussels", Date: "2022-02-24", Agency: "Xinhua"},
		Published:    "2022-02-24T20:15:00+08:00",
		Reporters:    []string{"Ren Ke"},
		Contributors: []string{"Deng Xianlai"},
		Editors:      []string{"Yuan Bo", "Hu Yongqiu"},
		Speakers:     []parse.Speaker{{Name: "Stoltenberg", Title: "NATO Secretary-General", Quotes: 2}, {Name: "Puski", Quotes: 1}},
		Quotes: []parse.Quote{
			{Speaker: "Stoltenberg", Text: "we have no plans or intention to send troops to Ukraine.", Kind: parse.Direct, Cue: "said", Paragraph: 2},
			{Text: "clear and consistent", Kind: parse.Direct, Paragraph: 6},
		},
		Body:     []string{"NATO Secretary-General Stoltenberg said ..."},
		Warnings: []string{"dateline year unknown; pass --date to set it"},
	}
	yearless := *full
	yearless.Dateline = &parse.Dateline{Date: "--02-24", Agency: "Reuters"}
	for name, a := range map[string]*parse.Article{"full": full, "empty": {}, "year-less dateline": &yearless} {
		if err := sch.Validate(articleJSON(t, a)); err != nil {
			t.Errorf("%s article does not validate: %v", name, err)
		}
	}
	bad := map[string]func(m map[string]any){
		"missing key":         func(m map[string]any) { delete(m, "warnings") },
		"extra key":           func(m map[string]any) { m["byline"] = "x" },
		"empty headline":      func(m map[string]any) { m["headline"] = "" },
		"bad date":            func(m map[string]any) { m["dateline"].(map[string]any)["date"] = "24 Feb" },
		"extra dateline key":  func(m map[string]any) { m["dateline"].(map[string]any)["city"] = "x" },
		"null list":           func(m map[string]any) { m["editors"] = nil },
		"bad kind":            func(m map[string]any) { m["quotes"].([]any)[0].(map[string]any)["kind"] = "quoted" },
		"paragraph 0":         func(m map[string]any) { m["quotes"].([]any)[0].(map[string]any)["paragraph"] = json.Number("0") },
		"missing source key":  func(m map[string]any) { delete(m["source"].(map[string]any), "encoding") },
		"speaker title empty": func(m map[string]any) { m["speakers"].([]any)[0].(map[string]any)["title"] = "" },
	}
	for name, spoil := range bad {
		v := articleJSON(t, full).(map[string]any)
		spoil(v)
		if sch.Validate(v) == nil {
			t.Errorf("%s: validates, want an error", name)
		}
	}
}

func articleJSON(t *testing.T, a *parse.Article) any {
	t.Helper()
	b, err := a.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return v
}
