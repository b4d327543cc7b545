package amount

import (
	"encoding/json"
	"errors"
	"math/big"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		decimals int32
		want     string
		err      error
	}{
		{"plain integer", "1250000", 0, "1250000", nil},
		{"grouped integer", "1,250,000", 0, "1250000", nil},
		{"surrounding space", " 42 ", 0, "42", nil},
		{"zero", "0", 0, "0", nil},
		{"ether fraction", "0.5", 18, "500000000000000000", nil},
		{"ether all places", "1.000000000000000001", 18, "1000000000000000001", nil},
		{"grouped with fraction", "1,000.25", 2, "100025", nil},
		{"trailing zeros beyond places are exact", "7.500", 1, "75", nil},
		{"too many places", "1.5", 0, "", ErrTooPrecise},
		{"too many places ether", "0.0000000000000000001", 18, "", ErrTooPrecise},
		{"negative", "-5", 0, "", ErrNegative},
		{"letters", "12a", 0, "", ErrNotNumber},
		{"exponent", "1e6", 0, "", ErrNotNumber},
		{"bad grouping", "12,34", 0, "", ErrNotNumber},
		{"leading comma", ",123", 0, "", ErrNotNumber},
		{"float syntax", ".5", 18, "", ErrNotNumber},
		{"plus sign", "+5", 0, "", ErrNotNumber},
		{"empty", "", 0, "", ErrEmpty},
		{"blank", "   ", 0, "", ErrEmpty},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(tt.in, tt.decimals)
			if tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Fatalf("Parse(%q) error = %v, want %v", tt.in, err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Parse(%q): %v", tt.in, err)
			}
			if got.String() != tt.want {
				t.Fatalf("Parse(%q) = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestFormat(t *testing.T) {
	tests := []struct {
		units    string
		decimals int32
		want     string
	}{
		{"0", 0, "0"},
		{"999", 0, "999"},
		{"1000", 0, "1,000"},
		{"1250000", 0, "1,250,000"},
		{"1250000500000000000000000", 18, "1,250,000.5"},
		{"1", 18, "0.000000000000000001"},
		{"-1234", 0, "-1,234"},
	}
	for _, tt := range tests {
		u, _ := new(big.Int).SetString(tt.units, 10)
		if got := Format(u, tt.decimals); got != tt.want {
			t.Errorf("Format(%s, %d) = %q, want %q", tt.units, tt.decimals, got, tt.want)
		}
	}
}

func TestParseFormatRoundTrip(t *testing.T) {
	for _, s := range []string{"0", "1", "1,000", "123,456,789.123456789", "0.000000000000000001"} {
		u, err := Parse(s, 18)
		if err != nil {
			t.Fatalf("Parse(%q): %v", s, err)
		}
		if got := Format(u, 18); got != s {
			t.Errorf("Format(Parse(%q)) = %q", s, got)
		}
	}
}

func TestValuePrintsForPeopleAndScripts(t *testing.T) {
	for _, tc := range []struct {
		v          Value
		text, json string
	}{
		{Value{big.NewInt(3800), 0}, "3,800", `"3800"`},
		{Value{big.NewInt(-1234567), 0}, "-1,234,567", `"-1234567"`},
		{Value{big.NewInt(1500000000000000000), 18}, "1.5", `"1.5"`},
		{Value{nil, 0}, "0", `"0"`},
	} {
		b, err := json.Marshal(tc.v)
		if err != nil {
			t.Fatal(err)
		}
		if tc.v.String() != tc.text || string(b) != tc.json {
			t.Errorf("%v: text %q json %s, want %q %s", tc.v.Units, tc.v.String(), b, tc.text, tc.json)
		}
	}
}

func TestSeparate(t *testing.T) {
	for in, want := range map[string]string{
		"0": "0", "500000": "500,000", "500000.5": "500,000.5", "1234567.89": "1,234,567.89",
		"-1000": "-1,000", "999": "999", "12.30": "12.3", "n/a": "n/a", "": "",
	} {
		if got := Separate(in); got != want {
			t.Errorf("Separate(%q) = %q, want %q", in, got, want)
		}
	}
}
