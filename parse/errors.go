package parse

import "fmt"

// Error is a problem that stops an input from being parsed at all. It
// prints as "file: msg", or "file:line:col: msg" when the position is known.
type Error struct {
	File string // input path as given, "-" for standard input
	Line int    // 1-based; 0 when unknown
	Col  int    // 1-based byte column; 0 when unknown
	Msg  string
}

// Error implements the error interface.
func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// Position returns the 1-based line and column of byte offset off in text.
func Position(text string, off int) (line, col int) {
	line, col = 1, 1
	for i := 0; i < off && i < len(text); i++ {
		if text[i] == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return line, col
}
