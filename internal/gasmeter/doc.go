// Package gasmeter simulates a call in one execution and says whether it succeeds, what
// it returns or reverts with, and the gas it needs. The relayer simulates every citizen's
// request before accepting it; eth_estimateGas, which it used, runs the call again and
// again in a binary search (four to six executions on go-ethereum 1.13), on the same cores
// that seal the blocks.
//
// Call puts a tiny meter contract, for one eth_call only (a state override), at the
// address the call must come from (the forwarder, which ERC-2771 targets trust): the meter
// calls the target with exactly the given gas and returns the success flag, the gas the
// call took and its return data. The gas it needs is what it took, with the 1/64 that
// each inner call leaves its caller (EIP-150) and the 2,300 a storage write wants left
// (EIP-2200), at most the gas given; an out-of-gas is told apart from a revert. A target
// that called the meter's address back would find the meter there.
package gasmeter
