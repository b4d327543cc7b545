// Package txmgr sends the relayer's transactions exactly once, in the manner of
// Optimism's op-service/txmgr and Chainlink's TXM: hot keys from keystore files, nonces
// tracked locally and recovered from the chain at start, gas estimated (or given by the
// owner), a transaction not mined in time sent again with higher fees, receipts followed to
// a confirmation depth, and work whose transaction fell out in a reorganisation sent again.
// Every step is journaled before it is taken, so a crash followed by a restart neither
// loses accepted work nor sends it twice.
//
// # Throughput: a window of nonces per key, keys in parallel
//
// Each key has its own worker, which keeps up to Config.MaxInFlight transactions sent and
// not yet mined, with consecutive nonces; several keys send in parallel. Work may be
// pinned to a key (Request.Pin) when its effect depends on the sender or when its order
// must follow the key's nonce order (the relayer pins each citizen to one key). Room tells
// an owner how many more jobs a key can take now, so that it cuts batches only when they
// can go out, and lets requests gather into larger ones while the key is busy.
//
// Receipts are read per block, not per transaction: one follower (view) reads each new
// block's receipts once (eth_getBlockReceipts, by block hash) for every key, keeps the
// last blocks' hashes to see reorganisations, and wakes the workers. With a few hundred
// transactions in flight, a receipt read per transaction and per poll made following the
// chain slower than the blocks came. A node without eth_getBlockReceipts is read per
// transaction, as are the transactions of a previous run until a lookup finds them not
// mined (blocks before the view's first may hold them). The manager holds no lock across a
// journal write, so concurrent submissions share one fsync (see package journal), and
// finished jobs leave memory (Get reads them from the journal).
//
// # Nothing stalls a key
//
// A send error is either transient (the node is unreachable, fees moved, the pool is full:
// try again later) or permanent: the same transaction can never be accepted (oversized
// data, intrinsic gas too low, gas above the block gas limit, fee above the node's fee cap,
// invalid sender, a malformed transaction). What can be checked before a nonce is taken is
// checked in Go (size against MaxTxSize, gas against the head's gas limit, gas × fee cap
// against Config.TxFeeCapEther); what the node refuses anyway is classified by geth's
// messages. A permanent error ends the job as Failed with a Code; Splittable codes tell
// the owner it may send the work again in smaller jobs. A refused first attempt never
// entered the pool, so its nonce goes back to the key, or, if later nonces are in the pool
// already, is filled with a transfer of nothing to the key itself. Fee bumps stop at
// Config.MaxFeeCapGwei and after Config.MaxAttempts attempts; then the last transaction is
// broadcast again as it is.
//
// A job is sent again under a new nonce only when that is certain to be safe: every one of
// its transactions is definitely unknown to the node (an error reading a receipt is not
// "not mined") and the key's nonce at the confirmation depth is past the job's, so none of
// them can be mined any more (that nonce is read once per key and block, however many
// jobs are waiting). "nonce too low" on a freshly signed job means another sender
// used the key: the nonce is resynchronised from the node (max(local, pending)) and the job
// signed again under it.
package txmgr
