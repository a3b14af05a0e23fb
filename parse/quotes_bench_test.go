package parse

import (
	"strings"
	"testing"
	"time"
)

// quoteBenchParagraphs are the shapes of a news story's paragraphs: direct,
// split, reported, NYT-style, multi-paragraph and unattributed quotations.
var quoteBenchParagraphs = []string{
	`NATO Secretary-General Jens Stoltenberg said at a press conference on Thursday that the alliance had no troops in Ukraine, "we have no plans or intention to send troops to Ukraine."`,
	`"We will not," he said, "send troops." The White House press secretary Jen Puski reiterated on Wednesday that the United States will not fight Russia.`,
	`''I would have been all in,'' Mr. Regalado, the Republican mayor of Miami, said in his office. ''This is my country.''`,
	`The talks failed on Sunday, the ministry said, according to state media. Democrats — and some Republicans — say the bill is flawed.`,
	`Smith said: "The first part of a long statement that runs on.`,
	`"And the second part, which ends here," he added, noting that the "so-called deal" was signed.`,
	`Asked whether he would run, Roe said he had not decided, but warned that the party "must change or lose."`,
	`The council met in the capital and voted on the budget, which was approved by a wide margin after hours of debate.`,
}

// quoteBenchArticle is an article of about n bytes.
func quoteBenchArticle(n int) []string {
	var body []string
	size := 0
	for size < n {
		p := quoteBenchParagraphs[len(body)%len(quoteBenchParagraphs)]
		body = append(body, p)
		size += len(p) + 1
	}
	return body
}

func bodyBytes(body []string) int64 {
	n := 0
	for _, p := range body {
		n += len(p) + 1
	}
	return int64(n)
}

// BenchmarkQuotes measures quote extraction and speaker resolution on a
// 1 MB article (go test ./parse -run '^$' -bench Quotes).
func BenchmarkQuotes(b *testing.B) {
	body := quoteBenchArticle(1 << 20)
	b.SetBytes(bodyBytes(body))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		englishQuotes(body)
	}
}

// BenchmarkQuotesOneParagraph is the same text as one paragraph.
func BenchmarkQuotesOneParagraph(b *testing.B) {
	body := []string{strings.Join(quoteBenchArticle(1<<20), " ")}
	b.SetBytes(bodyBytes(body))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		englishQuotes(body)
	}
}

// TestQuotesLinear checks that four times the text takes well under
// sixteen times as long, for ordinary paragraphs, one huge paragraph and
// paragraphs of unbalanced marks.
func TestQuotesLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	shapes := map[string]func(n int) []string{
		"paragraphs": quoteBenchArticle,
		"one-paragraph": func(n int) []string {
			return []string{strings.Join(quoteBenchArticle(n), " ")}
		},
		"unbalanced": func(n int) []string {
			return []string{strings.Repeat(`He said “we “will ‘not ''go "now, `, n/36+1)}
		},
		"run-on": func(n int) []string {
			return strings.Split(strings.Repeat("\"Smith said we will not go.\n", n/28+1), "\n")
		},
		"many-speakers": func(n int) []string {
			var b strings.Builder
			for i := 0; b.Len() < n; i++ {
				b.WriteString("Person" + strings.Repeat("x", i%50) + " Roe" + string(rune('a'+i%26)) + " said the vote was close. ")
			}
			return []string{b.String()}
		},
	}
	for name, build := range shapes {
		small, large := build(64<<10), build(256<<10)
		ts, tl := timeQuotes(small), timeQuotes(large)
		if tl > 16*ts && tl > 50*time.Millisecond {
			t.Errorf("%s: 64 KiB took %v, 256 KiB took %v: not linear", name, ts, tl)
		}
	}
}

// timeQuotes is the best of three runs of quote extraction.
func timeQuotes(body []string) time.Duration {
	best := time.Duration(1 << 62)
	for i := 0; i < 3; i++ {
		start := time.Now()
		englishQuotes(body)
		if d := time.Since(start); d < best {
			best = d
		}
	}
	return best
}

// BenchmarkQuotesReuters runs quote extraction alone over the bodies of
// the Reuters-21578 texts of the corpus (see BenchmarkParseText), so that
// the quote recognizer's share of the text path can be measured by itself.
func BenchmarkQuotesReuters(b *testing.B) {
	names, srcs, total := loadCorpusInputs(b, "reuters21578", "case-*.txt")
	bodies := make([][]string, len(srcs))
	for i, src := range srcs {
		art, err := Parse(names[i], src, Options{Format: FormatText})
		if err != nil {
			b.Fatalf("%s: %v", names[i], err)
		}
		bodies[i] = art.Body
	}
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		for _, body := range bodies {
			englishQuotes(body)
		}
	}
}
