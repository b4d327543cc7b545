package voting

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"sort"
)

// ballotVersion starts every plaintext ballot, so a future format is told apart.
const ballotVersion = 1

// ErrInvalidBallot is wrapped by every reason a secret ballot is not counted.
var ErrInvalidBallot = errors.New("invalid ballot")

// EncodeChoices is a ballot's plaintext: the version and the chosen option indexes.
func EncodeChoices(choices []uint8) []byte {
	return append([]byte{ballotVersion}, choices...)
}

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

// EncryptBallot checks the choices and encrypts them to the election key. Each encryption
// is randomised, so equal votes give unrelated ciphertexts.
func EncryptBallot(electionKey *ecdsa.PublicKey, choices []uint8, options, maxChoices int) ([]byte, error) {
	if err := CheckChoices(choices, options, maxChoices); err != nil {
		return nil, err
	}
	return EncryptFor(electionKey, EncodeChoices(choices))
}

// DecryptBallot decrypts and checks one secret ballot.
func DecryptBallot(key *ecdsa.PrivateKey, ct []byte, options, maxChoices int) ([]uint8, error) {
	pt, err := DecryptWith(key, ct)
	if err != nil {
		return nil, fmt.Errorf("%w: does not decrypt (tampered or not for this election): %v", ErrInvalidBallot, err)
	}
	if len(pt) == 0 || pt[0] != ballotVersion {
		return nil, fmt.Errorf("%w: unknown ballot format", ErrInvalidBallot)
	}
	choices := pt[1:]
	if err := CheckChoices(choices, options, maxChoices); err != nil {
		return nil, err
	}
	return choices, nil
}

// Tally is a count of ballots.
type Tally struct {
	Counts  []uint64      `json:"counts"`
	Valid   int           `json:"valid"`
	Invalid []InvalidVote `json:"invalid"`
}

// InvalidVote names a ballot that was not counted and why.
type InvalidVote struct {
	Voter  string `json:"voter"`
	Reason string `json:"reason"`
}

// CountSecret decrypts and counts the latest ballot of each voter (ballots maps voter to
// ciphertext); a ballot that does not decrypt or breaks the rules is reported, not counted.
func CountSecret(key *ecdsa.PrivateKey, ballots map[string][]byte, options, maxChoices int) Tally {
	t := Tally{Counts: make([]uint64, options)}
	voters := make([]string, 0, len(ballots))
	for v := range ballots {
		voters = append(voters, v)
	}
	sort.Strings(voters)
	for _, v := range voters {
		choices, err := DecryptBallot(key, ballots[v], options, maxChoices)
		if err != nil {
			t.Invalid = append(t.Invalid, InvalidVote{Voter: v, Reason: err.Error()})
			continue
		}
		t.Valid++
		for _, c := range choices {
			t.Counts[c]++
		}
	}
	return t
}
