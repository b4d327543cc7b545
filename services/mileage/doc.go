// Package mileage holds what S-Coin's off-chain users share: reading a credit list (CSV) with
// every malformed row named by line, splitting credits into batches that skip records
// already credited, and the per-program and per-merchant report rebuilt from the contract's
// events alone.
package mileage
