package cert

import (
	"fmt"
	"strconv"
	"strings"
)

// Reason codes of a revocation, as the registry stores them (zero is refused on chain: a
// reader must learn why). The page and the command line show their text.
const (
	ReasonError       uint16 = 1 // issued in error (wrong person, wrong figures)
	ReasonSuperseded  uint16 = 2 // replaced by a corrected certificate
	ReasonWithdrawn   uint16 = 3 // the fact it states no longer holds
	ReasonCompromised uint16 = 4 // the office's key or files were compromised
)

// reasons are the codes' names (for --reason) and texts in English and Korean.
var reasons = map[uint16][3]string{
	ReasonError:       {"error", "issued in error", "잘못 발급됨"},
	ReasonSuperseded:  {"superseded", "replaced by a corrected certificate", "정정 발급으로 대체됨"},
	ReasonWithdrawn:   {"withdrawn", "withdrawn by the office", "발급 기관이 취소함"},
	ReasonCompromised: {"compromised", "the office's key or files were compromised", "발급 키 또는 파일 유출"},
}

// ReasonText is the English and Korean text of a reason code; an unknown code is shown as
// its number.
func ReasonText(code uint16) (en, ko string) {
	if r, ok := reasons[code]; ok {
		return r[1], r[2]
	}
	return fmt.Sprintf("reason %d", code), fmt.Sprintf("사유 코드 %d", code)
}

// ParseReason reads --reason: a name (error, superseded, withdrawn, compromised) or a code
// from 1 to 65535.
func ParseReason(s string) (uint16, error) {
	for code, r := range reasons {
		if strings.EqualFold(s, r[0]) {
			return code, nil
		}
	}
	n, err := strconv.ParseUint(s, 10, 16)
	if err != nil || n == 0 {
		return 0, fmt.Errorf("reason %q: want error, superseded, withdrawn, compromised or a code from 1 to 65535", s)
	}
	return uint16(n), nil
}
