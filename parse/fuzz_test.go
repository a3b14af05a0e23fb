package parse

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/tools/txtar"
	"gopkg.in/yaml.v3"
)

// Fuzz targets for hostile input. Each checks, on every input, the
// properties the command relies on: no panic; a failure is a one-line
// *Error naming the input; the output encodes to JSON and YAML that decode
// back to the same article; quotes index body; spans lie inside the text;
// every string is valid UTF-8.
//
//	go test ./parse -run '^$' -fuzz '^FuzzParseText$' -fuzztime 20s
//
// Crashers that the fuzzer finds are kept, as Go writes them, under
// testdata/fuzz/FuzzX/ in this package, and replay in every go test run.

// goldenInputs returns the input sections of the golden cases under
// ../testdata: the txtar input.txt / input.html sections, the "text" and
// "html" fields of input.jsonl records, and bare .txt / .html inputs.
func goldenInputs(tb testing.TB) [][]byte {
	tb.Helper()
	var out [][]byte
	err := filepath.WalkDir("../testdata", func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		switch filepath.Ext(path) {
		case ".txt", ".html":
			data, err := os.ReadFile(path)
			if err == nil {
				out = append(out, data)
			}
			return err
		case ".txtar":
			ar, err := txtar.ParseFile(path)
			if err != nil {
				return err
			}
			for _, f := range ar.Files {
				out = append(out, sectionInputs(f)...)
			}
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	if len(out) == 0 {
		tb.Fatal("no golden inputs found under ../testdata")
	}
	return out
}

// sectionInputs returns the inputs held by one txtar section.
func sectionInputs(f txtar.File) [][]byte {
	switch f.Name {
	case "input.txt", "input.html":
		return [][]byte{f.Data}
	case "input.jsonl":
		var out [][]byte
		for _, l := range bytes.Split(f.Data, []byte("\n")) {
			var rec struct{ Text, HTML string }
			if json.Unmarshal(l, &rec) == nil {
				out = append(out, []byte(rec.Text+rec.HTML))
			}
		}
		return out
	}
	return nil
}

// hostileSeeds are small inputs aimed at the edges: encodings, binary
// signatures, deep or broken markup, and credit and quote punctuation.
var hostileSeeds = []string{
	"",
	" \n\t\n",
	"\xef\xbb\xbfHeadline\n\nBEIJING, Feb. 24 (Xinhua) -- Text.",
	"\x89PNG\r\n\x1a\n\x00\x00",
	"\x1f\x8b\x08\x00",
	"Head\x00line\n\nBody",
	"Bad \xff\xfe UTF-8 \xc3\x28 here\n\nWASHINGTON (AP) — A said \"yes.\"",
	"<html><head><meta charset=\"gbk\"><title>\xd0\xc2\xbb\xaa\xc9\xe7</title></head><body><p>\xc4\xe3\xba\xc3</p></body></html>",
	`<html><head><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"H","author":[{"name":"Jane Doe"}],"datePublished":"2022-02-24T10:00:00+08:00"}]}</script></head><body><article><h1>H</h1><p>BEIJING, Feb. 24 (Xinhua) -- X said "no".</p></article></body></html>`,
	`<p><p><li><li><pre><h1></h2></ul>`,
	"<div>" + strings.Repeat("<ul><li>", 200) + "deep" + "</div>",
	"(((((((((((Reporter Ren Ke)",
	"Headline\n\nText. (By Jane Doe)(By John Roe) Editing by A B; Reporting by C D",
	"PORTLAND, Ore., Feb 26 - A. Reuter",
	"MOSCOW, February 24. /TASS/. Putin said that it was so.",
	"新华社布鲁塞尔2月24日电（记者任珂）北约秘书长斯托尔滕贝格表示，“不会派兵”。（完）",
	"“unclosed quote said X\n\n\"another",
	"\r\n\r\nCR\rLF\r\n",
}

// encodedSeeds turns seed text into the byte forms the decoder must read:
// UTF-16 with and without a BOM, GB18030, Big5.
func encodedSeeds(s string) [][]byte {
	out := [][]byte{[]byte(s)}
	for _, e := range []encoding.Encoding{
		unicode.UTF16(unicode.LittleEndian, unicode.UseBOM),
		unicode.UTF16(unicode.BigEndian, unicode.UseBOM),
		unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM),
		unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM),
		simplifiedchinese.GB18030,
		traditionalchinese.Big5,
	} {
		if b, err := e.NewEncoder().Bytes([]byte(s)); err == nil {
			out = append(out, b)
		}
	}
	return out
}

