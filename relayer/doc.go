// Package relayer is the seoulchain relayer daemon: it pays the gas of citizens' signed
// ERC-2771 requests through the city's forwarder, hosts the services' plug-ins (package
// plugin; the list is services.RelayerPlugins) that take back-office work in over HTTP and
// send it on chain, and streams the contracts' events, once confirmed, over WebSocket.
//
// The relayer knows no service: a plug-in brings its routes (/v1/<name>/...), its
// allow-list entries, its readiness checks and its TOML table, and gets back every update
// of the jobs it submitted, routed by the owner the job was submitted for; a confirmed job
// carries its receipt's logs. Transactions go out through txmgr; everything accepted is
// journaled before the client hears so, and at start one resume path hands each owner its
// open jobs (or submits again those the manager never journaled).
//
// # Relaying at chain speed
//
// A request is checked in Go as the forwarder would check it (EIP-712 signature with low s
// and v of 27 or 28, as OpenZeppelin's ECDSA; the signer's next nonce, counting requests
// accepted and not yet mined; the deadline; the allow-list, which only names contracts that
// trust the forwarder), then simulated once: one eth_call of the call as the forwarder
// makes it, through a gas meter put in the forwarder's place by a state override for that
// call only (package gasmeter), for the target's revert reason, an out-of-gas, and the gas it
// needs (what it used, with EIP-150's 1/64 and the storage-write sentry). eth_estimateGas
// would run the call four to six times in its binary search; a node that ignores state
// overrides is refused at start. Its calldata is bounded
// (max_relay_data) so that any accepted request fits a transaction alone.
//
// Each citizen is pinned to one hot key by a hash of their address, so their forwarder
// nonces go out in the key's nonce order; a citizen's next request waits until the earlier
// one is mined. Every batch_wait, batches are cut for each key that has room in its window
// (txmgr.Manager.Room), bounded by batch_max requests, batch_bytes of calldata (under
// geth's 128 KiB) and batch_gas. A batch's gas limit is the sum of its requests' measured
// gas (with a quarter more), the forwarder's overhead and calldata, and the 1/63 the
// forwarder checks is left after a call: no estimate of the whole batch, and a limit close
// to the gas used, since blocks are packed by gas limit. Every batch is an executeBatch
// with a refund receiver, so a request found invalid or reverting when it runs is skipped
// and reported alone (its ExecutedForwardRequest event). A batch the node can never take
// (txmgr.Splittable), or one that reverted whole (then no forwarder nonce was used), is
// sent again in halves; a single request that still cannot go fails with the reason.
//
// Every transaction the node at rpc took is handed to the nodes of node.also as well, best
// effort (internal/fanout): on Clique the signer in turn builds its block from its own
// pool, and a batch over 4 KiB reaches the other signers only announced and fetched over
// peer-to-peer, so a batch sent to one node often waited for that node's turn. --devnet
// names the devnet's other nodes. A further node's refusal is logged at debug only.
//
// # Public surface
//
// The HTTP server has read, write and idle timeouts and a body limit per route; relay
// requests are limited per signer and globally, and simulations run at most
// max_simulations at once. The event feed caps connections in total and per client
// address, and replays history page by page (ws.replay_blocks) with at most a few pages in
// memory over all clients. A failed read of the node is retried with back-off (0.5 s
// doubling to 30 s) while clients keep their connections, so a node's restart costs no
// reconnection storm; past ws.stall_after the clients are closed with 1013 and new ones
// refused until a read succeeds, so none waits on a feed that brings nothing. An event a
// plug-in cannot decode is no node failure: tried a few times, then the feed stops naming
// it rather than leave it out of what the clients' cursors promise. Per-signer limiters that refilled are evicted; finished jobs
// live in the journal, not in memory.
package relayer
