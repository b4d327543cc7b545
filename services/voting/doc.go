// Package voting is the off-chain side of M-Voting, the city's citizen voting: voter rolls
// as Merkle trees (the contract stores only the root; a voter proves membership with a
// proof); for secret elections, the trustees' side of the distributed key generation that
// runs on the ElectionKeys contract (each trustee's dealing, the check of the shares it
// received against their senders' commitments, the complaint about a bad one and the
// accused's answer), the ballots with their zero-knowledge proofs, the trustees' proven
// partial decryptions of the sums, and the recount anyone can run from the events. The
// curve arithmetic and proofs are in the elgamal package (gnark-crypto's BN254), the share
// encryption is go-ethereum's ECIES: no home-made primitives.
package voting
