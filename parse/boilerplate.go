package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// boilerplateLines are whole paragraphs that belong to the page, not the
// story. They are compared after folding case and outer punctuation.
var boilerplateLines = []string{
	"Share let more people see it",        // machine-translated Xinhua: 分享让更多人看到
	"分享让更多人看到",                            // Xinhua Chinese pages
	"分享讓更多人看到",                            //
	"Advertisement",                       //
	"Story continues below advertisement", //
	"Scroll to continue with content",     //
	"Share this article",                  //
	"Share", "Tweet", "Email", "Print",    // share bars
	"Click here to subscribe",                       //
	"Read more",                                     //
	"返回", "上一篇", "下一篇", "【纠错】", "扫一扫", "打印", "关闭窗口", // Chinese portal navigation
}

// boilerplatePrefixes open paragraphs that are page furniture.
var boilerplatePrefixes = []string{
	"Follow us on", "Sign up for", "Subscribe to", "Click here to", "Read more:", "Related:",
	"Our Standards:",  // Reuters: "Our Standards: The Thomson Reuters Trust Principles."
	"Copyright ", "©", // "Copyright 2022 The Associated Press. All rights reserved."
	"This material may not be published", // AP rights line
	"All rights reserved",                //
	"SOURCE ",                            // PR Newswire: "SOURCE Acme Corp"
	"关键词：", "关键词:", "【纠错】", "扫一扫", "分享到：",
	"上一篇：", "上一篇:", "下一篇：", "下一篇:", // 上一篇：欧盟峰会开幕
	"關鍵詞：", "關鍵字：", // 關鍵字：央行 利率 (traditional portals)
	"《 人民日报 》（", "《人民日报》（", // 《 人民日报 》（ 2022年02月25日 01 版）
	"返回顶部", "返回首页", "返回目录", // 返回顶部
	"(ATTN:", "(ATTN :", // Yonhap: "(ATTN: UPDATES with details in paras 3-5)"
	"(This story has not been edited by",                          // PTI feeds: "(This story has not been edited by our staff and is auto-generated from a syndicated feed.)"
	"(Except for the headline, this story has not been edited by", // NDTV relaying PTI
	"(Only the headline of this report may have been reworked by", // Business Standard relaying PTI
}

// boilerplateWraps are page footers known by how they open and close:
// a paper's print edition line, "《光明日报》（2024年01月03日 01版）".
var boilerplateWraps = []struct{ open, close, example string }{
	{"《", "版）", "《光明日报》（2024年01月03日 01版）; 《经济日报》（2024年01月03日 03版）"},
	{"《", "版)", "《法治日报》(2024年01月03日 05版)"},
}

// boilerplateSuffixes are page furniture glued to the end of a paragraph
// in copied text: "... in Ukraine. Share let more people see it."
var boilerplateSuffixes = []string{
	"Share let more people see it.", "Share let more people see it", "分享让更多人看到", "分享讓更多人看到",
}

var boilerplateKeys = func() map[string]bool {
	m := make(map[string]bool, len(boilerplateLines))
	for _, l := range boilerplateLines {
		m[foldKey(l)] = true
	}
	return m
}()

// boilerplateMaxLen is the longest paragraph worth folding to look up:
// twice the longest boilerplate line, for spaces and punctuation.
var boilerplateMaxLen = func() int {
	n := 0
	for _, l := range boilerplateLines {
		n = max(n, len(l))
	}
	return 2*n + 8
}()

// boilerplateFirst holds the first character of every boilerplate key, a
// cheap test before folding a paragraph to look it up.
var boilerplateFirst = func() map[rune]bool {
	m := make(map[rune]bool)
	for k := range boilerplateKeys {
		r, _ := utf8.DecodeRuneInString(k)
		m[r] = true
	}
	return m
}()

// mayBeBoilerplateLine reports whether the first letter of s, lower-cased,
// starts some boilerplate line.
func mayBeBoilerplateLine(s string) bool {
	i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsPunct(r) && !unicode.IsSpace(r) })
	if i < 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return boilerplateFirst[unicode.ToLower(r)]
}

