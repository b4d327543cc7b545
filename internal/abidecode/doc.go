// Package abidecode turns raw EVM data into names and values that people and scripts read:
// a revert into the contract's custom error with its arguments (or a require message or a
// panic reason), a log into its event with its fields. It is seoulchain's one decoder, used
// by the CLI before and after sending, and by anything that streams events.
package abidecode
