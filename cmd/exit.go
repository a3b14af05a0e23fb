package cmd

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Exit codes, per the specification.
const (
	exitOK    = 0 // every input parsed; for check, no errors
	exitFail  = 1 // some inputs failed, or check found errors
	exitUsage = 2 // usage error: unknown flag, missing argument, bad profile
)

// exitCoder is an error that knows the exit code it maps to.
type exitCoder interface{ ExitCode() int }

// usageError is a mistake in how the command was called.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }
func (e usageError) ExitCode() int { return exitUsage }

func usagef(format string, args ...any) error {
	return usageError{fmt.Errorf(format, args...)}
}

// failedError says that some inputs failed; each was already reported.
type failedError struct{ n int }

func (e failedError) Error() string {
	if e.n == 1 {
		return "1 input failed"
	}
	return fmt.Sprintf("%d inputs failed", e.n)
}
func (e failedError) ExitCode() int { return exitFail }

// silentError carries an exit code with nothing more to print.
type silentError struct{ code int }

func (e silentError) Error() string { return "" }
func (e silentError) ExitCode() int { return e.code }

// Main runs the dispatch command line with the given arguments and
// streams, and returns the process exit code.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	tuneGC() // memlimit.go
	root := NewRootCmd(stdin, stdout, stderr)
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return exitOK
	}
	if msg := err.Error(); msg != "" {
		fmt.Fprintf(stderr, "dispatch: %s\n", oneLine(msg))
	}
	var ec exitCoder
	if errors.As(err, &ec) {
		return ec.ExitCode()
	}
	// Errors cobra raises itself (unknown flag or command) are usage errors.
	return exitUsage
}

// oneLine escapes the control characters in an error message, as Go
// escapes them in a quoted string ("a\nb.txt"), so that an error naming a
// file whose name holds a newline still takes one line of stderr.
func oneLine(msg string) string {
	if !strings.ContainsFunc(msg, breaksLine) {
		return msg
	}
	var sb strings.Builder
	for _, r := range msg {
		if breaksLine(r) {
			q := strconv.QuoteRune(r)
			sb.WriteString(q[1 : len(q)-1])
			continue
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

// breaksLine reports control characters other than tab, and the Unicode
// line and paragraph separators.
func breaksLine(r rune) bool {
	return r < 0x20 && r != '\t' || r == 0x7f || r == 0x85 || r == 0x2028 || r == 0x2029
}
