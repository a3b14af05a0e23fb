package eval

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"
)

// TruthQuote is one annotated attribution of a truth file. Kind is "direct",
// "indirect" or "" (mixed); Speaker may be a pronoun or empty.
type TruthQuote struct {
	Speaker string `json:"speaker"`
	Text    string `json:"text"`
	Cue     string `json:"cue"`
	Kind    string `json:"kind"`
}

// Truth is what a case-NNNN.truth.json file knows. A field is scored only
// when its key is present.
type Truth struct {
	// Scalars holds the scalar keys present (headline, dateline_text,
	// dateline_place, dateline_date, agency, published); a nil value is a
	// JSON null: the source knows there is none.
	Scalars map[string]*string
	// Names holds the name-list keys present (reporters, contributors,
	// editors); null decodes as an empty list.
	Names map[string][]string
	// Quotes holds the annotated attributions; HasQuotes says the key is present.
	Quotes    []TruthQuote
	HasQuotes bool
}

// ParseTruth decodes a truth file. Unknown keys are ignored.
func ParseTruth(data []byte) (*Truth, error) {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, err
	}
	t := &Truth{Scalars: map[string]*string{}, Names: map[string][]string{}}
	for key, msg := range raw {
		var err error
		switch {
		case isScalarField(key):
			var v *string
			err = json.Unmarshal(msg, &v)
			t.Scalars[key] = v
		case isNameField(key):
			var v []string
			err = json.Unmarshal(msg, &v)
			t.Names[key] = v
		case key == FieldQuotes:
			err = json.Unmarshal(msg, &t.Quotes)
			t.HasQuotes = true
		}
		if err != nil {
			return nil, fmt.Errorf("key %q: %w", key, err)
		}
	}
	return t, nil
}

// PredQuote is one quote as the parser gave it.
type PredQuote struct {
	Speaker, Text, Kind string
}

// Prediction is what the parser found in one case, reduced to the scored
// fields. An empty string is a missing (null) value.
type Prediction struct {
	Headline                                  string
	DatelineText, DatelinePlace, DatelineDate string
	Agency, Published                         string
	Reporters, Contributors, Editors          []string
	Quotes                                    []PredQuote
}

// ManifestEntry is one row of a source's MANIFEST.tsv.
type ManifestEntry struct {
	Case, Origin string
	// Extra is the row's extra JSON, decoded (nil if empty or invalid).
	Extra map[string]any
	// ReferenceDate is extra.reference_date, zero when absent.
	ReferenceDate time.Time
}

// ParseManifest reads MANIFEST.tsv (tab-separated, CSV quoting, a header
// row of case, origin, extra) into entries keyed by case name.
func ParseManifest(r io.Reader) (map[string]ManifestEntry, error) {
	cr := csv.NewReader(r)
	cr.Comma = '\t'
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	rows, err := cr.ReadAll()
	if err != nil {
		return nil, err
	}
	out := make(map[string]ManifestEntry, len(rows))
	for n, row := range rows {
		if len(row) == 0 || (n == 0 && row[0] == "case") {
			continue
		}
		e := ManifestEntry{Case: strings.TrimSpace(row[0])}
		if len(row) > 1 {
			e.Origin = row[1]
		}
		if len(row) > 2 && json.Unmarshal([]byte(row[2]), &e.Extra) == nil {
			if s, ok := e.Extra["reference_date"].(string); ok {
				e.ReferenceDate, _ = time.Parse("2006-01-02", s)
			}
		}
		out[e.Case] = e
	}
	return out, nil
}
