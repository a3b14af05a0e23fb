// Command score runs the parser over the shared corpus and scores it
// against the truth files, following the corpus README's rules.
//
//	go run ./internal/eval/score [-corpus DIR] [-source a,b] [-floors FILE]
//	    [-v] [-fails FIELD] [-j N] [-timeout D]
//
// It prints one table per source (field, n, value). -fails FIELD lists each
// failure on that field, one line each. -floors FILE checks the figures
// against "source field metric min" lines and exits 1 listing every floor
// not met (floors of sources not selected are skipped). With no corpus
// (-corpus, $DISPATCH_CORPUS, or ../shared/corpus beside the module root)
// it prints "corpus not found; skipping" and exits 0.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/dispatch-tools/dispatch/internal/eval"
)

// config is the parsed command line.
type config struct {
	corpus  string
	sources []string
	floors  string
	verbose bool
	fails   string
	jobs    int
	timeout time.Duration
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// parseFlags reads the command line; an error is a usage error.
func parseFlags(args []string, stderr io.Writer) (*config, error) {
	fs := flag.NewFlagSet("score", flag.ContinueOnError)
	fs.SetOutput(stderr)
	c := &config{}
	var sources string
	fs.StringVar(&c.corpus, "corpus", "", "corpus `dir` (default $DISPATCH_CORPUS, then ../shared/corpus beside the module root)")
	fs.StringVar(&sources, "source", "", "comma-separated `sources` to score (default all)")
	fs.StringVar(&c.floors, "floors", "", "floors `file`: lines \"source field metric min\"; exit 1 if any is not met")
	fs.BoolVar(&c.verbose, "v", false, "print timing (MB/s) per source")
	fs.StringVar(&c.fails, "fails", "", "print each failure on `field`, one line each")
	fs.IntVar(&c.jobs, "j", runtime.NumCPU(), "parse `N` cases in parallel")
	fs.DurationVar(&c.timeout, "timeout", 20*time.Second, "count a case as failed when parsing takes longer")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	if c.fails != "" && !slices.Contains(eval.Fields, c.fails) {
		return nil, fmt.Errorf("-fails: unknown field %q (fields: %s)", c.fails, strings.Join(eval.Fields, ", "))
	}
	if c.jobs < 1 {
		c.jobs = 1
	}
	for _, s := range strings.Split(sources, ",") {
		if s = strings.TrimSpace(s); s != "" {
			c.sources = append(c.sources, s)
		}
	}
	return c, nil
}

// run is the whole command; it returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	c, err := parseFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	} else if err != nil {
		fmt.Fprintln(stderr, "score:", err)
		return 2
	}
	dir, ok := corpusDir(c.corpus)
	if !ok {
		fmt.Fprintln(stdout, "corpus not found; skipping")
		return 0
	}
	var floors []eval.Floor
	if c.floors != "" {
		if floors, err = readFloors(c.floors); err != nil {
			fmt.Fprintln(stderr, "score:", err)
			return 2
		}
	}
	sources, err := selectSources(dir, c.sources)
	if err != nil {
		fmt.Fprintln(stderr, "score:", err)
		return 2
	}
	reports := map[string]*eval.Report{}
	for i, src := range sources {
		if i > 0 {
			fmt.Fprintln(stdout)
		}
		rep, st := scoreSource(filepath.Join(dir, src), src, c, stderr)
		reports[src] = rep
		printSource(stdout, rep, st, c)
	}
	return checkFloors(stdout, floors, reports)
}

// corpusDir finds the corpus: the flag, then $DISPATCH_CORPUS, then
// ../shared/corpus relative to the module root. ok is false when absent.
func corpusDir(flagDir string) (string, bool) {
	dir := flagDir
	if dir == "" {
		dir = os.Getenv("DISPATCH_CORPUS")
	}
	if dir == "" {
		dir = filepath.Join(moduleRoot(), "..", "shared", "corpus")
	}
	fi, err := os.Stat(dir)
	return dir, err == nil && fi.IsDir()
}

// moduleRoot is the nearest directory at or above the working directory
// that holds go.mod (the working directory if none does).
func moduleRoot() string {
	wd, err := os.Getwd()
	if err != nil {
		return "."
	}
	for d := wd; ; {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d
		}
		up := filepath.Dir(d)
		if up == d {
			return wd
		}
		d = up
	}
}

// selectSources lists the corpus's sources (folders with a MANIFEST.tsv),
// or checks that each wanted one exists.
func selectSources(dir string, want []string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var all []string
	for _, e := range entries {
		if _, err := os.Stat(filepath.Join(dir, e.Name(), "MANIFEST.tsv")); e.IsDir() && err == nil {
			all = append(all, e.Name())
		}
	}
	if len(want) == 0 {
		return all, nil
	}
	for _, s := range want {
		if !slices.Contains(all, s) {
			return nil, fmt.Errorf("-source: no source %q in %s (have %s)", s, dir, strings.Join(all, ", "))
		}
	}
	return want, nil
}

// readFloors reads a floors file.
func readFloors(path string) ([]eval.Floor, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	floors, err := eval.ParseFloors(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return floors, nil
}
