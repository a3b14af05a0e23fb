package cmd

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/txtar"
	"gopkg.in/yaml.v3"

	"github.com/dispatch-tools/dispatch/parse"
)

// TestCheckGolden runs every testdata/check/*.check case: a txtar archive
// whose comment holds an "args:" line (flags with their values joined by
// "=", file names relative to the case), whose sections are files
// (inputs .txt/.html/.jsonl are passed after the args, in order; other
// files only when the args name them), and whose "stdout", "stderr" and
// "exit" sections hold what check must print and return. -update
// rewrites those three. Reports are also verified: junit parses as JUnit
// with one testcase per input, github lines match the annotation syntax,
// json decodes.
func TestCheckGolden(t *testing.T) {
	files, err := filepath.Glob("../testdata/check/*.check")
	if err != nil || len(files) == 0 {
		t.Fatalf("no check cases found (%v)", err)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".check"), func(t *testing.T) {
			t.Parallel()
			runCheckCase(t, file)
		})
	}
}

// expectSections are what a check case expects, not files to write.
var expectSections = []string{"stdout", "stderr", "exit"}

func runCheckCase(t *testing.T, file string) {
	ar, err := txtar.ParseFile(file)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	args := []string{"check"}
	for _, a := range caseArgs(ar.Comment) {
		if !strings.HasPrefix(a, "-") {
			a = filepath.Join(dir, a)
		}
		args = append(args, a)
	}
	var inputs []string
	for _, f := range ar.Files {
		if slices.Contains(expectSections, f.Name) {
			continue
		}
		path := filepath.Join(dir, f.Name)
		if err := os.WriteFile(path, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
		if ext := filepath.Ext(f.Name); ext == ".txt" || ext == ".html" || ext == ".jsonl" {
			inputs = append(inputs, path)
		}
	}
	var stdout, stderr bytes.Buffer
	code := Main(append(args, inputs...), nil, &stdout, &stderr)
	got := map[string]string{
		"stdout": strings.ReplaceAll(stdout.String(), dir+string(filepath.Separator), ""),
		"stderr": strings.ReplaceAll(stderr.String(), dir+string(filepath.Separator), ""),
		"exit":   fmt.Sprintf("%d\n", code),
	}
	verifyReport(t, args, len(inputs), stdout.Bytes())
	changed := false
	for _, name := range expectSections {
		want := string(section(ar, name))
		if got[name] == want {
			continue
		}
		if !*update {
			t.Errorf("%s: %s differs (-want +got):\n%s", file, name, lineDiff(want, got[name]))
			continue
		}
		setSection(ar, name, []byte(got[name]))
		changed = true
	}
	if changed {
		if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("updated %s", file)
	}
}

// caseArgs reads "args: --report=json --strict" from the comment.
func caseArgs(comment []byte) []string {
	for _, l := range strings.Split(string(comment), "\n") {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(l), "args:"); ok {
			return strings.Fields(rest)
		}
	}
	return nil
}

// verifyReport checks that a report is well-formed for its format.
func verifyReport(t *testing.T, args []string, inputs int, out []byte) {
	t.Helper()
	if len(out) == 0 {
		return // usage errors print no report
	}
	switch {
	case slices.Contains(args, "--report=junit"):
		verifyJUnit(t, out, inputs)
	case slices.Contains(args, "--report=github"):
		verifyGitHub(t, out)
	case slices.Contains(args, "--report=json"):
		var v map[string]any
		if err := json.Unmarshal(out, &v); err != nil {
			t.Errorf("json report does not decode: %v\n%s", err, out)
		}
	}
}

// junitDoc is what CI systems read of JUnit XML.
type junitDoc struct {
	XMLName xml.Name `xml:"testsuites"`
	Tests   int      `xml:"tests,attr"`
	Suites  []struct {
		Tests    int `xml:"tests,attr"`
		Failures int `xml:"failures,attr"`
		Errors   int `xml:"errors,attr"`
		Cases    []struct {
			Name    string `xml:"name,attr"`
			Failure *struct {
				Message string `xml:"message,attr"`
				Text    string `xml:",chardata"`
			} `xml:"failure"`
			Error *struct {
				Message string `xml:"message,attr"`
			} `xml:"error"`
		} `xml:"testcase"`
	} `xml:"testsuite"`
}

