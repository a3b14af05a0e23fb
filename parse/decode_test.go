package parse

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

const (
	zhSimplified  = "新华社布鲁塞尔2月24日电（记者任珂）北约秘书长斯托尔滕贝格24日说，北约无意向乌克兰派兵。\n"
	zhTraditional = "中央社記者林克倫台北24日電）中央銀行今天召開理監事會，決議維持政策利率不變。\n"
)

func encodeWith(t *testing.T, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDecodeText(t *testing.T) {
	le := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	be := unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	tests := []struct {
		name, enc, text string
		src             []byte
		bad             int
	}{
		{"utf-8", "utf-8", zhSimplified, []byte(zhSimplified), 0},
		{"utf-8 bom", "utf-8", zhSimplified, append([]byte("\xef\xbb\xbf"), zhSimplified...), 0},
		{"gbk", "gb18030", zhSimplified, encodeWith(t, simplifiedchinese.GBK, zhSimplified), 0},
		{"gb18030", "gb18030", zhSimplified, encodeWith(t, simplifiedchinese.GB18030, zhSimplified), 0},
		{"gb2312 text", "gb18030", "国务院发布通知。\n", encodeWith(t, simplifiedchinese.GBK, "国务院发布通知。\n"), 0},
		{"big5", "big5", zhTraditional, encodeWith(t, traditionalchinese.Big5, zhTraditional), 0},
		{"utf-16le bom", "utf-16le", zhSimplified, append([]byte("\xff\xfe"), encodeWith(t, le, zhSimplified)...), 0},
		{"utf-16be bom", "utf-16be", zhSimplified, append([]byte("\xfe\xff"), encodeWith(t, be, zhSimplified)...), 0},
		{"utf-16le chinese no bom", "utf-16le", zhSimplified, encodeWith(t, le, zhSimplified), 0},
		{"utf-16be chinese no bom", "utf-16be", zhSimplified, encodeWith(t, be, zhSimplified), 0},
		{"utf-16le english no bom", "utf-16le", "WASHINGTON (AP) — The Senate voted.\n", encodeWith(t, le, "WASHINGTON (AP) — The Senate voted.\n"), 0},
		{"latin-1", "windows-1252", "Müller sagte am Montag.\n", []byte("M\xfcller sagte am Montag.\n"), 0},
		{"utf-8 with a bad byte", "utf-8", "Café \uFFFD ok\n", []byte("Café \xff ok\n"), 1},
	}
	for _, tt := range tests {
		d, err := decodeText(tt.src, "")
		if err != nil || d.enc != tt.enc || d.text != tt.text || d.bad != tt.bad {
			t.Errorf("%s: decodeText = %q %q bad %d, %v; want %q %q bad %d", tt.name, d.enc, d.text, d.bad, err, tt.enc, tt.text, tt.bad)
		}
	}
}

func TestDecodeWarnsUndecodable(t *testing.T) {
	src := encodeWith(t, simplifiedchinese.GB18030, zhSimplified+zhSimplified)
	cut := len(encodeWith(t, simplifiedchinese.GB18030, "新华社布鲁塞尔")) // a character boundary
	src = append(src[:cut:cut], append([]byte{0xff}, src[cut:]...)...)
	doc, err := decode("x", src, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.encoding != "gb18030" || !strings.ContainsRune(doc.text, '\uFFFD') {
		t.Errorf("encoding %q, text %q", doc.encoding, doc.text)
	}
	if len(doc.warnings) != 1 || !strings.Contains(doc.warnings[0], "1 undecodable byte sequences in gb18030 input") {
		t.Errorf("warnings = %q", doc.warnings)
	}
}

func TestDecodeHTMLDeclaredCharset(t *testing.T) {
	page := `<html><head><meta charset="gbk"></head><body><p>` + zhSimplified + `</p></body></html>`
	d, err := decodeText(encodeWith(t, simplifiedchinese.GBK, page), "")
	if err != nil || d.enc != "gbk" || !strings.Contains(d.text, "布鲁塞尔") {
		t.Errorf("decodeText = %q %q, %v", d.enc, d.text, err)
	}
}

func TestDecodeRejectsBinary(t *testing.T) {
	for _, src := range [][]byte{[]byte("\x89PNG\r\n\x1a\nxxxx"), []byte("ab\x00\x01\x02cd\x00\x00\x00\x05"), []byte("  \n")} {
		if _, err := decodeText(src, ""); err == nil {
			t.Errorf("decodeText(%q): no error", src)
		}
	}
}

func TestRecognizeLanguage(t *testing.T) {
	tests := []struct{ text, opt, want string }{
		{zhSimplified, "", "zh"},
		{zhTraditional, "auto", "zh"},
		{"WASHINGTON (AP) — The Senate voted on Tuesday.", "", "en"},
		{"Xinhua reported that 新华社 said so on Monday, and more English words follow here.", "", "en"},
		{"東京の株価は上がった。日経平均は3日続伸した。", "", "ja"},
		{"서울 연합뉴스 한국의 수출이 증가했다.", "", "ko"},
		{zhSimplified, "en", "en"},
		{"WASHINGTON (AP) — The Senate voted.", "zh", "zh"},
	}
	for _, tt := range tests {
		st := &state{doc: &document{}, opts: Options{Lang: tt.opt}, body: []block{{text: tt.text}}}
		recognizeLanguage(st)
		if st.doc.lang != tt.want {
			t.Errorf("language of %q (--lang %q) = %q, want %q", tt.text, tt.opt, st.doc.lang, tt.want)
		}
	}
}
