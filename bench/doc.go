// Package bench holds seoulchain's benchmarks (`make bench`): figures such as gas per
// operation that the issues set targets for, measured on go-ethereum's simulated backend and
// printed as a table by `go test -bench`. They are never asserted by timed unit tests.
package bench
