package parse

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

// binaryMagic lists signatures of files that are certainly not dispatches.
var binaryMagic = []struct {
	name  string
	magic string
}{
	{"PNG image", "\x89PNG\r\n\x1a\n"},
	{"gzip data", "\x1f\x8b"},
	{"PDF document", "%PDF-"},
	{"ZIP archive", "PK\x03\x04"},
	{"JPEG image", "\xff\xd8\xff"},
	{"GIF image", "GIF8"},
	{"ELF binary", "\x7fELF"},
}

// decode turns raw bytes into a document with UTF-8 text, its format,
// encoding and language. It rejects input that is not text. Bytes that
// the chosen encoding cannot decode become U+FFFD, with a warning.
func decode(name string, src []byte, opts Options) (*document, error) {
	doc := &document{name: name}
	d, err := decodeText(src, opts.Format)
	if err != nil {
		return nil, &Error{File: name, Msg: err.Error()}
	}
	doc.encoding = d.enc
	if d.bad > 0 {
		doc.warnings = append(doc.warnings, fmt.Sprintf("%d undecodable byte sequences in %s input replaced with U+FFFD", d.bad, d.enc))
	}
	text := normalizeNewlines(d.text)
	if strings.TrimSpace(text) == "" {
		return nil, &Error{File: name, Msg: "empty input"}
	}
	doc.text = text
	doc.format = sniffFormat(text, opts.Format)
	return doc, nil
}

// decoded is the outcome of decodeText: the text, the name of the
// encoding used ("utf-8", "gb18030", "big5", "utf-16le", ...) and how many
// byte sequences could not be decoded and became U+FFFD.
type decoded struct {
	text string
	enc  string
	bad  int
}

// decodeText picks the input's charset, in this order: a byte-order mark;
// UTF-16 without one; valid UTF-8; for HTML, the page's <meta charset>;
// GB18030 or Big5 when they read as Chinese; Windows-1252 for single-byte
// text; otherwise UTF-8 with the bad bytes replaced.
func decodeText(src []byte, format string) (decoded, error) {
	if len(bytes.TrimSpace(src)) == 0 {
		return decoded{}, errorString("empty input")
	}
	for _, b := range boms {
		if bytes.HasPrefix(src, []byte(b.bom)) {
			return decodeWith(b.enc, src, b.name)
		}
	}
	if e, n := sniffUTF16(src); e != nil {
		return decodeWith(e, src, n)
	}
	for _, m := range binaryMagic {
		if bytes.HasPrefix(src, []byte(m.magic)) {
			return decoded{}, errorString("binary input (" + m.name + "), not a dispatch")
		}
	}
	if bytes.IndexByte(src, 0) >= 0 {
		return decoded{}, errorString("binary input (NUL bytes), not a dispatch")
	}
	if utf8.Valid(src) {
		return decoded{text: string(src), enc: "utf-8"}, nil
	}
	if format != FormatText && sniffFormat(string(src[:min(len(src), 2048)]), format) == FormatHTML {
		if e, n := htmlDeclaredEncoding(src); e != nil && n != "utf-8" {
			return decodeWith(e, src, n)
		}
	}
	return decodeLegacy(src)
}

// boms are the byte-order marks that settle the encoding.
var boms = []struct {
	bom  string
	name string
	enc  encoding.Encoding
}{
	{"\xef\xbb\xbf", "utf-8", unicode.UTF8BOM},                                       // UTF-8 with BOM (Windows Notepad)
	{"\xff\xfe", "utf-16le", unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM)}, // UTF-16LE with BOM
	{"\xfe\xff", "utf-16be", unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM)},    // UTF-16BE with BOM
}

// legacyEncodings are tried, in order, for text that is not UTF-8: GB18030
// covers GBK and GB2312, which are its subsets.
var legacyEncodings = []struct {
	name string
	enc  encoding.Encoding
}{
	{"gb18030", simplifiedchinese.GB18030}, // 新华社 (GBK: d0c2 bbaa c9e7)
	{"big5", traditionalchinese.Big5},      // 新華社 (Big5: b773 b5d8 aaa7)
}

// decodeLegacy decodes bytes that are not UTF-8. The Chinese encoding that
// reads as common Chinese wins; failing that, text without any valid
// multi-byte UTF-8 sequence is Windows-1252, and the rest is UTF-8 with
// its bad bytes replaced.
func decodeLegacy(src []byte) (decoded, error) {
	if looksCJKLegacy(src) {
		head := src[:min(len(src), maxScoredBytes)]
		var best encoding.Encoding
		bestName, bestScore := "", 0
		for _, l := range legacyEncodings {
			d, _ := decodeWith(l.enc, head, l.name)
			if sc := hanScore(d.text); sc > bestScore {
				best, bestName, bestScore = l.enc, l.name, sc
			}
		}
		if best != nil {
			return decodeWith(best, src, bestName)
		}
	}
	if !hasUTF8Sequence(src) {
		return decodeWith(charmap.Windows1252, src, "windows-1252")
	}
	text := string(bytes.ToValidUTF8(src, []byte("\uFFFD")))
	return decoded{text: text, enc: "utf-8", bad: invalidUTF8Count(src)}, nil
}

// maxScoredBytes is how much of a legacy-encoded input is read to choose
// its encoding.
const maxScoredBytes = 64 << 10

