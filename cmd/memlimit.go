package cmd

import (
	"bytes"
	"os"
	"runtime/debug"
	"sync"
)

// Parsing makes many short-lived objects and keeps little: with the
// default GOGC the collector would take a third of the CPU on a folder of
// small files. The commands let the heap grow to four times what is live
// (GOGC=300) instead; the soft memory limit below still holds it down on
// huge inputs. A GOGC set by the user wins.
//
// The garbage collector lets the heap grow to twice what is live before
// it collects. On one very large input that doubling, not the parser,
// would take memory past a few times the input's size. So the commands set
// a soft memory limit that follows the largest input read so far: the
// collector works harder near it, and small inputs keep the default pace.
// A GOMEMLIMIT set by the user wins.

const (
	memBase      = 128 << 20 // heap allowed whatever the inputs
	memPerByte   = 2         // limit per byte of the largest text input
	memPerHTML   = 5         // per byte of a page: its tree costs more
	memUserLimit = "GOMEMLIMIT"
)

var memLimit struct {
	sync.Mutex
	largest int
}

// limitMemory raises the soft memory limit, if needed, for an input
// about to be parsed.
func limitMemory(data []byte) {
	n := len(data) * memPerByte
	if t := bytes.TrimLeft(data[:min(len(data), 512)], " \t\r\n\ufeff"); len(t) > 0 && t[0] == '<' {
		n = len(data) * memPerHTML
	}
	if os.Getenv(memUserLimit) != "" {
		return
	}
	memLimit.Lock()
	defer memLimit.Unlock()
	if n <= memLimit.largest {
		return
	}
	memLimit.largest = n
	debug.SetMemoryLimit(int64(memBase + n))
}

// gcPercent is the GOGC the commands run with unless the user sets one.
const gcPercent = 300

// tuneGC sets the collector's pace for batch parsing.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
}
