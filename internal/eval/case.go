package eval

import (
	"fmt"
	"strings"
)

// Fail is one failure of one case on one field, for -fails reports.
type Fail struct {
	Case, Field string
	// What says how it failed: "wrong", "missed", "extra".
	What string
	// Got and Want are the predicted and true values, quoted and shortened.
	Got, Want string
}

// String formats a failure as one line.
func (f Fail) String() string {
	return fmt.Sprintf("%s\t%s\t%s\tgot %s\twant %s", f.Case, f.Field, f.What, f.Got, f.Want)
}

// CaseResult is the score of one case: the counts of every field its truth
// has, and its failures.
type CaseResult struct {
	Case    string
	Metrics map[string]Metric
	Fails   []Fail
}

// show quotes s for a failure line, shortened to n runes; "null" if empty.
func show(s string, n int) string {
	if s == "" {
		return "null"
	}
	if r := []rune(s); len(r) > n {
		s = string(r[:n-1]) + "…"
	}
	return fmt.Sprintf("%q", s)
}

// showList formats a name list for a failure line.
func showList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = show(n, 40)
	}
	return "[" + strings.Join(q, ", ") + "]"
}

// ScoreCase scores one case's prediction against its truth. A nil
// prediction (the parser failed) is scored as an empty one.
func ScoreCase(name string, t *Truth, p *Prediction) CaseResult {
	if p == nil {
		p = &Prediction{}
	}
	r := CaseResult{Case: name, Metrics: map[string]Metric{}}
	for _, s := range scalars {
		if tv, ok := t.Scalars[s.name]; ok {
			r.scoreScalar(s, p, tv)
		}
	}
	for _, f := range nameFields {
		if tv, ok := t.Names[f.name]; ok {
			r.scoreNames(f.name, f.get(p), tv)
		}
	}
	if t.HasQuotes {
		r.scoreQuotes(p.Quotes, t.Quotes)
	}
	return r
}

// scoreScalar scores one scalar field. A null truth wants no prediction;
// otherwise a missing prediction is wrong.
func (r *CaseResult) scoreScalar(s scalar, p *Prediction, tv *string) {
	got := s.get(p)
	var ok bool
	want := ""
	if tv == nil || *tv == "" {
		ok = got == ""
	} else {
		want = *tv
		ok = got != "" && s.match(got, want)
	}
	m := Metric{Field: s.name, N: 1, Total: 1}
	if ok {
		m.Correct = 1
	} else {
		r.Fails = append(r.Fails, Fail{r.Case, s.name, "wrong", show(got, 100), show(want, 100)})
	}
	r.Metrics[s.name] = m
}

// scoreNames scores a name list by one-to-one matching.
func (r *CaseResult) scoreNames(field string, pred, truth []string) {
	matched := 0
	for _, j := range MatchNames(pred, truth) {
		if j >= 0 {
			matched++
		}
	}
	r.Metrics[field] = Metric{Field: field, N: 1,
		PredHit: matched, Pred: len(pred), TruthHit: matched, Truth: len(truth)}
	if matched < len(pred) || matched < len(truth) {
		r.Fails = append(r.Fails, Fail{r.Case, field, "wrong", showList(pred), showList(truth)})
	}
}

// quoteCtx holds one case's quote matching, shared by the quote metrics.
type quoteCtx struct {
	pred      []PredQuote
	truth     []TruthQuote
	match     []int  // prediction → attribution or -1
	matchedBy []int  // attribution → prediction or -1
	speech    []bool // attribution has a speech cue
}

// scoreQuotes scores the quotes, direct and speaker fields.
func (r *CaseResult) scoreQuotes(pred []PredQuote, truth []TruthQuote) {
	c := quoteCtx{pred: pred, truth: truth, match: MatchQuotes(pred, truth),
		matchedBy: make([]int, len(truth)), speech: make([]bool, len(truth))}
	for j := range truth {
		c.matchedBy[j] = -1
		c.speech[j] = IsSpeechCue(truth[j].Cue)
	}
	for i, j := range c.match {
		if j >= 0 {
			c.matchedBy[j] = i
		}
	}
	r.scoreSpeech(&c)
	r.scoreDirect(&c)
	r.scoreSpeakers(&c)
}

