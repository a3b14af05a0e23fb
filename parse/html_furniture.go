package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
)

// Page furniture that the main-text selection lets through: picture
// credits, list numbers, the labels of link lists ("Mehr zum Thema",
// "Meistgelesen") whose links were already left out, and short lines
// above the headline. Each rule looks at one kept block, with the
// page's blocks around it; a block any rule matches leaves the story.

// furniture is what the rules see: the page's blocks, the kept blocks,
// and where the headline stands.
type furniture struct {
	page     []hblock
	kept     []hblock
	headline int // page index of the headline's block when the story follows it, or -1
}

// furnitureRule drops a kept block (kept[k]) when drop says so.
type furnitureRule struct {
	name string
	drop func(f *furniture, k int) bool
}

// furnitureRules are tried in order on each kept block.
var furnitureRules = []furnitureRule{
	{"no-letters", isNumberBlock},                  // "1", "58", "2/28", "19.10.19, 18:56"
	{"credit-label", isPictureCredit},              // "Bild: shutterstock", "Video: watson/oliver baroni"
	{"credit-tail", isCaptionWithCredit},           // "Love thine enemy. Photo: Olivier Douliery/AFP via Getty Images"
	{"link-list-label", (*furniture).labelsLinks},  // "Mehr «Leben»" above a list of linked headlines
	{"above-headline", (*furniture).aboveHeadline}, // "Aktuelle Themen:" before the <h1>
}

// dropFurniture returns the kept blocks that no furniture rule matches.
func dropFurniture(page, kept []hblock, headline int) []hblock {
	f := &furniture{page: page, kept: kept, headline: -1}
	for i := len(kept) - 1; i >= 0 && kept[i].idx > headline && headline >= 0; i-- {
		if proseWeight(kept[i]) > 0 {
			f.headline = headline // the story follows its headline
			break
		}
	}
	out := kept[:0:0]
	for k := range kept {
		if !f.isFurniture(k) {
			out = append(out, kept[k])
		}
	}
	return out
}

// isFurniture reports whether some rule drops kept[k].
func (f *furniture) isFurniture(k int) bool {
	for _, r := range furnitureRules {
		if r.drop(f, k) {
			return true
		}
	}
	return false
}

// maxNumberBlock is the longest run of digits and signs read as a list
// number, a counter or a table cell rather than a sentence.
const maxNumberBlock = 24

// isNumberBlock: a short block with no letter and a digit, or of one or
// two signs: a list number, a comment count, a lone date.
func isNumberBlock(f *furniture, k int) bool {
	s := f.kept[k].text
	if len(s) > maxNumberBlock*3 || utf8.RuneCountInString(s) > maxNumberBlock {
		return false
	}
	digit := false
	for _, r := range s {
		if unicode.IsLetter(r) {
			return false
		}
		digit = digit || unicode.IsDigit(r)
	}
	return digit || utf8.RuneCountInString(s) <= 2
}

// pictureCredits open a picture or video credit. Matched at the start of a
// short block, case-insensitively, after an optional "(".
var pictureCredits = []string{
	"bild:",              // "Bild: shutterstock"
	"bilder:",            // "Bilder: Keystone"
	"bildquelle:",        // "Bildquelle: Pixabay"
	"symbolbild:",        // "Symbolbild: dpa"
	"symbolgrafik:",      // "Symbolgrafik:© Butch - stock.adobe.com"
	"rubriklistenbild:",  // "Rubriklistenbild: © KCNA/dpa"
	"foto:",              // "Foto: MDR/Bernd Cramer"
	"fotos:",             // "Fotos: Jane Doe"
	"grafik:",            // "Grafik: Statista"
	"video:",             // "Video: watson/oliver baroni, emily engkent"
	"photo:",             // "Photo: Reuters"
	"photos:",            // "Photos: AP"
	"photo credit:",      // "Photo credit: NASA"
	"photograph:",        // "Photograph: Jane Doe/The Guardian"
	"image:",             // "Image: Getty Images"
	"image credit:",      // "Image credit: www.apple.com/in/"
	"credit:",            // "Credit: Jane Doe"
	"featured image by ", // "Featured image by Alberto Riva/The Points Guy."
	"photo by ",          // "Photo by Jane Doe on Unsplash"
	"image by ",          // "Image by Pixabay"
	"photo :",            // French: "Photo : AFP"
	"crédit photo :",     // French: "Crédit photo : AFP"
	"©",                  // "© Augusta National/Getty Images"
	"图片来源：",              // "图片来源：视觉中国"
	"图片：",                // "图片：新华社"
	"视频：",                // "视频：央视新闻"
}

