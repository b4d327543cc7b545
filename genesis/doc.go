// Package genesis describes a seoulchain network's first block and writes it as a geth
// genesis file. A Spec holds what a city decides once: chain ID, Clique block period and
// epoch, block gas limit, the signer agencies' addresses and the prefunded accounts. Check
// refuses what would give a broken or dangerous network (no signers, a public chain's ID,
// a gas limit too low to deploy a contract), and Genesis turns a checked Spec into the
// go-ethereum v1.13.15 core.Genesis that stock `geth init` accepts unchanged: every fork up
// to London at block 0 and none after, because geth's Clique cannot run Shanghai or later.
//
// Load reads a genesis file back and applies the same checks, so a node never initialises
// from a file that `seoulchain genesis new` would have refused.
package genesis
