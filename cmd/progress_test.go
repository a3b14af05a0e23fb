package cmd

import (
	"bytes"
	"io"
	"os"
	"strings"
	"testing"
	"time"
)

func TestProgressWanted(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	t.Setenv("NO_COLOR", "")
	if progressWanted(&bytes.Buffer{}, false) {
		t.Error("bar wanted on a buffer")
	}
	if progressWanted(w, false) {
		t.Error("bar wanted on a pipe")
	}
	if progressWanted(os.Stderr, true) {
		t.Error("bar wanted with --quiet")
	}
	t.Setenv("NO_COLOR", "1")
	if progressWanted(os.Stderr, false) {
		t.Error("bar wanted with NO_COLOR set")
	}
	// A run on a pipe draws nothing but the summary.
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"in/a.txt": variedDispatch(t, 1)})
	var stderr bytes.Buffer
	if code := Main([]string{"convert", dir + "/in", "-O", dir + "/out"}, nil, io.Discard, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if s := stderr.String(); strings.Contains(s, "\r") || strings.Count(s, "\n") != 1 {
		t.Errorf("stderr on a pipe = %q, want the summary line only", s)
	}
}

func TestProgressDrawsCountRateAndETA(t *testing.T) {
	var buf bytes.Buffer
	p := newProgress(&buf, true)
	p.add()
	p.add()
	if buf.Len() != 0 {
		t.Errorf("bar drawn before the total is known: %q", buf.String())
	}
	p.setTotal(10)
	if out := buf.String(); !strings.Contains(out, "2/10") {
		t.Errorf("bar %q does not count the files done before the total", out)
	}
	time.Sleep(progressThrottle + 10*time.Millisecond)
	p.add()
	out := buf.String()
	for _, want := range []string{"converting", "3/10", "files/s", "30%"} {
		if !strings.Contains(out, want) {
			t.Errorf("bar %q lacks %q", out, want)
		}
	}
	// The ETA is the bracketed "[elapsed:left]".
	if !strings.Contains(out, "[") || !strings.Contains(out, ":") {
		t.Errorf("bar %q shows no elapsed and left time", out)
	}
	buf.Reset()
	p.clear()
	if s := buf.String(); !strings.HasPrefix(s, "\r") || strings.TrimSpace(s) != "" {
		t.Errorf("clear wrote %q, want blanks over the bar", s)
	}
	// More files than counted: the total grows rather than the bar failing.
	for range 10 {
		p.add()
	}
	if got := p.bar.GetMax64(); got != 13 {
		t.Errorf("total %d after 13 files, want 13", got)
	}
	var none *progress
	none.add()
	none.setTotal(3)
	none.clear()
}

// BenchmarkProgressAdd measures what the bar costs per converted file.
func BenchmarkProgressAdd(b *testing.B) {
	p := newProgress(io.Discard, true)
	p.setTotal(int64(b.N) + 1)
	b.ReportAllocs()
	for b.Loop() {
		p.add()
	}
}
