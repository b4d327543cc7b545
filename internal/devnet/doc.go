// Package devnet runs a local seoulchain network in one process: several Clique signer
// nodes peered over 127.0.0.1, the platform's contracts deployed, and a description of it
// all in <datadir>/devnet.json for the CLI, the relayer and tests to read.
//
// The first Start creates the data directory: a keystore and password file per signer, a
// node key per node (so every node's enode URL is known before any starts), a funded staff
// account and a genesis. devnet.json is written at the end of that setup and again after
// every deployment, so a later Start resumes the same chain and deploys only what is
// missing. Reset removes a data directory that holds a devnet, and nothing else.
package devnet
