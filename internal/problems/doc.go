// Package problems collects every defect of an input file (a payment plan, a credit list)
// with its place, so that a user fixes them all in one pass and nothing is sent until the
// file is clean.
package problems
