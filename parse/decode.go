package parse

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
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
// encoding and language. It rejects input that is not text.
func decode(name string, src []byte, opts Options) (*document, error) {
	doc := &document{name: name}
	text, enc, err := decodeText(src)
	if err != nil {
		return nil, &Error{File: name, Msg: err.Error()}
	}
	doc.encoding = enc
	if strings.ContainsRune(text, utf8.RuneError) && (enc == "utf-8" || enc == "utf-8-bom") {
		doc.warnings = append(doc.warnings, "invalid UTF-8 bytes replaced with U+FFFD")
	}
	text = normalizeNewlines(text)
	if strings.TrimSpace(text) == "" {
		return nil, &Error{File: name, Msg: "empty input"}
	}
	doc.text = text
	doc.format = sniffFormat(text, opts.Format)
	if doc.format == FormatHTML && enc == "utf-8" {
		// A page may declare a legacy charset in <meta>; honour it when the
		// bytes are not valid UTF-8 (handled in decodeText) or say so.
		if e, n := htmlDeclaredEncoding(src); e != nil && !utf8.Valid(src) {
			if s, err := e.NewDecoder().Bytes(src); err == nil {
				doc.text, doc.encoding = normalizeNewlines(string(s)), n
			}
		}
	}
	return doc, nil
}

// decodeText picks the input's charset: a BOM first, then UTF-16 without
// BOM, then UTF-8, then the Chinese legacy encodings.
func decodeText(src []byte) (string, string, error) {
	if len(bytes.TrimSpace(src)) == 0 {
		return "", "", errorString("empty input")
	}
	switch {
	case bytes.HasPrefix(src, []byte("\xef\xbb\xbf")):
		return string(bytes.ToValidUTF8(src[3:], []byte("\uFFFD"))), "utf-8", nil
	case bytes.HasPrefix(src, []byte("\xff\xfe")):
		return decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), src, "utf-16le")
	case bytes.HasPrefix(src, []byte("\xfe\xff")):
		return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), src, "utf-16be")
	}
	if e, n := sniffUTF16(src); e != nil {
		return decodeWith(e, src, n)
	}
	for _, m := range binaryMagic {
		if bytes.HasPrefix(src, []byte(m.magic)) {
			return "", "", errorString("binary input (" + m.name + "), not a dispatch")
		}
	}
	if bytes.IndexByte(src, 0) >= 0 {
		return "", "", errorString("binary input (NUL bytes), not a dispatch")
	}
	if utf8.Valid(src) {
		return string(src), "utf-8", nil
	}
	return decodeLegacy(src)
}

// legacyEncodings are tried, in order, for text that is not UTF-8.
var legacyEncodings = []struct {
	name string
	enc  encoding.Encoding
}{
	{"gb18030", simplifiedchinese.GB18030},
	{"big5", traditionalchinese.Big5},
}

// decodeLegacy decodes non-UTF-8 bytes. Mostly-UTF-8 input with a few bad
// bytes stays UTF-8 with the bad bytes replaced; otherwise the legacy
// Chinese encoding that yields the most common Han characters wins.
func decodeLegacy(src []byte) (string, string, error) {
	bad := invalidUTF8Count(src)
	if bad*50 < len(src) && !looksCJKLegacy(src) {
		return string(bytes.ToValidUTF8(src, []byte("\uFFFD"))), "utf-8", nil
	}
	best, bestName, bestScore := "", "", -1<<31
	for _, l := range legacyEncodings {
		s, err := l.enc.NewDecoder().String(string(src))
		if err != nil {
			continue
		}
		if sc := hanScore(s); sc > bestScore {
			best, bestName, bestScore = s, l.name, sc
		}
	}
	if bestName == "" {
		return string(bytes.ToValidUTF8(src, []byte("\uFFFD"))), "utf-8", nil
	}
	return best, bestName, nil
}

func decodeWith(e encoding.Encoding, src []byte, name string) (string, string, error) {
	s, err := e.NewDecoder().Bytes(src)
	if err != nil {
		return "", "", errorString("cannot decode " + name + ": " + err.Error())
	}
	return string(s), name, nil
}

// sniffUTF16 recognises UTF-16 without a BOM from the pattern of NUL bytes
// that ASCII characters leave in every other byte.
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
	switch {
	case odd*10 > half*6 && even*10 < half:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le"
	case even*10 > half*6 && odd*10 < half:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be"
	}
	return nil, ""
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
	return high >= 4 && pairs*10 >= high*9
}

// hanScore counts common Han characters minus replacement and private-use
// characters: the better decoding of Chinese text scores higher.
func hanScore(s string) int {
	score := 0
	for _, r := range s {
		switch {
		case r == utf8.RuneError || (r >= 0xE000 && r <= 0xF8FF):
			score -= 10
		case strings.ContainsRune(commonHan, r):
			score += 3
		case r >= 0x4E00 && r <= 0x9FFF:
			score++
		}
	}
	return score
}

// commonHan holds very frequent characters in both simplified and
// traditional news text, used to tell GB18030 from Big5.
const commonHan = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质"

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