func addParseSeeds(f *testing.F) {
	for _, in := range goldenInputs(f) {
		f.Add(in)
	}
	for _, s := range hostileSeeds {
		f.Add([]byte(s))
	}
}

// FuzzParseText runs the plain-text path on arbitrary bytes.
func FuzzParseText(f *testing.F) {
	addParseSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Parse("fuzz.txt", data, Options{Format: FormatText})
		checkResult(t, "fuzz.txt", a, err)
	})
}

// FuzzParseHTML runs the HTML path on arbitrary bytes.
func FuzzParseHTML(f *testing.F) {
	addParseSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Parse("fuzz.html", data, Options{Format: FormatHTML})
		checkResult(t, "fuzz.html", a, err)
	})
}

// FuzzDecode runs charset and format detection, then the whole parse with
// both sniffed, on arbitrary bytes.
func FuzzDecode(f *testing.F) {
	for _, s := range append(hostileSeeds[:len(hostileSeeds):len(hostileSeeds)], "Headline\n\nWASHINGTON (AP) — Plain text.", "新华社北京2月24日电 正文。") {
		for _, b := range encodedSeeds(s) {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := decode("fuzz", data, Options{})
		if err != nil {
			checkError(t, "fuzz", err)
		} else {
			checkDocument(t, doc)
		}
		a, err := Parse("fuzz", data, Options{})
		if doc == nil && err == nil || doc != nil && err != nil && doc.format != FormatHTML {
			t.Fatalf("decode and Parse disagree: decode ok=%v, Parse err=%v", doc != nil, err)
		}
		checkResult(t, "fuzz", a, err)
	})
}

// checkDocument checks what decode returns.
func checkDocument(t *testing.T, doc *document) {
	t.Helper()
	if !utf8.ValidString(doc.text) {
		t.Fatalf("decoded text is not valid UTF-8 (encoding %s): %q", doc.encoding, doc.text)
	}
	if strings.ContainsRune(doc.text, '\r') {
		t.Fatalf("decoded text keeps a carriage return: %q", doc.text)
	}
	if strings.TrimSpace(doc.text) == "" {
		t.Fatalf("decode accepted blank text")
	}
	if doc.format != FormatText && doc.format != FormatHTML {
		t.Fatalf("format = %q", doc.format)
	}
	if doc.encoding == "" {
		t.Fatalf("no encoding named")
	}
}

// checkError checks that a failure is a one-line *Error naming the input.
func checkError(t *testing.T, name string, err error) {
	t.Helper()
	var pe *Error
	if !errors.As(err, &pe) {
		t.Fatalf("error %T is not a *parse.Error: %v", err, err)
	}
	msg := err.Error()
	if pe.File != name || !strings.HasPrefix(msg, name+":") {
		t.Fatalf("error does not name the input %q: %q", name, msg)
	}
	if strings.ContainsAny(msg, "\r\n") || !utf8.ValidString(msg) {
		t.Fatalf("error is not one clean line: %q", msg)
	}
}

// checkResult checks every property of one Parse result.
func checkResult(t *testing.T, name string, a *Article, err error) {
	t.Helper()
	if err != nil {
		if a != nil {
			t.Fatalf("Parse returned both an article and an error: %v", err)
		}
		checkError(t, name, err)
		return
	}
	if a == nil {
		t.Fatal("Parse returned neither an article nor an error")
	}
	checkUTF8(t, reflect.ValueOf(a).Elem(), "article")
	checkShape(t, a)
	checkSpans(t, a)
	checkRoundTrip(t, a)
}

