package parse

// widenToQuote widens a subject that follows a quotation and its comma
// to every word between them, when the noun phrase reader stopped at a
// word in lower case that it does not know as part of a title:
// `"We have to wait," county planning board chair Omar Velde told reporters`,
// `"It is over," state party chairwoman Jane Roe said`. Between a
// quotation and its attribution, only the speaker stands. At most
// maxTitleGap words are taken, none of them a function word.
func widenToQuote(s *sentence, n np) np {
	if !n.ok() || n.relative {
		return n
	}
	k := n.start
	joins := 0
	for k-1 >= s.lo && n.start-k < maxTitleGap+joins && (titleGapWord(s.toks[k-1]) || titleJoins[s.toks[k-1].low]) {
		if titleJoins[s.toks[k-1].low] {
			joins += 2
		}
		k--
	}
	if k == n.start || k-1 < s.lo || prepositions[s.toks[k].low] || isPronoun(s.toks[n.end-1].low) {
		return n // not "at the rally he"
	}
	p := k - 1
	if s.toks[p].is(",") && p-1 >= s.lo {
		p--
	}
	if s.toks[p].kind != tkQuote {
		return n
	}
	n.start, n.region = k, min(n.region, k)
	return n
}

// maxTitleGap is how many words widenToQuote adds to a subject at most,
// two more for each word of titleJoins.
const maxTitleGap = 4

// titleJoins join a name or a title to the body it belongs to, between a
// quotation and its verb: `"It will pass," Ida Moss of the farm bureau
// said`, `"It will not," a lecturer at the state university said`.
var titleJoins = wordSet("of", "at", "for", "the", "a", "an")

// titleGapWord reports whether a word may belong to a speaker's title:
// not a function word, a verb of speech or a pronoun.
func titleGapWord(t token) bool {
	if t.kind != tkWord {
		return false
	}
	w := t.low
	if prepositions[w] || complementizers[w] || coordinators[w] || leadWords[w] || auxWords[w] ||
		passiveAux[w] || isPronoun(w) || relativeWords[w] {
		return false
	}
	_, verb := reportingVerbs[w]
	return !verb
}
