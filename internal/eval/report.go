package eval

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

// Report pools the case results of one source.
type Report struct {
	Source string
	// Cases counts the cases scored; Failed those the parser failed on.
	Cases, Failed int
	Metrics       map[string]*Metric
	Fails         []Fail
}

// NewReport returns an empty report for a source.
func NewReport(source string) *Report {
	return &Report{Source: source, Metrics: map[string]*Metric{}}
}

// Add pools one case result into the report.
func (rep *Report) Add(r CaseResult) {
	rep.Cases++
	for f, m := range r.Metrics {
		if rep.Metrics[f] == nil {
			rep.Metrics[f] = &Metric{Field: f}
		}
		rep.Metrics[f].Add(m)
	}
	rep.Fails = append(rep.Fails, r.Fails...)
}

// Rows returns the metrics of the fields scored, in report order.
func (rep *Report) Rows() []Metric {
	var rows []Metric
	for _, f := range Fields {
		if m := rep.Metrics[f]; m != nil && m.N > 0 {
			rows = append(rows, *m)
		}
	}
	return rows
}

// FailsOf returns the failures on one field, sorted by case.
func (rep *Report) FailsOf(field string) []Fail {
	var out []Fail
	for _, f := range rep.Fails {
		if f.Field == field {
			out = append(out, f)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Case < out[j].Case })
	return out
}

// WriteTable prints the report as a table: field, n, value.
func (rep *Report) WriteTable(w io.Writer) {
	fmt.Fprintf(w, "%s: %d cases, %d failed\n", rep.Source, rep.Cases, rep.Failed)
	fmt.Fprintf(w, "  %-15s %6s  %s\n", "field", "n", "value")
	for _, m := range rep.Rows() {
		fmt.Fprintf(w, "  %-15s %6d  %s\n", m.Field, m.N, m)
	}
}

// Floor is one line of a floors file: the least value a metric of a field
// must reach on a source.
type Floor struct {
	Source, Field, Metric string
	Min                   float64
	Line                  int
}

// String formats the floor as written in a floors file.
func (f Floor) String() string {
	return fmt.Sprintf("%s %s %s %g", f.Source, f.Field, f.Metric, f.Min)
}

// ParseFloors reads a floors file: lines "source field metric min", with
// blank lines and lines starting with # ignored.
func ParseFloors(r io.Reader) ([]Floor, error) {
	var out []Floor
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 4 {
			return nil, fmt.Errorf("line %d: want \"source field metric min\", got %q", n, line)
		}
		min, err := strconv.ParseFloat(f[3], 64)
		if err != nil {
			return nil, fmt.Errorf("line %d: %v", n, err)
		}
		if _, err := (Metric{}).Value(f[2]); err != nil {
			return nil, fmt.Errorf("line %d: %v", n, err)
		}
		out = append(out, Floor{f[0], f[1], strings.ToLower(f[2]), min, n})
	}
	return out, sc.Err()
}

// Check tests a floor against the source's report. It returns the value
// seen and a reason when the floor is not met ("" when it is). A field
// with no scored cases, or a metric over nothing (speaker accuracy when no
// quote matched), does not meet its floor.
func (f Floor) Check(rep *Report) (float64, string) {
	m := rep.Metrics[f.Field]
	if m == nil || m.N == 0 {
		return 0, "no cases scored"
	}
	v, err := m.Value(f.Metric)
	if err != nil {
		return 0, err.Error()
	}
	if m.Denominator(f.Metric) == 0 {
		return v, "nothing to score (0/0)"
	}
	if v < f.Min {
		return v, fmt.Sprintf("%.4f < %g", v, f.Min)
	}
	return v, ""
}
