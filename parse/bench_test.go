package parse

import (
	"os"
	"path/filepath"
	"runtime/debug"
	"testing"
)

// corpusDir is the shared corpus: $DISPATCH_CORPUS, else ../shared/corpus
// beside the module root. The corpus is never copied into the repository.
func corpusDir() string {
	if dir := os.Getenv("DISPATCH_CORPUS"); dir != "" {
		return dir
	}
	return filepath.Join("..", "..", "shared", "corpus")
}

// loadCorpusInputs reads every file matching pattern in one corpus source,
// skipping the benchmark when the corpus is absent.
func loadCorpusInputs(b *testing.B, source, pattern string) (names []string, srcs [][]byte, total int64) {
	b.Helper()
	paths, err := filepath.Glob(filepath.Join(corpusDir(), source, pattern))
	if err != nil {
		b.Fatal(err)
	}
	if len(paths) == 0 {
		b.Skipf("corpus %s not found under %s (set DISPATCH_CORPUS)", source, corpusDir())
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		names = append(names, filepath.Base(p))
		srcs = append(srcs, data)
		total += int64(len(data))
	}
	return names, srcs, total
}

// BenchmarkParseText parses every Reuters-21578 text of the corpus once per
// iteration. MB/s is over the input bytes; run with -cpu 1 for the per-core
// figure (the target is at least 20 MB/s).
func BenchmarkParseText(b *testing.B) {
	names, srcs, total := loadCorpusInputs(b, "reuters21578", "case-*.txt")
	// The commands run the collector at GOGC=300 (cmd/memlimit.go); measure
	// the parser as they run it. GOGC in the environment still wins.
	if os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(300))
	}
	opts := Options{Format: FormatText}
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		for i, src := range srcs {
			if _, err := Parse(names[i], src, opts); err != nil {
				b.Fatalf("%s: %v", names[i], err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(srcs)), "ns/file")
}
