package parse

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageKind says what part of a page an element is, from its tag or its
// class and id names.
type pageKind uint16

const (
	kindAside    pageKind = 1 << iota // not this story: comments, related links, sidebars, footers
	kindWeak                          // not story text, but may describe it: page header, captions, tag lists
	kindByline                        // names the author: "byline", "author-name"
	kindDate                          // gives the date: "post-date", "datum"
	kindHeadline                      // is the story's headline: "headline"
	kindLayout                        // like kindAside, unless a kindKeep word is there: "sidebar", "menu"
	kindKeep                          // a page container: "main-content with-sidebar" is not a sidebar
	kindHidden                        // text for screen readers only: "sr-only", "element-invisible"
)

// classRule matches one word of an element's class or id.
type classRule struct {
	word   string
	prefix bool // the word only has to start with it ("author" matches "authorname")
	kind   pageKind
}

// classRules classify class and id words (split at spaces, '-' and '_',
// lower-cased). The first matching rule of each word applies; the kinds
// of all words add up.
var classRules = []classRule{
	{"headline", false, kindHeadline},        // <div class="headline">
	{"comment", true, kindAside},             // <div id="comments">, "commentlist"
	{"disqus", true, kindAside},              // <div id="disqus_thread">
	{"related", true, kindAside},             // <aside class="related-articles">
	{"sidebar", true, kindLayout},            // <div class="sidebar">
	{"recommend", true, kindAside},           // "recommendations"
	{"popular", true, kindLayout},            // "most-popular"
	{"trending", true, kindLayout},           // "trending-stories"
	{"mostread", true, kindAside},            // "mostread"
	{"outbrain", true, kindAside},            // "OUTBRAIN"
	{"taboola", true, kindAside},             // "taboola-below-article"
	{"newsletter", true, kindAside},          // "newsletter-signup"
	{"subscribe", true, kindLayout},          // "subscribe-box"
	{"promo", true, kindLayout},              // "promo-box"
	{"advert", true, kindAside},              // "advertisement"
	{"ad", false, kindAside},                 // "ad-slot"
	{"ads", false, kindAside},                // "ads"
	{"cookie", true, kindAside},              // "cookie-banner"
	{"consent", true, kindAside},             // "consent-layer"
	{"breadcrumb", true, kindAside},          // "breadcrumbs"
	{"share", true, kindLayout},              // "share-bar", "sharing"
	{"sharing", true, kindLayout},            // "sharing-tools"
	{"social", true, kindLayout},             // "social-links"
	{"footer", true, kindLayout},             // "site-footer"
	{"nav", false, kindLayout},               // "main-nav"
	{"navbar", true, kindLayout},             // "navbar"
	{"navigation", true, kindLayout},         // "navigation"
	{"menu", true, kindLayout},               // "menu-main"
	{"widget", true, kindLayout},             // "widget-area"
	{"pagination", true, kindLayout},         // "pagination"
	{"modal", true, kindLayout},              // "modal-login"
	{"header", true, kindWeak},               // "site-header", "article-header"
	{"masthead", true, kindWeak},             // "masthead"
	{"caption", true, kindWeak},              // "image-caption"
	{"credit", true, kindWeak},               // "photo-credit"
	{"figure", true, kindWeak},               // "figure"
	{"tags", false, kindWeak},                // "tags"
	{"keywords", false, kindWeak},            // "keywords"
	{"toolbar", true, kindWeak},              // "article-toolbar"
	{"invisible", false, kindHidden},         // "element-invisible"
	{"sr", false, kindHidden},                // "sr-only"
	{"visually", true, kindHidden},           // "visually-hidden"
	{"screen", true, kindHidden},             // "screen-reader-text"
	{"article", true, kindKeep},              // "main-content-wrapper with-double-sidebar"
	{"content", true, kindKeep},              //
	{"main", true, kindKeep},                 //
	{"body", true, kindKeep},                 //
	{"column", true, kindKeep},               //
	{"wrapper", true, kindKeep},              //
	{"container", true, kindKeep},            //
	{"byline", true, kindByline | kindWeak},  // "byline", "bylines"
	{"author", true, kindByline | kindWeak},  // "author-name", "authors"
	{"autor", true, kindByline | kindWeak},   // German: "artikel-autor", "autorin"
	{"auteur", true, kindByline | kindWeak},  // French: "auteur"
	{"autore", true, kindByline | kindWeak},  // Italian: "autore"
	{"writer", false, kindByline | kindWeak}, // "writer"
	{"date", true, kindDate | kindWeak},      // "post-date", "dateline"
	{"datum", true, kindDate | kindWeak},     // German: "artikel-datum"
	{"time", false, kindDate | kindWeak},     // "time"
	{"timestamp", true, kindDate | kindWeak}, // "timestamp"
	{"pubdate", true, kindDate | kindWeak},   // "pubdate"
	{"published", true, kindDate | kindWeak}, // "published"
	{"posted", true, kindDate | kindWeak},    // "posted-on"
	{"meta", false, kindDate | kindWeak},     // "entry-meta"
	{"info", false, kindDate | kindWeak},     // Chinese portals: <div class="info">
}

