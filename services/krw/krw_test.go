package krw

import (
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

// TestWithdrawalRef: the bank's code is right-padded into bytes32 as Solidity's
// bytes32("...") would; empty and over-long codes are refused.
func TestWithdrawalRef(t *testing.T) {
	tests := []struct {
		code string
		want string // hex of the bytes32, or "" for an error
	}{
		{"WD-1", "0x57442d3100000000000000000000000000000000000000000000000000000000"},
		{strings.Repeat("9", 32), "0x" + strings.Repeat("39", 32)},
		{"", ""},
		{strings.Repeat("9", 33), ""},
	}
	for _, tt := range tests {
		got, err := WithdrawalRef(tt.code)
		if tt.want == "" {
			if err == nil {
				t.Errorf("WithdrawalRef(%q) = %x, want an error", tt.code, got)
			}
			continue
		}
		if err != nil || hexutil.Encode(got[:]) != tt.want {
			t.Errorf("WithdrawalRef(%q) = %x, %v; want %s", tt.code, got, err, tt.want)
		}
	}
}
