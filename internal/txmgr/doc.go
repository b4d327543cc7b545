// Package txmgr sends the relayer's transactions exactly once, in the manner of
// Optimism's op-service/txmgr: hot keys from keystore files, nonces tracked locally and
// recovered from the chain at start, gas estimated, a transaction not mined in time sent
// again with higher fees, receipts followed to a confirmation depth, and work whose
// transaction fell out in a reorganisation sent again. Every step is journaled before it
// is taken, so a crash followed by a restart neither loses accepted work nor sends it twice.
package txmgr
