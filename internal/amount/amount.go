package amount

import (
	"errors"
	"fmt"
	"math/big"
	"regexp"
	"strings"

	"github.com/shopspring/decimal"
)

var (
	// ErrEmpty is returned for an empty or blank amount.
	ErrEmpty = errors.New("amount is empty")
	// ErrNotNumber is returned for text that is not a plain decimal number.
	ErrNotNumber = errors.New("amount is not a decimal number")
	// ErrNegative is returned for an amount below zero.
	ErrNegative = errors.New("amount is negative")
	// ErrTooPrecise is returned for an amount with more decimal places than its unit has.
	ErrTooPrecise = errors.New("amount has too many decimal places")
)

// plain is a decimal number with optional thousands separators in the usual places: no
// exponent, no sign other than a leading minus, no spaces inside.
var plain = regexp.MustCompile(`^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$`)

// Parse reads s as a decimal amount of a unit with the given number of decimal places and
// returns it in base units. "1,250,000" and "1250000" are the same; commas must group by
// threes. A negative amount, an exponent, or more places than decimals are refused.
func Parse(s string, decimals int32) (*big.Int, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return nil, ErrEmpty
	}
	if !plain.MatchString(t) {
		return nil, fmt.Errorf("%w: %q (write digits, optionally grouped with commas, like 1,250,000 or 0.5)", ErrNotNumber, s)
	}
	d, err := decimal.NewFromString(strings.ReplaceAll(t, ",", ""))
	if err != nil {
		return nil, fmt.Errorf("%w: %q: %v", ErrNotNumber, s, err)
	}
	if d.Sign() < 0 {
		return nil, fmt.Errorf("%w: %q (amounts must be zero or more)", ErrNegative, s)
	}
	shifted := d.Shift(decimals)
	if !shifted.Equal(shifted.Truncate(0)) {
		return nil, fmt.Errorf("%w: %q (at most %d after the decimal point)", ErrTooPrecise, s, decimals)
	}
	return shifted.BigInt(), nil
}

// Format prints base units as a decimal amount with thousands separators and without
// trailing zeros: Format(1250000500000000000000000, 18) is "1,250,000.5".
func Format(units *big.Int, decimals int32) string {
	if units == nil {
		return "0"
	}
	s := decimal.NewFromBigInt(units, -decimals).String()
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if frac != "" {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
}

// Separate adds thousands separators to a plain decimal string ("500000.5" →
// "500,000.5"), for figures a view keeps as strings to print them in JSON unchanged. A
// string that is not a decimal is returned as it is.
func Separate(s string) string {
	d, err := decimal.NewFromString(s)
	if err != nil {
		return s
	}
	places := -d.Exponent()
	if places < 0 {
		places = 0
	}
	return Format(d.Shift(places).BigInt(), places)
}

// Ether is the number of decimal places of the chain's native coin (wei per ether is 1e18).
const Ether = 18

// Value is an amount as commands print it: with thousands separators for people
// (String, as in tables) and as a plain decimal string for scripts (MarshalJSON: "3800",
// never "3,800"), so that one field serves both outputs.
type Value struct {
	Units    *big.Int
	Decimals int32
}

// String is the amount with thousands separators.
func (v Value) String() string { return Format(v.Units, v.Decimals) }

// MarshalJSON writes the amount as a decimal string without separators.
func (v Value) MarshalJSON() ([]byte, error) {
	if v.Units == nil {
		return []byte(`"0"`), nil
	}
	return []byte(`"` + decimal.NewFromBigInt(v.Units, -v.Decimals).String() + `"`), nil
}
