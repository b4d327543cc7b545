// Package cli is the `seoulchain` binary for node operators and city staff: the platform
// commands (node, genesis, signer, devnet, contracts), one file per command group, and the
// services' commands taken from the registry (package services). Every flag is defined
// once: the platform's in flags.go, the shared ones in internal/cmdkit, each service's with
// its commands. Each command is built fresh by a function (urfave/cli mutates commands as it
// runs them). Global, --addresses, --dry-run and node/devnet configuration flags have an
// environment-variable twin,
// SEOULCHAIN_ plus the flag name (devnet's own flags SEOULCHAIN_DEVNET_…); the arguments of
// one operation (--amount, --to, --choice, …) deliberately have none, so that a variable
// left set in a shell can never change what a transaction does.
//
// Conventions every command follows: readable tables by default and --json for scripts;
// --devnet DIR fills --rpc, --keystore, --from and --password-file from a devnet's
// devnet.json unless they are given; passwords come from a file, SEOULCHAIN_PASSWORD or a
// prompt, never from a flag; options come before arguments (an option written after them
// is refused, not ignored); a command that sends a transaction simulates it first, reports a
// revert by the contract's error and sends nothing, stops there with --dry-run, and otherwise
// prints the receipt and decoded events; exit code 0 on success, 1 when the operation
// failed, 2 on bad usage.
package cli
