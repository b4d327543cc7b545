// Package logpage reads a contract's events in block ranges, never in one eth_getLogs from
// block 0: nodes and providers cap the range or the size of a getLogs answer (a 100,000-
// ballot election is about 100,000 logs of ciphertexts and proofs, hundreds of MB in one
// answer), refuse bursts of requests, and time out on wide ranges on a busy node. The
// Pager halves its range on a refusal as too large, waits and retries on a rate limit,
// grows back after reads that go through, and bounds a page by its logs; the voting and
// proposal services read through it (one reader, so a node's quirk is handled once).
package logpage
