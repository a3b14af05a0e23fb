package cmd

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/text/encoding/unicode"
)

// The bad-input matrix runs the built command on hostile inputs. Each input
// must get a correct parse or a one-line error naming it, the exit code the
// specification gives, and the inputs around it must still be parsed. The
// test asserts outcomes only: how long a case takes is measured by
// scripts/hostile.sh, not here.

// matrixCase is one hostile input.
type matrixCase struct {
	name string
	// make creates the input in dir and returns its name relative to dir,
	// with any flags it needs.
	make func(t *testing.T, dir string) (path string, flags []string)
	// fail matches the message after "dispatch: PATH: " when the input
	// must be refused; nil when it must parse.
	fail *regexp.Regexp
	// either allows both outcomes (a parse checked by check, or the error
	// fail describes) where the contract leaves the choice open.
	either bool
	// check examines the parsed article (the decoded JSON Lines object).
	check func(t *testing.T, a article)
}

// article is the decoded output, with the raw object for comparisons.
type article struct {
	Source struct {
		Path, Format, Encoding string
	}
	Headline *string
	Dateline map[string]any
	Body     []string
	Warnings []string
	raw      map[string]any
}

var matrixCases = []matrixCase{
	{name: "empty", make: file("empty.txt", ""), fail: re(`^empty input$`)},
	{name: "whitespace", make: file("blank.txt", " \n\t\r\n  \n\u3000\n"), fail: re(`^empty input$`)},
	{name: "png", make: file("image.txt", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"), fail: re(`^binary input \(PNG image\)`)},
	{name: "gzip", make: func(t *testing.T, dir string) (string, []string) {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write(seedText(t))
		zw.Close()
		return file("story.txt.gz", buf.String())(t, dir)
	}, fail: re(`^binary input \(gzip data\)`)},
	{name: "nul-bytes", make: func(t *testing.T, dir string) (string, []string) {
		s := seedText(t)
		return file("nul.txt", string(s[:200])+"\x00\x00\x00"+string(s[200:]))(t, dir)
	}, fail: re(`^binary input \(NUL bytes\)`)},
	{name: "invalid-utf8", make: func(t *testing.T, dir string) (string, []string) {
		s := strings.Replace(string(seedText(t)), "Stoltenberg said at", "Stoltenberg\xff\xfe said\xc3 at", 1)
		return file("latin.txt", s)(t, dir)
	}, check: func(t *testing.T, a article) {
		wantSeedHeadline(t, a)
		if a.Source.Encoding != "utf-8" || !containsAny(a.Warnings, "U+FFFD") || !containsAny(a.Body, "Stoltenberg\uFFFD") {
			t.Errorf("invalid UTF-8: encoding %q, warnings %q, body %q; want utf-8, a warning and U+FFFD in the body", a.Source.Encoding, a.Warnings, a.Body)
		}
	}},
	{name: "utf16le-bom", make: utf16File("le-bom.txt", unicode.LittleEndian, unicode.UseBOM), check: sameAsSeed("utf-16le")},
	{name: "utf16be-bom", make: utf16File("be-bom.txt", unicode.BigEndian, unicode.UseBOM), check: sameAsSeed("utf-16be")},
	{name: "utf16le-no-bom", make: utf16File("le.txt", unicode.LittleEndian, unicode.IgnoreBOM), check: sameAsSeed("utf-16le")},
	{name: "utf16be-no-bom", make: utf16File("be.txt", unicode.BigEndian, unicode.IgnoreBOM), check: sameAsSeed("utf-16be")},
	{name: "large-text", make: func(t *testing.T, dir string) (string, []string) {
		// 8 MB here; scripts/hostile.sh times the 100 MB file.
		return file("large.txt", largeText(t, 8<<20))(t, dir)
	}, check: func(t *testing.T, a article) {
		wantSeedHeadline(t, a)
		if len(a.Body) < 25000 || !strings.HasPrefix(a.Body[0], "The North Atlantic Council") {
			t.Errorf("large text: %d paragraphs, want the seed's paragraphs over and over", len(a.Body))
		}
	}},
	{name: "over-max-bytes", make: func(t *testing.T, dir string) (string, []string) {
		return file("small-limit.txt", largeText(t, 5000))(t, dir)
	}, fail: re(`^file too large \(\d+ bytes > --max-bytes 4000\)$`)},
	{name: "over-default-limit", make: func(t *testing.T, dir string) (string, []string) {
		p, _ := file("sparse.txt", "")(t, dir)
		if err := os.Truncate(filepath.Join(dir, p), 33<<20); err != nil { // sparse: no disk used
			t.Fatal(err)
		}
		return p, nil
	}, fail: re(`^file too large \(34603008 bytes > --max-bytes 33554432\)$`)},
	{name: "html-100000-deep", make: func(t *testing.T, dir string) (string, []string) {
		const depth = 100000
		page := "<!DOCTYPE html><html><body>" + strings.Repeat("<div>", depth) + "<p>Deep inside the page.</p>" + strings.Repeat("</div>", depth) + "</body></html>"
		return file("deep.html", page)(t, dir)
	}, either: true, fail: re(`(?i)malformed HTML: .*(nest|deep|stack)`), check: func(t *testing.T, a article) {
		if a.Source.Format != "html" || !containsAny(a.Body, "Deep inside the page.") {
			t.Errorf("deep HTML: format %q, body %q; want html and the paragraph", a.Source.Format, a.Body)
		}
	}},
	{name: "million-paragraphs", make: func(t *testing.T, dir string) (string, []string) {
		var sb strings.Builder
		sb.WriteString("A story of a million paragraphs\n\n")
		for i := 1; i <= 1000000; i++ {
			fmt.Fprintf(&sb, "Paragraph %d of the story.\n\n", i)
		}
		return file("million.txt", sb.String())(t, dir)
	}, check: func(t *testing.T, a article) {
		if len(a.Body) != 1000000 || a.Body[0] != "Paragraph 1 of the story." || a.Body[999999] != "Paragraph 1000000 of the story." {
			t.Errorf("million paragraphs: got %d", len(a.Body))
		}
	}},
	{name: "10MB-line", make: func(t *testing.T, dir string) (string, []string) {
		line := strings.ReplaceAll(largeText(t, 10<<20), "\n", " ")
		return file("line.txt", line)(t, dir)
	}, check: func(t *testing.T, a article) {
		if len(a.Body) != 1 || len(a.Body[0]) < 9<<20 {
			t.Errorf("10 MB line: %d paragraphs, want one of about 10 MB", len(a.Body))
		}
	}},
	{name: "permission-denied", make: func(t *testing.T, dir string) (string, []string) {
		p, _ := file("secret.txt", string(seedText(t)))(t, dir)
		full := filepath.Join(dir, p)
		if err := os.Chmod(full, 0); err != nil {
			t.Fatal(err)
		}
		if f, err := os.Open(full); err == nil {
			f.Close()
			t.Skipf("skipped: a file with mode 000 is still readable here (euid %d: root and CAP_DAC_OVERRIDE ignore file modes)", os.Geteuid())
		}
		return p, nil
	}, fail: re(`^permission denied$`)},
	{name: "missing-file", make: func(t *testing.T, dir string) (string, []string) {
		return "no-such-story.txt", nil
	}, fail: re(`^no such file or directory$`)},
	{name: "symlink-self-loop", make: func(t *testing.T, dir string) (string, []string) {
		if err := os.Symlink("self.txt", filepath.Join(dir, "self.txt")); err != nil {
			t.Fatal(err)
		}
		return "self.txt", nil
	}, fail: re(`^too many levels of symbolic links$`)},
	{name: "path-through-dir-loop", make: func(t *testing.T, dir string) (string, []string) {
		loop := makeDirLoop(t, dir)
		return loop + strings.Repeat("/back", 50) + "/story.txt", nil
	}, fail: re(`^too many levels of symbolic links$`)},
	{name: "dir-loop-as-input", make: func(t *testing.T, dir string) (string, []string) {
		return makeDirLoop(t, dir) + "/back", nil
	}, fail: re(`^is a directory`)},
	{name: "name-with-newline", make: func(t *testing.T, dir string) (string, []string) {
		return file("a story\nwith a newline .txt", string(seedText(t)))(t, dir)
	}, check: func(t *testing.T, a article) {
		wantSeedHeadline(t, a)
		if a.Source.Path != "a story\nwith a newline .txt" {
			t.Errorf("source.path = %q", a.Source.Path)
		}
	}},
	{name: "bad-name-with-newline", make: file("empty\nname\r.txt", ""), fail: re(`^empty input$`)},
}

func re(s string) *regexp.Regexp { return regexp.MustCompile(s) }

// file returns a maker that writes content to name in dir. The
// small-limit file also passes --max-bytes 4000.
func file(name, content string) func(*testing.T, string) (string, []string) {
	return func(t *testing.T, dir string) (string, []string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		if name == "small-limit.txt" {
			return name, []string{"--max-bytes", "4000"}
		}
		return name, nil
	}
}

func utf16File(name string, order unicode.Endianness, bom unicode.BOMPolicy) func(*testing.T, string) (string, []string) {
	return func(t *testing.T, dir string) (string, []string) {
		b, err := unicode.UTF16(order, bom).NewEncoder().Bytes(seedText(t))
		if err != nil {
			t.Fatal(err)
		}
		return file(name, string(b))(t, dir)
	}
}

// makeDirLoop makes dir/loop/back, a symbolic link back to dir/loop, with
// a story inside dir/loop; it returns "loop".
func makeDirLoop(t *testing.T, dir string) string {
	t.Helper()
	loop := filepath.Join(dir, "loop")
	if _, err := os.Lstat(loop); err == nil {
		return "loop"
	}
	if err := os.Mkdir(loop, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(loop, "story.txt"), seedText(t), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(".", filepath.Join(loop, "back")); err != nil {
		t.Fatal(err)
	}
	return "loop"
}

func seedText(t *testing.T) []byte {
	t.Helper()
	b, err := os.ReadFile("../testdata/seed/xinhua-nato-troops.txt")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// largeText repeats the seed's paragraphs under its headline to n bytes.
func largeText(t *testing.T, n int) string {
	t.Helper()
	paras := strings.Split(strings.TrimSpace(string(seedText(t))), "\n\n")
	var story []string
	for _, p := range paras {
		if p = strings.TrimSpace(p); p != "" && !strings.HasPrefix(p, "NATO and") && !strings.HasPrefix(p, "Xinhua News Agency") {
			story = append(story, p)
		}
	}
	unit := strings.Join(story[:len(story)-1], "\n\n") + "\n\n"
	var sb strings.Builder
	sb.WriteString(seedHeadline + "\n\n")
	for sb.Len() < n {
		sb.WriteString(unit)
	}
	return sb.String()
}

const seedHeadline = "NATO and the United States said they would not send troops into Ukraine"

func wantSeedHeadline(t *testing.T, a article) {
	t.Helper()
	if a.Headline == nil || *a.Headline != seedHeadline {
		t.Errorf("headline = %v, want %q", a.Headline, seedHeadline)
	}
}

func containsAny(list []string, sub string) bool {
	for _, s := range list {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// sameAsSeed requires the output of the UTF-8 seed, but for the source.
func sameAsSeed(encoding string) func(*testing.T, article) {
	return func(t *testing.T, a article) {
		t.Helper()
		if a.Source.Encoding != encoding {
			t.Errorf("encoding = %q, want %q", a.Source.Encoding, encoding)
		}
		want := seedArticle(t)
		got := copyMap(a.raw)
		delete(got, "source")
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s output differs from the UTF-8 seed's:\n got %v\nwant %v", encoding, got, want)
		}
	}
}

func copyMap(m map[string]any) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// seedArticle is the output for the UTF-8 seed, without its source.
func seedArticle(t *testing.T) map[string]any {
	t.Helper()
	var out, errb bytes.Buffer
	if code := Main([]string{"parse", "-o", "json", "-"}, bytes.NewReader(seedText(t)), &out, &errb); code != 0 {
		t.Fatalf("seed: exit %d: %s", code, errb.String())
	}
	var m map[string]any
	if err := json.Unmarshal(out.Bytes(), &m); err != nil {
		t.Fatal(err)
	}
	delete(m, "source")
	return m
}

// TestBadInputMatrix runs each hostile input between two good ones, then
// all of them in one batch.
func TestBadInputMatrix(t *testing.T) {
	bin := testBinary(t)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "good-a.txt"), seedText(t), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "good-b.txt"), seedText(t), 0o644); err != nil {
		t.Fatal(err)
	}
	var batch []string
	var batchCases []matrixCase
	for _, c := range matrixCases {
		t.Run(c.name, func(t *testing.T) {
			path, flags := c.make(t, dir)
			args := append(append([]string{"parse", "-o", "jsonl"}, flags...), "good-a.txt", path, "good-b.txt")
			runMatrix(t, bin, dir, args, []string{"good-a.txt", path, "good-b.txt"}, []matrixCase{{}, c, {}})
			if flags == nil && !strings.HasPrefix(c.name, "large") && !strings.Contains(c.name, "million") && !strings.Contains(c.name, "10MB") {
				batch, batchCases = append(batch, path), append(batchCases, c)
			}
		})
	}
	t.Run("all-in-one-batch", func(t *testing.T) {
		args := append([]string{"parse", "-o", "jsonl", "-j", "2"}, batch...)
		runMatrix(t, bin, dir, args, batch, batchCases)
	})
	for _, c := range convertCases {
		t.Run("convert-"+c.name, func(t *testing.T) { c.run(t, bin, t.TempDir()) })
	}
}

// convertCase is a hostile folder for dispatch convert.
type convertCase struct {
	name string
	run  func(t *testing.T, bin, dir string)
}

var convertCases = []convertCase{
	{"dir-symlink-loop", func(t *testing.T, bin, dir string) {
		// in/sub/up points back at in/: a walker that follows it never ends.
		writeHostileTree(t, dir, map[string]string{"in/story.txt": "seed", "in/sub/inner.txt": "seed"})
		if err := os.Symlink("..", filepath.Join(dir, "in/sub/up")); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink("self.txt", filepath.Join(dir, "in/self.txt")); err != nil {
			t.Fatal(err)
		}
		_, stderr, code := runBinary(t, bin, dir, "", "convert", "--quiet", "in", "-O", "out")
		wantTree(t, dir, "out", "in/story.yaml", "in/sub/inner.yaml")
		wantErrors(t, stderr, "in/self.txt: too many levels of symbolic links")
		if code != 1 {
			t.Errorf("exit code %d, want 1 (in/self.txt failed)", code)
		}
	}},
	{"output-inside-input", func(t *testing.T, bin, dir string) {
		writeHostileTree(t, dir, map[string]string{"in/a.txt": "seed", "in/deep/b.txt": "seed"})
		for run := 1; run <= 2; run++ { // the second run must not read the first run's outputs
			_, stderr, code := runBinary(t, bin, dir, "", "convert", "--quiet", "in", "-O", "in/out")
			if code != 0 || stderr != "" {
				t.Errorf("run %d: exit code %d, stderr %q; want 0 and nothing", run, code, stderr)
			}
			wantTree(t, dir, "in/out", "in/a.yaml", "in/deep/b.yaml")
		}
		if b, err := os.ReadFile(filepath.Join(dir, "in/a.txt")); err != nil || !bytes.Equal(b, seedText(t)) {
			t.Errorf("input in/a.txt changed: %v", err)
		}
	}},
	{"names-with-newlines", func(t *testing.T, bin, dir string) {
		writeHostileTree(t, dir, map[string]string{"in/a story\nwith lines.txt": "seed", "in/bad\nname.txt": ""})
		_, stderr, code := runBinary(t, bin, dir, "", "convert", "--quiet", "in", "-O", "out")
		wantTree(t, dir, "out", "in/a story\nwith lines.yaml")
		wantErrors(t, stderr, oneLine("in/bad\nname.txt")+": empty input")
		if code != 1 {
			t.Errorf("exit code %d, want 1", code)
		}
	}},
}

// writeHostileTree writes files under dir; the content "seed" stands for the
// seed dispatch.
func writeHostileTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if content == "seed" {
			content = string(seedText(t))
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// wantTree requires exactly the files want under dir/out.
func wantTree(t *testing.T, dir, out string, want ...string) {
	t.Helper()
	var got []string
	root := filepath.Join(dir, out)
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(root, p)
			got = append(got, rel)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("files under %s: %q, want %q", out, got, want)
	}
}

// wantErrors requires that stderr holds exactly these errors, one line each.
func wantErrors(t *testing.T, stderr string, want ...string) {
	t.Helper()
	var got []string
	for _, l := range strings.Split(strings.TrimSuffix(stderr, "\n"), "\n") {
		if l != "" {
			got = append(got, strings.TrimPrefix(l, "dispatch: "))
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("stderr lines %q, want %q", got, want)
	}
}

// runMatrix runs the command on inputs (as named in args) and checks each
// input's outcome against its case: a parse in order on stdout, or one
// error line naming it on stderr; and the exit code.
func runMatrix(t *testing.T, bin, dir string, args, inputs []string, cases []matrixCase) {
	t.Helper()
	stdout, stderr, code := runBinary(t, bin, dir, "", args...)
	outs := decodeJSONL(t, stdout)
	errLines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
	if stderr == "" {
		errLines = nil
	}
	wantCode, next := 0, 0
	for i, in := range inputs {
		c := cases[i]
		if e := errorFor(errLines, in); e != "" {
			t.Logf("%q: error %q", in, e)
			switch {
			case c.fail == nil:
				t.Errorf("%q: must parse, got error %q", in, e)
			case !c.fail.MatchString(e):
				t.Errorf("%q: error %q does not match %q", in, e, c.fail)
			}
			wantCode = 1
			continue
		}
		if c.fail != nil && !c.either {
			t.Errorf("%q: want an error matching %q on stderr; stderr:\n%s", in, c.fail, stderr)
			continue
		}
		if next >= len(outs) || outs[next].Source.Path != in {
			t.Errorf("%q: no output in its place (%d outputs)", in, len(outs))
			continue
		}
		if c.check != nil {
			c.check(t, outs[next])
		} else if c.fail == nil {
			wantSeedHeadline(t, outs[next])
		}
		next++
	}
	if next != len(outs) {
		t.Errorf("%d outputs for %d parsed inputs", len(outs), next)
	}
	if code != wantCode {
		t.Errorf("exit code %d, want %d; stderr:\n%s", code, wantCode, stderr)
	}
	for _, l := range errLines {
		if !strings.HasPrefix(l, "dispatch: ") {
			t.Errorf("stderr line is not an error naming an input: %q", l)
		}
	}
}

// errorFor returns the message of the stderr line that names input, or "".
// A name with control characters is written escaped, on one line.
func errorFor(lines []string, input string) string {
	prefix := "dispatch: " + oneLine(input) + ": "
	for _, l := range lines {
		if strings.HasPrefix(l, prefix) {
			return strings.TrimPrefix(l, prefix)
		}
	}
	return ""
}

func decodeJSONL(t *testing.T, stdout []byte) []article {
	t.Helper()
	var out []article
	dec := json.NewDecoder(bytes.NewReader(stdout))
	for {
		var raw json.RawMessage
		if err := dec.Decode(&raw); err == io.EOF {
			return out
		} else if err != nil {
			t.Fatalf("stdout is not JSON Lines: %v", err)
		}
		var a article
		if err := json.Unmarshal(raw, &a); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(raw, &a.raw); err != nil {
			t.Fatal(err)
		}
		out = append(out, a)
	}
}
