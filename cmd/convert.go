package cmd

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"sync"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/dispatch-tools/dispatch/parse"
)

// exitInterrupted is the exit code of a run stopped by SIGINT or SIGTERM,
// as a shell reports a command killed by SIGINT (128+2).
const exitInterrupted = 130

// convertOpts are the flags of convert.
type convertOpts struct {
	commonOpts
	outDir       string
	include      string
	skipExisting bool
}

func newConvertCmd(io *streams) *cobra.Command {
	o := &convertOpts{}
	c := &cobra.Command{
		Use:   "convert INPUT... -O DIR",
		Short: "Convert files and folders of dispatches into a tree of outputs",
		Long: `Convert parses every INPUT file, and every file matching --include in the
INPUT folders and their subfolders, and writes one output per input under
DIR. Each INPUT is mirrored under DIR by its name, as cp -r does: the
folder news/ gives DIR/news/..., and news/2024/a.txt gives
DIR/news/2024/a.yaml (a.json with -o json).

Hidden files and folders, symbolic links to folders, and DIR itself are
skipped. Each output is written to a temporary file in its folder, then
renamed, so that an output is either complete or absent; an input is never
written over. A failed input is reported on stderr and the others are still
written (exit code 1). Ctrl-C stops cleanly (exit code 130), removing
temporary files; run again with --skip-existing to resume.

A progress bar with the count, rate and time left is drawn on stderr when
it is a terminal, unless --quiet or NO_COLOR is set. A summary line ends the
run: "converted N, skipped S, failed F in T s" (not with --quiet).`,
		Example: `  dispatch convert articles/ -O out/
  dispatch convert -o json --include '*.txt' wires/ extra.html -O out/
  dispatch convert --skip-existing articles/ -O out/   # resume`,
		RunE: func(c *cobra.Command, args []string) error {
			if err := o.validate(args); err != nil {
				return err
			}
			ctx, stop := signal.NotifyContext(c.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			return runConvert(ctx, io, o, args)
		},
	}
	addCommonFlags(c, &o.commonOpts)
	f := c.Flags()
	f.StringVarP(&o.outDir, "output-dir", "O", "", "folder to write the outputs to (required)")
	f.StringVar(&o.include, "include", defaultInclude, "comma-separated file name patterns read in folders (case is ignored)")
	f.BoolVar(&o.skipExisting, "skip-existing", false, "keep outputs newer than their inputs (resumes an interrupted run)")
	_ = c.MarkFlagDirname("output-dir")
	return c
}

// validate checks the flags and arguments of convert.
func (o *convertOpts) validate(args []string) error {
	if err := o.commonOpts.validate(); err != nil {
		return err
	}
	switch {
	case len(args) == 0:
		return usagef("convert needs at least one INPUT file or folder")
	case o.outDir == "":
		return usagef("convert needs an output folder: -O DIR")
	case o.from == "jsonl":
		return usagef("convert reads one dispatch per file; for JSON Lines records use dispatch parse --from jsonl")
	}
	for _, a := range args {
		if a == "-" {
			return usagef("convert cannot read standard input; use dispatch parse")
		}
	}
	return nil
}

// outcome is what became of one input.
type outcome int

const (
	converted outcome = iota
	skipped           // --skip-existing kept an up-to-date output
	failed
	cancelled // the run was interrupted before the output was written
)

// tally counts outcomes for the summary line.
type tally [cancelled + 1]int

// runConvert converts every input under args into o.outDir with o.jobs
// workers and prints the summary.
func runConvert(ctx context.Context, io *streams, o *convertOpts, args []string) error {
	start := time.Now()
	f, _ := lookupFormat(o.output)
	w, err := newWalker(o.include, nil)
	if err != nil {
		return err
	}
	if w.skipDir, err = prepareOutDir(o.outDir, args); err != nil {
		return err
	}
	cv := &converter{outDir: o.outDir, format: f, opts: o.parseOptions(), maxBytes: o.maxBytes, skipExisting: o.skipExisting}
	bar := newProgress(io.err, progressWanted(io.err, o.quiet))
	stopCount := countInto(ctx, bar, w, args)
	var t tally
	cv.run(ctx, w, o.jobs, args, func(in inputFile, oc outcome, err error) {
		t[oc]++
		if oc == failed {
			bar.clear()
			fmt.Fprintf(io.err, "dispatch: %s\n", oneLine(err.Error()))
		}
		if oc != cancelled {
			bar.add()
		}
	})
	stopCount()
	bar.clear()
	if ctx.Err() != nil {
		fmt.Fprintln(io.err, "dispatch: interrupted; run again with --skip-existing to resume")
	}
	if !o.quiet {
		fmt.Fprintf(io.err, "converted %d, skipped %d, failed %d in %.2f s\n",
			t[converted], t[skipped], t[failed], time.Since(start).Seconds())
	}
	switch {
	case ctx.Err() != nil:
		return silentError{exitInterrupted}
	case t[failed] > 0:
		return silentError{exitFail}
	}
	return nil
}

// prepareOutDir creates the output folder and refuses an input that is
// that folder.
func prepareOutDir(dir string, args []string) (fs.FileInfo, error) {
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return nil, usagef("cannot create output folder: %v", err)
	}
	outInfo, err := os.Stat(dir)
	if err != nil {
		return nil, usagef("output folder: %v", err)
	}
	for _, a := range args {
		if fi, err := os.Stat(a); err == nil && os.SameFile(fi, outInfo) {
			return nil, usagef("input %s is the output folder", a)
		}
	}
	return outInfo, nil
}

