package cmd

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/dispatch-tools/dispatch/parse"
)

// checkOpts are the flags of dispatch check.
type checkOpts struct {
	commonOpts
	profile      string
	report       string
	strict       bool
	printProfile bool
	listRules    bool
}

func newCheckCmd(io *streams) *cobra.Command {
	o := &checkOpts{}
	c := &cobra.Command{
		Use:   "check [INPUT...]",
		Short: "Check dispatches against a profile, for CI",
		Long: `Check parses each INPUT (a file, or "-" / nothing for standard input) and
applies the rules of a profile: required fields, expected agencies and
language, headline length, dateline date, balanced quotation marks, quotes
with a speaker, credits and boilerplate left in the body, mojibake,
duplicated paragraphs, and a sign-off that contradicts the dateline.

Findings point at the place in the input:

  PATH:LINE:COL: error|warning: MESSAGE [rule-id]

Columns count bytes of the decoded (UTF-8) text. The exit code is 1 when
any error is found, 0 otherwise, and 2 for a usage error such as an
unreadable or invalid profile. --strict turns warnings into errors.

Without --profile the built-in profile applies; --print-profile prints it
as a starting point, and a --profile file overrides the keys it sets.`,
		Example: `  dispatch check testdata/seed/xinhua-nato-troops.txt
  dispatch check --print-profile > profile.yaml
  dispatch check --profile profile.yaml --strict --report github feed/*.txt
  dispatch check --report junit --date 2022-02-25 *.txt > check.xml`,
		RunE: func(c *cobra.Command, args []string) error {
			if c.Flags().Changed("output") {
				return usagef("check writes reports, not articles: use --report %s", reportNames())
			}
			return runCheck(io, o, args)
		},
	}
	addCommonFlags(c, &o.commonOpts)
	_ = c.Flags().MarkHidden("output")
	f := c.Flags()
	f.StringVar(&o.profile, "profile", "", "profile `FILE` (YAML); default: the built-in profile")
	f.StringVar(&o.report, "report", "text", "report format: "+reportNames())
	f.BoolVar(&o.strict, "strict", false, "treat warnings as errors")
	f.BoolVar(&o.printProfile, "print-profile", false, "print the built-in profile and exit")
	f.BoolVar(&o.listRules, "list-rules", false, "list the built-in rules and exit")
	_ = c.RegisterFlagCompletionFunc("report", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return reportCompletions(), cobra.ShellCompDirectiveNoFileComp
	})
	_ = c.MarkFlagFilename("profile", "yaml", "yml")
	return c
}

// runCheck checks every input and writes the report.
func runCheck(io *streams, o *checkOpts, args []string) error {
	switch {
	case o.printProfile:
		_, err := io.out.Write(defaultProfile)
		return err
	case o.listRules:
		return listRules(io, o)
	}
	if err := o.validate(); err != nil {
		return err
	}
	rep, ok := lookupReport(o.report)
	if !ok {
		return usagef("unknown report format %q (want %s)", o.report, reportNames())
	}
	prof, err := loadProfile(o.profile)
	if err != nil {
		return err
	}
	if len(args) == 0 {
		args = []string{"-"}
	}
	run := &checkRun{profile: prof.name, strict: o.strict}
	err = forEachResult(io, &o.commonOpts, args, nil, func(r result) error {
		run.inputs = append(run.inputs, checkResult(r, prof, o.strict))
		return nil
	})
	if err != nil {
		return err
	}
	if err := rep.write(io.out, run); err != nil {
		return err
	}
	if errs, warns := run.totals(); errs > 0 {
		return checkFailed{errs, warns, len(run.inputs)}
	}
	return nil
}

func listRules(io *streams, o *checkOpts) error {
	prof, err := loadProfile(o.profile)
	if err != nil {
		return err
	}
	for _, r := range rules {
		sev := "per field"
		if r.configurable() {
			sev = prof.rules[r.id].String()
		}
		if _, err := fmt.Fprintf(io.out, "%-20s %-9s %s\n", r.id, sev, r.doc); err != nil {
			return err
		}
	}
	return nil
}

// checkResult turns a parse result into an input's findings. An input
// that could not be read or parsed is one error finding.
func checkResult(r result, p *profile, strict bool) inputResult {
	in := inputResult{path: r.job.name, id: r.job.opts.ID}
	if r.err != nil {
		in.findings = []finding{inputFinding(r.job.name, r.err)}
		in.failed = true
		return in
	}
	in.id = r.article.Source.ID
	in.findings = checkArticle(r.article, p, r.job.opts.ReferenceDate)
	if strict {
		for i := range in.findings {
			in.findings[i].sev = max(in.findings[i].sev, sevError)
		}
	}
	return in
}

// inputFinding reports an input error, at its position when it has one.
func inputFinding(name string, err error) finding {
	f := finding{sev: sevError, rule: ruleInput, msg: err.Error()}
	var pe *parse.Error
	if errors.As(err, &pe) {
		f.line, f.col, f.msg = pe.Line, pe.Col, pe.Msg
	}
	f.msg = strings.TrimPrefix(f.msg, name+": ")
	return f
}

// checkFailed says that check found errors; the report already lists them.
type checkFailed struct{ errors, warnings, inputs int }