// stripBoilerplate removes boilerplate paragraphs and boilerplate glued to
// the end of paragraphs.
func stripBoilerplate(st *state) {
	dropStoryIDLines(st)
	kept := st.body[:0]
	for _, b := range st.body {
		if isBoilerplate(b.text) {
			continue
		}
		b.text = cutBoilerplateSuffix(b.text)
		if b.text != "" {
			kept = append(kept, b)
		}
	}
	st.body = kept
}

func isBoilerplate(s string) bool {
	if isRule(s) {
		return true
	}
	if len(s) >= 300 {
		return false
	}
	if len(s) <= boilerplateMaxLen && mayBeBoilerplateLine(s) && boilerplateKeys[foldKey(s)] {
		return true
	}
	if hasBoilerplatePrefix(s) {
		return true
	}
	for _, w := range boilerplateWraps {
		if len(s) < 120 && strings.HasPrefix(s, w.open) && strings.HasSuffix(s, w.close) {
			return true
		}
	}
	return false
}

// hasBoilerplatePrefix reports whether s opens like page furniture
// (boilerplatePrefixes): "Copyright © ANTARA 2024".
func hasBoilerplatePrefix(s string) bool {
	for _, p := range boilerplatePrefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func cutBoilerplateSuffix(s string) string {
	for changed := true; changed; {
		changed = false
		for _, suf := range boilerplateSuffixes {
			if strings.HasSuffix(s, suf) {
				s = strings.TrimSpace(s[:len(s)-len(suf)])
				changed = true
			}
		}
	}
	return s
}

// isRule reports whether s is only a separator: "___", "* * *", "___.", "-0-".
func isRule(s string) bool {
	if len(s) > 40 {
		return false
	}
	marks := 0
	for _, r := range s {
		switch r {
		case '_', '*', '-', '=', '#', '~', '.', ' ', '—', '–':
			if r != ' ' && r != '.' {
				marks++
			}
		default:
			return false
		}
	}
	return marks >= 3
}

// storyIDLines are the shapes of a feed's story-ID line, dropped where it
// opens or closes the story. In a shape, '#' stands for a run of digits.
var storyIDLines = []struct{ shape, example string }{
	{"APA# #-#-#/#:#", "APA0123 2024-02-01/10:45"},
	{"APA# #-#-#/#:#:#", "APA0456 2024-02-01/10:45:12"},
}

// isStoryIDLine reports whether s has the shape of a story-ID line.
func isStoryIDLine(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) > 40 {
		return false
	}
	for _, l := range storyIDLines {
		if matchShape(s, l.shape) {
			return true
		}
	}
	return false
}

// matchShape matches s against shape, where '#' is a run of one or more
// digits and any other byte stands for itself.
func matchShape(s, shape string) bool {
	i := 0
	for j := 0; j < len(shape); j++ {
		if shape[j] != '#' {
			if i >= len(s) || s[i] != shape[j] {
				return false
			}
			i++
			continue
		}
		k := i
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		if k == i {
			return false
		}
		i = k
	}
	return i == len(s)
}

// dropStoryIDLines removes a story-ID line (storyIDLines) that opens the
// first block or closes the last, as a line of its own or the whole block.
func dropStoryIDLines(st *state) {
	if len(st.body) == 0 {
		return
	}
	if b := st.body[0]; len(b.lines) > 1 && isStoryIDLine(b.lines[0].text) {
		st.body[0] = joinLines(b.lines[1:])
	} else if isStoryIDLine(b.text) {
		st.body = st.body[1:]
	}
	n := len(st.body)
	if n == 0 {
		return
	}
	if b := st.body[n-1]; len(b.lines) > 1 && isStoryIDLine(b.lines[len(b.lines)-1].text) {
		st.body[n-1] = joinLines(b.lines[:len(b.lines)-1])
	} else if isStoryIDLine(b.text) {
		st.body = st.body[:n-1]
	}
}
