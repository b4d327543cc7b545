// Package fanout hands every transaction a sender sends to further nodes too, best effort.
//
// On a chain whose signers take turns (Clique), the signer in turn builds its block from
// its own pool, and a transaction over 4 KiB (a batch) reaches the other nodes' pools only
// announced and fetched on request. On the busy devnet the other signers sealed a fifth of
// a 100,000-credit run's blocks empty while the batches waited at the one node they were
// sent to, and the relayer's batches waited a block the same way. A sender that hands each
// transaction to every signer's node has it in the pool of whichever is in turn.
//
// The node the sender uses decides: its refusal is the send's error, and a transaction it
// refused goes nowhere else. A further node's answer is only logged (at debug): "already
// known" is the common one (the transaction arrived over peer-to-peer first), and a node
// that is away changes nothing, since the first node has every transaction. Both the bulk
// sender (internal/bulk, Config.AlsoTo) and the relayer (node.also) send through Backend.
package fanout
