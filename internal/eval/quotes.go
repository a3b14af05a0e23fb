package eval

import (
	"sort"
	"strings"
	"unicode"
)

// speechVerbs lists the speech words of the README, each with its inflected
// forms. An attribution is speech (counted for quote recall) when a word of
// its cue is one of these, or when the cue contains "according to".
var speechVerbs = [][]string{
	{"say", "says", "said", "saying"},
	{"tell", "tells", "told", "telling"},
	{"add", "adds", "added", "adding"},
	{"ask", "asks", "asked", "asking"},
	{"state", "states", "stated", "stating"},
	{"explain", "explains", "explained", "explaining"},
	{"note", "notes", "noted", "noting"},
	{"argue", "argues", "argued", "arguing"},
	{"claim", "claims", "claimed", "claiming"},
	{"insist", "insists", "insisted", "insisting"},
	{"warn", "warns", "warned", "warning"},
	{"write", "writes", "wrote", "writing", "written"},
	{"tweet", "tweets", "tweeted", "tweeting"},
	{"announce", "announces", "announced", "announcing"},
	{"declare", "declares", "declared", "declaring"},
	{"reply", "replies", "replied", "replying"},
	{"respond", "responds", "responded", "responding"},
	{"acknowledge", "acknowledges", "acknowledged", "acknowledging"},
	{"admit", "admits", "admitted", "admitting"},
	{"confirm", "confirms", "confirmed", "confirming"},
	{"suggest", "suggests", "suggested", "suggesting"},
	{"urge", "urges", "urged", "urging"},
	{"emphasize", "emphasizes", "emphasized", "emphasizing"},
	{"emphasise", "emphasises", "emphasised", "emphasising"},
	{"stress", "stresses", "stressed", "stressing"},
	{"reiterate", "reiterates", "reiterated", "reiterating"},
	{"recall", "recalls", "recalled", "recalling"},
	{"complain", "complains", "complained", "complaining"},
	{"predict", "predicts", "predicted", "predicting"},
	{"testify", "testifies", "testified", "testifying"},
	{"remark", "remarks", "remarked", "remarking"},
	{"counter", "counters", "countered", "countering"},
	{"concede", "concedes", "conceded", "conceding"},
	{"vow", "vows", "vowed", "vowing"},
	{"promise", "promises", "promised", "promising"},
	{"pledge", "pledges", "pledged", "pledging"},
	{"quote", "quotes", "quoted", "quoting"},
	{"continue", "continues", "continued", "continuing"},
}

// speechWords is speechVerbs as a set.
var speechWords = func() map[string]bool {
	m := make(map[string]bool)
	for _, forms := range speechVerbs {
		for _, f := range forms {
			m[f] = true
		}
	}
	return m
}()

// IsSpeechCue reports whether an annotated cue marks speech: it contains a
// speech word ("has said", "Asked") or the phrase "according to".
func IsSpeechCue(cue string) bool {
	toks := Tokens(cue)
	for i, t := range toks {
		if speechWords[t] {
			return true
		}
		if t == "according" && i+1 < len(toks) && toks[i+1] == "to" {
			return true
		}
	}
	return false
}

// pronouns are speaker spans that name no one; attributions to them are
// left out of speaker accuracy.
var pronouns = map[string]bool{
	"i": true, "me": true, "my": true, "mine": true, "myself": true,
	"we": true, "us": true, "our": true, "ours": true, "ourselves": true,
	"you": true, "your": true, "yours": true, "yourself": true,
	"he": true, "him": true, "his": true, "himself": true,
	"she": true, "her": true, "hers": true, "herself": true,
	"it": true, "its": true, "itself": true,
	"they": true, "them": true, "their": true, "theirs": true, "themselves": true,
	"who": true, "whom": true, "whose": true, "which": true, "that": true,
	"this": true, "these": true, "those": true,
	"one": true, "some": true, "many": true, "others": true, "all": true,
	"both": true, "few": true, "several": true, "most": true,
	"someone": true, "somebody": true, "everyone": true, "everybody": true,
	"anyone": true, "anybody": true, "nobody": true, "none": true,
}

// IsPronoun reports whether a speaker span is a pronoun ("He", "who",
// "some"), an empty span included.
func IsPronoun(s string) bool {
	n := Normalize(s)
	return n == "" || pronouns[n]
}

// speakerWords splits a speaker span into normalised words with surrounding
// punctuation and a possessive 's removed ("Trump's" → "trump").
func speakerWords(s string) []string {
	var out []string
	for _, w := range strings.Fields(Normalize(s)) {
		w = strings.TrimFunc(w, unicode.IsPunct)
		w = strings.TrimSuffix(w, "'s")
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// SpeakerMatch reports whether a predicted speaker matches the annotated
// one: their last words agree (possessive 's stripped), or the prediction
// has two words or more and every one occurs in the truth. "Haley Morris"
// matches "Spokeswoman Haley Morris"; "Clinton" does not match "the Clinton
// campaign". For Chinese names, one must contain the other.
func SpeakerMatch(pred, truth string) bool {
	np, nt := Normalize(pred), Normalize(truth)
	if np == "" || nt == "" {
		return false
	}
	if hasHan(np) || hasHan(nt) {
		return strings.Contains(np, nt) || strings.Contains(nt, np)
	}
	wp, wt := speakerWords(pred), speakerWords(truth)
	if len(wp) == 0 || len(wt) == 0 {
		return false
	}
	if wp[len(wp)-1] == wt[len(wt)-1] {
		return true
	}
	if len(wp) < 2 {
		return false
	}
	for _, w := range wp {
		if !containsWord(wt, w) {
			return false
		}
	}
	return true
}

// QuoteMatchMin is the least token F1 at which a predicted quote and an
// annotated attribution may pair.
const QuoteMatchMin = 0.5

// MatchQuotes pairs predicted quotes with annotated attributions (all of
// them, speech or not) one-to-one, best pairs first: candidate pairs with a
// token F1 of at least QuoteMatchMin are taken in decreasing F1 (ties in
// reading order) while both sides are free. It returns, for each
// prediction, the index of its attribution or -1.
func MatchQuotes(pred []PredQuote, truth []TruthQuote) []int {
	type pair struct {
		i, j int
		f1   float64
	}
	tt := make([][]string, len(truth))
	for j, t := range truth {
		tt[j] = Tokens(t.Text)
	}
	var pairs []pair
	for i, p := range pred {
		pt := Tokens(p.Text)
		for j := range truth {
			if f := TokenF1(pt, tt[j]); f >= QuoteMatchMin {
				pairs = append(pairs, pair{i, j, f})
			}
		}
	}
	sort.SliceStable(pairs, func(a, b int) bool { return pairs[a].f1 > pairs[b].f1 })
	match := make([]int, len(pred))
	for i := range match {
		match[i] = -1
	}
	taken := make([]bool, len(truth))
	for _, p := range pairs {
		if match[p.i] < 0 && !taken[p.j] {
			match[p.i], taken[p.j] = p.j, true
		}
	}
	return match
}

// bestF1 is the highest token F1 between text and any of preds (for
// failure reports: how near the nearest prediction came).
func bestF1(text string, preds []PredQuote) float64 {
	best, tt := 0.0, Tokens(text)
	for _, p := range preds {
		if f := TokenF1(Tokens(p.Text), tt); f > best {
			best = f
		}
	}
	return best
}
