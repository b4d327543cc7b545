// Package bulk is the platform's one bulk sender: every bulk command (S-Coin credits
// today; donations, inspection imports, certificate batches, payroll, meter readings,
// credentials as they come) and the relayer's back-office routes cut their records into
// batches by its rules and, for commands, send them through it.
//
// # Batches that fill the block
//
// A block admits a transaction only while its gas limit fits the gas the block has left,
// and gives back what a transaction did not use; a batch that does not fit waits for the
// next block with every later batch of its key behind it. So batches are sized (Fill) for
// k of them to fill a block: (k-1)·used + limit ≤ block gas limit, where used is a
// batch's measured gas (plus 1% of slack) and limit its gas limit (each record at least
// Work.GasPerRecord, then the manager's 4% margin), k the fewest batches a block that
// carry within 1% of the most records (on the devnet three batches of about 980 credits
// to new citizens, 96% of each block used, where batches of 0.32 of the block used 88.5%;
// the node's estimates run about 1% over the gas used). A record's gas is measured on the work's own records, on its first hundred and a
// hundred in its middle, consecutive as in a batch (S-Coin keeps 256 record IDs in one
// storage slot, so a scattered sample costs more than a batch): the estimate of one
// record less that of many. Calldata bytes (Config.MaxBytes, under geth's 128 KiB
// transaction limit) and Config.MaxRecords bound a batch too, and Config.GasShare, if
// set, bounds one batch's share of the block. Full batches go first and the partial one
// last, and the manager's window holds eight blocks' worth by default (Config.InFlight):
// when a block takes its batches, the next blocks' are already signed and in the pool,
// also when the manager reads blocks late on a busy machine.
//
// On a chain whose signers take turns, each signer builds its turn's block from its own
// pool, and a batch transaction (over 4 KiB) reaches the other nodes' pools only announced
// and fetched on request: on the busy devnet the other signers sealed a fifth of a
// 100,000-credit run's blocks empty. Config.AlsoTo hands each transaction to those nodes
// too (internal/fanout, shared with the relayer). Every bulk command (`mileage credit
// --csv`, `fund donate --csv`, `vehicle register --csv`, `vehicle import`, `labour payroll
// pay`) takes its Config from CommandConfig: its own key, --in-flight (default eight
// blocks' worth) and, on a devnet, every node of devnet.json; a node that does not answer
// is left out with a warning, and the summary says how many nodes had the batches.
//
// A batch counts as done once it is in a block (Config.Confirmations 1, its own block
// counted); waiting for one more block added a whole block period to every run. On Clique
// a block sealed in turn outweighs any other at its height, so before the run ends only a
// block sealed out of turn waits for one on top of it, and a batch whose block was
// replaced meanwhile is followed until it is in a block again (gas.go).
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
