// Package bench holds seoulchain's benchmarks (`make bench`): figures such as gas per
// operation that the issues set targets for, measured on go-ethereum's simulated backend and
// printed as a table by `go test -bench`. They are never asserted by timed unit tests.
//
// # Bulk credits (issue #25)
//
// BenchmarkBulkCredits (the CLI's bulk sender) and BenchmarkRelayerCredits (the relayer's
// credit route) run a devnet in the process: three signers on two cores, so their rate
// follows the machine's load more than the code. Run them on a quiet machine (`uptime`
// under 1), one at a time, each a few times, and keep the table beside the load it prints:
//
//	go test -c -o /tmp/bench.test ./bench/ && cd bench
//	/tmp/bench.test -test.run '^$' -test.bench 'BenchmarkBulkCredits' -test.benchtime 1x
//	BULK_BENCH_RECORDS=100000 /tmp/bench.test -test.run '^$' -test.bench 'BenchmarkBulkCredits' -test.benchtime 1x -test.timeout 20m
//	/tmp/bench.test -test.run '^$' -test.bench 'BenchmarkRelayerCredits' -test.benchtime 1x
//
// Both hand each transaction to every signer's node, as `mileage credit --csv` and the
// devnet's relayer do (internal/fanout): bulk.Config.AlsoTo, and the relayer's node.also,
// which relayer.DevnetConfig fills for every relayer bench.
//
// BULK_BENCH_TRACE=1 adds the sender's plan (records per batch, batches per block), its
// timings (first batch sent, first and last seen in a block) and each block of the run: its
// transactions (nonce:gas limit), gas used, and whether its signer was in turn. A full
// block is 96.6% used; an empty block in the middle of a run is a signer sealing late.
package bench
