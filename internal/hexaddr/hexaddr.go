// Package hexaddr is the one strict reader of account addresses typed by people or written
// in their files: geth's common.HexToAddress accepts anything and silently pads or
// truncates, so "0x12" would become an address nobody holds. The services' commands and
// files, the genesis spec and the command-line helpers all read addresses through it.
package hexaddr

import (
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// ErrBadAddress is what Parse's error unwraps to.
var ErrBadAddress = errors.New("malformed address")

// Parse reads a 0x-prefixed (or bare) 40-hex-digit address strictly.
func Parse(s string) (common.Address, error) {
	t := strings.TrimSpace(s)
	hex := strings.TrimPrefix(strings.TrimPrefix(t, "0x"), "0X")
	if len(hex) != 40 || !common.IsHexAddress(t) {
		return common.Address{}, fmt.Errorf("%w: %q (want 0x followed by 40 hex digits)", ErrBadAddress, s)
	}
	return common.HexToAddress(t), nil
}
