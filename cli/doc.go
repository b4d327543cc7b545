// Package cli is the `seoulchain` command line for node operators and city staff. Every
// flag is defined once in flags.go, with an environment-variable twin named SEOULCHAIN_ plus
// the flag name; commands pick from that catalogue, one file per command group.
//
// Conventions every command follows: readable tables by default and --json for scripts;
// --devnet DIR fills --rpc, --keystore, --from and --password-file from a devnet's
// devnet.json unless they are given; passwords come from a file, SEOULCHAIN_PASSWORD or a
// prompt, never from a flag; exit code 0 on success, 1 when the operation failed, 2 on bad
// usage.
package cli
