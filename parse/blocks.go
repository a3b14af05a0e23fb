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
	lines := splitLines(doc.text)
	start := -1 // first line of the current run of non-blank lines
	for i, l := range lines {
		if l.text == "" {
			if start >= 0 {
				doc.blocks = splitRun(doc.blocks, lines[start:i])
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		doc.blocks = splitRun(doc.blocks, lines[start:])
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
		if trimmed != "" && trimmed[0] == '>' {
			trimmed = unquoteMail(trimmed)
		}
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

// unquoteMail strips the quotation marks of a forwarded e-mail from the
// start of a line and the space after them: "> > The deal gives ..." is
// "The deal gives ...", and a line of ">" alone is blank.
func unquoteMail(s string) string {
	for s != "" && s[0] == '>' {
		s = strings.TrimLeft(s[1:], " \t")
	}
	return s
}

// splitRun appends to out the paragraphs of a run of non-blank lines: a line
// indented deeper than the run's shallowest starts one, and so does a line
// after the end of a paragraph (see paragraphEnds).
func splitRun(out []block, run []line) []block {
	minIndent := run[0].indent
	for _, l := range run {
		minIndent = min(minIndent, l.indent)
	}
	ends := paragraphEnds(run)
	from := 0
	for i, l := range run {
		if i > from && (l.indent > minIndent || ends(i-1)) {
			out = append(out, joinLines(run[from:i]))
			from = i
		}
	}
	return append(out, joinLines(run[from:]))
}

// maxWrapWidth is the widest line, in columns, that hard-wrapped copy has;
// a run with a longer line holds one paragraph per line.
const maxWrapWidth = 100

// paragraphEnds tells, for a run of lines with no blank line between
// them, after which lines a paragraph ends. Lines longer than any wrap
// width are paragraphs each ("First para.\nSecond para."). In wrapped
// copy a paragraph ends at a short line that closes a sentence, when the
// next line starts a new one.
func paragraphEnds(run []line) func(i int) bool {
	widths := make([]int, len(run))
	widest := 0
	for i, l := range run {
		widths[i] = columns(l.text)
		if i < len(run)-1 {
			widest = max(widest, widths[i])
		}
	}
	if widest > maxWrapWidth {
		return func(int) bool { return true }
	}
	return func(i int) bool {
		return widths[i]*10 < widest*7 && closesSentence(run[i].text) && opensSentence(run[i+1].text)
	}
}

// columns is the display width of s: Han and other wide characters count two.
func columns(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf { // ASCII, most text: one column a byte
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		n++
		if r >= 0x1100 && (unicode.Is(unicode.Han, r) || isCJKPunct(r) || unicode.Is(unicode.Hangul, r) || unicode.In(r, unicode.Hiragana, unicode.Katakana)) {
			n++
		}
	}
	return n
}

// closesSentence: the line ends with a full stop, question or exclamation
// mark, possibly inside closing quotes or brackets.
func closesSentence(s string) bool {
	s = strings.TrimRight(s, "\"'”’)）」』")
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?。！？", r)
}

// opensSentence: the line starts with a capital, a digit, an opening quote
// or a Han character.
func opensSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘(（「『", r) || unicode.Is(unicode.Han, r)
}

// joinLines makes a block of hard-wrapped lines.
func joinLines(ls []line) block {
	b := block{span: Span{ls[0].span.Start, ls[len(ls)-1].span.End}, lines: ls[:len(ls):len(ls)]}
	if len(ls) == 1 {
		b.text = cleanSpace(ls[0].text)
		return b
	}
	b.text = joinWrapped(ls)
	return b
}

// joinWrapped joins hard-wrapped lines: with a space, except between Han
// characters, which need none; white space inside lines is collapsed.
func joinWrapped(ls []line) string {
	var sb strings.Builder
	n := 0
	for _, l := range ls {
		n += len(l.text) + 1
	}
	sb.Grow(n)
	for i, l := range ls {
		if i > 0 && sb.Len() > 0 && !(endsHan(ls[i-1].text) && startsHan(l.text)) {
			sb.WriteByte(' ')
		}
		writeClean(&sb, l.text)
	}
	return strings.TrimRight(sb.String(), " ")
}

// writeClean writes s with its white space collapsed as cleanSpace does,
// without a copy of its own when s is clean already.
func writeClean(sb *strings.Builder, s string) {
	if isClean(s) {
		sb.WriteString(s)
		return
	}
	space := false
	for _, r := range s {
		switch {
		case r == '\u200b' || r == '\ufeff' || r == '\u00ad':
			continue
		case unicode.IsSpace(r):
			space = true
			continue
		}
		if space && sb.Len() > 0 && !strings.HasSuffix(sb.String(), " ") {
			sb.WriteByte(' ')
		}
		space = false
		sb.WriteRune(r)
	}
}

// cleanSpace collapses runs of white space (NBSP and ideographic space
// included) into one space, drops zero-width characters and soft hyphens,
// and trims the ends.
func cleanSpace(s string) string {
	if isClean(s) {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s))
	writeClean(&sb, s)
	return sb.String()
}

// isClean reports whether s has no space to collapse or trim.
func isClean(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' || strings.Contains(s, "  ") || strings.ContainsAny(s, "\t\n\r\v\f") {
		return false
	}
	var or byte // ASCII fast path: the searches above said it all
	for i := 0; i < len(s); i++ {
		or |= s[i]
	}
	if or < 0x80 {
		return true
	}
	return isCleanRunes(s)
}

// isCleanRunes is isClean for text with non-ASCII characters.
func isCleanRunes(s string) bool {
	prevSpace := true
	for _, r := range s {
		sp := unicode.IsSpace(r)
		if sp && (prevSpace || r != ' ') || r == '\u200b' || r == '\ufeff' || r == '\u00ad' {
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
