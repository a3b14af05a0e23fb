package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// line is one line of the input with its position.
type line struct {
	text   string // without the newline, trailing space trimmed
	indent int    // leading spaces (a tab counts as 4)
	span   Span
}

// textBlocks splits plain text into paragraphs. A blank line ends a
// paragraph; inside a run of lines, a line indented deeper than the run's
// shallowest line starts a new one (1987 wire copy indents first lines and
// hard-wraps the rest). Hard-wrapped lines are joined with a space.
func textBlocks(doc *document) {
	var run []line
	flush := func() {
		doc.blocks = append(doc.blocks, splitRun(run)...)
		run = run[:0]
	}
	for _, l := range splitLines(doc.text) {
		if strings.TrimSpace(l.text) == "" {
			if len(run) > 0 {
				flush()
			}
			continue
		}
		run = append(run, l)
	}
	if len(run) > 0 {
		flush()
	}
}

// splitLines cuts text into lines, recording spans and indentation.
func splitLines(text string) []line {
	lines := make([]line, 0, strings.Count(text, "\n")+1)
	start := 0
	for start <= len(text) {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		raw := text[start:end]
		trimmed := strings.TrimLeftFunc(raw, unicode.IsSpace)
		lead := len(raw) - len(trimmed)
		indent := lead + 3*strings.Count(raw[:lead], "\t")
		body := strings.TrimRightFunc(trimmed, unicode.IsSpace)
		lines = append(lines, line{text: body, indent: indent, span: Span{start + lead, start + lead + len(body)}})
		if end == len(text) {
			break
		}
		start = end + 1
	}
	return lines
}

// splitRun turns a run of non-blank lines into paragraphs.
func splitRun(run []line) []block {
	minIndent := run[0].indent
	for _, l := range run {
		minIndent = min(minIndent, l.indent)
	}
	var out []block
	var cur []line
	for i, l := range run {
		if i > 0 && l.indent > minIndent {
			out = append(out, joinLines(cur))
			cur = nil
		}
		cur = append(cur, l)
	}
	return append(out, joinLines(cur))
}

// joinLines makes a block of hard-wrapped lines.
func joinLines(ls []line) block {
	b := block{span: Span{ls[0].span.Start, ls[len(ls)-1].span.End}}
	b.lines = make([]line, len(ls))
	copy(b.lines, ls)
	if len(ls) == 1 {
		b.text = cleanSpace(ls[0].text)
		return b
	}
	parts := make([]string, len(ls))
	for i, l := range ls {
		parts[i] = l.text
	}
	b.text = cleanSpace(joinWrapped(parts))
	return b
}

// joinWrapped joins hard-wrapped lines: with a space, except between Han
// characters, which need none.
func joinWrapped(parts []string) string {
	var sb strings.Builder
	for i, p := range parts {
		if i > 0 && !(endsHan(parts[i-1]) && startsHan(p)) {
			sb.WriteByte(' ')
		}
		sb.WriteString(p)
	}
	return sb.String()
}

// cleanSpace collapses runs of white space (NBSP and ideographic space
// included) into one space, drops zero-width characters and trims the ends.
func cleanSpace(s string) string {
	if isClean(s) {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == '\u200b' || r == '\ufeff':
			continue
		case unicode.IsSpace(r):
			space = true
			continue
		}
		if space && sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		space = false
		sb.WriteRune(r)
	}
	return sb.String()
}

// isClean reports whether s has no space to collapse or trim.
func isClean(s string) bool {
	prevSpace := true
	for _, r := range s {
		sp := unicode.IsSpace(r)
		if sp && (prevSpace || r != ' ') || r == '\u200b' || r == '\ufeff' {
			return false
		}
		prevSpace = sp
	}
	return !prevSpace
}

func endsHan(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.Is(unicode.Han, r) || isCJKPunct(r)
}

func startsHan(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.Is(unicode.Han, r) || isCJKPunct(r)
}

func isCJKPunct(r rune) bool {
	return (r >= 0x3000 && r <= 0x303f) || (r >= 0xff00 && r <= 0xffef)
}
