package parse

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Quotation marks: finding the spans of quoted words in paragraphs.
//
// A quotation opens with “, ", ''(the New York Times' doubled apostrophes),
// ‘, « or „ and closes with a mark of the same family. Only outermost
// quotations count; marks inside them are the quoted words' own. An opening
// mark whose closing mark does not come before the next opening mark of its
// family is unbalanced and ignored, so a stray mark never swallows the rest
// of an article. A quotation still open at the end of a paragraph continues
// into the next paragraph when that one opens with a mark (the wire style
// for quotes of several paragraphs); otherwise it ends with its paragraph
// if it began the paragraph or followed a colon or comma and no mark of
// its family comes after it.

// markFamily groups the opening and closing marks that pair.
type markFamily uint8

const (
	famNone   markFamily = iota
	famDouble            // “…” "…" „…“
	famApos2             // ''…'' (NYT)
	famSingle            // ‘…’
	famGuille            // «…»
)

// qspan is one quotation in a unit's text.
type qspan struct {
	open int // offset of the opening mark
	end  int // offset after the closing mark (after the text if unclosed)
	// seg is the quoted text in the first paragraph; more holds the
	// segments in the paragraphs it runs on into, if any, so that a
	// quotation of one paragraph costs no allocation.
	seg    [2]int
	more   [][2]int
	closed bool
}

// lastSeg is the quoted text in the last paragraph the span reaches.
func (s *qspan) lastSeg() [2]int {
	if len(s.more) > 0 {
		return s.more[len(s.more)-1]
	}
	return s.seg
}

// unit is one paragraph, or several joined by a quotation that runs on.
type unit struct {
	text   string   // the paragraphs joined by "\n"
	paras  []string // the paragraphs of Article.Body it joins
	first  int      // index in Article.Body of the first paragraph
	starts []int    // offset of each paragraph in text
	spans  []qspan
}

// para returns the 1-based Body index of the paragraph holding offset off.
func (u *unit) para(off int) int {
	n := sort.SearchInts(u.starts, off+1) - 1
	return u.first + max(n, 0) + 1
}

// scanUnits splits body into units and finds their quotations.
func scanUnits(body []string) []unit {
	var units []unit
	for i := 0; i < len(body); {
		var sc unitScanner // a fresh one: the units outlive the call
		u := sc.unit(body, i)
		units = append(units, u)
		i += len(u.starts)
	}
	return units
}

// scanUnit scans body[i], joining the next paragraphs while a quotation
// runs on into them.
func scanUnit(body []string, i int) unit {
	var sc unitScanner
	return sc.unit(body, i)
}

// unitScanner holds the buffers of the units it scans, reused from one to
// the next: a unit is valid until the next call.
type unitScanner struct {
	starts []int
	spans  []qspan
}

// unit scans body[i], joining the next paragraphs while a quotation runs
// on into them. A unit of one paragraph shares its text.
func (sc *unitScanner) unit(body []string, i int) unit {
	u := unit{first: i, starts: sc.starts[:0], spans: sc.spans[:0]}
	var open *qspan
	end := 0
	for j := i; j < len(body); j++ {
		base := end
		if j > i {
			base++ // the "\n" that joins paragraphs
		}
		u.starts = append(u.starts, base)
		open = scanParagraph(body[j], base, open, &u.spans)
		end = base + len(body[j])
		if open == nil || j+1 >= len(body) || continuationMark(body[j+1]) == 0 {
			break
		}
	}
	if open != nil {
		open.end = end
		u.spans = append(u.spans, *open)
	}
	u.text = body[i]
	u.paras = body[i : i+len(u.starts)]
	if n := len(u.starts); n > 1 {
		u.text = strings.Join(u.paras, "\n")
	}
	sc.starts, sc.spans = u.starts, u.spans
	return u
}

// continuationMark returns the length of the opening mark that starts p
// when it can continue a quotation from the paragraph before (0 if none).
func continuationMark(p string) int {
	if fam, n := openerAt(p, 0); fam == famDouble || fam == famApos2 || fam == famGuille {
		return n
	}
	return 0
}

// scanParagraph finds the quotations of paragraph p (at offset base in its
// unit), continuing open if it is not nil. It appends closed spans and
// returns the span still open at the paragraph's end, if any.
func scanParagraph(p string, base int, open *qspan, spans *[]qspan) *qspan {
	pos := 0
	if open != nil {
		n := continuationMark(p)
		fam := famDouble
		if strings.HasPrefix(p, "''") {
			fam = famApos2
		}
		switch cs, ce := findCloser(p, n, fam); {
		case cs == -1:
			open.more = append(open.more, [2]int{base + n, base + len(p)})
			return open
		case cs == -2: // not a continuation after all: it ends where it was
			open.end = open.lastSeg()[1]
			*spans = append(*spans, *open)
		default:
			open.more = append(open.more, [2]int{base + n, base + cs})
			open.end, open.closed = base+ce, true
			*spans = append(*spans, *open)
			pos = ce
		}
	}
	for pos < len(p) {
		if c := p[pos]; c != '"' && c != '\'' && c != 0xE2 && c != 0xC2 {
			pos++ // no mark begins with this byte
			continue
		}
		fam, n := openerAt(p, pos)
		if fam == famNone {
			_, size := utf8.DecodeRuneInString(p[pos:])
			pos += size
			continue
		}
		cs, ce := findCloser(p, pos+n, fam)
		if cs >= 0 {
			*spans = append(*spans, qspan{open: base + pos, end: base + ce,
				seg: [2]int{base + pos + n, base + cs}, closed: true})
			pos = ce
			continue
		}
		if cs == -1 && fam != famSingle && mayRunOn(p, pos) {
			return &qspan{open: base + pos, seg: [2]int{base + pos + n, base + len(p)}}
		}
		pos += n
	}
	return nil
}

