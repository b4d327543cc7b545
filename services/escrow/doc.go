// Package escrow is the off-chain side of the subcontract payment escrow: it reads the
// payment plans city departments write (JSON or CSV, amounts in won as decimal text),
// checks them by the same rules as the contract and reports every problem with its place in
// the file, so that nothing is sent until the plan is clean. It also keeps the reasons for
// holds off chain (notes.go): the escrow gets only a salted hash of each, and rebuilds every
// contract's state from the escrow's events (rebuild.go).
package escrow
