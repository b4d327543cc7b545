// Package cred is the city's credentials service (issue #16): agencies issue facts about a
// citizen once, as Ethereum Attestation Service attestations; the citizen holds the facts
// and presents only those a programme needs; the programme checks them against the chain
// and its policy, without papers and without the chain holding personal data.
//
// On chain (EAS): the holder's address, the schema, the issuer, the expiry, the revocation
// time and a 32-byte commitment, the root of a Merkle tree over salted fields. Off chain,
// with the holder: the fields, their salts (the credential file), and the presentations the
// holder signs (EIP-712) for one verifier's challenge and audience.
package cred
