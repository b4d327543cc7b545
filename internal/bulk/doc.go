// Package bulk is the platform's one bulk sender: every bulk command (S-Coin credits
// today; donations, inspection imports, certificate batches, payroll, meter readings,
// credentials as they come) and the relayer's back-office routes cut their records into
// batches by its rules and, for commands, send them through it.
//
// # Batches at the block's gas ceiling
//
// A batch is bounded by gas, a share of the head's block gas limit (Config.GasShare), and
// by calldata bytes (Config.MaxBytes, under geth's 128 KiB transaction limit). The share
// is what lets several batches fill a block: the miner admits a transaction only while its
// gas limit (the estimate plus the manager's margin) fits what is left, so k batches of
// share s fit a block when (k-1)·s + s·(1+margin) ≤ 1; the default 0.32 with a 4% margin
// puts three in each block (96% of its gas limit taken, about 92% used). The margin can
// be small because a batch's gas is measured on its own records (the first hundred) and
// barely depends on state: a citizen credited by an earlier batch costs less, not more;
// a batch that still runs short reverts whole and is split like any failing batch.
//
// # Nonces, fees, receipts: the transaction manager's
//
// The sender has no nonce or fee logic of its own: it drives a txmgr.Manager whose journal
// is the progress directory (Config.Dir), so a window of batches is in flight with
// consecutive nonces, fees follow internal/feepolicy, and receipts are followed to the
// confirmation depth. Each batch is journaled (its record IDs) before its job is
// submitted, and each job is journaled by the manager before its transaction is
// broadcast; a run stopped anywhere (Ctrl-C, SIGKILL, a node restart) and started again
// with the same directory follows the same transactions rather than signing new ones, and
// cuts new batches only from records in no batch. The contract's own exactly-once record
// IDs (Work.Skipped) are the second guard: a record sent twice anyway is skipped on chain.
//
// # A failing record never blocks the rest
//
// A batch that would revert, reverted, or is too large for the node is split in halves,
// and the halves sent again, down to single records: a failing record ends with its
// decoded reason (internal/abidecode) and every other record goes through.
package bulk
