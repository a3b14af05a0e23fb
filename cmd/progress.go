package cmd

import (
	"io"
	"os"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progressThrottle is the shortest time between two redraws of the bar.
const progressThrottle = 100 * time.Millisecond

// progress is a bar on stderr with the count, the rate and the time left.
// The bar appears once the total is known (a second walk counts the files
// while the first is converted). A nil *progress shows nothing, so callers
// need not check whether the bar is on.
type progress struct {
	mu   sync.Mutex
	w    io.Writer
	done int64
	bar  *progressbar.ProgressBar // nil until the total is known
}

// progressWanted reports whether to draw a bar on w: only on a terminal,
// and never with --quiet or with NO_COLOR set (https://no-color.org).
func progressWanted(w io.Writer, quiet bool) bool {
	if quiet || os.Getenv("NO_COLOR") != "" {
		return false
	}
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// newProgress returns a bar drawn on w, or nil when on is false.
func newProgress(w io.Writer, on bool) *progress {
	if !on {
		return nil
	}
	return &progress{w: w}
}

// setTotal shows the bar, now that the number of files is known.
func (p *progress) setTotal(total int64) {
	if p == nil || total <= 0 {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.bar = progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(p.w),
		progressbar.OptionSetDescription("converting"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("files"),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(progressThrottle),
		progressbar.OptionSetWidth(30),
		progressbar.OptionClearOnFinish(),
	)
	_ = p.bar.Set64(min(p.done, total))
}

// add counts one file done.
func (p *progress) add() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done++
	if p.bar == nil {
		return
	}
	if p.done > p.bar.GetMax64() { // files appeared after the count
		p.bar.ChangeMax64(p.done)
	}
	_ = p.bar.Add(1)
}

// clear wipes the bar so that a message can be printed on its line; the
// bar comes back with the next add.
func (p *progress) clear() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.bar != nil {
		_ = p.bar.Clear()
	}
}
