package parse

import (
	_ "embed"
	"strings"
)

// placesText is the gazetteer: world capitals, major cities and the
// cities wires date from, then the regions that may follow them.
//
//go:embed data/places.txt
var placesText string

// placeKind says how a gazetteer name may stand in a dateline.
type placeKind uint8

const (
	placeCity   placeKind = iota + 1 // may open a dateline alone: "New Delhi: "
	placeRegion                      // only after a city and a comma: "Lahore, Pakistan: "
)

// gazetteer maps folded place names (see foldPlace) to their kind. It is
// filled once, at package initialisation, and only read afterwards.
var gazetteer = loadPlaces(placesText)

// loadPlaces reads the gazetteer's text: one name a line, "#" comments,
// and "[cities]" / "[regions]" section headers. A name listed as both is a
// city.
func loadPlaces(text string) map[string]placeKind {
	m := make(map[string]placeKind, 2048)
	kind := placeCity
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		case line == "[cities]":
			kind = placeCity
			continue
		case line == "[regions]":
			kind = placeRegion
			continue
		}
		k := foldPlace(line)
		if m[k] != placeCity {
			m[k] = kind
		}
	}
	return m
}

// foldPlace folds a place name for lookup: lower case, with a typographic
// apostrophe made straight ("St. John’s" → "st. john's").
func foldPlace(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	return strings.ReplaceAll(strings.ToLower(s), "’", "'")
}

// lookupPlace returns the gazetteer's kind for place s as written, in any
// case ("NEW DELHI", "New Delhi"), or 0 when it is not listed. Short ASCII
// names are folded on the stack, so a lookup allocates nothing.
func lookupPlace(s string) placeKind {
	if len(s) <= 40 && isASCII(s) {
		var buf [40]byte
		return gazetteer[string(lowerASCII(buf[:0], s))]
	}
	if len(s) > 80 {
		return 0
	}
	return gazetteer[foldPlace(s)]
}

// knownPlace reports whether place, as a dateline gives it, is a listed
// city, optionally followed by a listed region after a comma or a region
// in brackets: "Kathmandu", "Lahore, Pakistan", "Kathmandu [Nepal]".
func knownPlace(place string) bool {
	city, region, hasRegion := strings.Cut(place, ", ")
	if i := strings.Index(city, " ["); i > 0 && !hasRegion {
		city = city[:i]
	}
	if lookupPlace(city) != placeCity {
		return false
	}
	return !hasRegion || lookupPlace(region) == placeRegion
}