// countInto counts the inputs in the background, for the bar's total and
// time left. The returned function stops the count and waits for it.
func countInto(ctx context.Context, bar *progress, w *walker, args []string) (stop func()) {
	if bar == nil {
		return func() {}
	}
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		var n int64
		w.walk(ctx, args, func(inputFile) bool { n++; return true })
		if ctx.Err() == nil {
			bar.setTotal(n)
		}
	}()
	return func() { cancel(); <-done }
}

// converter turns one input file into one output file.
type converter struct {
	outDir       string
	format       format
	opts         parse.Options
	maxBytes     int64
	skipExisting bool
}

// run walks args and converts the files found with jobs workers, calling
// report with each outcome from a single goroutine, in completion order.
// At most a few files per worker are in flight, whatever their number.
func (cv *converter) run(ctx context.Context, w *walker, jobs int, args []string, report func(inputFile, outcome, error)) {
	type done struct {
		in  inputFile
		oc  outcome
		err error
	}
	inputs := make(chan inputFile, jobs)
	results := make(chan done, jobs)
	go func() {
		defer close(inputs)
		w.walk(ctx, args, func(in inputFile) bool {
			select {
			case inputs <- in:
				return true
			case <-ctx.Done():
				return false
			}
		})
	}()
	var wg sync.WaitGroup
	for range jobs {
		wg.Go(func() {
			for in := range inputs {
				oc, err := cv.convert(ctx, in)
				results <- done{in, oc, err}
			}
		})
	}
	go func() { wg.Wait(); close(results) }()
	for r := range results {
		report(r.in, r.oc, r.err)
	}
}

// outputPath is where the output of in goes.
func (cv *converter) outputPath(in inputFile) string {
	return filepath.Join(cv.outDir, outputStem(in.rel)+cv.format.ext)
}

// convert reads, parses and writes one input. The error of a failed
// input names it.
func (cv *converter) convert(ctx context.Context, in inputFile) (outcome, error) {
	if in.err != nil {
		return failed, in.err
	}
	if ctx.Err() != nil {
		return cancelled, nil
	}
	out := cv.outputPath(in)
	inInfo, err := os.Stat(in.path)
	if err != nil {
		return failed, inputErr(in.path, err)
	}
	if outInfo, err := os.Lstat(out); err == nil {
		if os.SameFile(inInfo, outInfo) {
			return failed, fmt.Errorf("%s: output %s would replace the input; not converted", in.path, out)
		}
		if cv.skipExisting && !outInfo.ModTime().Before(inInfo.ModTime()) {
			return skipped, nil
		}
	}
	data, err := readInput(in.path, nil, cv.maxBytes)
	if err != nil {
		return failed, err
	}
	r := runJob(job{name: in.path, data: data, opts: cv.opts})
	if r.err != nil {
		return failed, r.err
	}
	b, err := cv.encode(r.article)
	if err != nil {
		return failed, fmt.Errorf("%s: %v", in.path, err)
	}
	if err := writeAtomic(ctx, out, b); err != nil {
		if ctx.Err() != nil {
			return cancelled, nil
		}
		return failed, fmt.Errorf("%s: writing output: %v", in.path, err)
	}
	return converted, nil
}

// encode renders one article as a whole output file.
func (cv *converter) encode(a *parse.Article) ([]byte, error) {
	var buf bytes.Buffer
	w := cv.format.newWriter(&buf, false)
	if err := w.Write(a, nil); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
