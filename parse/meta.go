package parse

import (
	"strings"
	"time"
)

// applyMeta fills, for HTML pages, what the page declares: the headline
// when the text gave none, the published time, and the authors when the
// story text names no reporter.
func applyMeta(st *state) {
	m := &st.doc.meta
	if st.art.Headline == "" && len(m.headlines) > 0 {
		st.art.Headline = m.headlines[0]
		st.body = dropCopies(st.body, st.art.Headline, 3)
	}
	if st.art.Published == "" && m.published != "" {
		st.art.Published = m.published
	}
	if len(st.art.Reporters) == 0 {
		st.art.Reporters = addNames(st.art.Reporters, m.authors...)
	}
	st.art.Editors = addNames(st.art.Editors, m.editors...)
}

// publishedLayouts are the timestamp forms pages use, tried in order.
var publishedLayouts = []string{
	time.RFC3339, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05", "2006-01-02T15:04Z07:00",
	"2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02",
	time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700",
}

// parsePublished reads a page timestamp and returns it as RFC 3339 (with
// the zone when the page states one), or "" when it is not a timestamp.
func parsePublished(s string) (string, time.Time) {
	s = strings.TrimSpace(s)
	for _, layout := range publishedLayouts {
		t, err := time.Parse(layout, s)
		if err != nil {
			continue
		}
		if strings.ContainsAny(layout, "Z-") && strings.Contains(layout, "07") {
			return t.Format(time.RFC3339), t
		}
		if layout == "2006-01-02" {
			return t.Format("2006-01-02"), t
		}
		return t.Format("2006-01-02T15:04:05"), t
	}
	return "", time.Time{}
}
