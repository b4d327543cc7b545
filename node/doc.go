// Package node runs a go-ethereum v1.13.15 node as a library: a full node of a seoulchain
// Clique network and, when given a signer key, one of its block sealers.
//
// Lifecycle: Init writes the genesis into a data directory once, as `geth init` does, and
// the directory's layout is geth's own, so stock geth v1.13.15 can open it. New builds a
// Node from a checked Config; Start opens the database, starts P2P and JSON-RPC and, for a
// signer, starts sealing; Stop closes everything and flushes the state to disk, so that a
// restart resumes where the chain was. The caller that called New must call Stop, also when
// Start failed.
//
// The configuration is deliberately narrower than geth's: discovery is off (a city's peers
// are listed by enode URL), inbound connections are restricted to the listed peers' addresses
// (go-ethereum v1.13 has p2p denial-of-service advisories fixed only in later lines), and
// modules that can move funds or change the node (personal, admin, debug, miner, clique)
// are refused on any JSON-RPC endpoint that is not bound to a loopback address.
package node