func verifyJUnit(t *testing.T, out []byte, inputs int) junitDoc {
	t.Helper()
	var doc junitDoc
	if err := xml.Unmarshal(out, &doc); err != nil {
		t.Fatalf("junit report is not XML: %v\n%s", err, out)
	}
	if len(doc.Suites) != 1 || len(doc.Suites[0].Cases) != inputs || doc.Tests != inputs {
		t.Fatalf("junit report: want 1 testsuite with %d testcases, got %+v", inputs, doc)
	}
	failures, errs := 0, 0
	for _, c := range doc.Suites[0].Cases {
		if c.Failure != nil {
			failures++
		}
		if c.Error != nil {
			errs++
		}
	}
	if s := doc.Suites[0]; s.Failures != failures || s.Errors != errs {
		t.Errorf("junit counts: failures=%d errors=%d, testcases have %d and %d", s.Failures, s.Errors, failures, errs)
	}
	return doc
}

// githubLine is the workflow command syntax of an annotation:
// ::error file=F,line=L,col=C,title=T::MESSAGE, values escaped.
var githubLine = regexp.MustCompile(`^::(error|warning|notice) file=[^,:\n]+(,line=[1-9][0-9]*,col=[1-9][0-9]*)?,title=[^,:\n]+::[^\r\n]+$`)

func verifyGitHub(t *testing.T, out []byte) {
	t.Helper()
	for _, l := range strings.Split(strings.TrimSuffix(string(out), "\n"), "\n") {
		if !githubLine.MatchString(l) {
			t.Errorf("not a GitHub annotation: %q", l)
		}
	}
}

// runCheck runs dispatch check with args and returns stdout, stderr and the code.
func runCheckArgs(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := Main(append([]string{"check"}, args...), nil, &stdout, &stderr)
	return stdout.String(), stderr.String(), code
}

const seedPath = "../testdata/seed/xinhua-nato-troops.txt"

// TestCheckSeed covers the "done when": the seed passes; without
// its dateline line it fails at the first line of the body; an unclosed
// quotation mark is reported at the opening mark; junit and github
// reports are well-formed.
func TestCheckSeed(t *testing.T) {
	seed, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	if out, errOut, code := runCheckArgs(t, seedPath); code != exitOK || out != "" {
		t.Fatalf("seed: exit %d, stdout %q, stderr %q; want 0 and no findings", code, out, errOut)
	}
	dir := t.TempDir()

	// The dateline is the start of line 6; without that line the body
	// starts at "The North Atlantic Council", now on line 7.
	lines := strings.SplitAfter(string(seed), "\n")
	noDateline := strings.Join(slices.Delete(slices.Clone(lines), 5, 6), "")
	bodyLine, _ := parse.Position(noDateline, strings.Index(noDateline, "The North Atlantic Council"))
	p := writeFile(t, dir, "no-dateline.txt", noDateline)
	out, _, code := runCheckArgs(t, p)
	want := fmt.Sprintf("%s:%d:1: error: no dateline", p, bodyLine)
	if code != exitFail || !strings.Contains(out, want) {
		t.Errorf("no dateline: exit %d, findings:\n%s\nwant exit 1 and %q", code, out, want)
	}

	// Drop the closing mark of "we have no plans ... Ukraine."
	unclosed := strings.Replace(string(seed), `Ukraine."`, `Ukraine.`, 1)
	line, col := parse.Position(unclosed, strings.Index(unclosed, `"we have no plans`))
	p = writeFile(t, dir, "unclosed.txt", unclosed)
	out, _, code = runCheckArgs(t, p)
	want = fmt.Sprintf("%s:%d:%d: error: quotation mark \" is not closed", p, line, col)
	if code != exitFail || !strings.Contains(out, want) {
		t.Errorf("unclosed quote: exit %d, findings:\n%s\nwant exit 1 and %q", code, out, want)
	}

	out, _, _ = runCheckArgs(t, "--report", "junit", seedPath, filepath.Join(dir, "no-dateline.txt"), p, filepath.Join(dir, "missing.txt"))
	doc := verifyJUnit(t, []byte(out), 4)
	if c := doc.Suites[0].Cases; c[0].Failure != nil || c[1].Failure == nil || c[2].Failure == nil || c[3].Error == nil {
		t.Errorf("junit: want pass, fail, fail, error; got %+v", c)
	}
	out, _, _ = runCheckArgs(t, "--report", "github", "--strict", seedPath, filepath.Join(dir, "no-dateline.txt"), p)
	verifyGitHub(t, []byte(out))
	if n := strings.Count(out, "::error "); n != 3 || strings.Contains(out, "::warning") {
		t.Errorf("github --strict: want 3 errors and no warnings, got:\n%s", out)
	}
}

