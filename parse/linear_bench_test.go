package parse

import (
	"fmt"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Linear time: doubling the input at most about doubles the parse time,
// on both paths, for ordinary stories and for the shapes that would expose
// a quadratic loop (one huge paragraph, a credit group per sentence,
// unclosed brackets, thousands of quotes).
//
//	go test ./parse -run '^$' -bench Linear -benchtime 3x
//
// compares ns/op across the size=N sub-benchmarks; TestLinearTime checks
// the same shapes with a generous ratio of CPU times.

// linearShape builds an input of about n bytes in one shape.
type linearShape struct {
	name   string
	format string
	build  func(n int) string
}

// seedParagraph is a paragraph of wire copy with a direct and an indirect
// quote, a credit group and a bracketed aside.
const seedParagraph = `Stoltenberg said at a press conference after the meeting that NATO has no troops in Ukraine, "we have no plans or intention to send troops to Ukraine." (Reporter Ren Ke) He also said that NATO is increasing the deployment of troops (in the east).`

// repeatTo repeats unit until the result holds at least n bytes.
func repeatTo(unit string, n int) string {
	return strings.Repeat(unit, n/len(unit)+1)
}

// repeatNamed fills format with a different capitalised name each time
// ("Ba", "Ca", ..., "Bab") until the result holds at least n bytes.
func repeatNamed(n int, format string) string {
	var sb strings.Builder
	for i := 0; sb.Len() < n; i++ {
		name := []byte{'A' + byte(i%26)}
		for k := i / 26; k > 0; k /= 26 {
			name = append(name, 'a'+byte(k%26))
		}
		fmt.Fprintf(&sb, format, name)
	}
	return sb.String()
}

var linearShapes = []linearShape{
	{"paragraphs", FormatText, func(n int) string { // the seed's body, over and over
		return "NATO said it would not send troops\n\nBRUSSELS, Feb. 24 (Xinhua) -- " + repeatTo(seedParagraph+"\n\n", n)
	}},
	{"one-line", FormatText, func(n int) string { // a single 10 MB line
		return repeatTo(seedParagraph+" ", n)
	}},
	{"wrapped", FormatText, func(n int) string { // one paragraph hard-wrapped at 60 columns
		return repeatTo("the drought since early january has hit the farms hard and\n", n)
	}},
	{"credit-groups", FormatText, func(n int) string { // a credit group per sentence, one paragraph
		return repeatTo(`He said "yes." (Reporter Ren Ke) (Responsible editor: Yuan Bo, Hu Yongqiu) `, n)
	}},
	{"open-brackets", FormatText, func(n int) string { // unclosed brackets, then one close
		return "Head\n\n" + repeatTo("((（【[", n) + ")"
	}},
	{"trailing-credits", FormatText, func(n int) string { // credit sentences closing the story
		return "Head\n\nWASHINGTON (AP) — Text. " + repeatTo("Reporting by Jane Doe; Editing by John Roe. ", n)
	}},
	{"quotes", FormatText, func(n int) string { // one quote per line, no speaker known
		return "Head\n\n" + repeatTo("“We will not,” he said. \"Never,\" she added, citing \"reasons\".\n", n)
	}},
	{"distinct-credits", FormatText, func(n int) string { // a different reporter in every credit group
		return "Head\n\n" + repeatNamed(n, "He said so. (Reporter %s Lee) ")
	}},
	{"distinct-speakers", FormatText, func(n int) string { // a different speaker in every paragraph
		return "Head\n\nWASHINGTON (AP) — Start.\n\n" + repeatNamed(n, "\"We will not,\" said John %s, a farmer.\n\n")
	}},
	{"zh-paragraphs", FormatText, func(n int) string {
		return "北约表示不会派兵\n\n新华社布鲁塞尔2月24日电（记者任珂）" + repeatTo("斯托尔滕贝格表示，北约“没有计划或意图向乌克兰派兵”。\n\n", n)
	}},
	{"html-paragraphs", FormatHTML, func(n int) string {
		return "<html><head><title>NATO</title></head><body><article><h1>NATO</h1>" +
			repeatTo("<p>"+seedParagraph+"</p>\n", n) + "</article></body></html>"
	}},
	{"html-nested", FormatHTML, func(n int) string { // lists nested 200 deep, many times
		return "<html><body>" + repeatTo(strings.Repeat("<ul><li>item ", 200)+strings.Repeat("</li></ul>", 200), n) + "</body></html>"
	}},
	{"html-one-p", FormatHTML, func(n int) string {
		return "<html><body><p>" + repeatTo(seedParagraph+" ", n) + "</p></body></html>"
	}},
	{"html-jsonld", FormatHTML, func(n int) string { // a JSON-LD block per story of a listing page
		return "<html><head>" + repeatTo(`<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":{"name":"Jane Doe"}}</script>`, n) + "</head><body><p>x</p></body></html>"
	}},
}

// BenchmarkLinear parses each shape at 1, 2 and 4 MB.
func BenchmarkLinear(b *testing.B) {
	for _, sh := range linearShapes {
		for _, mb := range []int{1, 2, 4} {
			src := []byte(sh.build(mb << 20))
			b.Run(fmt.Sprintf("%s/size=%dMB", sh.name, mb), func(b *testing.B) {
				b.SetBytes(int64(len(src)))
				for b.Loop() {
					if _, err := Parse("bench", src, Options{Format: sh.format}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// TestLinearTime parses each shape at n and 8n bytes and fails when the
// CPU time grows more than 24 times (linear: 8; quadratic: 64). It counts
// the process's CPU time, not the wall clock, and takes the best of three
// runs, so that other work on a busy machine does not fail the test.
func TestLinearTime(t *testing.T) {
	const n = 64 << 10
	for _, sh := range linearShapes {
		t.Run(sh.name, func(t *testing.T) {
			small, large := []byte(sh.build(n)), []byte(sh.build(8*n))
			ts, tl := bestOf(t, small, sh.format), bestOf(t, large, sh.format)
			ratio := float64(tl) / float64(max(ts, time.Millisecond))
			t.Logf("%s: %v for %d bytes, %v for %d bytes (×%.1f)", sh.name, ts, len(small), tl, len(large), ratio)
			if ratio > 24 && tl > 100*time.Millisecond {
				t.Errorf("%s: 8× the input took %.1f× the CPU time (%v → %v): not linear", sh.name, ratio, ts, tl)
			}
		})
	}
}

// bestOf returns the least CPU time of three parses of src.
func bestOf(t *testing.T, src []byte, format string) time.Duration {
	t.Helper()
	best := time.Duration(1<<63 - 1)
	for range 3 {
		runtime.GC()
		start := cpuTime(t)
		if _, err := Parse("linear", src, Options{Format: format}); err != nil {
			t.Fatal(err)
		}
		best = min(best, cpuTime(t)-start)
	}
	return best
}

// cpuTime is the user and system CPU time of the process so far.
func cpuTime(t *testing.T) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
