// Package viewbatch reads one contract view for many inputs at once: a command that
// resumes a file asks, for each of its thousands of records, whether the contract has it
// already (`mileage credit --csv`'s credited records, `health record anchor`'s anchored
// files). One eth_call each, in JSON-RPC batches, is one round trip per batch rather than
// per record; the callers decode the answers, as each view returns its own type.
package viewbatch
