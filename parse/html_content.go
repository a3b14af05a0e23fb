package parse

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// Main-text selection, in the manner of Arc90's readability but in one
// pass over the blocks: each paragraph of prose scores its parent,
// grandparent and great-grandparent; the best-scoring container (less
// its share of link text) and its well-scoring siblings hold the story.

const (
	minProse       = 25  // runes: shorter blocks are not scored as prose
	minProseHan    = 10  // runes, for Chinese text
	maxLinkDensity = 0.5 // link text share above which a block is navigation
	minStory       = 140 // runes: a smaller selection falls back to all blocks
)

// nodeScore is a container's score and text totals.
type nodeScore struct {
	score      float64
	text, link int
	first      int // index of the first block scored into it: ties go to the earlier container
}

// pickMode says which blocks a choice of the story leaves out.
type pickMode int

const (
	pickStrict  pickMode = iota // asides, page furniture and layout classes
	pickLayout                  // asides and page furniture: "with-sidebar" may hold the story
	pickLenient                 // asides only: "date-outer", "c-figure-rte" may hold it too
	pickAny                     // nothing: "article-ad-marker" on the story's own <article>
)

// muchMore is how many times more prose a looser choice must find to
// replace a stricter one that found a story.
const muchMore = 3

// mainBlocks returns the blocks of the story's own text, in order. When
// class names hid the story — layout words ("with-sidebar"), words of
// page furniture on a container ("date-outer" around a blog's posts), or
// at last even words of asides — it chooses again ignoring them, so that
// no story is lost. A looser choice replaces a story found only when the
// stricter one found too little (a caption) beside it.
func mainBlocks(blocks []hblock) []hblock {
	sel := pickContent(blocks, pickStrict)
	n := storyLen(sel)
	for mode := pickLayout; mode <= pickAny; mode++ {
		if mode == pickAny && n >= minStory {
			break // asides are read only when nothing else holds a story
		}
		if n >= minStory && proseWithin(blocks, mode) < muchMore*max(n, minStory) {
			continue // not enough prose there to win: spare the work
		}
		alt := pickContent(blocks, mode)
		if m := storyLen(alt); n < minStory && m > n || m >= muchMore*max(n, minStory) {
			sel, n = alt, m
		}
	}
	return sel
}

// proseWithin counts the runes of prose that a choice in mode may read.
func proseWithin(blocks []hblock, mode pickMode) int {
	n := 0
	for _, b := range blocks {
		if !skipBlock(b, mode) && proseWeight(b) > 0 {
			n += utf8.RuneCountInString(b.text)
		}
	}
	return n
}

// pickContent scores containers and returns the blocks inside the best,
// leaving out the blocks that mode says to.
func pickContent(blocks []hblock, mode pickMode) []hblock {
	scores := make(map[*html.Node]*nodeScore)
	for _, b := range blocks {
		if skipBlock(b, mode) || b.node == nil {
			continue
		}
		w := proseWeight(b)
		a := b.node.Parent
		for lvl := 1; a != nil && lvl <= 3; lvl, a = lvl+1, a.Parent {
			s := scores[a]
			if s == nil {
				s = &nodeScore{first: b.idx}
				scores[a] = s
			}
			s.text += len(b.text)
			s.link += b.linkLen
			s.score += w / float64(lvl)
		}
	}
	top, best := bestContainer(scores)
	if top == nil {
		return nil
	}
	chosen := map[*html.Node]bool{top: true}
	if top.Parent != nil {
		limit := max(10, best*0.2)
		for sib := top.Parent.FirstChild; sib != nil; sib = sib.NextSibling {
			if s := scores[sib]; s != nil && s.final() >= limit {
				chosen[sib] = true
			}
		}
	}
	addContinuations(top, scores, chosen)
	var out []hblock
	for _, b := range blocks {
		if !skipBlock(b, mode) && within(b.node, chosen) && linkDensity(b) <= maxLinkDensity {
			out = append(out, b)
		}
	}
	return out
}

// maxWrapperClimb is how many wrappers around the best container are
// looked through for its continuations.
const maxWrapperClimb = 2

