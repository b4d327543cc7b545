// Package txsend is how seoulchain's command line sends one transaction: it simulates the
// call first (eth_call, then a gas estimate) and refuses one that would revert with the
// contract's custom error decoded, so nothing is sent and no gas is spent; otherwise it
// signs, sends, waits for the receipt and decodes the receipt's events.
//
// It is for a person at a terminal sending one transaction at a time. The relayer's
// transaction manager, which keeps many in flight and survives crashes, is another package.
package txsend