// decodeWith decodes src with e and counts the replacement characters the
// decoder had to produce.
func decodeWith(e encoding.Encoding, src []byte, name string) (decoded, error) {
	s, err := e.NewDecoder().Bytes(src)
	if err != nil {
		return decoded{}, errorString("cannot decode " + name + ": " + err.Error())
	}
	bad := bytes.Count(s, []byte("\uFFFD"))
	if name == "utf-8" {
		bad = invalidUTF8Count(src)
	}
	return decoded{text: string(s), enc: name, bad: bad}, nil
}

// sniffUTF16 recognises UTF-16 without a BOM. English text leaves a NUL in
// every other byte; Chinese text leaves NULs (from digits, spaces and
// newlines) on one side only and decodes to Han characters.
func sniffUTF16(src []byte) (encoding.Encoding, string) {
	n := min(len(src), 4096) &^ 1
	if n < 4 {
		return nil, ""
	}
	var even, odd int
	for i := 0; i < n; i += 2 {
		if src[i] == 0 {
			even++
		}
		if src[i+1] == 0 {
			odd++
		}
	}
	half := n / 2
	le := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	be := unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	switch {
	case odd*10 > half*6 && even*10 < half:
		return le, "utf-16le"
	case even*10 > half*6 && odd*10 < half:
		return be, "utf-16be"
	case odd > 0 && even == 0 && utf16Chinese(le, src[:n]):
		return le, "utf-16le"
	case even > 0 && odd == 0 && utf16Chinese(be, src[:n]):
		return be, "utf-16be"
	}
	return nil, ""
}

// utf16Chinese reports whether src decodes with e to text that is mostly
// Chinese: common Han characters, CJK punctuation, ASCII.
func utf16Chinese(e encoding.Encoding, src []byte) bool {
	s, err := e.NewDecoder().String(string(src))
	if err != nil {
		return false
	}
	texty, total := 0, 0
	for _, r := range s {
		total++
		if r == '\n' || r == '\t' || r == '\r' || (r >= 0x20 && r < 0x7f) || isCJKPunct(r) || (r >= 0x4E00 && r <= 0x9FFF) {
			texty++
		}
	}
	return total > 0 && texty*20 >= total*19 && hanScore(s) > 0
}

func invalidUTF8Count(src []byte) int {
	n := 0
	for len(src) > 0 {
		r, size := utf8.DecodeRune(src)
		if r == utf8.RuneError && size == 1 {
			n++
		}
		src = src[size:]
	}
	return n
}

// hasUTF8Sequence reports whether src holds at least one valid multi-byte
// UTF-8 sequence, the sign of UTF-8 text with a few bad bytes rather than
// single-byte text.
func hasUTF8Sequence(src []byte) bool {
	for len(src) > 0 {
		r, size := utf8.DecodeRune(src)
		if size > 1 && r != utf8.RuneError {
			return true
		}
		src = src[size:]
	}
	return false
}

// looksCJKLegacy reports whether high bytes come mostly in pairs, as in
// GBK and Big5 text, rather than as stray Latin-1 bytes.
func looksCJKLegacy(src []byte) bool {
	high, pairs := 0, 0
	for i := 0; i < len(src); i++ {
		if src[i] >= 0x81 && src[i] <= 0xfe {
			high++
			if i+1 < len(src) && src[i+1] >= 0x40 && src[i+1] != 0x7f {
				pairs++
				i++
			}
		}
	}
	return high >= 2 && pairs*10 >= high*9
}

// hanScore rates a decoding as Chinese: frequent characters count, and
// replacement or private-use characters count against it. A decoding in
// which too few of the Han characters are frequent ones (GBK bytes read as
// Big5, Latin-1 read as GBK) scores 0.
func hanScore(s string) int {
	han, common, bad := 0, 0, 0
	for _, r := range s {
		switch {
		case r == utf8.RuneError || (r >= 0xE000 && r <= 0xF8FF):
			bad++
		case r >= 0x3400 && r <= 0x9FFF:
			han++
			if commonHanSet[r] {
				common++
			}
		}
	}
	if han == 0 || common*4 < han || bad*20 > han {
		return 0
	}
	return 3*common + han - 10*bad
}

// commonHan holds the most frequent characters of Chinese news text, in
// simplified and traditional forms. In a right decoding a third or more of
// the Han characters are among them; in a wrong one, a few in a hundred.
const commonHan = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研" +
	"這個們來說國會對時經發為與於後從業產動過現實學區點當進將還關門問開長電話聽員見義頭兩無機體條種語車務東費報應華議總統黨軍際權軍臺灣記導領變處認調據設計劃盟約歐會談"

// commonHanSet is commonHan as a set.
var commonHanSet = func() map[rune]bool {
	m := make(map[rune]bool, len(commonHan)/3)
	for _, r := range commonHan {
		m[r] = true
	}
	return m
}()

// sniffFormat decides between text and HTML unless forced.
func sniffFormat(text, forced string) string {
	switch forced {
	case FormatText, FormatHTML:
		return forced
	}
	head := strings.ToLower(strings.TrimSpace(text[:min(len(text), 2048)]))
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<?xml", "<meta", "<div", "<article", "<p>", "<p ", "<!--"} {
		if strings.HasPrefix(head, p) {
			return FormatHTML
		}
	}
	if strings.Contains(head, "<html") || strings.Contains(head, "<body") {
		return FormatHTML
	}
	return FormatText
}

// normalizeNewlines turns CRLF and lone CR into LF; other characters are
// left as they are so that byte offsets stay meaningful.
func normalizeNewlines(s string) string {
	if !strings.ContainsRune(s, '\r') {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

type errorString string

func (e errorString) Error() string { return string(e) }
