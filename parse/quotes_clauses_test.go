package parse

import (
	"strings"
	"testing"
)

// TestQuoteClauses covers where reported words end and which subjects
// speak: later verbs that are no attribution, contrast clauses, leading
// subordinate clauses, verbs that need a clause, shares of a poll,
// titles between a quotation and its verb and interrupted sentences.
func TestQuoteClauses(t *testing.T) {
	tests := []quoteCase{
		{"a later verb with a prepositional object is no attribution",
			[]string{`Dana Whit said she asked for a recount because the margin was thin.`},
			[]string{"Dana Whit|i|she asked for a recount because the margin was thin"}},
		{"a later trailing verb with no colon or quotation is no attribution",
			[]string{`Lee Ford said the mayor continued to lose ground in the suburbs.`},
			[]string{"Lee Ford|i|the mayor continued to lose ground in the suburbs"}},
		{"a verb with a listener and that stays an attribution",
			[]string{`Tom Ash said the vote was fair and replied to critics that the count was public.`},
			[]string{"Tom Ash|i|the vote was fair", "Tom Ash|i|the count was public"}},
		{"a later said with a time adjunct is a second attribution",
			[]string{`The council has said the levy funds the new depot, but the mayor said on Sunday she was open to a delay.`},
			[]string{"council|i|the levy funds the new depot", "mayor|i|she was open to a delay"}},
		{"a promise after reported words is its own attribution",
			[]string{`Ana Ruiz said the plant was closing and vowed to find new jobs for its workers.`},
			[]string{"Ana Ruiz|i|the plant was closing", "Ana Ruiz|i|to find new jobs for its workers"}},
		{"a contrast clause after a comma is a second attribution",
			[]string{`Some 40 percent said the tax was too high, while 55 percent said it was fair.`},
			[]string{"Some 40 percent|i|the tax was too high", "55 percent|i|it was fair"}},
		{"a leading subordinate clause ends its reported words at its comma",
			[]string{`While Pat Orr said that the budget was balanced, the auditors found a gap.`},
			[]string{"Pat Orr|i|the budget was balanced"}},
		{"as-clauses keep the quotation after the comma",
			[]string{`As Pat Orr said on Monday, "The budget is balanced."`},
			[]string{"Pat Orr|d|The budget is balanced."}},
		{"a clause verb before a noun phrase reports nothing",
			[]string{`The mill reported earnings of $3 a share. Governor Hale maintains a wide lead in the north.`},
			nil},
		{"a clause verb before that reports",
			[]string{`The mill reported that orders had fallen. Jo Hale maintained she had done nothing wrong.`},
			[]string{"mill|i|orders had fallen", "Jo Hale|i|she had done nothing wrong"}},
		{"a share of a poll speaks",
			[]string{`About four in 10 say the country is on the wrong track.`, `Nearly one in five said they had not decided.`},
			[]string{"About four in 10|i|the country is on the wrong track", "Nearly one in five|i|they had not decided"}},
		{"the words between a quotation and its verb are the speaker's title",
			[]string{`"We have to wait," county party treasurer Rosa Lind told reporters.`},
			[]string{"Rosa Lind|d|We have to wait"}},
		{"an interrupted sentence resumes after an inverted apposition",
			[]string{`Any honest count, said Abel Moss, a statistician at the bureau, would show a decline.`},
			[]string{"Abel Moss|i|Any honest count would show a decline"}},
	}
	runQuoteCases(t, tests)
}

// TestShareSubject checks that a share is read and named whole, and that
// a count alone or a place with "in" is no share.
func TestShareSubject(t *testing.T) {
	for words, want := range map[string]bool{
		"Six in 10":         true,
		"about one in five": true,
		"voters in Ohio":    false,
		"in 10":             false,
		"Six":               false,
	} {
		if got := isShareWords(strings.Fields(words)); got != want {
			t.Errorf("isShareWords(%q) = %v, want %v", words, got, want)
		}
	}
	if name, _, kind := splitSpeaker("More than six in 10"); name != "More than six in 10" || kind != entGroup {
		t.Errorf("splitSpeaker(More than six in 10) = %q, %v; want the share whole, a group", name, kind)
	}
}
