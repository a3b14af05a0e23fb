package parse

import "testing"

func TestTimeStamps(t *testing.T) {
	for s, want := range map[string][2]bool{ // isTimeStamp, isPageStamp
		"Published On 5 Feb 2024":             {true, false},
		"Issued on: 05/02/2024 - 14:12":       {true, false},
		"Tue Feb 6, 2024 10:12 AM":            {true, false},
		"Updated 3 hours ago":                 {true, true},
		"5 mins ago":                          {true, true},
		"2024-04-16 10:02:15\u3000来源：新华网":     {true, true},
		"January 1986.":                       {true, false}, // a wrapped paragraph's last line is no page stamp
		"Published by the ministry on Monday": {false, false},
		"3/15/87":                             {false, false},
	} {
		if got := [2]bool{isTimeStamp(s), isPageStamp(s)}; got != want {
			t.Errorf("%q: isTimeStamp, isPageStamp = %v, want %v", s, got, want)
		}
	}
}
