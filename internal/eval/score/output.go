package main

import (
	"fmt"
	"io"

	"github.com/dispatch-tools/dispatch/internal/eval"
)

// printSource prints a source's table, then its timing (-v) and its
// failures on the -fails field.
func printSource(w io.Writer, rep *eval.Report, st *stats, c *config) {
	rep.WriteTable(w)
	if st.noTruth > 0 {
		fmt.Fprintf(w, "  (%d inputs without a truth file not scored)\n", st.noTruth)
	}
	if c.verbose {
		mb := float64(st.bytes) / 1e6
		fmt.Fprintf(w, "  timing: %d files, %.2f MB in %v wall (%.2f MB/s, -j %d); parse time %v (%.2f MB/s per worker); slowest %s %v\n",
			st.files, mb, st.wall.Round(1e6), mb/st.wall.Seconds(), c.jobs,
			st.busy.Round(1e6), mb/st.busy.Seconds(), st.slowest, st.slowestTook.Round(1e5))
	}
	if c.fails == "" {
		return
	}
	fails := rep.FailsOf(c.fails)
	fmt.Fprintf(w, "  fails on %s: %d\n", c.fails, len(fails))
	for _, f := range fails {
		fmt.Fprintln(w, f)
	}
}

// checkFloors prints every floor not met and returns the exit code: 1 if
// any is not met, 0 otherwise. Floors of sources not scored are skipped.
func checkFloors(w io.Writer, floors []eval.Floor, reports map[string]*eval.Report) int {
	var unmet []string
	checked := 0
	for _, f := range floors {
		rep := reports[f.Source]
		if rep == nil {
			continue
		}
		checked++
		if _, why := f.Check(rep); why != "" {
			unmet = append(unmet, fmt.Sprintf("  %-50s %s", f, why))
		}
	}
	if len(floors) == 0 {
		return 0
	}
	fmt.Fprintf(w, "\nfloors: %d checked, %d not met\n", checked, len(unmet))
	for _, u := range unmet {
		fmt.Fprintln(w, u)
	}
	if len(unmet) > 0 {
		return 1
	}
	return 0
}
