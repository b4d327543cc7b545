// Package rpcurl tells whether two JSON-RPC URLs name the same node.
//
// A sender that hands each transaction to further nodes besides its own (the bulk sender's
// AlsoTo, the relayer's node.also) must not count its own node, or one node named twice, as
// another: it would hand every transaction to that node twice and report a node more than
// the chain has. The same node is often named several ways (localhost or 127.0.0.1, with a
// trailing slash, the default port written out), and by its WebSocket URL beside its HTTP
// one, which only whoever started the node knows (a devnet's devnet.json records both).
// Both senders compare URLs here, so they agree on what one node is.
package rpcurl
