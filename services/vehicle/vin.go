package vehicle

import (
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/seoulchain/seoulchain/services/internal/outcome"
)

// ErrMalformedVIN is returned for a VIN that ISO 3779 (or, for a North American VIN, its
// check digit) refuses.
var ErrMalformedVIN = errors.New("malformed VIN")

// VINLength is the length of every VIN since 1981 (ISO 3779).
const VINLength = 17

// vinValue is each allowed character's value in the North American check-digit sum (49 CFR
// 565.15); I, O and Q are not allowed at all, so that they are never read as 1, 0 and 0.
var vinValue = func() [256]int {
	var v [256]int
	for i := range v {
		v[i] = -1
	}
	for c := '0'; c <= '9'; c++ {
		v[c] = int(c - '0')
	}
	for i, c := range "ABCDEFGH" {
		v[c] = i + 1
	}
	for i, c := range "JKLMN" {
		v[c] = i + 1
	}
	v['P'], v['R'] = 7, 9
	for i, c := range "STUVWXYZ" {
		v[c] = i + 2
	}
	return v
}()

// vinWeight is each position's weight in the check-digit sum; position 9 is the digit.
var vinWeight = [VINLength]int{8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2}

// NorthAmerican reports whether the VIN's world manufacturer identifier is North American
// (first character 1-5: United States, Canada, Mexico), where the check digit in position 9
// is mandatory. Elsewhere (Korea's K, Japan's J, Europe's W, V, Z...) position 9 is the
// maker's to use, so no check digit is required of it.
func NorthAmerican(vin string) bool { return vin != "" && vin[0] >= '1' && vin[0] <= '5' }

// CheckDigit is the North American check digit of vin ('0'-'9' or 'X').
func CheckDigit(vin string) byte {
	sum := 0
	for i := 0; i < VINLength; i++ {
		sum += vinValue[vin[i]] * vinWeight[i]
	}
	if r := sum % 11; r != 10 {
		return byte('0' + r)
	}
	return 'X'
}

// NormalizeVIN returns vin in its one canonical form (spaces around it removed, letters in
// upper case: the form hashed on chain) or an error naming what is wrong: not 17 characters,
// a character ISO 3779 does not allow (I, O and Q are never allowed), or, for a North
// American VIN, a wrong check digit.
func NormalizeVIN(vin string) (string, error) {
	v := strings.ToUpper(strings.TrimSpace(vin))
	if len(v) != VINLength {
		return "", fmt.Errorf("%w %q: %s, a VIN has %d", ErrMalformedVIN, vin, outcome.Plural(len([]rune(v)), "character", "characters"), VINLength)
	}
	for i := 0; i < VINLength; i++ {
		c := v[i]
		switch {
		case c == 'I' || c == 'O' || c == 'Q':
			return "", fmt.Errorf("%w %q: character %d is %q, never used in a VIN (read 1 for I, 0 for O and Q)", ErrMalformedVIN, vin, i+1, c)
		case vinValue[c] < 0:
			return "", fmt.Errorf("%w %q: character %d is %q; a VIN has only digits and capital letters", ErrMalformedVIN, vin, i+1, c)
		}
	}
	if NorthAmerican(v) {
		if d := CheckDigit(v); v[8] != d {
			return "", fmt.Errorf("%w %q: North American VIN (starts with %c) with check digit %c in position 9; its characters give %c: a character was mistyped", ErrMalformedVIN, vin, v[0], v[8], d)
		}
	}
	return v, nil
}

// VINHash is the key of a vehicle on chain: the keccak256 of its canonical VIN.
func VINHash(vin string) common.Hash { return crypto.Keccak256Hash([]byte(vin)) }
