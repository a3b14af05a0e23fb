package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/dispatch-tools/dispatch/internal/eval"
	"github.com/dispatch-tools/dispatch/parse"
)

// stats is the timing of one source.
type stats struct {
	files, noTruth int
	bytes          int64
	wall, busy     time.Duration
	slowest        string
	slowestTook    time.Duration
}

// outcome is what a worker reports for one case.
type outcome struct {
	result eval.CaseResult
	scored bool // the case has a truth file
	failed bool // the parser returned an error, panicked or timed out
	bytes  int64
	took   time.Duration
}

// listCases returns the source's input files (case-*.txt, case-*.html), sorted.
func listCases(dir string) []string {
	txt, _ := filepath.Glob(filepath.Join(dir, "case-*.txt"))
	html, _ := filepath.Glob(filepath.Join(dir, "case-*.html"))
	files := append(txt, html...)
	sort.Strings(files)
	return files
}

// scoreSource parses and scores every case of one source over c.jobs workers.
func scoreSource(dir, source string, c *config, stderr io.Writer) (*eval.Report, *stats) {
	rep := eval.NewReport(source)
	manifest := map[string]eval.ManifestEntry{}
	if f, err := os.Open(filepath.Join(dir, "MANIFEST.tsv")); err == nil {
		if manifest, err = eval.ParseManifest(f); err != nil {
			fmt.Fprintf(stderr, "%s: MANIFEST.tsv: %v\n", source, err)
		}
		f.Close()
	}
	files := listCases(dir)
	outs := make([]outcome, len(files))
	jobs := make(chan int)
	var wg sync.WaitGroup
	start := time.Now()
	for w := 0; w < c.jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				outs[i] = scoreFile(files[i], source, manifest, c.timeout, stderr)
			}
		}()
	}
	for i := range files {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	st := &stats{files: len(files), wall: time.Since(start)}
	for i, o := range outs {
		st.add(o, filepath.Base(files[i]))
		if o.scored {
			rep.Add(o.result)
			if o.failed {
				rep.Failed++
			}
		}
	}
	return rep, st
}

// add counts one case's outcome into the timing.
func (st *stats) add(o outcome, name string) {
	st.bytes += o.bytes
	st.busy += o.took
	if o.took > st.slowestTook {
		st.slowest, st.slowestTook = name, o.took
	}
	if !o.scored {
		st.noTruth++
	}
}

// caseName is the case name of an input file: "case-0001".
func caseName(path string) string {
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// scoreFile parses one input and scores it against its truth file.
func scoreFile(path, source string, manifest map[string]eval.ManifestEntry, timeout time.Duration, stderr io.Writer) outcome {
	name := caseName(path)
	label := source + "/" + name
	src, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", label, err)
	}
	var o outcome
	o.bytes = int64(len(src))
	opts := parse.Options{Format: "text", ReferenceDate: manifest[name].ReferenceDate}
	if strings.HasSuffix(path, ".html") {
		opts.Format = "html"
	}
	start := time.Now()
	art, perr := parseCase(path, src, opts, timeout)
	o.took = time.Since(start)
	if perr != nil || err != nil {
		o.failed = true
		if perr != nil {
			fmt.Fprintf(stderr, "%s: parse failed: %v\n", label, perr)
		}
	}
	data, err := os.ReadFile(filepath.Join(filepath.Dir(path), name+".truth.json"))
	if err != nil {
		return o
	}
	truth, err := eval.ParseTruth(data)
	if err != nil {
		fmt.Fprintf(stderr, "%s: truth: %v\n", label, err)
		return o
	}
	o.scored = true
	o.result = eval.ScoreCase(label, truth, toPrediction(art))
	return o
}

// parseFunc is the parser under test (parse.Parse; replaced in tests).
type parseFunc func(name string, src []byte, opts parse.Options) (*parse.Article, error)

// parseCase runs parse.Parse, turning a panic or a timeout into an error.
// A timed-out parse is left running in its goroutine.
func parseCase(path string, src []byte, opts parse.Options, timeout time.Duration) (*parse.Article, error) {
	return safeParse(parse.Parse, path, src, opts, timeout)
}

// safeParse runs fn, turning a panic or a timeout into an error.
func safeParse(fn parseFunc, path string, src []byte, opts parse.Options, timeout time.Duration) (*parse.Article, error) {
	type result struct {
		art *parse.Article
		err error
	}
	done := make(chan result, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- result{err: fmt.Errorf("panic: %v%s", r, panicSite(debug.Stack()))}
			}
		}()
		art, err := fn(path, src, opts)
		done <- result{art, err}
	}()
	select {
	case r := <-done:
		return r.art, r.err
	case <-time.After(timeout):
		return nil, fmt.Errorf("timed out after %v", timeout)
	}
}

// panicSite finds, in a panic's stack, the first frame inside package
// parse and returns " at file:line" ("" if none).
func panicSite(stack []byte) string {
	lines := strings.Split(string(stack), "\n")
	for i, l := range lines {
		if strings.Contains(l, "dispatch/parse.") && i+1 < len(lines) {
			loc := strings.TrimSpace(lines[i+1])
			if j := strings.LastIndex(loc, " +0x"); j >= 0 {
				loc = loc[:j]
			}
			return " at " + filepath.Join(filepath.Base(filepath.Dir(loc)), filepath.Base(loc))
		}
	}
	return ""
}

// toPrediction reduces an Article to the scored fields (nil for nil).
func toPrediction(a *parse.Article) *eval.Prediction {
	if a == nil {
		return nil
	}
	p := &eval.Prediction{
		Headline:     a.Headline,
		Published:    a.Published,
		Reporters:    a.Reporters,
		Contributors: a.Contributors,
		Editors:      a.Editors,
	}
	if d := a.Dateline; d != nil {
		p.DatelineText, p.DatelinePlace, p.DatelineDate, p.Agency = d.Text, d.Place, d.Date, d.Agency
	}
	for _, q := range a.Quotes {
		p.Quotes = append(p.Quotes, eval.PredQuote{Speaker: q.Speaker, Text: q.Text, Kind: q.Kind})
	}
	return p
}
