package parse

import "testing"

func TestKnownPlace(t *testing.T) {
	for in, want := range map[string]bool{
		"New Delhi":          true,
		"NEW DELHI":          true,
		"Kuala Lumpur":       true,
		"CHIANG RAI":         true, // Bangkok Post: "CHIANG RAI: Police seized ..."
		"Sao Paulo":          true,
		"São Paulo":          true,
		"SÃO PAULO":          true,
		"Kyiv":               true,
		"Kiev":               true,
		"St. John’s":         true, // a typographic apostrophe
		"Kathmandu [Nepal]":  true,
		"Lahore, Pakistan":   true,
		"Washington, D.C.":   true,
		"Brexit":             false,
		"Update":             false,
		"Ukraine":            false, // a country may only follow a city
		"Moscow, Beijing":    false, // a city is no region
		"Lahore, Tuesday":    false,
		"Jackson":            false, // left out: as often a person
		"":                   false,
		"New Delhi Police":   false,
		"Kathmandu Post":     false,
		"Kuala Lumpur, Mars": false,
	} {
		if got := knownPlace(in); got != want {
			t.Errorf("knownPlace(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestGazetteerSize guards the embedded list against being lost or cut.
func TestGazetteerSize(t *testing.T) {
	cities, regions := 0, 0
	for _, k := range gazetteer {
		if k == placeCity {
			cities++
		} else {
			regions++
		}
	}
	if cities < 1000 || regions < 200 {
		t.Errorf("gazetteer has %d cities and %d regions, want 1000+ and 200+", cities, regions)
	}
}

func TestLoadPlaces(t *testing.T) {
	m := loadPlaces("# comment\n[cities]\nRabat\nMonaco\n\n[regions]\nMorocco\nMonaco\n")
	want := map[string]placeKind{"rabat": placeCity, "monaco": placeCity, "morocco": placeRegion}
	if len(m) != len(want) {
		t.Fatalf("loadPlaces: %v, want %v", m, want)
	}
	for k, v := range want {
		if m[k] != v {
			t.Errorf("loadPlaces: %q is %d, want %d", k, m[k], v)
		}
	}
}

func BenchmarkLookupPlace(b *testing.B) {
	b.ReportAllocs()
	for range b.N {
		lookupPlace("Kuala Lumpur")
		lookupPlace("Brexit")
	}
}
