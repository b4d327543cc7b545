// Package devnetinfo reads devnet.json, the description of a local devnet that package
// devnet writes. It is apart from devnet so that the relayer, the CLI and tests can read a
// devnet's addresses and keys without linking the geth node that devnet runs.
package devnetinfo
