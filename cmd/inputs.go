package cmd

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"time"

	"github.com/dispatch-tools/dispatch/parse"
)

// job is one article to parse: a file, standard input, or a JSON Lines
// record. A job that could not be read carries its error instead of data.
type job struct {
	name string // path as given, "-" for stdin
	line int    // line of a JSON Lines record, 0 for a whole file
	data []byte
	opts parse.Options
	err  error
}

// result is a parsed job.
type result struct {
	encoded []byte // the article encoded by a worker, when the command asks
	job     job
	article *parse.Article
	err     error
}

// readInput reads one input file (or stdin for "-"), refusing directories
// and files over max bytes.
func readInput(name string, stdin io.Reader, max int64) ([]byte, error) {
	var r io.Reader
	var size int64 // the file's size when known, to read it in one buffer
	if name == "-" {
		r = stdin
	} else {
		f, err := os.Open(name)
		if err != nil {
			return nil, inputErr(name, err)
		}
		defer f.Close()
		fi, err := f.Stat()
		if err != nil {
			return nil, inputErr(name, err)
		}
		if fi.IsDir() {
			return nil, fmt.Errorf("%s: is a directory (use dispatch convert for folders)", name)
		}
		if !fi.Mode().IsRegular() && fi.Mode()&fs.ModeNamedPipe == 0 && fi.Mode()&fs.ModeCharDevice == 0 {
			return nil, fmt.Errorf("%s: not a regular file", name)
		}
		if fi.Mode().IsRegular() && fi.Size() > max {
			return nil, fmt.Errorf("%s: file too large (%d bytes > --max-bytes %d)", name, fi.Size(), max)
		}
		r, size = f, fi.Size()
	}
	data, err := readAll(io.LimitReader(r, max+1), size)
	if err != nil {
		return nil, inputErr(name, err)
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("%s: input too large (over --max-bytes %d)", name, max)
	}
	return data, nil
}

// readAll reads r to its end into a buffer made for size bytes (0 when
// unknown), as os.ReadFile does: a 100 MB file is read without the copies
// and the doubled buffer of growing it.
func readAll(r io.Reader, size int64) ([]byte, error) {
	if size <= 0 {
		return io.ReadAll(r)
	}
	data := make([]byte, 0, size+1) // +1: room to see the end of the file
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := r.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			return data, nil
		}
		if err != nil {
			return data, err
		}
	}
}

// inputErr names the file once: os errors already carry the path.
func inputErr(name string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %v", name, pe.Err)
	}
	return fmt.Errorf("%s: %v", name, err)
}

// record is one JSON Lines input record (--from jsonl).
type record struct {
	ID   json.RawMessage `json:"id"`
	Text *string         `json:"text"`
	HTML *string         `json:"html"`
	URL  string          `json:"url"`
	Date string          `json:"date"`
}

// maxRecordLine bounds one JSON Lines record.
const maxRecordLine = 64 << 20

// readRecords sends one job per record of a JSON Lines input. Malformed
// lines become jobs that carry an error naming the line.
func readRecords(name string, r io.Reader, base parse.Options, max int64, send func(job) bool) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), int(min(max, maxRecordLine))+1)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		if !send(recordJob(name, n, line, base)) {
			return
		}
	}
	if err := sc.Err(); err != nil {
		send(job{name: name, err: fmt.Errorf("%s: %v", name, err)})
	}
}

// recordJob decodes one record line into a job.
func recordJob(name string, n int, line []byte, base parse.Options) job {
	var rec record
	where := fmt.Sprintf("%s:%d", name, n)
	if err := json.Unmarshal(line, &rec); err != nil {
		return job{name: name, err: fmt.Errorf("%s: malformed record: %v", where, err)}
	}
	id := recordID(rec.ID)
	opts := base
	opts.ID = id
	j := job{name: name, line: n, opts: opts}
	switch {
	case rec.Text != nil:
		j.data, j.opts.Format = []byte(*rec.Text), parse.FormatText
	case rec.HTML != nil:
		j.data, j.opts.Format = []byte(*rec.HTML), parse.FormatHTML
	default:
		j.err = fmt.Errorf("%s: record %q has neither \"text\" nor \"html\"", where, id)
	}
	if rec.Date != "" {
		t, err := time.Parse("2006-01-02", rec.Date)
		if err != nil {
			j.err = fmt.Errorf("%s: record %q: bad date %q: want YYYY-MM-DD", where, id, rec.Date)
		}
		j.opts.ReferenceDate = t
	}
	if id == "" && j.err == nil {
		j.err = fmt.Errorf("%s: record has no \"id\"", where)
	}
	return j
}

// recordID accepts a string or a number as the record id.
func recordID(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		return n.String()
	}
	return ""
}