// showTruth describes an attribution for a failure line.
func showTruth(t TruthQuote) string {
	return fmt.Sprintf("%s (%s; %s; %s)", show(t.Text, 80), show(t.Speaker, 30),
		show(t.Cue, 20), show(t.Kind, 10))
}

// showPred describes a predicted quote for a failure line.
func showPred(p PredQuote) string {
	return fmt.Sprintf("%s (%s; %s)", show(p.Text, 80), show(p.Speaker, 30), show(p.Kind, 10))
}

// scoreSpeech scores speech quotes: precision over every prediction, recall
// over speech attributions.
func (r *CaseResult) scoreSpeech(c *quoteCtx) {
	m := Metric{Field: FieldQuotes, N: 1, Pred: len(c.pred)}
	for i, j := range c.match {
		if j >= 0 {
			m.PredHit++
		} else {
			r.Fails = append(r.Fails, Fail{r.Case, FieldQuotes, "extra", showPred(c.pred[i]), "-"})
		}
	}
	for j, t := range c.truth {
		if !c.speech[j] {
			continue
		}
		m.Truth++
		if c.matchedBy[j] >= 0 {
			m.TruthHit++
			continue
		}
		got := fmt.Sprintf("nearest F1 %.2f", bestF1(t.Text, c.pred))
		r.Fails = append(r.Fails, Fail{r.Case, FieldQuotes, "missed", got, showTruth(t)})
	}
	r.Metrics[FieldQuotes] = m
}

// scoreDirect scores direct quotes: a predicted direct quote is right when
// matched to an attribution not annotated indirect; recall is over speech
// attributions annotated direct, matched by a predicted direct quote.
func (r *CaseResult) scoreDirect(c *quoteCtx) {
	m := Metric{Field: FieldDirect, N: 1}
	for i, p := range c.pred {
		if !strings.EqualFold(p.Kind, "direct") {
			continue
		}
		m.Pred++
		j := c.match[i]
		switch {
		case j < 0:
			r.Fails = append(r.Fails, Fail{r.Case, FieldDirect, "extra", showPred(p), "-"})
		case strings.EqualFold(c.truth[j].Kind, "indirect"):
			r.Fails = append(r.Fails, Fail{r.Case, FieldDirect, "indirect", showPred(p), showTruth(c.truth[j])})
		default:
			m.PredHit++
		}
	}
	for j, t := range c.truth {
		if !c.speech[j] || !strings.EqualFold(t.Kind, "direct") {
			continue
		}
		m.Truth++
		i := c.matchedBy[j]
		switch {
		case i >= 0 && strings.EqualFold(c.pred[i].Kind, "direct"):
			m.TruthHit++
		case i >= 0:
			r.Fails = append(r.Fails, Fail{r.Case, FieldDirect, "not-direct", showPred(c.pred[i]), showTruth(t)})
		default:
			r.Fails = append(r.Fails, Fail{r.Case, FieldDirect, "missed", "-", showTruth(t)})
		}
	}
	r.Metrics[FieldDirect] = m
}

// scoreSpeakers scores speaker accuracy over matched speech attributions
// whose annotated speaker is not a pronoun.
func (r *CaseResult) scoreSpeakers(c *quoteCtx) {
	m := Metric{Field: FieldSpeaker, N: 1}
	for j, t := range c.truth {
		i := c.matchedBy[j]
		if !c.speech[j] || i < 0 || IsPronoun(t.Speaker) {
			continue
		}
		m.Total++
		if SpeakerMatch(c.pred[i].Speaker, t.Speaker) {
			m.Correct++
			continue
		}
		r.Fails = append(r.Fails, Fail{r.Case, FieldSpeaker, "wrong",
			show(c.pred[i].Speaker, 40), fmt.Sprintf("%s on %s", show(t.Speaker, 40), show(t.Text, 60))})
	}
	r.Metrics[FieldSpeaker] = m
}