func writeFile(t *testing.T, dir, name, data string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestDefaultProfile: the built-in profile loads, and names every field
// and rule, so that --print-profile shows everything one can set.
func TestDefaultProfile(t *testing.T) {
	p, err := loadProfile("")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Required map[string]string `yaml:"required"`
		Rules    map[string]string `yaml:"rules"`
	}
	if err := yaml.Unmarshal(defaultProfile, &doc); err != nil {
		t.Fatal(err)
	}
	for _, f := range requiredFields {
		if _, ok := doc.Required[f.name]; !ok {
			t.Errorf("default profile: required: lacks %s", f.name)
		}
	}
	for _, id := range configurableRuleIDs() {
		if _, ok := doc.Rules[id]; !ok {
			t.Errorf("default profile: rules: lacks %s", id)
		}
		if p.rules[id] == sevOff && doc.Rules[id] != "off" {
			t.Errorf("rule %s is off", id)
		}
	}
	if out, _, code := runCheckArgs(t, "--print-profile"); code != 0 || out != string(defaultProfile) {
		t.Errorf("--print-profile: exit %d, output differs from the built-in profile", code)
	}
}

func TestProfileOverlay(t *testing.T) {
	base, err := loadProfile("")
	if err != nil {
		t.Fatal(err)
	}
	p, err := parseProfile("x.yaml", []byte("required: {editors: error, headline: off}\nrules: {boilerplate: off}\nagencies: [Reuters]\n"), base)
	if err != nil {
		t.Fatal(err)
	}
	if p.required["editors"] != sevError || p.required["headline"] != sevOff || p.required["body"] != sevError {
		t.Errorf("required not laid over the default: %v", p.required)
	}
	if p.rules["boilerplate"] != sevOff || p.rules["mojibake"] != sevError {
		t.Errorf("rules not laid over the default: %v", p.rules)
	}
	if !slices.Equal(p.agencies, []string{"Reuters"}) || p.maxHeadline != base.maxHeadline {
		t.Errorf("agencies %v, max_headline %d", p.agencies, p.maxHeadline)
	}
	if base.required["editors"] != sevOff || base.rules["boilerplate"] == sevOff {
		t.Error("overlay changed the base profile")
	}
}

