// Package cmd is the dispatch command line: flags, inputs, workers,
// output encoding and exit codes. The parsing itself lives in package parse.
package cmd

import (
	"io"
	"runtime"
	"time"

	"github.com/spf13/cobra"

	"github.com/dispatch-tools/dispatch/parse"
)

// version is set at build time with -ldflags "-X .../cmd.version=v1.2.3".
var version = "0.1.0-dev"

// commonOpts are the flags shared by the commands that parse dispatches.
type commonOpts struct {
	output   string // yaml, json, jsonl
	from     string // auto, text, html, jsonl
	lang     string // auto, en, zh
	date     string // reference date, YYYY-MM-DD
	jobs     int
	maxBytes int64
	quiet    bool

	refDate time.Time // parsed from date
}

// defaultMaxBytes is the default --max-bytes: 32 MiB.
const defaultMaxBytes = 32 << 20

// streams are the command's standard streams, so tests can use buffers.
type streams struct {
	in       io.Reader
	out, err io.Writer
}

// NewRootCmd builds the dispatch command tree around the given streams.
func NewRootCmd(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	io := &streams{in: stdin, out: stdout, err: stderr}
	root := &cobra.Command{
		Use:   "dispatch",
		Short: "Turn news dispatches into structured YAML or JSON",
		Long: `dispatch reads news dispatches — wire stories as plain text or HTML pages,
in English and Chinese — and writes their structure: headline, dateline
(place, date, agency), reporters, contributors, editors, quoted speakers
with their quotes, and the clean body.`,
		Example: `  dispatch parse testdata/seed/xinhua-nato-troops.txt
  dispatch parse -o json --date 2022-02-25 story.txt
  cat story.html | dispatch parse --from html -o jsonl`,
		Version:       version,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	root.AddCommand(newParseCmd(io))
	for _, add := range extraCommands {
		root.AddCommand(add(io))
	}
	return root
}

// extraCommands are added by the other files of this package (convert,
// check, schema), each in its own init-free registration below.
var extraCommands = []func(*streams) *cobra.Command{newConvertCmd, newCheckCmd, newSchemaCmd}

// addCommonFlags binds the shared flags into o.
func addCommonFlags(c *cobra.Command, o *commonOpts) {
	f := c.Flags()
	f.StringVarP(&o.output, "output", "o", "yaml", "output format: "+formatNames())
	f.StringVar(&o.from, "from", "auto", "input format: auto, text, html, jsonl")
	f.StringVar(&o.lang, "lang", "auto", "language: auto, en, zh")
	f.StringVar(&o.date, "date", "", "reference date YYYY-MM-DD for year-less datelines")
	f.IntVarP(&o.jobs, "jobs", "j", runtime.NumCPU(), "parallel workers")
	f.Int64Var(&o.maxBytes, "max-bytes", defaultMaxBytes, "largest input accepted, in bytes")
	f.BoolVarP(&o.quiet, "quiet", "q", false, "no progress output")
	_ = c.RegisterFlagCompletionFunc("output", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return formatCompletions(), cobra.ShellCompDirectiveNoFileComp
	})
	_ = c.RegisterFlagCompletionFunc("from", cobra.FixedCompletions([]string{"auto", "text", "html", "jsonl"}, cobra.ShellCompDirectiveNoFileComp))
	_ = c.RegisterFlagCompletionFunc("lang", cobra.FixedCompletions([]string{"auto", "en", "zh"}, cobra.ShellCompDirectiveNoFileComp))
}

// validate checks the shared flags and fills derived fields.
func (o *commonOpts) validate() error {
	if _, ok := lookupFormat(o.output); !ok {
		return usagef("unknown output format %q (want %s)", o.output, formatNames())
	}
	switch o.from {
	case "auto", "text", "html", "jsonl":
	default:
		return usagef("unknown input format %q (want auto, text, html or jsonl)", o.from)
	}
	switch o.lang {
	case "auto", "en", "zh":
	default:
		return usagef("unknown language %q (want auto, en or zh)", o.lang)
	}
	if o.date != "" {
		t, err := time.Parse("2006-01-02", o.date)
		if err != nil {
			return usagef("bad --date %q: want YYYY-MM-DD", o.date)
		}
		o.refDate = t
	}
	if o.jobs < 1 {
		o.jobs = 1
	}
	if o.maxBytes <= 0 {
		return usagef("--max-bytes must be positive")
	}
	return nil
}

// parseOptions returns the library options for one input.
func (o *commonOpts) parseOptions() parse.Options {
	opts := parse.Options{ReferenceDate: o.refDate}
	if o.from == "text" || o.from == "html" {
		opts.Format = o.from
	}
	if o.lang != "auto" {
		opts.Lang = o.lang
	}
	return opts
}