// addContinuations chooses the rest of a story split over sibling
// containers alike (the same tag and attributes, but for id) that ads
// or related links come between: NYT's "StoryBodyCompanionColumn"s,
// Drupal's "field__item"s, Spiegel's data-sara-click-el="body_element"
// divs. It looks from the best container, or from a wrapper that holds
// nothing else scored, at the siblings of that one; they need only some
// prose, as the story's own parts may be short.
func addContinuations(top *html.Node, scores map[*html.Node]*nodeScore, chosen map[*html.Node]bool) {
	w := top
	for i := 0; ; i++ {
		if namedAttrs(w) > 0 && w.Parent != nil {
			for sib := w.Parent.FirstChild; sib != nil; sib = sib.NextSibling {
				if s := scores[sib]; sib != w && s != nil && s.score > 0 && sameAttrs(sib, w) {
					chosen[sib] = true
				}
			}
		}
		up := w.Parent
		if i == maxWrapperClimb || up == nil || scores[up] == nil || scores[up].text != scores[top].text {
			return
		}
		w = up
	}
}

// namedAttrs counts an element's attributes but for its id.
func namedAttrs(n *html.Node) int {
	c := 0
	for _, a := range n.Attr {
		if a.Key != "id" {
			c++
		}
	}
	return c
}

// sameAttrs reports whether two elements have the same tag and the
// same attributes but for their ids ("paragraph_2").
func sameAttrs(a, b *html.Node) bool {
	if a.Type != html.ElementNode || a.DataAtom != b.DataAtom || a.Data != b.Data {
		return false
	}
	for _, x := range a.Attr {
		if x.Key != "id" && attr(b, x.Key) != x.Val {
			return false
		}
	}
	return namedAttrs(a) == namedAttrs(b)
}

// bestContainer returns the container with the highest final score; of
// equal scores, the one that starts first on the page, so that the
// choice does not depend on map order.
func bestContainer(scores map[*html.Node]*nodeScore) (*html.Node, float64) {
	var top *html.Node
	var topScore *nodeScore
	best := 0.0
	for n, s := range scores {
		if f := s.final(); f > best || f == best && topScore != nil && earlier(n, s, top, topScore) {
			top, topScore, best = n, s, f
		}
	}
	return top, best
}

// earlier breaks a tie between containers a and b: the one whose first
// block comes first, or, holding the same first block, the inner one.
func earlier(a *html.Node, as *nodeScore, b *html.Node, bs *nodeScore) bool {
	if as.first != bs.first {
		return as.first < bs.first
	}
	for p := a.Parent; p != nil; p = p.Parent {
		if p == b {
			return true
		}
	}
	return false
}

func (s *nodeScore) final() float64 {
	if s.text == 0 {
		return 0
	}
	return s.score * (1 - float64(s.link)/float64(s.text))
}

// skipBlock reports whether a block is left out of the story.
func skipBlock(b hblock, mode pickMode) bool {
	return b.noMeta && mode < pickAny || b.noContent && mode < pickLenient || b.layout && mode == pickStrict
}

// proseWeight scores a block as prose: 1, plus its commas, plus a point
// per 100 runes (three at most); 0 for headings, short and link blocks.
func proseWeight(b hblock) float64 {
	n := utf8.RuneCountInString(b.text)
	if b.heading > 0 || linkDensity(b) > maxLinkDensity {
		return 0
	}
	if n < minProse && !(n >= minProseHan && startsHan(b.text)) {
		return 0
	}
	commas := strings.Count(b.text, ",") + strings.Count(b.text, "，") + strings.Count(b.text, "、")
	return 1 + float64(commas) + float64(min(n/100, 3))
}

func linkDensity(b hblock) float64 {
	if len(b.text) == 0 {
		return 0
	}
	return float64(b.linkLen) / float64(len(b.text))
}

// within reports whether n is, or lies inside, a chosen node.
func within(n *html.Node, chosen map[*html.Node]bool) bool {
	for ; n != nil; n = n.Parent {
		if chosen[n] {
			return true
		}
	}
	return false
}

// storyLen counts the runes of the prose blocks in a selection.
func storyLen(blocks []hblock) int {
	n := 0
	for _, b := range blocks {
		if proseWeight(b) > 0 {
			n += utf8.RuneCountInString(b.text)
		}
	}
	return n
}
