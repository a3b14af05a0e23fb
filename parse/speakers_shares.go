package parse

import "strings"

// Shares of a group as speakers, in poll reports: "Seven in 10 say the
// road tax is too high", "Nearly one in three said they had moved", "more
// than 4 in 10 said". The share is the subject of the reporting verb, named as
// written.

// shareBackward reads a share whose last word is at j: a count, "in"
// and a count ("six in 10", "one in five"), after a hedge of up to two
// words ("about", "more than", "nearly"). It returns no phrase otherwise.
func shareBackward(s *sentence, lo, j int) np {
	if j-2 < lo || !isCount(s.toks[j]) || !s.toks[j-1].isWord("in") || !isCount(s.toks[j-2]) {
		return np{}
	}
	k := j - 2
	for k-1 >= lo && k > j-5 && s.toks[k-1].kind == tkWord && shareHedges[s.toks[k-1].low] {
		k--
	}
	return np{kind: npWords, start: k, end: j + 1, region: k}
}

// isCount reports whether a word is a small number, in figures or words.
func isCount(t token) bool {
	return t.kind == tkWord && (isNumber(t.text) || countWords[t.low])
}

// countWords are numbers written as words in a share: "one in five".
var countWords = wordSet("one", "two", "three", "four", "five", "six", "seven",
	"eight", "nine", "ten", "twenty", "hundred")

// shareHedges may stand before a share: "about four in 10", "more than
// half", "nearly one in three", "only two in 10".
var shareHedges = wordSet("about", "around", "roughly", "nearly", "almost",
	"only", "just", "some", "more", "fewer", "less", "than", "over", "under")

// isShareWords reports whether the words of a subject end in a share,
// "six in 10" (shareBackward), which is named whole.
func isShareWords(words []string) bool {
	n := len(words)
	return n >= 3 && isCountWord(words[n-1]) && strings.EqualFold(words[n-2], "in") && isCountWord(words[n-3])
}

// isCountWord is isCount of a word as written.
func isCountWord(w string) bool { return isNumber(w) || inLower(countWords, w) }
