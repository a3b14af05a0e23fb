package parse

import (
	"strings"
	"testing"
)

// TestAllCapsQuotes checks that a sentence in capitals only, as telex
// copy is written, is read like one in mixed case, and that a
// mixed-case sentence keeps its capitals.
func TestAllCapsQuotes(t *testing.T) {
	tests := []quoteCase{
		{"a cue and a participle in capitals",
			[]string{`THE PORT AUTHORITY SAID THE QUAY WOULD REOPEN IN MAY, ADDING THAT REPAIRS WOULD COST LESS THAN FEARED.`},
			[]string{"Port Authority|i|THE QUAY WOULD REOPEN IN MAY", "Port Authority|i|REPAIRS WOULD COST LESS THAN FEARED"}},
		{"an inverted name in capitals",
			[]string{`THE HARVEST WAS THE WORST IN A DECADE, SAID FARM UNION CHAIRMAN OLAF BERG.`},
			[]string{"Olaf Berg|i|THE HARVEST WAS THE WORST IN A DECADE"}},
		{"a mixed-case sentence is not folded",
			[]string{`Said Ida Moss had left, the hall emptied.`},
			nil},
	}
	runQuoteCases(t, tests)
}

// TestFoldCaps checks which sentences are folded and how their words read.
func TestFoldCaps(t *testing.T) {
	u := unit{text: `THE MAYOR SAID THE LEVY WAS FAIR. The mayor said NATO was fair. NATO SAID YES.`}
	toks := tokenize(&u)
	foldCaps(toks, sentences(toks))
	var got []string
	for _, tok := range toks {
		if tok.kind == tkWord && tok.isCap() {
			got = append(got, tok.text)
		}
	}
	// In the third sentence, too short to fold, every word stays capitalised.
	want := "MAYOR LEVY FAIR The NATO NATO SAID YES"
	if strings.Join(got, " ") != want {
		t.Errorf("capitalised words %q, want %q", strings.Join(got, " "), want)
	}
	for w, want := range map[string]int{"SAID": upperOnly, "said": hasLower, "McCain": hasLower, "2016": noLetter, "ÉCOLE": upperOnly, "école": hasLower} {
		if got := caseOf(w); got != want {
			t.Errorf("caseOf(%q) = %d, want %d", w, got, want)
		}
	}
}

// TestMaxMinorLen checks that capsOnly's quick length test covers every
// minor word of a title.
func TestMaxMinorLen(t *testing.T) {
	for w := range titleMinorWords {
		if len(w) > maxMinorLen {
			t.Errorf("minor word %q is longer than maxMinorLen %d", w, maxMinorLen)
		}
	}
}
