// Package cmdkit is what every seoulchain command is built from, platform or service: the
// shared flag catalogue (global flags, --addresses, --dry-run, --json), opening the node,
// the sender and the address book from a *cli.Context, usage errors and exit codes,
// argument parsers, output (receipts, JSON, tables), the send-or-simulate path and revert
// explanation. It exists so that a service's commands live in the service's folder and
// depend on this package only, never on another command's file: before it, helpers lived
// in whichever command first needed them and commands imported each other sideways.
//
// A sending command parses and checks its arguments first (bad input never costs a
// password prompt), then calls Send, or With when it reads the contract before sending.
package cmdkit