func TestScanQuotes(t *testing.T) {
	tests := []struct {
		in    string
		open  []int // offsets of marks left open
		probs []int // offsets of mismatched or stray marks
	}{
		{`He said "yes" and “no”.`, nil, nil},
		{`He said "yes and left.`, []int{8}, nil},
		{`He said “yes and left.`, []int{8}, nil},
		{`He said yes” and left.`, nil, []int{11}},
		{`He said «yes” and left.`, nil, []int{8}},
		{`He said “yes" and left.`, nil, []int{8}},
		{`«Il a dit “non” hier», dit-il.`, nil, nil},
		{`他说：「我们『不会』派兵。」`, nil, nil},
		{`„Wir haben keine Pläne“, sagte er, „noch nicht.“`, nil, nil},
		{`„Wir haben keine Pläne, sagte er.`, []int{0}, nil},
		{`»Wir haben keine Pläne«, sagte er.`, nil, nil},
		{`«Nous» et »wir«`, nil, nil},
		{`他说：「我们不会派兵。`, []int{9}, nil},
		{`Ukraine’s troops, the soldiers' kit`, nil, nil},
	}
	for _, tt := range tests {
		open, probs := scanQuotes(tt.in)
		var gotOpen, gotProbs []int
		for _, o := range open {
			gotOpen = append(gotOpen, o.off)
		}
		for _, p := range probs {
			gotProbs = append(gotProbs, p.off)
		}
		if !slices.Equal(gotOpen, tt.open) || !slices.Equal(gotProbs, tt.probs) {
			t.Errorf("scanQuotes(%q) = open %v, problems %v; want %v, %v", tt.in, gotOpen, gotProbs, tt.open, tt.probs)
		}
	}
}

// TestSourcePosition: positions agree with parse.Position, and offsets
// in the output's text map back to the source across line breaks.
func TestSourcePosition(t *testing.T) {
	text := "Headline\n\n  LONDON (Reuters) - The first\nline wraps  here, “quoted\ntext”.\n"
	s := &source{text: text}
	for off := 0; off <= len(text); off++ {
		l1, c1 := s.position(off)
		l2, c2 := parse.Position(text, off)
		if l1 != l2 || c1 != c2 {
			t.Fatalf("offset %d: %d:%d, parse.Position says %d:%d", off, l1, c1, l2, c2)
		}
	}
	start := strings.Index(text, "LONDON")
	g := segment{text: "The first line wraps here, “quoted text”.", start: start, end: len(text) - 1}
	for _, probe := range []string{"The", "line", "here", "“quoted", "text”"} {
		k := strings.Index(g.text, probe)
		got := s.at(g, k)
		if !strings.HasPrefix(text[got:], probe) {
			t.Errorf("at(%q) = %d (%q), want the offset of %q", probe, got, text[got:min(got+10, len(text))], probe)
		}
	}
}

func TestLooseIndex(t *testing.T) {
	tests := []struct {
		hay, needle string
		want        int
	}{
		{"a b\n  c", "b c", 2},
		{"one\u00a0two", "one two", 0},
		{"xx one two", "one two", 3},
		{"one\ntwo", "onetwo", -1},
		{"abc", "abcd", -1},
	}
	for _, tt := range tests {
		if got := looseIndex(tt.hay, tt.needle); got != tt.want {
			t.Errorf("looseIndex(%q, %q) = %d, want %d", tt.hay, tt.needle, got, tt.want)
		}
	}
}

// TestQuoteSpeaker uses a made-up article: the rule reads Article.Quotes.
func TestQuoteSpeaker(t *testing.T) {
	text := "Talks end\n\nBRUSSELS (Reuters) - Talks ended.\n\nOne official said: \"It is over.\"\n"
	a := &parse.Article{
		Headline: "Talks end",
		Body:     []string{"Talks ended.", `One official said: "It is over."`},
		Quotes: []parse.Quote{
			{Text: "It is over.", Kind: parse.Direct, Cue: "said", Paragraph: 2},
			{Speaker: "Smith", Text: "Talks ended", Kind: parse.Indirect, Paragraph: 1},
		},
		Spans: parse.Spans{Text: text, Headline: parse.Span{Start: 0, End: 9},
			Body: []parse.Span{{Start: 11, End: 44}, {Start: 46, End: len(text) - 1}}},
	}
	p, err := loadProfile("")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range checkArticle(a, p, time.Time{}) {
		if f.rule == "quote-speaker" {
			got = append(got, fmt.Sprintf("%d:%d: %s", f.line, f.col, f.msg))
		}
	}
	line, col := parse.Position(text, strings.Index(text, "It is over"))
	want := []string{strconv.Itoa(line) + ":" + strconv.Itoa(col) + `: quote has no speaker: "It is over."`}
	if !slices.Equal(got, want) {
		t.Errorf("quote-speaker findings = %q, want %q", got, want)
	}
}