// maxCreditLine is the longest block read as a credit line, in runes.
const maxCreditLine = 120

// isPictureCredit: a short block that opens with a credit label.
func isPictureCredit(f *furniture, k int) bool {
	s := strings.TrimPrefix(f.kept[k].text, "(")
	if utf8.RuneCountInString(s) > maxCreditLine {
		return false
	}
	return hasPictureCredit(s)
}

// hasPictureCredit reports whether s opens with a credit label.
func hasPictureCredit(s string) bool {
	for _, l := range pictureCredits {
		if len(s) > len(l) && strings.EqualFold(s[:len(l)], l) {
			return true
		}
	}
	return false
}

// maxCaption is the longest block read as a caption, in runes; a credit
// ends it within maxCaptionCredit runes.
const (
	maxCaption       = 320
	maxCaptionCredit = 80
)

// isCaptionWithCredit: a caption that ends with its credit, after "©"
// or after a credit label that follows a sentence or a bar: "Waren gute
// Freunde. | © PGA of America via Getty Images".
func isCaptionWithCredit(f *furniture, k int) bool {
	s := f.kept[k].text
	if utf8.RuneCountInString(s) > maxCaption {
		return false
	}
	if hanCreditEnd(s) {
		return true
	}
	start := max(0, len(s)-maxCaptionCredit*3)
	for i := len(s) - 2; i >= start; i-- {
		if s[i] != ' ' {
			continue
		}
		rest := s[i+1:]
		if strings.HasPrefix(rest, "©") || i > 0 && strings.IndexByte(".!?|/)", s[i-1]) >= 0 && hasPictureCredit(strings.TrimPrefix(rest, "(")) {
			return utf8.RuneCountInString(rest) <= maxCaptionCredit && !strings.Contains(rest, ". ")
		}
	}
	return false
}

// hanCreditEnds close the credit in parentheses that ends a Chinese
// caption: "圖為環狀線列車。（中央社檔案照片）", "（新华社记者李四摄）".
var hanCreditEnds = []string{
	"摄）",  // "（新华社记者李四摄）"
	"攝）",  // traditional: "（中央社記者張三攝）"
	"照片）", // "（中央社檔案照片）", "（资料照片）"
	"图片）", // "（视觉中国图片）"
	"圖片）", // traditional
	"供图）", // "（受访者供图）"
	"供圖）", // traditional: "（讀者提供圖片）"
}

// maxHanCredit is the longest credit in parentheses, in runes.
const maxHanCredit = 24

// hanCreditEnd reports whether s ends with a Chinese picture credit in
// parentheses after a sentence.
func hanCreditEnd(s string) bool {
	i := strings.LastIndex(s, "（")
	if i <= 0 || utf8.RuneCountInString(s[i:]) > maxHanCredit {
		return false
	}
	for _, e := range hanCreditEnds {
		if strings.HasSuffix(s, e) {
			r, _ := utf8.DecodeLastRuneInString(s[:i])
			return strings.ContainsRune("。！？", r)
		}
	}
	return false
}

// linkLabels announce links to other stories; such a label goes with
// the links that follow it, however few ("Related Story" above one).
var linkLabels = map[string]bool{
	"related": true, "related story": true, "related stories": true, // NPR: <h3>Related Story</h3>
	"related content": true, "related articles": true, "related news": true,
	"read more": true, "read also": true, "also read": true, "see also": true, // France 24: "Read more"
	"more on this story": true, "recommended stories": true,
	"mehr zum thema": true, "lesen sie auch": true, "lire aussi": true, // Spiegel: "Mehr zum Thema"
	"相关新闻": true, "相关阅读": true, "延伸阅读": true, "推荐阅读": true, // 相关新闻 above a link
	"相關新聞": true, "延伸閱讀": true, // traditional
}