func (e checkFailed) Error() string {
	return fmt.Sprintf("check failed: %s, %s in %s",
		plural(e.errors, "error"), plural(e.warnings, "warning"), plural(e.inputs, "input"))
}
func (e checkFailed) ExitCode() int { return exitFail }

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// segment is the headline or a body paragraph as the output gives it,
// with where it lies in the decoded input.
type segment struct {
	text       string
	start, end int // byte range in source.text that holds it
}

// source maps offsets in an article's headline and paragraphs to lines
// and columns of its decoded input, from the spans the parser recorded.
type source struct {
	text     string
	dateline parse.Span
	head     segment
	body     []segment
	lines    []int // offsets of line starts, built on first use
}

func newSource(a *parse.Article) *source {
	s := &source{text: a.Spans.Text, dateline: a.Spans.Dateline}
	s.head = s.segmentFor(a.Headline, a.Spans.Headline, 0)
	from := 0
	if a.Spans.Headline.End > 0 {
		from = a.Spans.Headline.End
	}
	s.body = make([]segment, len(a.Body))
	for i, p := range a.Body {
		var sp parse.Span
		if i < len(a.Spans.Body) {
			sp = a.Spans.Body[i]
		}
		s.body[i] = s.segmentFor(p, sp, from)
		from = s.body[i].start
	}
	return s
}

// maxSearch bounds how far past the previous paragraph a paragraph with
// no recorded span is looked for, keeping check linear on large pages.
const maxSearch = 1 << 20

// segmentFor places text at span, or, when the span is unknown (HTML),
// where its first words occur at or after offset from.
func (s *source) segmentFor(text string, sp parse.Span, from int) segment {
	if sp.End > 0 {
		return segment{text, sp.Start, sp.End}
	}
	g := segment{text: text, start: min(from, len(s.text))}
	g.end = min(len(s.text), g.start+maxSearch)
	if snip := snippet(text, 0, 40); snip != "" {
		if i := looseIndex(s.text[g.start:g.end], snip); i >= 0 {
			g.start += i
		}
	}
	g.end = min(len(s.text), g.start+maxSearch+8*len(text))
	return g
}

// at returns the offset in the input of byte k of segment g: where the
// text that follows k in g is found, whitespace and line breaks aside.
// The output's text is never longer than its source, so the search
// starts k bytes in. It falls back to the segment's start.
func (s *source) at(g segment, k int) int {
	for _, n := range []int{32, 12} {
		snip := snippet(g.text, k, n)
		if snip == "" {
			break
		}
		lo := min(g.start+k, g.end)
		if i := looseIndex(s.text[lo:g.end], snip); i >= 0 {
			return lo + i
		}
		if i := looseIndex(s.text[g.start:g.end], snip); i >= 0 {
			return g.start + i
		}
	}
	return g.start
}

// top is the first non-blank byte of the input.
func (s *source) top() int {
	return len(s.text) - len(strings.TrimLeftFunc(s.text, unicode.IsSpace))
}

// bodyStart is where the first body paragraph starts.
func (s *source) bodyStart() int {
	if len(s.body) == 0 {
		return s.top()
	}
	return s.body[0].start
}

// bodyEnd is where the last body paragraph starts.
func (s *source) bodyEnd() int {
	if len(s.body) == 0 {
		return s.top()
	}
	return s.body[len(s.body)-1].start
}

// datelineStart is where the dateline stands, or should stand: at the
// start of the body.
func (s *source) datelineStart() int {
	if s.dateline.End > 0 {
		return s.dateline.Start
	}
	return s.bodyStart()
}

// position returns the 1-based line and byte column of offset off, as
// parse.Position does, in logarithmic time.
func (s *source) position(off int) (line, col int) {
	if s.lines == nil {
		s.lines = []int{0}
		for i := 0; i < len(s.text); i++ {
			if s.text[i] == '\n' {
				s.lines = append(s.lines, i+1)
			}
		}
	}
	off = max(0, min(off, len(s.text)))
	n := sort.Search(len(s.lines), func(i int) bool { return s.lines[i] > off })
	return n, off - s.lines[n-1] + 1
}

// snippet returns up to n bytes of text from k, cut at rune boundaries,
// without leading or trailing space.
func snippet(text string, k, n int) string {
	if k >= len(text) {
		return ""
	}
	end := min(k+n, len(text))
	for end < len(text) && !utf8.RuneStart(text[end]) {
		end++
	}
	return strings.TrimSpace(text[k:end])
}

// looseIndex finds needle in hay, where a space in needle matches any run
// of white space (line breaks included) in hay. It returns -1 if absent.
func looseIndex(hay, needle string) int {
	if needle == "" {
		return -1
	}
	for i := 0; i < len(hay); i++ {
		j := strings.IndexByte(hay[i:], needle[0])
		if j < 0 {
			return -1
		}
		i += j
		if looseMatch(hay[i:], needle) {
			return i
		}
	}
	return -1
}

func looseMatch(h, n string) bool {
	i := 0
	for j := 0; j < len(n); {
		if n[j] == ' ' {
			k := skipBlank(h, i)
			if k == i {
				return false
			}
			i = k
			for j < len(n) && n[j] == ' ' {
				j++
			}
			continue
		}
		if i >= len(h) || h[i] != n[j] {
			return false
		}
		i, j = i+1, j+1
	}
	return true
}

// skipBlank skips white space and the zero-width characters that the
// parser drops.
func skipBlank(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) && r != '\u200b' && r != '\ufeff' {
			break
		}
		i += size
	}
	return i
}
