package hexaddr

import (
	"errors"
	"testing"
)

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string // "" for a refusal
	}{
		{"0x5e2e1c28b69ce4201416647c64e4ccd501e3500e", "0x5e2E1c28b69ce4201416647c64e4cCd501E3500E"},
		{" 5e2e1c28b69ce4201416647c64e4ccd501e3500e ", "0x5e2E1c28b69ce4201416647c64e4cCd501E3500E"},
		{"0X5E2E1C28B69CE4201416647C64E4CCD501E3500E", "0x5e2E1c28b69ce4201416647c64e4cCd501E3500E"},
		{"0x12", ""}, // geth's HexToAddress would pad it
		{"0x5e2e1c28b69ce4201416647c64e4ccd501e3500e00", ""}, // and truncate this
		{"0xzz2e1c28b69ce4201416647c64e4ccd501e3500e", ""},
		{"", ""},
	} {
		got, err := Parse(tc.in)
		switch {
		case tc.want == "" && !errors.Is(err, ErrBadAddress):
			t.Errorf("Parse(%q) = %s, %v; want ErrBadAddress", tc.in, got.Hex(), err)
		case tc.want != "" && (err != nil || got.Hex() != tc.want):
			t.Errorf("Parse(%q) = %s, %v; want %s", tc.in, got.Hex(), err, tc.want)
		}
	}
}
