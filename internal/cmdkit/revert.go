package cmdkit

import (
	"errors"
	"fmt"

	"github.com/seoulchain/seoulchain/internal/abidecode"
)

// argNotes explain arguments of the contracts' custom errors that the ABI only gives as
// numbers (an enum's value, a Unix time): error name, then argument name, then what the
// value means ("": nothing to add). Services add theirs when their package is loaded.
var argNotes = map[string]map[string]func(value string) string{}

// RegisterNote explains argument arg of the custom error errName with note, for
// ExplainRevert. It is called from package initialisation, before any command runs.
func RegisterNote(errName, arg string, note func(value string) string) {
	if argNotes[errName] == nil {
		argNotes[errName] = map[string]func(string) string{}
	}
	argNotes[errName][arg] = note
}

// RegisterEnum names the values of argument arg of the custom error errName, for
// ExplainRevert. It is called from package initialisation, before any command runs.
func RegisterEnum(errName, arg string, values ...string) {
	RegisterNote(errName, arg, func(value string) string {
		var i int
		if _, err := fmt.Sscan(value, &i); err == nil && i >= 0 && i < len(values) {
			return values[i]
		}
		return ""
	})
}

// ExplainRevert adds the meaning of explained arguments (enums, dates) to a decoded revert.
func ExplainRevert(err error) error {
	var rev *abidecode.Revert
	if !errors.As(err, &rev) {
		return err
	}
	notes, ok := argNotes[rev.Name]
	if !ok {
		return err
	}
	for _, a := range rev.Args {
		if note, ok := notes[a.Name]; ok {
			if s := note(a.Value); s != "" {
				err = fmt.Errorf("%w; %s %s is %s", err, a.Name, a.Value, s)
			}
		}
	}
	return err
}
