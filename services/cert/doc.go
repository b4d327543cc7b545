// Package cert is the certificates service (issue #17): city and district offices issue
// certificates as files (volunteer-hours confirmations, payment confirmations, course
// completions) and anchor, per issuance, the Merkle root of the files' SHA-256 hashes in
// the CertificateRegistry. Each file gets a proof file beside it; anyone checks a file
// against any node (`cert verify`), or drops it on the relayer's /verify page, which hashes
// it in the browser and asks the relayer's hash → proof index. Only hashes go on chain.
package cert
