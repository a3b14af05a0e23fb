package parse

import (
	"strings"
	"testing"
)

// TestDeepHTML: a page nested deeper than the tree builder accepts is read
// as a flat token stream instead of failing.
func TestDeepHTML(t *testing.T) {
	page := "<html><head><title>Deep page</title><script>var x = 1;</script></head><body>" +
		strings.Repeat("<div>", 2000) +
		"<p>BEIJING, Feb. 24 (Xinhua) -- China said on Friday it would expand trade.</p><p>Officials gave details.</p>" +
		strings.Repeat("</div>", 2000) + "</body></html>"
	a, err := Parse("deep.html", []byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Headline != "Deep page" || a.Dateline == nil || a.Dateline.Agency != "Xinhua" {
		t.Errorf("headline %q, dateline %+v", a.Headline, a.Dateline)
	}
	want := []string{"China said on Friday it would expand trade.", "Officials gave details."}
	if strings.Join(a.Body, "|") != strings.Join(want, "|") {
		t.Errorf("body %q, want %q", a.Body, want)
	}
	if len(a.Warnings) == 0 {
		t.Error("no warning that the structure was lost")
	}
}
