package parse

import "testing"

func TestDropKicker(t *testing.T) {
	titles := []sourced{{value: "Erinnerung an die Opfer der NS-Verbrechen", from: "og:title"}}
	tests := []struct{ in, want string }{
		{"Holocaust-Gedenktag Erinnerung an die Opfer der NS-Verbrechen", "Erinnerung an die Opfer der NS-Verbrechen"},
		{"Erinnerung an die Opfer der NS-Verbrechen", "Erinnerung an die Opfer der NS-Verbrechen"},
		{"A long series of words before Erinnerung an die Opfer der NS-Verbrechen", "A long series of words before Erinnerung an die Opfer der NS-Verbrechen"},
		{"Chronik: Ein ganz anderer Titel hier", "Chronik: Ein ganz anderer Titel hier"},
	}
	for _, tt := range tests {
		if got := dropKicker(tt.in, titles); got != tt.want {
			t.Errorf("dropKicker(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