// mayRunOn reports whether an unclosed quotation opening at pos may run to
// the end of its paragraph: it opens the paragraph or follows ":" or ",".
func mayRunOn(p string, pos int) bool {
	before := strings.TrimRightFunc(p[:pos], unicode.IsSpace)
	return before == "" || strings.HasSuffix(before, ":") || strings.HasSuffix(before, ",")
}

// openerAt returns the family and byte length of an opening mark at pos
// (famNone, 0 if there is none).
func openerAt(p string, pos int) (markFamily, int) {
	r, n := utf8.DecodeRuneInString(p[pos:])
	switch r {
	case '“', '„':
		return famDouble, n
	case '«':
		return famGuille, n
	case '"':
		if openingContext(p, pos, n) {
			return famDouble, n
		}
	case '\'':
		if strings.HasPrefix(p[pos:], "''") && !strings.HasPrefix(p[pos:], "'''") && openingContext(p, pos, 2) {
			return famApos2, 2
		}
	case '‘':
		if openingContext(p, pos, n) {
			return famSingle, n
		}
	}
	return famNone, 0
}

// openingContext reports whether a mark at pos (n bytes) stands where a
// quotation can open: after a space, a bracket, a dash or nothing, and
// before a non-space.
func openingContext(p string, pos, n int) bool {
	if pos+n >= len(p) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(p[pos+n:])
	if unicode.IsSpace(next) {
		return false
	}
	if pos == 0 {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(p[:pos])
	return unicode.IsSpace(prev) || strings.ContainsRune("([{—–-/“\"", prev)
}

// findCloser finds the closing mark of family fam from pos. It returns the
// mark's start and end; -1, -1 when the paragraph ends first; -2, -2 when
// a mark shows the opener was unbalanced (for double marks, a second
// quotation opening inside a first one inside the quotation). Each search stops at the third
// mark of its family at the latest, so scanning stays linear.
func findCloser(p string, pos int, fam markFamily) (int, int) {
	depth := 0
	for i := pos; i < len(p); {
		r, n := utf8.DecodeRuneInString(p[i:])
		switch fam {
		case famDouble:
			closing := r == '”' || r == '"' && i > pos && (!isSpaceBefore(p, i) || spacedCloser(p, i)) ||
				r == '“' && i > pos && !isSpaceBefore(p, i) && !isLetterAfter(p, i+n)
			switch {
			case closing && depth > 0:
				depth--
			case closing:
				return i, i + n
			case r == '"' || r == '“':
				if depth > 0 {
					return -2, -2
				}
				depth++ // a quotation inside: “… “Settle For Hillary” shirts …”
			}
		case famApos2:
			if r == '\'' && strings.HasPrefix(p[i:], "''") {
				run := i
				for run < len(p) && p[run] == '\'' {
					run++
				}
				if i > pos && !isSpaceBefore(p, i) {
					return run - 2, run
				}
				if run-i == 2 {
					return -2, -2
				}
				i = run
				continue
			}
		case famSingle:
			if r == '’' && i > pos && !isSpaceBefore(p, i) && !isLetterAfter(p, i+n) {
				return i, i + n
			}
			if r == '‘' || r == '“' || r == '”' {
				return -2, -2
			}
		case famGuille:
			if r == '»' {
				return i, i + n
			}
			if r == '«' {
				return -2, -2
			}
		}
		i += n
	}
	return -1, -1
}

// spacedCloser reports whether a straight mark at i, with a space before
// it, closes a quotation all the same: it follows the quoted words' own
// comma or full stop and a space, and is followed by a space or the end
// of the paragraph (`"We will not give up on this, " Ida Moss said`). Such
// a mark can open no quotation.
func spacedCloser(p string, i int) bool {
	if i < 2 || p[i-1] != ' ' || !closingPunct[p[i-2]] {
		return false
	}
	return i+1 == len(p) || p[i+1] == ' '
}

// closingPunct are the marks that end quoted words before their closing
// quotation mark.
var closingPunct = [256]bool{',': true, '.': true, '?': true, '!': true}

// isSpaceBefore reports whether the rune before i is a space.
func isSpaceBefore(p string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(p[:i])
	return unicode.IsSpace(r)
}

// isLetterAfter reports whether a letter or digit follows offset i.
func isLetterAfter(p string, i int) bool {
	if i >= len(p) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(p[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// spanText is the quoted text of a span: its segments joined by spaces.
// A span within one paragraph shares that paragraph's text.
func (u *unit) spanText(s qspan) string {
	first := strings.TrimSpace(u.slice(s.seg[0], s.seg[1]))
	if len(s.more) == 0 {
		return first
	}
	parts := make([]string, 0, 1+len(s.more))
	if first != "" {
		parts = append(parts, first)
	}
	for _, g := range s.more {
		if t := strings.TrimSpace(u.text[g[0]:g[1]]); t != "" {
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, " ")
}

// slice returns text[lo:hi] of the unit. When the range lies in one
// paragraph, the string shares that paragraph's memory rather than the
// unit's joined copy, so what is kept from a unit of several paragraphs
// (quotes, cues, speakers) does not keep the copy alive.
func (u *unit) slice(lo, hi int) string {
	if len(u.paras) <= 1 {
		return u.text[lo:hi]
	}
	k := max(sort.SearchInts(u.starts, lo+1)-1, 0)
	if start := u.starts[k]; hi <= start+len(u.paras[k]) {
		return u.paras[k][lo-start : hi-start]
	}
	return u.text[lo:hi]
}
