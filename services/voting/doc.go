// Package voting is the off-chain side of M-Voting, the city's citizen voting: voter rolls
// as Merkle trees (the contract stores only the root; a voter proves membership with a
// proof), the election key that secret ballots are encrypted to and its trustee shares
// (k of n, Shamir's scheme from cloudflare/circl, so that no single person can decrypt
// before the vote closes), and the encryption, decryption and counting of ballots (ECIES
// from go-ethereum). Nothing here is home-made cryptography.
package voting
