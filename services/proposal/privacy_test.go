package proposal

import (
	"errors"
	"strings"
	"testing"
)

func TestCheckPublishable(t *testing.T) {
	for _, tc := range []struct {
		text, found string // found "" when the text is publishable
	}{
		{"Shade canopies at every bus stop on Sejong-daero by 2027.", ""},
		{"Budget: 1,500,000,000 won for 40 stops, route 370 and 2024-2026 data.", ""},
		{"세종대로 버스정류장에 그늘막을 설치해 주세요.", ""},
		{"My number is 900101-1234567.", "resident registration number"},
		{"주민번호 9001011234567", "resident registration number"},
		{"Call 010-1234-5678.", "mobile phone number"},
		{"Call 01012345678.", "mobile phone number"},
		{"Office: 02-120-1234", "a phone number"},
		{"Write to kim.minji@example.com", "e-mail address"},
		{"Send it to 110-123-456789", "bank account"},
		{"Card 1234 5678 9012 3456", "bank account or card"},
		{"Passport M12345678", "passport"},
	} {
		err := CheckPublishable("text", tc.text)
		if tc.found == "" {
			if err != nil {
				t.Errorf("%q refused: %v", tc.text, err)
			}
			continue
		}
		if !errors.Is(err, ErrPersonalData) || !strings.Contains(err.Error(), tc.found) || !strings.Contains(err.Error(), "--hash-only") {
			t.Errorf("%q: %v, want %s named with the way out", tc.text, err, tc.found)
		}
	}
}

func TestParsePeriod(t *testing.T) {
	for in, want := range map[string]uint32{"30d": 30 * 86400, "90s": 90, "2h": 7200, "1h30m": 5400} {
		if got, err := parsePeriod(in); err != nil || got != want {
			t.Errorf("parsePeriod(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "0s", "30x", "-1d", "500ms", "d"} {
		if _, err := parsePeriod(in); err == nil {
			t.Errorf("parsePeriod(%q) accepted", in)
		}
	}
}
