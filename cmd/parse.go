package cmd

import (
	"errors"
	"fmt"
	"os"
	"sync"

	"github.com/spf13/cobra"

	"github.com/dispatch-tools/dispatch/parse"
)

func newParseCmd(io *streams) *cobra.Command {
	o := &commonOpts{}
	c := &cobra.Command{
		Use:   "parse [INPUT...]",
		Short: "Parse dispatches and print their structure",
		Long: `Parse reads each INPUT (a file, or "-" / nothing for standard input) as one
dispatch and prints its structure. Several inputs give a YAML stream, a JSON
array, or JSON Lines, in input order. A bad input is reported on stderr and
the others are still parsed; the exit code is then 1.

With --from jsonl each input holds JSON Lines records
{"id": ..., "text": ...} or {"id": ..., "html": ...} (optional "url", and
"date" as reference date), and each record gives one output carrying its id.`,
		Example: `  dispatch parse testdata/seed/xinhua-nato-troops.txt
  dispatch parse -o jsonl *.txt > out.jsonl
  dispatch parse --from jsonl -o jsonl < records.jsonl`,
		RunE: func(c *cobra.Command, args []string) error {
			if err := o.validate(); err != nil {
				return err
			}
			if len(args) == 0 {
				args = []string{"-"}
			}
			return runParse(io, o, args)
		},
	}
	addCommonFlags(c, o)
	return c
}

// runParse parses every input with o.jobs workers and writes the results
// in input order.
func runParse(io *streams, o *commonOpts, args []string) error {
	f, _ := lookupFormat(o.output)
	many := len(args) > 1 || o.from == "jsonl"
	w := f.newWriter(io.out, many)
	failed := 0
	encode := func(r *result) {
		r.encoded, r.err = f.preEncode(r.article, many)
	}
	err := forEachResult(io, o, args, encode, func(r result) error {
		if r.err != nil {
			failed++
			fmt.Fprintf(io.err, "dispatch: %s\n", oneLine(r.err.Error()))
			return nil
		}
		return w.Write(r.article, r.encoded)
	})
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	if failed > 0 {
		return silentError{exitFail}
	}
	return nil
}

// forEachResult produces jobs from args, parses them in parallel, runs
// prepare (if not nil) on each good result in the worker, and calls fn with
// each result in input order. Memory is bounded: at most a few jobs per
// worker are in flight.
func forEachResult(io *streams, o *commonOpts, args []string, prepare func(*result), fn func(result) error) error {
	order := make(chan chan result, 2*o.jobs)
	work := make(chan func(), o.jobs)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for range o.jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for f := range work {
				f()
			}
		}()
	}
	go func() {
		defer close(order)
		defer close(work)
		produceJobs(io, o, args, func(j job) bool {
			slot := make(chan result, 1)
			select {
			case order <- slot:
			case <-stop:
				return false
			}
			work <- func() {
				jj := j
				j = job{}
				r := runJob(jj) // runJob alone holds j.data
				if prepare != nil && r.err == nil {
					prepare(&r)
				}
				slot <- r
			}
			return true
		})
	}()
	var err error
	for slot := range order {
		r := <-slot
		if err == nil {
			err = fn(r)
			if err != nil {
				close(stop)
			}
		}
	}
	wg.Wait()
	return err
}

// produceJobs turns arguments into jobs: one per file, or one per record
// with --from jsonl. It stops when send returns false.
func produceJobs(io *streams, o *commonOpts, args []string, send func(job) bool) {
	base := o.parseOptions()
	for _, name := range args {
		if o.from == "jsonl" {
			if name == "-" {
				readRecords(name, io.in, base, o.maxBytes, send)
				continue
			}
			f, err := os.Open(name)
			if err != nil {
				if !send(job{name: name, err: inputErr(name, err)}) {
					return
				}
				continue
			}
			readRecords(name, f, base, o.maxBytes, send)
			f.Close()
			continue
		}
		data, err := readInput(name, io.in, o.maxBytes)
		if !send(job{name: name, data: data, opts: base, err: err}) {
			return
		}
	}
}

// runJob parses one job, turning a panic into an error that names the
// input: one bad input must never stop a batch.
//
// The input's bytes are let go as soon as Parse has decoded them: a result
// waiting for its turn to be written keeps only its article.
func runJob(j job) (r result) {
	data := j.data
	j.data = nil
	r.job = j
	if j.err != nil {
		r.err = j.err
		return r
	}
	defer func() {
		if p := recover(); p != nil {
			r.article, r.err = nil, fmt.Errorf("%s: internal error: %v", j.name, p)
		}
	}()
	limitMemory(data) // memlimit.go
	r.article, r.err = parse.Parse(j.name, data, j.opts)
	if r.err != nil && j.line > 0 {
		r.err = recordErr(j, r.err)
	}
	return r
}

// recordErr names the record that failed to parse by its line and id:
// "-:6: record "e": empty input".
func recordErr(j job, err error) error {
	msg := err.Error()
	var pe *parse.Error
	if errors.As(err, &pe) {
		msg = pe.Msg
	}
	return fmt.Errorf("%s:%d: record %q: %s", j.name, j.line, j.opts.ID, msg)
}
