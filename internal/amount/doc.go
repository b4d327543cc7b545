// Package amount is seoulchain's one parser and printer of money and point amounts. It
// converts between the decimal text people type and read ("1,250,000", "0.5") and the
// integer base units contracts hold (wei, KRW tokens, S-Coin points), through
// shopspring/decimal and never through float64, and refuses rather than rounds: an amount
// with more decimal places than the unit has is an error, not a silently smaller number.
package amount