// checkUTF8 walks every string of v.
func checkUTF8(t *testing.T, v reflect.Value, path string) {
	t.Helper()
	switch v.Kind() {
	case reflect.String:
		if !utf8.ValidString(v.String()) {
			t.Fatalf("%s is not valid UTF-8: %q", path, v.String())
		}
	case reflect.Pointer:
		if !v.IsNil() {
			checkUTF8(t, v.Elem(), path)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			checkUTF8(t, v.Field(i), path+"."+v.Type().Field(i).Name)
		}
	case reflect.Slice:
		for i := range v.Len() {
			checkUTF8(t, v.Index(i), path+"[]")
		}
	}
}

// checkShape checks the schema's promises between fields.
func checkShape(t *testing.T, a *Article) {
	t.Helper()
	for i, p := range a.Body {
		if strings.TrimSpace(p) == "" {
			t.Fatalf("body[%d] is blank", i)
		}
	}
	speakers := map[string]int{}
	for _, s := range a.Speakers {
		if s.Name == "" {
			t.Fatalf("speaker with no name: %+v", s)
		}
		speakers[s.Name] = 0
	}
	for i, q := range a.Quotes {
		if q.Paragraph < 1 || q.Paragraph > len(a.Body) {
			t.Fatalf("quotes[%d].paragraph = %d, body has %d paragraphs", i, q.Paragraph, len(a.Body))
		}
		if q.Kind != Direct && q.Kind != Indirect {
			t.Fatalf("quotes[%d].kind = %q", i, q.Kind)
		}
		if q.Speaker == "" {
			continue
		}
		if _, ok := speakers[q.Speaker]; !ok {
			t.Fatalf("quotes[%d].speaker %q is not in speakers %+v", i, q.Speaker, a.Speakers)
		}
		speakers[q.Speaker]++
	}
	for _, s := range a.Speakers {
		if s.Quotes != speakers[s.Name] {
			t.Fatalf("speaker %q counts %d quotes, quotes attribute %d", s.Name, s.Quotes, speakers[s.Name])
		}
	}
}

// checkSpans checks that every span lies inside Spans.Text.
func checkSpans(t *testing.T, a *Article) {
	t.Helper()
	n := len(a.Spans.Text)
	in := func(what string, s Span) {
		if s.Start < 0 || s.Start > s.End || s.End > n {
			t.Fatalf("%s span %+v outside the text (%d bytes)", what, s, n)
		}
	}
	in("headline", a.Spans.Headline)
	in("dateline", a.Spans.Dateline)
	for _, s := range a.Spans.Body {
		in("body", s)
	}
	for _, s := range a.Spans.Credits {
		in("credit", s)
	}
	if len(a.Spans.Body) != 0 && len(a.Spans.Body) != len(a.Body) {
		t.Fatalf("%d body spans for %d paragraphs", len(a.Spans.Body), len(a.Body))
	}
}

// checkRoundTrip encodes a as JSON and as YAML (as the command does),
// decodes both, and requires the same article back from each.
func checkRoundTrip(t *testing.T, a *Article) {
	t.Helper()
	js, err := json.Marshal(a)
	if err != nil {
		t.Fatalf("JSON encoding: %v", err)
	}
	if !json.Valid(js) {
		t.Fatalf("invalid JSON: %s", js)
	}
	var fromJSON wireArticle
	if err := json.Unmarshal(js, &fromJSON); err != nil {
		t.Fatalf("JSON does not decode: %v\n%s", err, js)
	}
	var yb bytes.Buffer
	enc := yaml.NewEncoder(&yb)
	enc.SetIndent(2)
	if err := enc.Encode(a); err != nil {
		t.Fatalf("YAML encoding: %v", err)
	}
	if err := enc.Close(); err != nil {
		t.Fatalf("YAML encoding: %v", err)
	}
	var fromYAML wireArticle
	if err := yaml.Unmarshal(yb.Bytes(), &fromYAML); err != nil {
		t.Fatalf("YAML does not decode: %v\n%s", err, yb.Bytes())
	}
	want := a.wire()
	if !reflect.DeepEqual(&fromJSON, want) {
		t.Fatalf("JSON does not round-trip:\n got %+v\nwant %+v", fromJSON, *want)
	}
	if !reflect.DeepEqual(&fromYAML, want) {
		t.Fatalf("YAML does not round-trip:\n%s\n got %#v\nwant %#v", yb.Bytes(), fromYAML, *want)
	}
}

