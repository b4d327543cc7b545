package cli

import (
	"errors"
	"fmt"

	"github.com/seoulchain/seoulchain/internal/abidecode"
)

// enumArgs names the values of enum arguments in the contracts' custom errors, which the
// ABI only gives as numbers.
var enumArgs = map[string]map[string][]string{
	"EscrowWrongStatus":         {"status": {"none", "proposed (the prime has not accepted)", "active", "cancelled"}},
	"EscrowWrongMilestoneState": {"state": {"pending (not funded)", "funded (not approved)", "approved"}},
}

// explainRevert adds the meaning of enum arguments to a decoded revert.
func explainRevert(err error) error {
	var rev *abidecode.Revert
	if !errors.As(err, &rev) {
		return err
	}
	names, ok := enumArgs[rev.Name]
	if !ok {
		return err
	}
	for _, a := range rev.Args {
		var i int
		if values, ok := names[a.Name]; ok {
			if _, scanErr := fmt.Sscan(a.Value, &i); scanErr == nil && i >= 0 && i < len(values) {
				err = fmt.Errorf("%w; %s %s is %s", err, a.Name, a.Value, values[i])
			}
		}
	}
	return err
}
