// Package wallet loads the keys seoulchain signs with: geth keystore files, unlocked with a
// password read from a file, an environment variable or a terminal prompt, never from a
// command-line flag. Errors name the file and the fix; they never contain a password or key.
package wallet
