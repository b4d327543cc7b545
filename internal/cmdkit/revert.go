package cmdkit

import (
	"errors"
	"fmt"

	"github.com/seoulchain/seoulchain/internal/abidecode"
)

// enumArgs names the values of enum arguments in the contracts' custom errors, which the
// ABI only gives as numbers: error name, then argument name, then the names of its values.
// Services add theirs with RegisterEnum when their package is loaded.
var enumArgs = map[string]map[string][]string{}

// RegisterEnum names the values of argument arg of the custom error errName, for
// ExplainRevert. It is called from package initialisation, before any command runs.
func RegisterEnum(errName, arg string, values ...string) {
	if enumArgs[errName] == nil {
		enumArgs[errName] = map[string][]string{}
	}
	enumArgs[errName][arg] = values
}

// ExplainRevert adds the meaning of enum arguments to a decoded revert.
func ExplainRevert(err error) error {
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