// isLinkLabel reports whether a label is one of linkLabels.
func isLinkLabel(s string) bool {
	return linkLabels[strings.ToLower(strings.TrimRight(s, " :：»>"))]
}

// maxLabel is the longest block read as the label of a list, in runes;
// linkList is how many link blocks make a list, and maxListScan how far
// after a label the rule looks for them.
const (
	maxLabel    = 60
	linkList    = 3
	maxListScan = 60
)

// labelsLinks: a label ("Mehr «Leben»", "Meistgelesen", "Lesen Sie
// auch:") right above links that the selection left out: a list of
// three or more, or any at all when a heading or a colon ends the story.
func (f *furniture) labelsLinks(k int) bool {
	b := f.kept[k]
	if !isLabel(b) {
		return false
	}
	links := f.linksAfter(k)
	if links >= linkList {
		return true
	}
	if links > 0 && isLinkLabel(b.text) {
		return true
	}
	if links == 0 || !strongLabel(b) {
		return false
	}
	for _, n := range f.kept[k+1:] {
		if proseWeight(n) > 0 && !isLabel(n) {
			return false
		}
	}
	return true
}

// linksAfter counts the link blocks that follow kept[k] on the page,
// through short lines and kept list numbers ("1", "2"), up to the first
// longer line or other kept block.
func (f *furniture) linksAfter(k int) int {
	links, j := 0, k+1
	for i := f.kept[k].idx + 1; i < len(f.page) && i <= f.kept[k].idx+maxListScan; i++ {
		b := f.page[i]
		if j < len(f.kept) && f.kept[j].idx == i {
			if !isNumberBlock(f, j) {
				break
			}
			j++
			continue
		}
		switch {
		case linkDensity(b) > maxLinkDensity:
			links++
		case utf8.RuneCountInString(b.text) > maxLabel:
			return links
		}
	}
	return links
}

// labelTags hold items of the story's own lists and tables, not labels.
var labelTags = map[atom.Atom]bool{atom.Li: true, atom.Td: true, atom.Th: true, atom.Pre: true, atom.Dd: true}

// isLabel reports whether a block reads as a label rather than a
// sentence: short, outside lists and tables, and a heading, or ending
// with a colon or without a full stop.
func isLabel(b hblock) bool {
	if utf8.RuneCountInString(b.text) > maxLabel || b.node != nil && labelTags[b.node.DataAtom] {
		return false
	}
	if b.heading > 0 {
		return true
	}
	if hasListMark(b.text) || strings.Contains(b.text, ": ") || signature(b) {
		return false // "* Server list has been improved", "Mitarbeit: Jane Doe", a signature
	}
	r, _ := utf8.DecodeLastRuneInString(b.text)
	return !strings.ContainsRune(".!?。！？\"”»«“'’)）", r)
}

// signature reports whether a block is a name alone, as a story's
// signature or byline is ("Marina Mucha", "Von Jane Doe"); not a
// heading, a label with a colon or a line in capitals ("RELATED STORIES").
func signature(b hblock) bool {
	return b.heading == 0 && !strongLabel(b) && strings.ToUpper(b.text) != b.text && looksLikeName(b.text)
}

// hasListMark reports whether s opens with a list bullet: "* ", "- ", "• ".
func hasListMark(s string) bool {
	for _, m := range []string{"* ", "- ", "• ", "– ", "· "} {
		if strings.HasPrefix(s, m) {
			return true
		}
	}
	return false
}

// strongLabel reports whether a label announces something: a heading, or
// a line ending with a colon ("Mehr zum Thema:").
func strongLabel(b hblock) bool {
	r, _ := utf8.DecodeLastRuneInString(b.text)
	return b.heading > 0 || r == ':' || r == '：'
}

// aboveHeadline: a block above the headline that is not prose ("Aktuelle
// Themen:", a kicker link, a date): the story starts at its headline.
func (f *furniture) aboveHeadline(k int) bool {
	b := f.kept[k]
	return f.headline >= 0 && b.idx < f.headline && proseWeight(b) == 0
}
