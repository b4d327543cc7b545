package voting

import (
	"errors"
	"fmt"
)

// ErrInvalidBallot is wrapped by every reason a ballot is refused before it is sent.
var ErrInvalidBallot = errors.New("invalid ballot")

// CheckChoices applies the election's rules to a ballot's choices: at least one, at most
// maxChoices, each below options, none twice.
func CheckChoices(choices []uint8, options, maxChoices int) error {
	return checkChoices(choices, options, maxChoices, fmt.Sprintf("options are 0 to %d", options-1))
}

// checkChoices is CheckChoices with the options described as given (by number, or with
// their names where the caller knows them) in the one parenthesis of an unknown option.
func checkChoices(choices []uint8, options, maxChoices int, described string) error {
	if len(choices) == 0 {
		return fmt.Errorf("%w: no option chosen", ErrInvalidBallot)
	}
	if len(choices) > maxChoices {
		return fmt.Errorf("%w: %d options chosen, at most %d allowed", ErrInvalidBallot, len(choices), maxChoices)
	}
	seen := map[uint8]bool{}
	for _, c := range choices {
		if int(c) >= options {
			return fmt.Errorf("%w: option %d does not exist (%s)", ErrInvalidBallot, c, described)
		}
		if seen[c] {
			return fmt.Errorf("%w: option %d chosen twice", ErrInvalidBallot, c)
		}
		seen[c] = true
	}
	return nil
}

// Tally is a count of ballots.
type Tally struct {
	Counts []uint64 `json:"counts"`
	Valid  int      `json:"valid"`
}