// isoDate is the shape of Dateline.Date: "2022-02-24" or "--02-24".
var isoDate = regexp.MustCompile(`^(?:\d{4}|-)-(\d{2})-(\d{2})$`)

// FuzzDate runs the date scanner, the dateline grammar and the published
// timestamp reader on arbitrary text, with an arbitrary reference date
// (days after 1900-01-01; negative means none).
func FuzzDate(f *testing.F) {
	for _, r := range datelineRules {
		for _, ex := range strings.Split(r.example, ";") {
			f.Add(strings.TrimSpace(ex), int64(44614))
		}
	}
	for _, s := range []string{
		"Feb 26", "Feb. 24, 2022", "February 24th", "24 February 2022", "10 juil 2024", "24. Februar",
		"Feb 31", "Feb 29", "31st Sept", "Dec 31, 2099", "2022-02-24T10:00:00+08:00", "2022-02-24",
		"Mon, 02 Jan 2006 15:04:05 -0700", "2006-01-02T15:04:05", "Août 1er", "déc. 5",
	} {
		f.Add(s, int64(-1))
		f.Add(s, int64(44614))
	}
	f.Fuzz(func(t *testing.T, s string, days int64) {
		var ref time.Time
		if days >= 0 && days < 200*366 {
			ref = time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(days))
		}
		checkScanDate(t, s, ref)
		checkDatelineMatch(t, s)
		if p, _ := parsePublished(s); p != "" {
			if again, _ := parsePublished(p); again != p {
				t.Fatalf("parsePublished(%q) = %q, which reads back as %q", s, p, again)
			}
		}
	})
}

// checkScanDate checks scanDate and the ISO form of what it reads.
func checkScanDate(t *testing.T, s string, ref time.Time) {
	t.Helper()
	d, n := scanDate(s)
	if n < 0 || n > len(s) {
		t.Fatalf("scanDate(%q) read %d bytes", s, n)
	}
	if n == 0 {
		return
	}
	if n < len(s) && utf8.ValidString(s) && !utf8.RuneStart(s[n]) {
		t.Fatalf("scanDate(%q) stopped inside a character at %d", s, n)
	}
	if d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31 || d.year != 0 && (d.year < 1900 || d.year > 2100) {
		t.Fatalf("scanDate(%q) = %+v", s, d)
	}
	iso, unknown := d.iso(ref)
	if !utf8.ValidString(iso) || !isoDate.MatchString(iso) {
		t.Fatalf("iso of %q = %q", s, iso)
	}
	if unknown != (d.year == 0 && ref.IsZero()) {
		t.Fatalf("iso of %q (ref %v): unknown = %v", s, ref, unknown)
	}
	if !unknown {
		if _, err := time.Parse("2006-01-02", iso); err != nil {
			t.Fatalf("scanDate(%q) gives %q, not a calendar date: %v", s, iso, err)
		}
	}
}

// checkDatelineMatch checks that a dateline match stays inside its text.
func checkDatelineMatch(t *testing.T, s string) {
	t.Helper()
	m, ok := matchDateline(s)
	if !ok {
		return
	}
	n := min(len(s), 400)
	if m.textEnd < 0 || m.textEnd > n || m.bodyPos < 0 || m.bodyPos > n {
		t.Fatalf("matchDateline(%q) = %+v: outside the text", s, m)
	}
	if p := m.place; p.Start < 0 || p.Start > p.End || p.End > n {
		t.Fatalf("matchDateline(%q) place %+v outside the text", s, p)
	}
	if utf8.ValidString(s) && !utf8.ValidString(recasePlace(s[m.place.Start:m.place.End])) {
		t.Fatalf("matchDateline(%q) place is not valid UTF-8", s)
	}
}
