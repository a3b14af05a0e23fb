package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dispatch-tools/dispatch/parse"
)

func TestCorpusNotFound(t *testing.T) {
	var out, errb bytes.Buffer
	code := run([]string{"-corpus", filepath.Join(t.TempDir(), "nope")}, &out, &errb)
	if code != 0 || !strings.Contains(out.String(), "corpus not found; skipping") {
		t.Errorf("code %d, out %q", code, out.String())
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{{"-fails", "nosuchfield"}, {"-nosuchflag"}, {"extra-arg"}} {
		var out, errb bytes.Buffer
		if code := run(args, &out, &errb); code != 2 {
			t.Errorf("run(%q) = %d, want 2", args, code)
		}
	}
}

func TestPanicIsRecovered(t *testing.T) {
	boom := func(string, []byte, parse.Options) (*parse.Article, error) {
		var m map[string]int
		m["x"]++ // panics
		return nil, nil
	}
	_, err := safeParse(boom, "case-0001.txt", nil, parse.Options{}, time.Second)
	if err == nil || !strings.Contains(err.Error(), "panic") {
		t.Errorf("err = %v, want a panic error", err)
	}
	slow := func(string, []byte, parse.Options) (*parse.Article, error) {
		time.Sleep(time.Second)
		return nil, nil
	}
	if _, err := safeParse(slow, "x", nil, parse.Options{}, 10*time.Millisecond); err == nil {
		t.Error("timeout not reported")
	}
}

// writeCorpus makes a one-source corpus of synthetic cases.
func writeCorpus(t *testing.T) string {
	dir := t.TempDir()
	src := filepath.Join(dir, "demo")
	if err := os.Mkdir(src, 0o755); err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"MANIFEST.tsv":         "case\torigin\textra\ncase-0001\tsynthetic\t\"{\"\"reference_date\"\": \"\"2022-02-25\"\"}\"\n",
		"case-0001.txt":        "Talks end without deal\n\nBRUSSELS, Feb 24 (Reuters) - Talks ended on Thursday without a deal, officials said.\n",
		"case-0001.truth.json": `{"headline": "Talks end without deal", "reporters": []}`,
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(src, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestRunAndFloors(t *testing.T) {
	corpus := writeCorpus(t)
	floors := filepath.Join(t.TempDir(), "floors.txt")
	write := func(s string) {
		if err := os.WriteFile(floors, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("# unreachable\ndemo headline acc 1.01\nother headline acc 0.5\n")
	var out, errb bytes.Buffer
	code := run([]string{"-corpus", corpus, "-floors", floors, "-v", "-fails", "headline"}, &out, &errb)
	for _, want := range []string{"demo: 1 cases", "headline", "timing:", "fails on headline",
		"floors: 1 checked, 1 not met", "demo headline acc 1.01"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	if code != 1 {
		t.Errorf("code = %d, want 1 (floor not met)\n%s", code, errb.String())
	}
	write("demo headline acc 0\n")
	out.Reset()
	if code := run([]string{"-corpus", corpus, "-floors", floors, "-j", "1"}, &out, &errb); code != 0 {
		t.Errorf("code = %d, want 0:\n%s", code, out.String())
	}
}
