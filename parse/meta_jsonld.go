package parse

import (
	"encoding/json"
	"html"
	"strings"
)

// jsonLDTrust ranks the schema.org types whose headline, author and date
// describe the page's story; higher is better. Other types are ignored.
var jsonLDTrust = map[string]int{
	"NewsArticle": 5, "ReportageNewsArticle": 5, "AnalysisNewsArticle": 5, "OpinionNewsArticle": 5,
	"BackgroundNewsArticle": 5, "ReviewNewsArticle": 5, "LiveBlogPosting": 4,
	"Article": 4, "BlogPosting": 4, "Report": 4, "ScholarlyArticle": 3, "TechArticle": 3,
	"SocialMediaPosting": 3, "DiscussionForumPosting": 2, "Recipe": 2, "Review": 2,
	"WebPage": 1, "ItemPage": 1,
}

// ldArticle is what one JSON-LD object says about the story.
type ldArticle struct {
	trust     int
	headline  string
	authors   []sourced // from "json-ld", or "json-ld-person" when typed Person
	published string
	publisher string
}

// ldInfo collects the articles and site names of a page's JSON-LD.
type ldInfo struct {
	articles []ldArticle
	sites    []string // WebSite and publisher names
	byID     map[string]map[string]any
}

// readJSONLD reads the page's JSON-LD blocks; objects inside @graph and
// lists count too, and "@id" references to persons are followed.
func readJSONLD(scripts []string) *ldInfo {
	info := &ldInfo{byID: map[string]map[string]any{}}
	var objs []map[string]any
	for _, s := range scripts {
		var v any
		if json.Unmarshal([]byte(strings.TrimSpace(s)), &v) != nil {
			continue
		}
		collectLD(v, 0, &objs, info.byID)
	}
	for _, o := range objs {
		info.read(o)
	}
	for i := 1; i < len(info.articles); i++ { // stable sort by trust, best first
		for j := i; j > 0 && info.articles[j].trust > info.articles[j-1].trust; j-- {
			info.articles[j], info.articles[j-1] = info.articles[j-1], info.articles[j]
		}
	}
	return info
}

// collectLD flattens lists and @graph into objs and indexes "@id"s.
func collectLD(v any, depth int, objs *[]map[string]any, byID map[string]map[string]any) {
	if depth > 6 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			collectLD(e, depth+1, objs, byID)
		}
	case map[string]any:
		if id, ok := x["@id"].(string); ok && len(x) > 1 {
			byID[id] = x
		}
		*objs = append(*objs, x)
		if g, ok := x["@graph"]; ok {
			collectLD(g, depth+1, objs, byID)
		}
		if m, ok := x["mainEntity"]; ok {
			collectLD(m, depth+1, objs, byID)
		}
	}
}

// read takes what one object says.
func (info *ldInfo) read(o map[string]any) {
	types := ldTypes(o["@type"])
	if !containsStr(types, "Person") && (containsStr(types, "WebSite") || containsStr(types, "Organization") || containsStr(types, "NewsMediaOrganization")) {
		if n := ldString(o["name"]); n != "" {
			info.sites = append(info.sites, n)
		}
	}
	trust := 0
	for _, t := range types {
		trust = max(trust, jsonLDTrust[t])
	}
	if trust == 0 {
		return
	}
	a := ldArticle{trust: trust, headline: ldString(o["headline"])}
	if a.headline == "" && trust > 1 {
		a.headline = ldString(o["name"])
	}
	a.published = ldString(o["datePublished"])
	if a.published == "" {
		a.published = ldString(o["dateCreated"])
	}
	a.authors = info.names(o["author"], 0)
	if len(a.authors) == 0 {
		a.authors = info.names(o["creator"], 0)
	}
	if p := info.resolve(o["publisher"]); p != nil && !containsStr(ldTypes(p["@type"]), "Person") {
		a.publisher = ldString(p["name"]) // a person who publishes a blog is no site name
	}
	if a.publisher != "" {
		info.sites = append(info.sites, a.publisher)
	}
	info.articles = append(info.articles, a)
}

// names reads author as a string, a Person (or a reference to one), or a
// list of them. Organizations are not authors.
func (info *ldInfo) names(v any, depth int) []sourced {
	if depth > 3 {
		return nil
	}
	switch x := v.(type) {
	case string:
		return []sourced{{html.UnescapeString(x), "json-ld", -1}}
	case map[string]any:
		o := info.resolve(x)
		types := ldTypes(o["@type"])
		person := containsStr(types, "Person")
		if !person && (containsStr(types, "Organization") || containsStr(types, "NewsMediaOrganization")) {
			return nil
		}
		from := "json-ld"
		if person {
			from = "json-ld-person"
		}
		if n := ldString(o["name"]); n != "" {
			if person {
				n = fullerName(n, ldString(o["description"])) // "Nils", "Nils Pickert ist freier Autor …"
			}
			return []sourced{{n, from, -1}}
		}
	case []any:
		var out []sourced
		for _, e := range x {
			out = append(out, info.names(e, depth+1)...)
		}
		return out
	}
	return nil
}

// resolve follows an {"@id": ...} reference to the object it names.
func (info *ldInfo) resolve(v any) map[string]any {
	o, ok := v.(map[string]any)
	if !ok {
		if l, isList := v.([]any); isList && len(l) > 0 {
			return info.resolve(l[0])
		}
		return nil
	}
	if id, ok := o["@id"].(string); ok && len(o) == 1 {
		if full := info.byID[id]; full != nil {
			return full
		}
	}
	return o
}

// ldTypes reads @type as a string or a list of strings.
func ldTypes(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{strings.TrimPrefix(x, "http://schema.org/")}
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, ldTypes(e)...)
		}
		return out
	}
	return nil
}

// ldString reads a string value (or the first of a list), unescaping the
// HTML entities some sites leave in it.
func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return cleanSpace(html.UnescapeString(x))
	case []any:
		if len(x) > 0 {
			return ldString(x[0])
		}
	}
	return ""
}

func containsStr(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
