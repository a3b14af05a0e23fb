package eval

import (
	"fmt"
	"strings"
)

// Field names, as reported and as used in floors files.
const (
	FieldHeadline      = "headline"
	FieldDatelineText  = "dateline_text"
	FieldDatelinePlace = "dateline_place"
	FieldDatelineDate  = "dateline_date"
	FieldAgency        = "agency"
	FieldPublished     = "published"
	FieldReporters     = "reporters"
	FieldContributors  = "contributors"
	FieldEditors       = "editors"
	FieldQuotes        = "quotes"  // speech quotes: P/R/F1
	FieldDirect        = "direct"  // direct quotes: P/R/F1
	FieldSpeaker       = "speaker" // speaker accuracy
)

// Fields lists every reported field in report order.
var Fields = []string{
	FieldHeadline, FieldDatelineText, FieldDatelinePlace, FieldDatelineDate,
	FieldAgency, FieldPublished, FieldReporters, FieldContributors,
	FieldEditors, FieldQuotes, FieldDirect, FieldSpeaker,
}

// scalar is how one scalar field is read from a Prediction and compared.
type scalar struct {
	name  string
	get   func(*Prediction) string
	match func(pred, truth string) bool
}

// scalars are the scalar fields, in report order.
var scalars = []scalar{
	{FieldHeadline, func(p *Prediction) string { return p.Headline }, TextMatch},
	{FieldDatelineText, func(p *Prediction) string { return p.DatelineText }, TextMatch},
	{FieldDatelinePlace, func(p *Prediction) string { return p.DatelinePlace }, PlaceMatch},
	{FieldDatelineDate, func(p *Prediction) string { return p.DatelineDate }, DatelineDateMatch},
	{FieldAgency, func(p *Prediction) string { return p.Agency }, AgencyMatch},
	{FieldPublished, func(p *Prediction) string { return p.Published }, PublishedMatch},
}

// nameFields are the name-list fields and how to read them from a Prediction.
var nameFields = []struct {
	name string
	get  func(*Prediction) []string
}{
	{FieldReporters, func(p *Prediction) []string { return p.Reporters }},
	{FieldContributors, func(p *Prediction) []string { return p.Contributors }},
	{FieldEditors, func(p *Prediction) []string { return p.Editors }},
}

func isScalarField(name string) bool {
	for _, s := range scalars {
		if s.name == name {
			return true
		}
	}
	return false
}

func isNameField(name string) bool {
	for _, f := range nameFields {
		if f.name == name {
			return true
		}
	}
	return false
}

// IsPRF reports whether a field is scored by precision, recall and F1
// rather than accuracy.
func IsPRF(field string) bool {
	return isNameField(field) || field == FieldQuotes || field == FieldDirect
}

// Metric holds the pooled counts of one field over the cases scored.
// Accuracy is Correct/Total; precision PredHit/Pred; recall TruthHit/Truth.
type Metric struct {
	Field string
	// N counts the cases whose truth has the field's key.
	N               int
	Correct, Total  int
	PredHit, Pred   int
	TruthHit, Truth int
}

// Add pools m2's counts into m.
func (m *Metric) Add(m2 Metric) {
	m.N += m2.N
	m.Correct += m2.Correct
	m.Total += m2.Total
	m.PredHit += m2.PredHit
	m.Pred += m2.Pred
	m.TruthHit += m2.TruthHit
	m.Truth += m2.Truth
}

// ratio is a/b, with 0/0 = 1 (nothing to get wrong).
func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// Acc is the accuracy.
func (m Metric) Acc() float64 { return ratio(m.Correct, m.Total) }

// P is the precision.
func (m Metric) P() float64 { return ratio(m.PredHit, m.Pred) }

// R is the recall.
func (m Metric) R() float64 { return ratio(m.TruthHit, m.Truth) }

// F1 is the harmonic mean of P and R (0 when both are 0).
func (m Metric) F1() float64 {
	p, r := m.P(), m.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Value returns the named metric: "acc", "p", "r" or "f1" (any case).
func (m Metric) Value(metric string) (float64, error) {
	switch strings.ToLower(metric) {
	case "acc":
		return m.Acc(), nil
	case "p":
		return m.P(), nil
	case "r":
		return m.R(), nil
	case "f1":
		return m.F1(), nil
	}
	return 0, fmt.Errorf("unknown metric %q (want acc, p, r or f1)", metric)
}

// Denominator returns the count the named metric divides by (for F1,
// predictions plus truths); a metric over nothing cannot meet a floor.
func (m Metric) Denominator(metric string) int {
	switch strings.ToLower(metric) {
	case "acc":
		return m.Total
	case "p":
		return m.Pred
	case "r":
		return m.Truth
	}
	return m.Pred + m.Truth
}

// fmtRatio formats v, or "-" when its denominator is 0.
func fmtRatio(v float64, den int) string {
	if den == 0 {
		return "     -"
	}
	return fmt.Sprintf("%.4f", v)
}

// String formats the metric as in the report table.
func (m Metric) String() string {
	if IsPRF(m.Field) {
		return fmt.Sprintf("P %s  R %s  F1 %s  (%d/%d pred, %d/%d truth)",
			fmtRatio(m.P(), m.Pred), fmtRatio(m.R(), m.Truth), fmtRatio(m.F1(), m.Pred+m.Truth),
			m.PredHit, m.Pred, m.TruthHit, m.Truth)
	}
	return fmt.Sprintf("acc %s  (%d/%d)", fmtRatio(m.Acc(), m.Total), m.Correct, m.Total)
}
