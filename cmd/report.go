package cmd

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

// checkRun is everything dispatch check found, input by input.
type checkRun struct {
	profile string // profile file, "(built-in)" for the default
	strict  bool
	inputs  []inputResult
}

// inputResult holds the findings of one input: a file, stdin, or a record.
type inputResult struct {
	path     string
	id       string // record id with --from jsonl
	failed   bool   // the input could not be read or parsed
	findings []finding
}

// name is the input as reports name it: "feed.jsonl#42" for a record.
func (in inputResult) name() string {
	if in.id != "" {
		return in.path + "#" + in.id
	}
	return in.path
}

func (in inputResult) counts() (errs, warns int) {
	for _, f := range in.findings {
		switch f.sev {
		case sevError:
			errs++
		case sevWarning:
			warns++
		}
	}
	return errs, warns
}

func (run *checkRun) totals() (errs, warns int) {
	for _, in := range run.inputs {
		e, w := in.counts()
		errs, warns = errs+e, warns+w
	}
	return errs, warns
}

// report is one output format of dispatch check. The table feeds flag
// help and completion.
type report struct {
	name  string
	help  string
	write func(w io.Writer, run *checkRun) error
}

var reports = []report{
	{"text", "PATH:LINE:COL: error|warning: MESSAGE [rule-id], one a line", writeTextReport},
	{"json", "one JSON object: totals, and the findings of each input", writeJSONReport},
	{"github", "GitHub Actions annotations: ::error file=PATH,line=L,col=C::MESSAGE", writeGitHubReport},
	{"junit", "JUnit XML, one testcase per input", writeJUnitReport},
}

func lookupReport(name string) (report, bool) {
	for _, r := range reports {
		if r.name == name {
			return r, true
		}
	}
	return report{}, false
}

func reportNames() string {
	names := make([]string, len(reports))
	for i, r := range reports {
		names[i] = r.name
	}
	return strings.Join(names, ", ")
}

func reportCompletions() []string {
	out := make([]string, len(reports))
	for i, r := range reports {
		out[i] = r.name + "\t" + r.help
	}
	return out
}

// textLine formats a finding as PATH:LINE:COL: SEVERITY: MESSAGE [RULE],
// or PATH: ... when it has no position.
func textLine(name string, f finding) string {
	if f.line == 0 {
		return fmt.Sprintf("%s: %s: %s [%s]", name, f.sev, f.msg, f.rule)
	}
	return fmt.Sprintf("%s:%d:%d: %s: %s [%s]", name, f.line, f.col, f.sev, f.msg, f.rule)
}

func writeTextReport(w io.Writer, run *checkRun) error {
	bw := bufio.NewWriter(w)
	for _, in := range run.inputs {
		for _, f := range in.findings {
			bw.WriteString(textLine(in.name(), f))
			bw.WriteByte('\n')
		}
	}
	return bw.Flush()
}

// jsonReport is the --report json document.
type jsonReport struct {
	Profile  string       `json:"profile"`
	Strict   bool         `json:"strict"`
	Inputs   int          `json:"inputs"`
	Errors   int          `json:"errors"`
	Warnings int          `json:"warnings"`
	Results  []jsonResult `json:"results"`
}

type jsonResult struct {
	Path     string        `json:"path"`
	ID       *string       `json:"id"`
	Errors   int           `json:"errors"`
	Warnings int           `json:"warnings"`
	Findings []jsonFinding `json:"findings"`
}

type jsonFinding struct {
	Line     int    `json:"line"` // 0 when the input has no position
	Col      int    `json:"col"`
	Severity string `json:"severity"`
	Rule     string `json:"rule"`
	Message  string `json:"message"`
}

func writeJSONReport(w io.Writer, run *checkRun) error {
	errs, warns := run.totals()
	doc := jsonReport{Profile: run.profile, Strict: run.strict, Inputs: len(run.inputs), Errors: errs, Warnings: warns, Results: []jsonResult{}}
	for _, in := range run.inputs {
		r := jsonResult{Path: in.path, Findings: []jsonFinding{}}
		if in.id != "" {
			r.ID = &in.id
		}
		r.Errors, r.Warnings = in.counts()
		for _, f := range in.findings {
			r.Findings = append(r.Findings, jsonFinding{f.line, f.col, f.sev.String(), f.rule, f.msg})
		}
		doc.Results = append(doc.Results, r)
	}
	b, err := marshalJSON(doc, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// writeGitHubReport writes workflow commands that GitHub Actions shows as
// annotations on the files: ::error file=F,line=L,col=C,title=T::MESSAGE.
func writeGitHubReport(w io.Writer, run *checkRun) error {
	bw := bufio.NewWriter(w)
	for _, in := range run.inputs {
		for _, f := range in.findings {
			props := "file=" + ghProperty(in.path)
			msg := f.msg + " [" + f.rule + "]"
			switch {
			case in.id != "" && f.line > 0:
				// A record's lines are not the file's lines.
				msg = fmt.Sprintf("record %s, %d:%d: %s", in.id, f.line, f.col, msg)
			case in.id != "":
				msg = fmt.Sprintf("record %s: %s", in.id, msg)
			case f.line > 0:
				props += fmt.Sprintf(",line=%d,col=%d", f.line, f.col)
			}
			props += ",title=" + ghProperty("dispatch check: "+f.rule)
			fmt.Fprintf(bw, "::%s %s::%s\n", f.sev, props, ghData(msg))
		}
	}
	return bw.Flush()
}

// ghData escapes a workflow command's message.
func ghData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// ghProperty escapes a workflow command's property value.
func ghProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

// JUnit XML, as Jenkins, GitLab and most CI systems read it.
type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Skipped  int         `xml:"skipped,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Failure   *junitProblem `xml:"failure,omitempty"`
	Error     *junitProblem `xml:"error,omitempty"`
	SystemOut *junitText    `xml:"system-out,omitempty"`
}

type junitProblem struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",cdata"`
}

// junitText keeps line breaks readable: CDATA rather than "&#xA;".
type junitText struct {
	Text string `xml:",cdata"`
}

// writeJUnitReport writes one testcase per input: a failure when it has
// errors (its warnings listed too), an error when it could not be read,
// and its warnings as system-out when it passed.
func writeJUnitReport(w io.Writer, run *checkRun) error {
	suite := junitSuite{Name: "dispatch check", Tests: len(run.inputs)}
	for _, in := range run.inputs {
		tc := junitCase{Name: in.name(), Classname: "dispatch.check"}
		var lines []string
		for _, f := range in.findings {
			lines = append(lines, textLine(in.name(), f))
		}
		text := strings.Join(lines, "\n")
		errs, warns := in.counts()
		switch {
		case in.failed:
			tc.Error = &junitProblem{Message: in.findings[0].msg, Type: ruleInput, Text: text}
			suite.Errors++
		case errs > 0:
			tc.Failure = &junitProblem{Message: fmt.Sprintf("%s, %s", plural(errs, "error"), plural(warns, "warning")), Type: "dispatch.check", Text: text}
			suite.Failures++
		case text != "":
			tc.SystemOut = &junitText{text}
		}
		suite.Cases = append(suite.Cases, tc)
	}
	doc := junitSuites{Name: "dispatch check", Tests: suite.Tests, Failures: suite.Failures, Errors: suite.Errors, Suites: []junitSuite{suite}}
	b, err := xml.MarshalIndent(doc, "", "  ")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s%s\n", xml.Header, b)
	return err
}