// nameAttrs are the data attributes that name a part of a page as a
// class does, read by the same rules: pages whose class names are
// hashed by their style tooling name the parts there.
var nameAttrs = map[string]bool{
	"data-component": true, // BBC: <div data-component="byline-block">
	"data-testid":    true, // <nav data-testid="related-links">
	"data-qa":        true, // SCMP: <div data-qa="RelatedArticles-Container">
	"data-area":      true, // Spiegel: <div data-area="related_article">
	"data-module":    true, // <div data-module="share-bar">
}

// parenClasses are the classes of a <cite> part that the style sheet
// sets in parentheses: CNN's dateline <cite class="source__cite"><span
// class="source__location">Washington</span> <span
// class="source__text">CNN</span></cite> shows "Washington (CNN)".
var parenClasses = map[string]bool{
	"source__text": true, // CNN
}

// styledParens reports whether one of n's classes is in parenClasses.
func styledParens(n *html.Node) bool {
	for _, c := range strings.Fields(attr(n, "class")) {
		if parenClasses[c] {
			return true
		}
	}
	return false
}

// stateWords open a class that states what an element has or shows,
// not what it is: the word after them is not read ("has-comments",
// "has-recommendations", "no-sidebar"); nor are the state words
// themselves ("commented" on a post that has comments).
var stateWords = map[string]bool{
	"has": true, "no": true, "show": true, "hide": true, "enable": true, "disable": true,
	"commented": true, "uncommented": true,
}

// classRulesByByte indexes classRules by their first byte.
var classRulesByByte = func() map[byte][]classRule {
	m := make(map[byte][]classRule)
	for _, r := range classRules {
		m[r.word[0]] = append(m[r.word[0]], r)
	}
	return m
}()

// tagKinds classify elements by tag alone.
var tagKinds = map[atom.Atom]pageKind{
	atom.Nav: kindAside, atom.Footer: kindAside, atom.Aside: kindWeak,
	atom.Header: kindWeak, atom.Figure: kindWeak, atom.Figcaption: kindWeak,
	atom.Address: kindByline | kindWeak,
}

// roleKinds classify elements by their ARIA role: controls and page
// regions that are not the story.
var roleKinds = map[string]pageKind{
	"button":      kindWeak,  // <div role="button">Bild anzeigen</div>
	"toolbar":     kindWeak,  // <div role="toolbar">Teilen Drucken</div>
	"menu":        kindWeak,  // <ul role="menu">
	"menubar":     kindWeak,  // <div role="menubar">
	"banner":      kindWeak,  // <div role="banner">: the page header
	"navigation":  kindAside, // <div role="navigation">
	"search":      kindAside, // <form role="search">
	"dialog":      kindAside, // <div role="dialog">: cookie and newsletter layers
	"alertdialog": kindAside, // <div role="alertdialog">
	"contentinfo": kindAside, // <div role="contentinfo">: the page footer
}

// classKind classifies an element from its lower-cased class and id.
func classKind(names string) pageKind {
	var k pageKind
	flag := false
	forEachWord(names, func(w string) {
		if flag || stateWords[w] {
			flag = stateWords[w] // "has-comments": the element has them, it is not them
			return
		}
		for _, r := range classRulesByByte[w[0]] {
			if w == r.word || r.prefix && strings.HasPrefix(w, r.word) {
				k |= r.kind
				return
			}
		}
	})
	return k
}

// applyKind updates the walk context for an element of kind k.
func applyKind(k pageKind, f *walkFlags) {
	if k&kindKeep != 0 {
		k &^= kindLayout
	}
	switch {
	case k&kindAside != 0:
		f.noContent, f.noMeta = true, true
	case k&kindLayout != 0:
		f.layout = true
	case k&kindWeak != 0:
		f.noContent = true
	}
}

// forEachWord calls fn for each word of s, split at anything that is not
// a letter or digit.
func forEachWord(s string, fn func(string)) {
	start := -1
	for i := 0; i <= len(s); i++ {
		word := i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= '0' && s[i] <= '9' || s[i] >= 0x80)
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			fn(s[start:i])
			start = -1
		}
	}
}
