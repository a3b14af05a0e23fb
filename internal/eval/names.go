package eval

import "strings"

// nameWords splits a normalised name into words.
func nameWords(s string) []string {
	return strings.Fields(Normalize(s))
}

// containsWord reports whether w is one of words.
func containsWord(words []string, w string) bool {
	for _, x := range words {
		if x == w {
			return true
		}
	}
	return false
}

// NameMatch reports whether two person names match: equal after Normalize,
// or with the same number of words where the last word of one occurs (as a
// word) in the other ("J. Smith" ~ "John Smith", "Smith John" ~ "John Smith").
func NameMatch(a, b string) bool {
	wa, wb := nameWords(a), nameWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	if strings.Join(wa, " ") == strings.Join(wb, " ") {
		return true
	}
	if len(wa) != len(wb) {
		return false
	}
	return containsWord(wb, wa[len(wa)-1]) || containsWord(wa, wb[len(wb)-1])
}

// MatchNames matches predicted names to true names one-to-one with
// NameMatch, maximising the number of pairs (exact matches are paired
// first, and the search starts from them). It returns, for each prediction,
// the index of its truth or -1.
func MatchNames(pred, truth []string) []int {
	ok := func(i, j int) bool { return NameMatch(pred[i], truth[j]) }
	exact := func(i, j int) bool { return Normalize(pred[i]) == Normalize(truth[j]) }
	return maxMatching(len(pred), len(truth), exact, ok)
}

// maxMatching finds a maximum bipartite matching between n left and m right
// items where edge(i, j) says they may pair. Edges for which first(i, j)
// holds are seeded before the search (augmenting paths may still re-pair
// them when that gives more pairs).
// It returns, for each left item, its right partner or -1.
func maxMatching(n, m int, first, edge func(i, j int) bool) []int {
	left := make([]int, n)
	right := make([]int, m)
	for i := range left {
		left[i] = -1
	}
	for j := range right {
		right[j] = -1
	}
	for i := 0; i < n; i++ { // seed preferred pairs greedily
		for j := 0; j < m; j++ {
			if right[j] < 0 && first(i, j) {
				left[i], right[j] = j, i
				break
			}
		}
	}
	var augment func(i int, seen []bool) bool
	augment = func(i int, seen []bool) bool {
		for j := 0; j < m; j++ {
			if seen[j] || !edge(i, j) {
				continue
			}
			seen[j] = true
			if right[j] < 0 || augment(right[j], seen) {
				left[i], right[j] = j, i
				return true
			}
		}
		return false
	}
	for i := 0; i < n; i++ {
		if left[i] < 0 {
			augment(i, make([]bool, m))
		}
	}
	return left
}
