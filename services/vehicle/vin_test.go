package vehicle

import (
	"errors"
	"strings"
	"testing"
)

func TestNormalizeVIN(t *testing.T) {
	for _, tc := range []struct {
		name, in, want, err string
	}{
		{"Korean (Hyundai Ioniq 5), no check digit", "KMHKN81AFNU123456", "KMHKN81AFNU123456", ""},
		{"lower case and spaces are normalized", "  kmhkn81afnu123456 ", "KMHKN81AFNU123456", ""},
		{"North American, right check digit", "1M8GDM9AXKP042788", "1M8GDM9AXKP042788", ""},
		{"North American, check digit 9", "1HGCM82633A004352", "1HGCM82633A004352", ""},
		{"North American, wrong check digit", "1M8GDM9A1KP042788", "", "check digit 1 in position 9; its characters give X"},
		{"German, position 9 is the maker's", "WVWZZZ1JZXW000001", "WVWZZZ1JZXW000001", ""},
		{"16 characters", "KMHKN81AFNU12345", "", "16 characters, a VIN has 17"},
		{"18 characters", "KMHKN81AFNU1234567", "", "18 characters"},
		{"empty", "", "", "0 characters"},
		{"letter I", "KMHKN81AFNI123456", "", "character 11 is 'I', never used"},
		{"letter O", "KMHKN81AFNO123456", "", "'O', never used"},
		{"letter Q", "QMHKN81AFNU123456", "", "character 1 is 'Q'"},
		{"a dash", "KMHKN81AF-U123456", "", "character 10 is '-'; a VIN has only digits"},
		{"Hangul", "KMHKN81AFNU12345가", "", "characters"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := NormalizeVIN(tc.in)
			if tc.err == "" {
				if err != nil || got != tc.want {
					t.Fatalf("NormalizeVIN(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
				}
				return
			}
			if !errors.Is(err, ErrMalformedVIN) || !strings.Contains(err.Error(), tc.err) {
				t.Fatalf("NormalizeVIN(%q) error %v; want ErrMalformedVIN with %q", tc.in, err, tc.err)
			}
		})
	}
}

func TestCheckDigitX(t *testing.T) {
	if d := CheckDigit("1M8GDM9AXKP042788"); d != 'X' {
		t.Fatalf("check digit %c, want X", d)
	}
}
