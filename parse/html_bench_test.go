package parse

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/net/html"
)

// benchPages loads the corpus HTML pages ($DISPATCH_CORPUS, else
// ../shared/corpus beside the module), skipping when there are none.
func benchPages(b *testing.B) ([][]byte, int64) {
	dir := corpusDir()                                           // bench_test.go
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.html")) // Glob fails only on a bad pattern
	if len(files) == 0 {
		b.Skip("no corpus pages at " + dir)
	}
	var pages [][]byte
	var total int64
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, src)
		total += int64(len(src))
	}
	return pages, total
}

// BenchmarkHTMLParseFloor is the floor: golang.org/x/net/html.Parse alone
// over the corpus pages. Compare its MB/s with BenchmarkHTMLFullPath.
func BenchmarkHTMLParseFloor(b *testing.B) {
	pages, total := benchPages(b)
	b.SetBytes(total)
	b.ResetTimer()
	for range b.N {
		for _, p := range pages {
			if _, err := html.Parse(bytes.NewReader(p)); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkHTMLFullPath is Parse on the same pages as HTML: decoding,
// the walk, metadata, main text and every recognizer.
func BenchmarkHTMLFullPath(b *testing.B) {
	pages, total := benchPages(b)
	b.SetBytes(total)
	b.ResetTimer()
	for range b.N {
		for _, p := range pages {
			if _, err := Parse("page.html", p, Options{Format: FormatHTML}); err != nil {
				b.Fatal(err)
			}
		}
	}
}
